/**
 * A comparison together with the two texts it was computed on: the one place
 * that turns the engine's sentence ids and offsets into what the editor, the
 * hover and the panel show. Pure (no `vscode` import).
 */
import type { Alignment, Comparison, Discrepancy, Sentence, Span } from '../core/types';
import { severityRank } from '../core/filter';
import { looksLikeHtml, toSourceSpan, type ReadText } from '../core/readText';
import { LineIndex, type Markup, type SourceMap } from './lineIndex';
import { clamp } from '../core/spans';

export class ComparisonView {
  readonly articleLines: LineIndex;
  private canonicalLinesCache: LineIndex | undefined;

  constructor(
    readonly comparison: Comparison,
    /** Exactly the article text the engine compared (for a web page: the text read out of it). */
    readonly articleText: string,
    /** Exactly the canonical text the engine compared (for a web page: the text read out of it). */
    readonly canonicalText: string,
    /** For a side read out of a web page, its source (the document's text) and what was read. */
    private readonly sources: { article?: SourceMap | null; canonical?: SourceMap | null } = {},
  ) {
    this.articleLines = new LineIndex(articleText, sources.article ?? undefined);
  }

  get canonicalLines(): LineIndex {
    return (this.canonicalLinesCache ??= new LineIndex(this.canonicalText, this.sources.canonical ?? undefined));
  }

  /** The article document's text as it was compared (the page's source, for a web page). */
  get articleSource(): string {
    return this.sources.article?.source ?? this.articleText;
  }

  /** The canonical document's text as it was compared (the page's source, for a web page). */
  get canonicalSource(): string {
    return this.sources.canonical?.source ?? this.canonicalText;
  }

  /** The markup the article document is written in, or null when it was compared as it is (plain text). */
  get articleMarkup(): Markup | null {
    const m = this.sources.article;
    return m ? (m.markup ?? (looksLikeHtml(m.source) ? 'html' : 'markdown')) : null;
  }

  /**
   * A side as a report must take it to name the lines the editor shows: the text compared and,
   * for a side read out of a web page or Markdown, the document's text and what was read from it.
   */
  reportText(side: 'article' | 'canonical'): { text: string; source?: string; read?: ReadText } {
    const text = side === 'article' ? this.articleText : this.canonicalText;
    const m = side === 'article' ? this.sources.article : this.sources.canonical;
    return m ? { text, source: m.source, read: m.read } : { text };
  }

  /** A span of the compared article text as a span of the article document (the same span unless read out of markup). */
  articleSourceSpan(span: Span): Span {
    const m = this.sources.article;
    return m ? toSourceSpan(m.read, span) : { start: span.start, end: span.end };
  }

  /** A span of the compared canonical text as a span of the canonical document. */
  canonicalSourceSpan(span: Span): Span {
    const m = this.sources.canonical;
    return m ? toSourceSpan(m.read, span) : { start: span.start, end: span.end };
  }

  get discrepancies(): readonly Discrepancy[] {
    return this.comparison.discrepancies;
  }

  byId(id: string): Discrepancy | undefined {
    return this.comparison.discrepancies.find((d) => d.id === id);
  }

  articleSentences(d: Discrepancy): Sentence[] {
    return pick(this.comparison.article.sentences, d.article);
  }

  canonicalSentences(d: Discrepancy): Sentence[] {
    return pick(this.comparison.canonical.sentences, d.canonical);
  }

  alignmentOf(d: Discrepancy): Alignment | undefined {
    return d.alignment === null || d.alignment === undefined ? undefined : this.comparison.alignments[d.alignment];
  }

  /** The canonical sentences of the finding, joined (for omitted: the omitted sentence). */
  canonicalSentenceText(d: Discrepancy): string {
    return joinSentences(this.canonicalSentences(d), this.canonicalText);
  }

  /** The article sentences of the finding, joined (for added: the added sentence). */
  articleSentenceText(d: Discrepancy): string {
    return joinSentences(this.articleSentences(d), this.articleText);
  }

  /** From the first to the last article sentence of the finding, or null. */
  articleSentenceSpan(d: Discrepancy): Span | null {
    return hull(this.articleSentences(d));
  }

  canonicalSentenceSpan(d: Discrepancy): Span | null {
    return hull(this.canonicalSentences(d));
  }

  /** Where to put the cursor to show the finding: its changed words, else (whole-sentence kinds) its sentence, else its anchor. */
  articleTarget(d: Discrepancy): Span {
    const spans = d.articleSpans;
    if (spans.length) return { start: spans[0]!.start, end: spans[0]!.end };
    if (d.kind === 'added' || d.kind === 'boilerplate' || d.kind === 'moved') {
      const s = this.articleSentenceSpan(d);
      if (s) return s;
    }
    const a = clamp(d.articleAnchor, 0, this.articleText.length);
    return { start: a, end: a };
  }

  /** Where the finding stands in the canonical text: its changed words, else its sentences. */
  canonicalTarget(d: Discrepancy): Span | null {
    if (d.canonicalSpans.length) return { start: d.canonicalSpans[0]!.start, end: d.canonicalSpans[0]!.end };
    return this.canonicalSentenceSpan(d);
  }

  /**
   * The findings to show in a hover at an article offset: an omitted sentence
   * whose ghost note is under the pointer first, then the findings whose changed
   * words are, then those of the sentence. A finding is under the pointer
   * when the offset is inside its changed words or its article sentences, or
   * (omitted sentences) next to its anchor or on the anchor's otherwise quiet line. The
   * findings of a note (`notes`, drawn at the end of their line) come first when the offset is
   * at that line's end, or on it and under nothing else.
   */
  findingsAt(offset: number, visible: readonly Discrepancy[], notes: readonly { line: number; ids: readonly string[] }[] = []): { hits: Discrepancy[]; range: Span } | null {
    const exact: Discrepancy[] = [];
    const near: Discrepancy[] = [];
    let range: Span | null = null;
    const line = this.articleLines.lineAt(offset);
    const widen = (s: Span) => {
      range = range ? { start: Math.min(range.start, s.start), end: Math.max(range.end, s.end) } : { ...s };
    };
    const ghosts: Discrepancy[] = [];
    for (const d of visible) {
      if (d.kind === 'omitted') {
        ghosts.push(d);
        continue;
      }
      const span = d.articleSpans.find((s) => s.start <= offset && offset <= s.end);
      if (span) {
        exact.push(d);
        widen(span);
        continue;
      }
      const ss = this.articleSentences(d).find((s) => s.start <= offset && offset <= s.end);
      if (ss) {
        near.push(d);
        widen({ start: ss.start, end: ss.end });
      }
    }
    // The pointer on a ghost note: the omitted sentence comes first.
    const atGhost: Discrepancy[] = [];
    for (const d of ghosts) {
      const a = d.articleAnchor;
      if (Math.abs(a - offset) <= 1) atGhost.push(d);
      else if (exact.length + near.length === 0 && this.articleLines.lineAt(a) === line) near.push(d);
      else continue;
      widen({ start: Math.min(a, offset), end: Math.max(a, offset) });
    }
    // The pointer on a note at the end of its line (or on its otherwise quiet line).
    const lineEnd = this.articleLines.lineEnd(line);
    for (const n of notes) {
      if (n.line !== line || (offset < lineEnd && exact.length + near.length > 0)) continue;
      for (const id of n.ids) {
        const d = visible.find((v) => v.id === id);
        if (d && !atGhost.includes(d)) atGhost.push(d);
      }
      widen({ start: Math.min(lineEnd, offset), end: lineEnd });
    }
    const noted = new Set(atGhost);
    for (let i = near.length - 1; i >= 0; i--) if (noted.has(near[i]!)) near.splice(i, 1);
    // The most serious first (a figure changed before the low rewording around it); at equal
    // severity, those on the pointer before the others of its sentence (the sort is stable).
    const bySeverity = (a: Discrepancy, b: Discrepancy) => severityRank(a.severity) - severityRank(b.severity);
    const hits = [...atGhost, ...[...exact, ...near].sort(bySeverity)];
    return hits.length && range ? { hits, range } : null;
  }
}

function pick(all: readonly Sentence[], ids: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  for (const id of ids) {
    const s = all[id];
    if (s) out.push(s);
  }
  return out;
}

function hull(ss: readonly Sentence[]): Span | null {
  if (!ss.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of ss) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}


/**
 * Sentences as one quote: neighbours in the file (only white space between them) joined by a
 * space (by nothing when they touch: "in 1998.These"), others by ' … ', so that a group of
 * sentences apart in the file is never shown as one run of text the file does not have.
 */
export function joinSentences(sentences: readonly Sentence[], text: string): string {
  let out = '';
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (i > 0) {
      const prev = sentences[i - 1]!;
      const gap = prev.end <= s.start ? text.slice(prev.end, s.start) : null;
      // Sentences that touch ("in 1998.These") stay touching: a space there would misquote the file.
      out += gap !== null && /^\s*$/.test(gap) ? (gap ? ' ' : '') : ' … ';
    }
    out += s.text;
  }
  return out;
}
