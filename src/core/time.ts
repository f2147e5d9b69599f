/**
 * Time references in a run of tokens: week days ("Monday", "late on Sunday", "Monday
 * morning"), dates in the common forms ("Dec. 1", "December 1, 2024", "1 December",
 * "December 2004", "2024-12-03", "Friday, December 24, 2004"), the words that are a time on
 * their own ("yesterday", "overnight"), relative spans ("last week", "earlier this month",
 * "the previous day"), counted ones ("two days ago", "a week later") and clock times
 * ("10:55 p.m. GMT"). The words are data
 * per language (`data/time.ts`).
 *
 * Why not chrono-node (measured on the fixtures, 294 sentences): it parses each sentence to
 * instants in 0.21 ms (0.73 s for 10,000 sentences, against the engine's 1.5 s budget for a
 * whole 10,000-sentence comparison; this reader takes about 0.005 ms), it reads "the Sun"
 * and "now" as dates and misses "overnight", "in 2011" and "the previous day", and past
 * English its locales cost 244 KB of bundle. A comparison needs what a reference says, not
 * the instant it resolves to: the parts it names are compared as they are written.
 */
import type { TimeWords } from './data/time';
import type { Token } from './text';

/** One time reference: its tokens, and what it names as comparable parts. */
export interface TimeRef {
  toks: number[];
  /** Parts by dimension: `w` week day, `m` month, `d` day, `y` year, `c` clock time (24-hour), `h` the same on a 12-hour dial, `x` deictic word, `u` unit, `n` count, `i` a span added to one before ("two more years"), `a` after-word, `p` part of day, `q` modifiers. */
  parts: Map<string, string>;
  /** The parts as one string, equal for references that name the same thing. */
  value: string;
  /**
   * A reference that places nothing by itself (“for years”, “recently”, “shortly”): worth a
   * finding when another reference takes its place, not when it goes or comes alone (“have
   * long kept bases” → “kept bases for years” says the same).
   */
  vague: boolean;
}

interface Index {
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
  singleSpanLinks: Set<string>;
  partLeads: readonly (readonly string[])[];
  /** Every word a reference can start with (figures aside): most tokens are ruled out by one lookup. */
  starts: Set<string>;
}

const indexes = new WeakMap<TimeWords, Index>();

function indexOf(w: TimeWords): Index {
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
  x = {
    weekday: names(w.weekdays),
    month: names(w.months),
    dayPart: new Set(w.dayParts),
    deictic: groups(w.deictic),
    modifier: groups(w.modifiers),
    unit: groups(w.units),
    after: groups(w.after),
    links: new Set(w.links),
    spanLinks: new Set(w.spanLinks ?? []),
    vague: new Set(w.vague ?? []),
    increments: new Set(w.increments ?? []),
    counts: new Set(w.counts ?? []),
    singleSpanLinks: new Set(w.singleSpanLinks ?? []),
    partLeads: w.partLeads ?? [],
    starts: new Set([...w.weekdays.flat(), ...w.months.flat(), ...w.deictic.flat(), ...w.units.flat(), ...w.dayParts]),
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
 * The language's time words that name a time, modifiers apart: week days, months, parts of the
 * day, deictic words ("yesterday") and units ("weeks"). One set per language.
 */
export function namingTimeWords(w: TimeWords): ReadonlySet<string> {
  return indexOf(w).starts;
}

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

const dayOf = (t: Token | undefined): number | null => {
  if (!t || t.num === null || !/^\d{1,2}$/.test(t.norm)) return null;
  const d = parseInt(t.norm, 10);
  return d >= 1 && d <= 31 ? d : null;
};
/** Modifiers that name a part of a year (“late 2019”, “mid-2026”). */
const YEAR_PARTS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'début', 'fin', 'principios', 'finales', 'mediados', 'anfang', 'ende', 'mitte']);
const yearOf = (t: Token | undefined): number | null =>
  t && /^\d{4}$/.test(t.norm) && t.num !== null && t.num >= 1800 && t.num <= 2100 ? t.num : null;

/**
 * What the readers of one run of tokens ask of it (see `findTimes`): its tokens, which are
 * free, the text between two of them, and the pieces of a date a month name or a part of a
 * year may stand with.
 */
interface Scan {
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
  /** The day written before a month name at k (“1 December”, “1st of December”), and where it starts. */
  dayBefore(k: number): { day: number; at: number } | null;
  /** The modifier of a part of a year right before token k (“early”, “late”, “mid”, joined by a space or a hyphen), or undefined. */
  yearPartBefore(k: number): number | undefined;
}

/** The phrase at k that says which half of the day an hour is in (“in the afternoon”): its length and half, or null. */
function halfAt(s: Scan, k: number): { len: number; pm: boolean } | null {
  const halves = s.words.clock?.halves;
  if (!halves) return null;
  for (const pm of [false, true])
    for (const p of pm ? halves.pm : halves.am) {
      if (!p.every((w, j) => s.norm(k + j) === w)) continue;
      // Not when a noun follows: “11 in the morning raids” counts raids.
      const after = s.tokens[k + p.length];
      if (after && after.content && s.adjacent(k + p.length - 1)) return null;
      return { len: p.length, pm };
    }
  return null;
}

/**
 * A clock time at k (“10:55”, “10:55 p.m.”, “3 pm GMT”, “five in the afternoon”, “six
 * o'clock”): its value and last token. The value is 24-hour (`c`) where the half of the day
 * is known, and always on a 12-hour dial (`h`), so that “5 p.m.” and “five o'clock” agree
 * on what both say.
 */
function clockAt(s: Scan, k: number): { c?: string; h: string; last: number } | null {
  const c = s.words.clock;
  const t = s.tokens[k]!;
  if (!c || t.num === null && !/^\d{1,2}:\d{2}$/.test(t.norm)) return null;
  const hm = /^(\d{1,2})(?::(\d{2}))?$/.exec(t.norm);
  // An hour written as a word (“five”) is a time only with the words that make it one.
  const word = !hm && t.num !== null && Number.isInteger(t.num) && t.num >= 1 && t.num <= 12;
  if (!hm && !word) return null;
  let h = hm ? Number(hm[1]) : t.num!;
  const m = hm?.[2] ?? '00';
  let last = k;
  let half: boolean | null = null;
  const next = s.norm(k + 1);
  const pm = c.pm.includes(next);
  const oclock = !!c.oclock?.includes(next);
  const spelt = halfAt(s, oclock ? k + 2 : k + 1);
  if (pm || c.am.includes(next)) {
    half = pm;
    last = k + 1;
  } else if (oclock || spelt) {
    if (hm?.[2] && !spelt) return null;
    if (spelt) half = spelt.pm;
    last = k + (oclock ? 1 : 0) + (spelt?.len ?? 0);
  } else if (!hm || !hm[2] || h > 23) return null;
  // “2:30” alone is a time only where a time is expected (“at 2:30”, “until 14:30”) or with a zone after it.
  else if (!(s.norm(k - 1) === 'at' || s.ix.links.has(s.norm(k - 1)) || c.zones.includes(s.norm(k + 1)))) return null;
  if (half !== null && (h < 1 || h > 12)) return null;
  if (half && h < 12) h += 12;
  if (half === false && h === 12) h = 0;
  if (c.zones.includes(s.norm(last + 1))) last++;
  const dial = `${h % 12}:${m}`;
  return oclock && half === null ? { h: dial, last } : { c: `${h}:${m}`, h: dial, last };
}

/** Where a phrase that makes the part of the day at k a time (“in the”, “at”) starts, or -1. */
function leadBefore(s: Scan, k: number): number {
  for (const p of s.ix.partLeads) {
    const at = k - p.length;
    if (at >= s.next && p.every((w, j) => s.norm(at + j) === w && s.adjacent(at + j))) return at;
  }
  return -1;
}

/**
 * A count with a modifier before it, before a unit at i (“the next few weeks”, “the past three
 * years”, “the next couple of days”): the modifier's token, the modifier's group and the count
 * (a figure, or the counting word), or null.
 */
function modifiedCountBefore(s: Scan, i: number): { first: number; q: number; n: string } | null {
  const { tokens, ix } = s;
  let k = i - 1;
  // “couple of weeks”: the count's “of” stands between it and the unit.
  if (s.norm(k) === 'of' && s.adjacent(k) && ix.counts.has(s.norm(k - 1))) k--;
  if (k - 1 < s.next || !s.free(k) || !s.adjacent(k)) return null;
  const t = tokens[k]!;
  const n = t.num !== null ? String(t.num) : ix.counts.has(t.norm) ? t.norm : null;
  if (n === null || !s.adjacent(k - 1)) return null;
  const q = ix.modifier.get(s.norm(k - 1));
  return q === undefined ? null : { first: k - 1, q, n };
}

/**
 * A span or part of the day at i (a unit such as “week”, or “morning”), which is a time only
 * with a modifier (“last week”, “the previous day”, “la semaine dernière”), a count and an
 * after-word (“two days ago”), a word that makes it a duration (“for a decade”, “within
 * hours”), or, for a part of the day, a lead (“in the afternoon”, “at night”): its first and
 * last tokens, its parts set in `parts`; null when it is none.
 */
function spanAt(s: Scan, i: number, parts: Map<string, string>): [number, number] | null {
  const { tokens, ix } = s;
  const t = tokens[i]!;
  const unit = ix.unit.has(t.norm) ? String(ix.unit.get(t.norm)) : 'p:' + t.norm;
  // "two more years": the count stands before the word that adds the span (`c`: the count's place + 1).
  const more = ix.unit.has(t.norm) && i - 1 >= s.next && s.adjacent(i - 1) && ix.increments.has(s.norm(i - 1)) && s.free(i - 1);
  const c = more ? i - 1 : i;
  const count = s.free(c - 1) && (!more || s.adjacent(c - 1)) ? (tokens[c - 1]!.num ?? (/^an?$/.test(tokens[c - 1]!.norm) ? 1 : null)) : null;
  if (more && count === null) return null;
  if (more) parts.set('i', '+');
  const after = ix.after.get(s.norm(i + 1));
  const modBefore = i - 1 >= s.next && s.adjacent(i - 1) ? ix.modifier.get(s.norm(i - 1)) : undefined;
  const modAfter = s.adjacent(i) ? ix.modifier.get(s.norm(i + 1)) : undefined;
  const counted = ix.unit.has(t.norm) ? modifiedCountBefore(s, i) : null;
  let first = i;
  let last = i;
  if (count !== null && after !== undefined) {
    parts.set('n', String(count));
    parts.set('a', String(after));
    first = c - 1;
    last = i + 1;
  } else if (modBefore !== undefined) {
    parts.set('q', String(modBefore));
    first = i - 1;
  } else if (modAfter !== undefined) {
    parts.set('q', String(modAfter));
    last = i + 1;
  } else if (counted) {
    // “the next few weeks”: when, and over how long.
    parts.set('q', String(counted.q));
    parts.set('n', counted.n);
    first = counted.first;
  } else if (
    ix.unit.has(t.norm) &&
    (ix.spanLinks.has(s.norm(count !== null ? c - 2 : c - 1)) || (count !== null && tokens[c - 1]!.num === null && ix.singleSpanLinks.has(s.norm(c - 2)))) &&
    (count === null || s.adjacent(c - 2))
  ) {
    // ("two more years" only after a link: "two more years of talks" is no time reference.)
    if (count !== null) parts.set('n', String(count));
    parts.set('a', 'span');
    first = count !== null ? c - 2 : c - 1;
  } else if (count === null && after !== undefined && ix.unit.has(t.norm) && t.norm.endsWith('s') && s.adjacent(i)) {
    // Units counted by none before an after-word (“hours after the blast”, “days before the
    // vote”): how soon, as a plural says it.
    parts.set('n', 'some');
    parts.set('a', String(after));
    last = i + 1;
  } else if (ix.dayPart.has(t.norm) && leadBefore(s, i) >= 0) {
    // Not a part of the day that an article makes a noun's modifier (“in the morning raids”).
    if (i - leadBefore(s, i) > 1 && s.adjacent(i) && tokens[i + 1]!.content) return null;
    first = leadBefore(s, i);
  } else return null;
  parts.set('u', unit);
  return [first, last];
}

/** Whether a reference may start at the token: a figure, or a word of the index (“Friday's”: the day without its possessive). */
function mayStart(t: Token, ix: Index): boolean {
  const c0 = t.norm.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || t.num !== null) return true;
  return ix.starts.has(t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);
}


function scanOf(text: string, tokens: readonly Token[], words: TimeWords, ix: Index, claimed?: Uint8Array): Scan {
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
    adjacent: (k) => k >= 0 && k + 1 < n && /^\s*$/.test(gap(k, k + 1)),
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
      if (s.ordinal(j)) j--;
      const day = j >= s.next && free(j) ? dayOf(tokens[j]) : null;
      return day !== null ? { day, at: j } : null;
    },
    yearPartBefore: (k) => {
      if (k - 1 < s.next || !free(k - 1) || !/^(?:\s+|-)$/.test(gap(k - 1, k))) return undefined;
      const q = ix.modifier.get(tokens[k - 1]!.norm);
      return q !== undefined && YEAR_PARTS.has(tokens[k - 1]!.norm) ? q : undefined;
    },
  };
  return s;
}

/** A reference being read: its parts so far and its first token. */
interface Reading {
  parts: Map<string, string>;
  first: number;
}

/**
 * A capitalised month name inside a sentence, after a word in lower case and before one ("a
 * June cut", "its May report"): the month, not the verb, nor a name ("Theresa May", "June Almeida").
 */
function capitalisedMonth(s: Scan, k: number): boolean {
  const t = s.tokens;
  return !!s.words.capitalised && t[k]!.cap && k - 1 >= s.next && s.adjacent(k - 1) && !t[k - 1]!.cap && t[k - 1]!.num === null && !!t[k + 1] && !t[k + 1]!.cap;
}

/** The month-and-day forms starting at k (a month name at k, or a day then a month name), read into `r`: the last token, or -1. */
function monthAt(s: Scan, k: number, r: Reading): number {
  const { tokens, ix } = s;
  const parts = r.parts;
  const n = tokens.length;
  // "last November's typhoon": the month without its possessive.
  const m = ix.month.get(s.norm(k).replace(/'s$/, ''));
  if (!m || !s.nameOk(k, m.short)) return -1;
  let end = k;
  const d = dayOf(s.free(k + 1) ? tokens[k + 1] : undefined);
  const before = s.dayBefore(k);
  const y1 = s.free(k + 1) ? yearOf(tokens[k + 1]) : null;
  if (d !== null && !/^\s*[.:]\d/.test(s.gap(k + 1, Math.min(n - 1, k + 2)))) {
    parts.set('d', String(d));
    end = s.ordinal(k + 2) ? k + 2 : k + 1;
    const y = s.free(end + 1) ? yearOf(tokens[end + 1]) : null;
    if (y !== null && /^[\s,]*$/.test(s.gap(end, end + 1))) {
      parts.set('y', String(y));
      end = end + 1;
    }
  } else if (before) {
    parts.set('d', String(before.day));
    r.first = Math.min(r.first, before.at);
    if (y1 !== null) {
      parts.set('y', String(y1));
      end = k + 1;
    }
  } else if (y1 !== null) {
    parts.set('y', String(y1));
    end = k + 1;
  } else {
    // A month name alone must be placed by a word before it ("in March", "since May", "last December"):
    // otherwise "may" and "march" are verbs at the head of a sentence.
    const prev = k - 1 >= s.next && s.adjacent(k - 1) ? s.norm(k - 1) : '';
    if (!ix.links.has(prev) && !ix.modifier.has(prev) && !capitalisedMonth(s, k)) return -1;
  }
  parts.set('m', String(m.i + 1));
  return end;
}

/** The reference that starts at token i, read into `r` (its first token may move back): its last token, or -1 for none. */
function referenceAt(s: Scan, i: number, r: Reading): number {
  const { tokens, ix, words } = s;
  const parts = r.parts;
  const n = tokens.length;
  const t = tokens[i]!;
  // “Friday's vote”: the day without its possessive.
  const bare = t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm;
  const wd = ix.weekday.get(bare);
  const mo = ix.month.get(bare);
  const clock = clockAt(s, i);
  if (clock) {
    if (clock.c) parts.set('c', clock.c);
    parts.set('h', clock.h);
    return clock.last;
  }
  if (t.num !== null && yearOf(t) !== null && s.free(i + 2) && s.gap(i, i + 1) === '-' && s.gap(i + 1, i + 2) === '-' && /^\d{1,2}$/.test(tokens[i + 1]!.norm) && dayOf(tokens[i + 2]) !== null) {
    // ISO: 2024-12-03
    parts.set('y', String(t.num));
    parts.set('m', String(Number(tokens[i + 1]!.norm)));
    parts.set('d', String(dayOf(tokens[i + 2])));
    return i + 2;
  }
  if (wd && (!words.capitalised || t.cap) && (!wd.short || monthAt(s, i + 2, r) >= 0 || monthAt(s, i + 1, r) >= 0)) {
    parts.set('w', String(wd.i + 1));
    // "Friday, December 24, 2004"
    const m = /^,?\s*$/.test(s.gap(i, Math.min(n - 1, i + 1))) ? monthAt(s, i + 1, r) : -1;
    if (m >= 0) return m;
    for (const k of [i + 1, i + 2]) {
      if (ix.dayPart.has(s.norm(k)) && (k === i + 1 || ix.links.has(s.norm(i + 1)))) {
        parts.set('p', s.norm(k));
        return k;
      }
    }
    return i;
  }
  if (mo) return monthAt(s, i, r);
  if (t.num !== null && dayOf(t) !== null) {
    // A day before its month: “1 December”, “1st of December”.
    let m = i + 1;
    if (s.ordinal(m)) m++;
    if (s.norm(m) === 'of') m++;
    if (!ix.month.has(s.norm(m))) return -1;
    return monthAt(s, m, r);
  }
  const yearPart = t.num !== null && yearOf(t) !== null ? s.yearPartBefore(i) : undefined;
  if (yearPart !== undefined) {
    // A part of a year: “late 2019”, “mid-2026”, “early 2024” (a year alone is a figure, the number detector's).
    parts.set('y', String(t.num));
    parts.set('q', String(yearPart));
    r.first = i - 1;
    return i;
  }
  if (ix.deictic.has(t.norm)) {
    parts.set('x', String(ix.deictic.get(t.norm)));
    if (ix.dayPart.has(s.norm(i + 1))) {
      parts.set('p', s.norm(i + 1));
      return i + 1;
    }
    return i;
  }
  if (ix.unit.has(t.norm) || ix.dayPart.has(t.norm)) {
    const span = spanAt(s, i, parts);
    if (!span) return -1;
    r.first = span[0];
    return span[1];
  }
  return -1;
}

/** Modifiers before a reference, over a linking word ("late on Sunday", "earlier this month", "last Monday"), read into `r`. */
function modifiersBefore(s: Scan, r: Reading): void {
  const mods: number[] = r.parts.has('q') ? [Number(r.parts.get('q'))] : [];
  for (let k = r.first - 1, links = 0; k >= s.next && k >= r.first - 3 && s.free(k) && s.adjacent(k); k--) {
    const q = s.ix.modifier.get(s.tokens[k]!.norm);
    if (q !== undefined) {
      mods.push(q);
      r.first = k;
    } else if (s.ix.links.has(s.tokens[k]!.norm) && links++ < 1) continue;
    else break;
  }
  if (mods.length) r.parts.set('q', [...new Set(mods)].sort().join('+'));
}

/**
 * The time references of `tokens` (offsets into `text`), skipping claimed tokens. Tokens are
 * the engine's (lower-cased `norm`, `cap` for a capital).
 */
export function findTimes(text: string, tokens: readonly Token[], words: TimeWords, claimed?: Uint8Array): TimeRef[] {
  const ix = indexOf(words);
  // The first token a reference may start at (tokens before it are read no further); most
  // sentences have none, and nothing more is made for them.
  let start = 0;
  while (start < tokens.length && (claimed?.[start] || !mayStart(tokens[start]!, ix))) start++;
  if (start === tokens.length) return [];
  const s = scanOf(text, tokens, words, ix, claimed);
  const out: TimeRef[] = [];
  for (let i = start; i < tokens.length; i++) {
    if (!s.free(i) || !mayStart(tokens[i]!, ix)) continue;
    const r: Reading = { parts: new Map<string, string>(), first: i };
    const last = referenceAt(s, i, r);
    if (last < 0) continue;
    modifiersBefore(s, r);
    const toks: number[] = [];
    for (let k = r.first; k <= last; k++) toks.push(k);
    const vague = (r.parts.get('a') === 'span' && !r.parts.has('n')) || (r.parts.size === 1 && ix.vague.has(tokens[i]!.norm));
    out.push({ toks, parts: r.parts, value: [...r.parts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}${v}`).join(' '), vague });
    i = last;
    s.next = last + 1;
  }
  return out;
}
