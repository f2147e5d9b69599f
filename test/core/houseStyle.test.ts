/**
 * Quiet about the trivial: a copy that differs from its canonical only in house style (quote
 * marks, dashes, spacing, "percent" / "%", "the United States" / "the U.S.", "$5 million" /
 * "$5m", "Sept." / "September", the serial comma, "on Monday" / "Monday", thousands separators,
 * contractions) says the same thing, and WireDiff must report nothing of note on it.
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
  'thousands': (s) => s.replace(/\b(\d{1,3}),(\d{3})\b(?!,\d)/g, '$1$2'),
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
};

for (const [edit, apply] of Object.entries(EDITS)) {
  test(`house style: ${edit} changes nothing of note in the tune texts`, () => {
    let edited = 0;
    const noted: string[] = [];
    for (const { family, text } of texts) {
      const copy = apply(text);
      if (copy === text) continue;
      edited++;
      // A contraction inside a quotation is a low quote finding (a quotation is verbatim); nothing else may show.
      for (const d of compare(text, copy).discrepancies) {
        if (!(d.kind === 'quote' && d.severity === 'low')) noted.push(`${family}: ${d.kind} ${d.severity}: ${d.from ?? ''} → ${d.to ?? ''}`);
      }
    }
    assert.deepEqual(noted, [], edit);
    // The edit must reach real copy, or this test checks nothing.
    assert.ok(edited > 0, `no tune text has anything for ${edit} to change`);
  });
}
