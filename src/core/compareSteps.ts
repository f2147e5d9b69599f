/**
 * The steps of a comparison, after both texts are prepared and aligned (compare.ts): each
 * aligned group analysed, then (compareSentences.ts) the sentences moved, added (and page
 * chrome), omitted, the datelines and credits, then the findings' ids and order. Each step adds
 * its findings to the comparison in the making (`Comparing`).
 */
import type { Alignment, Discrepancy, DiscrepancyKind, Sentence, Severity, Span } from './types';
import { DISCREPANCY_KINDS, SEVERITIES } from './types';
import { kindRank, severityRank } from './filter';
import type { Lexicon } from './lexicon';
import { localeFor } from './tokenizerContext';
import type { SegmentMemo } from './segment';
import { boundSignBefore, type Token, type TokenizerContext } from './text';
import { foldLineBreaks, quoted } from './excerpt';
import type { Group } from './align';
import { analyzeAcross, namesOf } from './detect/across';
import { analyzeGroup, type Finding, type GroupSide } from './detect';
import { splitEqualParts, variantFindings } from './variants';
import { SentenceKeys, statedElsewhere, type TextSide } from './elsewhere';
import { contentHash, hash53 } from './hash';
import { overlaps } from './spans';
import { indexOf as timeIndex } from './timeScan';
import { sortedInts } from './lists';

/** A text segmented and tokenized (see `prepare` in compare.ts). */
export interface Prepared {
  text: string;
  /** Its paragraphs by text → their sentences (see `SegmentMemo`). */
  paragraphs: SegmentMemo;
  sentences: Sentence[];
  tokens: Token[][];
  /** Per sentence, per token: 1 inside a quotation (quotations run across sentences and paragraphs). */
  quoted: Uint8Array[];
  /** The quotations of the text, in order. */
  quotes: Span[];
  /** Per sentence, 1 when its tokens are a sentence of `known`'s (a sentence the canonical has word for word). */
  reused?: Uint8Array;
  /** The tokens of its first lines (`GroupSide.head`), made by the first group's side. */
  head?: Token[];
}

/** How far into a text its head goes: where a dateline or date line stands. */
const HEAD = 400;

/** The tokens of a text's sentences that start in its first `HEAD` characters, made once. */
function headOf(doc: Prepared): Token[] {
  if (doc.head) return doc.head;
  const head: Token[] = [];
  for (let i = 0; i < doc.sentences.length && doc.sentences[i]!.start < HEAD; i++) for (const t of doc.tokens[i]!) head.push(t);
  return (doc.head = head);
}

/** A comparison in the making: the two prepared texts, how to read them, and what the steps found so far. */
export interface Comparing {
  C: Prepared;
  A: Prepared;
  /** The canonical's lexicon. */
  lexicon: Lexicon;
  /** The article's tokenizer context (another language's, for a translation). */
  actx: TokenizerContext;
  /** The canonical's locale. */
  locale: string;
  /** The article's language when it is a translation, else null. */
  articleLanguage: string | null;
  alignments: Alignment[];
  out: Discrepancy[];
  /** The article's length (at least 1), for the score's tie-break by position. */
  articleLength: number;
}

export type NewFinding = Omit<Discrepancy, 'id' | 'score' | 'from' | 'to'> & { from: string | null; to: string | null };

/** Adds a finding, scored; its id comes last (`assignIds`). */
export function add(cmp: Comparing, d: NewFinding): void {
  cmp.out.push({ id: '', ...d, score: score(d.kind, d.severity, d.articleAnchor, cmp.articleLength) });
}

/** A finding a later step reads otherwise: its kind, severity and reason, scored anew. */
export function restate(cmp: Comparing, d: Discrepancy, kind: DiscrepancyKind, severity: Severity, reason: string): void {
  d.kind = kind;
  d.severity = severity;
  d.reason = reason;
  d.score = score(kind, severity, d.articleAnchor, cmp.articleLength);
}

/** One side of a group. A single sentence's side shares its token array with the document (no one writes to it). */
export function side(doc: Prepared, ids: number[]): GroupSide {
  if (ids.length === 1) {
    const s = doc.sentences[ids[0]!]!;
    const tokens = doc.tokens[ids[0]!]!;
    return { text: doc.text, tokens, sentences: [{ start: s.start, end: s.end, from: 0, to: tokens.length }], quoted: doc.quoted[ids[0]!]!, quotes: doc.quotes, head: headOf(doc) };
  }
  const tokens: Token[] = [];
  const sentences: GroupSide['sentences'] = [];
  for (const id of ids) {
    const s = doc.sentences[id]!;
    const from = tokens.length;
    for (const t of doc.tokens[id]!) tokens.push(t);
    sentences.push({ start: s.start, end: s.end, from, to: tokens.length });
  }
  return { text: doc.text, tokens, sentences, quoted: quotedOf(doc, ids), quotes: doc.quotes, head: headOf(doc) };
}

/** The spans of a side's tokens `idx`: neighbouring tokens make one span (over a line break only inside one sentence). */
export function spansOf(side: GroupSide, idx: number[]): Span[] {
  // In order, each token once: sorted as numbers (a typed array needs no comparator), a repeat skipped (no set).
  const sorted = sortedInts(idx);
  const spans: Span[] = [];
  let prev = -2;
  let prevSentence = -1;
  let sentence = 0;
  for (const i of sorted) {
    if (i === prev) continue;
    const t = side.tokens[i]!;
    while (sentence < side.sentences.length - 1 && i >= side.sentences[sentence]!.to) sentence++;
    const last = spans[spans.length - 1];
    // Neighbouring tokens make one span; over a line break only inside one sentence (a
    // hard-wrapped line), never over a blank line nor from one line's sentence into the next.
    if (last && i === prev + 1 && !lineBreakApart(side.text, last.end, t.start, sentence === prevSentence)) last.end = t.end;
    // A figure's span takes the comparison sign written onto it ("<1"), which no token holds.
    else spans.push({ start: t.start - boundSignBefore(side.text, t.start).length, end: t.end });
    prev = i;
    prevSentence = sentence;
  }
  return spans;
}

/** A span over a wrapped line shows its line break as the space a reader sees there. */
export function textOf(text: string, spans: Span[]): string | null {
  return spans.length ? spans.map((s) => foldLineBreaks(text.slice(s.start, s.end))).join(' … ') : null;
}

/**
 * Each aligned group analysed (its word diff, its detectors' findings, the words written
 * differently), and each headline compared with the sentence it sums up. A headline is not
 * linked to that sentence (it is an added heading that repeats it), but a fact it changes is
 * still a finding, on no alignment.
 */
export function analyseGroups(cmp: Comparing, groups: readonly Group[]): void {
  const { C, A, lexicon, actx, locale, articleLanguage, alignments } = cmp;
  const canonicalText = C.text;
  const articleText = A.text;
  let articleNames: Set<string> | undefined;
  const moves = movesOf(C, A, groups, lexicon);
  for (const g of groups) {
    const cs = side(C, g.canonical);
    const as = side(A, g.article);
    const analysis = articleLanguage
      ? analyzeAcross(cs, as, lexicon, actx.lexicon, { canonical: locale, article: localeFor(articleLanguage), articleNames: (articleNames ??= namesOf(A.tokens, { own: actx.lexicon.functionWords, other: lexicon.functionWords })) })
      : analyzeGroup({ canonical: cs, article: as, lexicon, similarity: g.similarity, relation: g.relation, headings: allHeadings(C, g.canonical) && allHeadings(A, g.article) });
    // Words the diff took as equal but that are written differently: each side shows its own, and some matter.
    const split = articleLanguage ? { diff: analysis.diff, pairs: [] } : splitEqualParts(analysis.diff, cs, as);
    let identical = analysis.identical;
    if (split.pairs.length && g.relation !== 'summary') {
      const variants = variantFindings(split.pairs, {
        canonical: cs,
        article: as,
        lexicon,
        findings: analysis.findings,
      });
      analysis.findings.push(...variants);
      if (variants.length) identical = false;
    }
    const relation = g.relation;
    // A group shown with more than it compares (a headline, alignSummary.ts) is shown whole.
    const shown = g.shown;
    // Compared inside the alignment shown just before it (the two headlines of a group: `within`, compareHeadlines.ts).
    const id = g.within ? alignments.length - 1 : relation === 'summary' && !shown ? null : alignments.length;
    if (!g.within && (relation !== 'summary' || shown)) {
      alignments.push({
        id: alignments.length,
        canonical: shown?.canonical ?? g.canonical,
        article: shown?.article ?? g.article,
        similarity: g.similarity,
        relation: shown?.relation ?? (relation as Alignment['relation']),
        moved: g.moved,
        identical: identical && !shown,
        diff: split.diff,
      });
    }
    const groupStart = A.sentences[g.article[0]!]!.start;
    const headlines = relation !== 'summary' && allHeadings(C, g.canonical) && allHeadings(A, g.article);
    if (headlines) headlineWords(analysis.findings);
    // A headline over a sentence of the other text (alignSummary.ts), the canonical's or the copy's:
    // what the headline states is compared; what the sentence says besides is the lead's detail
    // (compared in the lead's own group), not the headline's fact changed.
    const headlineSide = relation === 'summary' ? summingHeadline(C, A, g) : null;
    for (const f of analysis.findings) {
      if (headlineSide && !(headlineSide === 'canonical' ? f.cTok : f.aTok).length) continue;
      if (!articleLanguage && relation !== 'summary') movedFact(f, g, cs, as, moves, headlines);
      const canonicalSpans = spansOf(cs, f.cMark ? [...f.cTok, ...f.cMark] : f.cTok);
      const articleSpans = spansOf(as, f.aMark ? [...f.aTok, ...f.aMark] : f.aTok);
      add(cmp, {
        kind: f.kind,
        severity: f.severity,
        canonical: withQuote(C, sentencesOf(C, g.canonical, canonicalSpans), f.cQuote),
        article: withQuote(A, sentencesOf(A, g.article, articleSpans), f.aQuote),
        from: textOf(canonicalText, canonicalSpans),
        to: textOf(articleText, articleSpans),
        reason: f.reason,
        canonicalSpans,
        articleSpans,
        // Dropped words show where they would have stood in the article.
        articleAnchor: articleSpans[0]?.start ?? (f.cTok.length ? analysis.canonicalAnchors[Math.min(...f.cTok)]! : groupStart),
        alignment: id,
      });
    }
  }
}

export const allHeadings = (doc: Prepared, ids: readonly number[]): boolean => ids.every((i) => doc.sentences[i]!.kind === 'heading');

/**
 * The side of a summary group whose headline sums up the other side's sentence (alignSummary.ts):
 * the canonical's (a wire headline over the copy's lead) or the article's (a copy's headline over
 * the wire's); null when both sides or neither are headings. Only what that headline states is compared.
 */
function summingHeadline(C: Prepared, A: Prepared, g: Group): 'canonical' | 'article' | null {
  const c = allHeadings(C, g.canonical);
  const a = allHeadings(A, g.article);
  return c === a ? null : c ? 'canonical' : 'article';
}

/**
 * Two headlines over one story say it in other words: a run of words one has and the other
 * lacks (“… Taking Toll on Midwest Corn Producers” / “US Farmers Struggle With Drought”) is a
 * headline written otherwise (low `changed`), not a clause dropped; a figure, time or source
 * a headline drops or adds is still a finding, and so is a word put for another, except a measure
 * (no toll) that the other text's body gives: `movedFact` (elsewhere.ts) makes that a low note; and
 * a count the article's headline leaves out, speaking of something else, that its body states
 * (headlineFacts.ts, after the groups: the fact is compared where the bodies state it).
 */
function headlineWords(findings: Finding[]): void {
  for (const f of findings) {
    if (f.kind !== 'clause' || (f.cTok.length > 0 && f.aTok.length > 0)) continue;
    f.kind = 'changed';
    f.severity = 'low';
  }
}

/** What `movedFact` reads: each text's sentences, the sentences each is linked with, and their keys. */
interface Moves {
  C: TextSide;
  A: TextSide;
  sentenceText: (canonical: boolean, s: number) => string;
  cKeys: SentenceKeys;
  aKeys: SentenceKeys;
  /** The words that count one unit of time (`TimeWords.ones`). */
  ones: ReadonlySet<string>;
}

function movesOf(C: Prepared, A: Prepared, groups: readonly Group[], lexicon: Lexicon): Moves {
  // The time reader's index of the language's time words holds them as a set already.
  const ones: ReadonlySet<string> = lexicon.time ? timeIndex(lexicon.time).ones : new Set();
  const cPartners = new Map<number, number[]>();
  const aPartners = new Map<number, number[]>();
  for (const g of groups) {
    for (const c of g.canonical) cPartners.set(c, g.article);
    for (const a of g.article) aPartners.set(a, g.canonical);
  }
  return {
    C: { partners: (s) => cPartners.get(s) ?? [], sentences: C.sentences },
    A: { partners: (s) => aPartners.get(s) ?? [], sentences: A.sentences },
    sentenceText: (canonical, s) => (canonical ? C : A).sentences[s]!.text,
    cKeys: new SentenceKeys(C.tokens),
    aKeys: new SentenceKeys(A.tokens),
    ones,
  };
}

/**
 * A figure, time or clause that one sentence drops or adds and the other text states in
 * another sentence moved: no fact changed, and the finding is low rewording (`elsewhere.ts`).
 */
function movedFact(f: Finding, g: Group, cs: GroupSide, as: GroupSide, m: Moves, headlines: boolean): void {
  const dropped = f.aTok.length === 0;
  const where = dropped
    ? statedElsewhere(f, cs, true, m.A, g.article, m.cKeys, m.aKeys, headlines, m.ones)
    : statedElsewhere(f, as, false, m.C, g.canonical, m.aKeys, m.cKeys, headlines, m.ones);
  if (where < 0) return;
  f.kind = 'changed';
  f.severity = 'low';
  const who = dropped ? 'the article' : 'the canonical';
  const text = quoted(m.sentenceText(!dropped, where), 50);
  // (A time reference's words may stand in the linked sentence itself, where no reference was read: "Last week's attack".)
  const there = (dropped ? g.article : g.canonical).includes(where)
    ? `${who} still has its words, in ${text}: the fact did not change.`
    : `${who} gives it in another sentence, ${text}: the fact moved, it did not change.`;
  f.reason = `${f.reason.replace(/\.$/, '')}; ${there}`;
}

/** Ids from the content only, and the findings in order, most serious first. */
export function assignIds(cmp: Comparing): void {
  const { C, A, out } = cmp;
  // From the content only: the kind, the sentences involved (each hashed once) and the changed words.
  const seen = new Map<string, number>();
  const cHash = new Map<number, number>();
  const aHash = new Map<number, number>();
  const sentenceHash = (memo: Map<number, number>, doc: Prepared, i: number): number => {
    let h = memo.get(i);
    if (h === undefined) memo.set(i, (h = hash53(doc.sentences[i]!.text)));
    return h;
  };
  // The hashes of a finding's sentences, comma-separated: a string made in a loop. (A list mapped
  // and joined was empty for one finding, a list of doubles for the next: two kinds of array to
  // V8, and the join was deoptimised for them, four times in 900 calls of a seed pair.)
  const hashes = (memo: Map<number, number>, doc: Prepared, ids: readonly number[]): string => {
    let s = '';
    for (let k = 0; k < ids.length; k++) s += (k > 0 ? ',' : '') + sentenceHash(memo, doc, ids[k]!);
    return s;
  };
  for (const d of out) {
    const content = d.kind + '\u0000' + hashes(cHash, C, d.canonical) + '\u0000' + hashes(aHash, A, d.article) + '\u0000' + (d.from ?? '') + '\u0000' + (d.to ?? '');
    const base = `${d.kind}-${contentHash(content)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    d.id = n === 0 ? base : `${base}-${n}`;
  }
  out.sort((x, y) => y.score - x.score || x.articleAnchor - y.articleAnchor || (x.id < y.id ? -1 : 1));
}

function score(kind: DiscrepancyKind, severity: Severity, anchor: number, length: number): number {
  // Earlier in the article ranks a little higher among equals: readers meet it first.
  return (SEVERITIES.length - severityRank(severity)) * 1000 + (DISCREPANCY_KINDS.length - kindRank(kind)) * 10 + (length > 0 ? 1 - anchor / length : 0);
}

/** The quotation mask of a group's side: its sentences' masks, concatenated like its tokens. */
function quotedOf(doc: Prepared, ids: number[]): Uint8Array {
  const out = new Uint8Array(ids.reduce((n, id) => n + doc.tokens[id]!.length, 0));
  let at = 0;
  for (const id of ids) {
    out.set(doc.quoted[id]!, at);
    at += doc.quoted[id]!.length;
  }
  return out;
}

/** The sentences of a group that the spans touch, or the whole group when there are no spans on that side. */
function sentencesOf(doc: Prepared, ids: number[], spans: Span[]): number[] {
  if (spans.length === 0) return ids;
  const touched = ids.filter((id) => {
    const s = doc.sentences[id]!;
    return spans.some((sp) => overlaps(sp, s));
  });
  return touched.length ? touched : ids;
}

/** The sentences `ids` and those of the quotation `q` (a finding about a quotation that runs beyond its group), in order. */
function withQuote(doc: Prepared, ids: number[], q: Span | undefined): number[] {
  if (!q) return ids;
  const more = doc.sentences.filter((s) => overlaps(s, q)).map((s) => s.id);
  return [...new Set([...ids, ...more])].sort((x, y) => x - y);
}

/**
 * Whether a line break sets `from` and `to` apart: any line break between two sentences, a
 * blank line (two breaks) inside one (a wrapped line's single break is a space to a reader).
 */
function lineBreakApart(text: string, from: number, to: number, oneSentence: boolean): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks === (oneSentence ? 2 : 1)) return true;
  return false;
}
