/**
 * Reading articles in the editor: the open document's text, else the file's bytes
 * through `workspace.fs` (so virtual workspaces work), with the input checks of
 * src/input.ts worded for the user. A problem is a `UserError`: a message (and
 * buttons), never a crash.
 */
import * as vscode from 'vscode';
import { checkText, decodeInput, decodeText, formatBytes, notUtf8Message, utf16NoMarkMessage, type InputProblem } from '../input';
import { baseName } from '../view/text';
import type { Settings } from './settings';

/** A problem to show the user, with optional buttons. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly actions: { title: string; run: () => unknown }[] = [],
  ) {
    super(message);
  }
}

/** The open (not closed) document of a URI, if there is one. */
export function findOpenDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
}

/** Reads a file as text through `workspace.fs` (or the open editor's text), with the input checks. */
export async function readText(uri: vscode.Uri, settings: Settings): Promise<string> {
  const name = baseName(uri.path);
  const open = findOpenDocument(uri);
  let text: string;
  if (open) {
    text = open.getText();
    await checkDecoding(uri, text, name);
  } else {
    let bytes: Uint8Array;
    try {
      const st = await vscode.workspace.fs.stat(uri);
      if (st.size > settings.maxFileSize * 2) {
        throw new UserError(problemMessage({ kind: 'tooLarge', size: st.size, limit: settings.maxFileSize }, name));
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(vscode.l10n.t('WireDiff could not read “{0}”: {1}', name, e instanceof Error ? e.message : String(e)));
    }
    const d = decodeInput(bytes, settings.maxFileSize);
    if (!d.ok) throw new UserError(problemMessage(d.problem, name));
    text = d.text;
  }
  checkArticleText(text, settings, name);
  return text;
}

/**
 * Throws a `UserError` when an open document shows U+FFFD (�) because its file is not valid
 * UTF-8 (nor UTF-16) and the editor opened it as such: those characters are not the file's
 * words, and findings on them would quote what the file does not say. The file refuses to be
 * read as it would from the Explorer or the CLI; reopened with its encoding, it is compared.
 */
export async function checkDecoding(uri: vscode.Uri, text: string, name: string): Promise<void> {
  if (!text.includes('\uFFFD') || uri.scheme === 'untitled') return;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return; // not saved anywhere we can read: the document's text is all there is
  }
  const d = decodeText(bytes);
  if (d.ok || (d.problem.kind !== 'notUtf8' && d.problem.kind !== 'notUtf16')) return;
  // The editor shows � where the bytes could not be read: said as the CLI says it, with where.
  if (d.problem.kind === 'notUtf8') throw new UserError(problemMessage(d.problem, name));
  throw new UserError(
    vscode.l10n.t(
      '“{0}” is not valid UTF-8 text: the editor shows � where its bytes could not be read. Reopen it with its encoding (the encoding in the status bar, then “Reopen with Encoding”) or save it as UTF-8, and compare again.',
      name,
    ),
  );
}

/** Throws a `UserError` when a text cannot be compared (empty, no words, too large…). */
export function checkArticleText(text: string, settings: Settings, name: string): void {
  const problem = checkText(text, settings.maxFileSize);
  if (problem) throw new UserError(problemMessage(problem, name));
}

export function problemMessage(p: InputProblem, name: string): string {
  switch (p.kind) {
    case 'empty':
      return vscode.l10n.t('“{0}” is empty: there is nothing to compare.', name);
    case 'binary':
      return vscode.l10n.t('“{0}” looks like a binary file (it contains NUL bytes). WireDiff compares text, Markdown and HTML.', name);
    case 'tooLarge':
      return vscode.l10n.t('“{0}” is too large to compare ({1}; the limit is {2}, see the setting “wirediff.maxFileSize”).', name, formatBytes(p.size), formatBytes(p.limit));
    case 'notUtf8':
      return notUtf8Message(p, `“${name}”`, 'editor', vscode.l10n.t);
    case 'notUtf16':
      return vscode.l10n.t('“{0}” opens with a UTF-16 byte-order mark but is not valid UTF-16. Save it as UTF-8 and compare again.', name);
    case 'noWords':
      return vscode.l10n.t('“{0}” has no words to compare.', name);
    case 'utf16NoMark':
      return utf16NoMarkMessage(p, `“${name}”`, 'editor', vscode.l10n.t);
  }
}

/**
 * Opens a file a comparison names (the canonical text, a version of a folder run), or says in
 * one message that it cannot be opened (deleted or moved since the comparison) and returns
 * undefined, instead of letting the command fail with the workbench's own error.
 */
export async function openCompared(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  // An untitled editor closed is gone: VS Code would open a new empty one under its name.
  if (uri.scheme === 'untitled' && !findOpenDocument(uri)) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('WireDiff cannot show “{0}”: that unsaved editor was closed since the comparison, and its text with it.', baseName(uri.path)),
    );
    return undefined;
  }
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (e) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('WireDiff could not open “{0}”: it may have been deleted or moved since the comparison ({1}).', baseName(uri.path), e instanceof Error ? e.message : String(e)),
    );
    return undefined;
  }
}

/** The message for a command that needs a comparison of the active editor and finds none. */
export function showNoComparison(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('No WireDiff comparison for this editor. Run “WireDiff: Compare with Canonical” first.'));
}

/** A finding asked for by its id (a panel click, a verdict command) that the article's latest comparison no longer has. */
export function showFindingOutOfDate(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('This finding is out of date: the article changed since it was compared.'));
}
