/**
 * Decoration types and their application: turns a DecorationPlan (offsets)
 * into editor ranges. Holds no analysis of its own.
 */
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { SEVERITIES, type Severity, type Span } from '../../core/types';
import { GUTTER_KINDS, type DecorationPlan, type GutterKind } from '../../view/decorationPlan';
import type { LineIndex } from '../../view/lineIndex';
import { toRange } from './ranges';

const SEV_COLOR: Record<Severity, string> = {
  high: 'wirediff.highForeground',
  medium: 'wirediff.mediumForeground',
  low: 'wirediff.lowForeground',
};
const WORD_BG: Record<Severity, string> = {
  high: 'wirediff.highWordBackground',
  medium: 'wirediff.mediumWordBackground',
  low: 'wirediff.lowWordBackground',
};

/** The decoration types (made once, on first use) and how a plan is drawn with them. */
export class DecorationSet extends Disposable {
  private readonly words: Record<Severity, vscode.TextEditorDecorationType>;
  private readonly added: Record<Severity, vscode.TextEditorDecorationType>;
  private readonly boilerplate: vscode.TextEditorDecorationType;
  private readonly ghosts: Record<Severity, vscode.TextEditorDecorationType>;
  private readonly dropped: Record<Severity, vscode.TextEditorDecorationType>;
  private readonly gutter: Map<string, vscode.TextEditorDecorationType>;
  private readonly all: vscode.TextEditorDecorationType[] = [];

  constructor(extensionUri: vscode.Uri) {
    super();
    const make = (o: vscode.DecorationRenderOptions) => {
      const t = this.register(vscode.window.createTextEditorDecorationType(o));
      this.all.push(t);
      return t;
    };
    const bySev = (f: (s: Severity) => vscode.DecorationRenderOptions) =>
      Object.fromEntries(SEVERITIES.map((s) => [s, make(f(s))])) as Record<Severity, vscode.TextEditorDecorationType>;

    // Low-severity wording changes are many: a dotted underline only, so the
    // serious ones (filled and underlined) stand out at a glance.
    this.words = bySev((s) => ({
      backgroundColor: new vscode.ThemeColor(WORD_BG[s]),
      borderStyle: s === 'low' ? 'none none dotted none' : 'none none solid none',
      borderWidth: s === 'low' ? '0 0 1.5px 0' : '0 0 2px 0',
      borderColor: new vscode.ThemeColor(SEV_COLOR[s]),
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    this.added = bySev(() => ({
      backgroundColor: new vscode.ThemeColor('wirediff.addedBackground'),
      borderColor: new vscode.ThemeColor('wirediff.addedBorder'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    this.boilerplate = make({
      opacity: '0.55',
      fontStyle: 'italic',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    // Notes are drawn at a line's end, where no word of the article follows them on their row
    // (view/ghostNotes.ts: VS Code wraps a line without its decorations' text).
    const note = (s: Severity, struck: boolean): vscode.DecorationRenderOptions => ({
      after: {
        color: new vscode.ThemeColor(SEV_COLOR[s]),
        backgroundColor: new vscode.ThemeColor('wirediff.ghostBackground'),
        fontStyle: 'italic',
        margin: '0 0 0 1.2em',
        ...(struck ? { textDecoration: 'line-through' } : {}),
      },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.ghosts = bySev((s) => note(s, false));
    this.dropped = bySev((s) => note(s, true));
    this.gutter = new Map();
    for (const k of GUTTER_KINDS) {
      for (const s of SEVERITIES) {
        this.gutter.set(
          `${k}-${s}`,
          make({
            gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'gutter', `${k}-${s}.svg`),
            gutterIconSize: '80%',
            overviewRulerColor: new vscode.ThemeColor(SEV_COLOR[s]),
            overviewRulerLane: k === 'changed' ? vscode.OverviewRulerLane.Center : k === 'omitted' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
          }),
        );
      }
    }
  }

  /** `hints`: the notes are inlay hints (noteHints.ts), not drawn here. */
  apply(editor: vscode.TextEditor, plan: DecorationPlan, lines: LineIndex, hints = false): void {
    const range = (s: Span) => toRange(lines, s);
    const lineEnd = (line: number) => new vscode.Position(line, lines.docLine(line).length);
    for (const s of SEVERITIES) {
      editor.setDecorations(this.words[s], plan.words[s].map(range));
      editor.setDecorations(this.added[s], plan.added[s].map(range));
      const ghosts: vscode.DecorationOptions[] = [];
      const dropped: vscode.DecorationOptions[] = [];
      for (const g of plan.ghosts) {
        if (g.severity !== s || hints) continue;
        const end = lineEnd(g.line);
        const o = { range: new vscode.Range(end, end), renderOptions: { after: { contentText: g.text } } };
        (g.style === 'dropped' ? dropped : ghosts).push(o);
      }
      editor.setDecorations(this.ghosts[s], ghosts);
      editor.setDecorations(this.dropped[s], dropped);
    }
    editor.setDecorations(this.boilerplate, plan.boilerplate.map(range));
    const byType = new Map<string, vscode.Range[]>();
    for (const g of plan.gutter) {
      const key = `${g.kind}-${g.severity}`;
      let list = byType.get(key);
      if (!list) byType.set(key, (list = []));
      list.push(new vscode.Range(g.line, 0, g.line, 0));
    }
    for (const [key, type] of this.gutter) editor.setDecorations(type, byType.get(key) ?? []);
  }

  clear(editor: vscode.TextEditor): void {
    for (const t of this.all) editor.setDecorations(t, []);
  }
}

export type { GutterKind };
