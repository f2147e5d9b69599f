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

test('an item of a dashed list run on after a sentence\'s stop ("… at noon. - The board …") starts a sentence of its own, at its dash, as on a line of its own', () => {
  // Written for this test.
  const read = (t: string) => segment(t, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => s.text.replace(/\s+/g, ' '));
  const list = '- The ferry sank at noon, the board said.\n- The board recommends that passengers check the timetable.\n- Divers will inspect the wreck.\n';
  const runOn = '- The ferry sank at noon, the board said. - The board recommends that passengers check the timetable. – Divers will inspect the wreck.\n';
  assert.deepEqual(read(runOn), [
    '- The ferry sank at noon, the board said.',
    '- The board recommends that passengers check the timetable.',
    '– Divers will inspect the wreck.',
  ]);
  // Wrapped so that a line ends on the stop and the next opens on the dash: the same items.
  assert.deepEqual(read('- The ferry sank at noon, the board said. Its crew were\nsafe. - The board recommends that passengers check the timetable.\n'), [
    '- The ferry sank at noon, the board said.',
    'Its crew were safe.',
    '- The board recommends that passengers check the timetable.',
  ]);
  assert.equal(read(list).length, 3);
  // Not after an abbreviation's stop, nor before a dash that sets off words in lower case.
  assert.deepEqual(read('She left at 5 p.m. - The Harbour Board said so.\n'), ['She left at 5 p.m. - The Harbour Board said so.']);
  assert.deepEqual(read('The ferry was late. - or so the board said - and the crew was tired.\n').length, 1);
  // After a figure in brackets too: "… fell (-3,000). - The …"; not after a dateline's date: "PORT TOWN, 29 May 2006. – The …".
  assert.deepEqual(read('- Ferry trips rose (+1,200), while bus trips fell (-3,000). - The board expects more in May.\n'), [
    '- Ferry trips rose (+1,200), while bus trips fell (-3,000).',
    '- The board expects more in May.',
  ]);
  assert.deepEqual(read('Port Town, 29 May 2006. – The harbour board said the ferry will sail in July.\n').length, 1);
});

test('a caption\'s date glued to the story\'s first word, with no blank and no stop ("… 03 Mar 2009Harbour officials …"), ends a piece there', () => {
  // Written for this test.
  const read = (t: string) => segment(t, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => s.text);
  assert.deepEqual(read('The ferry sank off the coast. Survivors reach the harbour in River Town, 03 Mar 2009Harbour officials said on Friday that all were safe.\n'), [
    'The ferry sank off the coast.',
    'Survivors reach the harbour in River Town, 03 Mar 2009',
    'Harbour officials said on Friday that all were safe.',
  ]);
  // Not inside a link, nor a year before a word in lower case or capitals.
  assert.equal(read('See http://example.org/2009News/ferry.html for more. The 1990s were calm. Its 2009GT engine was new.\n').length, 3);
});

test('a sentence that opens on a quotation of a figure after a stop, in guillemets too ("… mayo. «2016 fue …»"), starts there, wrapped or not', () => {
  // Made-up Spanish and French.
  const es = { locale: 'es', lexicon: lexiconFor('spa') };
  const text = 'El puerto cerró el muelle viejo en mayo. «2025 fue un año difícil para el puerto», dijo el director.';
  const expected = ['El puerto cerró el muelle viejo en mayo.', '«2025 fue un año difícil para el puerto», dijo el director.'];
  assert.deepEqual(segment(text, es).map((s) => s.text), expected);
  assert.deepEqual(segment(text.replace(' «', '\n«'), es).map((s) => s.text.replace('\n', ' ')), expected);
  const fr = { locale: 'fr', lexicon: lexiconFor('fra') };
  assert.equal(segment('Le port a fermé le quai en mai. « 2025 a été une année difficile », a dit le directeur.', fr).length, 2);
});

test('a closing quotation mark that a wrap moved to the head of the next line, in Chinese, closes the sentence before', () => {
  // Made-up Chinese: "？”" broken between the two marks.
  const zh = { locale: 'zh', lexicon: lexiconFor('zho') };
  const one = '港口的工作人员说，渡轮的时间表还没有确定。他问：“渡轮什么时候开？”大家都不知道。码头明天关闭。';
  const wrapped = '港口的工作人员说，渡轮的时间表还没有确定。他问：“渡轮什么时候开？\n”大家都不知道。码头明天关闭。';
  const flat = (t: string) => segment(t, zh).map((s) => s.text.replace('\n', ''));
  assert.deepEqual(flat(wrapped), flat(one));
  assert.ok(flat(wrapped)[1]!.endsWith('？”'), flat(wrapped).join(' | '));
});

test('an ellipsis set as one character ("…") ends a sentence before a capital as three full stops do; before lower case it goes on', () => {
  const three = read('The ferry left the harbour at dawn... Passengers said the crossing was calm.');
  assert.deepEqual(three, ['The ferry left the harbour at dawn...', 'Passengers said the crossing was calm.']);
  assert.deepEqual(read('The ferry left the harbour at dawn… Passengers said the crossing was calm.'), ['The ferry left the harbour at dawn…', 'Passengers said the crossing was calm.']);
  // (A caption cut short under its photo, run into the story by a copy: the same.)
  assert.deepEqual(read('Crew members walk to the launch tower of the Example Space Operations… Astronauts last flew from the site in 2011.'), [
    'Crew members walk to the launch tower of the Example Space Operations…',
    'Astronauts last flew from the site in 2011.',
  ]);
  assert.deepEqual(read('The ferry left… and then it turned back.'), ['The ferry left… and then it turned back.']);
  // (An elision inside brackets leaves words out; it ends nothing.)
  assert.deepEqual(read('The ferry left […] Passengers were calm.'), ['The ferry left […] Passengers were calm.']);
});
