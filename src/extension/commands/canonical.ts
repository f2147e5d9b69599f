/**
 * `wirediff.setCanonical` and the panel's “Choose Canonical…”: which text the articles are
 * compared with (canonical.ts resolves it; these commands set it and compare again).
 */
import * as vscode from 'vscode';
import { baseName } from '../../view/text';
import type { CanonicalResolver } from '../canonical';
import type { Comparer } from '../comparer';

/**
 * Makes a file (the one named, else the active one, else one picked) the canonical text; every
 * comparison made against another is compared again (a canonical kept for this window only
 * changes no setting, so nothing else would tell them).
 */
export async function setCanonical(canonical: CanonicalResolver, comparer: Pick<Comparer, 'compareAllAgain'>, uri?: vscode.Uri): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    const picked = await canonical.pick(undefined);
    if (picked) await setCanonical(canonical, comparer, picked);
    return;
  }
  const where = await canonical.set(target);
  const name = baseName(target.path);
  void vscode.window.showInformationMessage(
    where === 'workspace'
      ? vscode.l10n.t('“{0}” is now the canonical text for this workspace.', name)
      : target.scheme === 'untitled'
        ? vscode.l10n.t('“{0}” is the canonical text for this window while it is open (an unsaved editor is not remembered).', name)
        : vscode.workspace.workspaceFolders?.length
          ? vscode.l10n.t('“{0}” is the canonical text for this window: in Restricted Mode a file outside the workspace is not written to the workspace\'s settings.', name)
          : vscode.l10n.t('“{0}” is the canonical text for this window (open a folder to remember it).', name),
  );
  comparer.compareAllAgain();
}

/**
 * The panel's “Choose Canonical…”: the canonical picked from a list that leaves out the
 * document on screen (the article the user is looking at is never made its own canonical),
 * then that article compared with it when it has no comparison yet (those it has are made again).
 */
export async function chooseCanonical(canonical: CanonicalResolver, comparer: Comparer, hasResult: (uri: vscode.Uri) => boolean): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const picked = await canonical.pick(active?.uri);
  if (!picked) return;
  await setCanonical(canonical, comparer, picked);
  if (active && active.uri.toString() !== picked.toString() && !hasResult(active.uri)) await comparer.compareDocument(active, 'interactive');
}
