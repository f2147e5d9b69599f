/**
 * The linked side-by-side: the canonical text beside the article, with its own marks
 * (sentences the article omits, words it changed or dropped), and the two editors
 * following each other sentence by sentence, by the alignment rather than by line
 * number, so reordering does not throw them apart. Linking stops when either editor
 * closes, or with the toggle in the editor title bar. Which sentence leads to which, and
 * the canonical side's marks, come from `view/sideBySide.ts`.
 */
import * as vscode from 'vscode';
import { SEVERITIES, type Severity, type Span } from '../../core/types';
import { AlignmentIndex, canonicalMarks, type Side } from '../../view/sideBySide';
import { Disposable } from '../dispose';
import { openCompared } from '../files';
import type { LiveOffsets, WorkflowResults, WorkflowSnapshot } from '../workflowResults';

const CONTEXT_OPEN = 'wirediff.sideBySide';
const CONTEXT_LINKED = 'wirediff.sideBySideLinked';
/** After WireDiff scrolls an editor, its own scroll events are not followed back for this long (ms). */
const ECHO_MS = 350;

interface Pair {
  articleKey: string;
  canonicalKey: string;
  articleColumn: vscode.ViewColumn | undefined;
  canonicalColumn: vscode.ViewColumn | undefined;
  linked: boolean;
  snapshot: WorkflowSnapshot;
  index: AlignmentIndex;
  /** Until when each side's scroll events are WireDiff's own. */
  quietUntil: Record<Side, number>;
  /** The sentence last followed from each side (to follow a scroll only when it reaches another sentence). */
  last: Record<Side, number>;
}

export class SideBySideLink extends Disposable {
  private pair: Pair | undefined;
  private types: { words: Record<Severity, vscode.TextEditorDecorationType>; omitted: Record<Severity, vscode.TextEditorDecorationType>; follow: vscode.TextEditorDecorationType } | undefined;

  constructor(
    private readonly results: WorkflowResults,
    private readonly live: LiveOffsets,
  ) {
    super();
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.onVisibleEditors()));
    this.register(results.onDidChange(() => this.onResults()));
  }

  override dispose(): void {
    this.stop();
    super.dispose();
  }

  get linked(): boolean {
    return !!this.pair?.linked;
  }

  /** `wirediff.openSideBySide`: the canonical beside the active article, at the sentence matching the cursor's, linked. */
  async open(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first.'));
      return;
    }
    const doc = editor.document;
    const snapshot = this.live.usable(doc) ?? (await this.results.compare(doc, true));
    if (!snapshot) return;
    this.stop();
    const canonicalDoc = await openCompared(snapshot.result.canonicalUri);
    if (!canonicalDoc) return;
    const canonicalEditor = await vscode.window.showTextDocument(canonicalDoc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    this.pair = {
      articleKey: doc.uri.toString(),
      canonicalKey: canonicalDoc.uri.toString(),
      articleColumn: editor.viewColumn,
      canonicalColumn: canonicalEditor.viewColumn,
      linked: true,
      snapshot,
      index: new AlignmentIndex(snapshot.result.view.comparison),
      quietUntil: { article: 0, canonical: 0 },
      last: { article: -1, canonical: -1 },
    };
    this.drawMarks();
    this.follow('article', editor, editor.selection.active, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.setContext();
  }

  /** The editor title's toggle: link or unlink the two editors' scrolling. */
  setLinked(linked: boolean): void {
    if (!this.pair) return;
    this.pair.linked = linked;
    if (!linked) for (const e of this.editors()) e && e.setDecorations(this.decorationTypes().follow, []);
    this.setContext();
  }

  stop(): void {
    if (!this.pair) return;
    const [, canonical] = this.editors();
    if (canonical && this.types) for (const t of [...Object.values(this.types.words), ...Object.values(this.types.omitted)]) canonical.setDecorations(t, []);
    for (const e of this.editors()) if (e && this.types) e.setDecorations(this.types.follow, []);
    this.pair = undefined;
    this.setContext();
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', CONTEXT_OPEN, !!this.pair);
    void vscode.commands.executeCommand('setContext', CONTEXT_LINKED, !!this.pair?.linked);
  }

  /** The pair's article and canonical editors, when visible. */
  private editors(): [vscode.TextEditor | undefined, vscode.TextEditor | undefined] {
    const p = this.pair;
    if (!p) return [undefined, undefined];
    const find = (key: string, column: vscode.ViewColumn | undefined) =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key && e.viewColumn === column) ??
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    return [find(p.articleKey, p.articleColumn), find(p.canonicalKey, p.canonicalColumn)];
  }

  private sideOf(e: vscode.TextEditor): Side | undefined {
    const p = this.pair;
    if (!p) return undefined;
    const key = e.document.uri.toString();
    if (key === p.articleKey && (e.viewColumn === p.articleColumn || p.articleKey !== p.canonicalKey)) return 'article';
    if (key === p.canonicalKey) return 'canonical';
    return undefined;
  }

  private onVisibleEditors(): void {
    if (!this.pair) return;
    const [a, c] = this.editors();
    // Either editor closed (or replaced in its group): the link ends.
    if (!a || !c) this.stop();
    else this.drawMarks();
  }

  private onResults(): void {
    const p = this.pair;
    if (!p) return;
    const snap = this.results.stored(p.articleKey);
    if (!snap) {
      this.stop();
      return;
    }
    if (snap === p.snapshot) return;
    if (snap.result !== p.snapshot.result) p.index = new AlignmentIndex(snap.result.view.comparison);
    p.snapshot = snap;
    this.drawMarks();
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const p = this.pair;
    // Every way the cursor moves (keys, mouse, Go to Line, next discrepancy): WireDiff never moves a cursor here itself.
    if (!p?.linked) return;
    const side = this.sideOf(e.textEditor);
    if (side) this.follow(side, e.textEditor, e.selections[0]!.active, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private onScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    const p = this.pair;
    if (!p?.linked || !e.visibleRanges.length) return;
    const side = this.sideOf(e.textEditor);
    if (!side || Date.now() < p.quietUntil[side]) return;
    // The sentence at the top of the view leads the other editor's top.
    this.follow(side, e.textEditor, e.visibleRanges[0]!.start, vscode.TextEditorRevealType.AtTop, true);
  }

  /** Shows, in the other editor, the sentence aligned with the one at `pos` of `side`. */
  private follow(side: Side, from: vscode.TextEditor, pos: vscode.Position, how: vscode.TextEditorRevealType, scrolling = false): void {
    const p = this.pair;
    if (!p) return;
    const view = p.snapshot.result.view;
    const [articleEditor, canonicalEditor] = this.editors();
    const to = side === 'article' ? canonicalEditor : articleEditor;
    if (!to) return;
    const offset = side === 'article' ? this.live.comparedOffset(from.document, view, pos) : view.canonicalLines.offsetAt(pos);
    const partner = p.index.partnerSpan(side, offset);
    if (!partner) return;
    if (scrolling && partner.from.id === p.last[side]) return;
    p.last[side] = partner.from.id;
    const range = side === 'article' ? this.canonicalRange(partner.span) : this.live.articleRange(to.document, view, partner.span);
    if (!range) return;
    const other: Side = side === 'article' ? 'canonical' : 'article';
    p.quietUntil[other] = Date.now() + ECHO_MS;
    to.revealRange(range, how);
    to.setDecorations(this.decorationTypes().follow, partner.exact ? [range] : []);
    from.setDecorations(this.decorationTypes().follow, []);
  }

  private canonicalRange(span: Span): vscode.Range {
    const lines = this.pair!.snapshot.result.view.canonicalLines;
    const a = lines.spanAt(span);
    return new vscode.Range(a.start.line, a.start.character, a.end.line, a.end.character);
  }

  /** The canonical side's marks: omitted sentences and the words the article changed or dropped. */
  private drawMarks(): void {
    const p = this.pair;
    const [, canonical] = this.editors();
    if (!p || !canonical) return;
    const types = this.decorationTypes();
    const view = p.snapshot.result.view;
    // Only while the canonical document holds the text that was compared.
    const same = canonical.document.getText() === view.canonicalSource;
    const marks = canonicalMarks(view, p.snapshot.visible);
    for (const s of SEVERITIES) {
      canonical.setDecorations(types.words[s], same ? marks.words[s].map((x) => this.canonicalRange(x)) : []);
      canonical.setDecorations(types.omitted[s], same ? marks.omitted[s].map((x) => this.canonicalRange(x)) : []);
    }
  }

  private decorationTypes(): NonNullable<SideBySideLink['types']> {
    if (this.types) return this.types;
    const bySev = (f: (s: Severity) => vscode.DecorationRenderOptions) =>
      Object.fromEntries(SEVERITIES.map((s) => [s, vscode.window.createTextEditorDecorationType(f(s))])) as Record<Severity, vscode.TextEditorDecorationType>;
    const color = (s: Severity) => new vscode.ThemeColor(`wirediff.${s}Foreground`);
    this.types = {
      words: bySev((s) => ({
        backgroundColor: new vscode.ThemeColor(`wirediff.${s}WordBackground`),
        borderStyle: s === 'low' ? 'none none dotted none' : 'none none solid none',
        borderWidth: s === 'low' ? '0 0 1.5px 0' : '0 0 2px 0',
        borderColor: color(s),
        overviewRulerColor: color(s),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      })),
      omitted: bySev((s) => ({
        backgroundColor: new vscode.ThemeColor('wirediff.ghostBackground'),
        border: '1px dashed',
        borderColor: color(s),
        overviewRulerColor: color(s),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      })),
      follow: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
        isWholeLine: false,
      }),
    };
    for (const t of [...Object.values(this.types.words), ...Object.values(this.types.omitted), this.types.follow]) this.register(t);
    return this.types;
  }
}
