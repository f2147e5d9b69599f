/**
 * The whole comparison: segment both texts, align their sentences, analyse each group,
 * add the sentences that were added, omitted or moved, rank everything.
 */
import { plainSynonymsOf } from './synonyms';
import { opposes } from './contrast';
import type {
  Alignment,
  CompareOptions,
  Comparison,
  Discrepancy,
  DiscrepancyKind,
  Sentence,
  Severity,
  Span,
} from './types';
import { DISCREPANCY_KINDS, SEVERITIES } from './types';
import { kindRank, severityRank } from './filter';
import { isNegation } from './lexicon';
import { detectLanguage, languageOtherThan, localeFor, readLanguage, scriptOfText, tokenizerContext } from './lang';
import { segment, type SegmentMemo } from './segment';
import { foldLineBreaks, quoted, tokenize, type Token, type TokenizerContext } from './text';
import { align } from './align';
import { alignAcross } from './alignAcross';
import { analyzeAcross, namesOf } from './detect/across';
import { analyzeGroup, salience, type GroupSide } from './detect';
import { DASH_DIALOGUE_LANGUAGES, quotations, quotedMask } from './quotes';
import { splitEqualParts, variantFindings } from './variants';
import { compareCredits } from './credits';
import { contentHash, hash53 } from './hash';
import { inChrome } from './readText';
import { readRunTogether, vocabularyOf } from './runTogether';

/** Default similarity threshold for one-to-one sentence links. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;

interface Prepared {
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
}

/**
 * Segments and tokenizes a text. A sentence whose text is a sentence of `known` (the
 * canonical, when this is an article: most copies carry most sentences word for word)
 * takes that sentence's tokens, moved to where it stands, instead of being tokenized
 * again: tokenization depends on the sentence's text only. Quotation state is computed over
 * the whole text (quotations run across sentences and paragraphs), so it is never reused.
 */
function prepare(
  text: string,
  locale: string,
  ctx: TokenizerContext,
  language: string,
  chrome: readonly Span[] = [],
  known?: { doc: Prepared; byText: Map<string, number> },
): Prepared {
  // A paragraph the canonical has word for word is cut as it was there (the canonical's are kept for that).
  const paragraphs: SegmentMemo = new Map();
  const sentences = segment(text, { locale, lexicon: ctx.lexicon, known: known?.doc.paragraphs, memo: known ? undefined : paragraphs });
  // Page chrome (a web page's blocks outside its article) is never compared as news.
  if (chrome.length) for (const s of sentences) if (inChrome(chrome, s)) s.kind = 'boilerplate';
  const reused = known ? new Uint8Array(sentences.length) : undefined;
  const tokens = sentences.map((s, i) => {
    // The sentence's own text (what a slice would give): its hash is taken once, on that string.
    const k = known?.byText.get(s.text);
    if (k === undefined) return tokenize(text, s.start, s.end, ctx);
    reused![i] = 1;
    const delta = s.start - known!.doc.sentences[k]!.start;
    const same = known!.doc.tokens[k]!;
    return delta === 0 ? same : same.map((t) => t.moved(delta));
  });
  const spans = quotations(text, { dashDialogue: DASH_DIALOGUE_LANGUAGES.has(language) });
  const quoted = tokens.map((ts) => quotedMask(ts, spans));
  return { text, paragraphs, sentences, tokens, quoted, quotes: spans, reused };
}

/** Each sentence's text → the first sentence with it. */
function sentencesByText(doc: Prepared): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of doc.sentences) if (!m.has(s.text)) m.set(s.text, s.id);
  return m;
}

/**
 * A canonical text segmented and tokenized once, to compare many articles against it
 * (the coverage matrix, a folder of versions, live updates of one article).
 * Create it with `prepareCanonical`; it is never modified afterwards.
 */
export interface PreparedCanonical {
  readonly language: string;
  /**
   * The canonical's language when detected beyond doubt (by its function words), else null:
   * an article clearly in another language is then read as a translation. Null when the
   * caller named the language.
   */
  readonly clearLanguage: string | null;
  readonly threshold: number;
  /** @internal */ readonly ctx: TokenizerContext;
  /** @internal */ readonly locale: string;
  /** @internal */ readonly doc: Prepared;
  /** @internal */ readonly byText: Map<string, number>;
}

/**
 * Prepares a canonical text for `compareWith`. The language is `options.language`, or
 * detected from the canonical text (from `fallbackText`, when the canonical alone does
 * not tell).
 */
/** A canonical shorter than this (characters) may take its language from the article too. */
const SHORT_CANONICAL = 300;

export function prepareCanonical(canonicalText: string, options: CompareOptions = {}, fallbackText = ''): PreparedCanonical {
  const threshold = clamp(options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD, 0.05, 0.95);
  const auto = !options.language || options.language === 'auto';
  // The function words decide when they can (and then the language is clear beyond doubt); else franc.
  const read = auto ? readLanguage(canonicalText) : null;
  const clear = read?.clear ?? null;
  let language = read ? read.language : options.language!;
  if (language === 'und' && auto && fallbackText) language = detectLanguage(fallbackText);
  // A canonical of a line or two whose language franc only guessed: read it with the article
  // (a one-sentence pair), where the function words of both may name it.
  else if (read?.guessed && fallbackText && canonicalText.length < SHORT_CANONICAL) {
    const both = readLanguage(canonicalText + '\n\n' + fallbackText);
    if (!both.guessed) language = both.language;
  }
  const ctx = tokenizerContext(language);
  const locale = localeFor(language);
  const doc = prepare(canonicalText, locale, ctx, language, options.canonicalChrome);
  return { language, clearLanguage: clear === language ? clear : null, threshold, ctx, locale, doc, byText: sentencesByText(doc) };
}

/**
 * The canonical text prepared on its own, to compare many articles against it: what
 * `compare` prepares for each of them, or null when the canonical text does not tell its
 * language (then `compare` reads it in each article, and each needs its own preparation).
 */
export function prepareCanonicalAlone(canonicalText: string, options: CompareOptions = {}): PreparedCanonical | null {
  const prepared = prepareCanonical(canonicalText, options);
  const auto = !options.language || options.language === 'auto';
  return auto && prepared.language === 'und' ? null : prepared;
}

/** One side of a group. A single sentence's side shares its token array with the document (no one writes to it). */
function side(doc: Prepared, ids: number[]): GroupSide {
  if (ids.length === 1) {
    const s = doc.sentences[ids[0]!]!;
    const tokens = doc.tokens[ids[0]!]!;
    return { text: doc.text, tokens, sentences: [{ start: s.start, end: s.end, from: 0, to: tokens.length }], quoted: doc.quoted[ids[0]!]!, quotes: doc.quotes };
  }
  const tokens: Token[] = [];
  const sentences: GroupSide['sentences'] = [];
  for (const id of ids) {
    const s = doc.sentences[id]!;
    const from = tokens.length;
    for (const t of doc.tokens[id]!) tokens.push(t);
    sentences.push({ start: s.start, end: s.end, from, to: tokens.length });
  }
  return { text: doc.text, tokens, sentences, quoted: quotedOf(doc, ids), quotes: doc.quotes };
}

function score(kind: DiscrepancyKind, severity: Severity, anchor: number, length: number): number {
  // Earlier in the article ranks a little higher among equals: readers meet it first.
  return (SEVERITIES.length - severityRank(severity)) * 1000 + (DISCREPANCY_KINDS.length - kindRank(kind)) * 10 + (length > 0 ? 1 - anchor / length : 0);
}

/**
 * Compares an article against the canonical text. Pure and synchronous; never throws
 * on any pair of strings.
 */
export function compare(canonicalText: string, articleText: string, options: CompareOptions = {}): Comparison {
  return compareWith(prepareCanonical(canonicalText, options, articleText), articleText, options.articleChrome);
}

/**
 * Compares an article against a prepared canonical text (`articleChrome`: spans of the article
 * that are page chrome). Pure and synchronous; never throws.
 */
export function compareWith(canonical: PreparedCanonical, articleText: string, articleChrome: readonly Span[] = []): Comparison {
  const { language, threshold, ctx, locale } = canonical;
  const lexicon = ctx.lexicon;
  const C = canonical.doc;
  const canonicalText = C.text;
  // A translation: the article is clearly in another language than the canonical.
  const articleLanguage = translationLanguage(canonical, articleText);
  const actx = articleLanguage ? tokenizerContext(articleLanguage) : ctx;
  const A = articleLanguage
    ? prepare(articleText, localeFor(articleLanguage), actx, articleLanguage, articleChrome)
    : prepare(articleText, locale, ctx, language, articleChrome, canonical);
  // Words a copy ran together ("onTuesday") read as the canonical's two words.
  if (!articleLanguage) readRunTogether(A, vocabularyOf(C.tokens), ctx, language === 'eng');

  const { groups, repeats, summaries = [] } = articleLanguage
    ? alignAcross(C, A, { canonical: locale, article: localeFor(articleLanguage) })
    : align(C, A, threshold, {
        synonyms: language === 'eng' ? plainSynonymsOf : undefined,
        ignore: (t) => isNegation(t.norm, lexicon),
        reporting: (t, prev) => lexicon.attributionVerbs.has(t.norm) && !lexicon.determiners?.has(prev.norm),
        opposes: language === 'eng' ? opposes : undefined,
      });
  const alignments: Alignment[] = [];
  const out: Discrepancy[] = [];
  const articleLength = Math.max(1, articleText.length);

  const push = (
    d: Omit<Discrepancy, 'id' | 'score' | 'from' | 'to'> & { from: string | null; to: string | null },
  ): void => {
    out.push({ id: '', ...d, score: score(d.kind, d.severity, d.articleAnchor, articleLength) });
  };

  const spansOf = (side: GroupSide, idx: number[]): Span[] => {
    // In order, each token once: sorted as numbers (a typed array needs no comparator), a repeat skipped (no set).
    const sorted = Int32Array.from(idx).sort();
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
      else spans.push({ start: t.start, end: t.end });
      prev = i;
      prevSentence = sentence;
    }
    return spans;
  };
  // A span over a wrapped line shows its line break as the space a reader sees there.
  const textOf = (text: string, spans: Span[]): string | null =>
    spans.length ? spans.map((s) => foldLineBreaks(text.slice(s.start, s.end))).join(' … ') : null;

  // --- aligned groups, and headlines compared with the sentence they sum up ---------------
  // A headline is not linked to that sentence (it is an added heading that repeats it), but
  // a fact it changes is still a finding, on no alignment.
  let articleNames: Set<string> | undefined;
  for (const g of [...groups, ...summaries]) {
    const cs = side(C, g.canonical);
    const as = side(A, g.article);
    const analysis = articleLanguage
      ? analyzeAcross(cs, as, lexicon, actx.lexicon, { canonical: locale, article: localeFor(articleLanguage), articleNames: (articleNames ??= namesOf(A.tokens)) })
      : analyzeGroup({ canonical: cs, article: as, lexicon, similarity: g.similarity, relation: g.relation });
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
    const id = relation === 'summary' ? null : alignments.length;
    if (relation !== 'summary') {
      alignments.push({
        id: alignments.length,
        canonical: g.canonical,
        article: g.article,
        similarity: g.similarity,
        relation,
        moved: g.moved,
        identical,
        diff: split.diff,
      });
    }
    const groupStart = A.sentences[g.article[0]!]!.start;
    for (const f of analysis.findings) {
      const canonicalSpans = spansOf(cs, f.cMark ? [...f.cTok, ...f.cMark] : f.cTok);
      const articleSpans = spansOf(as, f.aMark ? [...f.aTok, ...f.aMark] : f.aTok);
      push({
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

  // The sentences each side carries (a headline over a sentence is no alignment: it carries neither).
  const cAligned = new Set<number>();
  const aAligned = new Set<number>();
  for (const a of alignments) {
    for (const x of a.canonical) cAligned.add(x);
    for (const x of a.article) aAligned.add(x);
  }

  // --- moved: one discrepancy per run of moved groups that stay together ----------------
  const moved = alignments.filter((a) => a.moved).sort((x, y) => x.article[0]! - y.article[0]!);
  for (let i = 0; i < moved.length; ) {
    let j = i + 1;
    while (
      j < moved.length &&
      moved[j]!.article[0]! === moved[j - 1]!.article[moved[j - 1]!.article.length - 1]! + 1 &&
      moved[j]!.canonical[0]! === moved[j - 1]!.canonical[moved[j - 1]!.canonical.length - 1]! + 1
    ) {
      j++;
    }
    const run = moved.slice(i, j);
    const cIds = run.flatMap((a) => a.canonical);
    const aIds = run.flatMap((a) => a.article);
    const first = A.sentences[aIds[0]!]!;
    const last = A.sentences[aIds[aIds.length - 1]!]!;
    // Where it stood: after the nearest canonical sentence before it that the article carries
    // (an omitted one would point the reader at words the article does not have).
    let before = cIds[0]! - 1;
    while (before >= 0 && !cAligned.has(before)) before--;
    const n = cIds.length;
    push({
      kind: 'moved',
      severity: 'low',
      canonical: cIds,
      article: aIds,
      from: null,
      to: null,
      reason:
        `${n === 1 ? 'This sentence stands' : `These ${n} sentences stand`} out of the canonical order` +
        (before >= 0
          ? `: in the canonical ${n === 1 ? 'it follows' : 'they follow'} ${quoted(C.sentences[before]!.text)}.`
          : cIds[0] === 0
            ? ': in the canonical it opens the story.'
            : ': in the canonical it comes before every sentence the article carries.'),
      canonicalSpans: cIds.map((c) => ({ start: C.sentences[c]!.start, end: C.sentences[c]!.end })),
      articleSpans: [{ start: first.start, end: last.end }],
      articleAnchor: first.start,
      alignment: run[0]!.id,
    });
    i = j;
  }

  // --- added, omitted, boilerplate, datelines ---------------------------------------------
  const repeatOf = new Map(repeats.map((r) => [r.article, r.canonical]));
  // Chrome the canonical carries too (both copies from the same site) is not a difference.
  const canonicalChrome = new Set(C.sentences.filter((s) => s.kind === 'boilerplate').map((s) => chromeKey(s.text)));
  // A page's chrome is not news: counted in the summary, not a finding. On a web page that is every
  // chrome line, the blocks outside its article and a chrome line the segmenter finds inside them
  // ("Sign up for our newsletter"); in plain text a chrome line stays a low finding.
  let pageChrome = 0;
  const isPage = articleChrome.length > 0;
  for (const s of A.sentences) {
    if (aAligned.has(s.id) || s.kind === 'dateline' || s.kind === 'credit') continue;
    const span = [{ start: s.start, end: s.end }];
    if (s.kind === 'boilerplate' && isPage) {
      pageChrome++;
      continue;
    }
    if (s.kind === 'boilerplate') {
      if (canonicalChrome.has(chromeKey(s.text))) continue;
      push({
        kind: 'boilerplate',
        severity: 'low',
        canonical: [],
        article: [s.id],
        from: null,
        to: s.text,
        reason: 'Page chrome (navigation, byline, read time, tags, comments), not news content.',
        canonicalSpans: [],
        articleSpans: span,
        articleAnchor: s.start,
        alignment: null,
      });
      continue;
    }
    const rep = repeatOf.get(s.id);
    const sal = rep !== undefined ? { severity: 'low' as Severity, why: '' } : salience(side(A, [s.id]), actx.lexicon, s.kind);
    push({
      kind: 'added',
      severity: sal.severity,
      canonical: [],
      article: [s.id],
      from: null,
      to: s.text,
      reason:
        rep !== undefined
          ? s.kind === 'heading'
            ? `A headline that sums up canonical sentence ${rep + 1} (${quoted(C.sentences[rep]!.text, 50)}); the canonical has no headline over it.`
            : `Repeats canonical sentence ${rep + 1} (${quoted(C.sentences[rep]!.text, 50)}) as a summary or standfirst.`
          : s.kind === 'heading'
            ? 'Adds a heading that the canonical text does not have.'
            : `Adds ${sal.why} that the canonical text does not have.`,
      canonicalSpans: [],
      articleSpans: span,
      articleAnchor: s.start,
      alignment: null,
    });
  }

  // Where an omitted sentence would have stood: after the article counterpart of the
  // nearest canonical sentence before it (or before the one after it).
  const groupOfCanonical = new Map<number, Alignment>();
  for (const a of alignments) for (const c of a.canonical) groupOfCanonical.set(c, a);
  // Where an omitted canonical sentence would have stood in the article: after the article side
  // of the nearest aligned canonical sentence before it, else before that of the nearest after it.
  // Worked out for every canonical sentence in one pass each way (a long canonical that the
  // article mostly omits would otherwise take a walk per sentence).
  const nC = C.sentences.length;
  const afterPrev = new Float64Array(nC).fill(-1);
  const beforeNext = new Float64Array(nC).fill(-1);
  for (let c = 1, last = -1; c < nC; c++) {
    const g = groupOfCanonical.get(c - 1);
    if (g) last = A.sentences[g.article[g.article.length - 1]!]!.end;
    afterPrev[c] = last;
  }
  for (let c = nC - 2, next = -1; c >= 0; c--) {
    const g = groupOfCanonical.get(c + 1);
    if (g) next = A.sentences[g.article[0]!]!.start;
    beforeNext[c] = next;
  }
  const firstContent = A.sentences.find((s) => s.kind === 'sentence');
  const anchorFor = (c: number): number => {
    if (afterPrev[c]! >= 0) return afterPrev[c]!;
    if (beforeNext[c]! >= 0) return beforeNext[c]!;
    return firstContent ? firstContent.start : 0;
  };
  // Datelines and agency credits: who filed the story, and from where.
  for (const f of compareCredits(C.sentences, A.sentences, anchorFor)) push({ kind: 'attribution', alignment: null, ...f });

  for (const s of C.sentences) {
    if (cAligned.has(s.id) || s.kind === 'boilerplate' || s.kind === 'dateline' || s.kind === 'credit') continue;
    const sal = salience(side(C, [s.id]), lexicon, s.kind);
    push({
      kind: 'omitted',
      severity: s.kind === 'heading' ? 'low' : sal.severity,
      canonical: [s.id],
      article: [],
      from: s.text,
      to: null,
      reason:
        s.kind === 'heading' ? 'Omits a heading of the canonical text.' : `Omits ${sal.why} that the canonical text has.`,
      canonicalSpans: [{ start: s.start, end: s.end }],
      articleSpans: [],
      articleAnchor: anchorFor(s.id),
      alignment: null,
    });
  }

  // --- ids and order --------------------------------------------------------------------
  // From the content only: the kind, the sentences involved (each hashed once) and the changed words.
  const seen = new Map<string, number>();
  const cHash = new Map<number, number>();
  const aHash = new Map<number, number>();
  const sentenceHash = (memo: Map<number, number>, doc: Prepared, i: number): number => {
    let h = memo.get(i);
    if (h === undefined) memo.set(i, (h = hash53(doc.sentences[i]!.text)));
    return h;
  };
  for (const d of out) {
    const base = `${d.kind}-${contentHash(
      [
        d.kind,
        d.canonical.map((i) => sentenceHash(cHash, C, i)).join(','),
        d.article.map((i) => sentenceHash(aHash, A, i)).join(','),
        d.from ?? '',
        d.to ?? '',
      ].join('\u0000'),
    )}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    d.id = n === 0 ? base : `${base}-${n}`;
  }
  out.sort((x, y) => y.score - x.score || x.articleAnchor - y.articleAnchor || (x.id < y.id ? -1 : 1));

  const byKind: Partial<Record<DiscrepancyKind, number>> = {};
  for (const d of out) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  // Lines of page chrome: those that are findings (a chrome line in plain text) and a page's, counted here.
  if (pageChrome) byKind.boilerplate = (byKind.boilerplate ?? 0) + pageChrome;
  const withFinding = new Set(out.flatMap((d) => d.canonical));
  return {
    version: 1,
    language,
    ...(articleLanguage ? { articleLanguage } : {}),
    canonical: { sentences: C.sentences.map((x) => ({ ...x })) },
    article: { sentences: A.sentences },
    alignments,
    discrepancies: out,
    summary: {
      high: out.filter((d) => d.severity === 'high').length,
      medium: out.filter((d) => d.severity === 'medium').length,
      low: out.filter((d) => d.severity === 'low').length,
      byKind,
      identical: [...cAligned].filter((c) => !withFinding.has(c)).length,
      canonicalSentences: C.sentences.length,
      articleSentences: A.sentences.length,
    },
  };
}

/**
 * The article's language when it is a translation of the canonical: the article is written in
 * another script, or the canonical's language is clear from its function words and the article
 * is beyond doubt in another (`languageOtherThan`). Null for a copy in the same language, and
 * whenever either language is in doubt (then the texts are compared word for word).
 */
function translationLanguage(canonical: PreparedCanonical, articleText: string): string | null {
  return languageOtherThan(articleText, canonical.clearLanguage, scriptOfText(canonical.doc.text));
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
    return spans.some((sp) => sp.start < s.end && s.start < sp.end);
  });
  return touched.length ? touched : ids;
}

/** The sentences `ids` and those of the quotation `q` (a finding about a quotation that runs beyond its group), in order. */
function withQuote(doc: Prepared, ids: number[], q: Span | undefined): number[] {
  if (!q) return ids;
  const more = doc.sentences.filter((s) => s.start < q.end && q.start < s.end).map((s) => s.id);
  return [...new Set([...ids, ...more])].sort((x, y) => x - y);
}

/** Whether `text` has a line break from `from` to `to` (both included): only the gap is read, not back to the previous line break. */
/**
 * Whether a line break sets `from` and `to` apart: any line break between two sentences, a
 * blank line (two breaks) inside one (a wrapped line's single break is a space to a reader).
 */
function lineBreakApart(text: string, from: number, to: number, oneSentence: boolean): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks === (oneSentence ? 2 : 1)) return true;
  return false;
}


/** Chrome lines compare without case, digits (counts, dates) and white space. */
function chromeKey(s: string): string {
  return s.toLowerCase().replace(/[\d\s]+/g, ' ').trim();
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
}

