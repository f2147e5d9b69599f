/**
 * Draws each visible editor's findings: when the results change (a new result,
 * other verdicts or settings: a new snapshot) and when editors are shown. An
 * editor whose result is unchanged is not drawn again; one whose text no longer
 * matches its result loses its decorations, unless a new comparison is on its way
 * (the old ones then stay until the new ones replace them).
 */
import * as vscode from 'vscode';
import { baseName } from '../../view/text';
import { Disposable } from '../dispose';
import type { ResultSnapshot, Results } from '../results';
import type { DecorationSet } from './decorations';
import { noteHintsShown } from './noteHints';

export class Decorator extends Disposable {
  /** What each editor shows: the snapshot drawn, or null when cleared. */
  private readonly drawn = new WeakMap<vscode.TextEditor, ResultSnapshot | null>();

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
        const plan = s.plan;
        const t1 = performance.now();
        this.decorations().apply(editor, plan, s.result.view.articleLines, noteHintsShown(editor.document));
        this.drawn.set(editor, s);
        this.log.info(`decorations of ${baseName(s.result.uri.path)}: plan ${(t1 - t0).toFixed(1)} ms, setDecorations ${(performance.now() - t1).toFixed(1)} ms`);
      } else if (this.results.has(key) ? !this.results.isBusy(key) : before) {
        if (before === null && !force) continue;
        this.decorations().clear(editor);
        this.drawn.set(editor, null);
      }
    }
  }
}
