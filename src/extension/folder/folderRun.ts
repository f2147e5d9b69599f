/**
 * `wirediff.compareAllInFolder`: every text, Markdown and HTML file of a folder
 * compared with the canonical text, one after another with a cancellable
 * progress; the comparer stores each result and publishes the run (the panel's
 * folder list, the coverage matrix).
 */
import * as vscode from 'vscode';
import { baseName, isArticleFileName, isWireDiffReport } from '../../view/text';
import type { CanonicalResolver } from '../canonical';
import type { Comparer } from '../comparer';
import { readText } from '../files';
import type { FolderRun } from '../results';
import { compareOptions, readSettings } from '../settings';
import type { VerdictFiles } from '../verdicts';

export async function compareFolder(
  deps: { comparer: Comparer; canonical: CanonicalResolver; verdicts: VerdictFiles; log: vscode.LogOutputChannel },
  folderArg?: vscode.Uri,
): Promise<FolderRun | undefined> {
  const { comparer, log } = deps;
  const folder = await chooseFolder(folderArg);
  if (!folder) return undefined;
  const canonicalUri = await deps.canonical.choose(folder, true).catch((e) => (comparer.fail(e, 'interactive', ''), undefined));
  if (!canonicalUri) return undefined;
  const settings = readSettings(folder);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('WireDiff could not list “{0}”: {1}', baseName(folder.path), String(e)));
    return undefined;
  }
  const files = entries
    // Articles only: not WireDiff's own reports (NAME.wirediff.md / .html).
    .filter(([n, t]) => t & vscode.FileType.File && isArticleFileName(n) && !isWireDiffReport(n))
    .map(([n]) => vscode.Uri.joinPath(folder, n))
    .filter((u) => u.toString() !== canonicalUri.toString())
    .sort((a, b) => a.path.localeCompare(b.path));
  if (!files.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No text, Markdown or HTML files besides the canonical text in “{0}”.', baseName(folder.path)));
    return undefined;
  }
  let canonicalText: string;
  try {
    canonicalText = await readText(canonicalUri, settings);
  } catch (e) {
    comparer.fail(e, 'interactive', '');
    return undefined;
  }
  await deps.verdicts.ready(files[0]!).catch(() => undefined);
  const { versions, skipped } = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('WireDiff: comparing {0} files with “{1}”', files.length, baseName(canonicalUri.path)),
      cancellable: true,
    },
    (progress, token) => comparer.compareFiles(files, canonicalUri, canonicalText, settings, progress, token),
  );
  const run: FolderRun = { folder, canonical: canonicalUri, canonicalText, versions, skipped, options: compareOptions(settings) };
  comparer.publishFolderRun(run);
  log.info(`compared ${versions.length + skipped.length} files in ${folder.toString(true)} with ${baseName(canonicalUri.path)}`);
  return run;
}

/** The folder named (a file stands for its folder), else the active file's, else the first workspace folder's, else one the user picks. */
async function chooseFolder(folderArg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  let folder = folderArg instanceof vscode.Uri ? folderArg : undefined;
  if (folder) {
    try {
      const st = await vscode.workspace.fs.stat(folder);
      if (!(st.type & vscode.FileType.Directory)) folder = vscode.Uri.joinPath(folder, '..');
    } catch {
      folder = undefined;
    }
  }
  folder ??= active && active.scheme !== 'untitled' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Compare Folder') });
    folder = picked?.[0];
  }
  return folder;
}
