/**
 * The whole comparison: segment both texts, align their sentences, then the steps of
 * compareSteps.ts: analyse each group, add the sentences that were moved, added or omitted,
 * compare datelines and credits, give each finding its id and rank everything.
 */
import { plainSynonymsOf } from './synonyms';
import type { WordVectors } from './wordVectors';
import { pertainymsOf } from './pertainyms';
import { baseFormIds } from './alignExact';
import { opposes } from './contrast';
import type { CompareOptions, Comparison, DiscrepancyKind } from './types';
import { isNegation } from './lexicon';
import { detectLanguage, languageOtherThan, readLanguage, scriptOfText } from './lang';
import { localeFor, tokenizerContext } from './tokenizerContext';
import { segment, type SegmentMemo } from './segment';
import { byNorm, tokenize, type Token, type TokenizerContext } from './text';
import { mapList } from './lists';
import { align } from './align';
import { splitHeadlines } from './compareHeadlines';
import { alignAcross } from './alignAcross';
import { DASH_DIALOGUE_LANGUAGES, quotations, quotedMask } from './quotes';
import { markPage, NO_MARKS, type PageMarks } from './readText';
import { readRunTogether, vocabularyOf } from './runTogether';
import { addedFindings, carriedSentences, movedFindings, omissionAnchors, omittedFindings } from './compareSentences';
import {
  analyseGroups,
  assignIds,
  type Comparing,
  type Prepared,
} from './compareSteps';
import { headlineFactsInBody } from './headlineFacts';
import { crossFactFindings, factSentencePairs } from './crossFacts';
import { clamp } from './spans';
import { severityCounts } from './filter';

/** Default similarity threshold for one-to-one sentence links. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;

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
  page: PageMarks = NO_MARKS,
  known?: { doc: Prepared; byText: Map<string, number> },
  shared?: SegmentMemo,
): Prepared {
  // A paragraph the canonical has word for word is cut as it was there (the canonical's are kept for that).
  const paragraphs: SegmentMemo = new Map();
  // Page chrome (a web page's blocks outside its article) is never compared as news; a page's heading is one sentence.
  const cut = segment(text, { locale, lexicon: ctx.lexicon, known: known?.doc.paragraphs, memo: known ? undefined : paragraphs, shared });
  const sentences = markPage(text, cut, page);
  const reused = known ? new Uint8Array(sentences.length) : undefined;
  // (mapList, not map: every later step reads these lists, and they must be of one kind to V8; see lists.ts.)
  const tokens = mapList(sentences, (s, i) => {
    // The sentence's own text (what a slice would give): its hash is taken once, on that string.
    const k = known?.byText.get(s.text);
    if (k === undefined) return tokenize(text, s.start, s.end, ctx);
    reused![i] = 1;
    const delta = s.start - known!.doc.sentences[k]!.start;
    const same = known!.doc.tokens[k]!;
    return delta === 0 ? same : mapList(same, (t) => t.moved(delta));
  });
  const spans = quotations(text, { dashDialogue: DASH_DIALOGUE_LANGUAGES.has(language) });
  const quoted = mapList(tokens, (ts) => quotedMask(ts, spans));
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
  /**
   * The canonical is in a language WireDiff cannot name (`language` is `und`), though franc named
   * one: an article whose function words clearly name its language is then a translation, as a
   * copy in such a language is of a canonical clear in its own (`languageOtherThan`).
   */
  readonly unnamed: boolean;
  readonly threshold: number;
  /** @internal */ readonly ctx: TokenizerContext;
  /** @internal */ readonly locale: string;
  /** @internal */ readonly doc: Prepared;
  /** @internal */ readonly byText: Map<string, number>;
  /** @internal */ readonly vectors?: WordVectors;
  /** @internal */ readonly alignTrace?: CompareOptions['alignTrace'];
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
  // A language franc does not know, which it names as one that has function words (Haitian Creole
  // as French): beyond doubt not that language, and named by none (`languageOtherThan`).
  const unnamed = read !== null && read.guessed && language !== 'und' && languageOtherThan(canonicalText, language) === 'und';
  if (unnamed) language = 'und';
  else if (language === 'und' && auto && fallbackText) language = detectLanguage(fallbackText);
  // A canonical of a line or two whose language franc only guessed: read it with the article
  // (a one-sentence pair), where the function words of both may name it.
  else if (read?.guessed && fallbackText && canonicalText.length < SHORT_CANONICAL) {
    const both = readLanguage(canonicalText + '\n\n' + fallbackText);
    if (!both.guessed) language = both.language;
  }
  const ctx = tokenizerContext(language);
  const locale = localeFor(language);
  const doc = prepare(canonicalText, locale, ctx, language, { chrome: options.canonicalChrome ?? [], headings: options.canonicalHeadings ?? [] });
  return { language, clearLanguage: clear === language ? clear : null, unnamed, threshold, ctx, locale, doc, byText: sentencesByText(doc), vectors: options.vectors, alignTrace: options.alignTrace };
}

/**
 * The canonical text prepared on its own, to compare many articles against it: what
 * `compare` prepares for each of them, or null when the canonical text does not tell its
 * language (then `compare` reads it in each article, and each needs its own preparation).
 */
export function prepareCanonicalAlone(canonicalText: string, options: CompareOptions = {}): PreparedCanonical | null {
  const prepared = prepareCanonical(canonicalText, options);
  const auto = !options.language || options.language === 'auto';
  return auto && prepared.language === 'und' && !prepared.unnamed ? null : prepared;
}

/**
 * Per tokenizer context, whether a token's norm negates (`isNegation`), asked once per word form
 * for the life of the process, not once per comparison: the versions of a matrix (and the live
 * updates of one article) ask it of the same words again. Kept by context, not by lexicon: norm
 * ids are numbered per context (see facts.ts, `quickTests`).
 */
const negationTests = new WeakMap<TokenizerContext, (t: Token) => boolean>();

function negationTest(ctx: TokenizerContext): (t: Token) => boolean {
  let test = negationTests.get(ctx);
  if (!test) negationTests.set(ctx, (test = byNorm((norm) => isNegation(norm, ctx.lexicon))));
  return test;
}

/**
 * Compares an article against the canonical text. Pure and synchronous; never throws
 * on any pair of strings.
 */
export function compare(canonicalText: string, articleText: string, options: CompareOptions = {}): Comparison {
  return compareWith(prepareCanonical(canonicalText, options, articleText), articleText, { chrome: options.articleChrome ?? [], headings: options.articleHeadings ?? [] });
}

/**
 * Compares an article against a prepared canonical text (`page`: spans of the article that are
 * page chrome, and its headings, when it was read from a web page). Pure and synchronous; never throws. `paragraphs`: one map passed to
 * each compare of a run of versions (a story's copies share paragraphs the canonical lacks),
 * where their paragraphs' cuts are kept to be read again (segment.ts, `shared`); the caller
 * drops it with the run.
 */
export function compareWith(canonical: PreparedCanonical, articleText: string, page: PageMarks = NO_MARKS, paragraphs?: SegmentMemo): Comparison {
  const { language, threshold, ctx, locale } = canonical;
  const lexicon = ctx.lexicon;
  const C = canonical.doc;
  // A translation: the article is clearly in another language than the canonical.
  const articleLanguage = translationLanguage(canonical, articleText);
  const actx = articleLanguage ? tokenizerContext(articleLanguage) : ctx;
  const A = articleLanguage
    ? prepare(articleText, localeFor(articleLanguage), actx, articleLanguage, page)
    : prepare(articleText, locale, ctx, language, page, canonical, paragraphs);
  // Words a copy ran together ("onTuesday") read as the canonical's two words.
  if (!articleLanguage) readRunTogether(A, vocabularyOf(C.tokens), ctx, language === 'eng');

  const { groups, repeats, summaries = [] } = articleLanguage
    ? alignAcross(C, A, { canonical: locale, article: localeFor(articleLanguage) }, canonical.alignTrace)
    : align(C, A, threshold, {
        synonyms: language === 'eng' ? plainSynonymsOf : undefined,
        forms: language === 'eng' ? pertainymsOf : undefined,
        ignore: negationTest(ctx),
        reporting: (t, prev) => lexicon.attributionVerbs.has(t.norm) && !lexicon.determiners?.has(prev.norm),
        opposes: language === 'eng' ? opposes : undefined,
        timeWords: lexicon.time,
        factPairs: language === 'eng' ? (leftOver) => factSentencePairs(C, A, ctx, leftOver) : undefined,
        vectors: language === 'eng' ? canonical.vectors : undefined,
        trace: canonical.alignTrace,
        carriedAs: baseFormIds(ctx),
      });
  const cmp: Comparing = {
    C,
    A,
    lexicon,
    actx,
    locale,
    articleLanguage,
    alignments: [],
    out: [],
    articleLength: Math.max(1, articleText.length),
  };
  analyseGroups(cmp, [...splitHeadlines(groups), ...summaries]);
  const { cAligned, aAligned } = carriedSentences(cmp.alignments);
  movedFindings(cmp, cAligned);
  const pageChrome = addedFindings(cmp, repeats, aAligned, page.chrome.length > 0);
  omittedFindings(cmp, cAligned, omissionAnchors(cmp));
  // Facts the two texts state in sentences the aligner did not link (English: the senses are read from English words).
  if (!articleLanguage && language === 'eng') {
    headlineFactsInBody(cmp);
    crossFactFindings(cmp);
  }
  assignIds(cmp);
  const { alignments, out } = cmp;

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
      ...severityCounts(out),
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
 * is beyond doubt in another (`languageOtherThan`), or the other way round: the canonical is in a
 * language not named (`unnamed`) and the article's function words clearly name its own. Null for
 * a copy in the same language, and whenever either language is in doubt (then the texts are
 * compared word for word).
 */
function translationLanguage(canonical: PreparedCanonical, articleText: string): string | null {
  const across = languageOtherThan(articleText, canonical.clearLanguage, scriptOfText(canonical.doc.text));
  return across ?? (canonical.unnamed ? readLanguage(articleText).clear : null);
}







