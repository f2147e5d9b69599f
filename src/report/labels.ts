/**
 * How the reports name things: the kinds of finding, languages, lines, counts. English
 * (the CLI's and the reports' language; the editor's names are localised in src/labels.ts).
 */
import type { DiscrepancyKind } from '../core/types';

/** Human names of the kinds, as the CLI and the reports print them. */
export const KIND_LABELS: Record<DiscrepancyKind, string> = {
  omitted: 'Omitted',
  added: 'Added',
  changed: 'Changed',
  moved: 'Moved',
  number: 'Number',
  time: 'Time',
  hedge: 'Hedge',
  quote: 'Quote',
  name: 'Name',
  attribution: 'Attribution',
  negation: 'Negation',
  mistranslation: 'Mistranslation',
  clause: 'Clause',
  boilerplate: 'Boilerplate',
};

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: end - last };
}

const LANGUAGES: Record<string, string> = {
  eng: 'English', fra: 'French', deu: 'German', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch',
  ind: 'Indonesian', zlm: 'Malay', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', pol: 'Polish', ron: 'Romanian',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', hun: 'Hungarian', ell: 'Greek', arb: 'Arabic',
  und: 'Language unknown',
};

/** The English name of an ISO 639-3 code, or the code. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}


/** `1 line`, `2 lines`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
