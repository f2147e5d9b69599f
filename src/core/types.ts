/**
 * Public types of the WireDiff engine. Everything here is plain data: it can be
 * serialised to JSON as is, and every offset is a UTF-16 offset into the text the
 * caller passed in (so `text.slice(start, end)` gives back what is described).
 */
import type { WordVectors } from './wordVectors';

/** How much a discrepancy matters to a reader. */
export type Severity = 'high' | 'medium' | 'low';

/**
 * Every severity, most serious first. Its type is the list itself, so that the webview pages' copy
 * (media/common.js, plain JavaScript) is type-checked to be this list, in this order.
 */
export const SEVERITIES = ['high', 'medium', 'low'] as const satisfies readonly Severity[];

/**
 * What kind of departure from the canonical text a discrepancy is.
 *
 * - `omitted`: a canonical sentence has no counterpart in the article.
 * - `added`: an article sentence has no counterpart in the canonical text.
 * - `changed`: matched sentences differ in wording, and no more specific detector applies (or, beside
 *   another finding, three content words or more were reworded: "Also reworded", low).
 * - `moved`: matched, but out of the canonical order.
 * - `number`: a figure, count or date changed, dropped or added.
 * - `time`: a time reference (“on Monday”, “last week”, “overnight”, “Dec. 1”) changed, dropped or added.
 * - `hedge`: a qualifier ("at least", "about", "reportedly", …) dropped or added.
 * - `quote`: the words inside quotation marks changed.
 * - `name`: a proper name spelled differently, replaced by another, dropped, or made general (“the Rift Valley” → “the south”).
 * - `attribution`: the source of a claim changed, dropped or added.
 * - `negation`: a negation or denial dropped or added.
 * - `mistranslation`: a word replaced by a look-alike that means something else.
 * - `clause`: a clause dropped from, or added to, an otherwise matched sentence.
 * - `boilerplate`: page chrome ("5 min read", "Topics :", "0 Comments"), kept apart from news content.
 */
export type DiscrepancyKind =
  | 'omitted'
  | 'added'
  | 'changed'
  | 'moved'
  | 'number'
  | 'time'
  | 'hedge'
  | 'quote'
  | 'name'
  | 'attribution'
  | 'negation'
  | 'mistranslation'
  | 'clause'
  | 'boilerplate';

/** Every discrepancy kind, in the order a reader would rank them when severities tie. */
export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  'negation',
  'number',
  'attribution',
  'time',
  'quote',
  'hedge',
  'omitted',
  'added',
  'mistranslation',
  'name',
  'clause',
  'changed',
  'moved',
  'boilerplate',
];

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a segment of the text is.
 * - `sentence`: running text.
 * - `heading`: a line without sentence punctuation (headline, section heading, byline).
 * - `dateline`: the place/date lead-in of a wire story ("AMMAN/BEIRUT:", "JAKARTA -").
 * - `speaker`: a speaker's label before the words said, in a transcript, a briefing or a script
 *   ("MR PRICE:", "Q:", "MODERATOR:"): who says them.
 * - `credit`: a line that credits the story's reporters or agency ("(Reporting by …; Editing by …)",
 *   "By Jane Doe", "-- Yonhap", "… via Reuters").
 * - `boilerplate`: page chrome that is not news content.
 */
export type SegmentKind = 'sentence' | 'heading' | 'dateline' | 'speaker' | 'credit' | 'boilerplate';

/** One sentence (or heading, dateline, chrome line) of a text. */
export interface Sentence {
  /** Index of the sentence in its document, from 0. */
  id: number;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset one past the last character (trailing white space excluded). */
  end: number;
  /** Exactly `documentText.slice(start, end)`. */
  text: string;
  kind: SegmentKind;
  /** The news agency a dateline or credit names ("Reuters", "AP"), as written; absent when it names none. */
  agency?: string;
  /** Index of the paragraph (block separated by a blank line or a line break) the sentence is in. */
  paragraph: number;
}

/** One piece of a word-level difference between the two sides of an alignment. */
export interface DiffPart {
  /** `equal`: on both sides; `delete`: canonical only; `insert`: article only. */
  op: 'equal' | 'delete' | 'insert';
  /** The text of the piece: the canonical side's for `equal` and `delete`, the article side's for `insert`. */
  text: string;
  /**
   * For an `equal` piece written differently in the article (the words are the same
   * once case, accents, spelling variants and inflection are folded: "roads" / "road"),
   * the article's own text; absent when both sides are written alike.
   */
  articleText?: string;
  /** Where the piece stands in the canonical text (`equal` and `delete`). */
  canonical?: Span;
  /** Where the piece stands in the article (`equal` and `insert`). */
  article?: Span;
}

/**
 * How sentences of the two texts were matched.
 * - `match`: one to one.
 * - `split`: one canonical sentence, several article sentences.
 * - `merge`: several canonical sentences, one article sentence.
 * - `many`: several on both sides.
 */
export type AlignmentRelation = 'match' | 'split' | 'merge' | 'many';

/**
 * How the sentences of a group the engine analyses relate: an alignment's relation, or
 * `summary`, an article heading compared with the canonical sentence it sums up (a headline
 * over the lead). A summary is never an alignment of a comparison (the headline is an added
 * heading, not a counterpart of the lead); its findings have no alignment.
 */
export type GroupRelation = AlignmentRelation | 'summary';

/** A group of canonical sentences matched to a group of article sentences. */
export interface Alignment {
  /** Index of the alignment in `Comparison.alignments`. */
  id: number;
  /** Canonical sentence ids, ascending. */
  canonical: number[];
  /** Article sentence ids, ascending. */
  article: number[];
  /** Similarity of the two sides, 0 (nothing shared) to 1 (same words). */
  similarity: number;
  relation: AlignmentRelation;
  /** True when the group stands out of the canonical order in the article. */
  moved: boolean;
  /** True when the two sides are the same once case, punctuation, quote style and spelling variants are folded. */
  identical: boolean;
  /** Word-level difference, in article order for inserted parts and canonical order otherwise. */
  diff: DiffPart[];
}

/** One departure of the article from the canonical text. */
export interface Discrepancy {
  /** Stable across runs and across edits elsewhere in either text: derived from the content, not positions. */
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** Canonical sentence ids involved (empty for `added`). */
  canonical: number[];
  /** Article sentence ids involved (empty for `omitted`). */
  article: number[];
  /** The canonical-side text (the whole sentence, or the changed words), or null. */
  from: string | null;
  /** The article-side text (the whole sentence, or the changed words), or null. */
  to: string | null;
  /** One line a person can read: what changed and why it matters. */
  reason: string;
  /** The changed words on the canonical side, as offsets into the canonical text. */
  canonicalSpans: Span[];
  /** The changed words on the article side, as offsets into the article text. */
  articleSpans: Span[];
  /**
   * Where the discrepancy shows in the article, as an offset: the start of the changed
   * words, or, for an omitted sentence, the point where it would have stood.
   */
  articleAnchor: number;
  /** Index into `Comparison.alignments`, or null for added/omitted sentences. */
  alignment: number | null;
  /** Rank key: higher is more serious. Discrepancies are sorted by it, descending. */
  score: number;
}

/** Tuning knobs of a comparison. Every field is optional. */
export interface CompareOptions {
  /**
   * Language of the texts as an ISO 639-3 code (`eng`, `ind`, `fra`, …), or `auto`
   * (the default) to detect it from the canonical text.
   */
  language?: string;
  /**
   * Lowest similarity (0..1) at which two sentences are still taken to say the same thing.
   * Lower finds more paraphrases and risks more false matches. Default 0.3.
   */
  similarityThreshold?: number;
  /**
   * Spans of the canonical and article texts that are page chrome (what a web page has around
   * its article: see core/article.ts). Their sentences are marked `boilerplate`, never
   * compared as news, and counted as one finding.
   */
  canonicalChrome?: readonly Span[];
  articleChrome?: readonly Span[];
  /**
   * Spans of the canonical and article texts that are a page's headings (its headline, standfirst,
   * section headings): each read as one sentence, a heading, unless long (see readText.ts, `markHeadings`).
   */
  canonicalHeadings?: readonly Span[];
  articleHeadings?: readonly Span[];
  /**
   * English word vectors (`wordVectors.ts`): sentences that say one thing in other words link
   * by them. Not plain data: the CLI and the engine worker add the table they read.
   */
  vectors?: WordVectors;
  /**
   * @internal A debugging hook told of each sentence link the aligner makes, with the step that
   * made it (`LinkStep`, alignState.ts) and the aligner's state then; the result does not show it,
   * unless the hook returns `false` before a link, which vetoes it (a step's ablation, bench/eval/linkfit.ts).
   */
  alignTrace?: (step: string, c: number, a: number, state: unknown) => boolean | void;
}

/** A segmented document. */
export interface SegmentedText {
  sentences: Sentence[];
}

/** Counts of discrepancies. */
export interface ComparisonSummary {
  high: number;
  medium: number;
  low: number;
  byKind: Partial<Record<DiscrepancyKind, number>>;
  /** Canonical sentences carried with no discrepancy at all. */
  identical: number;
  canonicalSentences: number;
  articleSentences: number;
}

/** Everything a comparison found. */
export interface Comparison {
  version: 1;
  /** ISO 639-3 code of the language the engine used (`und` when unknown). */
  language: string;
  /**
   * Only when the article is a translation (clearly in another language than the canonical):
   * its ISO 639-3 code. Sentences are then aligned by order, length, figures, names and
   * cognates, and only figures are compared inside them.
   */
  articleLanguage?: string;
  canonical: SegmentedText;
  article: SegmentedText;
  alignments: Alignment[];
  /** Sorted most serious first. */
  discrepancies: Discrepancy[];
  summary: ComparisonSummary;
}
