/**
 * Two kinds of time reference read at one token (see time.ts): a clock time ("10:55 p.m.", "five
 * in the afternoon", "six o'clock"), and a span or a part of the day made a time by the words
 * around it ("last week", "two days ago", "the next few weeks", "in the morning").
 */
import { isTens, isUnit } from './numberWords';
import type { Scan } from './timeScan';

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
export function clockAt(s: Scan, k: number): { c?: string; h: string; last: number; utc?: Instant } | null {
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
  const zone = zoneAt(s, last + 1);
  if (zone) last = zone.last;
  const dial = `${h % 12}:${m}`;
  if (oclock && half === null) return { h: dial, last };
  const utc = zone?.offset !== undefined ? { min: (((h * 60 + Number(m) - zone.offset) % 1440) + 1440) % 1440, daylight: zone.daylight } : undefined;
  return { c: `${h}:${m}`, h: dial, last, ...(utc ? { utc } : {}) };
}

/**
 * A clock time in UTC, minutes after midnight, read from its zone: with the zone's standard
 * offset when the zone is named for either season (“Pacific time”, “ET”: `daylight` -1).
 */
export interface Instant {
  min: number;
  daylight: 0 | 1 | -1;
}

/** The time zone at k (“GMT”, “EDT”, “Pacific time”, “Eastern Daylight Time”): its last token and offset, or null. */
function zoneAt(s: Scan, k: number): { last: number; offset?: number; daylight: 0 | 1 | -1 } | null {
  const c = s.words.clock!;
  const w = s.norm(k);
  if (c.zones.includes(w)) {
    const o = c.offsets?.[w];
    return { last: k, offset: o?.[0], daylight: o?.[1] ?? -1 };
  }
  const base = c.zoneNames?.[w];
  if (base === undefined) return null;
  if (s.norm(k + 1) === 'time') return { last: k + 1, offset: base, daylight: -1 };
  const season = s.norm(k + 1);
  if ((season === 'standard' || season === 'daylight') && s.norm(k + 2) === 'time') {
    return season === 'daylight' ? { last: k + 2, offset: base + 60, daylight: 1 } : { last: k + 2, offset: base, daylight: 0 };
  }
  return null;
}

/**
 * Whether two clock times read with their zones are one instant (“2:10 a.m. Pacific time” /
 * “5:10 a.m. Eastern time”). A zone named for either season takes the other's season (the
 * zones of one country change together).
 */
export function sameInstant(a: Instant | undefined, b: Instant | undefined): boolean {
  if (!a || !b) return false;
  let x = a.min;
  let y = b.min;
  if (a.daylight === -1 && b.daylight === 1) x -= 60;
  if (b.daylight === -1 && a.daylight === 1) y -= 60;
  return (((x - y) % 1440) + 1440) % 1440 === 0;
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
export function spanAt(s: Scan, i: number, parts: Map<string, string>): [number, number] | null {
  const { tokens, ix } = s;
  const t = tokens[i]!;
  const unit = ix.unit.has(t.norm) ? String(ix.unit.get(t.norm)) : 'p:' + t.norm;
  // "two more years": the count stands before the word that adds the span (`c`: the count's place + 1).
  const more = ix.unit.has(t.norm) && i - 1 >= s.next && s.adjacent(i - 1) && ix.increments.has(s.norm(i - 1)) && s.free(i - 1);
  let c = more ? i - 1 : i;
  let count = s.free(c - 1) && (!more || s.adjacent(c - 1)) ? (tokens[c - 1]!.num ?? (ix.ones.has(tokens[c - 1]!.norm) ? 1 : null)) : null;
  // A tens word and a units word joined ("forty-five years"): one count, from the tens word.
  if (count !== null && c - 2 >= s.next && s.free(c - 2) && isUnit(tokens[c - 1]) && isTens(tokens[c - 2]!) && tokens[c - 1]!.start - tokens[c - 2]!.end <= 1) {
    count += tokens[c - 2]!.num!;
    c--;
  }
  if (more && count === null) return null;
  if (more) parts.set('i', '+');
  const after = ix.after.get(s.norm(i + 1));
  // (A unit that is a span only with a link or a count takes no modifier: "the next generation".)
  const modified = !ix.spanOnly.has(t.norm);
  const modBefore = modified && i - 1 >= s.next && s.adjacent(i - 1) ? ix.modifier.get(s.norm(i - 1)) : undefined;
  const modAfter = modified && s.adjacent(i) ? ix.modifier.get(s.norm(i + 1)) : undefined;
  const counted = modified && ix.unit.has(t.norm) ? modifiedCountBefore(s, i) : null;
  let first = i;
  let last = i;
  // (A count after a link that makes it a duration is one, whatever word follows: "for a year
  // before departing" lasts a year; it does not place anything a year before.)
  const duration = count !== null && !more && ix.spanLinks.has(s.norm(c - 2)) && s.adjacent(c - 2);
  if (count !== null && after !== undefined && !duration) {
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
    (ix.spanLinks.has(s.norm(count !== null ? c - 2 : c - 1)) || singleSpan(s, i, c, count)) &&
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

/**
 * A link of one unit before the span at `i` (its count's place + 1 at `c`): counted by "a" ("over a
 * decade", "in a century") or, plural, by none ("in decades", "over years"). Not before a figure:
 * "over 10 years" is a qualified figure, "in two weeks" a time to come.
 */
function singleSpan(s: Scan, i: number, c: number, count: number | null): boolean {
  if (count !== null) return s.tokens[c - 1]!.num === null && s.ix.singleSpanLinks.has(s.norm(c - 2));
  return s.tokens[i]!.norm.endsWith('s') && s.ix.singleSpanLinks.has(s.norm(c - 1));
}
