/**
 * Month names of any language, from the Unicode CLDR through Intl.DateTimeFormat (no word
 * lists): a translation writes "July" as "juillet", "Julai" or "tháng 7", and the month is what
 * crosses. Used to align translations and to compare their dates.
 */
import type { Token } from './text';
import { foldDiacritics } from './fold';

/** Month names of a language, folded, by month number; `lower`: the language writes them in lower case. */
export interface Months {
  names: Map<string, number>;
  lower: boolean;
}

const cache = new Map<string, Months>();

/**
 * Names read from the Unicode CLDR through Intl.DateTimeFormat, folded, once per locale and
 * kind: `read(add)` calls `add(name, number)` for each name it formats. A folded name shorter
 * than `minLength` is left out; the language writes the names in lower case when a form of the
 * first (number 1) is.
 */
function namesFromIntl(key: string, minLength: number, read: (add: (name: string, n: number) => void) => void): Months {
  let m = cache.get(key);
  if (m) return m;
  const names = new Map<string, number>();
  let lower = false;
  try {
    read((name, n) => {
      if (n === 1 && name === name.toLowerCase()) lower = true;
      const folded = foldDiacritics(name.toLowerCase().replace(/\.$/, ''));
      if (folded.length >= minLength) names.set(folded, n);
    });
  } catch {
    // No locale data: no names.
  }
  cache.set(key, (m = { names, lower }));
  return m;
}

/**
 * The month names of a locale as the Unicode CLDR writes them (Intl.DateTimeFormat: long and
 * short, and the forms used with a day, "января" beside "январь"), folded.
 */
export function monthsOf(locale: string): Months {
  return namesFromIntl(`m:${locale}`, 3, (add) => {
    const formats = [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }].map(
      (o) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' } as Intl.DateTimeFormatOptions),
    );
    for (let k = 0; k < 12; k++) {
      const date = new Date(Date.UTC(2001, k, 15));
      for (const f of formats) {
        const name = f.formatToParts(date).find((p) => p.type === 'month')?.value ?? '';
        if (/^\p{L}/u.test(name)) add(name, k + 1);
      }
    }
  });
}

/** The month a token names (1–12), or 0; a capitalised language's month only when capitalised ("May", not the verb "may"). */
export function monthOf(t: Token, months: Months): number {
  if (!months.lower && !t.cap) return 0;
  return months.names.get(foldDiacritics(t.norm)) ?? 0;
}

/** Day names of a language, folded, by day (1 Monday … 7 Sunday); `lower`: the language writes them in lower case. */
export type Weekdays = Months;

/**
 * The names of the days of the week of a locale as the Unicode CLDR writes them (long, one
 * word: "Monday", "lundi", "Montag"; a name of two words, "thứ Hai", is not read), folded.
 */
export function weekdaysOf(locale: string): Weekdays {
  return namesFromIntl(`w:${locale}`, 1, (add) => {
    const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2001 was a Monday.
    for (let d = 1; d <= 7; d++) {
      const name = f.format(new Date(Date.UTC(2001, 0, d)));
      if (/^\p{L}+(?:-\p{L}+)?$/u.test(name)) add(name, d);
    }
  });
}

/** The day of the week a token names (1–7), or 0; a capitalised language's day only when capitalised. */
export function weekdayOf(t: Token, days: Weekdays): number {
  return monthOf(t, days);
}

/** The days a language names by their distance from today, folded, by distance + 2 (1 yesterday, 2 today, 3 tomorrow). */
export type RelativeDays = Months;

/**
 * The words for yesterday, today and tomorrow of a locale as the Unicode CLDR writes them
 * (Intl.RelativeTimeFormat: "hier", "hoy", "morgen"), folded; only one-word forms, and none where
 * the runtime has no data for the language (it answers in another).
 */
export function relativeDaysOf(locale: string): RelativeDays {
  return namesFromIntl(`r:${locale}`, 1, (add) => {
    const f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (f.resolvedOptions().locale.split('-')[0] !== locale.split('-')[0]) return;
    for (const d of [-1, 0, 1]) {
      const word = f.format(d, 'day').replace(/’/g, "'");
      if (/^[\p{L}\p{M}']+$/u.test(word)) add(word, d + 2);
    }
  });
}
