/**
 * Runs comparisons: the engine (in its worker) on a document or a folder's files
 * and the canonical text. When to compare again (after an edit, a canonical file
 * changed on disk, a setting of the analysis changed: live updates) is decided in
 * liveUpdates.ts, which this owns. The only writer of the results (results.ts):
 * every view reads them there. No drawing here; this file moves data and says
 * what went wrong.
 */
import * as vscode from 'vscode';
import type { Comparison } from '../core/types';
import { isHtmlPath, looksLikeHtml, type ReadText } from '../core/readText';
import { CancelledError, NoArticleError, TimeoutError, type EngineClient } from '../engine/client';
import { formatBytes } from '../input';
import type { SourceMap } from '../view/lineIndex';
import { ComparisonView } from '../view/result';
import { baseName } from '../view/text';
import type { CanonicalResolver } from './canonical';
import { Disposable } from './dispose';
import { checkArticleText, checkDecoding, findOpenDocument, readText, UserError } from './files';
import { startHostMonitor } from './hostMonitor';
import { LiveUpdates } from './liveUpdates';
import type { DocResult, FolderRun, ResultStore } from './results';
import { compareOptions, readSettings, type Settings } from './settings';
import type { VerdictFiles } from './verdicts';

/** `interactive`: a command the user ran (ask, show errors); `background`: a live update (log only). */
export type Mode = 'interactive' | 'background';

/** One file of a folder run that could not be compared. */
export interface Skipped {
  uri: vscode.Uri;
  name: string;
  error: string;
}

export class Comparer extends Disposable {
  private readonly pending = new Map<string, AbortController>();
  /** When to compare again (edits, files on disk, settings). */
  private readonly live: LiveUpdates;
  /** Documents whose last comparison failed in Restricted Mode: compared again when the workspace is trusted. */
  private readonly limited = new Set<string>();

  constructor(
    private readonly engine: () => EngineClient,
    private readonly store: ResultStore,
    private readonly canonical: CanonicalResolver,
    private readonly verdicts: VerdictFiles,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.live = this.register(
      new LiveUpdates(
        {
          compareDocument: (doc) => this.compareDocument(doc, 'background'),
          compareText: (uri, text, canonicalUri, canonicalText, settings) => this.run(uri, text, undefined, canonicalUri, canonicalText, settings),
          fail: (e, key) => this.fail(e, 'background', key),
          isComparing: (key) => this.pending.has(key),
          cancel: (key) => this.cancelPending(key),
          syncBusy: (key) => this.syncBusy(key),
        },
        store,
        canonical,
        log,
      ),
    );
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.compareLimitedAgain()));
    this.register({
      dispose: () => {
        for (const p of this.pending.values()) p.abort();
      },
    });
  }

  // ----------------------------------------------------------- compare ---

  /** Compares a document with its canonical text; the result is stored (and returned) unless it is already out of date. */
  async compareDocument(doc: vscode.TextDocument, mode: Mode): Promise<DocResult | undefined> {
    const key = doc.uri.toString();
    try {
      const canonicalUri = await this.canonical.choose(doc.uri, mode === 'interactive');
      if (!canonicalUri) {
        // Refused in Restricted Mode (the user was told), or not chosen: tried again once trusted.
        if (!vscode.workspace.isTrusted) this.limited.add(key);
        return undefined;
      }
      if (canonicalUri.toString() === key) {
        // Made the canonical since it was compared as an article: its findings against the old
        // canonical are not shown on the canonical itself (the panel says what it is).
        if (this.store.has(key)) this.store.delete(key);
        if (mode === 'interactive') {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('“{0}” is the canonical text. Open an article to compare it with.', baseName(doc.uri.path)),
          );
        }
        return undefined;
      }
      const settings = readSettings(doc.uri);
      const canonicalText = await readText(canonicalUri, settings);
      const articleText = doc.getText();
      checkArticleText(articleText, settings, baseName(doc.uri.path));
      await checkDecoding(doc.uri, articleText, baseName(doc.uri.path));
      return await this.run(doc.uri, articleText, doc.version, canonicalUri, canonicalText, settings);
    } catch (e) {
      this.fail(e, mode, key);
      return undefined;
    } finally {
      // A live update that failed before the engine ran (the canonical refused or gone, a bad
      // input) is no longer under way: the panel and status bar must not say "comparing" forever.
      this.syncBusy(key);
    }
  }

  private async run(
    uri: vscode.Uri,
    articleText: string,
    version: number | undefined,
    canonicalUri: vscode.Uri,
    canonicalText: string,
    settings: Settings,
  ): Promise<DocResult | undefined> {
    const key = uri.toString();
    this.cancelPending(key);
    const ac = new AbortController();
    this.pending.set(key, ac);
    this.store.setError(key, undefined);
    this.syncBusy(key);
    const name = baseName(uri.path);
    const size = Math.max(articleText.length, canonicalText.length);
    let userCancelled = false;
    const t0 = Date.now();
    const monitor = startHostMonitor();
    try {
      // The verdict file is read while the engine works, so the first drawing already hides dismissed findings.
      const verdictsReady = this.verdicts.ready(uri).catch(() => undefined);
      const task = (token?: vscode.CancellationToken) => {
        token?.onCancellationRequested(() => {
          userCancelled = true;
          ac.abort();
        });
        return this.compareTexts(uri, articleText, canonicalUri, canonicalText, settings, ac.signal);
      };
      const r =
        size > settings.largeFileThreshold
          ? await vscode.window.withProgress(
              {
                location: vscode.ProgressLocation.Notification,
                title: vscode.l10n.t('WireDiff: comparing “{0}” ({1})…', name, formatBytes(size)),
                cancellable: true,
              },
              (_p, token) => task(token),
            )
          : await vscode.window.withProgress(
              { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('WireDiff: comparing…') },
              () => task(),
            );
      await verdictsReady;
      if (this.pending.get(key) !== ac) {
        monitor.stop();
        return undefined; // superseded
      }
      this.pending.delete(key);
      // The canonical changed while the engine ran (on disk, or typed into): its quotes and findings are of the old text.
      // (A comparison started meanwhile supersedes this one.)
      if (!(await this.canonicalUnchanged(canonicalUri, canonicalText, settings)) || this.pending.has(key)) {
        monitor.stop();
        if (!this.pending.has(key)) this.canonicalChangedDuring(key, name, canonicalUri, settings);
        return undefined;
      }
      // The document changed while the engine ran: these results are stale.
      const open = findOpenDocument(uri);
      if (open && open.getText() !== articleText) {
        this.log.info(`dropped stale results for ${name} (edited during the comparison)`);
        monitor.stop();
        this.syncBusy(key);
        return undefined;
      }
      r.version = open ? open.version : version;
      this.store.set(r);
      this.limited.delete(key);
      this.syncBusy(key);
      const comparison = r.view.comparison;
      const c = comparison.summary;
      this.log.info(
        `compared ${name} with ${baseName(canonicalUri.path)}: ${comparison.discrepancies.length} findings (${c.high} high, ${c.medium} medium, ${c.low} low), ` +
          `${comparison.article.sentences.length} article sentences, language ${comparison.language}; engine ${r.ms.toFixed(0)} ms (worker); total ${Date.now() - t0} ms`,
      );
      monitor.reportLater((line) => this.log.info(line), name);
      return r;
    } catch (e) {
      monitor.stop();
      if (this.pending.get(key) === ac) this.pending.delete(key);
      this.syncBusy(key);
      if (e instanceof CancelledError) {
        if (userCancelled) void vscode.window.showInformationMessage(vscode.l10n.t('WireDiff: comparison of “{0}” cancelled.', name));
        return undefined;
      }
      if (e instanceof TimeoutError) {
        throw new UserError(vscode.l10n.t('WireDiff gave up on “{0}”: {1}.', name, e.message));
      }
      throw e;
    }
  }

  /** Whether the canonical still reads as the text the engine was given (unreadable now: changed). */
  private async canonicalUnchanged(uri: vscode.Uri, text: string, settings: Settings): Promise<boolean> {
    const open = findOpenDocument(uri);
    if (open) return open.getText() === text;
    return readText(uri, settings).then(
      (now) => now === text,
      () => false,
    );
  }

  /**
   * A comparison's answer dropped because its canonical changed meanwhile: compared again with the
   * canonical as it is now (live updates on), else the panel and the status bar say why nothing is shown.
   */
  private canonicalChangedDuring(key: string, name: string, canonicalUri: vscode.Uri, settings: Settings): void {
    this.log.info(`dropped stale results for ${name} (its canonical text changed during the comparison)`);
    if (settings.liveUpdate && findOpenDocument(key)) this.live.schedule(key, 50);
    else {
      this.store.setError(
        key,
        vscode.l10n.t(
          'The canonical text “{0}” changed while “{1}” was being compared with it, so no findings are shown for the old text. Run “WireDiff: Compare with Canonical” again.',
          baseName(canonicalUri.path),
          name,
        ),
      );
    }
    this.syncBusy(key);
  }

  /** The engine on one pair of texts; the result is not stored. */
  private async compareTexts(uri: vscode.Uri, text: string, canonicalUri: vscode.Uri, canonicalText: string, settings: Settings, signal: AbortSignal): Promise<DocResult> {
    const { comparison, ms, canonicalRead, articleRead, keys } = await this.engine()
      .compare(canonicalText, text, compareOptions(settings), signal, { canonical: canonicalUri.path, article: uri.path })
      .catch((e: unknown) => {
        if (!(e instanceof NoArticleError)) throw e;
        throw new UserError(
          vscode.l10n.t(
            '“{0}” is a web page with no article in it that WireDiff can find (a login wall, an index, or an empty page?): there is nothing to compare. Save the story\'s own page, or paste its text into a new file.',
            baseName((e.side === 'article' ? uri : canonicalUri).path),
          ),
        );
      });
    const open = findOpenDocument(uri);
    return {
      key: uri.toString(),
      uri,
      version: open && open.getText() === text ? open.version : undefined,
      view: viewOf(comparison, { text, read: articleRead, path: uri.path }, { text: canonicalText, read: canonicalRead, path: canonicalUri.path }),
      canonicalUri,
      ms,
      stale: false,
      ...(keys ? { keys } : {}),
    };
  }

  /**
   * Compares files one after another with the same canonical text (a folder run),
   * storing each result; stops when `token` is cancelled. Files that cannot be
   * compared are returned with why.
   */
  async compareFiles(
    files: readonly vscode.Uri[],
    canonicalUri: vscode.Uri,
    canonicalText: string,
    settings: Settings,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<{ versions: DocResult[]; skipped: Skipped[] }> {
    const versions: DocResult[] = [];
    const skipped: Skipped[] = [];
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) break;
      const name = baseName(uri.path);
      progress.report({ message: `${i + 1}/${files.length}: ${name}`, increment: 100 / files.length });
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      try {
        const text = await readText(uri, settings);
        const r = await this.compareTexts(uri, text, canonicalUri, canonicalText, settings, ac.signal);
        this.store.set(r, true);
        versions.push(r);
      } catch (e) {
        if (e instanceof CancelledError) break;
        skipped.push({ uri, name, error: e instanceof Error ? e.message : String(e) });
      } finally {
        sub.dispose();
      }
    }
    return { versions, skipped };
  }

  /** Makes a folder run the current one (the panel's folder list, the matrix). */
  publishFolderRun(run: FolderRun): void {
    // Just read: the canonical is there.
    this.store.setCanonicalGone(run.canonical.toString(), undefined);
    this.store.setFolderRun(run);
  }

  /**
   * A folder run's result becomes the document's again when the document holds the
   * text that was compared and has no current result of its own (a matrix cell opened).
   */
  adopt(r: DocResult, doc: vscode.TextDocument): void {
    if (doc.getText() !== r.view.articleSource || this.store.forDocument(doc)) return;
    r.version = doc.version;
    this.store.set(r);
  }

  /** `wirediff.clear`: the active document's results, else every result and the folder run. */
  clear(): void {
    const key = vscode.window.activeTextEditor?.document.uri.toString();
    const keys = key && (this.store.has(key) || this.pending.has(key)) ? [key] : [...this.store.entries()].map((r) => r.key);
    for (const k of keys) {
      this.cancelPending(k);
      this.live.unschedule(k);
      this.syncBusy(k);
      this.store.delete(k);
    }
    if (!key || !keys.includes(key) || keys.length > 1) this.store.setFolderRun(undefined);
    this.store.changed();
  }

  /**
   * Says what went wrong: remembered for the document (the status bar and the panel
   * show it), written to the log, and, for a command the user ran, shown as a
   * warning (a problem with the input) or an error (with the log a click away).
   */
  fail(e: unknown, mode: Mode, key: string): void {
    const msg = e instanceof Error ? e.message : String(e);
    this.store.setError(key, msg);
    if (key && !vscode.workspace.isTrusted) this.limited.add(key);
    if (e instanceof UserError) {
      this.log.warn(msg);
      if (mode === 'interactive') {
        void vscode.window.showWarningMessage(msg, ...e.actions.map((a) => a.title)).then((pick) => e.actions.find((a) => a.title === pick)?.run());
      }
      return;
    }
    this.log.error(e instanceof Error ? (e.stack ?? e.message) : msg);
    if (mode === 'interactive') {
      const show = vscode.l10n.t('Show Log');
      void vscode.window.showErrorMessage(vscode.l10n.t('WireDiff could not compare: {0}', msg), show).then((p) => p === show && this.log.show());
    }
  }

  private cancelPending(key: string): void {
    const p = this.pending.get(key);
    if (p) {
      this.pending.delete(key);
      p.abort();
      this.syncBusy(key);
    }
  }

  /** Tells the store whether a document is being compared or about to be. */
  private syncBusy(key: string): void {
    this.store.setBusy(key, this.pending.has(key) || this.live.isScheduled(key));
  }

  /**
   * Every result is out of date (the canonical text was changed, or a setting of the analysis):
   * each is marked stale and the open documents are compared again.
   */
  compareAllAgain(): void {
    this.live.compareAllAgain();
  }

  /**
   * The workspace is trusted now: what Restricted Mode kept from a comparison (a canonical the
   * workspace's settings name outside it, the workspace's own file size limit) applies, so every
   * open document whose comparison failed in Restricted Mode is compared again.
   */
  private compareLimitedAgain(): void {
    const keys = [...this.limited];
    this.limited.clear();
    for (const key of keys) {
      if (!findOpenDocument(key)) continue;
      this.log.info(`workspace trusted: comparing ${key} again`);
      this.live.schedule(key, 50);
    }
  }
}

/** The view of a comparison; a side read out of a web page or Markdown keeps its source, so ranges land in the document. */
function viewOf(comparison: Comparison, article: Side, canonical: Side): ComparisonView {
  return new ComparisonView(comparison, article.read?.text ?? article.text, canonical.read?.text ?? canonical.text, {
    article: sourceMap(article),
    canonical: sourceMap(canonical),
  });
}

/** A side of a comparison as the engine gave it back: the document's text, what was read out of it (markup), its path. */
interface Side {
  text: string;
  read: ReadText | null | undefined;
  path: string;
}

function sourceMap(s: Side): SourceMap | null {
  if (!s.read) return null;
  return { source: s.text, read: s.read, markup: isHtmlPath(s.path) || looksLikeHtml(s.text) ? 'html' : 'markdown' };
}
