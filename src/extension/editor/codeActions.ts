/**
 * Quick fixes on WireDiff's findings (the light bulb, Ctrl+., the Problems view):
 * restore the canonical wording, insert an omitted sentence, delete page chrome, and the
 * verdicts; and a source action that restores every high-severity finding's wording at
 * once. Which edit a fix makes is decided in `view/fixes.ts`; this file places the edits
 * in the document as it is now and applies them as one undoable edit.
 */
import * as vscode from 'vscode';
import { excerpt } from '../../core/excerpt';
import type { Discrepancy } from '../../core/types';
import { noteLine } from '../../view/ghostNotes';
import { fixesFor, restoreAllHigh, unavailableFix, type Fix, type FixKind, type TextEdit } from '../../view/fixes';
import { Disposable } from '../dispose';
import type { LiveOffsets, WorkflowResults, WorkflowSnapshot } from '../workflowResults';

export const RESTORE_ALL_KIND = vscode.CodeActionKind.Source.append('wirediff.restoreHighSeverity');
export const RESTORE_ALL_COMMAND = 'wirediff.restoreAllHighSeverity';
/** Internal: compares a document again after a fix when live update is off. */
export const COMPARE_AFTER_FIX_COMMAND = 'wirediff.compareAfterFix';
/** Findings that mark a whole article sentence. */
const WHOLE_SENTENCE = new Set(['added', 'boilerplate', 'moved']);
/** Above this many changed spans, the source action asks first. */
const ASK_ABOVE = 3;

/** The verdicts a finding's light bulb offers, with the commands that exist already. */
const VERDICTS = [
  { command: 'wirediff.confirmFinding', title: () => vscode.l10n.t('Confirm this finding') },
  { command: 'wirediff.markFindingBenign', title: () => vscode.l10n.t('Mark this finding benign') },
  { command: 'wirediff.dismissFinding', title: () => vscode.l10n.t('Dismiss this finding') },
];

export class FixProvider extends Disposable implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, RESTORE_ALL_KIND],
  };

  constructor(
    private readonly results: WorkflowResults,
    private readonly live: LiveOffsets,
  ) {
    super();
    this.register(vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, FixProvider.metadata));
    this.register(vscode.commands.registerCommand(RESTORE_ALL_COMMAND, (uri?: vscode.Uri) => this.restoreAll(uri)));
    this.register(
      vscode.commands.registerCommand(COMPARE_AFTER_FIX_COMMAND, (uri: string) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (doc) void this.results.compare(doc, false);
      }),
    );
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] | undefined {
    const snap = this.live.usable(doc);
    if (!snap) return undefined;
    const out: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    if (wants(vscode.CodeActionKind.QuickFix)) {
      for (const d of this.findingsAt(doc, snap, range, context.diagnostics)) out.push(...this.actionsFor(doc, snap, d, context.diagnostics));
    }
    if (wants(RESTORE_ALL_KIND) && context.triggerKind === vscode.CodeActionTriggerKind.Invoke) {
      const n = restoreAllHigh(snap.result.view, snap.visible).fixes.length;
      if (n) {
        const a = new vscode.CodeAction(vscode.l10n.t('Restore all high-severity wording from the canonical ({0})', n), RESTORE_ALL_KIND);
        a.command = { command: RESTORE_ALL_COMMAND, title: a.title, arguments: [doc.uri] };
        out.push(a);
      }
    }
    return out;
  }

  /**
   * The visible findings under a range (the cursor): those whose changed words (or, for
   * an added sentence or page chrome, sentence) it touches, those the Problems view asks
   * about, and an omitted sentence or dropped words whose anchor or note stands on the range's lines.
   */
  private findingsAt(doc: vscode.TextDocument, snap: WorkflowSnapshot, range: vscode.Range, diagnostics: readonly vscode.Diagnostic[]): Discrepancy[] {
    const view = snap.result.view;
    const hits: Discrepancy[] = [];
    const ghosts: Discrepancy[] = [];
    const onLines = (line: number) => line >= range.start.line && line <= range.end.line;
    // A note's line as drawn: while the document holds the text compared.
    const asCompared = doc.getText() === view.articleSource;
    for (const d of snap.visible) {
      const fromProblem = diagnostics.some((g) => g.source === 'WireDiff' && g.message === d.reason && codeOf(g) === d.kind);
      // Its changed words; a whole-sentence finding's sentence; words it dropped stand at their ghost note (below).
      const spans = d.articleSpans.length ? d.articleSpans : WHOLE_SENTENCE.has(d.kind) ? view.articleSentences(d) : [];
      const touched = spans.some((s) => {
        const r = this.live.articleRange(doc, view, s);
        return !!r && !!r.intersection(range);
      });
      if (fromProblem || touched) {
        hits.push(d);
        continue;
      }
      if (!d.articleSpans.length) {
        const at = this.live.articleRange(doc, view, { start: d.articleAnchor, end: d.articleAnchor });
        if ((at && onLines(at.start.line)) || (asCompared && onLines(noteLine(view, d.articleAnchor, d.kind !== 'omitted')))) ghosts.push(d);
      }
    }
    // Changed words first, then the ghost notes of the line.
    return [...hits, ...ghosts];
  }

  private actionsFor(doc: vscode.TextDocument, snap: WorkflowSnapshot, d: Discrepancy, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const related = diagnostics.filter((g) => g.source === 'WireDiff' && g.message === d.reason && codeOf(g) === d.kind);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    for (const f of fixesFor(snap.result.view, d, eol)) {
      const edit = this.workspaceEdit(doc, f.edits);
      if (!edit) continue;
      const a = new vscode.CodeAction(fixTitle(f), vscode.CodeActionKind.QuickFix);
      a.edit = edit;
      a.diagnostics = related;
      a.isPreferred = f.kind === 'restore' || f.kind === 'insertOmitted';
      if (!liveUpdate(doc.uri)) a.command = { command: COMPARE_AFTER_FIX_COMMAND, title: '', arguments: [doc.uri.toString()] };
      out.push(a);
    }
    const missing = unavailableFix(snap.result.view, d, eol);
    if (missing) {
      // Named, greyed, with why: the user knows the fix exists and why it is not offered here.
      const a = new vscode.CodeAction(unavailableTitle(missing), vscode.CodeActionKind.QuickFix);
      a.disabled = { reason: vscode.l10n.t('The page’s markup around this place is not plain text, so WireDiff cannot edit it exactly. Edit the page by hand (the hover shows the exact words).') };
      a.diagnostics = related;
      out.push(a);
    }
    for (const v of VERDICTS) {
      const a = new vscode.CodeAction(`${v.title()}: ${excerpt(d.reason, 60)}`, vscode.CodeActionKind.QuickFix.append('wirediff.verdict'));
      a.command = { command: v.command, title: a.title, arguments: [{ uri: snap.result.key, id: d.id }] };
      a.diagnostics = related;
      out.push(a);
    }
    return out;
  }

  /** The edits placed in the document as it is now; undefined when an edit since touched any of them. */
  private workspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit | undefined {
    const we = new vscode.WorkspaceEdit();
    for (const e of edits) {
      const range = this.live.docRange(doc, e);
      if (!range) return undefined;
      we.replace(doc.uri, range, e.text);
    }
    return we;
  }

  /**
   * `wirediff.restoreAllHighSeverity`: every high-severity finding's canonical wording, as
   * one edit; asks first when it changes more than a few spans.
   */
  async restoreAll(uri?: vscode.Uri): Promise<boolean> {
    const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : this.articleDocument();
    const snap = doc && this.live.usable(doc);
    if (!doc || !snap) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No WireDiff comparison for this editor. Run “WireDiff: Compare with Canonical” first.'));
      return false;
    }
    const { fixes, edits } = restoreAllHigh(snap.result.view, snap.visible);
    const we = this.workspaceEdit(doc, edits);
    if (!fixes.length || !we) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No high-severity wording to restore in this article.'));
      return false;
    }
    if (edits.length > ASK_ABOVE) {
      const go = vscode.l10n.t('Restore');
      const list = fixes
        .map((f) => (!f.article ? `+ “${excerpt(f.canonical, 60)}”` : !f.canonical ? `− “${excerpt(f.article, 60)}”` : `“${excerpt(f.article, 40)}” → “${excerpt(f.canonical, 60)}”`))
        .join('\n');
      const pick = await vscode.window.showWarningMessage(
        vscode.l10n.t('Restore the canonical wording of {0} high-severity findings ({1} places in the article)?', fixes.length, edits.length),
        { modal: true, detail: list },
        go,
      );
      if (pick !== go) return false;
    }
    const ok = await vscode.workspace.applyEdit(we);
    if (ok && !liveUpdate(doc.uri)) void this.results.compare(doc, false);
    if (ok) vscode.window.setStatusBarMessage(`$(diff) ${vscode.l10n.t('Restored the canonical wording of {0} findings.', fixes.length)}`, 6000);
    return ok;
  }

  /** The active article, else a visible editor showing a compared article (a walkthrough button has no active editor). */
  private articleDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.results.stored(active.uri)) return active;
    return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => this.results.stored(d.uri));
  }
}

function codeOf(g: vscode.Diagnostic): string | number | undefined {
  return typeof g.code === 'object' ? g.code.value : g.code;
}

function liveUpdate(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('wirediff', uri).get<boolean>('liveUpdate') !== false;
}

function fixTitle(f: Fix): string {
  switch (f.kind) {
    case 'restore':
      return f.canonical
        ? vscode.l10n.t('Restore the canonical wording: “{0}”', excerpt(f.canonical, 60))
        : vscode.l10n.t('Restore the canonical wording: remove “{0}”', excerpt(f.article, 60));
    case 'insertOmitted':
      return vscode.l10n.t('Insert the omitted sentence here: “{0}”', excerpt(f.canonical, 60));
    case 'deleteChrome':
      return vscode.l10n.t('Delete this page chrome: “{0}”', excerpt(f.article, 60));
  }
}

function unavailableTitle(kind: FixKind): string {
  return kind === 'insertOmitted' ? vscode.l10n.t('Insert the omitted sentence here') : vscode.l10n.t('Delete this page chrome');
}
