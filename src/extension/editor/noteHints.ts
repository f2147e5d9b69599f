/**
 * The notes of what the article lacks (an omitted sentence, dropped words), drawn as inlay hints:
 * injected text, which VS Code counts when it wraps a line, so a note at the end of a nearly full
 * row, or on a blank line of a narrow editor, goes on to the next row instead of running past the
 * editor's edge (a decoration's text is not wrapped: at 80 columns 27 of the tune families' 51
 * line-end notes were cut, at 60 columns 146 of their 318 notes on blank lines). Each kind of
 * finding is a hint of its own (view/ghostNotes.ts `parts`).
 *
 * Only while the editor shows inlay hints (`editor.inlayHints.enabled` on, or on unless a key is
 * held); otherwise the decorator draws the notes as before, in their severity's colour. The whole
 * sentences are in each hint's own hover (the finding hover's Markdown, with its links) and in the panel.
 */
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import type { Results } from '../results';
import { hoverMarkdown } from './hover';
import { hintLabels, NOTE_HINT_LENGTH } from '../../view/ghostNotes';

/** Whether the editor shows inlay hints for this document (VS Code's default: on). */
export function noteHintsShown(doc: vscode.TextDocument): boolean {
  const v = vscode.workspace.getConfiguration('editor', doc).get<string | boolean>('inlayHints.enabled');
  return v === undefined || v === true || v === 'on' || v === 'onUnlessPressed';
}

/**
 * How many characters of inlay hints VS Code shows on one line of this document
 * (`editor.inlayHints.maximumLength`, all the hints of the line together; 0: no cap). WireDiff
 * fits its own hints into it and leaves the setting, which other extensions' hints share, alone.
 */
export function noteHintCap(doc: vscode.TextDocument): number {
  const v = vscode.workspace.getConfiguration('editor', doc).get<number>('inlayHints.maximumLength');
  return typeof v === 'number' && v >= 0 ? v : NOTE_HINT_LENGTH;
}

export class NoteHints extends Disposable implements vscode.InlayHintsProvider {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.emitter.event;

  constructor(private readonly results: Results) {
    super();
    // A new snapshot (result, verdicts, settings) may move, add or drop notes.
    this.register(results.onDidChange(() => this.emitter.fire()));
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!noteHintsShown(doc)) return [];
    const s = this.results.forDocument(doc);
    if (!s) return [];
    const lines = s.result.view.articleLines;
    const hints: vscode.InlayHint[] = [];
    const cap = noteHintCap(doc);
    for (const g of s.plan.ghosts) {
      if (g.line < range.start.line || g.line > range.end.line) continue;
      const end = new vscode.Position(g.line, lines.docLine(g.line).length);
      // Its hover: the whole sentences and words the note stands for (or the notice), with the verdict links.
      const hits = s.visible.filter((d) => g.ids.includes(d.id));
      const tooltip = hoverMarkdown(s, hits, g.style === 'notice' ? s.visible.filter((d) => d.kind === 'omitted').length : undefined);
      for (const { mark, text } of hintLabels(g.hints, cap, s.settings.ghostNoteLength)) {
        // The severity's mark a label part of its own (the note's text starts with its kind's mark, ⟂ or −).
        const hint = new vscode.InlayHint(end, mark ? [new vscode.InlayHintLabelPart(mark), new vscode.InlayHintLabelPart(text)] : text);
        hint.paddingLeft = true;
        hint.tooltip = tooltip;
        hints.push(hint);
      }
    }
    return hints;
  }
}
