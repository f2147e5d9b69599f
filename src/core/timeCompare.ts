/**
 * How two time references stand (the references `time.ts` reads): the same, in conflict,
 * one refining the other, or naming nothing in the same terms; and how much one names.
 */
import type { TimeRef } from './time';
import type { TimeWords } from './data/time';

/** Two `q` parts (modifiers joined by “+”), one's modifiers all among the other's. */
function nested(v: string, w: string): boolean {
  const [x, y] = [v.split('+'), w.split('+')];
  return x.every((m) => y.includes(m)) || y.every((m) => x.includes(m));
}

/** How much a reference names: its parts, each modifier counted. */
export function precision(r: TimeRef): number {
  return r.parts.size + (r.parts.get('q')?.split('+').length ?? 1) - 1;
}

/**
 * How two references stand: `same`, `conflict` (they name a different day, month, year or
 * span: "Monday" / "Sunday"), `refined` (they agree on what both name and differ in the
 * rest: "Monday" / "Monday morning", "Dec. 1" / "Dec. 1, 2024"), or `other` (they name
 * nothing in the same terms: "overnight" / "last night").
 */
export function compareTimes(a: TimeRef, b: TimeRef): 'same' | 'conflict' | 'refined' | 'other' {
  if (a.value === b.value) return 'same';
  // "for two more years" / "for two years": one adds the span to an earlier one, the other does not.
  if (a.parts.has('i') !== b.parts.has('i') && a.parts.has('n') && b.parts.has('n')) return 'conflict';
  for (const [k, v] of a.parts) {
    const w = b.parts.get(k);
    // A count in words that says no figure (“the next few weeks” / “the next couple of weeks”) is vaguer, not another.
    if (k === 'n' && w !== undefined && (Number.isNaN(Number(v)) || Number.isNaN(Number(w)))) continue;
    // Modifiers, one side's among the other's, refine (“late last year” / “last year”).
    if (w !== undefined && w !== v && !(k === 'q' && nested(v, w))) return 'conflict';
  }
  for (const k of a.parts.keys()) if (b.parts.has(k)) return 'refined';
  // Nothing in common to compare (“overnight” / “last night”, a week day / “last week”).
  return 'other';
}

/**
 * The date a story carries at its head (its dateline or date line: "WASHINGTON, April 16, 2016 –",
 * "16 April 2016"), in the language's month names; null when its first lines give none.
 */
export function storyDate(text: string, words: TimeWords): Date | null {
  const head = text.slice(0, 400);
  const month = (w: string): number => words.months.findIndex((forms) => forms.includes(w.toLowerCase().replace(/\.$/, '')));
  // (A date that ends a line or comes before a dateline's dash, colon or credit: not one the story's prose names, "since September 11, 2001, …".)
  for (const m of head.matchAll(/(?<![\p{L}\p{N}])(?:(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(\p{L}+\.?),?\s+(\d{4}))(?=[ \t]*(?:[-–—:(]|\r?\n|$))/gu)) {
    const [mo, d, y] = m[1] ? [month(m[1]), Number(m[2]), Number(m[3])] : [month(m[5]!), Number(m[4]), Number(m[6])];
    if (mo >= 0 && d >= 1 && d <= 31) return new Date(Date.UTC(y, mo, d));
  }
  return null;
}

/** The days "yesterday", "today", "tomorrow" and "tonight" lie from the story's date (the deictic words' order in data/time.ts). */
const DEICTIC_DAYS: readonly (number | undefined)[] = [-1, 0, 1, 0];

/**
 * Whether a deictic day ("yesterday") and a week day ("Friday") name the same day, as a copy desk
 * writes the one for the other (the day of the week for "yesterday"), or another: the deictic word
 * read from the date of its own story, else of the other's (`date`, `otherDate`: asked only when the
 * two references are such a pair). Null when either is more than that word or that day, or no date tells.
 */
export function deicticDay(deictic: TimeRef, weekday: TimeRef, date: () => Date | null, otherDate: () => Date | null): 'same' | 'other' | null {
  const x = deictic.parts.get('x');
  const w = weekday.parts.get('w');
  if (deictic.parts.size !== 1 || weekday.parts.size !== 1 || x === undefined || w === undefined) return null;
  const offset = DEICTIC_DAYS[Number(x)];
  if (offset === undefined) return null;
  const at = date() ?? otherDate();
  if (!at) return null;
  // Week days in data/time.ts run from Monday (1) to Sunday (7); getUTCDay counts from Sunday (0).
  const day = new Date(at.getTime() + offset * 86_400_000).getUTCDay();
  return (day === 0 ? 7 : day) === Number(w) ? 'same' : 'other';
}

/**
 * Whether a date with its year (`withYear`: "June 25, 2006") and the same date without it
 * (`without`: "June 25") name one day by the story's date: the date of the text that leaves the
 * year out (`date`, else the other's, `otherDate`) is in that year, as a house style that drops
 * the current year writes it. A date of another year, or a story date that tells none, keeps the
 * finding (less precise).
 */
export function yearByDate(withYear: TimeRef, without: TimeRef, date: () => Date | null, otherDate: () => Date | null): boolean {
  const y = withYear.parts.get('y');
  if (y === undefined || without.parts.has('y') || !without.parts.has('m') || !without.parts.has('d')) return false;
  if (withYear.parts.size !== without.parts.size + 1) return false;
  for (const [k, v] of without.parts) if (withYear.parts.get(k) !== v) return false;
  const at = date() ?? otherDate();
  return !!at && String(at.getUTCFullYear()) === y;
}
