/**
 * Live updates: what makes a comparison out of date, and comparing it again. An edit to an
 * article or to its canonical text, a canonical file changed, deleted or closed, a version of
 * the folder run rewritten on disk, a setting of the analysis changed, a stale result shown
 * again: each marks the results it touches stale and, with live updates on, schedules them
 * to be compared again (one debounce per document). The comparing itself is the comparer's
 * (comparer.ts, which owns this): this file decides when, and asks it through `LiveComparer`.
 */
import * as vscode from 'vscode';
import { baseName } from '../view/text';
import type { CanonicalResolver } from './canonical';
import { Disposable } from './dispose';
import { checkArticleText, findOpenDocument, readText } from './files';
import { FileWatcher, type FileEvent } from './fileWatch';
import { restartTimer } from './nextTask';
import type { ResultStore } from './results';
import { readSettings, type Settings } from './settings';

/** A file changed on disk is read this long after its last change event (a program may write it in pieces). */
const FILE_SETTLE_MS = 100;

/** What live updates ask of the comparer: all of it in the background (errors are logged, not shown). */
export interface LiveComparer {
  /** Compares an open document with its canonical text again. */
  compareDocument(doc: vscode.TextDocument): Promise<unknown>;
  /** Compares a text read from disk (a folder run's version) with the run's canonical text. */
  compareText(uri: vscode.Uri, text: string, canonicalUri: vscode.Uri, canonicalText: string, settings: Settings): Promise<unknown>;
  /** Says what went wrong with a document's comparison. */
  fail(e: unknown, key: string): void;
  /** A comparison of the document is under way. */
  isComparing(key: string): boolean;
  /** Drops the comparison of the document under way, if one is. */
  cancel(key: string): void;
  /** Tells the store whether the document is being compared or about to be. */
  syncBusy(key: string): void;
}

export class LiveUpdates extends Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Folder-run versions changed on disk, waiting for the writes to settle (see onVersionFile). */
  private readonly fileTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly comparer: LiveComparer,
    private readonly store: ResultStore,
    private readonly canonical: CanonicalResolver,
    log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)));
    this.register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        comparer.cancel(d.uri.toString());
        if (d.uri.scheme === 'untitled') this.onCanonicalFile(d.uri, 'deleted');
      }),
    );
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.rerunStaleVisible()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)));
    const watcher = this.register(new FileWatcher((uri, event) => this.onCanonicalFile(uri, event), log));
    const versions = this.register(new FileWatcher((uri, event) => this.onVersionFile(uri, event), log));
    this.register(
      store.onDidChange(() => {
        watcher.sync(this.canonicalsInUse());
        versions.sync(store.folder()?.run?.versions.map((v) => v.uri) ?? []);
      }),
    );
    this.register({
      dispose: () => {
        for (const t of [...this.timers.values(), ...this.fileTimers.values()]) clearTimeout(t);
      },
    });
  }

  /** A comparison of the document is scheduled (waiting for the edits to pause). */
  isScheduled(key: string): boolean {
    return this.timers.has(key);
  }

  /** The document's scheduled comparison, if there is one, will not run. */
  unschedule(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  /** Compares the document again after `delay` ms, in place of one already scheduled. */
  schedule(key: string, delay: number): void {
    restartTimer(this.timers, key, delay, () => {
      const doc = findOpenDocument(key);
      if (doc) void this.comparer.compareDocument(doc);
      else this.comparer.syncBusy(key);
    });
    this.comparer.syncBusy(key);
  }

  /**
   * Every result is out of date (the canonical text was changed, or a setting of the analysis):
   * each is marked stale and the open documents are compared again.
   */
  compareAllAgain(): void {
    this.store.setFolderRun(undefined);
    for (const r of [...this.store.entries()]) {
      this.store.markStale(r.key);
      if (findOpenDocument(r.uri)) this.schedule(r.key, 50);
    }
    this.store.changed();
  }

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const key = e.document.uri.toString();
    const settings = readSettings(e.document.uri);
    if (this.store.has(key) || this.comparer.isComparing(key)) {
      if (settings.liveUpdate) this.schedule(key, settings.liveUpdateDelay);
      else {
        // Out of date: the editor drops what no longer matches the text, the status bar says so.
        // A comparison under way is of the old text: dropped, and the panel and status bar say why.
        const wasComparing = this.comparer.isComparing(key);
        this.comparer.cancel(key);
        if (wasComparing && !this.store.has(key)) {
          this.store.setError(
            key,
            vscode.l10n.t('“{0}” was edited while it was being compared, so no findings are shown for the old text. Run “WireDiff: Compare with Canonical” again.', baseName(e.document.uri.path)),
          );
        }
        this.store.changed();
      }
    }
    // The canonical text itself was edited: every comparison against it is out of date.
    for (const r of [...this.store.entries()]) {
      if (r.canonicalUri.toString() !== key) continue;
      this.store.markStale(r.key);
      if (settings.liveUpdate && findOpenDocument(r.uri)) this.schedule(r.key, settings.liveUpdateDelay);
    }
  }

  /** The canonical files that stored comparisons and the folder run were made against. */
  private canonicalsInUse(): vscode.Uri[] {
    const out = [...this.store.entries()].map((r) => r.canonicalUri);
    const run = this.store.folder()?.run;
    if (run) out.push(run.canonical);
    return out;
  }

  /**
   * A canonical file changed, came back or went away on disk: every comparison made against
   * it is out of date; the open ones are compared again (live updates on), and a deleted one
   * says why at once, as does an untitled editor closed (its text is gone). (Typing in an open
   * canonical comes as document changes, above; a file put back as it was changes no document,
   * so this compares again too.)
   */
  private onCanonicalFile(uri: vscode.Uri, event: FileEvent): void {
    const key = uri.toString();
    const gone =
      uri.scheme === 'untitled'
        ? vscode.l10n.t('The canonical text “{0}” (an unsaved editor) was closed since the comparison: these findings are out of date. Choose the canonical again (“WireDiff: Set as Canonical”).', baseName(uri.path))
        : vscode.l10n.t('The canonical text “{0}” was deleted or moved since the comparison: these findings are out of date. Choose the canonical again (“WireDiff: Set as Canonical”).', baseName(uri.path));
    // The folder run's header says so too (its versions' rows are marked out of date).
    this.store.setCanonicalGone(key, event === 'deleted' ? gone : undefined);
    // Saved from an editor: a comparison made on the text as saved is still current.
    const open = event === 'changed' ? findOpenDocument(uri)?.getText() : undefined;
    for (const r of [...this.store.entries()]) {
      if (r.canonicalUri.toString() !== key) continue;
      if (open !== undefined && !r.stale && open === r.view.canonicalSource) continue;
      this.store.markStale(r.key);
      if (event === 'deleted') this.store.setError(r.key, gone);
      else if (findOpenDocument(r.uri) && readSettings(r.uri).liveUpdate) this.schedule(r.key, 50);
    }
  }

  /**
   * A version of the folder run changed on disk while no editor holds it (another program
   * wrote it, or it was saved elsewhere): it is read and compared again with the run's
   * canonical text (live updates on), so that the matrix and the panel show what the file
   * says now. Until then, and with live updates off, the matrix says it is out of date.
   * (An open version's changes come as document changes; a deleted one stays as compared,
   * and the matrix says so.)
   */
  private onVersionFile(uri: vscode.Uri, event: FileEvent): void {
    const key = uri.toString();
    if (event === 'deleted' || findOpenDocument(uri) || !readSettings(uri).liveUpdate) return;
    restartTimer(this.fileTimers, key, FILE_SETTLE_MS, () => void this.compareVersionAgain(uri));
  }

  private async compareVersionAgain(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const run = this.store.folder()?.run;
    const was = run?.versions.find((v) => v.key === key);
    if (!run || !was || findOpenDocument(uri)) return;
    try {
      const settings = readSettings(uri);
      const text = await readText(uri, settings);
      if (text === was.view.articleSource && !was.stale) return;
      checkArticleText(text, settings, baseName(uri.path));
      await this.comparer.compareText(uri, text, run.canonical, run.canonicalText, settings);
    } catch (e) {
      this.comparer.fail(e, key);
    }
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('wirediff')) return;
    if (e.affectsConfiguration('wirediff.canonical')) this.canonical.settingChanged();
    const rerun = ['canonical', 'similarityThreshold', 'language'].some((k) => e.affectsConfiguration(`wirediff.${k}`));
    if (rerun) this.compareAllAgain();
  }

  /** A stale result shown in an editor is compared again (live updates on). */
  private rerunStaleVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      const s = this.store.forDocument(editor.document);
      if (s?.result.stale && !this.timers.has(key) && !this.comparer.isComparing(key) && s.settings.liveUpdate) this.schedule(key, 50);
    }
  }
}
