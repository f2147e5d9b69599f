/**
 * The linked side-by-side, as plain data: which sentence of the other text a sentence
 * is aligned with (so the two editors follow each other by the alignment, not by line
 * number), and the marks the canonical side gets. Pure (no `vscode` import).
 */
import { SEVERITIES, type Comparison, type Discrepancy, type Sentence, type Severity, type Span } from '../core/types';
import type { ComparisonView } from './result';
import { spansBySeverity } from './decorationPlan';

export type Side = 'article' | 'canonical';

/** The sentence at an offset: the one containing it, else the last one before it, else the first. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[best < 0 ? 0 : best];
}

/** For each sentence of each side, the ids of the sentences aligned with it on the other side. */
export class AlignmentIndex {
  private readonly toCanonical = new Map<number, number[]>();
  private readonly toArticle = new Map<number, number[]>();

  constructor(private readonly comparison: Comparison) {
    for (const a of comparison.alignments) {
      for (const id of a.article) this.toCanonical.set(id, [...(this.toCanonical.get(id) ?? []), ...a.canonical]);
      for (const id of a.canonical) this.toArticle.set(id, [...(this.toArticle.get(id) ?? []), ...a.article]);
    }
  }

  /**
   * The sentences of the other side aligned with sentence `id` of `side`; for a sentence
   * with no counterpart (added, omitted), those of the nearest aligned sentence before
   * it (else after it), so the other editor stays at the right place in the story.
   * `exact` says whether the sentence itself is aligned.
   */
  partner(side: Side, id: number): { ids: number[]; exact: boolean } {
    const map = side === 'article' ? this.toCanonical : this.toArticle;
    const n = (side === 'article' ? this.comparison.article : this.comparison.canonical).sentences.length;
    const own = map.get(id);
    if (own?.length) return { ids: [...new Set(own)].sort((a, b) => a - b), exact: true };
    for (let k = id - 1; k >= 0; k--) {
      const ids = map.get(k);
      if (ids?.length) return { ids: [Math.max(...ids)], exact: false };
    }
    for (let k = id + 1; k < n; k++) {
      const ids = map.get(k);
      if (ids?.length) return { ids: [Math.min(...ids)], exact: false };
    }
    return { ids: [], exact: false };
  }

  /** The span of the other side's sentences aligned with the sentence at `offset` of `side`. */
  partnerSpan(side: Side, offset: number): { span: Span; exact: boolean; from: Sentence } | null {
    const c = this.comparison;
    const from = sentenceAt(side === 'article' ? c.article.sentences : c.canonical.sentences, offset);
    if (!from) return null;
    const { ids, exact } = this.partner(side, from.id);
    const other = side === 'article' ? c.canonical.sentences : c.article.sentences;
    const ss = ids.map((i) => other[i]).filter((s): s is Sentence => !!s);
    if (!ss.length) return null;
    return { span: { start: ss[0]!.start, end: ss[ss.length - 1]!.end }, exact, from };
  }
}

/** What the canonical editor of a side-by-side shows. */
export interface CanonicalMarks {
  /** Sentences the article omits, by severity. */
  omitted: Record<Severity, Span[]>;
  /** Words the article changed or dropped, by severity (the most serious finding wins a span). */
  words: Record<Severity, Span[]>;
}

/** The canonical side's marks for the findings shown (offsets of the compared canonical text). */
export function canonicalMarks(view: ComparisonView, findings: readonly Discrepancy[]): CanonicalMarks {
  const omitted: Record<Severity, Span[]> = { high: [], medium: [], low: [] };
  const marked: Array<{ spans: readonly Span[]; severity: Severity }> = [];
  for (const d of findings) {
    if (d.kind === 'omitted') {
      for (const s of view.canonicalSentences(d)) omitted[d.severity].push({ start: s.start, end: s.end });
      continue;
    }
    if (d.kind === 'added' || d.kind === 'boilerplate' || d.kind === 'moved') continue;
    marked.push({ spans: d.canonicalSpans, severity: d.severity });
  }
  for (const s of SEVERITIES) omitted[s].sort((a, b) => a.start - b.start);
  return { omitted, words: spansBySeverity(marked) };
}
