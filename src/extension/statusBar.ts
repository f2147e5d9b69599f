/** The status bar item: counts by severity for the active editor; a click opens the panel. */
import * as vscode from 'vscode';
import { hardlyMatches } from '../view/related';
import { Disposable } from './dispose';
import type { Results } from './results';

export class StatusBar extends Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(private readonly results: Results) {
    super();
    this.item = this.register(vscode.window.createStatusBarItem('wirediff.status', vscode.StatusBarAlignment.Left, 50));
    this.item.name = vscode.l10n.t('WireDiff');
    this.item.command = 'wirediff.showPanel';
    this.register(results.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    const s = this.results.active();
    const item = this.item;
    item.backgroundColor = undefined;
    item.command = 'wirediff.showPanel';
    switch (s.status) {
      case 'none':
        if (s.error) {
          // Not compared, and why (an empty or binary file, a page with no article, an edit during the comparison…).
          item.text = `$(warning) ${vscode.l10n.t('WireDiff: not compared')}`;
          item.tooltip = s.error;
          item.show();
        } else item.hide();
        return;
      case 'busy':
        item.text = `$(sync~spin) ${vscode.l10n.t('WireDiff: comparing…')}`;
        item.tooltip = vscode.l10n.t('Comparing “{0}” with the canonical text', s.name ?? '');
        item.show();
        return;
      case 'stale':
        item.text = `$(history) ${vscode.l10n.t('WireDiff: out of date')}`;
        // With findings shown (s.counts), what changed is the canonical text or the settings; without, the article.
        item.tooltip =
          s.error ??
          (s.counts
            ? vscode.l10n.t('The canonical text or the settings changed since the comparison. Run “WireDiff: Compare with Canonical” again.')
            : vscode.l10n.t('The article changed since it was compared. Run “WireDiff: Compare with Canonical” again.'));
        item.command = 'wirediff.compareWithCanonical';
        item.show();
        return;
      case 'ready': {
        const c = s.counts!;
        // Another story (or one written anew): its counts say only that the texts differ.
        const few = !!s.snapshot && hardlyMatches(s.snapshot.result.view.comparison);
        item.command = 'wirediff.showPanel';
        item.text = few
          ? `$(warning) ${vscode.l10n.t('WireDiff: hardly a sentence in common')}`
          : c.total === 0
            ? `$(pass) ${vscode.l10n.t('WireDiff: no discrepancies')}`
            : `$(diff) ${vscode.l10n.t('{0} high · {1} medium · {2} low', c.high, c.medium, c.low)}`;
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`**${vscode.l10n.t('WireDiff')}**\n\n`);
        md.appendText(vscode.l10n.t('“{0}” compared with “{1}”', s.name ?? '', s.canonicalName ?? ''));
        md.appendMarkdown('\n\n');
        if (few) {
          md.appendText(vscode.l10n.t('Hardly a sentence of it has a counterpart in the canonical text: a report written anew, or the wrong canonical?'));
          md.appendMarkdown('\n\n');
        }
        md.appendText(vscode.l10n.t('{0} high, {1} medium, {2} low severity. Click to open the discrepancies panel.', c.high, c.medium, c.low));
        item.tooltip = md;
        if (c.high > 0) item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        item.show();
        return;
      }
    }
  }
}
