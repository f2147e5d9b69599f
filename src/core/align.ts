/**
 * Sentence alignment.
 *
 * Each sentence becomes a set of weighted terms (content-word keys but the words the caller
 * ignores, such as negations; a word the other text has only as a synonym counted as that
 * synonym, or as a word alike by its vector (`alignVectors.ts`); a place or a thing named by its adjective counted as its noun, "Indonesian" /
 * "Indonesia" (`alignForms.ts`); a name spelled out counted as its acronym, when either text has it; two words
 * that make a word of either text, "air base" / "airbase", counted as that word; a figure
 * written partly in words, "five thousand", counted as the figure "5,000" when a text
 * writes it so; weighted by
 * inverse document frequency over both texts). Candidate pairs come
 * from an inverted index, so long texts never build an n×m matrix. Then:
 *
 * 1. one-to-one links, best first, above the similarity threshold (one not well above it
 *    only where it keeps the story's order, or shares a rare term, and shares a word after
 *    the source each sentence opens with: "The news agency says …" twice is two reports, and
 *    more than one phrase: "the worst hit areas" named twice is two statements of them, unless
 *    two of the phrase's words are in no other sentence and a third is shared, nor
 *    set a word against its antonym, "rising" / "falling": `contrast.ts`); at any similarity,
 *    never two that share only one name, each saying more (an outlet's or a programme's, which
 *    its every story carries: `sharesOneName`, alignShared.ts); and below the firm bar (here, in gap
    filling and in rewrites) never two that share only the language's most common words ("people",
    "killed", "reported": what a report of any event says, `sharesOnlyCommonWords`, alignShared.ts);
 * 2. splits and merges (`alignJoin.ts`): a sentence left over whose words (more than names) sit inside a
 *    sentence already linked joins that link if it makes the group more alike (a sentence
 *    between two of the group's parts, or a neighbour whose best home it is, if it keeps
 *    it about as alike; one that fills in a missing part of the sentence, if a little less);
 * 3. gap filling: two sentences left over between the same anchors (or swapped with a
 *    neighbour, when they share three words and a rare one) are linked at a
 *    lower threshold when they share three words or a rare one (and another, between texts of
 *    four sentences or more) and say one thing (paraphrase
 *    and translation drift; `contrast.ts`), and lower still when they are
 *    each other's best and share rare terms (rewrites that keep the facts, not the words);
 *    3c. two leftovers that each make their text's one statement of a fact (a toll, a magnitude,
 *    for one place and time: `AlignOptions.factPairs`, crossFacts.ts) are linked whatever words
 *    they share; the one statement of it left over on each side, where a text states it more than
 *    once, when they share two words, in order, each the other's best leftover;
 *    3d. a single link of steps 1 to 3c where none is firm (word for word, but not a line of
 *    names only, a programme's formula; or well above the threshold by two terms or more, not
 *    one word two short sentences share, and sharing a name or a figure: common words alone are
 *    what two reports of one kind of event both say, `sharesNameOrFigure`), between two texts of some length, is undone, whether
 *    or not they name something in common: among their many pairs of
 *    sentences one weak pair is chance (not one that carries a passage word for word,
 *    `carriesPassage`, alignShared.ts). Two texts that name nothing in common are two
 *    stories (`storyNames`, alignShared.ts): no link below the firm bar is made between them;
 *    nor between two that share a single name, not in both leads, where no link is firm;
 *    3e. the two texts' opening headlines, left over, are linked when they share a term and the
 *    bodies share a linked sentence (two reports that state nothing in common are two stories);
 * 4. a headline or deck left over is linked to the sentence of the other text it sums up, most
 *    often the lead's group (`alignSummary.ts`; the wire's headline or the copy's, whether or not the
 *    other text has one); a copy's heading that sums up a sentence otherwise is a repeat, not a link;
 *    4b. the two titles, linked to each other, join the two leads' group when either sums up the
 *    other text's lead (`joinTitlesToLeads`, alignSummary.ts): a headline is paired with the
 *    sentence that states its fact, and stays paired with the other headline;
 * 5. groups that stand out of canonical order are marked moved (longest increasing
 *    subsequence of the canonical positions in article order).
 */
import type { AlignmentRelation, GroupRelation, Sentence } from './types';
import type { Token } from './text';
import { exactPairs, type CarriedAs } from './alignExact';
import { carriesAfterSources, carriesQuotations, isSetting, namesOnlyByFigure, opposesOfOtherSubject, saysOtherThing } from './contrast';
import { lisMask } from './lis';
import { sharesFigure, withRounded } from './alignRewrite';
import { carriesPassage, isNameWord, namesOf, storyNames, saysMoreThanOneThing, sharesMoreThanSource, sharesOneName, sharesOnePhrase, sharesOnlyCommonWords, type Reporting } from './alignShared';
import { withAcronyms, withCompounds, withFigures } from './alignRuns';
import { composeRemaps, formsRemap } from './alignForms';
import { tryJoin } from './alignJoin';
import { joinTitlesToLeads, linkHeadlines } from './alignSummary';
import { timeNames, whenTerms } from './alignWhen';
import type { TimeWords } from './data/time';
import { commonWords, withVectorRemap } from './alignVectors';
import type { WordVectors } from './wordVectors';
import { anchorsOk, groupVecs, link, MAX_SIDE, unlinkGroup, type LinkTrace, type Pair, type State } from './alignState';
export type { LinkStep, LinkTrace, State as AlignState } from './alignState';
import { type AlignDoc, dice, forEachCandidate, overlap, postings, rareShared, round, shared, sharedCount, synonymRemap, lowest, highest, termVectors, TOP_K, union, type Vec } from './alignTerms';
import { mapList } from './lists';

export type { AlignDoc } from './alignTerms';
export { lisMask } from './lis';
export { similarPairs, type SimilarPair } from './alignTerms';

/** One group of linked sentences, before the word-level analysis. */
export interface Group {
  canonical: number[];
  article: number[];
  similarity: number;
  relation: GroupRelation;
  moved: boolean;
  /** Members that are a headline linked to the sentence it sums up (step 4, alignSummary.ts): compared with it as a summary, shown in the group. */
  headlines?: {
    canonical: number[];
    article: number[];
    /** Those of them compared with the other side's headlines only, not as a summary of its lead (the two titles that joined the leads, `joinTitlesToLeads`). */
    titlesOnly?: { canonical: number[]; article: number[] };
  };
  /** The alignment as shown, where it holds more than is compared word for word (`splitHeadlines`, alignSummary.ts). */
  shown?: { canonical: number[]; article: number[]; relation: AlignmentRelation };
  /** Compared only, inside the alignment shown just before it (the two headlines of a group they joined, `splitHeadlines`): never an alignment of its own. */
  within?: boolean;
}

/** Sentences the alignment found repeated: an article sentence that restates an already matched canonical one, or a heading that sums one up. */
export interface Repeat {
  article: number;
  canonical: number;
}

export interface AlignResult {
  groups: Group[];
  repeats: Repeat[];
  /** Headings that sum up a canonical sentence (relation `summary`): compared with it, never linked (each is also a repeat). */
  summaries?: Group[];
}

function isAlignable(s: Sentence): boolean {
  return s.kind === 'sentence' || s.kind === 'heading';
}

/** How much more alike two neighbouring groups must be as one for their sentences to count as cut differently (step 2b). */
const REGROUP_GAIN = 0.06;

/** Multiple of the one-to-one threshold above which a link may stand out of the story's order on its similarity alone (step 1). */
const SURE = 1.5;
/** How many sentences out of the story's order a link below that may stand (a neighbour swapped). */
const SWAP = 2;

const NO_DAYS: ReadonlySet<string> = new Set();

/** The fewest sentences each text needs for a single weak link between them (step 3d), or one word two sentences share (step 3), to be chance. */
const LONE_MIN = 4;

function alignableCount(doc: AlignDoc): number {
  let n = 0;
  for (const x of doc.sentences) if (isAlignable(x)) n++;
  return n;
}

/** Share of the one-to-one threshold at which mutual best leftovers between the same anchors link (step 3b). */
const LOW_OVERLAP = 0.35;

export interface AlignOptions {
  /** A word's synonyms, by comparison key (the language's, when known): paraphrases link by them. */
  synonyms?: (key: string) => readonly string[];
  /**
   * Words that are no evidence of which sentence is which (a negation: "not" says nothing of
   * what a sentence is about, and a denial dropped must not unlink the sentence that lost it).
   */
  ignore?: (t: Token) => boolean;
  /**
   * Whether a word is a reporting verb ("said", "reports"; `prev` the word before it: "the
   * state" is no verb): the words before one that opens a sentence name its source, not what it says.
   */
  reporting?: Reporting;
  /** Whether two sentences state opposite things ("rising" / "falling"): no weak link between them (`contrast.ts`). */
  opposes?: (c: Token[], a: Token[]) => boolean;
  /** A word's other forms by comparison key, the same thing named by another part of speech ("Indonesian" / "Indonesia"): one term (`alignForms.ts`). */
  forms?: (key: string) => readonly string[];
  /** The language's time words: a date both sentences name is no evidence for a weak link (`alignWhen.ts`; the texts' `text` needed). */
  timeWords?: TimeWords;
  /** English word vectors: a word the other text has only as a word alike counts as that word (`alignVectors.ts`). */
  vectors?: WordVectors;
  /** The id a word is carried word for word by (step 0): its key's, but a reporting verb's irregular form's is its base form's (`baseFormIds`, alignExact.ts). */
  carriedAs?: CarriedAs;
  /** A debugging hook told of each link and the step that made it (`LinkTrace`); the result does not show it. */
  trace?: LinkTrace;
  /**
   * Sentences that state one fact, one of each text (canonical, article, and whether each is its
   * text's one statement of it, or the one left over of several: `leftOver` tells which sentences
   * are unlinked, 0 the canonical's, 1 the article's): linked when both are left over (step 3c; crossFacts.ts).
   */
  factPairs?: (leftOver: (side: 0 | 1, i: number) => boolean) => ReadonlyArray<readonly [number, number, boolean]>;
}

/** The tokens each sentence is aligned by: an alignable sentence's, without the ignored words; null for the others. */
function alignTerms(doc: AlignDoc, ignore: AlignOptions['ignore']): Array<Token[] | null> {
  const ignored = (t: Token): boolean => t.content && ignore!(t);
  return mapList(doc.tokens, (ts, i) => (!isAlignable(doc.sentences[i]!) ? null : ignore && ts.some(ignored) ? ts.filter((t) => !ignored(t)) : ts));
}

/**
 * Sentences cut differently: two groups next to each other on both sides whose words cross
 * between them ("A. B C." ↔ "A B. C.") are one group of two and two.
 */
function regroup(s: State): void {
  const { groups, idf } = s;
  const merged = new Set<number>();
  // By each group's first article sentence, worked out once (not twice per comparison).
  const first = groups.map((g) => (g ? lowest(g.a) : 0));
  const order = groups.map((_, i) => i).filter((i) => groups[i]).sort((x, y) => first[x]! - first[y]!);
  for (let k = 0; k + 1 < order.length; k++) {
    const gi = order[k]!;
    const hi = order[k + 1]!;
    if (merged.has(gi)) continue;
    const g = groups[gi]!;
    const h = groups[hi]!;
    if (highest(g.c) + 1 !== lowest(h.c) || highest(g.a) + 1 !== lowest(h.a)) continue;
    if (g.c.length + h.c.length > MAX_SIDE || g.a.length + h.a.length > MAX_SIDE) continue;
    const [gc, ga] = groupVecs(s, g);
    const [hc, ha] = groupVecs(s, h);
    // No word crosses between them (most neighbours): nothing to regroup, and no union to build.
    if (overlap(gc.terms, ha.terms, idf) + overlap(hc.terms, ga.terms, idf) === 0) continue;
    const wg = gc.weight + ga.weight;
    const wh = hc.weight + ha.weight;
    const before = (dice(gc, ga, idf) * wg + dice(hc, ha, idf) * wh) / Math.max(1e-9, wg + wh);
    const after = dice(union([gc, hc], idf), union([ga, ha], idf), idf);
    if (after < before + REGROUP_GAIN) continue;
    for (const c of h.c) (g.c.push(c), (s.cGroup[c] = gi));
    for (const a of h.a) (g.a.push(a), (s.aGroup[a] = gi));
    groups[hi] = null;
    merged.add(hi);
    order[k + 1] = gi;
  }
}

/**
 * Repeats: an article sentence restating a canonical one already matched, and an article
 * heading that sums up a canonical sentence (a headline over the lead). Neither is linked: a
 * headline is not the lead said again, and a wire text without a headline has nothing the
 * copy's headline stands for; each is an added sentence that says what it repeats. A
 * heading's words are still compared with the sentence it sums up (`summaries`), so that a
 * headline that changes a fact of the lead says so.
 */
function summariesAndRepeats(s: State): { summaries: Group[]; repeats: Repeat[] } {
  const { art, cv, av, idf } = s;
  const summaries: Group[] = [];
  const repeats: Repeat[] = [];
  const bestByContainment = new Map<number, { c: number; cont: number }>();
  for (const p of s.pairs) {
    if (s.aGroup[p.a]! >= 0) continue;
    const w = av[p.a]!.weight;
    const cont = w > 0 ? p.ov / w : 0;
    const cur = bestByContainment.get(p.a);
    if (!cur || cont > cur.cont) bestByContainment.set(p.a, { c: p.c, cont });
  }
  for (const [a, { c, cont }] of bestByContainment) {
    const kind = art.sentences[a]!.kind;
    if (kind === 'heading' && cont >= 0.5 && av[a]!.terms.length >= 3) {
      summaries.push({ canonical: [c], article: [a], similarity: round(dice(cv[c]!, av[a]!, idf)), relation: 'summary', moved: false });
      repeats.push({ article: a, canonical: c });
    } else if (kind === 'sentence' && cont >= 0.8 && s.cGroup[c]! >= 0) {
      repeats.push({ article: a, canonical: c });
    }
  }
  return { summaries, repeats: repeats.sort((x, y) => x.article - y.article) };
}

/** A group's relation by how many sentences it holds on each side. */
export function relationOf(canonical: number, article: number): AlignmentRelation {
  return canonical === 1 && article === 1 ? 'match' : canonical === 1 ? 'split' : article === 1 ? 'merge' : 'many';
}

/** The groups as the result has them: members sorted, relation, similarity, and moved (out of the longest run in order). */
function finishGroups(s: State, headlines: ReadonlySet<string>, titlesOnly: ReadonlySet<string>): Group[] {
  const real: Group[] = [];
  for (const g of s.groups) {
    if (!g) continue;
    g.c.sort((x, y) => x - y);
    g.a.sort((x, y) => x - y);
    const [gc, ga] = groupVecs(s, g);
    const relation = relationOf(g.c.length, g.a.length);
    const group: Group = { canonical: g.c, article: g.a, similarity: round(dice(gc, ga, s.idf)), relation, moved: false };
    const hc = g.c.filter((c) => headlines.has(`c${c}`));
    const ha = g.a.filter((a) => headlines.has(`a${a}`));
    if (hc.length || ha.length) group.headlines = { canonical: hc, article: ha };
    const tc = hc.filter((c) => titlesOnly.has(`c${c}`));
    const ta = ha.filter((a) => titlesOnly.has(`a${a}`));
    if (tc.length || ta.length) group.headlines!.titlesOnly = { canonical: tc, article: ta };
    real.push(group);
  }
  real.sort((x, y) => x.article[0]! - y.article[0]!);
  const mask = lisMask(real.map((g) => g.canonical[0]!));
  real.forEach((g, i) => (g.moved = !mask[i]));
  return real;
}

/**
 * Whether all a candidate pair shares is one phrase (`sharesOnePhrase`, alignShared.ts): one thing
 * named in two statements. Not when two of its words are said by no other sentence of either text
 * and a third is shared besides ("helicopters dropped rice sacks"): what a copy that moves a
 * sentence up or down keeps of it, out of the story's order (move21).
 */
function namesOneThing(canon: AlignDoc, art: AlignDoc, p: Pair): boolean {
  return !(p.rare >= 2 && p.shared >= 3) && sharesOnePhrase(canon.tokens[p.c]!, art.tokens[p.a]!, true);
}

/**
 * Aligns the sentences of two documents. `threshold` is the similarity above which two
 * sentences are linked one to one.
 */
export function align(canon: AlignDoc, art: AlignDoc, threshold: number, options: AlignOptions = {}): AlignResult {
  // --- term vectors and weights ---------------------------------------------------
  const {
    vecs: [cv, av],
    idf,
    df,
    termOf,
  } = termVectors(
    withRounded([canon, art], withFigures([canon, art], withCompounds([canon, art], withAcronyms([canon, art], [alignTerms(canon, options.ignore), alignTerms(art, options.ignore)])))),
    composeRemaps(
      options.forms ? formsRemap([canon, art], options.forms) : new Map(),
      withVectorRemap(canon, art, options.synonyms ? synonymRemap(canon, art, options.synonyms) : undefined, options.vectors, options.ignore),
    ),
  ) as { vecs: [Vec[], Vec[]]; idf: Float64Array; df: number[]; termOf: (t: Token) => number };

  // --- groups, kept as a map from sentence to group -------------------------------
  const cGroup = new Int32Array(canon.sentences.length).fill(-1);
  const aGroup = new Int32Array(art.sentences.length).fill(-1);
  const s: State = { canon, art, cv, av, idf, df, pairs: [], overlapping: [], cGroup, aGroup, groups: [], names: namesOf([canon, art]), joins: [], reporting: options.reporting, termOf, trace: options.trace };
  const kindOk = (c: number, a: number, d: number): boolean =>
    canon.sentences[c]!.kind === art.sentences[a]!.kind || d >= 0.6;
  // One shared word is no evidence unless it is most of both sentences or rare: a short
  // question ("Why X?") would otherwise claim any sentence that names X.
  const enoughShared = (p: Pair): boolean => p.dice >= 0.6 || p.shared >= 2 || p.rare >= 1;

  // 0. Sentences carried word for word, once on each side, are linked before any search;
  //    only the others look for candidates (they still find these as split/merge partners).
  const alignable = (side: 'c' | 'a', i: number): boolean => isAlignable((side === 'c' ? canon : art).sentences[i]!);
  // The firm links (word for word, or well above the threshold): whether the texts are one story rests on them (step 3d).
  let firm = 0;
  const exact = exactPairs(canon.tokens, art.tokens, alignable, options.carriedAs);
  for (const [c, a] of exact.once) if (link(s, c, a, 'exact') && !namesOnly(canon.tokens[c]!)) firm++;
  // A sentence carried word for word as many times on each side ("Never.", "(MUSIC)"): the k-th with
  // the k-th, where it stands in order between two of those links; no firm link, one of several.
  for (const [c, a] of exact.repeated) if (anchorsOk(s, c, a, true)) link(s, c, a, 'exact');
  const EMPTY: Vec = { terms: new Int32Array(0), weight: 0 };
  const unlinked = (vecs: Vec[], group: Int32Array): Vec[] => mapList(vecs, (v, i) => (group[i]! >= 0 ? EMPTY : v));

  // --- candidates through an inverted index, both ways -----------------------------
  const pairMap = new Map<number, Pair>();
  const addPair = (c: number, a: number): void => {
    const key = c * (art.sentences.length + 1) + a;
    if (pairMap.has(key)) return;
    const sh = shared(cv[c]!.terms, av[a]!.terms, idf, df);
    const d = cv[c]!.weight + av[a]!.weight;
    pairMap.set(key, { c, a, ov: sh.ov, dice: d > 0 ? (2 * sh.ov) / d : 0, shared: sh.shared, rare: sh.rare });
  };
  forEachCandidate(unlinked(av, aGroup), postings(cv), cv.length, { idf, df }, TOP_K, (a, c) => addPair(c, a));
  forEachCandidate(unlinked(cv, cGroup), postings(av), av.length, { idf, df }, TOP_K, (c, a) => addPair(c, a));
  const pairs = (s.pairs = [...pairMap.values()].sort((x, y) => y.dice - x.dice || x.c - y.c || x.a - y.a));
  s.overlapping = pairs.filter((p) => p.ov > 0);
  const free = (p: Pair): boolean => cGroup[p.c]! < 0 && aGroup[p.a]! < 0;
  const opposite = (p: Pair): boolean => !!options.opposes?.(canon.tokens[p.c]!, art.tokens[p.a]!);

  // 1. One to one, best first. A link not well above the threshold must keep the story's
  //    order (lie between the links made before it, or swap with a neighbour) unless the two
  //    sentences share a term no other sentence has (a name, a figure, a key word): two
  //    sentences far apart that share only common words are more often two statements.
  //    Such a link must also carry a quarter of the shorter sentence (`contrast.ts`), and two
  //    sentences that open with one source must share what follows it, at any similarity.
  //    Two texts that name nothing in common are two stories (`storyNames`, alignShared.ts):
  //    between them only a link well above the threshold stands, and no weaker step runs. A
  //    name that is one of the language's most common words ("President", "China") is shared
  //    by reports of many events, and is not counted (`commonWords`, alignVectors.ts). Two
  //    texts that share a single name, and not in both leads, are one story only by a firm
  //    link: without one, no weaker link either (an agency two reports cite, "the Indian Ocean").
  const common = commonWords(options.vectors);
  const names = storyNames([canon, art], termOf, options.timeWords ? timeNames(options.timeWords) : NO_DAYS, common);
  const floor = names !== 'none' ? threshold : threshold * SURE;
  for (const p of pairs) {
    if (p.dice < floor || (p.dice < threshold * SURE && names === 'one' && firm === 0)) break;
    if (!free(p) || !kindOk(p.c, p.a, p.dice) || !enoughShared(p)) continue;
    if (p.dice < threshold * SURE && !anchorsOk(s, p.c, p.a, false, SWAP) && p.rare === 0) continue;
    if (p.dice < threshold * SURE && (!sharesMoreThanSource(s, p.c, p.a, options.reporting) || namesOneThing(canon, art, p))) continue;
    if (p.dice < threshold * SURE ? opposite(p) : !!options.opposes && opposesOfOtherSubject(canon.tokens[p.c]!, art.tokens[p.a]!)) continue;
    if (p.dice < threshold * SURE && (saysOtherThing(s, p.c, p.a, p.ov) || sharesOnlyCommonWords(s, p.c, p.a, common))) continue;
    if (!carriesAfterSources(s, p.c, p.a) || !carriesQuotations(s, p.c, p.a) || sharesOneName(s, p.c, p.a)) continue;
    if (link(s, p.c, p.a, p.dice < threshold * SURE ? 'weak' : 'strong') && p.dice >= threshold * SURE && p.shared >= 2 && sharesNameOrFigure(s, p.c, p.a, options.timeWords)) firm++;
  }

  // 2. Splits and merges: a leftover sentence joins a group when the group becomes more alike;
  //    2b. sentences cut differently are regrouped.
  tryJoin(s, true, options.timeWords);
  tryJoin(s, false, options.timeWords);
  regroup(s);

  // 3. The weaker links (gap filling, low-overlap rewrites, the titles): within one story only.
  const oneStory = names === 'sure' || (names === 'one' && firm > 0);
  if (oneStory) weakLinks(s, threshold, options, free, kindOk, opposite, firm);
  else dropLoneLink(s, firm);
  // 4. A headline or deck left over, linked to the sentence of the other text it sums up (alignSummary.ts).
  const headlines = oneStory ? linkHeadlines(s) : new Set<string>();
  //    4b. The two titles, linked to each other, join the leads' group when one sums up the other text's lead.
  const titlesOnly = oneStory ? joinTitlesToLeads(s, headlines) : new Set<string>();
  options.trace?.('rules', -1, -1, s);

  // 5. Summaries and repeats; 6. the groups, finished, with the moved ones marked.
  const { summaries, repeats } = summariesAndRepeats(s);
  return { groups: finishGroups(s, headlines, titlesOnly), repeats, summaries };
}

/**
 * Step 3d of `align`: a single link, where none is firm, between two texts of some length, is
 * undone (not one that carries a passage word for word). `firm`: how many links are.
 */
function dropLoneLink(s: State, firm: number): void {
  const { canon, art } = s;
  if (firm > 0 || Math.min(alignableCount(canon), alignableCount(art)) < LONE_MIN) return;
  const live = s.groups.filter((g) => g !== null);
  const carried = (g: { c: number[]; a: number[] }): boolean => g.c.some((c) => g.a.some((a) => carriesPassage(canon.tokens[c]!, art.tokens[a]!)));
  if (live.length === 1 && !carried(live[0]!)) unlinkGroup(s, s.groups.indexOf(live[0]!));
}

/**
 * Whether two sentences share a name or a figure: what makes a link well above the threshold firm
 * (step 3d). Common words alike are what two reports of one kind of event say ("Aftershocks
 * continue to be felt.", "people who get it die" in the reports of two outbreaks): one such link
 * alone between two texts of some length is chance, however alike the two sentences are.
 */
function sharesNameOrFigure(s: State, c: number, a: number, timeWords: TimeWords | undefined): boolean {
  const nameTerms = (ts: readonly Token[]): Set<number> =>
    new Set(ts.filter((_, i) => isNameWord(ts, i, s.names)).map(s.termOf));
  const an = nameTerms(s.art.tokens[a]!);
  for (const t of nameTerms(s.canon.tokens[c]!)) if (an.has(t)) return true;
  return sharesFigure(s.canon.tokens[c]!, s.art.tokens[a]!, timeWords);
}

/**
 * Whether two leftover sentences are a pair by their words (step 3c, a fact stated more than
 * once): they share two terms or more, stand in the story's order, and neither has a leftover
 * partner more alike.
 */
function bestLeftOverPair(s: State, c: number, a: number, free: (p: Pair) => boolean): boolean {
  const p = s.pairs.find((q) => q.c === c && q.a === a);
  return !!p && p.shared >= 2 && anchorsOk(s, c, a) && !s.pairs.some((q) => q.dice > p.dice && (q.c === c || q.a === a) && free(q));
}

/** Whether a sentence's content words are all capitalised: a line of names, an outlet's or a programme's formula ("This is FARM HOUR on Harbour Radio."). */
function namesOnly(ts: readonly Token[]): boolean {
  return ts.some((t) => t.content) && ts.every((t) => !t.content || t.cap);
}

/** Steps 3 to 3e of `align` by the rules (gap filling, low-overlap rewrites, their splits, the titles). */
function weakLinks(
  s: State,
  threshold: number,
  options: AlignOptions,
  free: (p: Pair) => boolean,
  kindOk: (c: number, a: number, d: number) => boolean,
  opposite: (p: Pair) => boolean,
  firm: number,
): void {
  const { canon, art, cv, av, df, termOf, pairs, cGroup, aGroup } = s;
  const common = commonWords(options.vectors);
  // Texts of some length: among their many pairs of sentences, a weak pair is found by chance (steps 3 and 3d).
  const manyPairs = Math.min(alignableCount(canon), alignableCount(art)) >= LONE_MIN;
  // 3. Gap filling: leftovers between the same anchors, at a lower threshold. Two common
  //    words ("not", "school") are no evidence there: it takes three shared words, or a rare
  //    one, or two headings (the titles of the two texts); and between two texts of some length
  //    a rare one and another: among their many pairs of sentences one word alone, however rare,
  //    is chance at this bar ("Thousands more were injured." / "… more than 1,400 injured." in
  //    the reports of two quakes; as a lone link is, step 3d). A pair that shares three words and
  //    a rare one may stand a neighbour or two out of order, as a link of step 1 may.
  //    Nor are the words of a date both name ("on Sunday, October 15"): the day of the event
  //    that two reports of it, or a report and its follow-up, both give (`alignWhen.ts`); nor
  //    the story's setting, words in half the sentences of each text ("the storm", "the
  //    coast": `isSetting`, contrast.ts): where and what the story is, not which statement.
  const when = whenTerms([canon, art], options.timeWords, termOf);
  const gapShared = (c: number, a: number): boolean => {
    const wc = when.of(0, c);
    const wa = when.of(1, a);
    const keep = (t: number): boolean => !(wc.has(t) && wa.has(t)) && !isSetting(s, t);
    return (
      sharedCount(cv[c]!.terms, av[a]!.terms, keep) >= 3 ||
      rareShared(cv[c]!.terms, av[a]!.terms, df, keep) >= 1 ||
      headingsShare(c, a)
    );
  };
  const headingsShare = (c: number, a: number): boolean =>
    canon.sentences[c]!.kind === 'heading' && art.sentences[a]!.kind === 'heading' && sharedCount(cv[c]!.terms, av[a]!.terms) >= 2;
  for (const p of pairs) {
    if (p.dice < threshold * 0.6) break;
    if (!free(p) || (manyPairs && p.shared < 2) || !kindOk(p.c, p.a, p.dice) || !gapShared(p.c, p.a)) continue;
    const strong = p.shared >= 3 && p.rare >= 1;
    if (opposite(p) || saysOtherThing(s, p.c, p.a, p.ov) || !carriesQuotations(s, p.c, p.a) || sharesOnlyCommonWords(s, p.c, p.a, common)) continue;
    if (anchorsOk(s, p.c, p.a, false, strong ? SWAP : 0) && saysMoreThanOneThing(s, p, options.reporting) && carriesAfterSources(s, p.c, p.a)) link(s, p.c, p.a, 'gap');
  }
  // 3b. Rewrites at low overlap: between the same anchors, a leftover pair that is each
  //     other's best candidate links at a lower threshold still, when what they share is
  //     more than common words: at least two rare terms (a name, a figure, a key word, or
  //     its synonym) that no other sentence of either text has. Only between two anchors,
  //     one before and one after: two unrelated texts have none, and past the last one (a
  //     story's tail, where copies cut and updates add) nothing holds so weak a link's place;
  //     but a figure both give, with a word besides, is what a rewrite keeps (alignRewrite.ts):
  //     in the story's order, or out of it (a copy moves a figure up) with a term only they have.
  const bestC = new Map<number, Pair>();
  const bestA = new Map<number, Pair>();
  for (const p of pairs) {
    if (!free(p)) continue;
    if (!bestC.has(p.c)) bestC.set(p.c, p);
    if (!bestA.has(p.a)) bestA.set(p.a, p);
  }
  for (const p of pairs) {
    if (p.dice < threshold * LOW_OVERLAP) break;
    if (!free(p) || bestC.get(p.c) !== p || bestA.get(p.a) !== p) continue;
    const rare = p.rare;
    const figure = sharesFigure(canon.tokens[p.c]!, art.tokens[p.a]!, options.timeWords) && p.shared >= 2;
    if (!kindOk(p.c, p.a, p.dice) || !(figure ? rare >= 1 || anchorsOk(s, p.c, p.a) : rare >= 2 && anchorsOk(s, p.c, p.a, true))) continue;
    if (sharesOnlyCommonWords(s, p.c, p.a, common)) continue;
    if (saysMoreThanOneThing(s, p, options.reporting) && carriesAfterSources(s, p.c, p.a) && carriesQuotations(s, p.c, p.a) && !opposite(p) && !namesOnlyByFigure(s, p.c, p.a, p.ov)) link(s, p.c, p.a, 'rewrite');
  }
  // (No split joins a group gap filling made: on the tune gold 1 of the 6 links that did so
  //  was right, 4 touched an omitted or added sentence; bench/eval/linkfit.ts. Tried again on a
  //  tune twice as large: 7 right, 10 false, bench/eval/apart.ts.)

  // 3c. One fact stated: two leftover sentences that each make their text's one statement of a
  //     fact (a toll, the number injured or missing, a quake's magnitude, for one place and time:
  //     crossFacts.ts) say one thing in other words, whatever words they share.
  //     Where a text states the fact twice or more and the others are linked, the one statement
  //     still left over on each side is the same fact only with words to show it: two terms
  //     shared, in the story's order, and each the other's best partner left over (without them,
  //     an earlier shock's magnitude or another side's toll: bench/eval/apart.ts).
  if (options.factPairs)
    for (const [c, a, alone] of options.factPairs((side, i) => (side === 0 ? cGroup : aGroup)[i]! < 0)) {
      if (cGroup[c]! >= 0 || aGroup[a]! >= 0 || canon.sentences[c]!.kind !== 'sentence' || art.sentences[a]!.kind !== 'sentence') continue;
      if (!alone && !bestLeftOverPair(s, c, a, free)) continue;
      link(s, c, a, 'fact');
    }

  // 3d. One link alone: when no link is firm and the steps above made a single one, it is
  //     chance, not a sentence the two texts share. Among the hundreds of pairs of sentences of
  //     two texts on one topic, one weak pair is found as often between two stories (a newscast
  //     that does not carry the story, a report of another quake) as within one; a text that
  //     carries another states more than one of its sentences again. (Two short texts have
  //     few pairs: one weak link between them is no search's chance find.)
  //     (Not a link that carries a passage word for word, `carriesPassage`: no chance writes that.)
  dropLoneLink(s, firm);

  // 3e. The titles: when both texts open with a heading and neither found a partner, they are
  //     the same story's headline, worded anew; linked when they share a term, and only when
  //     the bodies are one story, some sentence under the titles linked. Two reports that state
  //     nothing in common ("Fire Forces Hundreds From Homes" / "Harbour Reopens After Repairs",
  //     a first-day report and a feature a year on) are two stories: each headline heads its own.
  const cTitle = canon.sentences.findIndex(isAlignable);
  const aTitle = art.sentences.findIndex(isAlignable);
  if (cTitle >= 0 && aTitle >= 0 && canon.sentences[cTitle]!.kind === 'heading' && art.sentences[aTitle]!.kind === 'heading') {
    const bodiesLinked = s.groups.some((g) => g !== null);
    if (bodiesLinked && cGroup[cTitle]! < 0 && aGroup[aTitle]! < 0 && sharedCount(cv[cTitle]!.terms, av[aTitle]!.terms) >= 1) link(s, cTitle, aTitle, 'title');
  }
}
