/**
 * Which file is the canonical text: the `wirediff.canonical` setting (a
 * workspace-relative path), chosen with `wirediff.setCanonical` or from a quick
 * pick when it is missing.
 */
import * as vscode from 'vscode';
import { findOpenDocument, UserError } from './files';
import { SECTION } from './settings';
import { ARTICLE_EXTENSIONS, baseName, isWireDiffReport } from '../view/text';

const GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
const EXCLUDE = '**/{node_modules,.git,dist,out}/**';
/** Documents that are not user files (output channels, settings, git views…). */
const INTERNAL_SCHEMES = new Set(['output', 'vscode-userdata', 'git', 'debug', 'vscode-settings', 'walkThroughSnippet', 'vscode-notebook-cell']);

export class CanonicalResolver {
  /**
   * Canonical chosen for this window only (not persisted): an untitled editor, or any file in a
   * window without a workspace. The user's latest choice, so it comes before the setting.
   */
  private sessionCanonical: vscode.Uri | undefined;

  /** The setting `wirediff.canonical` was changed (by WireDiff or by hand): it is the latest choice. */
  settingChanged(): void {
    this.sessionCanonical = undefined;
  }

  /** The window's own canonical while it can still be read (an untitled editor closed is gone). */
  private session(): vscode.Uri | undefined {
    const s = this.sessionCanonical;
    if (s?.scheme === 'untitled' && !findOpenDocument(s)) this.sessionCanonical = undefined;
    return this.sessionCanonical;
  }

  /** The configured canonical for a document, whether or not the file exists; undefined when unset. */
  configured(scope?: vscode.Uri): vscode.Uri | undefined {
    const session = this.session();
    if (session) return session;
    const raw = (vscode.workspace.getConfiguration(SECTION, scope).get<string>('canonical') ?? '').trim();
    return raw ? this.candidates(raw, scope)[0] : undefined;
  }

  /** Every place a setting value may point to (relative paths: each workspace folder, the scope's first). */
  candidates(raw: string, scope?: vscode.Uri): vscode.Uri[] {
    if (/^[a-zA-Z][\w+.-]+:\/\//.test(raw)) {
      try {
        return [vscode.Uri.parse(raw, true)];
      } catch {
        return [];
      }
    }
    if (raw.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(raw) || raw.startsWith('\\\\')) return [vscode.Uri.file(raw)];
    const folders = [...(vscode.workspace.workspaceFolders ?? [])];
    const own = scope ? vscode.workspace.getWorkspaceFolder(scope) : undefined;
    if (own) folders.sort((a, b) => (a === own ? -1 : b === own ? 1 : 0));
    const rel = raw.replace(/\\/g, '/').replace(/^\.\//, '');
    return folders.map((f) => vscode.Uri.joinPath(f.uri, ...rel.split('/').filter(Boolean)));
  }

  /**
   * The first configured candidate that exists, `missing` when configured but absent (or, in
   * Restricted Mode, named by the workspace's own settings outside its folders: `restricted`),
   * undefined when unset.
   */
  async resolve(scope?: vscode.Uri): Promise<vscode.Uri | { missing: string; restricted?: true } | undefined> {
    const session = this.session();
    if (session) return session;
    const raw = (vscode.workspace.getConfiguration(SECTION, scope).get<string>('canonical') ?? '').trim();
    if (!raw) return undefined;
    let restricted = false;
    for (const uri of this.candidates(raw, scope)) {
      if (outsideUntrusted(uri, scope)) {
        restricted = true;
        continue;
      }
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return uri;
      try {
        const st = await vscode.workspace.fs.stat(uri);
        if (st.type & vscode.FileType.File) return uri;
      } catch {
        /* try the next folder */
      }
    }
    return restricted ? { missing: raw, restricted } : { missing: raw };
  }

  /**
   * The canonical text to compare `scope` with. `interactive` (a command the user
   * ran): when it is unset or missing, the user is asked, and the choice remembered.
   * Otherwise (a live update) a missing one is a `UserError`, so the article says why
   * it was not compared again (renamed or deleted while its comparison is open).
   */
  async choose(scope: vscode.Uri, interactive: boolean): Promise<vscode.Uri | undefined> {
    const c = await this.resolve(scope);
    if (c instanceof vscode.Uri) return c;
    const missing = !c
      ? undefined
      : c.restricted
        ? vscode.l10n.t(
            'In Restricted Mode WireDiff does not read the canonical text “{0}” that this workspace\'s settings name outside the workspace. Trust the workspace, or choose the canonical text.',
            c.missing,
          )
        : vscode.l10n.t('The canonical text “{0}” (setting “wirediff.canonical”) was not found.', c.missing);
    if (!interactive) {
      if (missing) throw new UserError(missing);
      return undefined;
    }
    if (missing) {
      const choose = vscode.l10n.t('Choose Canonical…');
      const trust = vscode.l10n.t('Manage Workspace Trust');
      const answer = await vscode.window.showWarningMessage(missing, choose, ...(c?.restricted ? [trust] : []));
      if (answer === trust) void vscode.commands.executeCommand('workbench.trust.manage');
      if (answer !== choose) return undefined;
    }
    const picked = await this.pick(scope);
    if (!picked) return undefined;
    await this.set(picked);
    return picked;
  }

  /** Remembers `uri` as the canonical: in the workspace (folder) settings as a relative path when it can. */
  async set(uri: vscode.Uri): Promise<'workspace' | 'session'> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // In Restricted Mode a file outside the workspace is kept for the window: the workspace's
    // settings naming it would not be read (see outsideUntrusted).
    if (!vscode.workspace.workspaceFolders?.length || uri.scheme === 'untitled' || (!folder && !vscode.workspace.isTrusted)) {
      this.sessionCanonical = uri;
      return 'session';
    }
    this.sessionCanonical = undefined;
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const value = folder ? vscode.workspace.asRelativePath(uri, false) : uri.scheme === 'file' ? uri.fsPath : uri.toString();
    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    const target = multi && folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
    await config.update('canonical', value, target);
    return 'workspace';
  }

  /**
   * Lets the user choose the canonical text: open editors first, then the
   * workspace's text, Markdown and HTML files, then "Browse…".
   */
  async pick(exclude?: vscode.Uri, title?: string): Promise<vscode.Uri | undefined> {
    type Item = vscode.QuickPickItem & { uri?: vscode.Uri; browse?: boolean };
    const seen = new Set<string>(exclude ? [exclude.toString()] : []);
    const items: Item[] = [];
    const openDocs = vscode.workspace.textDocuments.filter(
      (d) => !d.isClosed && !INTERNAL_SCHEMES.has(d.uri.scheme) && isArticleName(d.uri, d.languageId),
    );
    if (openDocs.length) items.push({ label: vscode.l10n.t('Open editors'), kind: vscode.QuickPickItemKind.Separator });
    for (const d of openDocs) {
      if (seen.has(d.uri.toString())) continue;
      seen.add(d.uri.toString());
      items.push({ label: `$(file) ${baseName(d.uri.path)}`, description: describe(d.uri), uri: d.uri });
    }
    let files: vscode.Uri[] = [];
    try {
      files = await vscode.workspace.findFiles(GLOB, EXCLUDE, 500);
    } catch {
      /* virtual file systems without search */
    }
    files.sort((a, b) => a.path.localeCompare(b.path));
    // Not WireDiff's own reports (NAME.wirediff.html), which name the article and the canonical alike.
    const rest = files.filter((u) => !seen.has(u.toString()) && !isWireDiffReport(baseName(u.path)));
    if (rest.length) items.push({ label: vscode.l10n.t('Workspace files'), kind: vscode.QuickPickItemKind.Separator });
    for (const u of rest) items.push({ label: `$(file-text) ${baseName(u.path)}`, description: describe(u), uri: u });
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    items.push({ label: `$(folder-opened) ${vscode.l10n.t('Browse…')}`, browse: true, alwaysShow: true });

    const choice = await vscode.window.showQuickPick(items, {
      title: title ?? vscode.l10n.t('WireDiff: Choose the Canonical Text'),
      placeHolder: vscode.l10n.t('The wire text the article is compared against'),
      matchOnDescription: true,
    });
    if (!choice) return undefined;
    if (choice.browse) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: vscode.l10n.t('Use as Canonical'),
        filters: { [vscode.l10n.t('Articles')]: [...ARTICLE_EXTENSIONS], [vscode.l10n.t('All files')]: ['*'] },
      });
      return picked?.[0];
    }
    return choice.uri;
  }
}

/**
 * Restricted Mode: a canonical outside every workspace folder that the workspace's own settings
 * name (`.vscode/settings.json`, a folder's or a .code-workspace file's) is not read. Whoever
 * wrote the repository could name a private file of the user's (`~/.ssh/id_rsa`,
 * `../other-story/draft.txt`), which WireDiff would show and write into an exported report.
 * The user's own settings, and a file the user chooses (kept for the window), are read.
 */
function outsideUntrusted(uri: vscode.Uri, scope?: vscode.Uri): boolean {
  if (vscode.workspace.isTrusted || vscode.workspace.getWorkspaceFolder(uri)) return false;
  const levels = vscode.workspace.getConfiguration(SECTION, scope).inspect<string>('canonical');
  if (!levels) return true;
  return levels.workspaceFolderValue !== undefined || levels.workspaceValue !== undefined;
}

function describe(uri: vscode.Uri): string {
  const rel = vscode.workspace.asRelativePath(uri, true);
  const i = rel.lastIndexOf('/');
  return i > 0 ? rel.slice(0, i) : '';
}

function isArticleName(uri: vscode.Uri, languageId?: string): boolean {
  if (languageId && ['plaintext', 'markdown', 'html'].includes(languageId)) return true;
  const name = baseName(uri.path).toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => name.endsWith(`.${e}`));
}
