/** `wirediff.compareWithCanonical`: the active editor (or a file from the Explorer) compared with its canonical text (commands/canonical.ts chooses that). */
import * as vscode from 'vscode';
import { baseName } from '../../view/text';
import type { Comparer } from '../comparer';
import { findOpenDocument, readText, UserError } from '../files';
import type { DocResult } from '../results';
import { readSettings } from '../settings';

/** Compares the active editor, or a file named from the Explorer (opened first). */
export async function compareActive(comparer: Comparer, uri?: vscode.Uri): Promise<DocResult | undefined> {
  let doc: vscode.TextDocument | undefined;
  if (uri instanceof vscode.Uri) {
    // From the Explorer: check the file first (a binary or huge file would not open as text).
    try {
      if (!findOpenDocument(uri)) await readText(uri, readSettings(uri));
      doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
    } catch (e) {
      const err = e instanceof UserError ? e : new UserError(vscode.l10n.t('WireDiff could not open “{0}”: {1}', baseName(uri.path), e instanceof Error ? e.message : String(e)));
      comparer.fail(err, 'interactive', uri.toString());
      return undefined;
    }
  } else doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: WireDiff compares the active editor with the canonical text.'));
    return undefined;
  }
  return comparer.compareDocument(doc, 'interactive');
}
