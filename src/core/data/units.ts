/**
 * Units of measure and the ways a copy desk writes each ("100 meters" / "100m", "40 percent" /
 * "40 pct", "3,700 kilometers" / "3,700km"): after the same figure, two forms of one unit are
 * house style, not the figure counting something else. Each row is one unit, its forms in lower
 * case as written (a form of two words as the words, one space between). A form that is also a
 * common word ("in" for inches, "s" for seconds) is left out: after a figure it may be the word.
 */
export const UNIT_FORMS: readonly (readonly string[])[] = [
  ['percent', 'per cent', 'pct', 'pc'],
  ['meter', 'meters', 'metre', 'metres', 'm', 'mtr', 'mtrs'],
  ['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'kms'],
  ['centimeter', 'centimeters', 'centimetre', 'centimetres', 'cm'],
  ['millimeter', 'millimeters', 'millimetre', 'millimetres', 'mm'],
  ['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'sq km', 'km2', 'km²'],
  ['kilometers per hour', 'kilometres per hour', 'km/h', 'kph', 'kmh', 'kmph'],
  ['miles per hour', 'mph'],
  ['mile', 'miles', 'mi'],
  ['foot', 'feet', 'ft'],
  ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kg', 'kgs', 'kilo', 'kilos'],
  ['gram', 'grams', 'gramme', 'grammes', 'g'],
  ['pound', 'pounds', 'lb', 'lbs'],
  ['tonne', 'tonnes', 'metric ton', 'metric tons'],
  ['hour', 'hours', 'hr', 'hrs'],
  ['minute', 'minutes', 'min', 'mins'],
  ['liter', 'liters', 'litre', 'litres', 'l'],
  ['degree', 'degrees', '°'],
];

/** Each form → its unit's row number. */
const UNIT_OF: ReadonlyMap<string, number> = new Map(UNIT_FORMS.flatMap((forms, k) => forms.map((f) => [f, k] as const)));

/** The unit a written form names ("meters", "m": the same), as a key; undefined for a word that is none. */
export function unitKey(written: string): string | undefined {
  const k = UNIT_OF.get(written.toLowerCase().replace(/\s+/g, ' ').trim());
  return k === undefined ? undefined : `unit:${k}`;
}

/** The per cent row's forms of one word ("percent", "pct", "pc") and of two ("per cent"). */
const PERCENT_FORMS = UNIT_FORMS.find((forms) => forms[0] === 'percent')!;
const PERCENT_ONE = new Set(PERCENT_FORMS.filter((f) => !f.includes(' ')));
const PERCENT_TWO = new Set(PERCENT_FORMS.filter((f) => f.includes(' ')));
/** The first words of those of two ("per"): most words open none, and are not joined to the next to ask. */
const PERCENT_TWO_FIRST: ReadonlySet<string> = new Set([...PERCENT_TWO].map((f) => f.slice(0, f.indexOf(' '))));

/**
 * How many words, from `word` (and `next`, the word after it), write a per cent sign out:
 * "percent", "pct", "pc": 1; "per cent": 2; 0 for none. The words as a token's `norm` has them
 * (lower case).
 */
export function percentWords(word: string | undefined, next: string | undefined): number {
  if (word === undefined) return 0;
  if (PERCENT_ONE.has(word)) return 1;
  return next !== undefined && PERCENT_TWO_FIRST.has(word) && PERCENT_TWO.has(`${word} ${next}`) ? 2 : 0;
}

/** Whether two written forms ("meters", "m"; "per cent", "pct") name one unit. */
export function sameUnit(a: string, b: string): boolean {
  const x = unitKey(a);
  return x !== undefined && x === unitKey(b);
}
