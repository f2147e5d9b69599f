/**
 * The inputs of an evidence report as the report names them: path, the text the
 * engine compared, and the SHA-256 and size of the saved file's bytes when they
 * hold exactly the text in the editor (else of that text's UTF-8, and the path
 * says the text was unsaved), so a reader can check the report against the files.
 */
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReadText } from '../../core/readText';
import type { ReportFile } from '../../engine/protocol';
import { decodeText } from '../../input';
import { baseName } from '../../view/text';
import { findOpenDocument } from '../files';

/**
 * `side.text`: what the engine compared; for a web page or Markdown, `side.source` is the
 * document's text and `side.read` what was read out of it (the report then names its lines).
 */
export async function reportFile(uri: vscode.Uri, side: { text: string; source?: string; read?: ReadText }): Promise<ReportFile> {
  const source = side.source ?? side.text;
  const saved = await savedBytes(uri, source);
  const bytes = saved ?? new TextEncoder().encode(source);
  const path = uri.scheme === 'untitled' ? baseName(uri.path) : vscode.workspace.asRelativePath(uri, false);
  return {
    path: saved ? path : vscode.l10n.t('{0} (unsaved text in the editor)', path),
    ...side,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

/** The file's bytes when they hold exactly `text` (so a report's SHA-256 is that of the file), else undefined. */
async function savedBytes(uri: vscode.Uri, text: string): Promise<Uint8Array | undefined> {
  if (uri.scheme === 'untitled' || findOpenDocument(uri)?.isDirty) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const d = decodeText(bytes);
    return d.ok && d.text === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}
