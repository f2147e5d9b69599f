import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { stopRulesFor } from '../../../src/core/segment/rules';
import { unspacedStarts } from '../../../src/core/segment/stops';

const en = { locale: 'en', lexicon: lexiconFor('eng') };
const read = (text: string): string[] => segment(text, en).map((s) => s.text);
const rules = stopRulesFor('en', lexiconFor('eng'));

test('a stop with no blank after it between two sentences ends the first ("animals.Alan", "year.Lori", "said?No")', () => {
  assert.deepEqual(read('The corn can only feed animals.Alan Example and his wife hope for a settlement. They planted late last year.Lori Example said so.'), [
    'The corn can only feed animals.',
    'Alan Example and his wife hope for a settlement.',
    'They planted late last year.',
    'Lori Example said so.',
  ]);
  // After a capitalised word too ("… to Mr. Smith.The"), and before an opening quotation mark.
  assert.deepEqual(read('The letter went to Example.The reply came at once.'), ['The letter went to Example.', 'The reply came at once.']);
  assert.deepEqual(read('The plan was approved.“We are glad,” she said.'), ['The plan was approved.', '“We are glad,” she said.']);
});

test('what is written without blanks on purpose is never cut: links, addresses, file and site names, initials, figures, abbreviations, names with "!"', () => {
  for (const s of [
    'See www.example.com/News.Html for more.',
    'Write to jane.doe@Example.org for the report.',
    'The file is at C:\\Reports\\annual.Final for now.',
    'Download report.Pdf from the site.',
    'Visit Example.Com for the full text.',
    'The U.S.Army said the troops were safe.',
    'Prices rose 3.5 percent in May.',
    'He met Mr.Smith in St.Louis last week.',
    'She reads Yahoo!News every day.',
    'Follow the_desk.News on the site.',
  ]) {
    assert.deepEqual(read(s), [s], s);
    assert.deepEqual(unspacedStarts(s, rules), [], s);
  }
  // Where it cuts: after the stop, before the next sentence's first character.
  assert.deepEqual(unspacedStarts('Fed to animals.Alan said so.', rules), [[15, 15]]);
});
