/**
 * Where a line break is a boundary (segment/lines.ts, segment/blocks.ts, segment/lineBreaks.ts, segment/lineMarks.ts): only where a reader
 * sees one. Each text here was written for its test; each test failed before its rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';
import { scriptChanges } from '../../../src/core/segment/lineMarks';

const read = (text: string): string[] =>
  segment(text, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);

/** The text read alike wrapped at each width (bytes, as fold counts). */
function readsAlikeWrapped(text: string, widths: readonly number[]): string[] {
  const expected = read(text);
  for (const w of widths) assert.deepEqual(read(fold(text, w)), expected, `wrapped at ${w}`);
  return expected;
}

test('a line that stops on a comma goes on in the next, though it is short and the next opens on a figure (a text wrapped twice)', () => {
  // Wrapped at 76 columns; wrapped again at 64, the first line's rest is "passengers,".
  const text =
    'Harbour ferry retired\n\n' +
    'The old ferry of the island route, which carried cars and foot passengers,\n' +
    '400 of them a day at most, was sold for scrap in May after its last run.\n';
  const expected = readsAlikeWrapped(text, [50, 64]);
  assert.ok(expected.includes('sentence: The old ferry of the island route, which carried cars and foot passengers, 400 of them a day at most, was sold for scrap in May after its last run.'), expected.join('\n'));
});

test('a date line indented under a centred line is a line of its own, though a wrap could have moved it there', () => {
  const text =
    'Advance copies of this statement are made available to the press under\n' +
    'lock-up conditions with the understanding that the data are embargoed.\n' +
    '                         Statement of\n' +
    '                          Jane Example\n' +
    '                   Office of Harbour Statistics\n' +
    '                    Friday, March 6, 2026\n\n' +
    '     In February, the number of ships that called at the port changed little\n' +
    '(-54), and the share of late arrivals was about unchanged at 9.6 percent.\n';
  const expected = readsAlikeWrapped(text, [50, 64]);
  assert.ok(expected.includes('boilerplate: Friday, March 6, 2026'), expected.join('\n'));
});

test('the last line of a paragraph that a wrap moved down is its last words, not a heading ("… 2026." / "DOI:…")', () => {
  const text =
    'The study appeared in a journal of coastal works.\n\n' +
    'Reference: Example J, Sample A, Other B, et al. Silt in small ports over thirty years of tides. Journal of Coastal Works. March 3, 2026. DOI:10.1234/jcw.2026.0042\n';
  const expected = readsAlikeWrapped(text, [50, 64, 72]);
  assert.ok(expected.includes('sentence: DOI:10.1234/jcw.2026.0042'), expected.join('\n'));
});

test("an e-mailed release's header fields are lines of their own, chrome (its subject apart), a field's wrapped value goes on", () => {
  const text =
    'Harbour works finish early\n\n' +
    'From: Jane Example <jane.example_at_harbour.org>\n' +
    'Date: Tue, 3 Mar 2026 14:50:55 -0700 (PDT)\n' +
    'Message-ID: <202603032150.OAA22393_at_harbour.org>\n\n' +
    'The new quay opened on Monday, two months ahead of the date the harbour board had set.\n';
  const expected = readsAlikeWrapped(text, [50, 64]);
  for (const field of ['From: Jane Example <jane.example_at_harbour.org>', 'Message-ID: <202603032150.OAA22393_at_harbour.org>']) assert.ok(expected.includes(`boilerplate: ${field}`), expected.join('\n'));
});

test("a bulletin's stamp, ruler, fields in capitals and signature are lines of their own; its prose wrapped twice still reads as prose", () => {
  // A bulletin as weather offices write one; its paragraphs wrapped at 68 columns.
  const text = [
    'Harbour Storm Update',
    'NWS Coastal Office Example City XX052026',
    '1010 AM EST Tue Mar 3 2026',
    '...STORM COMES ASHORE NEAR THE OLD HARBOUR AS A STRONG GALE...',
    'Radar data from the coast and buoy reports from the Harbour Authority',
    'indicate that the storm came ashore near the old harbour around 945',
    'AM EST (1445 UTC) with estimated winds of 60 MPH (95 KM/H).',
    'The next update will be the 100 PM EST (1800 UTC) complete advisory',
    'package.',
    'SUMMARY OF 1010 AM EST...1510 UTC...INFORMATION',
    '---------------------------------------------------',
    'LOCATION...41.2N 70.1W',
    'ABOUT 5 MI...10 KM S OF EXAMPLE CITY',
    'MAXIMUM SUSTAINED WINDS...60 MPH...95 KM/H',
    'PRESENT MOVEMENT...NNE OR 20 DEGREES AT 15 MPH...24 KM/H',
    'MINIMUM CENTRAL PRESSURE...990 MB...29.24 INCHES',
    'Forecaster Example',
    '',
  ].join('\n');
  const expected = readsAlikeWrapped(text, [50, 64]);
  for (const line of ['heading: PRESENT MOVEMENT...WNW OR 20 DEGREES AT 15 MPH...24 KM/H'.replace('WNW', 'NNE'), 'heading: Forecaster Example', 'heading: 1010 AM EST Tue Mar 3 2026']) {
    assert.ok(expected.includes(line), `${line}\n${expected.join('\n')}`);
  }
});

test("a mail quoted in a reply: its quotation marks are a margin, its paragraphs read as prose, a sentence's text is the file's own", () => {
  const text =
    '--- Jane Example <jane at harbour.example.org> wrote:\n\n' +
    '> Harbour works finish early\n' +
    '>\n' +
    '> The new quay opened on Monday, two months ahead of the date the\n' +
    '> harbour board had set for it, the board said. Boats of the U.S.\n' +
    '> Coast Guard moored there first.\n' +
    '> \n' +
    '> "We are glad the boats can come back," said Ana Costa, the\n' +
    '> harbour master.\n';
  const sentences = segment(text, { locale: 'en', lexicon: lexiconFor('eng') });
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  const expected = readsAlikeWrapped(text, [40, 50]);
  assert.deepEqual(expected.slice(1), [
    'heading: Harbour works finish early',
    'sentence: The new quay opened on Monday, two months ahead of the date the > harbour board had set for it, the board said.',
    'sentence: Boats of the U.S. > Coast Guard moored there first.',
    'sentence: "We are glad the boats can come back," said Ana Costa, the > harbour master.',
  ]);
});

test('a paragraph of a text wrapped more than once goes on over short rests until a stop ends it', () => {
  // A mail quoted in a reply (wrapped at 56, each line's rest left short), then wrapped again.
  const text =
    '--- Jane Example wrote:\n\n' +
    '> The ferry docked at 6:45 a.m. on Monday in the old harbour\n' +
    '> of the\n' +
    '> town, where the harbour master and the crews of the U.S.\n' +
    '> Coast\n' +
    '> Guard met it on the quay before the first passengers came\n' +
    '> ashore.\n\n' +
    '> The second ferry of the day left on time at noon, with 300\n' +
    '> passengers\n' +
    '> and 40 cars on board, the operator said.\n';
  const expected = readsAlikeWrapped(text, [50, 56]);
  assert.equal(expected.length, 3, expected.join('\n'));
  assert.ok(expected[1]!.endsWith('before the first passengers came > ashore.'), expected.join('\n'));
});

test('a headline over its source, both over a date line, in a text of long lines: each a line of its own', () => {
  const text =
    'Harbour Ferry Passes One Million Crossings Since Its Launch\n' +
    'Port Authority of Example City\n' +
    'March 24, 2026\n\n' +
    'There was no ribbon across the quay, but the port is celebrating a record: the ferry that links the old harbour to the island made its millionth crossing on Tuesday, eleven years after its first.\n';
  assert.deepEqual(read(text).slice(0, 3), [
    'heading: Harbour Ferry Passes One Million Crossings Since Its Launch',
    'heading: Port Authority of Example City',
    'boilerplate: March 24, 2026',
  ]);
});

test('a story\'s first line that stops on a name\'s capital "And", in sentence case, goes on in the next: no headline', () => {
  // Made up: wrapped at 72, the lead's first line ends inside a name written with a capital "And".
  const text =
    'Both the U.S. port agency HPA and the National Harbour Safety And Rescue Administration (NHSRA) say that ferry crossings in 2025 were the most since record-keeping began in 1950.\n\n' +
    'The ferries carried 4.2 million passengers, the agency said.\n';
  assert.ok(fold(text, 72).startsWith('Both the U.S. port agency HPA and the National Harbour Safety And\n'), fold(text, 72));
  // (Only at 72: at 64 the line stops on "Safety" and the next opens on "And", as a sentence may: another case.)
  const expected = readsAlikeWrapped(text, [72]);
  assert.ok(expected[0]!.startsWith('sentence: Both the U.S. port agency'), expected.join('\n'));
  // A title written as one throughout may still end on a capital function word.
  assert.equal(read('Ferry Workers Reject Offer, Vow to Fight It\n\nThe union said on Monday that it would strike.\n')[0], 'heading: Ferry Workers Reject Offer, Vow to Fight It');
});

test("a story's first line in sentence case, most of its long words names, broken by the wrap after a verb in lower case, goes on: no headline", () => {
  // Made up: at 50 and 56 the first line stops on the verb, at 58 on the title before a name; the
  // next line opens on a capital. A title-cased headline has no long word in lower case but its
  // function words; this line has one ("welcomed").
  const text =
    'The Harbour Board of Westmark on Friday welcomed Governor Ana Costa to the islands for her first visit since the storms.\n\n' +
    '“We thank the crews of every harbour for the work they did through the winter,” the board said in a statement from Port Ellis.\n\n' +
    'The governor is to meet the island councils on Saturday and leave on Sunday.\n';
  assert.ok(fold(text, 50).startsWith('The Harbour Board of Westmark on Friday welcomed\n'), fold(text, 50));
  assert.ok(fold(text, 58).startsWith('The Harbour Board of Westmark on Friday welcomed Governor\n'), fold(text, 58));
  const expected = readsAlikeWrapped(text, [50, 56, 58]);
  assert.ok(expected[0]!.startsWith('sentence: The Harbour Board of Westmark on Friday welcomed Governor Ana Costa'), expected.join('\n'));
  // A headline in sentence case over its lead, a word of it coming back there, stays a headline.
  const headed =
    'Westmark Harbour Board shuts Port Ellis ferries\n' +
    "Westmark's harbour board shut the ferries of Port Ellis on Friday as a storm neared the islands, officials said.\n\n" +
    'The crossings are to resume on Monday if the wind drops.\n';
  assert.equal(readsAlikeWrapped(headed, [50, 56])[0], 'heading: Westmark Harbour Board shuts Port Ellis ferries');
});

const WIDTHS_UNDER_TEST = [40, 46, 50, 58, 64, 72];

test('a title in capitals, a name with its initial in it and its rest in lower case, reads as one heading however the wrap breaks it', () => {
  const text =
    'STATEMENT OF THE MINISTER OF HARBOURS OF THE ISLANDS, ANA B. COSTA: Harbour Day on the Islands\n\n' +
    'March 3, 2024\n\n' +
    'On behalf of the people of the islands, I welcome the crews of every harbour on this day.\n\n' +
    'The harbours have kept the islands fed through three winters of storms, and they will again.\n';
  const expected = readsAlikeWrapped(text, WIDTHS_UNDER_TEST);
  assert.equal(expected[0], 'heading: STATEMENT OF THE MINISTER OF HARBOURS OF THE ISLANDS, ANA B. COSTA: Harbour Day on the Islands');
});

test("a story's first line opening on a byline, broken by the wrap before a long word, goes on in the next: no headline", () => {
  const text =
    'By HARBOUR RADIO 04 November, 2013 From Harbour Radio International, this is the Farm Report. ' +
    'Farmers on the islands are planting more rice than ever before, the harbour board said on Monday. ' +
    'They expect a record harvest next autumn if the rains come on time.\n';
  const expected = readsAlikeWrapped(text, [40, 46, 50, 56, 64, 72]);
  assert.equal(expected[0], 'sentence: By HARBOUR RADIO 04 November, 2013 From Harbour Radio International, this is the Farm Report.');
});

test('a sentence in lower case that runs into capitals goes on over the break into a line in capitals', () => {
  const text =
    'We will not stay silent. We do not want to stay sad and we have decided to act to DEFEND FREE, OPEN AND LOUD HARBOUR RADIOS !!!\n\n' +
    'The first thing to do is to write to the board and ask it why the shows were cut.\n';
  const expected = readsAlikeWrapped(text, [40, 46, 50, 58, 64, 72]);
  assert.ok(expected.includes('sentence: We do not want to stay sad and we have decided to act to DEFEND FREE, OPEN AND LOUD HARBOUR RADIOS !!!'), expected.join('\n'));
});

test('a headline set whole in emphasis marks ends on its closing mark: the line under it is no rest of it, though the headline fills the width', () => {
  // Made up: the headline is 68 characters; at 72 the next line's first word would not have fitted on it.
  const text =
    '*Harbour board sets tighter limits on ferry crossings to outer isles*\n' +
    '4 May 2026, Westmark\n' +
    'The harbour board of Westmark has set tighter limits on the ferry crossings to the outer isles after a winter of storms that kept the boats in port for weeks, officials said on Monday.\n' +
    'Crossings are to run only in daylight and only when the wind is below a level the board will publish each morning on its website and at the harbour office.\n';
  const expected = readsAlikeWrapped(text, [72]);
  assert.equal(expected[0], 'heading: *Harbour board sets tighter limits on ferry crossings to outer isles*');
});

test("a place alone on its line over a date alone on the next is the story's header, no rest of the line above it", () => {
  // Made up: the headline is 61 characters; at 64 the place's first word would not have fitted on it.
  const text =
    'Ferry Crews Win Their Third Harbour Cup at the Island Regatta\n' +
    'Port Ellis, Westmark\n' +
    '30 August 2026\n' +
    'The ferry crews of Port Ellis have won the harbour cup for the third year running, beating the fishing fleet by a boat length in the last race of the island regatta on Sunday.\n' +
    'The crews trained through the summer on the evening tides, their captain said after the race, and the cup will stand in the harbour office until next August.\n';
  const expected = readsAlikeWrapped(text, [64]);
  assert.equal(expected[0], 'heading: Ferry Crews Win Their Third Harbour Cup at the Island Regatta');
  // The place goes on from a line that stops on a preposition: "… Regatta in" / "Port Ellis, Westmark".
  const rest = 'Ferry Crews Win Their Third Harbour Cup at the Island Regatta in\nPort Ellis, Westmark\n30 August 2026\n' + text.split('\n').slice(3).join('\n');
  assert.equal(read(fold(rest, 64))[0], 'heading: Ferry Crews Win Their Third Harbour Cup at the Island Regatta in Port Ellis, Westmark');
});

test('a word in capitals and a colon after a line of prose broken at the width is the sentence going on, no dateline', () => {
  // Made up: at 78 the wrap moves the court's initials, and the colon that lists its judges, to a line's head.
  const text =
    'Judges of the court\n\n' +
    'The council reviewed the conduct of the judges of the administrative court over two years and published its findings on Monday after a long delay.\n\n' +
    'Since 2023 the council has managed to dismiss only three judges of the court WCAC: Ana Costa, who failed her review, and Ben Ortiz and Carla Diaz in disciplinary cases. Two more cases are pending before the council.\n';
  assert.ok(fold(text, 78).includes('\nWCAC: Ana Costa'), fold(text, 78));
  const expected = readsAlikeWrapped(text, [78]);
  assert.ok(expected.includes('sentence: Since 2023 the council has managed to dismiss only three judges of the court WCAC: Ana Costa, who failed her review, and Ben Ortiz and Carla Diaz in disciplinary cases.'), expected.join('\n'));
});

test('a line that ends a sentence in one script and a line that opens in another are two sentences, the lines long or short', () => {
  // Made up: a translation that keeps the original's words over its own, as a cue line.
  const text =
    '나토 창립 기념\n\n' +
    '미국 정부의 견해를 반영하는 논평입니다. 오늘 회원국 대표들이 브뤼셀에 모였습니다.\n\n' +
    '“We owe a great debt to the many workers whose patience and will to go on…”\n' +
    '그는 “우리는 많은 노동자들에게 큰 빚을 지고 있다”고 말했습니다.\n\n' +
    '회의는 이틀 동안 계속됩니다.\n';
  // (Folded by characters: by bytes, lines of Korean hold a third as many, which no reader takes for a wrap.)
  const expected = read(text);
  for (const w of [50, 64]) assert.deepEqual(read(fold(text, w, 'chars')), expected, `wrapped at ${w}`);
  assert.ok(expected.includes('sentence: “We owe a great debt to the many workers whose patience and will to go on…”'), expected.join('\n'));
  // (Not a name in another script closed by an abbreviation's stop inside a sentence: "… Apple Inc." / "사이의 …".)
  assert.equal(scriptChanges('삼성전자와 미국 회사 Apple Inc.', '사이의 분쟁은 계속됩니다.'), false);
  assert.equal(scriptChanges('the will to go on…”', '그는 “우리는'), true);
  assert.equal(scriptChanges('미국 정부의 견해를 반영하는 논평입니다.', '“We owe a great debt'), true);
});

test('a first line that leaves a bracket open, which the next line closes, is no headline: the sentence goes on in it', () => {
  // My own story in Indonesian, its first sentence naming an agency with its English name in brackets.
  const text =
    'Badan Pelabuhan Nasional Westmark (Westmark National Ports and Harbours Authority/WNPHA) telah berhasil membuka dermaga baru pertamanya di luar ibu kota.\n' +
    'Kapal pertama tiba pada hari Senin pagi dan membawa 300 penumpang dari pulau-pulau di selatan.\n' +
    'Para pejabat mengatakan dermaga itu akan melayani dua kapal setiap hari mulai bulan depan.\n';
  const ind = (t: string): string[] => segment(t, { locale: 'id', lexicon: lexiconFor('ind') }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);
  const expected = ind(text);
  assert.equal(expected.length, 3, expected.join('\n'));
  for (const w of [50, 64, 72]) for (const count of ['bytes', 'chars'] as const) assert.deepEqual(ind(fold(text, w, count)), expected, `wrapped at ${w} ${count}`);
});

test('a link longer than the width, which the wrap breaks inside, stands on its own after a line that ends closed; after one left open it goes on', () => {
  // My own story in Indonesian, closed by its sources' line and its address.
  const text =
    'Para pejabat mengatakan kapal feri baru itu akan mulai beroperasi bulan depan.\n' +
    'Kapal itu akan membawa 300 penumpang pada setiap penyeberangan, kata pejabat pelabuhan pada hari Senin, dan tiket kapal itu dapat dibeli di dermaga.\n' +
    'Sumber: Kantor Pelabuhan/Westmark\n' +
    'https://www.example.org/berita/kantor-pelabuhan-umumkan-layanan-feri-baru-untuk-pulau/1234567.html\n';
  const ind = (t: string): string[] => segment(t, { locale: 'id', lexicon: lexiconFor('ind') }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);
  const expected = ind(text);
  for (const w of [50, 64, 72]) for (const count of ['bytes', 'chars'] as const) {
    // (The link broken where it had no blank reads as one word: the break inside it read as nothing.)
    const wrapped = fold(text, w, count);
    assert.deepEqual(ind(wrapped).map((s) => s.replace(/(https:\S+) (\S+)/, '$1$2')), expected, `wrapped at ${w} ${count}\n${wrapped}`);
  }
  // (A sentence that runs into a link: "… di" / "https://…" goes on.)
  const open = 'Jadwal kapal feri untuk setiap pulau di wilayah itu dapat dibaca di\nhttps://www.example.org/berita/kantor-pelabuhan-umumkan-layanan-feri-baru-untuk-pulau/1234567.html\n';
  assert.equal(ind(fold(open, 64)).length, 1);
});
