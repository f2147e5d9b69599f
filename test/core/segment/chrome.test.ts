import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChrome } from '../../../src/core/segment/chrome';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';

/** What a reader of `t` sees: each segment's kind and text. */
const read = (t: string) => segment(t, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}:${s.text}`);

test('isChrome: a date or time line standing alone is chrome, in every form it takes; a sentence that gives a date is not', () => {
  for (const line of ['March 14, 2023 8:05 AM EST', 'Tuesday, 14 Mar 2023 | 08:05', '14 March 2023', '2023-03-14', 'Updated Mar. 14, 2023 8:05 a.m.']) {
    assert.equal(isChrome(line), true, line);
  }
  // A wrapped line that ends a sentence with its date is no date line: a date line starts with the date or a weekday.
  for (const line of ['on 14 March 2023', 'in March 14, 2023', 'by 2023-03-14']) assert.equal(isChrome(line), false, line);
  for (const line of ['The dam was finished on March 14, 2023.', 'March 14 was a Tuesday', 'Room 2023 stays closed.', 'Fourteen boats sank in 2023 alone.']) {
    assert.equal(isChrome(line), false, line);
  }
});

test('isChrome: a stamp line of when the story was posted is chrome with a month written short and a time in a.m./p.m.; a sentence after "Posted" is not', () => {
  for (const line of ['Posted Tuesday, Feb. 3rd, 2015 at 9:40 am', 'Updated Oct. 2, 2019 at 4:05 p.m.', 'Published Sept. 14, 2021', 'Posted Monday, March 2nd, 2015 at 9:40 am']) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of ['Posted Sept. 9. The mayor resigned a day later.', 'Posted guards stood at the gate. Nobody passed.']) assert.equal(isChrome(line), false, line);
});

test('isChrome: a read time, a copyright or a syndication note anywhere in a short line is chrome; the same words in running text are not', () => {
  for (const line of ['By Ana Ruiz · 4 min read', '© 2023 Harbour Times', 'Copyright (c) 2023 Harbour Times. All rights reserved.', 'This story has not been edited by our staff and is from a syndicated feed.']) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of ['She read the report twice before the vote.', 'The council spread the cost over ten years.', 'Editors checked every figure.']) {
    assert.equal(isChrome(line), false, line);
  }
});

test('isChrome: a note hard-wrapped over several lines is chrome as it is on one line', () => {
  for (const line of [
    'The rest of the content is auto-generated from a syndicated\nfeed.',
    'Harbour Times 2023. All rights\nreserved.',
    'By Ana Ruiz · 4 min\nread',
  ]) {
    assert.equal(isChrome(line), true, JSON.stringify(line));
    assert.equal(isChrome(line.replace(/\n/g, '\r\n')), true, JSON.stringify(line));
  }
  assert.equal(isChrome('The council spread the cost over\nten years.'), false);
});

test('isChrome: a link too long for its line, broken by the wrap where it had no blank, is chrome as it is whole', () => {
  const link = 'http://www.example.gov/mission_pages/probe/multimedia/probe-image-070911.html';
  assert.equal(isChrome(link), true);
  assert.equal(isChrome(`${link.slice(0, 64)}\n${link.slice(64)}`), true);
  assert.equal(isChrome(`${link.slice(0, 50)}\r\n${link.slice(50)}`), true);
  // A link and words after it are not a link.
  assert.equal(isChrome(`${link}\nand the rest of the story`), false);
});

test('a date in figures is a date line too ("11/05/2008", "05.22.14 4:27 PM EDT"), and a date run into the words after it is cut off as one', () => {
  // Written for this test.
  for (const line of ['11/05/2008', '05.22.14', '2014/05/22 04:27 PM EDT', '22-05-2014 16:27']) assert.equal(isChrome(line), true, line);
  for (const line of ['1.2.3', 'Release 11.05.2008 is out.', 'Call 05 22 2014']) assert.equal(isChrome(line), false, line);
  assert.deepEqual(read('Harbour Closes for Winter\n\n11.05.08 The harbour board closed the port on Friday. Boats were moved.'), [
    'heading:Harbour Closes for Winter',
    'boilerplate:11.05.08',
    'sentence:The harbour board closed the port on Friday.',
    'sentence:Boats were moved.',
  ]);
  // (A page flattened onto one line: a note, the date and the headline, a ruler, the story.)
  assert.deepEqual(read('Harbour News stories are written by its own staff and may be printed again for free. March 3, 2009 Harbour Fees Rise Again ---------- The board raised the fees on Friday.').slice(0, 3), [
    'sentence:Harbour News stories are written by its own staff and may be printed again for free.',
    'boilerplate:March 3, 2009',
    'sentence:Harbour Fees Rise Again',
  ]);
  // A date that a sentence opens with, the words after it in lower case, or a comma and a place in capitals (a dateline), stays.
  assert.deepEqual(read('March 3, 2009 was the day the harbour closed.').map((s) => s.split(':')[0]), ['sentence']);
  assert.deepEqual(read('March 3, 2009, HARBOUR TOWN -- The board met.').map((s) => s.split(':')[0]), ['dateline', 'sentence']);
});

test('a page\'s list of links ("[1]http://… References 1. http://…") and a note that the copy is reprinted or free of rights are chrome; a link run into the words after it is cut off', () => {
  // Written for this test.
  for (const line of [
    '[1]http://news.example/harbour-fees- rise/123.html References 1. http://news.example/harbour-fees-rise/123.html',
    'References 1. https://news.example/a 2. https://news.example/b',
    'Visible links 1. http://news.example/a',
    'Originally published by Harbour Radio (www.harbour.example).',
    'Harbour Radio content is produced by the harbour board and is in the public domain.',
  ]) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of [
    'References to the old port were removed from the plan.',
    'The map is in the public domain, the board said, and anyone may print it.',
    'Originally the port was built by fishermen.',
  ]) {
    assert.equal(isChrome(line), false, line);
  }
  // (A page flattened onto one line: the headline, a ruler, a link and the story.)
  assert.deepEqual(read('Harbour Fees Rise Again ---------- http://news.example/t?id=12& The board raised the fees on Friday.').slice(-2), [
    'boilerplate:http://news.example/t?id=12&',
    'sentence:The board raised the fees on Friday.',
  ]);
});

test('an image\'s file name run into the text after it ("Harbour map 2011-09-27 at 4.16.20 PM.pngTwelve boats …") is cut off as chrome', () => {
  // Written for this test: a page's image, its file name left where the image stood.
  assert.deepEqual(read('The board met on Friday.\n\nHarbour map 2011-09-27 at 4.16.20 PM.pngTwelve boats were moved. The quay was closed.'), [
    'sentence:The board met on Friday.',
    'boilerplate:Harbour map 2011-09-27 at 4.16.20 PM.png',
    'sentence:Twelve boats were moved.',
    'sentence:The quay was closed.',
  ]);
  assert.deepEqual(read('harbour_map.jpg The board met on Friday.'), ['boilerplate:harbour_map.jpg', 'sentence:The board met on Friday.']);
  // A sentence that names a file is news.
  assert.deepEqual(read('The board put the map online as map.png. Twelve boats were moved.').map((s) => s.split(':')[0]), ['sentence', 'sentence']);
});

test('a release\'s own fields are chrome: its date and number, its contacts, "For Immediate Release", "Press Release"', () => {
  // Written for this test.
  for (const line of [
    'Release Date: 03/04/2009',
    'Release Number: 1234-56',
    'RELEASE: 09-123',
    'Release No. 77-09',
    'For Immediate Release: Tuesday, March 3, 2009',
    'FOR IMMEDIATE RELEASE',
    'Press Release',
    'News Release',
    'Contact Information: Jo Sample (555) 123-4567',
    'Media Contacts: Jo Sample, 555-123-4567',
    'For more information, media may contact the Harbour Board at 555-123-4567, or press@harbour.example',
  ]) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of ['The release date of the report was moved to March.', 'Contact with the crew was lost on Friday.', 'Press releases from the board were rare.']) {
    assert.equal(isChrome(line), false, line);
  }
});

test("a media player's button left in the text is chrome: alone on its line, or run on after a paragraph's last sentence ('… the Harbour Report. PLAY')", () => {
  // Written for this test.
  const text =
    'Ferry Fees Rise\n\n' +
    'From Harbour Radio, this is the Harbour Report. PLAY\n\n' +
    'The harbour board raised its fees on Friday. It was the first rise in ten years. PLAY\n\n' +
    'Play video\n\n' +
    'The ferry line said it would not raise its fares.\n';
  const got = segment(text, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}: ${s.text}`);
  assert.deepEqual(got, [
    'heading: Ferry Fees Rise',
    'credit: From Harbour Radio, this is the Harbour Report.',
    'boilerplate: PLAY',
    'sentence: The harbour board raised its fees on Friday.',
    'sentence: It was the first rise in ten years.',
    'boilerplate: PLAY',
    'boilerplate: Play video',
    'sentence: The ferry line said it would not raise its fares.',
  ]);
  // A sentence that ends on such a word is no button: "… the children went out to play."
  assert.deepEqual(segment('The rain stopped. The children went out to play.\n', { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => s.kind), ['sentence', 'sentence']);
});

test("isChrome: a release's contact line (e-mail addresses, telephone numbers, a name or a label before them) is chrome; a sentence that gives a number is not", () => {
  // Written for this test.
  for (const line of ['ana.costa at water.example.gov', 'ana.costa@water.example.gov', '(555) 014-2210', '014-2210', 'Media contact: Ana Costa, (555) 014-2210', 'RIVERTON, OHIO 45000 TELEPHONE (555) 014-2210', '+1 555 014-2210']) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of ['Call the hotline at 555-0142 for help.', 'The office said 555-0142 was closed', 'Ambassador 1993-2004', 'Ana Costa at the Water Authority', 'The count was 1,204-3,311']) {
    assert.equal(isChrome(line), false, line);
  }
  assert.deepEqual(read('Dam Repairs Finish Early\n\nAna Costa\nRiverton, Ohio\nana.costa at water.example.gov\n\nRepairs to the dam finished a week early.'), [
    'heading:Dam Repairs Finish Early',
    'heading:Ana Costa',
    'heading:Riverton, Ohio',
    'boilerplate:ana.costa at water.example.gov',
    'sentence:Repairs to the dam finished a week early.',
  ]);
});

test("isChrome: a lyrics or subtitle file's (LRC) ID tags on a line of their own are chrome; bracketed words that are no such tag are not", () => {
  for (const line of ['[ti:Harbour Report]', '[ar: City Radio]', '[al:Weekly News]', '[au:Dana Reyes]', '[by:Sam Ortiz]', '[re:Caption Tool]', '[ve:2.0]', '[offset:-120]', '[length: 04:05]', '[#:made by hand]', '[ti:Harbour Report][ar:City Radio]', '[ti:Harbour Report\nof the Week]']) {
    assert.equal(isChrome(line), true, line);
  }
  for (const line of ['[The vote was held again on Friday.]', '[ti:Harbour Report] The harbour reopened on Friday.', '[Title: a new harbour]', '[at: the harbour]', 'ti: Harbour Report']) {
    assert.equal(isChrome(line), false, line);
  }
});

test("a lyrics file's ID tags run into its first timed words, the file flattened onto one line, are chrome of their own (the title tag's text a heading); the words after them a sentence", () => {
  // Written for this test.
  const flat = '[ti:Harbour Report] [ar:Jo Lee] [by:Sam Ortiz] [00:00.00]The harbour reopened on Friday after two years of repairs. [00:05.10]Officials said the work cost ninety million dollars.';
  assert.deepEqual(read(flat), [
    'boilerplate:[ti:',
    'heading:Harbour Report',
    'boilerplate:[ar:Jo Lee] [by:Sam Ortiz]',
    'sentence:[00:00.00]The harbour reopened on Friday after two years of repairs.',
    'sentence:[00:05.10]Officials said the work cost ninety million dollars.',
  ]);
  // A title with a question mark in it ends no sentence of the text: the title a heading, the other tags chrome, the words after them a sentence.
  const asked = '[ti:Who Pays for the Harbour?] [ar:Jo Lee] [00:00.00]The harbour reopened on Friday after two years of repairs. [00:05.10]Officials said the work cost ninety million dollars.';
  assert.deepEqual(read(asked), ['boilerplate:[ti:', 'heading:Who Pays for the Harbour?', 'boilerplate:[ar:Jo Lee]', ...read(flat).slice(3)]);
  // Hard-wrapped, a line break inside a tag: read as unwrapped.
  const longer = flat + ' [00:09.40]The bridge carries some forty thousand cars a day across the old port. [00:14.20]Its next repairs are due in twenty years, the harbour board said.';
  for (const width of [40, 50, 64]) assert.deepEqual(read(fold(longer, width)).map((s) => s.replace(/\s+/g, ' ')), read(longer), String(width));
});

test("a lyrics file's title tag is read as a heading, its text only: never its brackets nor its name; an empty one stays chrome", () => {
  // Written for this test.
  const spans = (t: string) => segment(t, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => [s.kind, s.start, s.end]);
  const lrc = '[ar:Jo Lee]\n[ti:  Ferry Fares Rise  ]\n[00:00.00]The ferry company raised its fares on Monday.\n';
  const at = lrc.indexOf('Ferry');
  assert.deepEqual(spans(lrc).slice(0, 3), [
    ['boilerplate', 0, 11],
    ['boilerplate', 12, 16],
    ['heading', at, at + 'Ferry Fares Rise'.length],
  ]);
  // Between other tags on one line, and broken by a hard wrap: the title's words, the tags around them chrome.
  assert.deepEqual(read('[ar:Jo Lee] [ti:Ferry Fares Rise] [by:Sam Ortiz]\n[00:00.00]The ferry company raised its fares on Monday.\n'), [
    'boilerplate:[ar:Jo Lee] [ti:',
    'heading:Ferry Fares Rise',
    'boilerplate:[by:Sam Ortiz]',
    'sentence:[00:00.00]The ferry company raised its fares on Monday.',
  ]);
  assert.deepEqual(read('[ti:Ferry Fares Rise for the\nSecond Time]\n[00:00.00]The ferry company raised its fares on Monday.\n').slice(0, 2), ['boilerplate:[ti:', 'heading:Ferry Fares Rise for the\nSecond Time']);
  assert.deepEqual(read('[ti:]\n[ti: ]\n[00:00.00]The ferry company raised its fares on Monday.\n').slice(0, 2), ['boilerplate:[ti:]', 'boilerplate:[ti: ]']);
});
