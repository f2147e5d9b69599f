/**
 * WireDiff's findings in the Problems view: one `DiagnosticCollection` ("WireDiff"),
 * so F8, the Problems filter and extensions such as Error Lens work on them. Which
 * findings go there and how serious they are is decided in `view/diagnostics.ts`; here
 * they are placed in the document as it is now (they follow edits until the next
 * comparison) and cleared when the comparison is cleared or the file is closed. A new
 * result is listed on a task after the one that tells of it (the decorations' own).
 *
 * The problems are made once per result, level, kinds filter and dismissed findings
 * (`ProblemsMemo`); an edit only places them again, and not on every keystroke: after
 * the edits pause for `wirediff.liveUpdateDelay`, as a live update waits (issue 10: on a
 * long article, hundreds of diagnostics made and sent to the workbench per keystroke).
 * Until then VS Code keeps the squiggles on their words as the text moves.
 */
import * as vscode from 'vscode';
import type { DiscrepancyKind } from '../core/types';
import { kindDocsAnchor, problemsLevel, ProblemsMemo, type Problem, type ProblemSeverity } from '../view/diagnostics';
import { filterFromSettings } from '../view/filter';
import { Disposable } from './dispose';
import { NextTask, restartTimer } from './nextTask';
import { readSettings } from './settings';
import type { LiveOffsets, WorkflowResults } from './workflowResults';

/** A problem and the parts of its diagnostic that do not depend on where it stands now. */
interface Made {
  readonly p: Problem;
  readonly code: { value: string; target: vscode.Uri };
  readonly related: vscode.DiagnosticRelatedInformation[];
}

const SEVERITY: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Problems extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('WireDiff'));
  /** Each document's problems, made once per result, level, kinds filter and dismissed findings. */
  private readonly memo = new ProblemsMemo<Made>();
  /** What each document's diagnostics were placed from (its problems and version): set again only when it changes. */
  private readonly placed = new Map<string, { items: readonly Made[]; version: number }>();
  /** Documents edited since their problems were placed, waiting for the edits to pause. */
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** A new result's problems, listed on a task of their own. */
  private readonly refreshSoon = this.register(new NextTask(() => this.refreshAll()));

  constructor(
    private readonly results: WorkflowResults,
    private readonly live: LiveOffsets,
    /** docs/vscode.md in the extension: each kind's `code` links to its section. */
    private readonly docs: vscode.Uri,
  ) {
    super();
    // On a task of its own: a long article's hundreds of diagnostics do not add to the task that draws its decorations.
    this.register(results.onDidChange(() => this.refreshSoon.schedule()));
    this.register(live.onDidShift((doc) => this.placeLater(doc)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.delete(doc.uri)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wirediff')) this.refreshAll();
      }),
    );
    this.register({
      dispose: () => {
        for (const t of this.timers.values()) clearTimeout(t);
        this.timers.clear();
      },
    });
    this.refreshAll();
  }

  private refreshAll(): void {
    const open = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isClosed) continue;
      open.add(doc.uri.toString());
      this.refresh(doc);
    }
    // Results of files that are not open (a folder run) are not listed; a cleared comparison leaves nothing.
    this.collection.forEach((uri) => {
      if (!open.has(uri.toString())) this.delete(uri);
    });
  }

  /**
   * The document was edited: its problems are placed again once the edits pause, unless a live
   * update is comparing it (scheduled by the same edits, on the same delay): its new result
   * places them, or, if it fails, the change that says it ended. One placement per pause.
   */
  private placeLater(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.placed.has(key)) return;
    restartTimer(this.timers, key, readSettings(doc.uri).liveUpdateDelay, () => {
      if (!doc.isClosed && !this.results.comparing(doc.uri)) this.refresh(doc);
    });
  }

  private delete(uri: vscode.Uri): void {
    const key = uri.toString();
    this.memo.delete(key);
    this.placed.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.collection.delete(uri);
  }

  private refresh(doc: vscode.TextDocument): void {
    const snap = this.results.stored(doc.uri);
    const c = vscode.workspace.getConfiguration('wirediff', doc.uri);
    const level = problemsLevel(c.get('problems'));
    if (!snap || level === 'off' || !this.live.usable(doc)) {
      this.delete(doc.uri);
      return;
    }
    const view = snap.result.view;
    const key = doc.uri.toString();
    // The kinds filter as the editor applies it; dismissed findings never, whatever `showDismissed` says.
    const kinds = filterFromSettings('low', c.get('kinds')).kinds;
    const few = vscode.l10n.t('Hardly a sentence in common with the canonical text: {0} of its sentences are not here (a report written anew, or the wrong canonical text?).', '{0}');
    const items = this.memo.get(key, { view, kinds, level, dismissed: snap.judgement.dismissed, fewMatches: few }, (p) => ({
      p,
      code: { value: p.code, target: this.docsFor(p.code) },
      related: p.related.map((rel) => {
        const a = view.canonicalLines.spanAt(rel.span);
        const where = new vscode.Location(snap.result.canonicalUri, new vscode.Range(a.start.line, a.start.character, a.end.line, a.end.character));
        return new vscode.DiagnosticRelatedInformation(where, rel.text);
      }),
    }));
    // The same problems, on a document edited since they were placed: placed when the edits pause
    // (placeLater's timer), not on a change of the store while the edits go on (a live update
    // scheduled); VS Code moves them with the text till then.
    const was = this.placed.get(key);
    if (was?.items === items && (was.version === doc.version || this.timers.has(key))) return;
    this.placed.set(key, { items, version: doc.version });
    const diagnostics: vscode.Diagnostic[] = [];
    for (const { p, code, related } of items) {
      const range = this.live.articleRange(doc, view, p.span);
      if (!range) continue; // an edit since went through these words
      const g = new vscode.Diagnostic(range, p.message, SEVERITY[p.severity]);
      g.source = 'WireDiff';
      g.code = code;
      g.relatedInformation = related;
      diagnostics.push(g);
    }
    this.collection.set(doc.uri, diagnostics);
  }

  private docsFor(kind: DiscrepancyKind): vscode.Uri {
    return this.docs.with({ fragment: kindDocsAnchor(kind) });
  }
}
