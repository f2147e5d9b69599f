/** Spans of a compared text (UTF-16 offsets) as editor ranges. */
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { LineIndex } from '../../view/lineIndex';
import { relocate } from '../../view/shift';

export function toRange(lines: LineIndex, span: { start: number; end: number }): vscode.Range {
  const { start: a, end: b } = lines.spanAt(span);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/**
 * Where a span of a compared text stands in its document: by offset while the document
 * holds the text that was compared (`source`, for a web page the page itself), else where
 * the span's characters in that text (`sourceSpan`, tags and all) stand in the edited
 * document (see `relocate`), if they still are there.
 */
export function rangeInDocument(doc: vscode.TextDocument, lines: LineIndex, span: Span, compared: { source: string; sourceSpan: Span }): vscode.Range | undefined {
  const now = doc.getText();
  if (now === compared.source) return toRange(lines, span);
  const at = relocate(compared.source, now, compared.sourceSpan);
  return at ? new vscode.Range(doc.positionAt(at.start), doc.positionAt(at.end)) : undefined;
}
