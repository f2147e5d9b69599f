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
import type { ResultSnapshot, Results } from '../results';
import type { Span } from '../../core/types';
import { OffsetShift } from '../../view/shift';
import { hoverMarkdown } from './hover';
import { HOVER_COMMANDS } from '../../view/hover';
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

/** A line's notes as last drawn: the line's span in the document (offsets) and its hints' labels and hover. */
interface KeptNote {
  line: Span;
  labels: Array<string | vscode.InlayHintLabelPart[]>;
  tooltip: vscode.MarkdownString;
}

/** The notes last drawn in a document, for the text of `version`, and the edits made to it since. */
interface Kept {
  version: number;
  notes: KeptNote[];
  shift: OffsetShift;
}

/** The hover link of a note cut short: lifts VS Code's cap on a line's inlay hints for the document's language, in the user's settings. */
export const LONGER_NOTES_COMMAND = 'wirediff.longerNotes';

/**
 * Sets `editor.inlayHints.maximumLength` to 0 (no cap) for a language (the active editor's when
 * none is given) in the user's settings, as the user asked: WireDiff sets no default for it, as the
 * setting holds other extensions' hints too, and says so.
 */
export async function longerNotes(languageId?: string): Promise<void> {
  const lang = typeof languageId === 'string' ? languageId : vscode.window.activeTextEditor?.document.languageId;
  if (!lang) return;
  await vscode.workspace.getConfiguration('editor', { languageId: lang }).update('inlayHints.maximumLength', 0, vscode.ConfigurationTarget.Global, true);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Inlay hints are no longer cut short in {0} files (editor.inlayHints.maximumLength: 0 in your user settings): WireDiff\'s notes, and other extensions\' hints there too.', lang),
  );
}

export class NoteHints extends Disposable implements vscode.InlayHintsProvider {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.emitter.event;
  /**
   * Each document's notes as last drawn: while the document is edited and its new comparison is
   * on its way, they stay, moved with the text (VS Code asks for the hints again after an edit,
   * and the result, made on the old text, no longer fits it: the notes went and came back), but
   * not on a line an edit touched.
   */
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly results: Results) {
    super();
    // A new snapshot (result, verdicts, settings) may move, add or drop notes.
    this.register(results.onDidChange(() => this.emitter.fire()));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const k = this.kept.get(e.document.uri.toString());
        if (!k || !e.contentChanges.length) return;
        if (k.version !== e.document.version - 1) return void this.kept.delete(e.document.uri.toString());
        k.shift.record(e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })));
        k.version = e.document.version;
      }),
    );
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.kept.delete(d.uri.toString())));
    // The cap on a line's hints changed (or hints turned on or off): the notes are fitted anew.
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('editor.inlayHints') && this.emitter.fire()));
    this.register(vscode.commands.registerCommand(LONGER_NOTES_COMMAND, (languageId?: string) => longerNotes(languageId)));
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!noteHintsShown(doc)) return [];
    const key = doc.uri.toString();
    const s = this.results.forDocument(doc);
    let k = this.kept.get(key);
    if (s) this.kept.set(key, (k = { version: doc.version, notes: this.notesOf(s, doc), shift: new OffsetShift() }));
    else if (!k || k.version !== doc.version || !this.results.isBusy(key)) {
      // No new comparison on its way (live updates off, or none scheduled): the notes go with the result.
      this.kept.delete(key);
      return [];
    }
    const hints: vscode.InlayHint[] = [];
    for (const n of k.notes) {
      const line = k.shift.untouched(n.line);
      if (!line) continue;
      const end = doc.positionAt(line.end);
      if (end.line < range.start.line || end.line > range.end.line) continue;
      for (const label of n.labels) {
        const hint = new vscode.InlayHint(end, label);
        hint.paddingLeft = true;
        hint.tooltip = n.tooltip;
        hints.push(hint);
      }
    }
    return hints;
  }

  /** The notes of a snapshot whose result fits the document's text. */
  private notesOf(s: ResultSnapshot, doc: vscode.TextDocument): KeptNote[] {
    const lines = s.result.view.articleLines;
    const cap = noteHintCap(doc);
    return s.plan.ghosts.map((g) => {
      const start = doc.offsetAt(new vscode.Position(g.line, 0));
      // Its hover: the whole sentences and words the note stands for (or the notice), with the verdict links.
      const hits = s.visible.filter((d) => g.ids.includes(d.id));
      const tooltip = hoverMarkdown(s, hits, g.style === 'notice' ? s.visible.filter((d) => d.kind === 'omitted').length : undefined);
      const fitted = hintLabels(g.hints, cap, s.settings.ghostNoteLength);
      // Cut shorter than with no cap: the hover offers to lift the cap (the user's choice, for the document's language).
      const uncapped = cap > 0 ? hintLabels(g.hints, 0, s.settings.ghostNoteLength) : fitted;
      if (fitted.some((l, i) => l.text !== uncapped[i]!.text)) {
        const args = encodeURIComponent(JSON.stringify([doc.languageId]));
        tooltip.appendMarkdown(`\n\n---\n\n[${vscode.l10n.t('Show more of each note')}](command:${LONGER_NOTES_COMMAND}?${args} "${vscode.l10n.t('No cap on the length of inlay hints in these files')}")`);
        tooltip.isTrusted = { enabledCommands: [...HOVER_COMMANDS, LONGER_NOTES_COMMAND] };
      }
      // The severity's mark a label part of its own (the note's text starts with its kind's mark, ⟂ or −).
      const labels = fitted.map(({ mark, text }) => (mark ? [new vscode.InlayHintLabelPart(mark), new vscode.InlayHintLabelPart(text)] : text));
      return { line: { start, end: start + lines.docLine(g.line).length }, labels, tooltip };
    });
  }
}
