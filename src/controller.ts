/**
 * The VS Code side of WireDiff: runs the engine (in a worker) on the active
 * document and the canonical text, keeps each document's results, and shows
 * them through decorations, hovers, the status bar and the panel. Every
 * analysis comes from the engine; this file only moves data and maps offsets.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CanonicalResolver } from './canonical';
import type { Comparison, Discrepancy } from './core/types';
import type { DecorationSet } from './decorations';
import { CancelledError, TimeoutError, type EngineClient } from './engine/client';
import { hoverLabels, kindLabel, severityLabel } from './labels';
import { compareOptions, findingFilter, readSettings, type Settings } from './settings';
import type { VerdictStore } from './verdicts';
import { navOffset, planDecorations, stepIndex, type DecorationPlan } from './view/decorationPlan';
import { applyFilter, countBySeverity, type SeverityCounts } from './view/filter';
import { buildHoverMarkdown, HOVER_COMMANDS } from './view/hover';
import type { LineIndex } from './view/lineIndex';
import { buildPanelModel, sortFolderRows, type FolderRow, type PanelModel } from './view/panelModel';
import { ComparisonView } from './view/result';
import { baseName, checkText, decodeText, formatSize, isArticleFileName, looksBinary, type InputProblem } from './view/text';

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
}

export interface FolderRun {
  folder: vscode.Uri;
  canonical: vscode.Uri;
  rows: FolderRow[];
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
    private readonly verdicts: VerdictStore,
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
      verdicts.onDidChange((uri) => {
        this.filterGeneration++;
        this.refreshEditors(uri);
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
    if (r.view.articleText === doc.getText()) {
      r.version = doc.version;
      return r;
    }
    return undefined;
  }

  resultByKey(key: string): DocResult | undefined {
    return this.results.get(key);
  }

  /** Findings the settings and the user's dismissals let through. */
  visibleFindings(r: DocResult): Discrepancy[] {
    const s = readSettings(r.uri);
    return applyFilter(r.view.discrepancies, findingFilter(s, this.verdicts.dismissed(r.key)));
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
      dismissed: this.verdicts.dismissed(r.key),
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
    // How long the host's event loop was ever blocked while this comparison ran and
    // its results were drawn (the engine runs in a worker: this is our own work).
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const reportLag = () =>
      setTimeout(() => {
        lag.disable();
        this.log.info(`${name}: longest host task while comparing and drawing: ${(lag.max / 1e6).toFixed(0)} ms`);
      }, 400);
    try {
      const task = (token?: vscode.CancellationToken) => {
        token?.onCancellationRequested(() => {
          userCancelled = true;
          ac.abort();
        });
        return this.engine().compare(canonicalText, articleText, compareOptions(settings), ac.signal);
      };
      const { comparison, ms } =
        size > settings.largeFileThreshold
          ? await vscode.window.withProgress(
              {
                location: vscode.ProgressLocation.Notification,
                title: vscode.l10n.t('WireDiff: comparing “{0}” ({1})…', name, formatSize(size)),
                cancellable: true,
              },
              (_p, token) => task(token),
            )
          : await vscode.window.withProgress(
              { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('WireDiff: comparing…') },
              () => task(),
            );
      if (this.pending.get(key) !== ac) {
        lag.disable();
        return undefined; // superseded
      }
      this.pending.delete(key);
      const tHost = performance.now();
      // The document changed while the engine ran: these results are stale.
      const open = findOpenDocument(uri);
      if (open && open.getText() !== articleText) {
        this.log.info(`dropped stale results for ${name} (edited during the comparison)`);
        lag.disable();
        this.changed();
        return undefined;
      }
      const r: DocResult = {
        key,
        uri,
        version: open ? open.version : version,
        view: new ComparisonView(comparison, articleText, canonicalText),
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
      lag.disable();
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
      if (looksBinary(bytes)) throw new UserError(problemMessage({ kind: 'binary' }, name));
      text = decodeText(bytes);
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
      void vscode.window.showInformationMessage(vscode.l10n.t('No WireDiff comparison for this editor. Run “WireDiff: Compare with Canonical” first.'));
      return;
    }
    const plan = this.planFor(r);
    const offsets = plan.ordered.map((d) => navOffset(r.view, d));
    const cursor = editor.document.offsetAt(editor.selection.start);
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
    const offset = editor.document.offsetAt(editor.selection.active);
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
    const found = r.view.findingsAt(doc.offsetAt(pos), this.visibleFindings(r));
    if (!found) return undefined;
    const md = new vscode.MarkdownString(
      buildHoverMarkdown({ view: r.view, hits: found.hits, articleUri: r.key, canonicalName: baseName(r.canonicalUri.path), labels: hoverLabels() }),
      true,
    );
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(r.view.articleLines, found.range));
  }

  // ------------------------------------------------------ other commands ---

  async dismiss(arg?: { uri?: string; id?: string }): Promise<void> {
    if (!arg?.uri || !arg.id) return;
    await this.verdicts.dismiss(arg.uri, arg.id);
  }

  async restore(arg?: { uri?: string; id?: string }): Promise<void> {
    const uri = arg?.uri ?? this.activeState().uri;
    if (uri) await this.verdicts.restore(uri, arg?.id);
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

  async exportReport(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    let r = editor ? this.resultFor(editor.document) : this.activeState().result;
    if (!r && editor) r = await this.compareDocument(editor.document, 'interactive');
    if (!r) return;
    try {
      // Dismissed findings stay out of the report, as out of the editor.
      const dismissed = this.verdicts.dismissed(r.key);
      const c = r.view.comparison;
      const comparison = dismissed.size ? { ...c, discrepancies: c.discrepancies.filter((d) => !dismissed.has(d.id)) } : c;
      const markdown = await this.engine().renderMarkdown({
        canonical: { path: vscode.workspace.asRelativePath(r.canonicalUri, false), text: r.view.canonicalText, bytes: await savedBytes(r.canonicalUri, r.view.canonicalText) },
        article: { path: vscode.workspace.asRelativePath(r.uri, false), text: r.view.articleText, bytes: await savedBytes(r.uri, r.view.articleText) },
        comparison,
        tool: { name: 'WireDiff for VS Code', version: String(vscode.extensions.getExtension('wirediff.wirediff')?.packageJSON?.version ?? '') },
        generatedAt: new Date().toISOString(),
      });
      const name = baseName(r.uri.path).replace(/\.[^.]+$/, '');
      const dir = r.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(r.uri, '..');
      const target = await vscode.window.showSaveDialog({
        defaultUri: dir ? vscode.Uri.joinPath(dir, `${name}.wirediff.md`) : undefined,
        filters: { [vscode.l10n.t('Markdown')]: ['md'] },
        saveLabel: vscode.l10n.t('Export Report'),
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
      await vscode.window.showTextDocument(target, { preview: false });
      this.log.info(`report written to ${target.toString(true)}`);
    } catch (e) {
      this.report(e, 'interactive', r.key);
    }
  }

  /** `wirediff.compareAllInFolder`: every text, Markdown and HTML file of a folder against the canonical. */
  async compareFolder(folderArg?: vscode.Uri): Promise<void> {
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
            const { comparison, ms } = await this.engine().compare(canonicalText, text, compareOptions(settings), ac.signal);
            const open = findOpenDocument(uri);
            const r: DocResult = {
              key: uri.toString(),
              uri,
              version: open && open.getText() === text ? open.version : undefined,
              view: new ComparisonView(comparison, text, canonicalText),
              canonicalUri,
              ms,
              stale: false,
            };
            this.results.set(r.key, r);
            const visible = this.visibleFindings(r);
            rows.push({ uri: r.key, name, counts: countBySeverity(visible), top: visible[0]?.reason });
          } catch (e) {
            if (e instanceof CancelledError) break;
            rows.push({ uri: uri.toString(), name, error: e instanceof Error ? e.message : String(e) });
          } finally {
            sub.dispose();
          }
        }
      },
    );
    this.folderRun = { folder, canonical: canonicalUri, rows: sortFolderRows(rows) };
    this.log.info(`compared ${rows.length} files in ${folder.toString(true)} with ${baseName(canonicalUri.path)}`);
    this.refreshEditors();
    this.changed();
    void vscode.commands.executeCommand('wirediff.panel.focus');
  }
}

export function toRange(lines: LineIndex, span: { start: number; end: number }): vscode.Range {
  const a = lines.positionAt(span.start);
  const b = lines.positionAt(span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** The file's bytes when they hold exactly `text` (so a report's SHA-256 is that of the file), else undefined. */
async function savedBytes(uri: vscode.Uri, text: string): Promise<Uint8Array | undefined> {
  if (uri.scheme === 'untitled' || findOpenDocument(uri)?.isDirty) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return decodeText(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
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
      return vscode.l10n.t('“{0}” is too large to compare ({1}; the limit is {2}, see the setting “wirediff.maxFileSize”).', name, formatSize(p.size), formatSize(p.limit));
  }
}
