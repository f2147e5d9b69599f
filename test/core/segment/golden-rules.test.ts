import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';

/** The 48 English Golden Rules (source and licence in the file). */
const data = JSON.parse(readFileSync(join(__dirname, 'golden-rules-en.json'), 'utf8')) as {
  source: string;
  licence: string;
  rules: Array<[string, string[]]>;
};
const en = { locale: 'en', lexicon: lexiconFor('eng') };

test('the English Golden Rules: at least 46 of 48 are split as expected', () => {
  assert.equal(data.rules.length, 48);
  // The list's source and its licence travel with it (MIT: the notice goes with every copy).
  assert.match(data.source, /pragmatic_segmenter/);
  assert.match(data.licence, /^MIT\b[\s\S]*The above copyright notice and this permission notice shall be included/);
  const failed: string[] = [];
  data.rules.forEach(([input, expected], i) => {
    const got = segment(input, en).map((s) => s.text);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failed.push(`#${i + 1} ${JSON.stringify(input)} → ${JSON.stringify(got)}`);
  });
  console.log(`Golden Rules: ${data.rules.length - failed.length}/${data.rules.length}` + (failed.length ? `; failing:\n  ${failed.join('\n  ')}` : ''));
  assert.ok(data.rules.length - failed.length >= 46, failed.join('\n'));
});

// Cases of the same kinds as the Golden Rules, written here, so that the rules are general.
const own: Array<[string, string[]]> = [
  // An abbreviation that can end a sentence ends it before a sentence starter, not before a name.
  ['Sanctions were lifted by the U.K. What happens next is unclear.', ['Sanctions were lifted by the U.K.', 'What happens next is unclear.']],
  ['The U.N. Security Council met on Friday.', ['The U.N. Security Council met on Friday.']],
  ['She joined Acme Corp. They hired her in May.', ['She joined Acme Corp.', 'They hired her in May.']],
  ['Shares of Acme Corp. rose 5 percent.', ['Shares of Acme Corp. rose 5 percent.']],
  // Titles and prefixes never end a sentence.
  ['They met Gov. Newsom and Sen. Padilla at Ft. Bragg.', ['They met Gov. Newsom and Sen. Padilla at Ft. Bragg.']],
  ['See Fig. 3 and No. 12 on the list.', ['See Fig. 3 and No. 12 on the list.']],
  // A time abbreviation ends the clause before a capitalised word, unless a date follows or it is a lead-in.
  ['The vote closed at 8 p.m. Officials began counting at once.', ['The vote closed at 8 p.m.', 'Officials began counting at once.']],
  ['The vote closes at 8 p.m. Tuesday in most states.', ['The vote closes at 8 p.m. Tuesday in most states.']],
  ['By 9 a.m. Gen. Lee had left.', ['By 9 a.m. Gen. Lee had left.']],
  // Initials after a name; a capital letter after a lower-case word is a word.
  ['President George W. Bush spoke. It was brief.', ['President George W. Bush spoke.', 'It was brief.']],
  ['The winner was team B. Team A came second.', ['The winner was team B.', 'Team A came second.']],
  // Names with an exclamation mark, exclamations before lower case.
  ['He appeared on Jeopardy! twice last year.', ['He appeared on Jeopardy! twice last year.']],
  ['"Stop!" shouted the guard. Nobody moved.', ['"Stop!" shouted the guard.', 'Nobody moved.']],
  // Ellipses and elisions.
  ['He said the plan . . . would fail. Nobody agreed.', ['He said the plan . . . would fail.', 'Nobody agreed.']],
  ['"The talks [...] went well," he said. Then he left.', ['"The talks [...] went well," he said.', 'Then he left.']],
  // List items run together; numbers in running text are no list.
  ['1) Raise taxes 2) Cut spending 3) Borrow', ['1) Raise taxes', '2) Cut spending', '3) Borrow']],
  ['• Rates rose • Stocks fell', ['• Rates rose', '• Stocks fell']],
  ['Prices rose 2) sharply, and 3) then fell.', ['Prices rose 2) sharply, and 3) then fell.']],
  ['The score was 3. Then it rained.', ['The score was 3.', 'Then it rained.']],
];

test('sentences of the Golden Rules kinds, written for this project', () => {
  for (const [input, expected] of own) assert.deepEqual(segment(input, en).map((s) => s.text), expected, input);
});

test('a paragraph far longer than one window of the segmenter splits as its sentences do one by one', () => {
  const one = [
    'The U.S. Government said so on Monday.',
    'Mr. Smith met Gen. Lee at 5 p.m. Tuesday.',
    '“We will go,” he said.',
    'Prices rose 3.5 percent, officials said.',
    'Did you see Albert I. Jones yesterday?',
    'It was not expected!',
  ];
  const sentences = Array.from({ length: 600 }, (_, i) => one[i % one.length]!);
  const text = sentences.join(' ');
  assert.ok(text.length > 20_000);
  assert.deepEqual(segment(text, en).map((s) => s.text), sentences);
});
