/** Opening what a matrix cell or row stands for: a version at some of its sentences, the canonical text at one of its sentences. */
import * as vscode from 'vscode';
import { baseName } from '../../view/text';
import type { Comparer } from '../comparer';
import { rangeInDocument } from '../editor/ranges';
import { openCompared } from '../files';
import { kindLabel, severityLabel } from '../labels';
import type { DocResult, FolderRun } from '../results';

/**
 * Opens a version of a folder run at some of its sentences (a matrix cell), with
 * its decorations: the run's results are the document's while its text is the
 * one compared; an edited document is searched for the sentence's text.
 */
export async function revealInVersion(
  comparer: Comparer,
  select: (uri: string, id: string) => void,
  snapshot: DocResult,
  at: { sentences: number[]; finding: string | null; label: string; row: string; column?: vscode.ViewColumn },
): Promise<void> {
  const doc = await openCompared(snapshot.uri);
  if (!doc) return;
  const view = snapshot.view;
  comparer.adopt(snapshot, doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: at.column ?? vscode.ViewColumn.Beside, preview: false, preserveFocus: false });
  const ss = at.sentences.map((i) => view.comparison.article.sentences[i]).filter((x) => !!x);
  const d = at.finding ? view.byId(at.finding) : undefined;
  const span = ss.length ? { start: Math.min(...ss.map((x) => x.start)), end: Math.max(...ss.map((x) => x.end)) } : d ? view.articleTarget(d) : null;
  if (!span) {
    vscode.window.setStatusBarMessage(`$(diff) ${vscode.l10n.t('{0} does not carry row {1}.', at.label, at.row)}`, 6000);
    return;
  }
  const range = rangeInDocument(doc, view.articleLines, span, { source: view.articleSource, sourceSpan: view.articleSourceSpan(span) });
  if (!range) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” changed since the matrix was made: compare the folder again.', baseName(snapshot.uri.path)));
    return;
  }
  // The cursor at the start of the sentence, the sentence selected.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const carried = view.comparison.articleLanguage
    ? vscode.l10n.t('carried in translation: only its figures, dates and names are compared, and they agree')
    : vscode.l10n.t('carried verbatim');
  const what = d ? `${severityLabel(d.severity)} · ${kindLabel(d.kind)}: ${d.reason}` : ss.length ? carried : '';
  vscode.window.setStatusBarMessage(`$(diff) ${at.label} · ${vscode.l10n.t('row {0}', at.row)}${what ? ' · ' + what : ''}`, 8000);
  if (d) select(snapshot.key, d.id);
}

/** Opens the canonical text of a folder run at one of its sentences (a matrix row). */
export async function revealCanonicalSentence(run: FolderRun, id: number, column: vscode.ViewColumn = vscode.ViewColumn.Beside): Promise<void> {
  const view = run.versions[0]?.view;
  const sentence = view?.comparison.canonical.sentences[id];
  const doc = await openCompared(run.canonical);
  if (!doc) return;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  if (!view || !sentence) return;
  const range = rangeInDocument(doc, view.canonicalLines, sentence, { source: run.canonicalText, sourceSpan: view.canonicalSourceSpan(sentence) });
  if (!range) return;
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
