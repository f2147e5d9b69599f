/**
 * The coverage matrix of a folder of versions, in a webview panel in the editor
 * area. The matrix and the lineage are computed by the engine (in its worker,
 * from the comparisons the folder run made); this class only moves data: it posts
 * the view model (src/view/matrixModel.ts) as a JSON string to media/matrix.js,
 * which builds the page with `textContent` only, and turns a click on a cell into
 * "open that version at that sentence" (matrixReveal.ts). Strict CSP with a
 * nonce; scripts and styles only from media/.
 *
 * It reads the folder run from the result store and listens to `results.onDidChange`,
 * as the panel, the editor and the status bar do: a version compared again, a verdict
 * or a setting changed (each gives the run's versions new snapshots) builds the matrix
 * again. What the store does not hold, it watches itself: the run's files edited or
 * rewritten on disk since the run, which make the matrix out of date (not rebuilt).
 */
import * as vscode from 'vscode';
import type { ExtensionToMatrix, MatrixState, MatrixToExtension, Unchecked } from '../../../media/messages';
import type { EngineClient } from '../../engine/client';
import type { Comparer } from '../comparer';
import { Disposable, DisposableStore } from '../dispose';
import { decodeInput } from '../../input';
import { findOpenDocument, openCompared } from '../files';
import { FileWatcher, type FileEvent } from '../fileWatch';
import { webviewLabels } from '../labels';
import { mediaRoot, webviewHtml, webviewOptions } from '../panel/webviewHtml';
import { JsonPoster } from '../panel/jsonPoster';
import type { FolderRun, Results, ResultSnapshot } from '../results';
import { readSettings } from '../settings';
import type { VerdictFiles } from '../verdicts';
import { revealCanonicalSentence, revealInVersion } from './matrixReveal';
import { cellAt, type MatrixView } from '../../view/matrixModel';
import { baseName } from '../../view/text';
import { MATRIX_PAGE } from '../../view/webviewPages';

export const MATRIX_VIEW_TYPE = 'wirediff.matrix';

/** Commands the page may run (this extension's own, from a fixed list). */
const PAGE_COMMANDS = ['wirediff.exportEvidenceReport', 'wirediff.toggleShowDismissed', 'wirediff.showPanel'];

/**
 * The text a document of a folder run held when it was compared (a web page's source, not the
 * text read out of it), or undefined for a document the run did not compare.
 */
export function documentTextCompared(run: FolderRun, key: string): string | undefined {
  const version = run.versions.find((r) => r.key === key);
  if (version) return version.view.articleSource;
  return key === run.canonical.toString() ? run.canonicalText : undefined;
}

/**
 * `next` when it is `current` with some of its versions compared again (the same folder, the same
 * canonical text, the same files: a version edited and compared again, see ResultStore), else undefined.
 */
export function sameRunAgain(current: FolderRun | undefined, next: FolderRun | undefined): FolderRun | undefined {
  if (!current || !next || next === current) return undefined;
  if (next.folder.toString() !== current.folder.toString() || next.canonical.toString() !== current.canonical.toString()) return undefined;
  if (next.canonicalText !== current.canonicalText || next.versions.length !== current.versions.length) return undefined;
  return next.versions.every((v, i) => v.key === current.versions[i]!.key) ? next : undefined;
}

export class MatrixPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private run: FolderRun | undefined;
  private view: MatrixView | undefined;
  private error: string | undefined;
  private busy = false;
  /** Files (URIs) edited since the folder run, whose text differs from the one compared. */
  private readonly edited = new Set<string>();
  /** The run's files on disk: one changed or deleted by another program makes the matrix out of date too. */
  private readonly files: FileWatcher;
  private ready = false;
  /** Callers waiting for the page to load (see `whenLoaded`). */
  private loadWaiters: Array<() => void> = [];
  private build = 0;
  private cached: (MatrixState & { json: string }) | undefined;
  /** Posts the state, a long one in slices (one per task). */
  private readonly poster = this.register(new JsonPoster((m) => this.send(m)));
  /** The snapshots of the run's versions the matrix was last built from: new ones (a verdict, a setting) build it again. */
  private builtFrom: readonly ResultSnapshot[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly engine: () => EngineClient,
    private readonly comparer: Comparer,
    private readonly results: Results,
    private readonly verdicts: VerdictFiles,
    private readonly select: (uri: string, id: string) => void,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    super();
    this.register(results.onDidChange(() => this.resultsChanged()));
    this.register(
      // A version (or the canonical) edited since the folder run: the matrix is a snapshot.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.textNow(e.document.uri, e.document.getText());
      }),
    );
    this.register(
      // An untitled canonical closed: its text is gone (no file event tells of it).
      vscode.workspace.onDidCloseTextDocument((d) => d.uri.scheme === 'untitled' && this.textNow(d.uri, undefined)),
    );
    this.files = this.register(new FileWatcher((uri, event) => void this.fileChanged(uri, event), log));
  }


  /** A file of the run changed or went away on disk (an open document's own edits come as document changes). */
  async fileChanged(uri: vscode.Uri, event: FileEvent): Promise<void> {
    if (findOpenDocument(uri)) return;
    if (event === 'deleted') return this.textNow(uri, undefined);
    try {
      const d = decodeInput(await vscode.workspace.fs.readFile(uri), Number.MAX_SAFE_INTEGER);
      this.textNow(uri, d.ok ? d.text : undefined);
    } catch {
      this.textNow(uri, undefined);
    }
  }

  /** What a file of the run holds now (undefined: it cannot be read): the matrix is out of date while it differs from what was compared. */
  private textNow(uri: vscode.Uri, text: string | undefined): void {
    const run = this.run;
    const key = uri.toString();
    const was = run && documentTextCompared(run, key);
    if (was === undefined) return;
    const before = this.edited.size;
    if (text !== was) this.edited.add(key);
    else this.edited.delete(key);
    if (this.edited.size !== before) {
      this.log?.info(`matrix: ${baseName(uri.path)} ${this.edited.has(key) ? 'differs from' : 'is again'} the text compared`);
      this.post();
    }
  }

  /** The folder run the matrix shows, if any. */
  get current(): FolderRun | undefined {
    return this.run;
  }

  /**
   * The results changed. When a version of the run the matrix shows was compared again (edited,
   * then a live update), the matrix takes the run as the store holds it now, and that file is no
   * longer out of date. When the run's versions have new snapshots (that, or the verdicts or the
   * settings changed what they let through), the matrix is built again; other changes (the busy
   * state, the active editor) leave it alone.
   */
  private resultsChanged(): void {
    const again = sameRunAgain(this.run, this.results.folder()?.run);
    if (again) {
      this.run = again;
      for (const key of [...this.edited]) {
        const doc = findOpenDocument(key);
        if (!doc || doc.getText() === documentTextCompared(again, key)) this.edited.delete(key);
      }
    }
    const run = this.run;
    // Nothing built nor being built (the matrix not shown yet): nothing to build again.
    if (!run || (!this.view && !this.busy)) return;
    const now = run.versions.map((r) => this.results.present(r));
    if (now.length === this.builtFrom.length && now.every((s, i) => s === this.builtFrom[i])) return;
    if (this.panel) void this.rebuild();
    else this.view = undefined;
  }

  /** Shows the matrix of a folder run (a new run replaces the old one). */
  async show(run: FolderRun | undefined): Promise<void> {
    if (run && run !== this.run) {
      this.run = run;
      this.view = undefined;
      this.edited.clear();
      this.files.sync([run.canonical, ...run.versions.map((v) => v.uri)]);
    }
    if (!this.run) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No coverage matrix yet: run “WireDiff: Compare All Files in Folder” on a folder of versions first.'));
      return;
    }
    this.open();
    if (!this.view) await this.rebuild();
    else this.post();
  }

  /**
   * Resolves once the page has loaded (it says 'ready'), or after `timeoutMs`. Another
   * webview created while this one loads can leave one of them blank in code-server
   * (its webview loader then never delivers the page's files), so the side panel is
   * shown only after the matrix page is up.
   */
  whenLoaded(timeoutMs: number): Promise<void> {
    if (this.ready || !this.panel) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.loadWaiters = this.loadWaiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.loadWaiters.push(done);
    });
  }

  private open(): void {
    const title = vscode.l10n.t('Coverage Matrix: {0}', baseName(this.run!.folder.path));
    if (this.panel) {
      this.panel.title = title;
      if (!this.panel.visible) this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Active, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      ...webviewOptions(this.extensionUri),
      enableFindWidget: true,
    });
    panel.iconPath = vscode.Uri.joinPath(mediaRoot(this.extensionUri), 'activitybar.svg');
    this.ready = false;
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { title: 'WireDiff Coverage Matrix', ...MATRIX_PAGE });
    // A hidden webview is discarded; shown again, the page asks for its state ('ready').
    const page = new DisposableStore();
    page.add(panel.webview.onDidReceiveMessage((m) => this.onMessage(m)));
    // Hidden, the page is gone: nothing is posted until the page shown again says 'ready'
    // (a state posted to the page while it loads would come before its strings).
    page.add(
      panel.onDidChangeViewState(() => {
        if (panel.visible) return;
        this.ready = false;
        this.poster.cancel();
      }),
    );
    page.add(
      panel.onDidDispose(() => {
        page.dispose();
        if (this.panel === panel) {
          this.panel = undefined;
          this.poster.cancel();
        }
      }),
    );
    this.panel = panel;
  }

  /** Computes the matrix again (in the engine's worker) from the run's comparisons and the current verdicts. */
  private async rebuild(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const build = ++this.build;
    this.builtFrom = run.versions.map((r) => this.results.present(r));
    this.busy = true;
    this.error = undefined;
    this.post();
    const t0 = performance.now();
    try {
      const settings = readSettings(run.folder);
      const store = run.versions.length ? (await this.verdicts.ready(run.versions[0]!.uri))?.store : undefined;
      const { view, ms } = await this.engine().matrix({
        comparisons: run.versions.map((r) => r.view.comparison),
        verdicts: store,
        showDismissed: settings.showDismissed,
        options: run.options,
        meta: {
          folder: baseName(run.folder.path),
          canonical: { name: baseName(run.canonical.path), path: vscode.workspace.asRelativePath(run.canonical, false), uri: run.canonical.toString() },
          versions: run.versions.map((r) => ({ name: baseName(r.uri.path), path: vscode.workspace.asRelativePath(r.uri, false), uri: r.key })),
          skipped: run.skipped.map((s) => ({ name: s.name, uri: s.uri.toString(), error: s.error })),
          showDismissed: settings.showDismissed,
        },
      });
      if (build !== this.build) return;
      this.view = view;
      this.log?.info(
        `matrix of ${run.versions.length} versions: ${view.rows.length} rows, ${view.summary.disagreements} where versions disagree; ` +
          `engine ${ms.toFixed(0)} ms, total ${(performance.now() - t0).toFixed(0)} ms`,
      );
    } catch (e) {
      if (build !== this.build) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.log?.error(`matrix: ${this.error}`);
    } finally {
      if (build === this.build) {
        this.busy = false;
        this.post();
      }
    }
  }

  private post(): void {
    const panel = this.panel;
    if (!panel || !this.ready) return;
    const t0 = performance.now();
    const state: MatrixState = { type: 'state', view: this.view ?? null, busy: this.busy, stale: this.edited.size > 0, error: this.error ?? null };
    // The same state is serialised once (a 50-version matrix is ~600 KB of JSON).
    const c = this.cached;
    const same = c && c.view === state.view && c.busy === state.busy && c.stale === state.stale && c.error === state.error;
    if (!same) this.cached = { ...state, json: JSON.stringify(state) };
    const json = this.cached!.json;
    const made = performance.now() - t0;
    this.poster.send(json, (slices, longest) => {
      if (this.view) this.log?.info(`matrix: ${Math.round(json.length / 1024)} KB posted in ${slices} slice(s), longest ${longest.toFixed(1)} ms (state ${made.toFixed(1)} ms)`);
    });
  }

  private send(msg: ExtensionToMatrix): void {
    void this.panel?.webview.postMessage(msg);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = raw as Unchecked<MatrixToExtension>;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
    switch (m.type) {
      case 'ready':
        this.ready = true;
        for (const w of this.loadWaiters.splice(0)) w();
        this.send({ type: 'strings', strings: strings() });
        this.post();
        return;
      case 'openCell': {
        const row = str(m.row);
        const version = int(m.version);
        if (row !== undefined && version !== undefined) await this.openCell(row, version);
        return;
      }
      case 'openVersion': {
        const version = int(m.version);
        const r = version !== undefined ? this.run?.versions[version] : undefined;
        const doc = r && (await openCompared(r.uri));
        if (doc) await vscode.window.showTextDocument(doc, { viewColumn: this.besideColumn(), preview: false });
        return;
      }
      case 'openCanonical': {
        const row = str(m.row);
        const run = this.run;
        const r = row && this.view?.rows.find((x) => x.id === row);
        if (run && r && r.canonical !== null) await revealCanonicalSentence(run, r.canonical, this.besideColumn());
        return;
      }
      case 'rendered': {
        const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
        this.log?.info(`matrix: the page drew ${n(m.rows)} rows, ${n(m.cells)} cells in ${n(m.ms).toFixed(0)} ms (painted after ${n(m.paintedMs).toFixed(0)} ms)`);
        return;
      }
      case 'refresh':
        if (this.run) await vscode.commands.executeCommand('wirediff.compareAllInFolder', this.run.folder);
        return;
      case 'command': {
        const cmd = str(m.command);
        if (cmd && PAGE_COMMANDS.includes(cmd)) await vscode.commands.executeCommand(cmd);
        return;
      }
    }
  }

  /** A click on a cell: that version at that sentence (or where an omitted sentence would have stood). */
  private async openCell(rowId: string, version: number): Promise<void> {
    const run = this.run;
    const view = this.view;
    const hit = view && cellAt(view, rowId, version);
    const snapshot = run?.versions[version];
    if (!run || !hit || !snapshot) return;
    await revealInVersion(this.comparer, this.select, snapshot, {
      sentences: hit.cell.article,
      finding: hit.cell.finding,
      label: `${hit.version.label} · ${hit.version.name}`,
      row: hit.row.label,
      column: this.besideColumn(),
    });
  }

  /** The editor group beside the matrix (files open there, so the matrix stays in view). */
  private besideColumn(): vscode.ViewColumn {
    const c = this.panel?.viewColumn;
    return c === undefined ? vscode.ViewColumn.Beside : ((c + 1) as vscode.ViewColumn);
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}

/** UI strings of the page, localised here. */
function strings(): Record<string, string> {
  const t = vscode.l10n.t;
  return {
    title: t('Coverage matrix'),
    subtitle: t('{0} versions in “{1}” against the canonical “{2}”', '{0}', '{1}', '{2}'),
    subtitleOne: t('1 version in “{0}” against the canonical “{1}”', '{0}', '{1}'),
    summary: t('{0} canonical sentences, {1} added by the versions; {2} rows where versions disagree', '{0}', '{1}', '{2}'),
    onlyDisagreeing: t('Only rows where versions disagree'),
    search: t('Filter rows'),
    exportReport: t('Export Evidence Report…'),
    refresh: t('Compare Again'),
    comparing: t('Building the matrix…'),
    stale: t('A file changed since the comparison: the matrix shows the texts as they were. Compare again to update it.'),
    fewMatches: t('Hardly a sentence of {0} has a counterpart in “{1}”: reports written anew, or the wrong canonical text? (To change it: “WireDiff: Set as Canonical”, then Compare Again.)', '{0}', '{1}'),
    showOtherStories: t('Show the {0} rows of added content only they carry (folded).', '{0}'),
    foldOtherStories: t('Fold the added content only they carry.'),
    error: t('The matrix could not be built: {0}', '{0}'),
    empty: t('No versions to show.'),
    noRows: t('No rows match the filter.'),
    rowHead: t('Canonical sentence / added content'),
    disagrees: t('Versions disagree on this row'),
    canonicalRow: t('Canonical sentence {0}', '{0}'),
    addedRow: t('Added content (not in the canonical text), row {0}', '{0}'),
    openCanonical: t('Click to show it in the canonical text'),
    verbatim: t('carried verbatim'),
    translated: t('carried in translation: only its figures, dates and names are compared, and they agree'),
    changed: t('changed'),
    absent: t('absent'),
    addedHas: t('has it'),
    addedReworded: t('has it, reworded'),
    moved: t('moved'),
    dismissedHere: t('{0} dismissed finding(s) hidden', '{0}'),
    clickOpen: t('Click to open it at this sentence'),
    legend: t('Legend'),
    legendVerbatim: t('carried verbatim'),
    legendTranslated: t('carried in translation (figures, dates and names compared)'),
    legendAbsent: t('absent'),
    legendAdded: t('has the added content'),
    legendMoved: t('moved'),
    severity: t('Severity:'),
    versions: t('Versions'),
    versionCounts: t('{0} verbatim · {1} changed · {2} absent · {3} added', '{0}', '{1}', '{2}', '{3}'),
    translationCounts: t('a translation, compared on figures, dates and names only: {0} translated · {1} changed · {2} absent · {3} added', '{0}', '{1}', '{2}', '{3}'),
    lineage: t('Lineage'),
    lineageHelp: t('From changes that versions share and the canonical text lacks: who most likely copied whom.'),
    noEdges: t('No two versions share a material change: each looks taken from the canonical text (or its source) on its own.'),
    derived: t('derived from'),
    sibling: t('siblings'),
    duplicate: t('near-duplicates'),
    strong: t('strong'),
    weak: t('weak'),
    tie: t('tie'),
    evidence: t('Evidence: {0} shared change(s)', '{0}'),
    independent: t('Most likely taken from the canonical text directly: {0}', '{0}'),
    sharedChanges: t('Shared changes'),
    all: t('all versions'),
    skipped: t('Not in the matrix: {0} — {1}', '{0}', '{1}'),
    dismissedHidden: t('Dismissed findings hidden: {0}.', '{0}'),
    showDismissed: t('Show them'),
    hideDismissed: t('Hide dismissed findings'),
    dismissedShown: t('Dismissed findings are shown.'),
    ...webviewLabels(),
    'short.omitted': t('omitted'),
    'short.added': t('added'),
    'short.changed': t('reworded'),
    'short.moved': t('moved'),
    'short.number': t('number'),
    'short.time': t('time'),
    'short.hedge': t('hedge'),
    'short.quote': t('quote'),
    'short.name': t('name'),
    'short.attribution': t('attrib.'),
    'short.negation': t('negation'),
    'short.mistranslation': t('mistransl.'),
    'short.clause': t('clause'),
    'short.boilerplate': t('chrome'),
  };
}
