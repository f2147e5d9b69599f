/**
 * The results of WireDiff's comparisons and what each one looks like on screen.
 *
 * The comparer (comparer.ts, with its live updates, liveUpdates.ts) is the only writer: it stores a result when a
 * comparison ends, marks results stale, says which documents are being compared
 * and which failed, and publishes a folder run. Everything that shows results
 * (the editor's decorations and hovers, the status bar, the panel, the matrix,
 * the commands) reads them here and listens to `onDidChange`; none of them asks
 * another for data.
 *
 * For each result the store hands out one `ResultSnapshot`: the findings the
 * settings and the verdicts let through, their counts, the decoration plan and
 * the panel's model. A snapshot is made again when the result, the verdicts or
 * the settings change, and is the same object until then, so readers can tell
 * "nothing changed" by identity. Its parts are computed when first read.
 */
import * as vscode from 'vscode';
import type { CompareOptions, Discrepancy } from '../core/types';
import { planDecorations, type DecorationPlan } from '../view/decorationPlan';
import { countBySeverity, type SeverityCounts } from '../view/filter';
import { applyFilter } from '../core/filter';
import { buildPanelModel, sortFolderRows, type FolderRow, type PanelModel } from '../view/panelModel';
import { hardlyMatches } from '../view/related';
import type { ComparisonView } from '../view/result';
import { baseName } from '../view/text';
import { findingKeys, judge, NO_JUDGEMENT, type Judgement } from '../view/verdicts';
import type { CanonicalResolver } from './canonical';
import { Disposable } from './dispose';
import { NextTask } from './nextTask';
import { findOpenDocument, showFindingOutOfDate, showNoComparison } from './files';
import { kindLabel } from './labels';
import { findingFilter, readSettings, type Settings } from './settings';
import type { StoreState, VerdictFiles } from './verdicts';

/** One comparison of a document with its canonical text, as the engine returned it. */
export interface DocResult {
  readonly key: string;
  readonly uri: vscode.Uri;
  /** Version of the open document the text matched, if it was open (kept up to date by the store). */
  version: number | undefined;
  readonly view: ComparisonView;
  readonly canonicalUri: vscode.Uri;
  /** Engine time, ms. */
  readonly ms: number;
  /** The verdict key of each finding, by id, when the engine's worker made them (else made here when first needed). */
  readonly keys?: ReadonlyMap<string, string>;
  /** The canonical text or the settings changed since; a new run is due. */
  stale: boolean;
}

/** What a result looks like under the current settings and verdicts. Read-only; replaced, never changed. */
export interface ResultSnapshot {
  readonly result: DocResult;
  /** The settings of the article's scope when the snapshot was made. */
  readonly settings: Settings;
  /** The verdicts of the result's findings (from `.wirediff/verdicts.json`). */
  readonly judgement: Judgement;
  /** Findings the settings and the verdicts let through (dismissed ones hidden unless `wirediff.showDismissed`), most serious first. */
  readonly visible: readonly Discrepancy[];
  readonly counts: SeverityCounts;
  /** Where the editor draws the visible findings. */
  readonly plan: DecorationPlan;
  /** The side panel's model of the result. */
  readonly panel: PanelModel;
  /** The verdict key of each finding (by finding id). */
  readonly keys: ReadonlyMap<string, string>;
}

/** A finding and the snapshot of the result that holds it. */
export interface FindingTarget {
  readonly s: ResultSnapshot;
  readonly d: Discrepancy;
}

/**
 * A finding named by its id (a panel click, a hover link, a verdict command) in a result's
 * snapshot; when the snapshot is gone or no longer has it (the article changed since it was
 * compared), says so and gives undefined.
 */
export function namedFinding(s: ResultSnapshot | undefined, id: string): FindingTarget | undefined {
  const d = s?.result.view.byId(id);
  if (!s || !d) {
    showFindingOutOfDate();
    return undefined;
  }
  return { s, d };
}

/**
 * The active editor and the snapshot of its document's current result (the palette's commands on
 * the finding at the cursor); when there is none, says so and gives undefined.
 */
export function activeComparison(results: Results): { editor: vscode.TextEditor; s: ResultSnapshot } | undefined {
  const editor = vscode.window.activeTextEditor;
  const s = editor && results.forDocument(editor.document);
  if (!editor || !s) {
    showNoComparison();
    return undefined;
  }
  return { editor, s };
}

/** The compared files of a folder: the matrix's columns. Published whole by the comparer. */
export interface FolderRun {
  readonly folder: vscode.Uri;
  readonly canonical: vscode.Uri;
  /** The canonical text the versions were compared with. */
  readonly canonicalText: string;
  /** The compared files in name order (snapshots of their results). */
  readonly versions: readonly DocResult[];
  /** Files that could not be compared, with why. */
  readonly skipped: readonly { uri: vscode.Uri; name: string; error: string }[];
  readonly options: CompareOptions;
}

/** A folder run as the panel lists it: most serious first, under the current settings and verdicts. */
export interface FolderSnapshot {
  readonly run: FolderRun;
  readonly rows: readonly FolderRow[];
  /** Why the run's canonical text is gone (deleted, moved, or an unsaved editor closed), if it is. */
  readonly canonicalGone?: string;
}

/** What the panel and the status bar show for the active editor. */
export interface ActiveState {
  uri?: string;
  name?: string;
  canonicalName?: string;
  /** `none`: not compared; `busy`: comparing; `stale`: out of date; `ready`: results below. */
  status: 'none' | 'busy' | 'stale' | 'ready';
  counts?: SeverityCounts;
  snapshot?: ResultSnapshot;
  error?: string;
  /** The active file is the canonical text. */
  isCanonical?: boolean;
}

/** The reading side of the store: what every view and command gets. */
export interface Results {
  /** Fires (once per task, coalesced) when results, their presentation, the busy state or the active editor change. */
  readonly onDidChange: vscode.Event<void>;
  /** Fires when a finding is revealed in an editor (the panel highlights it). */
  readonly onDidSelect: vscode.Event<{ uri: string; id: string }>;
  /** The snapshot of a document's result, if the result was computed on the document's current text. */
  get(uri: vscode.Uri | string): ResultSnapshot | undefined;
  /** Same as `get`, for a document at hand (open or just opened). */
  forDocument(doc: vscode.TextDocument): ResultSnapshot | undefined;
  /** The snapshot of the result stored for a document, current or not (a finding named by the panel or a hover). */
  stored(uri: vscode.Uri | string): ResultSnapshot | undefined;
  /** The snapshot of any result, stored or not (a folder run's versions). */
  present(r: DocResult): ResultSnapshot;
  /** Every stored result's snapshot. */
  all(): ResultSnapshot[];
  /** A result is stored for this document (current or not). */
  has(uri: vscode.Uri | string): boolean;
  /** The document is being compared, or will be shortly. */
  isBusy(uri: vscode.Uri | string): boolean;
  /** The last folder run, with its rows. */
  folder(): FolderSnapshot | undefined;
  /** The active editor's state. */
  active(): ActiveState;
}

/** The writing side: for the comparer (and its live updates) only. */
export interface ResultWriter {
  /** Stores a result; `fromFolderRun`: made by a folder run under way (the current run's versions are left alone). */
  set(r: DocResult, fromFolderRun?: boolean): void;
  delete(key: string): void;
  /** Marks a result out of date (a new run is due). */
  markStale(key: string): void;
  setBusy(key: string, busy: boolean): void;
  setError(key: string, error: string | undefined): void;
  /** Says why a canonical text (by URI) is gone, or (undefined) that it is back. */
  setCanonicalGone(key: string, why: string | undefined): void;
  setFolderRun(run: FolderRun | undefined): void;
  /** Tells readers to look again (a change the other calls do not cover). */
  changed(): void;
}

const keyOf = (uri: vscode.Uri | string): string => (typeof uri === 'string' ? uri : uri.toString());

class Snapshot implements ResultSnapshot {
  private cache: { judgement?: Judgement; visible?: readonly Discrepancy[]; counts?: SeverityCounts; plan?: DecorationPlan; panel?: PanelModel } = {};

  constructor(
    readonly result: DocResult,
    readonly settings: Settings,
    /** The store's generation it was made in. */
    readonly generation: number,
    /** The article's verdict file as read when the snapshot was made (undefined: not read yet). */
    private readonly verdictState: StoreState | undefined,
    private readonly keysOf: () => ReadonlyMap<string, string>,
  ) {}

  get keys(): ReadonlyMap<string, string> {
    return this.keysOf();
  }

  get judgement(): Judgement {
    if (this.cache.judgement) return this.cache.judgement;
    const st = this.verdictState;
    // Not read yet: nothing is judged, and the store makes a new snapshot when the file has been read.
    if (!st || st.error) return NO_JUDGEMENT;
    return (this.cache.judgement = judge(this.keysOf, st.store));
  }

  get visible(): readonly Discrepancy[] {
    const s = this.settings;
    return (this.cache.visible ??= applyFilter(this.result.view.discrepancies, findingFilter(s, s.showDismissed ? undefined : this.judgement.dismissed)));
  }

  /** Counts of the visible findings, never of dismissed ones (shown or not), as the panel counts them. */
  get counts(): SeverityCounts {
    const dismissed = this.judgement.dismissed;
    return (this.cache.counts ??= countBySeverity(this.settings.showDismissed && dismissed.size ? this.visible.filter((d) => !dismissed.has(d.id)) : this.visible));
  }

  get plan(): DecorationPlan {
    return (this.cache.plan ??= planDecorations(this.result.view, this.visible, {
      ghostNotes: this.settings.ghostNotes,
      ghostLength: this.settings.ghostNoteLength,
      // `{0}` stays for the count, filled in by the plan.
      labels: {
        omitted: vscode.l10n.t('omitted:'),
        omittedMany: vscode.l10n.t('{0} sentences omitted:', '{0}'),
        more: vscode.l10n.t('(+{0} more)', '{0}'),
        fewMatches: vscode.l10n.t('hardly a sentence in common with the canonical ({0} omitted)', '{0}'),
        omittedManyShort: vscode.l10n.t('{0} omitted:', '{0}'),
        fewMatchesShort: vscode.l10n.t('few in common ({0} omitted)', '{0}'),
        moreShort: vscode.l10n.t('(+{0})', '{0}'),
      },
    }));
  }

  get panel(): PanelModel {
    const r = this.result;
    return (this.cache.panel ??= buildPanelModel({
      view: r.view,
      uri: r.key,
      articleName: baseName(r.uri.path),
      canonicalName: baseName(r.canonicalUri.path),
      verdicts: this.judgement.verdicts,
      kindLabel,
      // Listed where the editor shows them: a finding shown as a note at its note's line.
      shown: this.plan,
    }));
  }
}

export class ResultStore extends Disposable implements Results, ResultWriter {
  private readonly results = new Map<string, DocResult>();
  private readonly busy = new Set<string>();
  private readonly errors = new Map<string, string>();
  /** Canonical texts gone since they were compared with (by URI), and why. */
  private readonly gone = new Map<string, string>();
  private run: FolderRun | undefined;
  /** Bumped when the verdicts or the settings change: every snapshot is made again. */
  private generation = 0;
  private readonly snapshots = new WeakMap<DocResult, Snapshot>();
  /** The verdict keys of each result's findings (they depend on neither settings nor verdicts). */
  private readonly keys = new WeakMap<DocResult, ReadonlyMap<string, string>>();
  private folderSnapshot: (FolderSnapshot & { generation: number; edited: string }) | undefined;
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  private readonly selectEmitter = this.register(new vscode.EventEmitter<{ uri: string; id: string }>());
  /** Readers are told on a task of their own, once for all the writes of a task. */
  private readonly tell = this.register(new NextTask(() => this.emitter.fire()));

  readonly onDidChange = this.emitter.event;
  readonly onDidSelect = this.selectEmitter.event;

  constructor(
    private readonly verdicts: VerdictFiles,
    private readonly canonical: CanonicalResolver,
  ) {
    super();
    this.register(verdicts.onDidChange(() => this.invalidate()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wirediff')) this.invalidate();
      }),
    );
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.changed()));
  }

  // ------------------------------------------------------------ reading ---

  get(uri: vscode.Uri | string): ResultSnapshot | undefined {
    const key = keyOf(uri);
    const r = this.results.get(key);
    if (!r) return undefined;
    const doc = findOpenDocument(key);
    return doc ? this.forDocument(doc) : this.present(r);
  }

  forDocument(doc: vscode.TextDocument): ResultSnapshot | undefined {
    const r = this.results.get(doc.uri.toString());
    if (!r) return undefined;
    if (r.version !== doc.version) {
      if (r.view.articleSource !== doc.getText()) return undefined;
      r.version = doc.version;
    }
    return this.present(r);
  }

  stored(uri: vscode.Uri | string): ResultSnapshot | undefined {
    const r = this.results.get(keyOf(uri));
    return r && this.present(r);
  }

  present(r: DocResult): ResultSnapshot {
    const s = this.snapshots.get(r);
    if (s && s.generation === this.generation) return s;
    const keysOf = (): ReadonlyMap<string, string> => {
      let keys = this.keys.get(r);
      if (!keys) this.keys.set(r, (keys = r.keys ?? findingKeys(r.view.comparison)));
      return keys;
    };
    const next = new Snapshot(r, readSettings(r.uri), this.generation, this.verdicts.state(r.uri), keysOf);
    this.snapshots.set(r, next);
    return next;
  }

  all(): ResultSnapshot[] {
    return [...this.results.values()].map((r) => this.present(r));
  }

  has(uri: vscode.Uri | string): boolean {
    return this.results.has(keyOf(uri));
  }

  isBusy(uri: vscode.Uri | string): boolean {
    return this.busy.has(keyOf(uri));
  }

  folder(): FolderSnapshot | undefined {
    const run = this.run;
    if (!run) return undefined;
    // The versions edited since they were compared (live updates off): their rows say so.
    const edited = run.versions.filter((r) => {
      const doc = findOpenDocument(r.key);
      return r.stale || (!!doc && doc.getText() !== r.view.articleSource);
    });
    const mark = edited.map((r) => r.key).join('\n');
    const f = this.folderSnapshot;
    const canonicalGone = this.gone.get(run.canonical.toString());
    if (f && f.run === run && f.generation === this.generation && f.edited === mark && f.canonicalGone === canonicalGone) return f;
    const rows = sortFolderRows([
      ...run.versions.map((r) => {
        const s = this.present(r);
        return {
          uri: r.key,
          name: baseName(r.uri.path),
          counts: s.counts,
          top: s.visible[0]?.reason,
          ...(edited.includes(r) ? { stale: true } : {}),
          ...(hardlyMatches(r.view.comparison) ? { fewMatches: true as const } : {}),
        };
      }),
      ...run.skipped.map((x) => ({ uri: x.uri.toString(), name: x.name, error: x.error })),
    ]);
    const next = { run, rows, generation: this.generation, edited: mark, ...(canonicalGone ? { canonicalGone } : {}) };
    this.folderSnapshot = next;
    return next;
  }

  active(): ActiveState {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return { status: 'none' };
    const doc = editor.document;
    const key = doc.uri.toString();
    const base = { uri: key, name: baseName(doc.uri.path) };
    const s = this.forDocument(doc);
    const busy = this.busy.has(key);
    if (s) {
      const r = s.result;
      const error = this.errors.get(key);
      return { ...base, canonicalName: baseName(r.canonicalUri.path), status: busy ? 'busy' : r.stale ? 'stale' : 'ready', counts: s.counts, snapshot: s, ...(error ? { error } : {}) };
    }
    if (busy) return { ...base, status: 'busy' };
    if (this.results.has(key)) return { ...base, status: 'stale', error: this.errors.get(key) };
    const isCanonical = this.canonical.configured(doc.uri)?.toString() === key;
    return { ...base, status: 'none', error: this.errors.get(key), isCanonical };
  }

  /** Says which finding the user is looking at (the panel highlights it). */
  select(uri: string, id: string): void {
    this.selectEmitter.fire({ uri, id });
  }

  // ------------------------------------------------------------ writing ---

  set(r: DocResult, fromFolderRun = false): void {
    this.results.set(r.key, r);
    // A folder run's own results make a new run, published whole when it ends.
    if (!fromFolderRun) this.followInFolderRun(r);
    this.changed();
  }

  /**
   * A version of the folder run compared again (edited, then a live update) takes its place
   * in a new run, so that the folder list and the matrix show what the file says now. Only
   * when it was compared with the run's canonical text: the matrix holds one canonical.
   */
  private followInFolderRun(r: DocResult): void {
    const run = this.run;
    const i = run ? run.versions.findIndex((v) => v.key === r.key) : -1;
    if (!run || i < 0 || run.versions[i] === r || r.stale) return;
    if (r.canonicalUri.toString() !== run.canonical.toString() || r.view.canonicalSource !== run.canonicalText) return;
    this.run = { ...run, versions: run.versions.map((v, k) => (k === i ? r : v)) };
  }

  delete(key: string): void {
    this.results.delete(key);
    this.errors.delete(key);
    this.changed();
  }

  markStale(key: string): void {
    const r = this.results.get(key);
    if (r && !r.stale) {
      r.stale = true;
      this.changed();
    }
  }

  setBusy(key: string, busy: boolean): void {
    if (busy === this.busy.has(key)) return;
    if (busy) this.busy.add(key);
    else this.busy.delete(key);
    this.changed();
  }

  setError(key: string, error: string | undefined): void {
    if (error === undefined) this.errors.delete(key);
    else this.errors.set(key, error);
    this.changed();
  }

  setCanonicalGone(key: string, why: string | undefined): void {
    if (why === this.gone.get(key)) return;
    if (why === undefined) this.gone.delete(key);
    else this.gone.set(key, why);
    this.changed();
  }

  setFolderRun(run: FolderRun | undefined): void {
    this.run = run;
    this.changed();
  }

  /** Every result that was stored, current or not (the comparer's bookkeeping). */
  entries(): IterableIterator<DocResult> {
    return this.results.values();
  }

  /**
   * Coalesces change notifications into one, in a task of its own: the readers'
   * work then does not add to the task that stored the result.
   */
  changed(): void {
    this.tell.schedule();
  }

  private invalidate(): void {
    this.generation++;
    this.changed();
  }
}
