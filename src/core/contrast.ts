/**
 * Two sentences on one topic that state different things.
 *
 * Separate reports of one event (two outlets, or a report and a later one) share the event's
 * words in nearly every sentence, so two of their sentences can look alike and say different
 * things. The aligner asks this module of its weak links (those not well above the
 * threshold) whether they join two statements:
 *
 * - opposite ones: one sentence has a word the other lacks, and the other has that word's
 *   antonym ("the death toll was rising" / "the number of injured was falling", "the border
 *   crossing stayed closed" / "the crossing was open"). A copy that reverses one word of a
 *   sentence it plainly carries is still linked (a finding, not a new sentence): only weak
 *   links are asked. Antonym verbs come from WordNet 3.1, in its common senses (`data/antonyms.ts`,
 *   built with the synonym table by `scripts/build-synonyms.mjs`), as English comparison keys:
 *   verbs only, for nouns and adjectives set against each other mostly classify ("local" /
 *   "national", "north" / "south") where a reversed predicate states another thing;
 * - two things of one topic: two sentences among others that share a few of many words
 *   ("aid is flown into the valley by helicopter while agencies wait for the roads" / "the
 *   governor says the district needs more helicopters to fly aid to remote hamlets"), the
 *   story's setting, a thing both name by its figure ("the 8.0 magnitude quake") and a place
 *   both name with what it is ("the Indonesian province of Aceh") not counted;
 * - two reports of one source: two sentences that open with the same correspondent or agency
 *   ("In Miami, VOA's reporter says …") and share little of what follows it;
 * - two quotations of one speaker: two sentences that each quote words and share little of
 *   them ("“This is the first time …,” said John Callas" / "“When Opportunity was in its prime
 *   …,” said Project Manager John Callas"): what a sentence quotes is what it reports, and a copy
 *   keeps or cuts a quotation, it does not put another in its place.
 */
import { ANTONYMS } from './data/antonyms';
import { deniesAt, isNegation, lexiconFor } from './lexicon';
import type { Sentence } from './types';
import type { Token } from './text';
import type { Vec } from './alignTerms';
import { gapBefore, sourceEnd, type Reporting } from './alignShared';

let table: Map<string, string[]> | null = null;

/** Key → the keys WordNet sets against it; read on first use. */
function load(): Map<string, string[]> {
  if (table) return table;
  const t = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const l = t.get(a);
    if (l) l.push(b);
    else t.set(a, [b]);
  };
  for (const line of ANTONYMS.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const a = line.slice(0, sp);
    const b = line.slice(sp + 1);
    add(a, b);
    add(b, a);
  }
  return (table = t);
}

/** The keys WordNet gives as antonyms of `key` (none when it knows none). */
export function antonymsOf(key: string): readonly string[] {
  return load().get(key) ?? NONE;
}
const NONE: readonly string[] = [];

/**
 * Whether two sentences set a word against its antonym: a content word of one (not a
 * figure) that the other lacks, whose antonym the other has and the first lacks.
 */
export function opposes(c: readonly Token[], a: readonly Token[]): boolean {
  return opposedWords(c, a).length > 0;
}

/**
 * Whether two sentences oppose (`opposes`) of two subjects: before the opposed word, neither
 * has a content word of the other ("rescuers have yet to reach the villages" / "army troops
 * reached the villages"). Two reports that set one predicate against another of different
 * doers are two statements however many other words they share; a copy that reverses the
 * predicate of the same subject ("the government has not yet declared" / "the government has
 * declared") is a finding.
 */
export function opposesOfOtherSubject(c: readonly Token[], a: readonly Token[]): boolean {
  const before = (ts: readonly Token[], key: string): Set<string> => {
    const out = new Set<string>();
    for (const t of ts) {
      if (t.key === key) break;
      if (t.content && t.num === null && t.norm !== 'yet') out.add(t.key);
    }
    return out;
  };
  for (const [kc, ka] of opposedWords(c, a)) {
    const x = before(c, kc);
    const y = before(a, ka);
    if (x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k))) return true;
  }
  return false;
}

/** The pairs of keys (the canonical's, the article's) by which two sentences oppose: a word and its antonym, or a word denied in one and stated in the other. */
function opposedWords(c: readonly Token[], a: readonly Token[]): Array<[string, string]> {
  const ck = wordKeys(c);
  const ak = wordKeys(a);
  const out: Array<[string, string]> = [];
  for (const k of ck) {
    if (ak.has(k)) continue;
    for (const opposite of antonymsOf(k)) if (ak.has(opposite) && !ck.has(opposite)) out.push([k, opposite]);
  }
  for (const k of deniedThere(c, a)) out.push([k, k]);
  for (const k of deniedThere(a, c)) out.push([k, k]);
  return out;
}

/**
 * The keys of a sentence's content words that are no figure. A sentence is asked about once
 * for each candidate it is weighed against: its keys (and its negated keys, below) are read
 * once, kept with its token list (which nothing changes once made).
 */
function wordKeys(ts: readonly Token[]): ReadonlySet<string> {
  let keys = wordKeysMemo.get(ts);
  if (!keys) {
    const made = new Set<string>();
    for (const t of ts) if (t.content && t.num === null) made.add(t.key);
    wordKeysMemo.set(ts, (keys = made));
  }
  return keys;
}
const wordKeysMemo = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** How many words before a word a negation reaches it ("have not yet been able to reach"). */
const NEGATION_REACH = 3;

/**
 * The keys of what sentence `n` denies or puts off and `s` states: a content word of both (not a
 * figure, not a reporting verb) that every time `n` has it stands after a negation, a
 * not-yet ("have yet to reach") or a failure ("failed to reach"), and that `s` has with none
 * ("rescuers have yet to reach the valley" / "soldiers reached the valley on foot"). A
 * sentence that still says it has not happened and one that says it has are two statements.
 */
function deniedThere(n: readonly Token[], s: readonly Token[]): string[] {
  const negated = negatedKeys(n);
  if (negated.size === 0) return [];
  const plain = negatedKeys(s, true);
  return [...negated].filter((k) => plain.has(k));
}

/** The keys of a sentence's content words always in a negation's reach (`plain`: never in one); see `wordKeys`. */
function negatedKeys(ts: readonly Token[], plain = false): ReadonlySet<string> {
  const memo = plain ? plainKeysMemo : negatedKeysMemo;
  let keys = memo.get(ts);
  if (!keys) memo.set(ts, (keys = readNegatedKeys(ts, plain)));
  return keys;
}
const negatedKeysMemo = new WeakMap<readonly Token[], ReadonlySet<string>>();
const plainKeysMemo = new WeakMap<readonly Token[], ReadonlySet<string>>();

function readNegatedKeys(ts: readonly Token[], plain: boolean): ReadonlySet<string> {
  const lex = lexiconFor('eng');
  // In a sentence where nothing ends a negation (`negates`: a negation word, "yet to", "failed
  // to"; most sentences) no word is in a negation's reach: asked once per word, not three times.
  let negating = false;
  for (let j = 0; j < ts.length && !negating; j++) negating = negates(ts, j, lex);
  if (!negating && !plain) return NO_KEYS;
  // The first content word after a negation is what it denies ("have not yet been reached",
  // "no reason to celebrate" denies the reason).
  const inReach = (i: number): boolean => {
    if (!negating) return false;
    for (let j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
      if (negates(ts, j, lex)) return true;
      if (ts[j]!.content && !isNegation(ts[j]!.norm, lex)) return false;
    }
    return false;
  };
  const yes = new Set<string>();
  const no = new Set<string>();
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (!t.content || t.num !== null || isNegation(t.norm, lex) || lex.attributionVerbs.has(t.norm)) continue;
    (inReach(i) ? yes : no).add(t.key);
  }
  const out = new Set<string>();
  for (const k of plain ? no : yes) if (!(plain ? yes : no).has(k)) out.add(k);
  return out;
}
const NO_KEYS: ReadonlySet<string> = new Set();

/** Whether token `j` ends a negation: a negation word (not "not only"), "yet to", or a failure ("failed to", "unable to"). */
function negates(ts: readonly Token[], j: number, lex: ReturnType<typeof lexiconFor>): boolean {
  const norm = ts[j]!.norm;
  if (deniesAt(norm, ts[j + 1]?.norm, lex)) return true;
  if (norm !== 'to') return false;
  // ("yet to" is one of the lexicon's implicit negations, with the failures.)
  for (const p of lex.implicitNegations ?? NO_PHRASES) if (p.length <= j + 1 && endsAt(ts, j, p)) return true;
  return false;
}
const NO_PHRASES: readonly (readonly string[])[] = [];

/** Whether the words of phrase `p` end at token `j` (a loop, not a closure per word asked about). */
function endsAt(ts: readonly Token[], j: number, p: readonly string[]): boolean {
  const from = j - p.length + 1;
  for (let k = 0; k < p.length; k++) if (ts[from + k]!.norm !== p[k]) return false;
  return true;
}

/**
 * The least share of the shorter sentence's weight that a weak link (one the gap filling
 * makes, below the one-to-one threshold) must find inside the other sentence.
 */
export const CARRIED = 0.25;

/**
 * Whether one of two sentences carries a good part of the other (`overlap`: their shared
 * weight; `wc`, `wa`: each one's weight): a quarter of the shorter one's words at least. Two
 * sentences that each share a few words of many ("aid is ferried into the valley by
 * helicopter while agencies wait for the roads to open" / "the president says the country
 * needs helicopters to ferry aid to the victims") name one topic and say two things of it;
 * a shortened or reworded sentence keeps more of what it shortens.
 */
export function carriesOther(overlap: number, wc: number, wa: number): boolean {
  const shorter = Math.min(wc, wa);
  return shorter > 0 && overlap >= CARRIED * shorter;
}

/** What `saysOtherThing` reads of the aligner's state: the sentences, their term vectors, and each one's group (-1: none). */
export interface LinkState {
  canon: { sentences: readonly Sentence[]; tokens: readonly Token[][]; quoted?: readonly Uint8Array[] };
  art: { sentences: readonly Sentence[]; tokens: readonly Token[][]; quoted?: readonly Uint8Array[] };
  cv: readonly Vec[];
  av: readonly Vec[];
  cGroup: Int32Array;
  aGroup: Int32Array;
  idf: Float64Array;
  /** Each term's share of each text's sentences, worked out on first use (`settingWeight`). */
  share?: { c: Float64Array; a: Float64Array };
  /** Whether a word (after `prev`) is a reporting verb (`sourceEnd`). */
  reporting?: Reporting;
  /** A word's term id in `cv`/`av` (-1: none). */
  termOf?: (t: Token) => number;
}

/**
 * Whether a weak link between canonical sentence `c` and article sentence `a` (sharing
 * `overlap` weight) would join two sentences that say two things: neither carries a good part
 * of the other (`carriesOther`), and one of them is not the only sentence left between its
 * linked neighbours (a sentence alone in the place of another stands for it, whatever few
 * words they share: a rewrite of that one sentence).
 */
export function saysOtherThing(s: LinkState, c: number, a: number, overlap: number): boolean {
  if (carriesBeyondSetting(s, c, a, overlap)) return false;
  return !(aloneBetweenLinks(s.canon.sentences, s.cGroup, c) && aloneBetweenLinks(s.art.sentences, s.aGroup, a));
}

/**
 * Whether one of sentences `c` and `a` carries a good part of the other (`carriesOther`) in
 * what they share beyond the story's setting and a thing both name by its figure or a place
 * named with what it is (`settingWeight`, `referringWeight`).
 */
export function carriesBeyondSetting(s: LinkState, c: number, a: number, overlap: number): boolean {
  return carriesOther(overlap - settingWeight(s, c, a) - referringWeight(s, c, a), s.cv[c]!.weight, s.av[a]!.weight);
}

/** The least share of the sentences of each text a word must be in to count as the story's setting (`settingWeight`). */
const SETTING = 0.5;

/** The fewest sentences each text needs for a word in half of them to be its setting: in two or three, every shared word is. */
const MIN_STORY = 4;

/**
 * Whether a term is the story's setting: in half the sentences of each text or more (as
 * `settingWeight` reads it), in texts of `MIN_STORY` sentences or more.
 */
export function isSetting(s: LinkState, t: number): boolean {
  if (s.cv.length < MIN_STORY || s.av.length < MIN_STORY) return false;
  const share = sharesOf(s);
  return Math.min(share.c[t]!, share.a[t]!) >= SETTING;
}

/** Each term's share of the sentences of each text, read once per alignment. */
function sharesOf(s: LinkState): NonNullable<LinkState['share']> {
  return (s.share ??= { c: sentenceShare(s.cv, s.idf.length), a: sentenceShare(s.av, s.idf.length) });
}

/**
 * How much of what sentences `c` and `a` share is the story's setting: a shared word in half
 * the sentences of each text or more, weighed by the lesser of the two shares: a word in most sentences of both ("the province of Aceh", "the
 * quake") names where and what the story is, not which of its statements a sentence is.
 */
function settingWeight(s: LinkState, c: number, a: number): number {
  const { cv, av, idf } = s;
  const share = sharesOf(s);
  const x = cv[c]!.terms;
  const y = av[a]!.terms;
  let w = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      const t = x[i]!;
      const least = Math.min(share.c[t]!, share.a[t]!);
      if (least >= SETTING) w += idf[t]! * least;
      i++;
      j++;
    }
  }
  return w;
}

/** For each term, the share of a text's sentences (those with terms) that carry it. */
function sentenceShare(vecs: readonly Vec[], terms: number): Float64Array {
  const out = new Float64Array(terms);
  let n = 0;
  for (const v of vecs) {
    if (v.terms.length === 0) continue;
    n++;
    for (const t of v.terms) out[t]!++;
  }
  if (n > 0) for (let t = 0; t < terms; t++) out[t]! /= n;
  return out;
}

/** Whether sentence `i` is the only one to link (a sentence or a heading) between its nearest linked neighbours. */
function aloneBetweenLinks(sentences: readonly Sentence[], group: Int32Array, i: number): boolean {
  for (const step of [-1, 1])
    for (let j = i + step; j >= 0 && j < group.length && group[j]! < 0; j += step) {
      const kind = sentences[j]!.kind;
      if (kind === 'sentence' || kind === 'heading') return false;
    }
  return true;
}

/**
 * Whether two sentences that each open with a source ("In Miami, VOA's reporter says …"),
 * the two sharing a word of it, share enough of what follows it: a quarter of the shorter remainder (`carriesOther`). Two
 * reports of one correspondent or one agency open alike and say two things; a copy of one
 * sentence keeps more of what it reports.
 */
export function carriesAfterSources(s: LinkState, c: number, a: number): boolean {
  const { reporting, termOf } = s;
  if (!reporting || !termOf) return true;
  const ct = s.canon.tokens[c]!;
  const at = s.art.tokens[a]!;
  const ce = sourceEnd(s.canon.sentences[c]!, ct, reporting);
  const ae = sourceEnd(s.art.sentences[a]!, at, reporting);
  if (ce < 0 || ae < 0) return true;
  // Sources that share no word before their verbs ("He says" / "She says") add nothing to what two sentences share.
  const hc = sourceHead(ct, ce);
  if (![...sourceHead(at, ae)].some((id) => hc.has(id))) return true;
  const x = termsAfter(ct, ce, termOf);
  const y = termsAfter(at, ae, termOf);
  // A figure both report, or two figures of one thing ("40 people died" / "45 people were
  // killed"), is what one report keeps or changes.
  for (const t of x.figures) if (y.figures.has(t)) return true;
  for (const t of x.counted) if (y.counted.has(t)) return true;
  let wc = 0;
  let wa = 0;
  let shared = 0;
  for (const t of x.terms) {
    wc += s.idf[t]!;
    if (y.terms.has(t)) shared += s.idf[t]!;
  }
  for (const t of y.terms) wa += s.idf[t]!;
  return carriesOther(shared, wc, wa);
}

/** The fewest content words each of two quotations must have to be compared (`carriesQuotations`). */
const MIN_QUOTED = 4;
/**
 * The least share of the shorter quotation's content words the other must say (`carriesQuotations`):
 * a third. Two things one speaker said share a word or two by chance ("quite", "bit" of eight:
 * "There is quite a bit of distance …" / "It's a little bit tricky …"); a quotation kept, cut or
 * with a word or two changed shares most of its words.
 */
const QUOTE_CARRIED = 1 / 3;

/**
 * Whether two sentences that each quote words (`quoted`, the texts' quotation masks) share a good
 * part of them (`QUOTE_CARRIED` of the shorter quotation's words, counted, not weighed: a
 * quotation with a rare word or two changed still shares its common ones; said anywhere in the
 * other sentence, quoted or reported without quotation marks, as a copy that quotes other words of
 * the speaker tells the rest in its own): true when either
 * quotes fewer than `MIN_QUOTED` content words. Two quotations of one speaker sharing a word or
 * two ("marathon") are two things said; the speaker's name and title around them are the source.
 */
export function carriesQuotations(s: LinkState, c: number, a: number): boolean {
  const qc = s.canon.quoted?.[c];
  const qa = s.art.quoted?.[a];
  // (Most sentences quote nothing: their masks are read no further.)
  if (!qc || !qa || !s.termOf || !qc.includes(1) || !qa.includes(1)) return true;
  const x = quotedTerms(s.canon.tokens[c]!, qc, s.termOf);
  const y = quotedTerms(s.art.tokens[a]!, qa, s.termOf);
  if (x.size < MIN_QUOTED || y.size < MIN_QUOTED) return true;
  // The shorter quotation's words, wherever the other sentence says them: quoted, or reported
  // without quotation marks ("a remarkably transparent vote" / "was “remarkably transparent”").
  const [shorter, other] = x.size <= y.size ? [x, s.art.tokens[a]!] : [y, s.canon.tokens[c]!];
  const said = new Set<number>();
  for (const t of other) if (t.content) said.add(s.termOf(t));
  let shared = 0;
  for (const t of shorter) if (said.has(t)) shared++;
  return shared >= QUOTE_CARRIED * shorter.size;
}

/** The terms of a sentence's content words inside a quotation. */
function quotedTerms(tokens: readonly Token[], quoted: Uint8Array, termOf: (t: Token) => number): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!quoted[i] || !t.content) return;
    const term = termOf(t);
    if (term >= 0) out.add(term);
  });
  return out;
}

/**
 * The words that name who a source is: its content words before its verb (at `to`), up to the
 * function word after the first of them ("Local police officials | in the Philippines say"):
 * where a source is or whom it speaks for comes after, and two sources there alike ("the
 * Philippine Red Cross" / "officials in the Philippines") are still two.
 */
function sourceHead(ts: readonly Token[], to: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < to; i++) {
    if (ts[i]!.content) out.add(ts[i]!.id);
    else if (out.size > 0) break;
  }
  return out;
}

/** The terms of a sentence's content words after token `from`; its figures; and the words they count (the first content word after each). */
function termsAfter(ts: readonly Token[], from: number, termOf: (t: Token) => number): { terms: Set<number>; figures: Set<number>; counted: Set<number> } {
  const terms = new Set<number>();
  const figures = new Set<number>();
  const counted = new Set<number>();
  for (let i = from + 1; i < ts.length; i++) {
    const t = ts[i]!.content ? termOf(ts[i]!) : -1;
    if (t < 0) continue;
    terms.add(t);
    if (ts[i]!.num === null) continue;
    figures.add(t);
    const next = ts.slice(i + 1).find((w) => w.content && w.num === null);
    const n = next ? termOf(next) : -1;
    if (n >= 0) counted.add(n);
  }
  return { terms, figures, counted };
}

/**
 * Whether what sentences `c` and `a` share (`overlap`) is mostly a thing both name by its
 * figure (`referringWeight`): the rest is not a quarter of the shorter one.
 */
export function namesOnlyByFigure(s: LinkState, c: number, a: number, overlap: number): boolean {
  const named = referringWeight(s, c, a);
  return named > 0 && !carriesOther(overlap - named, s.cv[c]!.weight, s.av[a]!.weight);
}

/** The most content words after the first that a phrase naming a thing may have ("the 7.1 magnitude quake", "the Indonesian province"). */
const REFERRING_WORDS = 2;

/**
 * How much of what sentences `c` and `a` share is a thing both name after a definite article
 * by its figure ("the 7.1 magnitude quake", "the 2004 tsunami") or a place both name with what
 * it is ("the northern Indonesian province of Aceh", "Aceh, the Indonesian province"): the
 * words of such a phrase in both. A thing so named is one the story has already given; what
 * a sentence says of it is elsewhere ("victims of the 7.1 magnitude quake filled the
 * hospitals" / "roads damaged by the 7.1 magnitude quake slowed the aid").
 */
function referringWeight(s: LinkState, c: number, a: number): number {
  const { termOf } = s;
  if (!termOf) return 0;
  const x = referringTerms(s.canon.sentences[c]!, s.canon.tokens[c]!, termOf);
  if (x.size === 0) return 0;
  let w = 0;
  for (const t of referringTerms(s.art.sentences[a]!, s.art.tokens[a]!, termOf)) if (x.has(t)) w += s.idf[t]!;
  return w;
}

/** The terms of the phrases a sentence names a thing by after a definite article: a figure and the words after it, or a place and what it is (`referringWeight`). */
function referringTerms(sentence: Sentence, ts: readonly Token[], termOf: (t: Token) => number): Set<number> {
  const out = new Set<number>();
  const add = (k: number): void => {
    const t = termOf(ts[k]!);
    if (t >= 0) out.add(t);
  };
  const name = (k: number): boolean => !!ts[k] && ts[k]!.cap && ts[k]!.content && ts[k]!.num === null;
  for (let i = 1; i < ts.length; i++) {
    if (ts[i - 1]!.norm !== 'the' || !ts[i]!.content) continue;
    let end = i;
    while (end + 1 < ts.length && end + 1 <= i + REFERRING_WORDS && ts[end + 1]!.content) end++;
    if (ts[i]!.num !== null) {
      for (let j = i; j <= end; j++) add(j);
      continue;
    }
    // A place or a body named with what it is: "the northern Indonesian province of Aceh", "Aceh, the Indonesian province".
    const of = ts[end + 1]?.norm === 'of' && name(end + 2) ? end + 2 : -1;
    const before = i >= 2 && name(i - 2) && gapBefore(sentence, ts, i - 1).includes(',') ? i - 2 : -1;
    if (of < 0 && before < 0) continue;
    for (let j = i; j <= end; j++) add(j);
    add(of >= 0 ? of : before);
  }
  return out;
}
