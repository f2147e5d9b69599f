/** Spans of a compared text (UTF-16 offsets) as editor ranges. */
import * as vscode from 'vscode';
import type { LineIndex } from '../../view/lineIndex';

export function toRange(lines: LineIndex, span: { start: number; end: number }): vscode.Range {
  const { start: a, end: b } = lines.spanAt(span);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/**
 * Where a span of a compared text stands in its document: by offset while the document
 * holds the text that was compared (`same`), else where `needle` (the span's text) is
 * found in the edited document, if it still is.
 */
export function rangeInDocument(doc: vscode.TextDocument, same: boolean, lines: LineIndex, span: { start: number; end: number }, needle: string): vscode.Range | undefined {
  if (same) return toRange(lines, span);
  const i = needle ? doc.getText().indexOf(needle) : -1;
  return i >= 0 ? new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length)) : undefined;
}
