/**
 * Time references in a run of tokens: week days ("Monday", "late on Sunday", "Monday
 * morning"), dates in the common forms ("Dec. 1", "December 1, 2024", "1 December",
 * "December 2004", "2024-12-03", "Friday, December 24, 2004"), the words that are a time on
 * their own ("yesterday", "overnight"), relative spans ("last week", "earlier this month",
 * "the previous day"), counted ones ("two days ago", "a week later") and clock times
 * ("10:55 p.m. GMT"); and, by the same reading, the date a story carries at its head
 * (`storyDate`). The words are data
 * per language (`data/time.ts`), indexed in `timeScan.ts`; clock times and spans are read by
 * `timeSpans.ts`, dates, week days and deictic words here.
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
import { dayOf, indexOf, mayStart, scanOf, yearOf, type Scan } from './timeScan';
import { clockAt, spanAt, type Instant } from './timeSpans';

export { isTimeWord, namesTimeUnitOrDay, namingTimeWords } from './timeScan';
export { sameInstant } from './timeSpans';

/** One time reference: its tokens, and what it names as comparable parts. */
export interface TimeRef {
  toks: number[];
  /** Parts by dimension: `w` week day, `m` month, `d` day, `y` year, `c` clock time (24-hour), `h` the same on a 12-hour dial, `x` deictic word, `u` unit, `n` count, `i` a span added to one before ("two more years"), `a` after-word, `p` part of day, `q` modifiers. */
  parts: Map<string, string>;
  /** The parts as one string, equal for references that name the same thing. */
  value: string;
  /** A clock time given with its zone, in UTC (`sameInstant`): “2:10 a.m. Pacific time” is “5:10 a.m. Eastern time”. */
  utc?: Instant;
  /**
   * A reference that places nothing by itself (“for years”, “recently”, “shortly”): worth a
   * finding when another reference takes its place, not when it goes or comes alone (“have
   * long kept bases” → “kept bases for years” says the same).
   */
  vague: boolean;
}

/** A reference being read: its parts so far and its first token. */
interface Reading {
  parts: Map<string, string>;
  first: number;
  utc?: Instant;
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
  // "last November's typhoon": the month without its possessive.
  const m = ix.month.get(s.norm(k).replace(/'s$/, ''));
  if (!m || !s.nameOk(k, m.short)) return -1;
  let end = k;
  const d = s.dayAfter(k);
  const before = s.dayBefore(k);
  const y1 = s.free(k + 1) ? yearOf(tokens[k + 1]) : null;
  if (d !== null) {
    parts.set('d', String(d.day));
    end = d.last;
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
    if (clock.utc) r.utc = clock.utc;
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
  const often = ix.often.get(t.norm);
  if (often) {
    // “set annually”: every year. Before a word of content it is an adjective (“a daily newspaper”).
    if (s.adjacent(i) && tokens[i + 1]!.content) return -1;
    parts.set('q', String(often.q));
    parts.set('u', String(often.u));
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
    const value = [...r.parts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}${v}`).join(' ');
    out.push({ toks, parts: r.parts, value, vague, ...(r.utc ? { utc: r.utc } : {}) });
    i = last;
    s.next = last + 1;
  }
  return out;
}

/** What may follow the date of a story's head: the end of its line, or a dateline's dash, colon or credit. */
const HEAD_DATE_END = /[ \t]*(?:[-–—:(]|\r?\n|$)/y;

/**
 * The date a story carries at its head (its dateline or date line: "WASHINGTON, April 16, 2016 –",
 * "16 April 2016"): the first reference among `head`, the tokens of its first lines, that names a
 * day, a month and a year and ends a line or comes before a dateline's dash, colon or credit (not
 * a date the story's prose names, "since September 11, 2001, …"); null when there is none.
 */
export function storyDate(text: string, head: readonly Token[], words: TimeWords): Date | null {
  for (const r of findTimes(text, head, words)) {
    const [d, m, y] = [r.parts.get('d'), r.parts.get('m'), r.parts.get('y')];
    if (d === undefined || m === undefined || y === undefined) continue;
    HEAD_DATE_END.lastIndex = head[r.toks[r.toks.length - 1]!]!.end;
    if (HEAD_DATE_END.test(text)) return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  }
  return null;
}
