/**
 * The side panel: a webview view listing the active comparison's findings.
 * Strict CSP with a nonce, scripts and styles only from media/, and every
 * piece of text posted as JSON for the page to insert with `textContent`.
 */
import * as vscode from 'vscode';
import type { ExtensionToPanel } from '../../../media/messages';
import { isVerdictAction, type VerdictAction } from '../../view/verdicts';
import { PANEL_PAGE } from '../../view/webviewPages';
import { Disposable, DisposableStore } from '../dispose';
import { openCompared } from '../files';
import { webviewLabels } from '../labels';
import type { Results } from '../results';
import type { VerdictFiles } from '../verdicts';
import { sameState, toPanelMessage, type StateMessage, type WebviewToExtension } from './messages';
import { NextTask } from '../nextTask';
import { JsonPoster } from './jsonPoster';
import { webviewHtml, webviewOptions } from './webviewHtml';

export const PANEL_VIEW_ID = 'wirediff.panel';

/** What the panel's buttons and clicks do (wired in extension.ts). */
export interface PanelActions {
  revealFinding(uri: string, id: string): Promise<void>;
  revealCanonical(arg: { uri?: string; id?: string }): Promise<void>;
  setVerdict(arg: { uri?: string; id?: string }, action: VerdictAction): Promise<unknown>;
  setShowDismissed(value: boolean): Promise<void>;
  /** “Choose Canonical…”: from a list, never the article on screen. */
  chooseCanonical(): Promise<void>;
}

export class PanelProvider extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  /** The listeners of the current view: released when the view goes or another replaces it. */
  private readonly viewListeners = this.register(new DisposableStore());
  private ready = false;
  private lastPosted: StateMessage | undefined;
  /** The model the page has whole (its last slice posted): a state with the same model does not post it again. */
  private pageModel: StateMessage['model'] = null;
  /** The state posted on the next task (see `queuePost`). */
  private readonly postSoon = this.register(new NextTask(() => this.post()));
  /** Posts a state, a long one in slices (one per task). */
  private readonly poster = this.register(new JsonPoster((m) => this.send(m)));

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly results: Results,
    private readonly verdicts: VerdictFiles,
    private readonly actions: PanelActions,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    super();
    this.register(results.onDidChange(() => this.queuePost()));
    this.register(results.onDidSelect((s) => this.send({ type: 'select', uri: s.uri, id: s.id })));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.viewListeners.clear();
    this.view = view;
    this.ready = false;
    this.lastPosted = undefined;
    this.pageModel = null;
    this.poster.cancel();
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, { title: 'WireDiff', ...PANEL_PAGE });
    this.viewListeners.add(view.webview.onDidReceiveMessage((m) => this.onMessage(m)));
    // Hidden, the page is gone: the slices of a state not yet posted go with it.
    this.viewListeners.add(view.onDidChangeVisibility(() => (view.visible ? this.post(true) : this.poster.cancel())));
    this.viewListeners.add(
      view.onDidDispose(() => {
        if (this.view !== view) return;
        this.view = undefined;
        this.poster.cancel();
        this.viewListeners.clear();
      }),
    );
  }

  /**
   * Posts on the next task: the editor's decorations, drawn on the same change,
   * then do not share one long task with the panel's work.
   */
  private queuePost(): void {
    this.postSoon.schedule();
  }

  /** Shows the panel without taking the focus from the editor. */
  async reveal(): Promise<void> {
    if (this.view) {
      if (!this.view.visible) this.view.show(true);
      return;
    }
    await vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  }

  /**
   * Posts the active state (skipped while hidden; the page asks again when shown). A model the
   * page already has whole is not posted again (`sameModel`); a long state goes in slices, one
   * per task of the extension host (JsonPoster).
   */
  post(force = false): void {
    const view = this.view;
    if (!view || !this.ready || !view.visible) return;
    const t0 = performance.now();
    const msg = toPanelMessage(this.results, this.verdicts);
    // Models belong to the results' snapshots: an unchanged state is the same objects, not re-posted.
    const prev = this.lastPosted;
    if (!force && prev && sameState(prev, msg)) return;
    this.lastPosted = msg;
    const model = msg.model;
    const same = !force && !!model && model === this.pageModel && !this.poster.sending;
    const t1 = performance.now();
    // Posted as a JSON string: VS Code serialises message objects with a replacer
    // function, ~50x slower than JSON.stringify (85 ms for 1,000 findings).
    const json = JSON.stringify(same ? { ...msg, model: null, sameModel: true } : msg);
    this.pageModel = null;
    this.poster.send(json, (slices, longest) => {
      this.pageModel = model;
      if (model && !same) {
        const entries = model.groups.reduce((n, g) => n + g.entries.length, 0);
        this.log?.info(`panel: model ${(t1 - t0).toFixed(1)} ms; ${entries} entries, ${Math.round(json.length / 1024)} KB posted in ${slices} slice(s), longest ${longest.toFixed(1)} ms`);
      }
    });
  }

  private send(msg: ExtensionToPanel): void {
    void this.view?.webview.postMessage(msg);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = raw as WebviewToExtension;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.send({ type: 'strings', strings: strings() });
        this.post(true);
        return;
      case 'reveal': {
        const uri = str(m.uri);
        const id = str(m.id);
        if (uri && id) await this.actions.revealFinding(uri, id);
        return;
      }
      case 'revealCanonical':
        await this.actions.revealCanonical({ uri: str(m.uri), id: str(m.id) });
        return;
      case 'dismiss':
        await this.actions.setVerdict({ uri: str(m.uri), id: str(m.id) }, 'dismissed');
        return;
      case 'restore':
        await this.actions.setVerdict({ uri: str(m.uri), id: str(m.id) }, 'clear');
        return;
      case 'verdict': {
        const uri = str(m.uri);
        const id = str(m.id);
        const verdict = m.verdict;
        if (uri && id && isVerdictAction(verdict)) await this.actions.setVerdict({ uri, id }, verdict);
        return;
      }
      case 'showDismissed':
        if (typeof m.value === 'boolean') await this.actions.setShowDismissed(m.value);
        return;
      case 'openFile': {
        const uri = str(m.uri);
        if (!uri) return;
        const doc = await openCompared(vscode.Uri.parse(uri, true));
        if (doc) await vscode.window.showTextDocument(doc, { preview: false });
        return;
      }
      case 'command': {
        // Only this extension's own commands, from a fixed list.
        const allowed = [
          'wirediff.compareWithCanonical',
          'wirediff.setCanonical',
          'wirediff.exportReport',
          'wirediff.copyReportText',
          'wirediff.copyReportMarkdown',
          'wirediff.compareAllInFolder',
          'wirediff.showMatrix',
          'wirediff.clear',
        ];
        const cmd = str(m.command);
        // The page's “Choose Canonical…”: `wirediff.setCanonical` with no file would make the
        // active editor (the article on screen, when the panel has the focus) the canonical.
        if (cmd === 'wirediff.setCanonical') await this.actions.chooseCanonical();
        else if (cmd && allowed.includes(cmd)) await vscode.commands.executeCommand(cmd);
        return;
      }
    }
  }
}

/** UI strings of the page, localised here (the page has no l10n of its own). */
function strings(): Record<string, string> {
  const t = vscode.l10n.t;
  return {
    vs: t('vs'),
    search: t('Search findings'),
    showDismissed: t('Show dismissed ({0})', '{0}'),
    noActive: t('Open an article and run “Compare with Canonical” to see how it departs from the wire text.'),
    notCompared: t('“{0}” has not been compared yet.', '{0}'),
    isCanonical: t('“{0}” is the canonical text. Open an article to compare it with.', '{0}'),
    compare: t('Compare with Canonical'),
    chooseCanonical: t('Choose Canonical…'),
    compareFolder: t('Compare All in Folder'),
    exportReport: t('Export Report'),
    copyText: t('Copy as text'),
    copyTextTitle: t('Copy the findings as plain text, to paste into an e-mail'),
    copyMarkdown: t('Copy as Markdown'),
    copyMarkdownTitle: t('Copy the findings as Markdown, to paste into a CMS'),
    comparing: t('Comparing…'),
    stale: t('Out of date: the canonical text or the settings changed since the comparison.'),
    staleShort: t('Out of date'),
    fewMatches: t('Only {0} of the {1} sentences of “{2}” have a counterpart here: a report written anew, or the wrong canonical text? The omitted and added sentences, folded below, then mostly say that the two differ.', '{0}', '{1}', '{2}'),
    fewMatchesNone: t('None of the {1} sentences of “{2}” has a counterpart here: a report written anew, or the wrong canonical text? The omitted and added sentences, folded below, then mostly say that the two differ.', '{0}', '{1}', '{2}'),
    folded: t('folded: hardly a sentence in common'),
    fewMatchesVersions: t('{0} of {1} versions have hardly a sentence in common with “{2}”: reports written anew, or the wrong canonical text?', '{0}', '{1}', '{2}'),
    fewMatchesShort: t('few matches'),
    fewMatchesApart: t('Put apart: hardly a sentence in common with “{0}” (another story, or a report written anew)', '{0}'),
    noFindings: t('No discrepancies: the article carries the canonical text faithfully.'),
    noMatches: t('No findings match the filters.'),
    wire: t('Wire'),
    article: t('Here'),
    reveal: t('Show in editor'),
    revealCanonical: t('Show in canonical'),
    confirm: t('Confirm: a real departure that matters'),
    benign: t('Benign: real, but harmless'),
    dismiss: t('Dismiss: hide it everywhere'),
    restore: t('Clear the verdict'),
    verdictError: t('Verdicts are not applied: {0}', '{0}'),
    showMatrix: t('Show Coverage Matrix'),
    line: t('line {0}', '{0}'),
    noteLine: t('note, line {0}', '{0}'),
    noteLineHelp: t('Not in the article’s words: the editor shows it as a note at the end of this line, after the paragraph where it would have stood.'),
    all: t('All'),
    folder: t('Folder: {0} vs {1}', '{0}', '{1}'),
    omittedHere: t('Missing from the article'),
    addedHere: t('Not in the canonical text'),
    sentences: t('{0} of {1} canonical sentences carried unchanged', '{0}', '{1}'),
    translation: t('A translation ({0}): sentences aligned by order, length, figures and names; only figures compared inside them.', '{0}'),
    ...webviewLabels(),
  };
}
