/** One aligned group as the detectors take it in and give it back. */
import type { GroupRelation, DiffPart, DiscrepancyKind, Severity, Span } from '../types';
import type { Lexicon } from '../lexicon';
import type { Token } from '../text';

/** One side of a group: its tokens, concatenated over the group's sentences in order. */
export interface GroupSide {
  text: string;
  tokens: Token[];
  /** Token ranges of each sentence of the side, as [sentence start, sentence end, first token, end token]. */
  sentences: Array<{ start: number; end: number; from: number; to: number }>;
  /**
   * Per token, 1 when it stands inside a quotation of the whole text (quotes.ts: a quotation
   * may open sentences or paragraphs before the group). Without it, quotations are read
   * from the group's own sentences.
   */
  quoted?: Uint8Array;
  /** The quotations of the whole text (quotes.ts), in order: a finding may concern one that runs beyond the group. */
  quotes?: readonly Span[];
  /**
   * The tokens of the whole text's first lines (its sentences that start in its first 400
   * characters), where its dateline or date line stands: the story's date is read there
   * (`storyDate`). Without it, from the group's own tokens.
   */
  head?: readonly Token[];
}

export interface GroupInput {
  canonical: GroupSide;
  article: GroupSide;
  lexicon: Lexicon;
  similarity: number;
  relation: GroupRelation;
  /** Every sentence of both sides is a heading: two headlines over one story (compareSteps.ts). */
  headings?: boolean;
}

/** A finding before it becomes a discrepancy: token indices into the two sides. */
export interface Finding {
  kind: DiscrepancyKind;
  severity: Severity;
  cTok: number[];
  aTok: number[];
  /** Tokens to show with the finding without claiming them (what a dropped hedge qualified). */
  aMark?: number[];
  cMark?: number[];
  /** A quotation of either text the finding concerns as a whole (a speech tag's): its sentences are the finding's too. */
  cQuote?: Span;
  aQuote?: Span;
  /**
   * The tokens that carry the fact a one-sided finding drops or adds, where they are not all of
   * its tokens (a time reference without the linking word that went with it: "Thursday" of "on
   * Thursday"): what `elsewhere.ts` looks for in the other text.
   */
  fact?: number[];
  reason: string;
}

export interface GroupAnalysis {
  diff: DiffPart[];
  identical: boolean;
  findings: Finding[];
  /**
   * For each canonical token, the article offset where it stands or would stand: its
   * counterpart's start, or, for a dropped word, the end of the article word before the gap.
   */
  canonicalAnchors: number[];
}

/** A run of changed tokens of the word diff: canonical tokens [c0, c1) face article tokens [a0, a1). */
export interface Hunk {
  c0: number;
  c1: number;
  a0: number;
  a1: number;
}
