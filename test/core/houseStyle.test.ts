/**
 * Quiet about the trivial: a copy that differs from its canonical only in house style (quote
 * marks, dashes, spacing, "percent" / "%", "the United States" / "the U.S.", "$5 million" /
 * "$5m", "Sept." / "September", the serial comma, "on Monday" / "Monday", thousands separators,
 * contractions, British spelling, "Calif." / "California", "a year" / "one year") says the same
 * thing, and WireDiff must report nothing of note on it; nor on one set out otherwise (a
 * paragraph moved, a sentence cut at its semicolon, "said Jane Roe" / "Jane Roe said"), where
 * nothing above low may show.
 *
 * Each edit is applied to the canonical of every tune family (real copy), and the copy is
 * compared with its original. Held-out texts are never read here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';

const TUNE = join(__dirname, '..', 'fixtures', 'families', 'tune');

/** The canonical text of each tune family. */
const texts = readdirSync(TUNE)
  .sort()
  .flatMap((family) => {
    const name = readdirSync(join(TUNE, family)).find((f) => f.endsWith('_0.txt'));
    return name ? [{ family, text: readFileSync(join(TUNE, family, name), 'utf8') }] : [];
  });

const MONTHS: Record<string, string> = { Jan: 'January', Feb: 'February', Aug: 'August', Sept: 'September', Sep: 'September', Oct: 'October', Nov: 'November', Dec: 'December' };

const NUMERALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** House-style edits a copy desk makes, as functions of the text. */
const EDITS: Record<string, (s: string) => string> = {
  'curly quotes': (s) => s.replace(/"([^"\n]*)"/g, '“$1”').replace(/(\w)'(\w)/g, '$1’$2'),
  'straight quotes': (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  'dashes': (s) => s.replace(/ -- /g, ' — ').replace(/ - /g, ' — '),
  'spaces': (s) => s.replace(/ /g, '  ').replace(/\n/g, ' \n'),
  'per cent': (s) => s.replace(/(\d) percent\b/g, '$1 per cent'),
  'per cent sign': (s) => s.replace(/(\d) percent\b/g, '$1%'),
  'U.S.': (s) => s.replace(/\bthe United States\b/g, 'the U.S.'),
  'US': (s) => s.replace(/\bU\.S\.(?= [a-z])/g, 'US'),
  'millions': (s) => s.replace(/\$(\d+(?:\.\d+)?) million\b/g, '$$$1m'),
  'months': (s) => s.replace(/\b(Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\. (?=\d)/g, (_m, m: string) => `${MONTHS[m]} `),
  'serial comma': (s) => s.replace(/(\w+), (\w+) and /g, '$1, $2, and '),
  'weekdays': (s) => s.replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, '$1'),
  // Every separator of a figure at once ("1,571,581" → "1571581"), never a part of one.
  'thousands': (s) => s.replace(/\b\d{1,3}(?:,\d{3})+(?![,\d])/g, (m) => m.replace(/,/g, '')),
  'contractions': (s) => s.replace(/\bdo not\b/g, "don't").replace(/\bdid not\b/g, "didn't").replace(/\bis not\b/g, "isn't"),
  'pct': (s) => s.replace(/(\d) percent\b/g, '$1 pct'),
  'percent written out': (s) => s.replace(/(\d)%/g, '$1 percent'),
  'em dash to two hyphens': (s) => s.replace(/ ?— ?/g, ' -- '),
  'months abbreviated': (s) => s.replace(/\b(January|February|August|September|October|November|December) (?=\d)/g, (_m, m: string) => `${Object.keys(MONTHS).find((k) => MONTHS[k] === m && k !== 'Sep')!}. `),
  // (Counts of things: "two symmetrical solar panels" / "2 symmetrical solar panels"; not "one", also a pronoun.)
  'numerals under ten': (s) => s.replace(/\b(two|three|four|five|six|seven|eight|nine) (?=[a-z]{3,}s\b)/g, (_m, w: string) => `${NUMERALS.indexOf(w) + 1} `),
  'numbers under ten in words': (s) => s.replace(/(?<![\d.,$])\b([1-9]) (?=[a-z]{3,})/g, (_m, d: string) => `${NUMERALS[Number(d) - 1]} `),
  'Mr. dropped': (s) => s.replace(/\b(?:Mr|Mrs|Ms)\. (?=\p{Lu})/gu, ''),
  'meters': (s) => s.replace(/(\d) (?:meters|metres)\b/g, '$1m').replace(/(\d) (?:kilometers|kilometres)\b/g, '$1km'),
  'no serial comma': (s) => s.replace(/(\w+), (\w+), and /g, '$1, $2 and '),
  'U.N.': (s) => s.replace(/\bU\.N\.(?= [a-z])/g, 'UN'),
  'ellipsis': (s) => s.replace(/\.\.\.(?!\.)/g, '…'),
  'British spelling': (s) => s.replace(/\b(cent|theat)er(s?)\b/g, '$1re$2').replace(/\b(organi|reali|recogni)z(e|ed|es|ing|ation)\b/g, '$1s$2').replace(/\b(col|lab|neighb|hon)or(s?)\b/g, '$1our$2').replace(/\bdefense\b/g, 'defence'),
  'a.m. without stops': (s) => s.replace(/(\d) ([ap])\.m\.(?=,? [a-z])/g, '$1 $2m'),
  'he said, he says': (s) => s.replace(/\b(he|she) said\b/g, '$1 says'),
  // A span of time ("a year ago", "for a week"), never a rate ("400,000 deaths a year", "twice a day"): a rate
  // made "one year" says another thing.
  'a year, one year': (s) =>
    s.replace(/(?<!\b(?:\p{L}+s|\d[\d,.]*|once|twice|times|cents?|dollars?) )\b([Aa]) (year|day|week|month)\b(?!-)/gu, (_m, a: string, unit: string) => `${a === 'A' ? 'One' : 'one'} ${unit}`),
  'state names spelled out': (s) => s.replace(/\bCalif\.(?= |,)/g, 'California').replace(/\bFla\.(?= |,)/g, 'Florida'),
};


/**
 * Edits that move words about: the same story, no fact changed, set out otherwise. A sentence
 * or a paragraph out of the canonical order is a low `moved` finding and a sentence cut in two
 * a split group; nothing above low may show.
 */
const LAYOUT: Record<string, (s: string) => string> = {
  // The last two paragraphs of three or more swapped.
  'a paragraph moved': (s) => {
    const paras = s.split(/\n\s*\n/);
    if (paras.length < 4) return s;
    const [a, b] = [paras[paras.length - 2]!, paras[paras.length - 1]!];
    return [...paras.slice(0, -2), b, a].join('\n\n');
  },
  // "…, and the port was closed; ships waited offshore." → "… closed. Ships waited offshore."
  'a sentence split at a semicolon': (s) => s.replace(/; (\p{Ll})(?=\p{Ll}* \p{Ll})/gu, (_m, c: string) => `. ${c.toUpperCase()}`),
  // "…,” said Jane Roe." → "…,” Jane Roe said." (a speaker's name and its verb turned about)
  // The name whole, with its title ("said Dr. Ana Ruiz." → "Dr. Ana Ruiz said.").
  'said X, X said': (s) => s.replace(/([,”"]) said ((?:(?:Dr|Mr|Mrs|Ms|Prof)\. )?(?!(?:Dr|Mr|Mrs|Ms|Prof)\.)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)\./gu, '$1 $2 said.'),
};

/**
 * Each edit of `edits` applied to every tune canonical: nothing may show but what `allowed` lets
 * through, and the edit must reach real copy, or its test checks nothing.
 */
function sweep(label: string, what: string, edits: Record<string, (s: string) => string>, allowed: (d: { kind: string; severity: string }) => boolean): void {
  for (const [edit, apply] of Object.entries(edits)) {
    test(`${label}: ${edit} ${what} in the tune texts`, () => {
      let edited = 0;
      const noted: string[] = [];
      for (const { family, text } of texts) {
        const copy = apply(text);
        if (copy === text) continue;
        edited++;
        for (const d of compare(text, copy).discrepancies) {
          if (!allowed(d)) noted.push(`${family}: ${d.kind} ${d.severity}: ${d.from ?? ''} → ${d.to ?? ''}`);
        }
      }
      assert.deepEqual(noted, [], edit);
      assert.ok(edited > 0, `no tune text has anything for ${edit} to change`);
    });
  }
}

// A contraction inside a quotation is a low quote finding (a quotation is verbatim); nothing else may show.
sweep('house style', 'changes nothing of note', EDITS, (d) => d.kind === 'quote' && d.severity === 'low');
sweep('layout', 'changes nothing above low', LAYOUT, (d) => d.severity === 'low');
