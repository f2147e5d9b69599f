/**
 * Fact statements: the figures of a sentence that count something a story reports (the dead,
 * the injured, the missing, the displaced, the arrested, the rescued, the affected, a place's
 * population, a quake's magnitude), each with its qualifier ("at least", "more than") and the
 * scope it is stated for (the places named after "in", "across"…, a possessive name, the years
 * named). The cross-sentence fact check (crossFacts.ts) compares them between sentences the
 * aligner did not link. English only: the senses are read from English words.
 */
import { isEnglish, type Lexicon } from '../lexicon';
import {
  AFTERSHOCK_NOUNS,
  BACKGROUND_PHRASES,
  LOCATIVES,
  PEOPLE_NOUNS,
  POPULATION_NOUNS,
  QUAKE_NOUNS,
  RATE_PHRASES,
  SENSE_CUES,
  SENSE_NOUNS,
  TOTAL_CUES,
  WORLD_WORDS,
} from '../data/factSenses';
import type { GroupSide } from './group';
import { byNorm, inTitleCase, type Token, type TokenizerContext } from '../text';
import type { NameWord } from '../placeNames';
import { HEDGES, findHedges, type Hedge } from './hedge';
import { NUMBERS, findNumbers } from './number';
import type { SideReading } from './context';
import { boundaryBetween, phraseAt, sentenceOf } from './tokens';

export interface FactStatement {
  /** What the figure counts: a key of `SENSE_CUES`. */
  sense: string;
  /** The figure's value as `findNumbers` gives it ('#300', 'v:hundr'). */
  value: string;
  vague: boolean;
  /** The figure's tokens. */
  toks: number[];
  /** Its qualifier's tokens (empty when none). */
  bound: number[];
  /** The qualifier's sense (its group in `hedgeSenses`, else its words), '' when none. */
  boundSense: string;
  /** Places the sentence states (lower case, no possessive, with their comparison keys); 'world' for "worldwide". */
  places: NameWord[];
  /** Years the sentence names, and 'before' when it sets itself in another time ("last year", "another quake"). */
  times: string[];
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const phrases = (s: string): string[][] => s.split('|').map((p) => p.split(' '));

/** The sense each cue word of `SENSE_CUES` names (a word is the cue of one sense only). */
export const CUE_SENSE = new Map<string, string>();
for (const [sense, list] of Object.entries(SENSE_CUES)) for (const w of words(list)) CUE_SENSE.set(w, sense);
const SENSE_NOUN = words(SENSE_NOUNS);
const PEOPLE = words(PEOPLE_NOUNS);
const POPULATION = words(POPULATION_NOUNS);
const QUAKE = words(QUAKE_NOUNS);
/** Quakes counted ("seven earthquakes since 1900"): the figure is no magnitude. */
const QUAKES = new Set([...QUAKE].map((w) => w + 's'));
const MAGNITUDE = words(SENSE_CUES.magnitude!);
const AFTERSHOCK = words(AFTERSHOCK_NOUNS);
const RATES = phrases(RATE_PHRASES);
const BACKGROUND = phrases(BACKGROUND_PHRASES);
const LOCATIVE = words(LOCATIVES);
const WORLD = words(WORLD_WORDS);

/** How far from a figure a cue of its sense may stand, before it and after what it counts. */
const BEFORE = 7;
const AFTER = 5;
/** How far before its figure "toll" may stand: the head of a long subject ("the death toll in the province that took the brunt of the storm could reach 10,000"). */
const TOLL_BEFORE = 20;
const TOLLS = new Set(['toll', 'tolls']);
const TOTAL_WORDS = words(TOTAL_CUES);

/** Words without one of which a sentence states no fact: the cues of the senses, a quake's nouns, a population's. */
const ANY_CUE = new Set([...CUE_SENSE.keys(), ...QUAKE, ...POPULATION]);

/**
 * Per tokenizer context, the tests of a token's norm that `mayStateFact` asks, each answered
 * once per word form. Kept by context, not by lexicon: norm ids are numbered per context, and
 * two contexts may share one lexicon (Indonesian and Malay), so one memo per lexicon would read
 * one context's words by another's numbers.
 */
const quickTests = new WeakMap<TokenizerContext, { cue: (t: Token) => boolean; vague: (t: Token) => boolean }>();

/** Whether a sentence's tokens (made in `ctx`) may state a fact (a figure and a cue word): a quick test before `findFacts`. */
export function mayStateFact(tokens: readonly Token[], ctx: TokenizerContext): boolean {
  let q = quickTests.get(ctx);
  const lex = ctx.lexicon;
  if (!q) quickTests.set(ctx, (q = { cue: byNorm((n) => ANY_CUE.has(n)), vague: byNorm((n) => lex.vagueQuantities.has(n)) }));
  let figure = false;
  let cue = false;
  for (const t of tokens) {
    if (t.num !== null || q.vague(t)) figure = true;
    else if (q.cue(t)) cue = true;
    if (figure && cue) return true;
  }
  return false;
}

/** One side's reading made once for its group (`DetectContext.read` of that side). */
type ReadSide = <T>(r: SideReading<T>) => T;

/**
 * The fact statements of one sentence (`side` holds that sentence only). A figure counts
 * people when what follows it is a noun of people ("300 residents"), a noun of a sense ("300
 * deaths"), or no noun at all ("at least 33,000 have died"); any other noun ("10 villages",
 * "3 days") makes it a count of something else, and it states no fact here. Its sense is the
 * nearest cue in its clause (not past a comma or another figure), and a count followed by
 * "a day" is a rate, not a fact. `read`: the side's readings made once for its group
 * (`DetectContext.read`), when a detector's context asks.
 */
export function findFacts(side: GroupSide, lex: Lexicon, read?: ReadSide): FactStatement[] {
  const toks = side.tokens;
  const figures = (read ? read(NUMBERS) : findNumbers(side, lex, new Uint8Array(toks.length))).filter((f) => f.kind === 'count' || f.kind === 'vague');
  if (!figures.length) return [];
  const isFigure = new Uint8Array(toks.length);
  for (const f of figures) for (const i of f.toks) isFigure[i] = 1;
  // Read when a figure first has a sense (most figures of a text count nothing looked for here).
  let hedges: readonly Hedge[] | null = null;
  const out: FactStatement[] = [];
  const totals: number[] = [];
  /** The senses each sentence has counted so far; its increments (sentence and sense). */
  const senses = new Map<number, Set<string>>();
  const added = new Set<string>();
  let times: string[] | null = null;
  // In a headline in title case (its words after each sentence's first: three or more) a capital
  // says nothing: its names are not told from its other words.
  const opening = new Set(side.sentences.map((s) => s.from));
  const names = !inTitleCase(side.text, side.tokens.filter((_, i) => !opening.has(i)), side.sentences, 3);
  for (const f of figures) {
    const first = f.toks[0]!;
    const last = f.toks[f.toks.length - 1]!;
    // A figure in words after "point" is a decimal's tail ("seven-point-six"): not a figure read here.
    if (toks[first - 1]?.norm === 'point') continue;
    // A part of a whole, or an earlier figure, is no statement of the count; an increment is none either (below).
    const part = partOrMore(side, first, last);
    if (part === 'part') continue;
    const total = totalAt(side, first, isFigure);
    const sense = senseOf(side, first, last, isFigure, f.kind === 'vague' ? null : Number(f.value.slice(1)), lex.conjunctions) ?? (total ? TOTAL : null);
    if (!sense) continue;
    // An increment ("another 12 bodies") states no whole, and the counts of its sense in its sentence are parts too ("30 bodies
    // had been identified and a further 10"); after a count of another sense it is the next item of a list ("killed 10 and injured another 20").
    const at = sentenceOf(side, first);
    const counted = senses.get(at) ?? new Set<string>();
    senses.set(at, counted);
    const listed = counted.size > 0 && !counted.has(sense);
    counted.add(sense);
    if (part === 'more' && !listed) {
      added.add(`${at} ${sense}`);
      continue;
    }
    const h = (hedges ??= read ? read(HEDGES) : findHedges(side, lex, new Uint8Array(toks.length))).find((x) => x.target === first);
    times ??= timesOf(side);
    if (total) totals.push(out.length);
    out.push({
      sense,
      value: f.value,
      vague: f.kind === 'vague',
      toks: f.toks,
      bound: h ? h.toks : [],
      boundSense: h ? String(lex.hedgeSenses?.get(h.phrase) ?? h.phrase) : '',
      // A quake has one magnitude wherever it is felt.
      places: sense === 'magnitude' ? [] : placesOf(side, first, last, lex, names),
      times,
    });
  }
  const whole = added.size ? out.filter((f, i) => totals.includes(i) || !added.has(`${sentenceOf(side, f.toks[0]!)} ${f.sense}`)) : out;
  const addedSenses = new Set([...added].map((k) => k.slice(k.indexOf(' ') + 1)));
  return totals.length ? withTotals(whole, totals.map((i) => whole.indexOf(out[i]!)), addedSenses) : whole;
}

/** Words after "of" that make a figure a part of a whole ("three of those killed", "two of the dead"). */
const PART_OF = new Set(['the', 'those', 'these', 'them', 'whom', 'which', 'its', 'their']);
/** Words before a figure that make it what is added to a count ("another 12 bodies", "an additional 20"). */
const ADDED = new Set(['another', 'additional', 'further']);

/**
 * Whether the figure at tokens [first, last] counts a part of a whole ("at least three of those
 * killed", "two of the dead") or an earlier figure ("higher than the 4.5 million", "revised from 10
 * to nine"): 'part'; or what is added to a count ("up to 400 more dead", "another 12 bodies"):
 * 'more'. None states the whole count, which another sentence gives.
 */
function partOrMore(side: GroupSide, first: number, last: number): 'part' | 'more' | null {
  const toks = side.tokens;
  const next = toks[last + 1];
  if (next && !boundaryBetween(side, last, last + 1)) {
    const after = toks[last + 2]?.norm ?? '';
    if (next.norm === 'of' && PART_OF.has(after)) return 'part';
    if (next.norm === 'more' && after !== 'than') return 'more';
  }
  const prev = toks[first - 1];
  if (!prev || boundaryBetween(side, first - 1, first)) return null;
  if (ADDED.has(prev.norm)) return 'more';
  // A figure set against the count: the one it is compared with ("higher than the 4.5 million"), the one it was
  // revised from ("from 10 to nine"): an earlier figure, not the sentence's statement.
  if (prev.norm === 'the' && toks[first - 2]?.norm === 'than') return 'part';
  if (prev.norm === 'from') {
    for (let k = last + 1; k <= last + 3 && k + 1 < toks.length && !boundaryBetween(side, k - 1, k); k++) {
      if (toks[k]!.norm === 'to' && toks[k + 1]!.num !== null) return 'part';
    }
  }
  return null;
}

/**
 * The sense of each figure of a side that states a fact, by the figure's first token, read
 * when first asked (English only: the senses are read from English words; none otherwise).
 */
export function figureSenses(side: GroupSide, lex: Lexicon, read?: ReadSide): (tok: number) => string | null {
  let senses: Map<number, string> | null = null;
  return (tok) => {
    if (!senses) {
      senses = new Map();
      if (isEnglish(lex)) for (const f of findFacts(side, lex, read)) senses.set(f.toks[0]!, f.sense);
    }
    return senses.get(tok) ?? null;
  };
}

/** The sense a total takes from the counts of its sentence ("… bringing the total to 94,000"), until it has one. */
const TOTAL = 'total';

/** Whether the figure at `first` is a running total: "total", "tally", "bringing", "raising"… before it in its clause ("bringing the total for the country to 94,000", "raising the toll to 40"). */
function totalAt(side: GroupSide, first: number, isFigure: Uint8Array): boolean {
  for (let j = first - 1, d = 0; j >= 0 && d < BEFORE && !isFigure[j] && !boundaryBetween(side, j, j + 1); j--, d++) {
    if (TOTAL_WORDS.has(side.tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * A sentence that gives a count and the total it brings a sense to ("14,000 bodies were
 * recovered Monday, bringing the total to 94,000"): the total is the sentence's statement of
 * that sense (the other counts of it are what was added), and a total with no cue of its own
 * takes the sense of the sentence's other counts when they have one sense.
 */
function withTotals(list: FactStatement[], totals: number[], added: ReadonlySet<string>): FactStatement[] {
  const others = new Set([...added, ...list.filter((_, i) => !totals.includes(i)).map((f) => f.sense)]);
  const drop = new Set<number>();
  for (const t of totals) {
    const f = list[t]!;
    if (f.sense === TOTAL) {
      if (others.size !== 1) {
        drop.add(t);
        continue;
      }
      f.sense = [...others][0]!;
    }
    list.forEach((g, i) => {
      if (i !== t && !totals.includes(i) && g.sense === f.sense) drop.add(i);
    });
  }
  return list.filter((_, i) => !drop.has(i));
}

/** The sense of the figure at tokens [first, last] (`value`: its value, null for a vague quantity), or null when it counts nothing a story reports. */
function senseOf(side: GroupSide, first: number, last: number, isFigure: Uint8Array, value: number | null, conjunctions?: ReadonlySet<string>): string | null {
  const toks = side.tokens;
  const within = (a: number, b: number): boolean => b >= 0 && b < toks.length && !isFigure[b] && !boundaryBetween(side, Math.min(a, b), Math.max(a, b));
  // An aftershock's magnitude, in the figure's clause, is not the quake's ("aftershocks measuring between 5.8 and 7.3").
  const [from, to] = clauseOf(side, first, last);
  const aftershock = toks.slice(from, to + 1).some((t) => AFTERSHOCK.has(t.norm));
  const magnitude = (v: number | null): string | null => (aftershock ? null : quakeMagnitude(v));
  // What it counts: the words after it, "of" after a vague quantity ("thousands of people").
  let k = last + 1;
  if (value === null && toks[k]?.norm === 'of' && within(last, k)) k++;
  let noun = -1;
  let adjectives = 0;
  // A magnitude's scale or its quake within a few words ("8.5 Richter scale magnitude quake"), before any other noun.
  for (let j = k; within(j - 1, j) && j <= last + 4; j++) {
    const w = toks[j]!.norm;
    if (AFTERSHOCK.has(w) || QUAKES.has(w)) return null;
    if (QUAKE.has(w) || MAGNITUDE.has(w)) return magnitude(value);
    if (!toks[j]!.content) break;
  }
  let counted: string | null = null;
  for (; within(k - 1, k) && k <= last + 4; k++) {
    const w = toks[k]!.norm;
    if (SENSE_NOUN.has(w) || PEOPLE.has(w)) {
      noun = k;
      if (SENSE_NOUN.has(w)) counted = CUE_SENSE.get(w)!;
      break;
    }
    // A predicate ("300 died", "60 remain unaccounted for"): the figure counts no noun of its own.
    if (!toks[k]!.content || CUE_SENSE.has(w) || CUE_SENSE.has(toks[k + 1]?.norm ?? '')) break;
    // A name or one other word before the noun ("300 Iraqi fighters", "40 foreign tourists"); else it counts something else.
    if (!toks[k]!.cap && ++adjectives > 1) return null;
    if (!toks[k]!.cap && !PEOPLE.has(toks[k + 1]?.norm ?? '') && !SENSE_NOUN.has(toks[k + 1]?.norm ?? '')) return null;
  }
  const after = noun >= 0 ? noun + 1 : last + 1;
  if (RATES.some((p) => phraseAt(toks, after, p))) return null;
  if (counted) return counted;
  // A definite count of a place's people ("the 1,800 residents of the village"): its population.
  if (noun >= 0 && POPULATION.has(toks[noun]!.norm) && toks[first - 1]?.norm === 'the') return 'population';
  // The nearest cue in its clause: after what it counts ("people have died"), before it ("killed at least 300").
  // After it, not past a conjunction, which starts the next item ("killed a dozen people and injured many others").
  let best: { sense: string; d: number } | null = null;
  for (let j = after, d = 0; within(j - 1, j) && d < AFTER && !conjunctions?.has(toks[j]!.norm); j++, d++) {
    const s = CUE_SENSE.get(toks[j]!.norm);
    if (s) {
      best = { sense: s, d };
      break;
    }
  }
  // Before it, with a cue after it, not past a conjunction either: a cue there is the item before's ("2181 were injured and thousands are still unaccounted for").
  for (let j = first - 1, d = 0; within(j + 1, j) && d < TOLL_BEFORE && (!best || (d < best.d && !conjunctions?.has(toks[j]!.norm))); j--, d++) {
    const s = CUE_SENSE.get(toks[j]!.norm);
    if (s && (d < BEFORE || TOLLS.has(toks[j]!.norm))) {
      best = { sense: s, d };
      break;
    }
  }
  if (!best) return null;
  if (best.sense === 'magnitude') return magnitude(value);
  return best.sense;
}

/** A quake's magnitude is a figure from 1 to 10. */
function quakeMagnitude(value: number | null): string | null {
  return value !== null && value >= 1 && value < 10 ? 'magnitude' : null;
}

/** The first and last tokens of the clause of tokens [first, last]: not past a comma, a dash or a sentence's end. */
function clauseOf(side: GroupSide, first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !boundaryBetween(side, from - 1, from)) from--;
  let to = last;
  while (to < side.tokens.length - 1 && !boundaryBetween(side, to, to + 1)) to++;
  return [from, to];
}

/** The times a sentence states its figures for: the years it names, and 'before' when it sets itself in another time. */
function timesOf(side: GroupSide): string[] {
  const toks = side.tokens;
  const times = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (BACKGROUND.some((p) => phraseAt(toks, i, p))) times.add('before');
    if (t.num !== null && /^\d{4}$/.test(t.norm) && t.num >= 1800 && t.num <= 2100) times.add(t.norm);
  }
  return [...times].sort();
}

/**
 * The places a figure at tokens [first, last] is stated for: in its clause (not past a comma),
 * the names after "in", "across"… and a possessive name ("Pakistan's interior minister"), and
 * the names of a phrase that opens the sentence ("In Thailand, the toll…"); 'world' for
 * "worldwide". Lower case, no possessive.
 */
function placesOf(side: GroupSide, first: number, last: number, lex: Lexicon, names: boolean): NameWord[] {
  const toks = side.tokens;
  const places = new Map<string, NameWord>();
  const place = (i: number): string => toks[i]!.norm.replace(/['’]s$/, '');
  const add = (i: number): void => void (places.has(place(i)) || places.set(place(i), { norm: place(i), key: toks[i]!.key }));
  const [from, to] = clauseOf(side, first, last);
  /** The names of the phrase after a preposition at `i`: up to a function word other than "the", "of", "and", "a". */
  const phraseAfter = (i: number): void => {
    for (let k = i + 1; k < Math.min(toks.length, i + 9) && !boundaryBetween(side, k - 1, k); k++) {
      const w = toks[k]!;
      if (!w.content && !['the', 'of', 'and', 'a'].includes(w.norm)) break;
      if (w.cap && w.num === null && !lex.dateWords.has(place(k))) add(k);
    }
  };
  const opening = side.sentences[0]?.from ?? 0;
  if (names && from > opening && LOCATIVE.has(toks[opening]!.norm)) phraseAfter(opening);
  for (let i = from; i <= to; i++) {
    const t = toks[i]!;
    if (WORLD.has(t.norm) && !places.has('world')) places.set('world', { norm: 'world', key: 'world' });
    if (!names) continue;
    // A possessive name, not a day's or a month's ("Sunday's").
    if (t.cap && t.num === null && /['’]s$/.test(t.norm) && !lex.dateWords.has(place(i))) add(i);
    if (LOCATIVE.has(t.norm)) phraseAfter(i);
  }
  return [...places.values()];
}
