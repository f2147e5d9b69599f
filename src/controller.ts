/**
 * The VS Code side of WireDiff: runs the engine (in a worker) on the active
 * document and the canonical text, keeps each document's results, and shows
 * them through decorations, hovers, the status bar and the panel. Every
 * analysis comes from the engine; this file only moves data and maps offsets.
 */
import { createHash } from 'node:crypto';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CanonicalResolver } from './canonical';
import type { CompareOptions, Comparison, Discrepancy } from './core/types';
import type { ReadText } from './core/readText';
import type { DecorationSet } from './decorations';
import { CancelledError, TimeoutError, type EngineClient } from './engine/client';
import type { ReportFile } from './engine/protocol';
import { hoverLabels, kindLabel, severityLabel, verdictLabels } from './labels';
import { compareOptions, findingFilter, readSettings, type Settings } from './settings';
import { VerdictWriteError, type VerdictFiles } from './verdicts';
import { navOffset, planDecorations, stepIndex, type DecorationPlan } from './view/decorationPlan';
import { applyFilter, countBySeverity, type SeverityCounts } from './view/filter';
import { buildHoverMarkdown, HOVER_COMMANDS } from './view/hover';
import type { LineIndex } from './view/lineIndex';
import { buildPanelModel, sortFolderRows, type FolderRow, type PanelModel } from './view/panelModel';
import { ComparisonView } from './view/result';
import { baseName, isArticleFileName } from './view/text';
import { checkText, decodeInput, decodeText, formatBytes, type InputProblem } from './input';
import { excerpt } from './core/text';
import { applyAction, clearDismissed, findingKeys, findingsForCursor, judge, NO_JUDGEMENT, type Judgement, type VerdictAction } from './view/verdicts';

/** A problem to show the user, with optional buttons. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly actions: { title: string; run: () => unknown }[] = [],
  ) {
    super(message);
  }
}

export interface DocResult {
  key: string;
  uri: vscode.Uri;
  /** Version of the open document the text matched, if it was open. */
  version: number | undefined;
  view: ComparisonView;
  canonicalUri: vscode.Uri;
  /** Engine time, ms. */
  ms: number;
  /** The canonical text or the settings changed since; a new run is due. */
  stale: boolean;
  plan?: { key: string; plan: DecorationPlan };
  panel?: { key: string; model: PanelModel };
  /** Content keys of the findings (verdicts), computed when first needed. */
  keys?: Map<string, string>;
  judged?: { key: string; judgement: Judgement };
}

export interface FolderRun {
  folder: vscode.Uri;
  canonical: vscode.Uri;
  /** The canonical text the versions were compared with. */
  canonicalText: string;
  /** The panel's overview: most serious first. */
  rows: FolderRow[];
  /** The compared files in name order: the matrix's columns (snapshots of their results). */
  versions: DocResult[];
  /** Files that could not be compared, with why. */
  skipped: { uri: vscode.Uri; name: string; error: string }[];
  options: CompareOptions;
}

/** What the panel and the status bar show for the active editor. */
export interface ActiveState {
  uri?: string;
  name?: string;
  canonicalName?: string;
  /** `none`: not compared; `busy`: comparing; `stale`: out of date; `ready`: results below. */
  status: 'none' | 'busy' | 'stale' | 'ready';
  counts?: SeverityCounts;
  result?: DocResult;
  error?: string;
  /** The active file is the canonical text. */
  isCanonical?: boolean;
}

type Mode = 'interactive' | 'background';

export class Controller implements vscode.Disposable {
  private readonly results = new Map<string, DocResult>();
  private readonly pending = new Map<string, AbortController>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly errors = new Map<string, string>();
  private readonly lastNav = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly selectEmitter = new vscode.EventEmitter<{ uri: string; id: string }>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Changes whenever what the filters let through may have changed. */
  private filterGeneration = 0;
  folderRun: FolderRun | undefined;

  /** Fires when results, the active editor or the busy state change. */
  readonly onDidChange = this.emitter.event;
  /** Fires when a finding is revealed (the panel highlights it). */
  readonly onDidSelect = this.selectEmitter.event;

  constructor(
    private readonly engine: () => EngineClient,
    private readonly decorations: () => DecorationSet,
    private readonly canonical: CanonicalResolver,
    readonly verdicts: VerdictFiles,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.emitter,
      this.selectEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cancelPending(d.uri.toString())),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshEditors()),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
      verdicts.onDidChange(() => {
        this.filterGeneration++;
        this.refreshFolderRows();
        this.refreshEditors();
        this.changed();
      }),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const p of this.pending.values()) p.abort();
    for (const d of this.disposables) d.dispose();
  }

  // ------------------------------------------------------------ queries ---

  /** The result for a document, if it was computed on the document's current text. */
  resultFor(doc: vscode.TextDocument): DocResult | undefined {
    const r = this.results.get(doc.uri.toString());
    if (!r) return undefined;
    if (r.version === doc.version) return r;
    if (r.view.articleSource === doc.getText()) {
      r.version = doc.version;
      return r;
    }
    return undefined;
  }

  resultByKey(key: string): DocResult | undefined {
    return this.results.get(key);
  }

  /** The engine client (the worker starts on first use). */
  engineClient(): EngineClient {
    return this.engine();
  }

  /** The verdicts of a result's findings (from `.wirediff/verdicts.json`), cached until the file changes. */
  judgement(r: DocResult): Judgement {
    const st = this.verdicts.state(r.uri);
    if (!st || st.error) return NO_JUDGEMENT;
    const key = `${st.uri.toString()}#${this.verdicts.generation}`;
    if (r.judged?.key === key) return r.judged.judgement;
    const judgement = judge(() => (r.keys ??= findingKeys(r.view.comparison)), st.store);
    r.judged = { key, judgement };
    return judgement;
  }

  /** Findings the settings and the verdicts let through (dismissed ones are hidden unless `wirediff.showDismissed`). */
  visibleFindings(r: DocResult): Discrepancy[] {
    const s = readSettings(r.uri);
    return applyFilter(r.view.discrepancies, findingFilter(s, s.showDismissed ? undefined : this.judgement(r).dismissed));
  }

  planFor(r: DocResult): DecorationPlan {
    const s = readSettings(r.uri);
    const key = `${this.filterGeneration}|${s.minSeverity}|${s.kinds?.join(',')}|${s.ghostNotes}|${s.ghostNoteLength}`;
    if (r.plan?.key === key) return r.plan.plan;
    const plan = planDecorations(r.view, this.visibleFindings(r), {
      ghostNotes: s.ghostNotes,
      ghostLength: s.ghostNoteLength,
      omittedLabel: vscode.l10n.t('omitted:'),
    });
    r.plan = { key, plan };
    return plan;
  }

  activeState(): ActiveState {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return { status: 'none' };
    const doc = editor.document;
    const key = doc.uri.toString();
    const base = { uri: key, name: baseName(doc.uri.path) };
    const r = this.resultFor(doc);
    const busy = this.pending.has(key) || this.timers.has(key);
    if (r) {
      const counts = countBySeverity(this.visibleFindings(r));
      return { ...base, canonicalName: baseName(r.canonicalUri.path), status: busy ? 'busy' : r.stale ? 'stale' : 'ready', counts, result: r };
    }
    if (busy) return { ...base, status: 'busy' };
    if (this.results.has(key)) return { ...base, status: 'stale', error: this.errors.get(key) };
    const isCanonical = this.canonical.configured(doc.uri)?.toString() === key;
    return { ...base, status: 'none', error: this.errors.get(key), isCanonical };
  }

  /** The panel's data for a result (cached until the result or the dismissals change). */
  panelModel(r: DocResult): PanelModel {
    const key = String(this.filterGeneration);
    if (r.panel?.key === key) return r.panel.model;
    const model = buildPanelModel({
      view: r.view,
      uri: r.key,
      articleName: baseName(r.uri.path),
      canonicalName: baseName(r.canonicalUri.path),
      verdicts: this.judgement(r).verdicts,
      kindLabel,
    });
    r.panel = { key, model };
    return model;
  }

  // ----------------------------------------------------------- compare ---

  /** `wirediff.compareWithCanonical` */
  async compareActive(uri?: vscode.Uri): Promise<DocResult | undefined> {
    let doc: vscode.TextDocument | undefined;
    if (uri instanceof vscode.Uri) {
      // From the Explorer: check the file first (a binary or huge file would not open as text).
      try {
        if (!findOpenDocument(uri)) await this.readText(uri, readSettings(uri));
        doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { preview: false });
      } catch (e) {
        this.report(e instanceof UserError ? e : new UserError(vscode.l10n.t('WireDiff could not open “{0}”: {1}', baseName(uri.path), e instanceof Error ? e.message : String(e))), 'interactive', uri.toString());
        return undefined;
      }
    } else doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: WireDiff compares the active editor with the canonical text.'));
      return undefined;
    }
    return this.compareDocument(doc, 'interactive');
  }

  async compareDocument(doc: vscode.TextDocument, mode: Mode): Promise<DocResult | undefined> {
    const key = doc.uri.toString();
    try {
      const canonicalUri = await this.canonicalFor(doc.uri, mode);
      if (!canonicalUri) return undefined;
      if (canonicalUri.toString() === key) {
        if (mode === 'interactive') {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('“{0}” is the canonical text. Open an article to compare it with.', baseName(doc.uri.path)),
          );
        }
        return undefined;
      }
      const settings = readSettings(doc.uri);
      const canonicalText = await this.readText(canonicalUri, settings);
      const articleText = doc.getText();
      const problem = checkText(articleText, settings.maxFileSize);
      if (problem) throw new UserError(problemMessage(problem, baseName(doc.uri.path)));
      return await this.run(doc.uri, articleText, doc.version, canonicalUri, canonicalText, settings);
    } catch (e) {
      this.report(e, mode, key);
      return undefined;
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
    this.errors.delete(key);
    this.changed();
    const name = baseName(uri.path);
    const size = Math.max(articleText.length, canonicalText.length);
    let userCancelled = false;
    const t0 = Date.now();
    // How long the host's event loop was ever blocked while this comparison ran and its
    // results were drawn (the engine runs in a worker), and how much of it was garbage
    // collection. Other extensions share the host: their work shows here too.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let gcMax = 0;
    let gcTotal = 0;
    const gcObs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        gcMax = Math.max(gcMax, e.duration);
        gcTotal += e.duration;
      }
    });
    gcObs.observe({ entryTypes: ['gc'] });
    const stopMonitors = (): void => {
      lag.disable();
      gcObs.disconnect();
    };
    const reportLag = () =>
      setTimeout(() => {
        stopMonitors();
        this.log.info(`${name}: longest host task while comparing and drawing: ${(lag.max / 1e6).toFixed(0)} ms (GC: longest ${gcMax.toFixed(0)} ms, ${gcTotal.toFixed(0)} ms in all)`);
      }, 400);
    try {
      // The verdict file is read while the engine works, so the first drawing already hides dismissed findings.
      const verdictsReady = this.verdicts.ready(uri).catch(() => undefined);
      const task = (token?: vscode.CancellationToken) => {
        token?.onCancellationRequested(() => {
          userCancelled = true;
          ac.abort();
        });
        return this.engine().compare(canonicalText, articleText, compareOptions(settings), ac.signal, { canonical: canonicalUri.path, article: uri.path });
      };
      const { comparison, ms, canonicalRead, articleRead } =
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
        stopMonitors();
        return undefined; // superseded
      }
      this.pending.delete(key);
      const tHost = performance.now();
      // The document changed while the engine ran: these results are stale.
      const open = findOpenDocument(uri);
      if (open && open.getText() !== articleText) {
        this.log.info(`dropped stale results for ${name} (edited during the comparison)`);
        stopMonitors();
        this.changed();
        return undefined;
      }
      const r: DocResult = {
        key,
        uri,
        version: open ? open.version : version,
        view: viewOf(comparison, articleText, articleRead, canonicalText, canonicalRead),
        canonicalUri,
        ms,
        stale: false,
      };
      this.results.set(key, r);
      this.lastNav.delete(key);
      const tView = performance.now() - tHost;
      const tDraw = performance.now();
      this.refreshEditors(key);
      const c = comparison.summary;
      this.log.info(
        `compared ${name} with ${baseName(canonicalUri.path)}: ${comparison.discrepancies.length} findings (${c.high} high, ${c.medium} medium, ${c.low} low), ` +
          `${comparison.article.sentences.length} article sentences, language ${comparison.language}; engine ${ms.toFixed(0)} ms (worker), ` +
          `host: results ${tView.toFixed(1)} ms, decorations ${(performance.now() - tDraw).toFixed(1)} ms; total ${Date.now() - t0} ms`,
      );
      this.changed();
      reportLag();
      return r;
    } catch (e) {
      stopMonitors();
      if (this.pending.get(key) === ac) this.pending.delete(key);
      this.changed();
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

  /** The canonical to compare `scope` with; in interactive mode, asks when it is unset or missing. */
  private async canonicalFor(scope: vscode.Uri, mode: Mode): Promise<vscode.Uri | undefined> {
    const c = await this.canonical.resolve(scope);
    if (c instanceof vscode.Uri) return c;
    if (mode !== 'interactive') return undefined;
    if (c && 'missing' in c) {
      const choose = vscode.l10n.t('Choose Canonical…');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('The canonical text “{0}” (setting “wirediff.canonical”) was not found.', c.missing),
        choose,
      );
      if (answer !== choose) return undefined;
    }
    const picked = await this.canonical.pick(scope);
    if (!picked) return undefined;
    await this.canonical.set(picked);
    return picked;
  }

  /** Reads a file as text through `workspace.fs` (or the open editor's text), with the input checks. */
  async readText(uri: vscode.Uri, settings: Settings): Promise<string> {
    const name = baseName(uri.path);
    const open = findOpenDocument(uri);
    let text: string;
    if (open) text = open.getText();
    else {
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
    const problem = checkText(text, settings.maxFileSize);
    if (problem) throw new UserError(problemMessage(problem, name));
    return text;
  }

  private report(e: unknown, mode: Mode, key: string): void {
    const msg = e instanceof Error ? e.message : String(e);
    this.errors.set(key, msg);
    this.changed();
    if (e instanceof UserError) {
      this.log.warn(msg);
      if (mode === 'interactive') {
        // A problem with the input, not a failure: a warning.
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
    }
  }

  // -------------------------------------------------------------- live ---

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const key = e.document.uri.toString();
    const settings = readSettings(e.document.uri);
    if (this.results.has(key) || this.pending.has(key)) {
      if (settings.liveUpdate) this.schedule(key, settings.liveUpdateDelay);
      else {
        // Out of date: clear what no longer matches the text, say so in the status bar.
        this.cancelPending(key);
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) this.decorations().clear(ed);
        this.changed();
      }
    }
    // The canonical text itself was edited: every comparison against it is out of date.
    for (const r of this.results.values()) {
      if (r.canonicalUri.toString() !== key) continue;
      r.stale = true;
      if (settings.liveUpdate && findOpenDocument(r.uri)) this.schedule(r.key, settings.liveUpdateDelay);
    }
  }

  private schedule(key: string, delay: number): void {
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const doc = findOpenDocument(vscode.Uri.parse(key));
        if (doc) void this.compareDocument(doc, 'background');
        else this.changed();
      }, delay),
    );
    this.changed();
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('wirediff')) return;
    const rerun = ['canonical', 'similarityThreshold', 'language'].some((k) => e.affectsConfiguration(`wirediff.${k}`));
    this.filterGeneration++;
    if (rerun) {
      this.folderRun = undefined;
      for (const r of this.results.values()) {
        r.stale = true;
        if (findOpenDocument(r.uri)) this.schedule(r.key, 50);
      }
    }
    this.refreshEditors();
    this.changed();
  }

  // -------------------------------------------------------- rendering ---

  private changeQueued = false;

  /**
   * Coalesces change notifications into one, in a task of its own: the panel's
   * work then does not add to the task that applied the decorations (each
   * stays well under the ~50 ms the host may be busy).
   */
  changed(): void {
    if (this.changeQueued) return;
    this.changeQueued = true;
    setTimeout(() => {
      this.changeQueued = false;
      void vscode.commands.executeCommand('setContext', 'wirediff.hasResults', !!this.activeState().result);
      void vscode.commands.executeCommand('setContext', 'wirediff.hasMatrix', !!this.folderRun?.versions.length);
      this.emitter.fire();
    }, 0);
  }

  refreshEditors(onlyKey?: string): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (onlyKey && key !== onlyKey) continue;
      const r = this.resultFor(editor.document);
      if (r) {
        const t0 = performance.now();
        const plan = this.planFor(r);
        const t1 = performance.now();
        this.decorations().apply(editor, plan, r.view.articleLines);
        this.log.info(`decorations of ${baseName(r.uri.path)}: plan ${(t1 - t0).toFixed(1)} ms, setDecorations ${(performance.now() - t1).toFixed(1)} ms`);
        if (r.stale && !this.timers.has(key) && !this.pending.has(key) && readSettings(r.uri).liveUpdate) this.schedule(key, 50);
      } else if (this.results.has(key) && !this.timers.has(key) && !this.pending.has(key)) {
        this.decorations().clear(editor);
      }
    }
  }

  // -------------------------------------------------------- navigation ---

  async navigate(dir: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const r = editor && this.resultFor(editor.document);
    if (!editor || !r) {
      showNoComparison();
      return;
    }
    const plan = this.planFor(r);
    const offsets = plan.ordered.map((d) => navOffset(r.view, d));
    const cursor = r.view.articleLines.offsetAt(editor.selection.start);
    const i = stepIndex(offsets, cursor, dir, this.lastNav.get(r.key));
    if (i < 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No discrepancies to show (check the severity and kind filters).'));
      return;
    }
    this.lastNav.set(r.key, i);
    this.reveal(editor, r, plan.ordered[i]!, `${i + 1}/${offsets.length}`);
  }

  /** Opens the article and selects a finding (panel clicks). */
  async revealFinding(uriString: string, id: string): Promise<void> {
    const uri = vscode.Uri.parse(uriString, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn, preserveFocus: false, preview: false });
    const r = this.resultFor(doc);
    const d = r?.view.byId(id);
    if (!r || !d) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This finding is out of date: the article changed since it was compared.'));
      return;
    }
    const plan = this.planFor(r);
    const i = plan.ordered.indexOf(d);
    if (i >= 0) this.lastNav.set(r.key, i);
    this.reveal(editor, r, d);
  }

  private reveal(editor: vscode.TextEditor, r: DocResult, d: Discrepancy, position?: string): void {
    const range = toRange(r.view.articleLines, r.view.articleTarget(d));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const prefix = position ? `${position} · ` : '';
    vscode.window.setStatusBarMessage(`$(diff) ${prefix}${severityLabel(d.severity)} · ${kindLabel(d.kind)}: ${d.reason}`, 6000);
    this.selectEmitter.fire({ uri: r.key, id: d.id });
  }

  /** `wirediff.revealCanonical`: the canonical sentence of a finding, beside the article. */
  async revealCanonical(arg?: { uri?: string; id?: string }): Promise<void> {
    const r = arg?.uri ? this.results.get(arg.uri) : this.activeState().result;
    const d = r && arg?.id ? r.view.byId(arg.id) : undefined;
    if (!r || !d) return;
    const span = r.view.canonicalTarget(d);
    const doc = await vscode.workspace.openTextDocument(r.canonicalUri);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    if (span) {
      const range = toRange(r.view.canonicalLines, span);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    }
  }

  /** `wirediff.openSideBySide`: the canonical beside the article, at the sentence matching the cursor's. */
  async openSideBySide(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first.'));
      return;
    }
    let r = this.resultFor(editor.document);
    if (!r) r = await this.compareDocument(editor.document, 'interactive');
    if (!r) return;
    const offset = r.view.articleLines.offsetAt(editor.selection.active);
    const c: Comparison = r.view.comparison;
    const sentences = c.article.sentences;
    let idx = sentences.findIndex((s) => offset <= s.end);
    if (idx < 0) idx = sentences.length - 1;
    let canonicalIds: number[] = [];
    for (let k = idx; k >= 0 && !canonicalIds.length; k--) {
      const a = c.alignments.find((al) => al.article.includes(sentences[k]!.id));
      if (a) canonicalIds = a.canonical;
    }
    const doc = await vscode.workspace.openTextDocument(r.canonicalUri);
    const canonicalEditor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    const first = c.canonical.sentences[canonicalIds[0] ?? -1];
    if (first) {
      const range = toRange(r.view.canonicalLines, { start: first.start, end: first.end });
      canonicalEditor.selection = new vscode.Selection(range.start, range.end);
      canonicalEditor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    }
  }

  // ------------------------------------------------------------- hover ---

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const r = this.resultFor(doc);
    if (!r) return undefined;
    const found = r.view.findingsAt(r.view.articleLines.offsetAt(pos), this.visibleFindings(r));
    if (!found) return undefined;
    const md = new vscode.MarkdownString(
      buildHoverMarkdown({
        view: r.view,
        hits: found.hits,
        articleUri: r.key,
        canonicalName: baseName(r.canonicalUri.path),
        labels: hoverLabels(),
        verdicts: this.judgement(r).verdicts,
      }),
      true,
    );
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(r.view.articleLines, found.range));
  }

  // ------------------------------------------------------ other commands ---

  // ---------------------------------------------------------- verdicts ---

  /**
   * Gives a finding a verdict (or clears it), in `.wirediff/verdicts.json` of the
   * article's workspace folder. `arg` names the article and the finding (hover
   * links, panel buttons); without it, the finding under the cursor.
   */
  async setVerdict(arg: { uri?: string; id?: string } | undefined, action: VerdictAction, note?: string): Promise<boolean> {
    const target = isFindingArg(arg) ? this.findingById(arg.uri, arg.id) : await this.pickFinding(action);
    if (!target) return false;
    const { r, d } = target;
    const s = readSettings(r.uri);
    const author = s.verdictAuthor || process.env['WIREDIFF_AUTHOR'] || undefined;
    try {
      const written = await this.verdicts.update(r.uri, (store) => {
        const key = (r.keys ??= findingKeys(r.view.comparison)).get(d.id);
        if (action === 'clear' && (!key || !store.verdicts[key])) return null;
        return applyAction(store, r.view.comparison, d, action, { note, author, time: new Date().toISOString() });
      });
      if (written) {
        const what = `${kindLabel(d.kind)}: ${excerpt(d.reason, 80)}`;
        const msg =
          action === 'clear'
            ? vscode.l10n.t('Verdict cleared: {0}', what)
            : action === 'dismissed' && !s.showDismissed
              ? vscode.l10n.t('Dismissed (hidden; “WireDiff: Restore Dismissed Findings” brings it back): {0}', what)
              : vscode.l10n.t('{0}: {1}', verdictLabels()[action], what);
        vscode.window.setStatusBarMessage(`$(law) ${msg}`, 6000);
      }
      return written;
    } catch (e) {
      this.reportVerdictError(e);
      return false;
    }
  }

  /** `wirediff.setVerdict` from the palette: the finding (under the cursor first), the verdict, an optional note. */
  async setVerdictInteractive(arg?: { uri?: string; id?: string }): Promise<void> {
    const target = isFindingArg(arg) ? this.findingById(arg.uri, arg.id) : await this.pickFinding();
    if (!target) return;
    const current = this.judgement(target.r).verdicts.get(target.d.id)?.verdict;
    const labels = verdictLabels();
    const items: (vscode.QuickPickItem & { action: VerdictAction })[] = [
      { action: 'confirmed', label: `$(verified) ${labels.confirmed}`, detail: vscode.l10n.t('A real departure from the canonical text that matters.') },
      { action: 'benign', label: `$(check) ${labels.benign}`, detail: vscode.l10n.t('Real, but harmless (house style, a fair paraphrase).') },
      { action: 'dismissed', label: `$(eye-closed) ${labels.dismissed}`, detail: vscode.l10n.t('Not worth showing (a false positive, page chrome): hidden everywhere.') },
    ];
    if (current) items.push({ action: 'clear', label: `$(discard) ${vscode.l10n.t('Clear verdict')}`, detail: vscode.l10n.t('Forget the verdict: the finding is shown as new.') });
    for (const i of items) if (i.action === current) i.description = vscode.l10n.t('current');
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Verdict on: {0}', excerpt(`${kindLabel(target.d.kind)} — ${target.d.reason}`, 100)),
      placeHolder: vscode.l10n.t('Saved in .wirediff/verdicts.json (commit it to share verdicts with your team)'),
    });
    if (!pick) return;
    let note: string | undefined;
    if (pick.action !== 'clear') {
      const old = this.judgement(target.r).verdicts.get(target.d.id)?.note;
      note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note (optional)'),
        prompt: vscode.l10n.t('Why, for your team: for example “checked with the desk”. Leave empty for none.'),
        value: typeof old === 'string' ? old : '',
      });
      if (note === undefined) return;
    }
    await this.setVerdict({ uri: target.r.key, id: target.d.id }, pick.action, note?.trim());
  }

  /** `wirediff.restoreDismissed`: clears the dismissals of the active article's findings (or one of them). */
  async restore(arg?: { uri?: string; id?: string }): Promise<void> {
    const r = arg?.uri ? this.results.get(arg.uri) : this.activeState().result;
    if (!r) {
      showNoComparison();
      return;
    }
    let cleared = 0;
    try {
      await this.verdicts.update(r.uri, (store) => {
        const res = clearDismissed(store, r.view.comparison, arg?.id ? new Set([arg.id]) : undefined);
        cleared = res.cleared;
        return res.cleared ? res.store : null;
      });
    } catch (e) {
      this.reportVerdictError(e);
      return;
    }
    vscode.window.setStatusBarMessage(
      cleared ? `$(law) ${vscode.l10n.t('{0} dismissed finding(s) restored.', cleared)}` : `$(law) ${vscode.l10n.t('No dismissed findings in this article.')}`,
      5000,
    );
  }

  /** `wirediff.toggleShowDismissed`: one setting for every view (editor, panel, matrix, reports). */
  async setShowDismissed(value?: boolean): Promise<void> {
    const c = vscode.workspace.getConfiguration('wirediff');
    const next = value ?? !readSettings().showDismissed;
    const i = c.inspect<boolean>('showDismissed');
    const target =
      i?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : i?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    await c.update('showDismissed', next, target);
  }

  private findingById(uri: string, id: string): { r: DocResult; d: Discrepancy } | undefined {
    const r = this.results.get(uri);
    const d = r?.view.byId(id);
    if (!r || !d) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This finding is out of date: the article changed since it was compared.'));
      return undefined;
    }
    return { r, d };
  }

  /** The finding under the cursor of the active editor, else one picked from the article's findings. */
  private async pickFinding(action?: VerdictAction): Promise<{ r: DocResult; d: Discrepancy } | undefined> {
    const editor = vscode.window.activeTextEditor;
    const r = editor && this.resultFor(editor.document);
    if (!editor || !r) {
      showNoComparison();
      return undefined;
    }
    const s = readSettings(r.uri);
    const all = action === 'clear' ? [...this.judgement(r).verdicts.keys()].map((id) => r.view.byId(id)!).filter(Boolean) : applyFilter(r.view.discrepancies, findingFilter(s, s.showDismissed ? undefined : this.judgement(r).dismissed));
    if (!all.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No findings to judge in this article.'));
      return undefined;
    }
    const found = findingsForCursor(r.view, r.view.articleLines.offsetAt(editor.selection.active), all);
    if (found.exact) return { r, d: found.exact };
    const here = r.view.findingsAt(r.view.articleLines.offsetAt(editor.selection.active), all)?.hits ?? [];
    const order = found.candidates;
    const verdicts = this.judgement(r).verdicts;
    const labels = verdictLabels();
    const pick = await vscode.window.showQuickPick(
      order.map((d) => ({
        d,
        label: `${severityLabel(d.severity)} · ${kindLabel(d.kind)}`,
        description: [verdicts.get(d.id) ? labels[verdicts.get(d.id)!.verdict] : '', here.includes(d) ? vscode.l10n.t('at the cursor') : ''].filter(Boolean).join(' · '),
        detail: excerpt(d.reason, 160),
      })),
      { title: vscode.l10n.t('Which finding?'), matchOnDetail: true },
    );
    return pick ? { r, d: pick.d } : undefined;
  }

  private reportVerdictError(e: unknown): void {
    if (e instanceof VerdictWriteError) {
      this.log.warn(e.message);
      const open = vscode.l10n.t('Open Verdict File');
      void vscode.window.showWarningMessage(e.message, ...(e.canOpen ? [open] : [])).then((p) => {
        if (p === open) void vscode.window.showTextDocument(e.storeUri, { preview: false });
      });
      return;
    }
    const msg = e instanceof Error ? e.message : String(e);
    this.log.error(msg);
    void vscode.window.showErrorMessage(vscode.l10n.t('WireDiff could not save the verdict: {0}', msg));
  }

  clear(): void {
    const key = vscode.window.activeTextEditor?.document.uri.toString();
    const keys = key && (this.results.has(key) || this.pending.has(key)) ? [key] : [...this.results.keys()];
    for (const k of keys) {
      this.cancelPending(k);
      const t = this.timers.get(k);
      if (t) clearTimeout(t);
      this.timers.delete(k);
      this.results.delete(k);
      this.errors.delete(k);
      for (const ed of vscode.window.visibleTextEditors) if (ed.document.uri.toString() === k) this.decorations().clear(ed);
    }
    if (!key || !keys.includes(key) || keys.length > 1) this.folderRun = undefined;
    this.changed();
  }

  async setCanonical(uri?: vscode.Uri): Promise<void> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      const picked = await this.canonical.pick(undefined);
      if (picked) await this.setCanonical(picked);
      return;
    }
    const where = await this.canonical.set(target);
    const name = baseName(target.path);
    void vscode.window.showInformationMessage(
      where === 'workspace'
        ? vscode.l10n.t('“{0}” is now the canonical text for this workspace.', name)
        : vscode.l10n.t('“{0}” is the canonical text for this window (open a folder to remember it).', name),
    );
    this.changed();
  }

  // ----------------------------------------------------------- reports ---

  /**
   * `wirediff.exportReport` (and `wirediff.exportEvidenceReport`): the engine's
   * evidence report, HTML or Markdown, of the active article or of every version
   * of the last folder run. The SHA-256 of each input is taken here, from the
   * bytes of the saved file (or of the text, when the editor holds unsaved
   * changes, and the report says so). Dismissed findings stay out unless
   * `wirediff.showDismissed`.
   */
  async exportReport(preset: { format?: 'html' | 'markdown'; scope?: 'article' | 'folder' } = {}): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const run = this.folderRun;
    let article = editor ? this.resultFor(editor.document) : this.activeState().result;
    let format = preset.format;
    let scope = preset.scope ?? (format && run && !article ? 'folder' : undefined);
    if (!format || !scope) {
      type Item = vscode.QuickPickItem & { format: 'html' | 'markdown'; scope: 'article' | 'folder' };
      const items: Item[] = [];
      const folderName = run ? baseName(run.folder.path) : '';
      if (run && run.versions.length) {
        items.push(
          { format: 'html', scope: 'folder', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName), detail: vscode.l10n.t('Matrix, lineage, findings with reasons, texts side by side, SHA-256 of every file; self-contained, prints well.') },
          { format: 'markdown', scope: 'folder', label: `$(markdown) ${vscode.l10n.t('Markdown evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName) },
        );
      }
      const name = article ? baseName(article.uri.path) : editor ? baseName(editor.document.uri.path) : '';
      if (editor || article) {
        items.push(
          { format: 'html', scope: 'article', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: this article')}`, description: name },
          { format: 'markdown', scope: 'article', label: `$(markdown) ${vscode.l10n.t('Markdown report: this article')}`, description: name },
        );
      }
      const usable = items.filter((i) => (!format || i.format === format) && (!scope || i.scope === scope));
      if (!usable.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to report yet: compare an article, or all files in a folder, first.'));
        return;
      }
      const pick = usable.length === 1 ? usable[0]! : await vscode.window.showQuickPick(usable, { title: vscode.l10n.t('Export Report'), matchOnDescription: true });
      if (!pick) return;
      format = pick.format;
      scope = pick.scope;
    }
    if (scope === 'article' && !article && editor) article = await this.compareDocument(editor.document, 'interactive');
    const subject = scope === 'folder' ? run : article;
    if (!subject) {
      if (scope === 'folder') void vscode.window.showInformationMessage(vscode.l10n.t('No folder compared yet: run “WireDiff: Compare All Files in Folder” first.'));
      return;
    }
    const key = scope === 'article' ? article!.key : '';
    try {
      const versions = scope === 'folder' ? run!.versions : [article!];
      if (!versions.length) return;
      const canonicalUri = scope === 'folder' ? run!.canonical : article!.canonicalUri;
      // What the engine compared (for a web page, the text read out of it) and the file's text.
      const canonicalView = (scope === 'folder' ? run!.versions[0]! : article!).view;
      const s = readSettings(versions[0]!.uri);
      const store = await this.verdicts.ready(versions[0]!.uri);
      const input = {
        format,
        canonical: await reportFile(canonicalUri, canonicalView.canonicalSource, canonicalView.canonicalText),
        versions: await Promise.all(versions.map(async (r) => ({ ...(await reportFile(r.uri, r.view.articleSource, r.view.articleText)), comparison: r.view.comparison }))),
        verdicts: store && !store.error ? store.store : undefined,
        showDismissed: s.showDismissed,
        options: scope === 'folder' ? run!.options : compareOptions(s),
        tool: { name: 'WireDiff for VS Code', version: String(vscode.extensions.getExtension('wirediff.wirediff')?.packageJSON?.version ?? '') },
        generatedAt: new Date().toISOString(),
      };
      const body = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('WireDiff: writing the report…') },
        () => this.engine().report(input),
      );
      const ext = format === 'html' ? 'html' : 'md';
      const stem = scope === 'folder' ? baseName(run!.folder.path) : baseName(article!.uri.path).replace(/\.[^.]+$/, '');
      const dir = scope === 'folder' ? run!.folder : article!.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(article!.uri, '..');
      const target = await vscode.window.showSaveDialog({
        defaultUri: dir ? vscode.Uri.joinPath(dir, `${stem || 'report'}.wirediff.${ext}`) : undefined,
        filters: format === 'html' ? { [vscode.l10n.t('HTML')]: ['html'] } : { [vscode.l10n.t('Markdown')]: ['md'] },
        saveLabel: vscode.l10n.t('Export Report'),
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
      this.log.info(`report written to ${target.toString(true)} (${format}, ${versions.length} version(s), ${Math.round(body.length / 1024)} KB)`);
      if (format === 'markdown') {
        await vscode.window.showTextDocument(target, { preview: false });
        return;
      }
      const browser = vscode.l10n.t('Open in Browser');
      const text = vscode.l10n.t('Open as Text');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t('Evidence report saved: {0}', vscode.workspace.asRelativePath(target, false)),
        browser,
        text,
      );
      if (pick === browser) await vscode.env.openExternal(target);
      else if (pick === text) await vscode.window.showTextDocument(target, { preview: false });
    } catch (e) {
      this.report(e, 'interactive', key);
    }
  }

  /** `wirediff.compareAllInFolder`: every text, Markdown and HTML file of a folder against the canonical. */
  async compareFolder(folderArg?: vscode.Uri, options: { focusPanel?: boolean } = {}): Promise<FolderRun | undefined> {
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
    if (!folder) return;
    const canonicalUri = await this.canonicalFor(folder, 'interactive').catch((e) => (this.report(e, 'interactive', ''), undefined));
    if (!canonicalUri) return;
    const settings = readSettings(folder);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('WireDiff could not list “{0}”: {1}', baseName(folder.path), String(e)));
      return;
    }
    const files = entries
      // Articles only: not WireDiff's own reports (NAME.wirediff.md / .html).
      .filter(([n, t]) => t & vscode.FileType.File && isArticleFileName(n) && !/\.wirediff\.(md|html?)$/i.test(n))
      .map(([n]) => vscode.Uri.joinPath(folder!, n))
      .filter((u) => u.toString() !== canonicalUri.toString())
      .sort((a, b) => a.path.localeCompare(b.path));
    if (!files.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No text, Markdown or HTML files besides the canonical text in “{0}”.', baseName(folder.path)));
      return;
    }
    let canonicalText: string;
    try {
      canonicalText = await this.readText(canonicalUri, settings);
    } catch (e) {
      this.report(e, 'interactive', '');
      return;
    }
    const rows: FolderRow[] = [];
    const versions: DocResult[] = [];
    const skipped: FolderRun['skipped'] = [];
    await this.verdicts.ready(files[0]!).catch(() => undefined);
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('WireDiff: comparing {0} files with “{1}”', files.length, baseName(canonicalUri.path)),
        cancellable: true,
      },
      async (progress, token) => {
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) break;
          const name = baseName(uri.path);
          progress.report({ message: `${i + 1}/${files.length}: ${name}`, increment: 100 / files.length });
          const ac = new AbortController();
          const sub = token.onCancellationRequested(() => ac.abort());
          try {
            const text = await this.readText(uri, settings);
            const { comparison, ms, canonicalRead, articleRead } = await this.engine().compare(canonicalText, text, compareOptions(settings), ac.signal, {
              canonical: canonicalUri.path,
              article: uri.path,
            });
            const open = findOpenDocument(uri);
            const r: DocResult = {
              key: uri.toString(),
              uri,
              version: open && open.getText() === text ? open.version : undefined,
              view: viewOf(comparison, text, articleRead, canonicalText, canonicalRead),
              canonicalUri,
              ms,
              stale: false,
            };
            this.results.set(r.key, r);
            versions.push(r);
            rows.push(this.folderRow(r));
          } catch (e) {
            if (e instanceof CancelledError) break;
            const error = e instanceof Error ? e.message : String(e);
            rows.push({ uri: uri.toString(), name, error });
            skipped.push({ uri, name, error });
          } finally {
            sub.dispose();
          }
        }
      },
    );
    const run: FolderRun = { folder, canonical: canonicalUri, canonicalText, rows: sortFolderRows(rows), versions, skipped, options: compareOptions(settings) };
    this.folderRun = run;
    this.log.info(`compared ${rows.length} files in ${folder.toString(true)} with ${baseName(canonicalUri.path)}`);
    this.refreshEditors();
    this.changed();
    if (options.focusPanel !== false) await vscode.commands.executeCommand('wirediff.panel.focus');
    return run;
  }

  private folderRow(r: DocResult): FolderRow {
    const visible = this.visibleFindings(r);
    return { uri: r.key, name: baseName(r.uri.path), counts: countBySeverity(visible), top: visible[0]?.reason };
  }

  /** The folder overview's counts after a verdict or setting change (dismissed findings are not counted). */
  private refreshFolderRows(): void {
    const run = this.folderRun;
    if (!run) return;
    const errors = run.rows.filter((x) => x.error);
    run.rows = sortFolderRows([...run.versions.map((r) => this.folderRow(r)), ...errors]);
  }

  // ------------------------------------------------------------ matrix ---

  /**
   * Opens a version of a folder run at some of its sentences (a matrix cell), with
   * its decorations: the run's results are the document's while its text is the
   * one compared; an edited document is searched for the sentence's text.
   */
  async revealInVersion(
    snapshot: DocResult,
    at: { sentences: number[]; finding: string | null; label: string; row: string; column?: vscode.ViewColumn },
  ): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(snapshot.uri);
    const text = doc.getText();
    const view = snapshot.view;
    const same = text === view.articleSource;
    if (same && !this.resultFor(doc)) {
      snapshot.version = doc.version;
      this.results.set(snapshot.key, snapshot);
    }
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: at.column ?? vscode.ViewColumn.Beside, preview: false, preserveFocus: false });
    const ss = at.sentences.map((i) => view.comparison.article.sentences[i]).filter((x) => !!x);
    const d = at.finding ? view.byId(at.finding) : undefined;
    const span = ss.length ? { start: Math.min(...ss.map((x) => x.start)), end: Math.max(...ss.map((x) => x.end)) } : d ? view.articleTarget(d) : null;
    if (!span) {
      vscode.window.setStatusBarMessage(`$(diff) ${vscode.l10n.t('{0} does not carry row {1}.', at.label, at.row)}`, 6000);
      return;
    }
    const range = rangeInDocument(doc, same, view.articleLines, span, view.articleText.slice(span.start, span.end));
    if (!range) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” changed since the matrix was made: compare the folder again.', baseName(snapshot.uri.path)));
      return;
    }
    // The cursor at the start of the sentence, the sentence selected.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const what = d ? `${severityLabel(d.severity)} · ${kindLabel(d.kind)}: ${d.reason}` : ss.length ? vscode.l10n.t('carried verbatim') : '';
    vscode.window.setStatusBarMessage(`$(diff) ${at.label} · ${vscode.l10n.t('row {0}', at.row)}${what ? ' · ' + what : ''}`, 8000);
    if (d) this.selectEmitter.fire({ uri: snapshot.key, id: d.id });
  }

  /** Opens the canonical text of a folder run at one of its sentences (a matrix row). */
  async revealCanonicalSentence(run: FolderRun, id: number, column: vscode.ViewColumn = vscode.ViewColumn.Beside): Promise<void> {
    const view = run.versions[0]?.view;
    const sentence = view?.comparison.canonical.sentences[id];
    const doc = await vscode.workspace.openTextDocument(run.canonical);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
    if (!view || !sentence) return;
    const range = rangeInDocument(doc, doc.getText() === run.canonicalText, view.canonicalLines, sentence, sentence.text);
    if (!range) return;
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/**
 * Where a span of a compared text stands in its document: by offset while the document
 * holds the text that was compared (`same`), else where `needle` (the span's text) is
 * found in the edited document, if it still is.
 */
function rangeInDocument(doc: vscode.TextDocument, same: boolean, lines: LineIndex, span: { start: number; end: number }, needle: string): vscode.Range | undefined {
  if (same) return toRange(lines, span);
  const i = needle ? doc.getText().indexOf(needle) : -1;
  return i >= 0 ? new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length)) : undefined;
}

/** The message for a command that needs a comparison of the active editor and finds none. */
function showNoComparison(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('No WireDiff comparison for this editor. Run “WireDiff: Compare with Canonical” first.'));
}

/** The view of a comparison; a side read out of a web page keeps its source, so ranges land in the document. */
function viewOf(comparison: Comparison, articleText: string, articleRead: ReadText | null | undefined, canonicalText: string, canonicalRead: ReadText | null | undefined): ComparisonView {
  return new ComparisonView(comparison, articleRead?.text ?? articleText, canonicalRead?.text ?? canonicalText, {
    article: articleRead ? { source: articleText, read: articleRead } : null,
    canonical: canonicalRead ? { source: canonicalText, read: canonicalRead } : null,
  });
}

export function toRange(lines: LineIndex, span: { start: number; end: number }): vscode.Range {
  const { start: a, end: b } = lines.spanAt(span);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/**
 * A report's input: the SHA-256 and size of the saved file's bytes when they hold
 * exactly `source`; else (unsaved changes) of the source's UTF-8, and the path says so.
 * `text` is what the engine compared (for a web page, the text read out of `source`).
 */
async function reportFile(uri: vscode.Uri, source: string, text: string): Promise<ReportFile> {
  const saved = await savedBytes(uri, source);
  const bytes = saved ?? new TextEncoder().encode(source);
  const path = uri.scheme === 'untitled' ? baseName(uri.path) : vscode.workspace.asRelativePath(uri, false);
  return {
    path: saved ? path : vscode.l10n.t('{0} (unsaved text in the editor)', path),
    text,
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

/** A finding named by a hover link or a panel button: `{uri, id}` strings. */
function isFindingArg(arg: unknown): arg is { uri: string; id: string } {
  const a = arg as { uri?: unknown; id?: unknown } | undefined;
  return !!a && typeof a === 'object' && typeof a.uri === 'string' && typeof a.id === 'string' && !!a.uri && !!a.id;
}

function findOpenDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
}

function problemMessage(p: InputProblem, name: string): string {
  switch (p.kind) {
    case 'empty':
      return vscode.l10n.t('“{0}” is empty: there is nothing to compare.', name);
    case 'binary':
      return vscode.l10n.t('“{0}” looks like a binary file (it contains NUL bytes). WireDiff compares text, Markdown and HTML.', name);
    case 'tooLarge':
      return vscode.l10n.t('“{0}” is too large to compare ({1}; the limit is {2}, see the setting “wirediff.maxFileSize”).', name, formatBytes(p.size), formatBytes(p.limit));
    case 'notUtf8':
      return vscode.l10n.t('“{0}” is not valid UTF-8 text. Save it as UTF-8 and compare again.', name);
    case 'noWords':
      return vscode.l10n.t('“{0}” has no words to compare.', name);
  }
}
