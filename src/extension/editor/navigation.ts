/**
 * Moving between findings: next and previous in the active editor, a finding
 * clicked in the panel, and a finding's canonical sentence beside the article.
 * The finding shown is announced through the store (the panel highlights it).
 */
import * as vscode from 'vscode';
import type { Discrepancy } from '../../core/types';
import { step } from '../../view/decorationPlan';
import { openCompared } from '../files';
import { kindLabel, severityLabel } from '../labels';
import { activeComparison, namedFinding, type DocResult, type ResultSnapshot, type Results } from '../results';
import { toRange } from './ranges';

export class Navigator {
  /** The index (in the plan's order) of the finding last stepped to, per result. */
  private readonly lastNav = new WeakMap<DocResult, number>();

  constructor(
    private readonly results: Results,
    private readonly select: (uri: string, id: string) => void,
  ) {}

  /** `wirediff.nextDiscrepancy`, `wirediff.previousDiscrepancy` */
  navigate(dir: 1 | -1): void {
    const active = activeComparison(this.results);
    if (!active) return;
    const { editor, s } = active;
    const view = s.result.view;
    const ordered = s.plan.ordered;
    const offsets = ordered.map((d) => s.plan.targets.get(d.id)!.start);
    const cursor = view.articleLines.offsetAt(editor.selection.start);
    const last = this.lastNav.get(s.result);
    // On no finding yet (nothing selected, not stepped to): one that starts at the cursor is the next.
    const inclusive = editor.selection.isEmpty && (last === undefined || offsets[last] !== cursor);
    const { index: i, wrapped } = step(offsets, cursor, dir, last, inclusive);
    if (i < 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No discrepancies to show (check the severity and kind filters).'));
      return;
    }
    this.lastNav.set(s.result, i);
    const where = wrapped
      ? dir === 1
        ? vscode.l10n.t('{0}/{1} (wrapped around to the first)', i + 1, offsets.length)
        : vscode.l10n.t('{0}/{1} (wrapped around to the last)', i + 1, offsets.length)
      : `${i + 1}/${offsets.length}`;
    this.reveal(editor, s, ordered[i]!, where);
  }

  /** Opens the article and selects a finding (panel clicks). */
  async revealFinding(uriString: string, id: string): Promise<void> {
    const uri = vscode.Uri.parse(uriString, true);
    const doc = await openCompared(uri);
    if (!doc) return;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn, preserveFocus: false, preview: false });
    const target = namedFinding(this.results.forDocument(doc), id);
    if (!target) return;
    const { s, d } = target;
    const i = s.plan.ordered.indexOf(d);
    if (i >= 0) this.lastNav.set(s.result, i);
    this.reveal(editor, s, d);
  }

  private reveal(editor: vscode.TextEditor, s: ResultSnapshot, d: Discrepancy, position?: string): void {
    const view = s.result.view;
    // Its words selected, or the cursor at the note that stands for it (the end of the note's line).
    const range = toRange(view.articleLines, s.plan.targets.get(d.id) ?? view.articleTarget(d));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    const prefix = position ? `${position} · ` : '';
    vscode.window.setStatusBarMessage(`$(diff) ${prefix}${severityLabel(d.severity)} · ${kindLabel(d.kind)}: ${d.reason}`, 6000);
    this.select(s.result.key, d.id);
  }

  /** `wirediff.revealCanonical`: the canonical sentence of a finding, beside the article. */
  async revealCanonical(arg?: { uri?: string; id?: string }): Promise<void> {
    const s = arg?.uri ? this.results.stored(arg.uri) : this.results.active().snapshot;
    const d = s && arg?.id ? s.result.view.byId(arg.id) : undefined;
    if (!s || !d) return;
    const view = s.result.view;
    const span = view.canonicalTarget(d);
    const doc = await openCompared(s.result.canonicalUri);
    if (!doc) return;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    if (span) {
      const range = toRange(view.canonicalLines, span);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    }
  }
}
