/**
 * How the reports name things: the kinds of finding, languages, lines, counts. English
 * (the CLI's and the reports' language; the editor's names are localised in src/extension/labels.ts).
 */
import type { DiscrepancyKind } from '../core/types';
import { languageName } from '../core/languageCodes';
import { clamp } from '../core/spans';

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
  boilerplate: 'Page chrome',
};

/** The offsets where each line of the last text asked about starts (a report asks about one text many times). */
let lineIndex: { text: string; starts: number[] } | null = null;

function lineStarts(text: string): number[] {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineIndex = { text, starts };
  }
  return lineIndex.starts;
}

/** 1-based line and column of an offset (an offset past the end is the end). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = clamp(offset, 0, text.length);
  const starts = lineStarts(text);
  // The last line that starts at or before `end`: a binary search, so that a report with a finding per line stays linear.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= end) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: end - starts[lo]! + 1 };
}

export { languageName };

/** The language of a version as a report names it: its own, and that it is a translation when it is one. */
export function versionLanguage(c: { language: string; articleLanguage?: string }): string {
  return c.articleLanguage ? `${languageName(c.articleLanguage)} (a translation)` : languageName(c.language);
}


/** `1 line`, `2 lines`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
