/**
 * The verdict file, `.wirediff/verdicts.json`, as the CLI reads and writes it (the
 * engine's format: src/core/verdicts.ts), in the workspace folder of the article
 * (an article outside every folder: next to it). Read and written through
 * `vscode.workspace.fs`, so it works in virtual workspaces; watched for changes
 * made outside (a `git pull`, the CLI, a colleague's edit). A file that cannot be
 * read is reported once, clearly, and never overwritten: its verdicts are not
 * applied until it is fixed. In Restricted Mode writing is allowed (the file is
 * data, not code); a read-only file system is said to be one.
 */
import * as vscode from 'vscode';
import { Disposable, disposeAll } from './dispose';
import { emptyStore, parseVerdicts, serializeVerdicts, type VerdictStore } from '../core/verdicts';
import { decodeText } from '../input';

export const VERDICT_DIR = '.wirediff';
export const VERDICT_FILE = 'verdicts.json';

/** One verdict file as last read. */
export interface StoreState {
  uri: vscode.Uri;
  /** The verdicts (empty while the file is missing or broken). */
  store: VerdictStore;
  /** The file exists. */
  exists: boolean;
  /** Why the file cannot be used (invalid JSON, merge conflict markers, a later version…). */
  error?: string;
  /** Entries skipped while reading. */
  warnings: string[];
  /** The text last read or written (to tell our own writes from outside changes). */
  text: string | undefined;
}

/** A verdict could not be saved; the message says why and what to do. */
export class VerdictWriteError extends Error {
  constructor(
    message: string,
    readonly storeUri: vscode.Uri,
    readonly canOpen: boolean,
  ) {
    super(message);
  }
}

export class VerdictFiles extends Disposable {
  private readonly states = new Map<string, StoreState>();
  private readonly loading = new Map<string, Promise<StoreState>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly reported = new Set<string>();
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  private writing = Promise.resolve();
  /** Changes whenever any store's content changes (for caches). */
  generation = 0;
  /** Fires with the store's URI when its verdicts changed (here or outside). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log?: vscode.LogOutputChannel) {
    super();
    this.register({
      dispose: () => {
        const watchers = [...this.watchers.values()];
        this.watchers.clear();
        disposeAll(watchers);
      },
    });
  }

  /** Where the verdicts of an article live: `<workspace folder>/.wirediff/verdicts.json`, else next to the article. */
  storeUri(article: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (folder) return vscode.Uri.joinPath(folder.uri, VERDICT_DIR, VERDICT_FILE);
    if (article.scheme === 'untitled') {
      const first = vscode.workspace.workspaceFolders?.[0];
      return first ? vscode.Uri.joinPath(first.uri, VERDICT_DIR, VERDICT_FILE) : undefined;
    }
    return vscode.Uri.joinPath(article, '..', VERDICT_DIR, VERDICT_FILE);
  }

  /** The store of an article as last read (loading starts when it has not been read yet). */
  state(article: vscode.Uri): StoreState | undefined {
    const uri = this.storeUri(article);
    if (!uri) return undefined;
    const s = this.states.get(uri.toString());
    if (!s) void this.load(uri);
    return s;
  }

  /** The store of an article, read if it has not been yet. */
  async ready(article: vscode.Uri): Promise<StoreState | undefined> {
    const uri = this.storeUri(article);
    if (!uri) return undefined;
    return this.states.get(uri.toString()) ?? this.load(uri);
  }

  /** Path of a store for messages: workspace-relative when it can be. */
  displayPath(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, true);
  }

  private load(uri: vscode.Uri): Promise<StoreState> {
    const key = uri.toString();
    const pending = this.loading.get(key);
    if (pending) return pending;
    this.watch(uri);
    const p = this.read(uri)
      .then((next) => {
        this.loading.delete(key);
        this.accept(next);
        return next;
      })
      .catch((e) => {
        this.loading.delete(key);
        const next: StoreState = { uri, store: emptyStore(), exists: true, error: errorText(e), warnings: [], text: undefined };
        this.accept(next);
        return next;
      });
    this.loading.set(key, p);
    return p;
  }

  /** Reads and parses a store (a missing file is an empty store). */
  private async read(uri: vscode.Uri): Promise<StoreState> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      if (isNotFound(e)) return { uri, store: emptyStore(), exists: false, warnings: [], text: undefined };
      return { uri, store: emptyStore(), exists: true, error: vscode.l10n.t('cannot be read ({0})', errorText(e)), warnings: [], text: undefined };
    }
    const d = decodeText(bytes);
    if (!d.ok) return { uri, store: emptyStore(), exists: true, error: vscode.l10n.t('is not UTF-8 text'), warnings: [], text: undefined };
    const text = d.text;
    const r = parseVerdicts(text);
    if (!r.ok) return { uri, store: emptyStore(), exists: true, error: r.error, warnings: [], text };
    return { uri, store: r.store, exists: true, warnings: r.warnings, text };
  }

  /** Takes a freshly read state; fires a change when the verdicts (or the error) differ. */
  private accept(next: StoreState): void {
    const key = next.uri.toString();
    const prev = this.states.get(key);
    this.states.set(key, next);
    const where = this.displayPath(next.uri);
    for (const w of next.warnings) if (w !== undefined && !prev?.warnings.includes(w)) this.log?.warn(`${where}: ${w}`);
    if (next.error) this.reportError(next);
    else for (const k of [...this.reported]) if (k.startsWith(key + '\n')) this.reported.delete(k);
    const changed = !prev || prev.error !== next.error || serializeVerdicts(prev.store) !== serializeVerdicts(next.store);
    if (!changed) return;
    this.generation++;
    if (prev) this.log?.info(`verdicts: ${where} ${next.exists ? 'read' : 'is absent'} (${Object.keys(next.store.verdicts).length} verdicts${next.error ? `, unusable: ${next.error}` : ''})`);
    this.emitter.fire(next.uri);
  }

  /** Says once per file and problem that the verdict file cannot be used. */
  private reportError(s: StoreState): void {
    const id = `${s.uri.toString()}\n${s.error}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    const where = this.displayPath(s.uri);
    this.log?.warn(`${where}: ${s.error}`);
    const open = vscode.l10n.t('Open Verdict File');
    void vscode.window
      .showWarningMessage(
        vscode.l10n.t('WireDiff cannot use the verdict file “{0}”: {1}. Its verdicts are not applied, and it will not be changed, until it is fixed.', where, s.error ?? ''),
        open,
      )
      .then((pick) => {
        if (pick === open) void vscode.window.showTextDocument(s.uri, { preview: false });
      });
  }

  /** Watches a store for changes made outside (one watcher per file). */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key) || this.isDisposed) return;
    try {
      const base = vscode.Uri.joinPath(uri, '..', '..');
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, `${VERDICT_DIR}/${VERDICT_FILE}`));
      const reload = () => void this.reload(uri);
      this.watchers.set(key, vscode.Disposable.from(w, w.onDidChange(reload), w.onDidCreate(reload), w.onDidDelete(reload)));
    } catch (e) {
      this.log?.warn(`cannot watch ${uri.toString(true)}: ${errorText(e)}`);
      this.watchers.set(key, { dispose() {} });
    }
  }

  /** Reads a store again (the watcher saw a change); our own writes change nothing. */
  async reload(uri: vscode.Uri): Promise<void> {
    await this.writing;
    const next = await this.read(uri).catch((e): StoreState => ({ uri, store: emptyStore(), exists: true, error: errorText(e), warnings: [], text: undefined }));
    const prev = this.states.get(uri.toString());
    if (prev && prev.text === next.text && prev.exists === next.exists && !prev.error && !next.error) return;
    this.accept(next);
  }

  /**
   * Changes the store of an article: reads the file afresh (so a change made outside
   * since is kept), applies `edit`, writes the result. `edit` returns null to leave
   * the file alone. Throws VerdictWriteError with a message for the user.
   */
  async update(article: vscode.Uri, edit: (store: VerdictStore) => VerdictStore | null): Promise<boolean> {
    const uri = this.storeUri(article);
    if (!uri) throw new VerdictWriteError(vscode.l10n.t('Verdicts are kept in the workspace: open a folder to keep them for this untitled article.'), vscode.Uri.file('/'), false);
    let result = false;
    const run = async () => {
      const where = this.displayPath(uri);
      const current = await this.read(uri);
      if (current.error) {
        this.accept(current);
        throw new VerdictWriteError(
          vscode.l10n.t('The verdict file “{0}” cannot be used ({1}). Fix it (or delete it) first: WireDiff does not overwrite it.', where, current.error),
          uri,
          current.exists,
        );
      }
      const next = edit(current.store);
      if (!next) {
        this.accept(current);
        return;
      }
      if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
        throw new VerdictWriteError(
          vscode.l10n.t('This workspace is read-only: the verdict could not be saved to “{0}”.', where),
          uri,
          false,
        );
      }
      const text = serializeVerdicts(next);
      try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await writeWhole(uri, new TextEncoder().encode(text));
      } catch (e) {
        const readOnly = e instanceof vscode.FileSystemError && (e.code === 'NoPermissions' || e.code === 'Unavailable');
        throw new VerdictWriteError(
          readOnly
            ? vscode.l10n.t('This workspace is read-only: the verdict could not be saved to “{0}”.', where)
            : vscode.l10n.t('The verdict could not be saved to “{0}”: {1}', where, errorText(e)),
          uri,
          false,
        );
      }
      this.log?.info(`verdicts: wrote ${where} (${Object.keys(next.verdicts).length} verdicts)`);
      this.accept({ uri, store: next, exists: true, warnings: current.warnings, text });
      result = true;
    };
    // One write at a time: two quick clicks must not lose one of the verdicts.
    const p = this.writing.then(run, run);
    this.writing = p.catch(() => undefined);
    await p;
    return result;
  }

}

function isNotFound(e: unknown): boolean {
  return (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') || (e as { code?: string })?.code === 'ENOENT' || /EntryNotFound|FileNotFound|ENOENT/.test(String(e));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes a verdict file whole or not at all: a temporary file beside it, renamed over it, so that
 * no reader (this window's file watcher, the CLI, another window) reads it half written and takes
 * it for a broken file. A file system that cannot rename gets the file written in place.
 */
async function writeWhole(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const tmp = vscode.Uri.joinPath(uri, '..', `.${VERDICT_FILE}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(tmp, bytes);
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    await vscode.workspace.fs.writeFile(uri, bytes);
  }
}
