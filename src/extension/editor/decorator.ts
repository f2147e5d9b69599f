/**
 * Draws each visible editor's findings: when the results change (a new result,
 * other verdicts or settings: a new snapshot) and when editors are shown. An
 * editor whose result is unchanged is not drawn again; one whose text no longer
 * matches its result loses its decorations, unless a new comparison is on its way
 * (the old ones then stay until the new ones replace them).
 *
 * A drawing takes two tasks of the extension host: the plan (view/decorationPlan.ts)
 * in the task that tells of the change, the decorations set on the next one, so
 * that on a long article neither adds to the other (issue 10: no long host task).
 */
import * as vscode from 'vscode';
import { baseName } from '../../view/text';
import { Disposable } from '../dispose';
import { NextTask } from '../nextTask';
import type { ResultSnapshot, Results } from '../results';
import type { DecorationSet } from './decorations';
import { noteHintsShown } from './noteHints';

export class Decorator extends Disposable {
  /** What each editor shows, or is about to: the snapshot drawn, or null when cleared. */
  private readonly drawn = new WeakMap<vscode.TextEditor, ResultSnapshot | null>();
  /** Editors whose plan is made and whose decorations are set on the next task, with how long the plan took. */
  private readonly due = new Map<vscode.TextEditor, { s: ResultSnapshot; planMs: number }>();
  private readonly applySoon = this.register(new NextTask(() => this.applyDue()));

  constructor(
    private readonly results: Results,
    private readonly decorations: () => DecorationSet,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(results.onDidChange(() => this.draw(false)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.draw(true)));
    // Inlay hints turned on or off: the notes at a line's end move between hints and decorations.
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('editor.inlayHints') && this.draw(true)));
  }

  /** `force`: draw even an editor that shows the same snapshot (editors just shown). */
  private draw(force: boolean): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      const s = this.results.forDocument(editor.document);
      const before = this.drawn.get(editor);
      if (s) {
        if (!force && before === s) continue;
        const t0 = performance.now();
        void s.plan;
        this.drawn.set(editor, s);
        this.due.set(editor, { s, planMs: performance.now() - t0 });
      } else if (this.results.has(key) ? !this.results.isBusy(key) : before) {
        this.due.delete(editor);
        if (before === null && !force) continue;
        this.decorations().clear(editor);
        this.drawn.set(editor, null);
      }
    }
    if (this.due.size) this.applySoon.schedule();
  }

  /** Sets the decorations planned on the last task, on the editors still shown that still show that snapshot. */
  private applyDue(): void {
    const shown = new Set(vscode.window.visibleTextEditors);
    for (const [editor, { s, planMs }] of this.due) {
      if (!shown.has(editor) || this.drawn.get(editor) !== s) continue;
      const t0 = performance.now();
      this.decorations().apply(editor, s.plan, s.result.view.articleLines, noteHintsShown(editor.document));
      this.log.info(`decorations of ${baseName(s.result.uri.path)}: plan ${planMs.toFixed(1)} ms, setDecorations ${(performance.now() - t0).toFixed(1)} ms (next task)`);
    }
    this.due.clear();
  }
}
