/**
 * What the editor's workflow (quick fixes, problems, the linked side-by-side) needs
 * from WireDiff's results, and where each finding stands in its document now.
 *
 * A comparison holds offsets of the text it was made on. Between an edit (a quick fix,
 * typing) and the next comparison, `LiveOffsets` replays the document's changes over
 * those offsets, so the next fix and the problems still land on the right words; a span
 * an edit touched has no place until the comparison runs again.
 */
import * as vscode from 'vscode';
import type { Discrepancy, Span } from '../core/types';
import type { ComparisonView } from '../view/result';
import { OffsetShift } from '../view/shift';
import { Disposable } from './dispose';

/** One comparison of a document (the store's result). */
export interface WorkflowResult {
  readonly key: string;
  readonly uri: vscode.Uri;
  /** Version of the open document the compared text matched, when known. */
  readonly version: number | undefined;
  readonly view: ComparisonView;
  readonly canonicalUri: vscode.Uri;
}

/** A result as the editor shows it: the findings let through, and the verdicts. */
export interface WorkflowSnapshot {
  readonly result: WorkflowResult;
  /** Findings the settings and the verdicts let through, most serious first. */
  readonly visible: readonly Discrepancy[];
  readonly judgement: { readonly dismissed: ReadonlySet<string> };
}

/** The reading side of the results store, as far as the workflow needs it. */
export interface WorkflowResults {
  readonly onDidChange: vscode.Event<void>;
  /** The result stored for a document, current or not. */
  stored(uri: vscode.Uri | string): WorkflowSnapshot | undefined;
  /**
   * A comparison of the document is scheduled or under way (a live update after an edit): its
   * new result, or its end if it fails, comes as a change.
   */
  comparing(uri: vscode.Uri | string): boolean;
  /** Compares a document again (after a fix when live update is off; when the side-by-side opens on an uncompared article). */
  compare(doc: vscode.TextDocument, interactive: boolean): Promise<WorkflowSnapshot | undefined>;
}

interface Track {
  result: WorkflowResult;
  /** The document version the shift brings the offsets up to; -1 when they are lost. */
  version: number;
  shift: OffsetShift;
}

/** Where the spans of each document's result stand in the document now. */
export class LiveOffsets extends Disposable {
  private readonly tracks = new Map<string, Track>();
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires after a document's changes were recorded (listeners then place spans anew). */
  readonly onDidShift = this.emitter.event;

  constructor(private readonly results: WorkflowResults) {
    super();
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        const t = this.track(e.document, e.document.version - 1);
        if (!t) return;
        if (t.version === e.document.version - 1) {
          t.shift.record(e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })));
          t.version = e.document.version;
        } else if (t.version !== e.document.version) t.version = -1;
        this.emitter.fire(e.document);
      }),
    );
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.tracks.delete(d.uri.toString())));
  }

  /**
   * The track of a document's current result; made when the result is new. `before` is the
   * version the document had before the change being handled (its text matched the result
   * then if the result was made on that version).
   */
  private track(doc: vscode.TextDocument, before?: number): Track | undefined {
    const key = doc.uri.toString();
    const snap = this.results.stored(key);
    if (!snap) {
      this.tracks.delete(key);
      return undefined;
    }
    let t = this.tracks.get(key);
    if (t && t.result === snap.result) return t;
    const r = snap.result;
    let version = -1;
    if (r.version !== undefined && (r.version === doc.version || r.version === before)) version = r.version;
    else if (doc.getText() === r.view.articleSource) version = doc.version;
    t = { result: r, version, shift: new OffsetShift() };
    this.tracks.set(key, t);
    return t;
  }

  /** The snapshot of a document's result, when its offsets can be placed in the document as it is now. */
  usable(doc: vscode.TextDocument): WorkflowSnapshot | undefined {
    const snap = this.results.stored(doc.uri);
    if (!snap) return undefined;
    const t = this.track(doc);
    return t && t.version === doc.version ? snap : undefined;
  }

  /** True when the document was edited since its result was computed. */
  edited(doc: vscode.TextDocument): boolean {
    return !!this.tracks.get(doc.uri.toString())?.shift.edited;
  }

  /**
   * A span of the document's text as it was compared (document offsets: for a web page,
   * of the page's source) as a range of the document now, or undefined when an edit
   * touched it or the result is not the document's.
   */
  docRange(doc: vscode.TextDocument, span: Span): vscode.Range | undefined {
    const t = this.track(doc);
    if (!t || t.version !== doc.version) return undefined;
    const s = t.shift.span(span);
    if (!s) return undefined;
    return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  }

  /** A span of the compared article text (for a web page, the text read out of it) as a range now. */
  articleRange(doc: vscode.TextDocument, view: ComparisonView, span: Span): vscode.Range | undefined {
    return this.docRange(doc, view.articleSourceSpan(span));
  }

  /** A document offset now, as an offset of the text as compared (best effort across edits). */
  comparedOffset(doc: vscode.TextDocument, view: ComparisonView, pos: vscode.Position): number {
    const t = this.track(doc);
    if (!t || !t.shift.edited) return view.articleLines.offsetAt(pos);
    // A web page's source offsets are not the compared text's: there, the position as is.
    return view.articleSource === view.articleText ? t.shift.original(doc.offsetAt(pos)) : view.articleLines.offsetAt(pos);
  }
}
