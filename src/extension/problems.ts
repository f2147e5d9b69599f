/**
 * WireDiff's findings in the Problems view: one `DiagnosticCollection` ("WireDiff"),
 * so F8, the Problems filter and extensions such as Error Lens work on them. Which
 * findings go there and how serious they are is decided in `view/diagnostics.ts`; here
 * they are placed in the document as it is now (they follow edits until the next
 * comparison) and cleared when the comparison is cleared or the file is closed. A new
 * result is listed on a task after the one that tells of it (the decorations' own).
 */
import * as vscode from 'vscode';
import type { DiscrepancyKind } from '../core/types';
import { kindDocsAnchor, problemsFor, problemsLevel, type ProblemSeverity } from '../view/diagnostics';
import { filterFromSettings } from '../view/filter';
import { Disposable } from './dispose';
import { NextTask } from './nextTask';
import type { LiveOffsets, WorkflowResults } from './workflowResults';

const SEVERITY: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Problems extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('WireDiff'));
  /** What each document's problems were made from: they are set again only when it changes. */
  private readonly made = new Map<string, string>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
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
    this.register(live.onDidShift((doc) => this.refresh(doc)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.delete(doc.uri)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wirediff')) this.refreshAll();
      }),
    );
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

  private delete(uri: vscode.Uri): void {
    this.made.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** A key for an object's identity. */
  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = this.nextId++));
    return id;
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
    // The kinds filter as the editor applies it; dismissed findings never, whatever `showDismissed` says.
    const kinds = filterFromSettings('low', c.get('kinds')).kinds;
    const key = `${this.idOf(snap.result)}|${doc.version}|${level}|${kinds?.join(',') ?? ''}|${[...snap.judgement.dismissed].sort().join(',')}`;
    if (this.made.get(doc.uri.toString()) === key) return;
    this.made.set(doc.uri.toString(), key);
    const findings = kinds ? view.discrepancies.filter((d) => kinds.includes(d.kind)) : view.discrepancies;
    const diagnostics: vscode.Diagnostic[] = [];
    const few = vscode.l10n.t('Hardly a sentence in common with the canonical text: {0} of its sentences are not here (a report written anew, or the wrong canonical text?).', '{0}');
    for (const p of problemsFor(view, findings, level, snap.judgement.dismissed, few)) {
      const range = this.live.articleRange(doc, view, p.span);
      if (!range) continue; // an edit since went through these words
      const g = new vscode.Diagnostic(range, p.message, SEVERITY[p.severity]);
      g.source = 'WireDiff';
      g.code = { value: p.code, target: this.docsFor(p.code) };
      g.relatedInformation = p.related.map((rel) => {
        const a = view.canonicalLines.spanAt(rel.span);
        const where = new vscode.Location(snap.result.canonicalUri, new vscode.Range(a.start.line, a.start.character, a.end.line, a.end.character));
        return new vscode.DiagnosticRelatedInformation(where, rel.text);
      });
      diagnostics.push(g);
    }
    this.collection.set(doc.uri, diagnostics);
  }

  private docsFor(kind: DiscrepancyKind): vscode.Uri {
    return this.docs.with({ fragment: kindDocsAnchor(kind) });
  }
}
