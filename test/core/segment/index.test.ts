import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';
import { seed } from '../../helpers';

const en = { locale: 'en', lexicon: lexiconFor('eng') };
const texts = (t: string) => segment(t, en).map((s) => s.text);
const kinds = (t: string) => segment(t, en).map((s) => `${s.kind}:${s.text}`);

test('abbreviations, initials, dates and decimals do not end a sentence', () => {
  assert.deepEqual(
    texts('The U.S. envoy met Gen. Smith on Nov. 26 in Washington. Prices rose 3.5 percent on Dec. 1, officials said. J. R. R. Tolkien wrote it.'),
    [
      'The U.S. envoy met Gen. Smith on Nov. 26 in Washington.',
      'Prices rose 3.5 percent on Dec. 1, officials said.',
      'J. R. R. Tolkien wrote it.',
    ],
  );
});

test('an acronym at the end of a sentence still ends it when a new sentence starts', () => {
  assert.deepEqual(texts('Troops were sent by the U.S. The move angered Moscow.'), [
    'Troops were sent by the U.S.',
    'The move angered Moscow.',
  ]);
});

test('a quotation that closes after the full stop stays with its sentence', () => {
  assert.deepEqual(texts('He said: “We will go.” Then he left. “Never,” she said.'), [
    'He said: “We will go.”',
    'Then he left.',
    '“Never,” she said.',
  ]);
});

test('headlines and section headings without punctuation are headings, lines are boundaries', () => {
  const t = 'Iraqi Militia Cross To Syria\nJAKARTA - Hundreds of fighters crossed into Syria. They came at night.\n\nRegional stabilisation\nSyria’s conflict erupted in 2011.';
  assert.deepEqual(kinds(t), [
    'heading:Iraqi Militia Cross To Syria',
    'dateline:JAKARTA -',
    'sentence:Hundreds of fighters crossed into Syria.',
    'sentence:They came at night.',
    'heading:Regional stabilisation',
    'sentence:Syria’s conflict erupted in 2011.',
  ]);
});

test('datelines of several shapes are cut off as their own segment', () => {
  for (const [text, dateline] of [
    ['AMMAN/BEIRUT: Hundreds of fighters crossed.', 'AMMAN/BEIRUT:'],
    ['WASHINGTON (Reuters) - The State Department said so.', 'WASHINGTON (Reuters) -'],
    ['PARIS, Dec 2 (AFP) — Ministers met on Monday.', 'PARIS, Dec 2 (AFP) —'],
    ['date 2024-12-03 AMMAN/BEIRUT: Hundreds of fighters crossed.', 'date 2024-12-03 AMMAN/BEIRUT:'],
  ]) {
    const segs = segment(text!, en);
    assert.equal(segs[0]!.kind, 'dateline', text);
    assert.equal(segs[0]!.text, dateline);
    assert.equal(segs[1]!.kind, 'sentence');
  }
  // A sentence that merely starts with an acronym is not a dateline.
  assert.equal(segment('NATO said on Monday it would send troops.', en)[0]!.kind, 'sentence');
});

test('page chrome is marked boilerplate', () => {
  const t = 'Home / World / Middle East\n5 min read Last Updated : Dec 02 2024 | 10:55 PM IST\nThe army advanced.\nTopics : Syria crisis Iraq\nFirst Published: Dec 02 2024 | 10:55 PM IST\n0 Comments\nSEE ALSO:';
  assert.deepEqual(
    segment(t, en).map((s) => s.kind),
    ['boilerplate', 'boilerplate', 'sentence', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate'],
  );
});

test('date lines, photo credits and story links are chrome; short news lines are not', () => {
  const chrome = [
    'December 2, 2024 10:55 PM GMT+5:30',
    '2 Dec 2024 | 10:55 IST',
    'Fighters gather in Aleppo, Syria, December 1, 2024. REUTERS/Mahmoud Hassano',
    'Read more: Japan’s deadliest earthquakes',
    'Baca juga: Pemberontak Suriah rebut Aleppo',
    'Advertisement',
    'Follow us on Twitter for live updates',
    'SEE ALSO:',
  ];
  for (const line of chrome) assert.equal(segment(line, en)[0]!.kind, 'boilerplate', line);
  const news = [
    'By Monday, the rebels had taken the airport.',
    'Regional stabilisation',
    'Rebels seek political dialogue',
    'December was the deadliest month.',
    'Share prices fell sharply',
    'Watch out for further strikes, the army warned.',
  ];
  for (const line of news) assert.notEqual(segment(line, en)[0]!.kind, 'boilerplate', line);
});

test('CRLF text gives the same sentences, with offsets into the CRLF text', () => {
  const lf = 'First line here.\nSecond one, too.\n\nThird paragraph.';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = segment(lf, en);
  const b = segment(crlf, en);
  assert.deepEqual(a.map((s) => s.text), b.map((s) => s.text));
  for (const s of b) assert.equal(crlf.slice(s.start, s.end), s.text);
  assert.deepEqual(b.map((s) => s.paragraph), [0, 1, 2]);
});

test('a hard-wrapped paragraph is joined back into its sentences', () => {
  const t = 'The lightning rebel assault last week caught many in the\nregion unaware, dealing Assad his biggest blow in years.\nIt was not expected.';
  assert.deepEqual(texts(t), [
    'The lightning rebel assault last week caught many in the\nregion unaware, dealing Assad his biggest blow in years.',
    'It was not expected.',
  ]);
});

test('every seed segments with offsets that slice back to the text', () => {
  for (let i = 0; i < 5; i++) {
    const t = seed(i);
    const segs = segment(t, en);
    assert.ok(segs.length >= 10);
    segs.forEach((s, k) => {
      assert.equal(s.id, k);
      assert.equal(t.slice(s.start, s.end), s.text);
      assert.equal(s.text, s.text.trim());
      if (k > 0) assert.ok(s.start >= segs[k - 1]!.end);
    });
  }
});

test('empty and punctuation-only texts give no sentences', () => {
  assert.deepEqual(segment('', en), []);
  assert.deepEqual(segment('  \n\n\t ', en), []);
  assert.deepEqual(segment('... --- !!!', en), []);
});

test('a clock time before a time zone named in words ("5:10 a.m. Eastern time") ends no sentence', () => {
  assert.deepEqual(texts('The capsule landed at 5:10 a.m. Eastern time in Utah. Crews reached it at dawn.'), [
    'The capsule landed at 5:10 a.m. Eastern time in Utah.',
    'Crews reached it at dawn.',
  ]);
  assert.equal(texts('The capsule landed at 2:10 a.m. Pacific Standard Time in Utah.').length, 1);
  // A capitalised word that names no zone still starts a sentence.
  assert.equal(texts('The meeting ended at 5 p.m. Central banks said nothing.').length, 2);
});

test('an army rank abbreviated before a name ("Pfc.", "Spc.") ends no sentence', () => {
  assert.deepEqual(texts('Pfc. Justin Roe, 19, of Gaithersburg, Md., died June 25. Spc. Ann Doe was wounded.'), [
    'Pfc. Justin Roe, 19, of Gaithersburg, Md., died June 25.',
    'Spc. Ann Doe was wounded.',
  ]);
});

test('a bulleted list item without a stop is a sentence of its own, not a heading; a heading over the list stays one', () => {
  // Written for this test: a release that lists reasons, and a timeline, each item a line of its own.
  const t =
    'Ferry Service Resumes on the Northern Route\n\nThe harbour reopened for two reasons:\n\n' +
    '• Repairs to the eastern pier finished a week early, and\n• A second tug arrived from the southern yard\n\n' +
    'Milestones for the Route\n▪ 1998: First crossing with forty passengers\n▪ 2011: Service halted after a storm damaged the pier\n* Crews still inspect the hull every spring';
  assert.deepEqual(kinds(t), [
    'heading:Ferry Service Resumes on the Northern Route',
    'sentence:The harbour reopened for two reasons:',
    'sentence:• Repairs to the eastern pier finished a week early, and',
    'sentence:• A second tug arrived from the southern yard',
    'heading:Milestones for the Route',
    'sentence:▪ 1998: First crossing with forty passengers',
    'sentence:▪ 2011: Service halted after a storm damaged the pier',
    'sentence:* Crews still inspect the hull every spring',
  ]);
});

test("a heading's line that stops on a word no heading ends on ('Statement of') runs on in the next: one heading, centred or not", () => {
  // Written for this test: a statement's centred title block, then the same title flush left.
  const norm = (t: string) => segment(t, en).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`);
  const centred =
    'Copies of this statement are embargoed until 10 a.m. local time.\n                        Statement of\n                     Director Ana Costa\n' +
    '                   Regional Water Authority\n                      Monday, May 4, 2026\n\n     In April, reservoir levels rose for the third month in a row,\nthe authority said.  Demand fell.\n';
  assert.deepEqual(norm(centred), [
    'sentence:Copies of this statement are embargoed until 10 a.m. local time.',
    'heading:Statement of Director Ana Costa',
    'heading:Regional Water Authority',
    'boilerplate:Monday, May 4, 2026',
    'sentence:In April, reservoir levels rose for the third month in a row, the authority said.',
    'sentence:Demand fell.',
  ]);
  assert.deepEqual(norm('Statement of\nDirector Ana Costa on the Reservoir Levels\n\nIn April, reservoir levels rose for the third month in a row, the authority said.\n'), [
    'heading:Statement of Director Ana Costa on the Reservoir Levels',
    'sentence:In April, reservoir levels rose for the third month in a row, the authority said.',
  ]);
  // Not over a sentence, nor after a particle a phrase ends on ("Sign in"), nor a longer line.
  assert.deepEqual(norm('Who the Town Voted for\nThe harbour wall held through the night.\n'), [
    'heading:Who the Town Voted for',
    'sentence:The harbour wall held through the night.',
  ]);
  assert.deepEqual(norm('Sign in\nSubscribe Now\n\nThe harbour wall held through the night.\n'), [
    'heading:Sign in',
    'boilerplate:Subscribe Now',
    'sentence:The harbour wall held through the night.',
  ]);
});

test("a time zone's initials after 'a.m.' or 'p.m.' ('7:14 A.M. HST', '9 p.m. AKST') go on in the sentence", () => {
  // Written for this test.
  assert.deepEqual(texts('Two tremors were felt at 6:02 and 6:40 A.M. HST, respectively. Flights resumed at 9 p.m. AKST on Monday. No damage was reported.'), [
    'Two tremors were felt at 6:02 and 6:40 A.M. HST, respectively.',
    'Flights resumed at 9 p.m. AKST on Monday.',
    'No damage was reported.',
  ]);
});

test("a headline closed by a short bracketed tag (an outlet's, an edition's) is a heading; a stop inside the brackets or before them keeps a sentence", () => {
  assert.deepEqual(
    kinds('Harbour Fees Rise Again (Radio Desk)\n\nThe port raised its fees on Monday.\n\nFerry Timetable Changes [Update 2]\n\nThe ferry will sail later (from May).\n\nThe port said fees would rise. (Staff)'),
    [
      'heading:Harbour Fees Rise Again (Radio Desk)',
      'sentence:The port raised its fees on Monday.',
      'heading:Ferry Timetable Changes [Update 2]',
      'sentence:The ferry will sail later (from May).',
      'sentence:The port said fees would rise.',
      'sentence:(Staff)',
    ],
  );
});

test("a plain text's first line, a short headline of a question and its answer closed by a '?' or a '!', is one heading; a line with a full stop stays a lead's sentences", () => {
  const body = '\n\nThe harbour board said on Monday that the ferry would keep sailing through the winter months.';
  assert.deepEqual(kinds('Will the ferry stop? The harbour board says no!' + body).slice(0, 2), [
    'heading:Will the ferry stop? The harbour board says no!',
    'sentence:The harbour board said on Monday that the ferry would keep sailing through the winter months.',
  ]);
  assert.deepEqual(kinds('Will the ferry stop? Will the fares rise?' + body)[0], 'heading:Will the ferry stop? Will the fares rise?');
  // A full stop: statements, a lead's sentences (and a line alone, with no text under it, is no headline).
  assert.deepEqual(kinds('Will the ferry stop? The harbour board says it will not.' + body).slice(0, 2), [
    'sentence:Will the ferry stop?',
    'sentence:The harbour board says it will not.',
  ]);
  assert.deepEqual(kinds('Will the ferry stop? The harbour board says no!'), ['sentence:Will the ferry stop?', 'sentence:The harbour board says no!']);
  // Not the text's first line: a paragraph of its own further down keeps its sentences.
  assert.deepEqual(kinds('Ferry Keeps Sailing' + body + '\n\nWill the fares rise? Nobody knows!').slice(-2), ['sentence:Will the fares rise?', 'sentence:Nobody knows!']);
  // Longer than a headline: a lead of questions.
  assert.deepEqual(kinds('Will the ferry stop sailing to the islands this winter? Will the harbour board raise the fares for the people who live there all year round?' + body)[0], 'sentence:Will the ferry stop sailing to the islands this winter?');
});

test("a copy's title tag pairs with the canonical's headline closed by an outlet's tag, not with a body sentence sharing its words", async () => {
  const { compare } = await import('../../../src/core/compare');
  // Written for this test: a wire text under a tagged headline, and its timed (LRC) reading under its own title.
  const canonical = [
    'Harbour Fees (Radio Desk)',
    'The port raised its fees by ten percent on Monday. Shipping firms said the rise would hurt trade. The rise could hurt small harbour fishing firms in the north and the fees will rise again next year. Ferry operators said they would pass the cost on to passengers.',
  ].join('\n\n');
  const article =
    '[ti:Rising Harbour Fees Hurt Firms Again] [ar:Radio Desk] [00:00.00]The port raised its fees by ten percent on Monday. [00:04.10]Shipping firms said the rise would hurt trade. [00:08.00]Ferry operators said they would pass the cost on to passengers.';
  const c = compare(canonical, article);
  const title = c.article.sentences.find((s) => s.kind === 'heading')!;
  const group = c.alignments.find((a) => a.article.includes(title.id));
  assert.deepEqual(group?.canonical ?? [], [0]);
});
