/**
 * The words and tokens the time reader reads (see time.ts): each language's time words indexed
 * for lookup, and one run of tokens with the questions the readers ask of it (which tokens are
 * free, the text between two, a day or a part of a year before a month name).
 */
import type { TimeWords } from './data/time';
import type { Token } from './text';

export interface Index {
  weekday: Map<string, { i: number; short: boolean }>;
  month: Map<string, { i: number; short: boolean }>;
  dayPart: Set<string>;
  deictic: Map<string, number>;
  modifier: Map<string, number>;
  unit: Map<string, number>;
  after: Map<string, number>;
  links: Set<string>;
  spanLinks: Set<string>;
  vague: Set<string>;
  increments: Set<string>;
  /** Words that count units without a figure (“few”, “several”, “couple” of): “the next few weeks”. */
  counts: Set<string>;
  /** The days of a month written as ordinal words (“fifteenth”, “twenty-first”), each with its day. */
  dayOrdinals: Map<string, number>;
  /** Words that count one unit (“a”, “one”): “a week later”. */
  ones: Set<string>;
  /** Adverbs of how often (“annually”), each with its modifier's and its unit's group (“every”, “year”). */
  often: Map<string, { q: number; u: number }>;
  singleSpanLinks: Set<string>;
  spanOnly: Set<string>;
  partLeads: readonly (readonly string[])[];
  /** Every word a reference can start with (figures aside): most tokens are ruled out by one lookup. */
  starts: Set<string>;
}

const indexes = new WeakMap<TimeWords, Index>();

export function indexOf(w: TimeWords): Index {
  let x = indexes.get(w);
  if (x) return x;
  const groups = (gs: readonly (readonly string[])[]): Map<string, number> => {
    const m = new Map<string, number>();
    gs.forEach((g, i) => g.forEach((s) => m.set(s, i)));
    return m;
  };
  const names = (gs: readonly (readonly string[])[]): Map<string, { i: number; short: boolean }> => {
    const m = new Map<string, { i: number; short: boolean }>();
    gs.forEach((g, i) => g.forEach((s, k) => m.set(s, { i, short: k > 0 && s.length <= 4 })));
    return m;
  };
  const modifier = groups(w.modifiers);
  const unit = groups(w.units);
  const often = new Map<string, { q: number; u: number }>();
  for (const [word, says] of Object.entries(w.often ?? {})) {
    const [q, u] = says.split(' ');
    if (modifier.has(q!) && unit.has(u!)) often.set(word, { q: modifier.get(q!)!, u: unit.get(u!)! });
  }
  x = {
    weekday: names(w.weekdays),
    month: names(w.months),
    dayPart: new Set(w.dayParts),
    deictic: groups(w.deictic),
    modifier,
    unit,
    after: groups(w.after),
    links: new Set(w.links),
    spanLinks: new Set(w.spanLinks ?? []),
    vague: new Set(w.vague ?? []),
    increments: new Set(w.increments ?? []),
    counts: new Set(w.counts ?? []),
    dayOrdinals: new Map((w.dayOrdinals ?? []).map((o, i) => [o, i + 1])),
    ones: new Set(w.ones ?? []),
    often,
    singleSpanLinks: new Set(w.singleSpanLinks ?? []),
    spanOnly: new Set(w.spanOnly ?? []),
    partLeads: w.partLeads ?? [],
    starts: new Set([...w.weekdays.flat(), ...w.months.flat(), ...w.deictic.flat(), ...w.units.flat(), ...w.dayParts, ...often.keys()]),
  };
  indexes.set(w, x);
  return x;
}

/**
 * Whether a word is one of the language's time words: a week day, a month, a part of the
 * day, a deictic word ("yesterday"), a unit ("weeks") or a modifier ("last", "early").
 */
export function isTimeWord(w: TimeWords, word: string): boolean {
  const ix = indexOf(w);
  return ix.starts.has(word) || ix.modifier.has(word);
}

/**
 * Whether a word names a unit of time, a week day, a month or a part of the day ("week",
 * "week's", "Monday", "morning"; a possessive as its word), not a deictic word nor a modifier.
 */
export function namesTimeUnitOrDay(w: TimeWords, word: string): boolean {
  const ix = indexOf(w);
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return ix.unit.has(bare) || ix.weekday.has(bare) || ix.month.has(bare) || ix.dayPart.has(bare);
}

/**
 * The language's time words that name a time, modifiers apart: week days, months, parts of the
 * day, deictic words ("yesterday") and units ("weeks"). One set per language.
 */
export function namingTimeWords(w: TimeWords): ReadonlySet<string> {
  return indexOf(w).starts;
}

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

export const dayOf = (t: Token | undefined): number | null => {
  if (!t || t.num === null || !/^\d{1,2}$/.test(t.norm)) return null;
  const d = parseInt(t.norm, 10);
  return d >= 1 && d <= 31 ? d : null;
};
/** Modifiers that name a part of a year (“late 2019”, “mid-2026”). */
const YEAR_PARTS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'début', 'fin', 'principios', 'finales', 'mediados', 'anfang', 'ende', 'mitte']);
export const yearOf = (t: Token | undefined): number | null =>
  t && /^\d{4}$/.test(t.norm) && t.num !== null && t.num >= 1800 && t.num <= 2100 ? t.num : null;

/**
 * What the readers of one run of tokens ask of it (see `findTimes`): its tokens, which are
 * free, the text between two of them, and the pieces of a date a month name or a part of a
 * year may stand with.
 */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  words: TimeWords;
  ix: Index;
  /** The token's `norm`, or '' for a claimed token or one out of range. */
  norm(k: number): string;
  free(k: number): boolean;
  /** The text between tokens a and b. */
  gap(a: number, b: number): string;
  /** Tokens k and k + 1 stand with only white space between them. */
  adjacent(k: number): boolean;
  /** The first token the next reference may use (the readers look no further back); set past each reference read. */
  next: number;
  /** A short form written with its full stop ("Dec."), or a full name; capitalised where the language writes it so. */
  nameOk(k: number, short: boolean): boolean;
  /** An ordinal ending written apart from its figure by the tokenizer (“1st” → “1”, “st”). */
  ordinal(k: number): boolean;
  /** The day written before a month name at k (“1 December”, “1st of December”, “the fifth of May”), and where it starts. */
  dayBefore(k: number): { day: number; at: number } | null;
  /** The day written after a month name at k (“December 1”, “December 1st”, “May fifth”, “May the 5th”), and its last token. */
  dayAfter(k: number): { day: number; last: number } | null;
  /** The modifier of a part of a year right before token k (“early”, “late”, “mid”, joined by a space or a hyphen), or undefined. */
  yearPartBefore(k: number): number | undefined;
}


/** The ordinal word of a day at k, one word or two joined by a hyphen (“fifth”, “twenty-first”): its day and last token, or null. */
function ordinalWordAt(s: Scan, k: number): { day: number; last: number } | null {
  const days = s.ix.dayOrdinals;
  if (!days.size || !s.free(k)) return null;
  if (s.free(k + 1) && s.gap(k, k + 1) === '-') {
    const day = days.get(`${s.tokens[k]!.norm}-${s.tokens[k + 1]!.norm}`);
    return day === undefined ? null : { day, last: k + 1 };
  }
  const day = days.get(s.tokens[k]!.norm);
  return day === undefined ? null : { day, last: k };
}

/**
 * A day written as an ordinal word after a month name at k - 1 (“September fifteenth”), not one
 * that counts the noun after it (“in March first responders arrived”): punctuation, a function
 * word, a figure or nothing follows it.
 */
function dayWordAt(s: Scan, k: number): { day: number; last: number } | null {
  const w = ordinalWordAt(s, k);
  if (!w) return null;
  const next = s.tokens[w.last + 1];
  if (!next || next.num !== null || !next.content || !/^\s+$/.test(s.gap(w.last, w.last + 1))) return w;
  return null;
}

/** A day written as an ordinal word that ends at j, before a month name (“the fifth of May”, “twenty-first May”): its day and first token, or null. */
function dayWordEndingAt(s: Scan, j: number): { day: number; at: number } | null {
  for (const from of [j - 1, j]) {
    if (from < s.next) continue;
    const w = ordinalWordAt(s, from);
    if (w && w.last === j) return { day: w.day, at: from };
  }
  return null;
}

/** Whether a reference may start at the token: a figure, or a word of the index (“Friday's”: the day without its possessive). */
export function mayStart(t: Token, ix: Index): boolean {
  const c0 = t.norm.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || t.num !== null) return true;
  return ix.starts.has(t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);
}

/** The run of tokens to read references in, claimed tokens left out; `next` starts at 0. */
export function scanOf(text: string, tokens: readonly Token[], words: TimeWords, ix: Index, claimed?: Uint8Array): Scan {
  const n = tokens.length;
  const free = (k: number): boolean => k >= 0 && k < n && !claimed?.[k];
  const norm = (k: number): string => (free(k) ? tokens[k]!.norm : '');
  const gap = (a: number, b: number): string => text.slice(tokens[a]!.end, tokens[b]!.start);
  const s: Scan = {
    text,
    tokens,
    words,
    ix,
    norm,
    free,
    gap,
    next: 0,
    // (A hyphen joins a modifier to what it modifies: "mid-March", "late-night".)
    adjacent: (k) => k >= 0 && k + 1 < n && (/^\s*$/.test(gap(k, k + 1)) || (gap(k, k + 1) === '-' && ix.modifier.has(tokens[k]!.norm))),
    nameOk: (k, short) =>
      (!words.capitalised || tokens[k]!.cap) &&
      (!short ||
        text.slice(tokens[k]!.end, tokens[k]!.end + 1) === '.' ||
        text.slice(tokens[k]!.start, tokens[k]!.end).endsWith('.') ||
        dayOf(tokens[k + 1]) !== null ||
        yearOf(tokens[k + 1]) !== null ||
        dayOf(tokens[k - 1]) !== null),
    ordinal: (k) => free(k) && ORDINAL.has(tokens[k]!.norm) && gap(k - 1, k) === '',
    dayBefore: (k) => {
      let j = k - 1;
      if (norm(j) === 'of') j--;
      if (j < s.next) return null;
      const word = dayWordEndingAt(s, j);
      if (word) return word;
      if (s.ordinal(j)) j--;
      const day = j >= s.next && free(j) ? dayOf(tokens[j]) : null;
      return day !== null ? { day, at: j } : null;
    },
    dayAfter: (k) => {
      if (!free(k + 1)) return null;
      const spaced = (a: number): boolean => /^\s+$/.test(gap(a, a + 1));
      // "May the 5th", "May the fifth": the day after "the" in its ordinal form only.
      const the = norm(k + 1) === 'the' && free(k + 2) && spaced(k) && spaced(k + 1);
      const at = the ? k + 2 : k + 1;
      const word = the || spaced(k) ? dayWordAt(s, at) : null;
      if (word) return word;
      const day = dayOf(tokens[at]);
      if (day === null || /^\s*[.:]\d/.test(gap(at, Math.min(n - 1, at + 1)))) return null;
      if (s.ordinal(at + 1)) return { day, last: at + 1 };
      return the ? null : { day, last: at };
    },
    yearPartBefore: (k) => {
      if (k - 1 < s.next || !free(k - 1) || !/^(?:\s+|-)$/.test(gap(k - 1, k))) return undefined;
      const q = ix.modifier.get(tokens[k - 1]!.norm);
      return q !== undefined && YEAR_PARTS.has(tokens[k - 1]!.norm) ? q : undefined;
    },
  };
  return s;
}
