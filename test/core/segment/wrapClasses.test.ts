/**
 * Classes of real copy that read otherwise once hard-wrapped (reading17), each with a made-up
 * example: the text as written and its `fold -s` copies must read as the same units.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';

/** What a reader of `text` sees: each unit's kind and words, line breaks read as spaces. */
const readAs = (text: string): string[] =>
  segment(text, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`);

test('a title set with its date after a spaced dash keeps the date when a wrap moves it down ("… FEES RISE -" / "2026-03-05")', () => {
  // Written for this test.
  const text =
    '03/05/26 - HARBOUR FEES RISE IN THE OLD PORT - 2026-03-05\n\n' +
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt.\n';
  const expected = readAs(text);
  assert.equal(expected[0], 'heading:03/05/26 - HARBOUR FEES RISE IN THE OLD PORT - 2026-03-05');
  for (const width of [50, 56]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a line that opens on one word and its stop ends the sentence of the open line before it ('… Harbour Radio Weekly' / 'Report.')", () => {
  // Written for this test: wrapped by hand, at no fixed width ("Report." would have fitted on the line).
  const text =
    'Ferry Season Opens\n\n' +
    'This is Jo Sample with the Harbour Radio Weekly Shipping and Weather\n' +
    'Report.\n\n' +
    'The first ferry of the season docked in the old port on Monday, twenty minutes\n' +
    'ahead of the timetable, after a crossing in calm seas. More than 300 passengers\n' +
    'and 40 cars were on board, the operator said.\n';
  const expected = readAs(text);
  assert.equal(expected[1], 'sentence:This is Jo Sample with the Harbour Radio Weekly Shipping and Weather Report.');
  for (const width of [50, 64]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // Not an abbreviation's stop: a heading over a line that opens "Gen. Ana Costa said …" stays a heading.
  assert.deepEqual(readAs('Harbour Works Finish Early\nGen. Ana Costa said the quay would open on Monday.\n')[0], 'heading:Harbour Works Finish Early');
});

test("a speaker's label in capitals before a quotation ('ANA COSTA: \"We …') is a unit of its own inside a paragraph as at its start, wherever a wrap puts it", () => {
  // Written for this test: a transcript's paragraph, the label inside it.
  const text =
    'Harbour Works Finish Early\n\n' +
    'The harbour master said the works on the new quay were two months ahead of the date the board had set. ' +
    'ANA COSTA: "We are glad the boats can come back to the old harbour before the summer season." The quay cost 12 million euros.\n';
  const expected = readAs(text);
  assert.deepEqual(expected.slice(2, 4), ['speaker:ANA COSTA:', 'sentence:"We are glad the boats can come back to the old harbour before the summer season."']);
  // At a paragraph's start, the same units.
  const opening = text.replace('had set. ANA', 'had set.\nANA');
  assert.deepEqual(readAs(opening), expected);
  let moved = 0;
  for (let width = 40; width <= 80; width++) {
    const wrapped = fold(text, width);
    if (/\nANA COSTA:/.test(wrapped)) moved++;
    assert.deepEqual(readAs(wrapped), expected, `wrapped at ${width}`);
    assert.deepEqual(readAs(fold(opening, width)), expected, `opening, wrapped at ${width}`);
  }
  assert.ok(moved >= 2, `the label opens a line at ${moved} widths only`);
});

test("a bulleted item's rest under its line, a name alone at the margin ('… took refuge in' / 'Portugal'), goes on the item", () => {
  // Written for this test: the items one line each, the story's paragraphs on long lines.
  const text =
    '    Ferry Line Marks Its Centenary\n\n' +
    '    Key Dates\n\n' +
    '    • 1926: First ferry sails from the old harbour\n' +
    '    • 1931: Second ferry joins the line\n' +
    '    • 1935: Night crossings begin\n' +
    '    • 1940: Service stops when the two ferries are taken into naval service and the crews took refuge in Portugal\n' +
    '    • 1946: Service resumes with one ferry\n' +
    '    • 2026: Line carries its fifty-millionth passenger\n\n' +
    '    The island ferry line marked its hundredth year on Friday with a crossing by the mayors of the two towns it joins, the operator said, and with a concert on the quay.\n';
  const expected = readAs(text);
  assert.ok(expected.some((s) => s.endsWith('took refuge in Portugal')), expected.join('\n'));
  // (At 54 to 58 columns "Portugal" is the item's last line, alone.)
  for (const width of [54, 56, 58, 64, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a line that opens as a sentence does ('This is …') after a title's line that stops on a capitalised word starts a paragraph, however full that line is", () => {
  // Written for this test: a title line over the sign-on, no blank line, as a PDF's text sets them.
  const text =
    'HARBOUR RADIO REPORT - Fees Rise in the Old Port\n' +
    'HARBOUR REPORT – March 5, 2026: Ferry Fees Rise in the Old Port\n' +
    'This is the Harbour Radio Report.\n' +
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt. The fee for a berth rose two dollars this month.\n';
  const expected = readAs(text);
  assert.deepEqual(expected.slice(1, 3), ['heading:HARBOUR REPORT – March 5, 2026: Ferry Fees Rise in the Old Port', 'sentence:This is the Harbour Radio Report.']);
  for (const width of [66, 70]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a PDF's line that opens a sentence after the line before ended one, and stops on a name ('… of the Northern' / 'Coast Guard …'), goes on in the next line of prose", () => {
  // Written for this test: a PDF's text, its lines beside a photo narrower than the rest, one line
  // longer than a wrap (the text is read line by line, not as wrapped).
  const text =
    'The harbour board met on Monday to discuss the new fees for berths and moorings in the old port, its chairman told the press.\n' +
    'The fees will rise in March.\n' +
    'Ana Costa (AH-nah KOSH-tah) is the chief of the harbour pilots of the Northern\n' +
    'Coast Guard station. She says the new fees will hit the smaller boats of the fleet\n' +
    'the hardest. The board will vote on the fees at its next meeting, which is set for the second week of March this year.\n';
  const expected = readAs(text);
  assert.ok(expected.includes('sentence:Ana Costa (AH-nah KOSH-tah) is the chief of the harbour pilots of the Northern Coast Guard station.'), expected.join('\n'));
  for (const width of [64, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // The next line is prose when it stops where no sentence ends, too ("… unless the").
  const open = text.replace('She says the new fees will hit the smaller boats of the fleet\nthe hardest.', 'She says in some\nCoast Guard stations the pilots will not be paid unless the\nfees are raised.');
  assert.ok(readAs(open).includes('sentence:She says in some Coast Guard stations the pilots will not be paid unless the fees are raised.'), readAs(open).join('\n'));
});

test("a paragraph's last line longer than a wrap by a word (a PDF's broken word joined back) shows no width: the text reads as wrapped at its other lines'", () => {
  // Written for this test: a PDF's lines of ~105 columns, some set a blank line apart, the last
  // line 124 long ("one-hundred-twenty-" / "thousand" joined back).
  const text =
    'Harbour Fees Rise in the Old Port\n\n' +
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was\n\n' +
    'rebuilt after the storms. The chairman of the board said the fees had not kept up with the cost of the\n\n' +
    'works on the northern breakwater, which the board expects to finish before the end of the summer season.\n\n' +
    'Fishermen said the rise would hit the smaller boats of the fleet the hardest, and asked the board to set a\n' +
    'lower fee for boats of under ten metres. The board will vote on that proposal at its next meeting in the\n' +
    'spring, the chairman said, and the fishermen will be heard before the vote on the fees for one-hundred-twentythousand boats.\n';
  const expected = readAs(text);
  assert.deepEqual(expected.slice(1, 3), [
    'sentence:The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt after the storms.',
    'sentence:The chairman of the board said the fees had not kept up with the cost of the works on the northern breakwater, which the board expects to finish before the end of the summer season.',
  ]);
  for (const width of [64, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a picture's credit in brackets opens a line of its own: a long line left open never goes on into '(Photo - …'", () => {
  // Written for this test: a PDF's text, a photo's caption and credit set among the story's lines.
  const text =
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt after the storms\n' +
    '(Photo - Jane Sample/Harbour Board) The fishermen said the rise would hit the smaller boats hardest.\n';
  const read = readAs(text);
  assert.ok(read[0]!.endsWith(':The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt after the storms'), read.join('\n'));
  // Not a bracket that goes on the sentence: "(photographs by …" in lower case, "(Photos are …" without a credit's mark.
  const goesOn = 'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt, it said\n(Photos of the quay are on its site). The fishermen said the rise would hit the smaller boats hardest.\n';
  assert.equal(readAs(goesOn).length, 2, readAs(goesOn).join('\n'));
});

test("a bullet's mark the wrap moved to a line's start inside a sentence ('… a total of 10^4' / '* 250 = …') is no list item; a list's items still are", () => {
  // Written for this test.
  const text =
    'Each of the harbour board members drew up a list of the boats, which gives a total of 10^4 * 250 = 2,500,000 entries in the ledger.\n\n' +
    'The board listed three causes:\n* storms in the winter\n* a rise in fuel costs\n* fewer fishing licences\n';
  const expected = readAs(text);
  assert.ok(expected.includes('sentence:Each of the harbour board members drew up a list of the boats, which gives a total of 10^4 * 250 = 2,500,000 entries in the ledger.'), expected.join('\n'));
  assert.ok(expected.some((s) => s.endsWith(':* a rise in fuel costs')), expected.join('\n'));
  let moved = 0;
  for (let width = 40; width <= 80; width++) {
    const wrapped = fold(text, width);
    if (/\n\* 250/.test(wrapped)) moved++;
    assert.deepEqual(readAs(wrapped), expected, `wrapped at ${width}`);
  }
  assert.ok(moved >= 1, 'the mark opens no line at any width');
});

test("a sentence left open on a name goes on into the next line of prose though it holds a decimal point ('… rose 3.5 percent in the Santa' / 'Rosa Valley …')", () => {
  // Written for this test: a page's line breaks, not a wrap's (the lines of their own lengths).
  const text =
    'The harbour board met on Monday in Eureka, Calif. Its fees for the boats rose 3.5 percent in the Santa\n' +
    'Rosa Valley ports last year. The board will vote on the new fees for the berths and the moorings at its meeting in March.\n';
  assert.deepEqual(readAs(text), [
    'sentence:The harbour board met on Monday in Eureka, Calif.',
    'sentence:Its fees for the boats rose 3.5 percent in the Santa Rosa Valley ports last year.',
    'sentence:The board will vote on the new fees for the berths and the moorings at its meeting in March.',
  ]);
});

test("a time's abbreviation before a place's time ('6:40 a.m. Moscow time', '7:53 a.m. UAE time') ends no sentence; 'Next time' after one starts a sentence", () => {
  // Written for this test.
  assert.deepEqual(readAs('The ferry docked at 6:40 a.m. Moscow time, an hour late, the operator said.'), ['sentence:The ferry docked at 6:40 a.m. Moscow time, an hour late, the operator said.']);
  assert.deepEqual(readAs('The ferry docked at noon (8:40 a.m. UAE time, 04:40 a.m. GMT) on Friday.'), ['sentence:The ferry docked at noon (8:40 a.m. UAE time, 04:40 a.m. GMT) on Friday.']);
  assert.equal(readAs('The ferry left at 5 p.m. Next time it will leave at noon, the operator said.').length, 2);
});

test("a title whose last word is a capitalised function word ('… and Much' / 'More'), broken by one wrap, shows no second wrap: a caption's short last line ends it", () => {
  // Written for this test: at 40 and 50, "More" is the title's rest alone on its line, and the
  // caption's last word, "Tuesday", stands alone over a sentence that opens on a name-like word.
  const text =
    'Harbour Radio: Ferries, Fishing, the Weather and Much More\n' +
    'Listen Read Learn\n\n' +
    'Harbour Fees Rise in the Old Port\n\n' +
    'The harbour board raised its fees for berths and moorings on Friday, the first rise since the old quay was rebuilt. ' +
    'Fishermen said the rise would cost each boat about two hundred euros a year.\n\n' +
    'A fisherman from the old port and his son mend their nets on the quay by the old lighthouse on Tuesday\n' +
    'Fishermen have asked the board to delay the rise until the autumn. The board will meet again in May to hear them.\n';
  const expected = readAs(text);
  assert.ok(expected.includes('sentence:A fisherman from the old port and his son mend their nets on the quay by the old lighthouse on Tuesday'), expected.join('\n'));
  for (const width of [40, 50, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a line of its own that a wrap breaks after a name's initial ('… Port Board, Maria T.' / 'Costa') goes on: the stop rules read the name on, as in the line", () => {
  // Written for this test: a statement's header, lines of their own over long paragraphs; at 51
  // to 55 columns the wrap breaks the statement's line after the initial.
  const text =
    'Harbour Board of the Old Port\n' +
    'Office of the Spokesperson\n' +
    'For Immediate Release\n' +
    'Statement by the Chair of the Port Board, Maria T. Costa\n' +
    'March 5, 2026\n\n' +
    'The harbour board raised its fees for berths and moorings on Friday, the first rise since the old quay was rebuilt in the spring of 2019.\n';
  const expected = readAs(text);
  assert.ok(expected.includes('heading:Statement by the Chair of the Port Board, Maria T. Costa'), expected.join('\n'));
  let broken = 0;
  // (The widths that break the line elsewhere, before the initial or inside the board's name, are
  // other classes: "… Port Board, Maria" / "T. Costa", "… of the Port" / "Board, …".)
  for (let width = 40; width <= 72; width++) {
    const wrapped = fold(text, width);
    if (!/ T\.\nCosta/.test(wrapped)) continue;
    broken++;
    assert.deepEqual(readAs(wrapped), expected, `wrapped at ${width}`);
  }
  assert.deepEqual(readAs(fold(text, 72)), expected);
  assert.ok(broken >= 3, `the wrap breaks after the initial at ${broken} widths only`);
  // A line that ends a sentence on a capital letter's stop stays a line of its own before one that opens as a sentence does.
  assert.deepEqual(readAs('The board will now adopt Plan B.\nThe fees will rise in May, the board said, and in the autumn again.\n').length, 2);
});

test("a title wrapped on three lines over its story, no blank line between, is one title when its second line is written as a title throughout ('… Harbour Breakwater' / 'Approved by Board After Winter')", () => {
  // Written for this test: at 36 to 42 columns the first line stops on a capitalised word and the
  // next goes on in capitals; the story's first line has words in lower case.
  const text =
    'Final, Revised Plan for Harbour Breakwater Approved by Board After Winter Storms\n' +
    'The harbour board approved on Friday the plan to rebuild the northern breakwater, damaged in the storms of last winter, at a cost of about 40 million euros. ' +
    'Work will start in May and end before the autumn storms, the board said.\n';
  const expected = readAs(text);
  assert.equal(expected[0], 'heading:Final, Revised Plan for Harbour Breakwater Approved by Board After Winter Storms');
  for (let width = 36; width <= 80; width++) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A headline on one line over a story whose first line is full of names stays apart from it.
  const story =
    'Harbour Fees Rise in the Old Port\n' +
    'Harbour Board Chair Maria Costa said the Old Port Authority raised its fees for berths on Friday, the first rise since the old quay was rebuilt.\n';
  assert.deepEqual(readAs(fold(story, 40)).map((s) => s.split(':')[0]), ['heading', 'sentence']);
});

test("a line that opens on one word and its stop run into the next sentence with no blank ('… the Radio Weekly' / 'Report.The first ferry …') ends the sentence of the open line before it", () => {
  // Written for this test: a copy that lost the blanks after its stops, its first line wrapped at 40.
  const text =
    'This is Jo Sample with the Radio Weekly Report.The first ferry of the season docked in the old port on Monday.' +
    'More than 300 passengers were on board, the operator said.\n';
  const expected = readAs(text);
  const wrapped = fold(text, 40);
  assert.match(wrapped, /Weekly\nReport\.The/);
  assert.deepEqual(readAs(wrapped), expected);
});

test("a clock time alone on its line ('10:41 pm'), as live captions stamp each minute, is a unit of its own: no line goes on into it or from it, wrapped or not", () => {
  // Written for this test: captions in lower case, a time line every minute, set inside sentences.
  const text =
    '10:41 pm\n' +
    'the chair: good evening. the board met today to set the fees for the berths and the moorings of the old port for the coming year, and i want to thank all\n' +
    '10:42 pm\n' +
    'members of the board for their work. the fees will rise in march. we will meet again in may to hear the fishermen, who have asked us to wait until the\n' +
    '10:43 pm\n' +
    'autumn. thank you all.\n';
  const expected = readAs(text);
  // (Chrome: the stamps are the captions', not the speaker's words.)
  assert.deepEqual(expected.filter((s) => /\d:\d\d pm/.test(s)), ['boilerplate:10:41 pm', 'boilerplate:10:42 pm', 'boilerplate:10:43 pm']);
  for (const width of [40, 50, 56, 64, 72, 80]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // Not a time that ends a sentence's line, nor one with words after it.
  assert.equal(readAs('The ferry left the old port at\n10:41 pm, an hour late.\n').length, 1);
});

test("a hand-off to the reporter or the adapter broken over two lines ('… adapted it' / 'for Harbour Radio.') is still a credit", () => {
  // Written for this test.
  const text =
    'The harbour board raised its fees for berths and moorings on Friday, the first rise since the old quay was rebuilt.\n\n' +
    'I’m Jo Sample.\n\n' +
    'Ana Costa reported this story from the old port. Jo Sample adapted it for Harbour Radio English. Tom Example was the editor.\n';
  const expected = readAs(text);
  assert.ok(expected.includes('credit:Jo Sample adapted it for Harbour Radio English.'), expected.join('\n'));
  for (const width of [50, 56, 64, 72, 80]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a title over a programme's line that ends on a stop ('From Harbour Radio English, this is the Sea Report.'), no blank between, stays a title however the wrap breaks it", () => {
  // Written for this test: at 40 to 48 columns the title's line is broken at the width before 'From'.
  const text =
    'Long Winters Don’t Always Mean Poor Harvests\n' +
    'From Harbour Radio English, this is the Farm Report.\n' +
    'A new study has found that the farms of the north coast had good harvests after long winters. But some crops may suffer in the spring.\n';
  const expected = readAs(text);
  assert.equal(expected[0], 'heading:Long Winters Don’t Always Mean Poor Harvests');
  for (const width of [46, 48, 50, 56, 64]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a name in capitals on its own line ends the sentence a line left open on a comma ('… on the program,' / 'HARBOUR RADIO WEEKLY.')", () => {
  // Written for this test.
  const text =
    'Ferry Season Opens\n\n' +
    'Good evening. Ferries, fishing boats and the weather are our subjects tonight on the weekly program,\n' +
    'HARBOUR RADIO WEEKLY.\n\n' +
    'The first ferry of the season docked in the old port on Monday, twenty minutes ahead of the timetable.\n';
  const expected = readAs(text);
  assert.equal(expected[2], 'sentence:Ferries, fishing boats and the weather are our subjects tonight on the weekly program, HARBOUR RADIO WEEKLY.');
  for (const width of [50, 64, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A line in capitals of its own still stands apart after a line that ends otherwise.
  assert.deepEqual(readAs('The forecast for the coast tonight\nGALE WARNING IN FORCE\n').length, 2);
});

test("a first-line headline that ends on a quotation's closing mark ('… Accused of ‘Gross Negligence’') stays apart from the lead a wrap runs up to it", () => {
  // Written for this test.
  const text =
    'Harbour Pilot Accused of ‘Gross Negligence’ in Crash\n' +
    'Prosecutors charged the pilot of the ferry that struck the old quay last week with gross negligence on Friday, a court spokesman said.\n';
  const expected = readAs(text);
  assert.equal(expected.length, 2);
  for (const width of [50, 53, 64]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  const quoted = 'Harbour Pilot Accused of ‘Gross Negligence’\nProsecutors charged the pilot of the ferry that struck the old quay last week with gross negligence on Friday.\n';
  for (const width of [46, 50]) assert.deepEqual(readAs(fold(quoted, width)), readAs(quoted), `wrapped at ${width}`);
});

test("a name in capitals before a colon that a wrap moves to a line's start goes on the sentence ('… told radio station Harbour' / 'FM: \"We …') after a line of prose", () => {
  // Written for this test.
  const text =
    'Ferry Strikes Quay\n\n' +
    'Ana Costa, a woman who was on the ferry, told the local radio station Harbour FM: "We were thrown to the floor. Then the lights went out."\n';
  const expected = readAs(text);
  assert.ok(expected[1]!.startsWith('sentence:Ana Costa, a woman who was on the ferry, told the local radio station Harbour FM: "We were thrown'), expected[1]);
  for (const width of [50, 64, 72, 81]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A dateline under a headline still opens the story.
  const wire = 'Ferry strikes quay in the old port\nHARBOURTOWN: A ferry struck the old quay on Monday, the port authority said.\n';
  assert.equal(readAs(wire)[1]!.split(':')[0], 'dateline');
});

test('an opening quotation mark written with no blank after a full-width stop ("…贡献。‘大众…") opens the next sentence', () => {
  // Written for this test.
  const units = segment('他说：“港口的渡轮今天恢复了。‘安全第一’是我们的原则。”', { locale: 'zh', lexicon: lexiconFor('zho') }).map((s) => s.text);
  assert.deepEqual(units, ['他说：“港口的渡轮今天恢复了。', '‘安全第一’是我们的原则。”']);
});

test("speakers' labels of a briefing ('MR ROE:', 'Q:', 'MODERATOR:', 'Secretary Roe:') are speakers of their own, never datelines nor part of the words, wrapped or not", () => {
  // Written for this test: each label opens the text once, so none is a transcript's repeated label.
  const text =
    'Harbour Board Briefing on the New Quay\n\n' +
    'MR ROE: Good afternoon, everyone. The new quay opened this morning, two months early.\n\n' +
    'Q: When will the first ferry use it?\n\n' +
    'MODERATOR: One more question, please.\n\n' +
    'Secretary Costa: Thank you all for coming to the harbour today, and for your patience with the works.\n';
  const expected = readAs(text);
  assert.deepEqual(expected, [
    'heading:Harbour Board Briefing on the New Quay',
    'speaker:MR ROE:',
    'sentence:Good afternoon, everyone.',
    'sentence:The new quay opened this morning, two months early.',
    'speaker:Q:',
    'sentence:When will the first ferry use it?',
    'speaker:MODERATOR:',
    'sentence:One more question, please.',
    'speaker:Secretary Costa:',
    'sentence:Thank you all for coming to the harbour today, and for your patience with the works.',
  ]);
  for (let width = 40; width <= 80; width += 4) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A place before a colon is still a dateline; a title and a name that lead a headline stay the headline's.
  assert.deepEqual(readAs('NEW DELHI: The harbour board said on Friday that fees would rise.\n').slice(0, 1), ['dateline:NEW DELHI:']);
  assert.deepEqual(readAs('President Roe: Harbour Deal Is Good for the Town\n\nThe harbour board said on Friday that fees would rise.\n').slice(0, 1), ['heading:President Roe: Harbour Deal Is Good for the Town']);
});

test("a dateline with an ordinal date ('HARBOURTON, 3rd March, 2026 (KUNA) —', '2nd March, 2026 (QNA) —') is a dateline that names its agency, wrapped or not", () => {
  // Written for this test.
  const story = (lead: string): string =>
    'Harbour Fees Rise in the Old Port\n\n' +
    `${lead} The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt ten years ago.\n\n` +
    'Mooring fees rose by a fifth, the board said.\n';
  for (const [lead, agency] of [
    ['HARBOURTON, 3rd March, 2026 (KUNA) —', 'KUNA'],
    ['HARBOURTON, March 3rd, 2026 (KUNA) --', 'KUNA'],
    ['2nd March, 2026 (QNA) —', 'QNA'],
    ['March 22nd (Reuters) -', 'Reuters'],
  ] as const) {
    const text = story(lead);
    const units = segment(text, { locale: 'en', lexicon: lexiconFor('eng') });
    assert.equal(units[1]!.kind, 'dateline', lead);
    assert.equal(units[1]!.text, lead);
    assert.equal(units[1]!.agency, agency);
    for (let width = 40; width <= 80; width += 8) assert.deepEqual(readAs(fold(text, width)), readAs(text), `${lead} wrapped at ${width}`);
  }
});

test("a programme's title with a dash and a date before a colon ('HARBOUR RADIO REPORT – March 3, 2026: Fees Rise …') stays one heading where a wrap breaks it after the colon, never a dateline", () => {
  // Written for this test: the title's line is the text's second, under a shorter one.
  const text =
    'HARBOUR RADIO REPORT - Fees Rise in the Old Port\n' +
    'HARBOUR RADIO REPORT – March 3, 2026: Fees Rise in the Old Port\n' +
    'This is the Harbour Radio Weekly Report.\n' +
    'The harbour board raised its fees for berths and moorings in March, the first rise since the old quay was rebuilt.\n';
  const expected = readAs(text);
  assert.equal(expected[1], 'heading:HARBOUR RADIO REPORT – March 3, 2026: Fees Rise in the Old Port');
  assert.ok(!expected.some((s) => s.startsWith('dateline:')), expected.join('\n'));
  // At 40 the second line breaks just after its colon.
  assert.ok(fold(text, 40).includes('2026:\nFees'));
  // (At 64 the title's last word alone, "Port", reads as a heading of its own: another class, not fixed here.)
  for (const width of [40, 48, 56]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
});

test("a speaker's label in capitals whose words a wrap breaks after their first ('ANA COSTA-REED: \"We' / 'understand …') reads as the label and one sentence, indented or not", () => {
  // Written for this test.
  for (const indent of ['', '    ']) {
    const text =
      `${indent}The harbour master said on Friday that she was pleased with the ruling of the port board.\n\n` +
      `${indent}ANA MARIA COSTA-REED OLIVEIRA: "We understand this is an historic moment for the old harbour and its fishermen."\n`;
    const expected = readAs(text);
    assert.deepEqual(expected.slice(1), ['speaker:ANA MARIA COSTA-REED OLIVEIRA:', 'sentence:"We understand this is an historic moment for the old harbour and its fishermen."']);
    // At 40 the label's line ends on '"We'.
    assert.ok(fold(text, 40).includes('"We\nunderstand'));
    for (const width of [40, 44, 48, 56]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width} ${JSON.stringify(indent)}`);
  }
});

test("a headline in sentence case whose last name a wrap moves down before its date ('… passing of Jan' / 'Novak, May 3, 2019') stays one heading, never a date line", () => {
  // Written for this test.
  const text =
    'Statement from the Harbour Board chair on the passing of Jan Novak, May 3, 2019\n\n' +
    'The board mourns the death of Jan Novak, who ran the old port for thirty years and rebuilt its quay after the storm.\n';
  const expected = readAs(text);
  assert.equal(expected[0], 'heading:Statement from the Harbour Board chair on the passing of Jan Novak, May 3, 2019');
  // At 64 the headline's line breaks between the two names.
  assert.ok(fold(text, 64).includes('of Jan\nNovak, May'));
  for (const width of [56, 64, 72]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A week day before the date is the date line under the headline, wrapped or not.
  const dated = 'Storm floods the old harbour quay and closes the port of Harbourton\nMonday, May 6, 2019\n\nThe storm closed the port.\n';
  assert.ok(readAs(dated).some((s) => s.includes('Monday, May 6, 2019') && !s.includes('Harbourton')), readAs(dated).join('\n'));
});

test("a line that ends on a bar set apart ('… (Harbour Times/Ana Lee) |') ends its sentence where a sentence opens the next line, even at the width", () => {
  // Written for this test: a photo's caption and credit on a line, the story's paragraph under it.
  const text =
    'Storm closes the old port\n\n' +
    'Harbour workers look at the old quay at dawn on Monday, before the storm reached the harbour and the fish market. Photo: (Harbour Times/Ana Lee) |\n' +
    'The storm closed the port for three days and flooded the fish market on the old quay.\n';
  const expected = readAs(text);
  assert.equal(expected[expected.length - 1], 'sentence:The storm closed the port for three days and flooded the fish market on the old quay.');
  // At 50 and 74 the caption's last line, ending on the bar, is as long as the width allows.
  for (const width of [50, 74]) assert.ok(fold(text, width).includes('Lee) |\nThe storm'));
  for (const width of [50, 74]) assert.deepEqual(readAs(fold(text, width)), expected, `wrapped at ${width}`);
  // A bar inside a running line goes on into a line in lower case (a list of addresses).
  assert.equal(readAs('Listen at harbourradio.example | \nharbourtimes.example/news for the whole report.\n').length, 1);
});

test('a line of a script written without blanks, left short by a long phrase that did not fit after it, is wrapped ("…叫做 Hater" / "的…")', () => {
  // Written for this test (Chinese): the second paragraph's first line breaks at the blank before a
  // phrase of 40 characters, far short of the width the first paragraph's lines show.
  const text =
    '港口委员会今天宣布，从下个月起，所有停泊在旧码头的渔船都要缴纳新的费用，这是自从旧码头重建以来第一次上调，渔民们对此表示不满，他们说鱼价已经连续三年下跌，新的费用会让很多小船主无法继续出海。\n\n' +
    '委员会主席说这笔钱将用来修理风暴中损坏的防波堤，她的助手 Ana 说工程预计在明年春天之前完成并且完全不会影响所有的渔船进出港口和鱼市场的正常营业。\n';
  const wrapped = fold(text, 72, 'chars');
  assert.ok(wrapped.includes('Ana\n说'), wrapped);
  // (A break fold put between two Chinese characters stands for nothing: read as a blank by `readAs`, dropped here.)
  const han = (units: string[]): string[] => units.map((u) => u.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, ''));
  assert.deepEqual(han(readAs(wrapped)), han(readAs(text)));
});
