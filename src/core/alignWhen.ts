/**
 * Words that say when, for align.ts: the words of a sentence's time references ("on Sunday
 * morning, October 15", "last week") and the day of a date, read by the time reader
 * (`time.ts`). A clock time or a year is a figure the sentence gives ("lessons from 11 a.m.
 * to 5 p.m."), and stays evidence.
 *
 * Two separate reports of one event both name the day it happened, and a report and its
 * follow-up name it again ("the morning of October 15th"): the date is where in time the
 * story is, as its place is where, not which of its statements a sentence makes. So the weak
 * links of gap filling, which stand on a few shared words, do not count these words as
 * evidence; a link that shares more than its date still stands, and the strong links (well
 * above the threshold) are not asked.
 */
import type { Token } from './text';
import type { TimeWords } from './data/time';
import { findTimes } from './time';
import type { AlignDoc } from './alignTerms';

/** The terms each sentence of a text names a time with, read once per sentence when first asked. */
export interface WhenTerms {
  of(side: 0 | 1, sentence: number): ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

/** `namesOfDays` of each language's time words, made once (they are the language's, not a text's). */
const dayNames = new WeakMap<TimeWords, ReadonlySet<string>>();

/** The words that name a day or a part of one: week days, months, parts of the day and of the year, "yesterday". */
export function namesOfDays(w: TimeWords): ReadonlySet<string> {
  let out = dayNames.get(w);
  if (!out) dayNames.set(w, (out = new Set([...w.weekdays.flat(), ...w.months.flat(), ...w.dayParts, ...w.deictic.flat()])));
  return out;
}

/** `timeNames` of each language's time words, made once. */
const timeNameSets = new WeakMap<TimeWords, ReadonlySet<string>>();

/**
 * The capitalised words that name a time, not a thing of the story: `namesOfDays`, the time
 * zones' abbreviations ("GMT", "EDT") and the words that make a zone of a region's name
 * ("Eastern Daylight Time"), which any report of any story may give. (The region itself,
 * "Pacific", "Hawaii", is a name.)
 */
export function timeNames(w: TimeWords): ReadonlySet<string> {
  let out = timeNameSets.get(w);
  if (!out) {
    const zoneWords = w.clock?.zoneNames ? ['standard', 'daylight', 'time'] : [];
    timeNameSets.set(w, (out = new Set([...namesOfDays(w), ...(w.clock?.zones ?? []), ...zoneWords])));
  }
  return out;
}

/** Whether a word names a day only when capitalised in a language that capitalises them ("may", "march": verbs in lower case). */
function capitalOnly(w: TimeWords, norm: string): boolean {
  return w.weekdays.some((d) => d.includes(norm)) || w.months.some((m) => m.includes(norm));
}

/** Whether a token of a time reference names when: a word ("Sunday", "October", "early"), or the day of its date (`day`); not a clock time ("7:30"). */
function naming(t: Token, day: string | undefined): boolean {
  if (t.num === null) return t.content && !/\d/.test(t.norm);
  return day !== undefined && String(t.num) === day;
}

/**
 * The time terms of the sentences of two texts (`docs`, canonical and article): the terms
 * (`termOf`) of the tokens inside the time references the language's time words read
 * (`words`); none for a text without its text or a language without time words.
 */
export function whenTerms(docs: readonly [AlignDoc, AlignDoc], words: TimeWords | undefined, termOf: (t: Token) => number): WhenTerms {
  const cache: [Map<number, ReadonlySet<number>>, Map<number, ReadonlySet<number>>] = [new Map(), new Map()];
  let named: ReadonlySet<string> | undefined;
  return {
    of(side, sentence) {
      const doc = docs[side];
      if (!words || doc.text === undefined) return NONE;
      let out = cache[side].get(sentence);
      if (out) return out;
      const tokens = doc.tokens[sentence]!;
      const found = new Set<number>();
      for (const r of findTimes(doc.text, tokens, words)) for (const k of r.toks) if (naming(tokens[k]!, r.parts.get('d'))) found.add(termOf(tokens[k]!));
      // A day's name or part outside a reference the reader took ("the morning of October 15th").
      const names = (named ??= namesOfDays(words));
      for (const t of tokens) if (t.content && t.num === null && names.has(t.norm) && (t.cap || !words.capitalised || !capitalOnly(words, t.norm))) found.add(termOf(t));
      out = found.size ? found : NONE;
      cache[side].set(sentence, out);
      return out;
    },
  };
}
