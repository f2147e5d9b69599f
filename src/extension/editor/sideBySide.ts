/** `wirediff.openSideBySide`: the canonical text beside the article, at the sentence matching the cursor's. */
import * as vscode from 'vscode';
import type { Comparer } from '../comparer';
import type { Results } from '../results';
import { toRange } from './ranges';

export async function openSideBySide(results: Results, comparer: Comparer): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first.'));
    return;
  }
  const r = results.forDocument(editor.document)?.result ?? (await comparer.compareDocument(editor.document, 'interactive'));
  if (!r) return;
  const offset = r.view.articleLines.offsetAt(editor.selection.active);
  const c = r.view.comparison;
  const sentences = c.article.sentences;
  let idx = sentences.findIndex((s) => offset <= s.end);
  if (idx < 0) idx = sentences.length - 1;
  let canonicalIds: number[] = [];
  for (let k = idx; k >= 0 && !canonicalIds.length; k--) {
    const a = c.alignments.find((al) => al.article.includes(sentences[k]!.id));
    if (a) canonicalIds = a.canonical;
  }
  const doc = await vscode.workspace.openTextDocument(r.canonicalUri);
  const canonicalEditor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
  const first = c.canonical.sentences[canonicalIds[0] ?? -1];
  if (first) {
    const range = toRange(r.view.canonicalLines, { start: first.start, end: first.end });
    canonicalEditor.selection = new vscode.Selection(range.start, range.end);
    canonicalEditor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }
}
