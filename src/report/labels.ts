/**
 * How the reports name things: the kinds of finding, languages, lines, counts. English
 * (the CLI's and the reports' language; the editor's names of the kinds are here too, `KINDS`, and
 * localised in src/extension/labels.ts).
 */
import type { DiscrepancyKind } from '../core/types';
import { languageName } from '../core/languageCodes';
import { clamp } from '../core/spans';

/**
 * Every kind of finding and its two names, in one list: `label`, the short name the CLI and the
 * reports print; `editor`, the editor's longer name (English). The editor's names are localised
 * in src/extension/labels.ts, which must give each to `vscode.l10n.t` as a literal (l10n tooling
 * reads literals only): test/extension/labels.test.ts checks that its literals are these.
 */
export const KINDS: Readonly<Record<DiscrepancyKind, { readonly label: string; readonly editor: string }>> = {
  omitted: { label: 'Omitted', editor: 'Omitted sentence' },
  added: { label: 'Added', editor: 'Added sentence' },
  changed: { label: 'Changed', editor: 'Changed wording' },
  moved: { label: 'Moved', editor: 'Moved sentence' },
  number: { label: 'Number', editor: 'Number or date' },
  time: { label: 'Time', editor: 'Time reference' },
  hedge: { label: 'Hedge', editor: 'Hedge' },
  quote: { label: 'Quote', editor: 'Quotation' },
  name: { label: 'Name', editor: 'Name spelling' },
  attribution: { label: 'Attribution', editor: 'Attribution' },
  negation: { label: 'Negation', editor: 'Negation or denial' },
  mistranslation: { label: 'Mistranslation', editor: 'Mistranslation' },
  clause: { label: 'Clause', editor: 'Dropped or added clause' },
  boilerplate: { label: 'Page chrome', editor: 'Page chrome' },
};

/** Human names of the kinds, as the CLI and the reports print them (`KINDS`' labels). */
export const KIND_LABELS: Record<DiscrepancyKind, string> = Object.fromEntries(
  Object.entries(KINDS).map(([k, v]) => [k, v.label]),
) as Record<DiscrepancyKind, string>;

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
