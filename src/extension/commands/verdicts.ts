/**
 * The verdict commands: confirm, mark benign, dismiss or clear a finding (from a
 * hover link, a panel button or the palette), the interactive verdict with a
 * note, and restoring dismissed findings. Verdicts are written to
 * `.wirediff/verdicts.json` of the article's workspace folder (verdicts.ts); the
 * views update when that file's change comes back through the results.
 */
import * as vscode from 'vscode';
import { excerpt } from '../../core/excerpt';
import { applyAction, clearDismissed, findingsForCursor, type VerdictAction } from '../../view/verdicts';
import { showNoComparison } from '../files';
import { kindLabel, severityLabel, verdictLabels } from '../labels';
import { activeComparison, namedFinding, type FindingTarget, type Results } from '../results';
import { VerdictWriteError, type VerdictFiles } from '../verdicts';

/** A finding as hover links and panel buttons name it. */
export type FindingArg = { uri?: string; id?: string } | undefined;

export class VerdictCommands {
  constructor(
    private readonly results: Results,
    private readonly verdicts: VerdictFiles,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /**
   * Gives a finding a verdict (or clears it), in `.wirediff/verdicts.json` of the
   * article's workspace folder. `arg` names the article and the finding (hover
   * links, panel buttons); without it, the finding under the cursor.
   */
  async setVerdict(arg: FindingArg, action: VerdictAction, note?: string): Promise<boolean> {
    const target = isFindingArg(arg) ? this.findingById(arg.uri, arg.id) : await this.pickFinding(action);
    if (!target) return false;
    const { s, d } = target;
    const r = s.result;
    const author = s.settings.verdictAuthor || process.env['WIREDIFF_AUTHOR'] || undefined;
    try {
      const written = await this.verdicts.update(r.uri, (store) => {
        const key = s.keys.get(d.id);
        if (action === 'clear' && (!key || !store.verdicts[key])) return null;
        return applyAction(store, r.view.comparison, d, action, { note, author, time: new Date().toISOString() });
      });
      if (written) {
        const what = `${kindLabel(d.kind)}: ${excerpt(d.reason, 80)}`;
        const msg =
          action === 'clear'
            ? vscode.l10n.t('Verdict cleared: {0}', what)
            : action === 'dismissed' && !s.settings.showDismissed
              ? vscode.l10n.t('Dismissed (hidden; “WireDiff: Restore Dismissed Findings” brings it back): {0}', what)
              : vscode.l10n.t('{0}: {1}', verdictLabels()[action], what);
        vscode.window.setStatusBarMessage(`$(law) ${msg}`, 6000);
      }
      return written;
    } catch (e) {
      this.reportError(e);
      return false;
    }
  }

  /** `wirediff.setVerdict` from the palette: the finding (under the cursor first), the verdict, an optional note. */
  async setVerdictInteractive(arg?: FindingArg): Promise<void> {
    const target = isFindingArg(arg) ? this.findingById(arg.uri, arg.id) : await this.pickFinding();
    if (!target) return;
    const current = target.s.judgement.verdicts.get(target.d.id);
    const labels = verdictLabels();
    const items: (vscode.QuickPickItem & { action: VerdictAction })[] = [
      { action: 'confirmed', label: `$(verified) ${labels.confirmed}`, detail: vscode.l10n.t('A real departure from the canonical text that matters.') },
      { action: 'benign', label: `$(check) ${labels.benign}`, detail: vscode.l10n.t('Real, but harmless (house style, a fair paraphrase).') },
      { action: 'dismissed', label: `$(eye-closed) ${labels.dismissed}`, detail: vscode.l10n.t('Not worth showing (a false positive, page chrome): hidden everywhere.') },
    ];
    if (current) items.push({ action: 'clear', label: `$(discard) ${vscode.l10n.t('Clear verdict')}`, detail: vscode.l10n.t('Forget the verdict: the finding is shown as new.') });
    for (const i of items) if (i.action === current?.verdict) i.description = vscode.l10n.t('current');
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Verdict on: {0}', excerpt(`${kindLabel(target.d.kind)} — ${target.d.reason}`, 100)),
      placeHolder: vscode.l10n.t('Saved in .wirediff/verdicts.json (commit it to share verdicts with your team)'),
    });
    if (!pick) return;
    let note: string | undefined;
    if (pick.action !== 'clear') {
      const old = current?.note;
      note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note (optional)'),
        prompt: vscode.l10n.t('Why, for your team: for example “checked with the desk”. Leave empty for none.'),
        value: typeof old === 'string' ? old : '',
      });
      if (note === undefined) return;
    }
    await this.setVerdict({ uri: target.s.result.key, id: target.d.id }, pick.action, note?.trim());
  }

  /** `wirediff.restoreDismissed`: clears the dismissals of the active article's findings (or one of them). */
  async restore(arg?: FindingArg): Promise<void> {
    const s = arg?.uri ? this.results.stored(arg.uri) : this.results.active().snapshot;
    if (!s) {
      showNoComparison();
      return;
    }
    let cleared = 0;
    try {
      await this.verdicts.update(s.result.uri, (store) => {
        const res = clearDismissed(store, s.result.view.comparison, arg?.id ? new Set([arg.id]) : undefined);
        cleared = res.cleared;
        return res.cleared ? res.store : null;
      });
    } catch (e) {
      this.reportError(e);
      return;
    }
    vscode.window.setStatusBarMessage(
      cleared ? `$(law) ${vscode.l10n.t('{0} dismissed finding(s) restored.', cleared)}` : `$(law) ${vscode.l10n.t('No dismissed findings in this article.')}`,
      5000,
    );
  }

  private findingById(uri: string, id: string): FindingTarget | undefined {
    return namedFinding(this.results.stored(uri), id);
  }

  /** The finding under the cursor of the active editor, else one picked from the article's findings. */
  private async pickFinding(action?: VerdictAction): Promise<FindingTarget | undefined> {
    const active = activeComparison(this.results);
    if (!active) return undefined;
    const { editor, s } = active;
    const view = s.result.view;
    const verdicts = s.judgement.verdicts;
    const all = action === 'clear' ? [...verdicts.keys()].map((id) => view.byId(id)!).filter(Boolean) : s.visible;
    if (!all.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No findings to judge in this article.'));
      return undefined;
    }
    const cursor = view.articleLines.offsetAt(editor.selection.active);
    const found = findingsForCursor(view, cursor, all, s.plan.ghosts);
    if (found.exact) return { s, d: found.exact };
    const here = view.findingsAt(cursor, all, s.plan.ghosts)?.hits ?? [];
    const labels = verdictLabels();
    const pick = await vscode.window.showQuickPick(
      found.candidates.map((d) => ({
        d,
        label: `${severityLabel(d.severity)} · ${kindLabel(d.kind)}`,
        description: [verdicts.get(d.id) ? labels[verdicts.get(d.id)!.verdict] : '', here.includes(d) ? vscode.l10n.t('at the cursor') : ''].filter(Boolean).join(' · '),
        detail: excerpt(d.reason, 160),
      })),
      { title: vscode.l10n.t('Which finding?'), matchOnDetail: true },
    );
    return pick ? { s, d: pick.d } : undefined;
  }

  private reportError(e: unknown): void {
    if (e instanceof VerdictWriteError) {
      this.log.warn(e.message);
      const open = vscode.l10n.t('Open Verdict File');
      void vscode.window.showWarningMessage(e.message, ...(e.canOpen ? [open] : [])).then((p) => {
        if (p === open) void vscode.window.showTextDocument(e.storeUri, { preview: false });
      });
      return;
    }
    const msg = e instanceof Error ? e.message : String(e);
    this.log.error(msg);
    void vscode.window.showErrorMessage(vscode.l10n.t('WireDiff could not save the verdict: {0}', msg));
  }
}

/** A finding named by a hover link or a panel button: `{uri, id}` strings. */
function isFindingArg(arg: unknown): arg is { uri: string; id: string } {
  const a = arg as { uri?: unknown; id?: unknown } | undefined;
  return !!a && typeof a === 'object' && typeof a.uri === 'string' && typeof a.id === 'string' && !!a.uri && !!a.id;
}
