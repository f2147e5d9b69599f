/**
 * What two sentences share beyond the words they have in common, for align.ts: a weak link
 * (one not well above the threshold) must share more than names, more than the source each
 * opens with ("The news agency says …" twice is two reports), and more than one phrase ("the
 * worst hit areas" named twice is two statements of them).
 */
import type { Sentence } from './types';
import { inTitleCase, isTitleCase, type Token } from './text';
import type { AlignDoc } from './alignTerms';

/** What these questions read of the aligner's state: the two texts, the words they write as names (`namesOf`), and each word's term. */
export interface SharedState {
  canon: AlignDoc;
  art: AlignDoc;
  names: ReadonlySet<number>;
  /** A token's term (one for words the aligner counts as one: synonyms, forms, words alike). */
  termOf: (t: Token) => number;
}

/**
 * Whether two sentences share a word other than a name: a figure or a content word that is
 * not capitalised inside its sentence. Below the one-to-one threshold, two sentences about
 * one person ("President Jane Roe promised aid" / "hopes rose when President Jane Roe …")
 * share rare terms and still say different things.
 */
export function sharesMoreThanNames(c: Token[], a: Token[], names: ReadonlySet<number>): boolean {
  const ids = new Set<number>();
  const cPlain = plainWords(c, names);
  for (let i = 0; i < c.length; i++) if (cPlain[i]) ids.add(c[i]!.id);
  const aPlain = plainWords(a, names);
  for (let i = 0; i < a.length; i++) if (aPlain[i] && ids.has(a[i]!.id)) return true;
  return false;
}

/**
 * Whether word `i` of a sentence is a name's: a content word, no figure, capitalised inside the
 * sentence, or its first word and capitalised inside a sentence somewhere in the texts (`names`,
 * `namesOf`): "Rescuers" opening a sentence is no name.
 */
export function isNameWord(ts: readonly Token[], i: number, names: ReadonlySet<number>): boolean {
  const t = ts[i]!;
  return t.content && t.num === null && t.cap && (i > 0 || names.has(t.id));
}

/**
 * Which words of a sentence are content words other than names: a name is capitalised inside
 * the sentence (unless the sentence is in title case), or is its first word and capitalised
 * inside a sentence somewhere in the texts (`names`), or is a short particle inside a name
 * ("de la" in "Florencio de la Cruz").
 */
function plainWords(ts: Token[], names: ReadonlySet<number>): boolean[] {
  const title = isTitleCase(ts);
  const isName = ts.map((_, i) => !title && isNameWord(ts, i, names));
  for (let i = 1; i < ts.length; i++) {
    if (isName[i] || !isName[i - 1]) continue;
    // A run of short lower-case words between two parts of a name belongs to it.
    let j = i;
    while (j < ts.length && !ts[j]!.cap && ts[j]!.norm.length <= 3 && j - i < 3) j++;
    if (j > i && j < ts.length && isName[j]) for (let k = i; k < j; k++) isName[k] = true;
  }
  return ts.map((t, i) => t.content && !isName[i]);
}

/** The fewest content words each sentence must say besides the phrase two sentences share, for that phrase to be all they share (`sharesOnePhrase`). */
const BEYOND_PHRASE = 3;

/**
 * Whether all two sentences share is one phrase, each saying as many content words or more
 * (and three at least) besides it, none in common: "Rescue teams have yet to reach the
 * worst hit areas" and "Troops have reopened roads to the worst hit areas" name one place
 * and say two things of it. A rewording keeps words across the sentence (who, what was done,
 * to what), or keeps most of it. `countIsFact`: a phrase that gives a count both state ("at a
 * depth of five kilometres", "a drive of 153 feet") is not a thing named but the fact itself
 * (`isCount`); so it is for two sentences alike enough to link one to one (step 1 of `align`),
 * not for the leftovers that gap filling links at a lower bar, where two stories of one kind
 * share a count by chance ("40 percent" of adults who read, of people who die of a virus).
 */
export function sharesOnePhrase(c: Token[], a: Token[], countIsFact = false): boolean {
  const cIds = new Set<number>();
  for (const t of c) if (t.content) cIds.add(t.id);
  const shared = new Set<number>();
  for (const t of a) if (t.content && cIds.has(t.id)) shared.add(t.id);
  if (countIsFact && a.some((t, i) => shared.has(t.id) && isCount(a, i)) && c.some((t, i) => shared.has(t.id) && isCount(c, i))) return false;
  return shared.size > 0 && isOnePhraseOf(c, shared) && isOnePhraseOf(a, shared);
}

const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Whether word `i` of a sentence is a count: a figure, in digits or words, that is no year and
 * stands beside no capitalised word but the sentence's first (a figure in a name or a date
 * names a thing: "the September 11 attacks", "Flight 507").
 */
function isCount(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const inName = (j: number): boolean => j > 0 && j < ts.length && ts[j]!.cap;
  return t.num !== null && !YEAR.test(t.norm) && !inName(i - 1) && !inName(i + 1);
}

/** Whether the `shared` words stand together among a sentence's content words, with as many others or more (`BEYOND_PHRASE` at least). */
function isOnePhraseOf(ts: Token[], shared: ReadonlySet<number>): boolean {
  let first = -1;
  let last = -1;
  let n = 0;
  let inside = 0;
  for (const t of ts) {
    if (!t.content) continue;
    if (shared.has(t.id)) {
      if (first < 0) first = n;
      last = n;
      inside++;
    }
    n++;
  }
  return first >= 0 && last - first + 1 === inside && n - inside >= Math.max(BEYOND_PHRASE, inside);
}

/**
 * Whether all two sentences share is one name, each saying something besides: the content words
 * they have in common (as terms, `termOf`) are capitalised in both, no figure among them, and
 * stand together in each as one name (function words between them, "of", but no punctuation: a
 * list of places is not one name); and each has a content word outside it. A name two sentences
 * share is who publishes or who is named, not a statement both make: an outlet's or a programme's
 * ("Welcome to FARM HOUR on Harbour Radio." / "This is the Harbour Radio weather desk."), which
 * its every story carries, at any similarity (short lines are alike by it alone). A line carried
 * word for word is not asked this (step 0 of `align`).
 */
export function sharesOneName(s: SharedState, ci: number, ai: number): boolean {
  const c = s.canon.tokens[ci]!;
  const a = s.art.tokens[ai]!;
  const inC = new Set<number>();
  for (const t of c) if (t.content) inC.add(s.termOf(t));
  const shared = new Set<number>();
  for (const t of a) if (t.content && inC.has(s.termOf(t))) shared.add(s.termOf(t));
  return shared.size > 0 && isOneNameOf(s, s.canon.sentences[ci]!, c, shared) && isOneNameOf(s, s.art.sentences[ai]!, a, shared);
}

/**
 * Whether all two sentences share is among the language's most common words (`common`,
 * `commonWords`, alignVectors.ts; every form either sentence writes of each shared term): "people",
 * "killed", "reported", "case", "going". What reports of any event say is no evidence that two
 * sentences make one statement; a link below the firm bar needs a word less common, a name or a
 * figure (a figure is never a common word here).
 */
export function sharesOnlyCommonWords(s: SharedState, ci: number, ai: number, common: (t: Token) => boolean): boolean {
  const commonIn = new Map<number, boolean>();
  for (const t of s.canon.tokens[ci]!) if (t.content) commonIn.set(s.termOf(t), (commonIn.get(s.termOf(t)) ?? true) && t.num === null && common(t));
  let any = false;
  for (const t of s.art.tokens[ai]!) {
    if (!t.content) continue;
    const inC = commonIn.get(s.termOf(t));
    if (inC === undefined) continue;
    if (!inC || t.num !== null || !common(t)) return false;
    any = true;
  }
  return any;
}

/** Punctuation that parts two names: a list's commas, a clause's. */
const NAME_BREAK = /[,;:()[\]"“”«»!?]/;

/**
 * Whether the `shared` terms stand together in a sentence as one name of capitalised words, with a
 * content word besides (`sharesOneName`); a first word only if the texts write it as a name
 * inside a sentence (`names`): "Rescuers" opening two sentences is no name.
 */
function isOneNameOf(s: SharedState, sentence: Sentence, ts: readonly Token[], shared: ReadonlySet<number>): boolean {
  const { termOf } = s;
  let first = -1;
  let last = -1;
  let besides = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (!t.content) continue;
    if (!shared.has(termOf(t))) {
      besides = true;
      continue;
    }
    if (!isNameWord(ts, i, s.names)) return false;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || !besides) return false;
  for (let i = first + 1; i <= last; i++) {
    const t = ts[i]!;
    if ((t.content && !shared.has(termOf(t))) || NAME_BREAK.test(gapBefore(sentence, ts, i))) return false;
  }
  return true;
}

/** The fewest words in a row, and content words among them, that make a passage carried word for word (`carriesPassage`). */
const PASSAGE_WORDS = 5;
const PASSAGE_CONTENT = 3;

/**
 * Whether two sentences carry one passage word for word: `PASSAGE_WORDS` words in a row or more,
 * `PASSAGE_CONTENT` of them content words in lower case ("stands united in condemning hate", a
 * quotation one report gives whole and the other in part). Two stories do not write one such run
 * by chance; they do name one place or body alike ("in the North Kona and Kohala areas", "U.S.
 * Environmental Protection Agency announced today"), which is why names do not count.
 */
export function carriesPassage(c: readonly Token[], a: readonly Token[]): boolean {
  // The longest common run of keys ending at each token of `a`, for the previous token of `c` (one row of the table).
  let prev = new Int32Array(a.length + 1);
  let cur = new Int32Array(a.length + 1);
  let prevContent = new Int32Array(a.length + 1);
  let curContent = new Int32Array(a.length + 1);
  for (const t of c) {
    for (let j = 0; j < a.length; j++) {
      const u = a[j]!;
      if (u.id !== t.id) {
        cur[j + 1] = 0;
        curContent[j + 1] = 0;
        continue;
      }
      cur[j + 1] = prev[j]! + 1;
      curContent[j + 1] = prevContent[j]! + (t.content && !t.cap && !u.cap ? 1 : 0);
      if (cur[j + 1]! >= PASSAGE_WORDS && curContent[j + 1]! >= PASSAGE_CONTENT) return true;
    }
    [prev, cur] = [cur, prev];
    [prevContent, curContent] = [curContent, prevContent];
  }
  return false;
}

/** Whether a word (after `prev`) is a reporting verb. */
export type Reporting = (t: Token, prev: Token) => boolean;

/** The most words a source that opens a sentence may have before its reporting verb ("The official state news agency says"). */
const MAX_SOURCE = 8;

/** The most words of a place that opens a sentence before its source ("In Miami, VOA's reporter says"). */
const MAX_PLACE = 4;

/**
 * Where a sentence's opening source ends ("Police said …", "The state news agency reports …",
 * "In Geneva, a U.N. spokeswoman said …"): its reporting verb's index, or -1. Words cut off
 * from the verb by a comma, a colon or a quotation mark are no source ("“We will stay,” he
 * said": what was said comes first), unless they are a place the sentence opens with.
 */
export function sourceEnd(sentence: Sentence, ts: readonly Token[], isReporting: Reporting): number {
  const from = afterOpeningPlace(sentence, ts);
  for (let i = from + 1; i < Math.min(ts.length, from + MAX_SOURCE + 1); i++) {
    if (SOURCE_BREAK.test(gapBefore(sentence, ts, i))) return -1;
    if (isReporting(ts[i]!, ts[i - 1]!)) return i;
  }
  return -1;
}
const SOURCE_BREAK = /[,;:"“”«»„]/;

/** The text between token `i` of a sentence and the one before it. */
export function gapBefore(sentence: Sentence, ts: readonly Token[], i: number): string {
  return sentence.text.slice(ts[i - 1]!.end - sentence.start, ts[i]!.start - sentence.start);
}

/**
 * The index of the first word after a place the sentence opens with, set off by a comma
 * ("In Miami,", "From Jakarta,": a function word and names), or 0.
 */
function afterOpeningPlace(sentence: Sentence, ts: readonly Token[]): number {
  if (ts[0]?.content !== false) return 0;
  for (let i = 1; i <= MAX_PLACE && i < ts.length; i++) {
    if (!ts[i]!.content || !ts[i]!.cap) return 0;
    const next = i + 1 < ts.length ? gapBefore(sentence, ts, i + 1) : '';
    if (next.includes(',')) return i + 1 < ts.length ? i + 1 : 0;
    if (SOURCE_BREAK.test(next)) return 0;
  }
  return 0;
}

/**
 * Whether two sentences share a content word after the source each opens with: who said it
 * is not what was said, and two reports from one agency ("The state news agency says 900
 * pupils were buried" / "The state news agency says 10,000 were injured") are two statements.
 */
export function sharesMoreThanSource(s: SharedState, ci: number, ai: number, isReporting: Reporting | undefined): boolean {
  if (!isReporting) return true;
  const c = s.canon.tokens[ci]!;
  const a = s.art.tokens[ai]!;
  const ce = sourceEnd(s.canon.sentences[ci]!, c, isReporting);
  const ae = sourceEnd(s.art.sentences[ai]!, a, isReporting);
  if (ce < 0 && ae < 0) return true;
  const ids = new Set<number>();
  for (let i = ce + 1; i < c.length; i++) if (c[i]!.content) ids.add(c[i]!.id);
  for (let i = ae + 1; i < a.length; i++) if (a[i]!.content && ids.has(a[i]!.id)) return true;
  return false;
}

/**
 * Whether what a weak pair shares is more than one thing both name: more than names, more
 * than the source each opens with, more than one phrase, more than one name (a line in title
 * case, whose every word is capitalised, shares more than names by `sharesMoreThanNames`).
 */
export function saysMoreThanOneThing(s: SharedState, p: { c: number; a: number }, isReporting: Reporting | undefined): boolean {
  const c = s.canon.tokens[p.c]!;
  const a = s.art.tokens[p.a]!;
  return sharesMoreThanNames(c, a, s.names) && sharesMoreThanSource(s, p.c, p.a, isReporting) && !sharesOnePhrase(c, a) && !sharesOneName(s, p.c, p.a);
}

/** The words the texts capitalise inside a sentence that is not in title case: names. */
export function namesOf(docs: readonly AlignDoc[]): Set<number> {
  const names = new Set<number>();
  for (const doc of docs)
    for (const ts of doc.tokens) {
      if (isTitleCase(ts)) continue;
      for (let i = 1; i < ts.length; i++) if (ts[i]!.cap && ts[i]!.content && ts[i]!.num === null) names.add(ts[i]!.id);
    }
  return names;
}

/** The fewest names each text must write for naming nothing in common to tell two stories apart (`namesInCommon`). */
export const MIN_NAMES = 3;

/** The opening sentences of a text (headline, dateline, lead): a name both texts write there is the story's subject (`storyNames`). */
export const LEAD_SENTENCES = 5;

/**
 * How surely two texts are one story by the names they share (`storyNames`): `none`, two stories
 * (they name nothing in common); `one`, a single name in common, written past the leads of one text
 * or both; `sure`, two names in common, or one both name in their first `LEAD_SENTENCES` sentences,
 * or a text that names too little to tell.
 */
export type StoryNames = 'none' | 'one' | 'sure';

/**
 * Whether two texts name something in common: a word both capitalise inside a sentence (a
 * place, a person, an agency: "Iquique", "Bachelet"), not a week day, a month or a time zone
 * (`days`: the language's, lower case; `timeNames`, alignWhen.ts). News is about who and where: two reports that name no one and no
 * place in common ("quake in Nepal" / "quake in Ecuador") are two stories, and what their
 * sentences share ("More than 40 people were killed." / "More than 200 people have been
 * killed") is chance. A name that is one of the language's most common words (`common`, true
 * when any form of it either text writes is: "President", "United States", "China", "News";
 * `commonWords`, alignVectors.ts) is one that reports of many events share, and names nothing
 * in common by itself. A text that names fewer than `MIN_NAMES` things tells nothing either
 * way (true). `termOf`: a token's term (one term for "Chile" and "Chilean", alignForms.ts).
 */
export function namesInCommon(...args: Parameters<typeof storyNames>): boolean {
  return storyNames(...args) !== 'none';
}

/**
 * How surely two texts are one story by the names they share (`StoryNames`; what a name is:
 * `namesInCommon`). Two reports of one story name its subject in their leads ("Iran", "Korea"), or
 * share more than one name; two stories of one kind share at most one name, most often deep in
 * both texts, by chance: an agency each cites ("Health", "Agency"), a word of an adjective ("the
 * Americans" interviewed): `one`, where only a firm link shows the texts are one story (`align`).
 */
export function storyNames(
  docs: readonly [AlignDoc, AlignDoc],
  termOf: (t: Token) => number,
  days: ReadonlySet<string>,
  common: (t: Token) => boolean = () => false,
): StoryNames {
  const [canon, art] = docs;
  const inCanonical = new Set<number>();
  const inArticle = new Set<number>();
  // The terms a form of which, as either text writes it, is a common word ("Pakistan" for "Pakistani" too).
  const commonTerms = new Set<number>();
  const uncommon = (term: number, t: Token): boolean => {
    if (common(t)) commonTerms.add(term);
    return !commonTerms.has(term);
  };
  const shared = new Set<number>();
  let inLeads = false;
  // Sentence by sentence in both texts at once: a name met at sentence k is in the first k + 1 of each.
  // Texts of one story name one thing in their leads or two in their first lines, and the reading stops there.
  const sure = (): boolean => inLeads || shared.size >= 2;
  const meet = (term: number, t: Token, other: ReadonlySet<number>, k: number): boolean => {
    if (uncommon(term, t) && other.has(term)) {
      shared.add(term);
      inLeads ||= k < LEAD_SENTENCES;
    }
    return sure();
  };
  for (let k = 0; !sure() && (k < canon.tokens.length || k < art.tokens.length); k++) {
    if (k < canon.tokens.length) forEachName(canon, k, termOf, days, (term, t) => (inCanonical.add(term), meet(term, t, inArticle, k)));
    if (!sure() && k < art.tokens.length) forEachName(art, k, termOf, days, (term, t) => (inArticle.add(term), meet(term, t, inCanonical, k)));
  }
  if (sure() || inCanonical.size < MIN_NAMES || inArticle.size < MIN_NAMES) return 'sure';
  return shared.size ? 'one' : 'none';
}

/**
 * Calls `visit` with the term of each word of a sentence written as a name (and the word): a
 * content word capitalised inside it, the sentence not in title case, no figure, no day
 * (`namesInCommon`); stops when it returns true. A sentence that reads as prose (`inTitleCase`,
 * text.ts: a full stop, a word in lower case) is no title however many of its words are names
 * ("Marta Olave is director of the Andean Institute of Seismology."): its names are read.
 */
function forEachName(doc: AlignDoc, k: number, termOf: (t: Token) => number, days: ReadonlySet<string>, visit: (term: number, t: Token) => boolean): void {
  const ts = doc.tokens[k]!;
  let asked = false;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!t.cap || !t.content || t.num !== null) continue;
    // Whether the sentence is in title case, asked once and only of a sentence with a capital inside.
    if (!asked && (doc.text === undefined ? isTitleCase(ts) : inTitleCase(doc.text, ts, [doc.sentences[k]!]))) return;
    asked = true;
    if (days.has(t.norm) || (POSSESSIVE.test(t.norm) && days.has(t.norm.slice(0, -2)))) continue;
    const term = termOf(t);
    if (term >= 0 && visit(term, t)) return;
  }
}
const POSSESSIVE = /['’]s$/;
