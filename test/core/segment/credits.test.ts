import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';
import { credit } from '../../../src/core/segment/credits';
import { compare } from '../../../src/core/compare';

const en = { locale: 'en', lexicon: lexiconFor('eng') };
const read = (t: string) => segment(t, en).map((s) => `${s.kind}${s.agency ? `[${s.agency}]` : ''}:${s.text}`);

test('datelines of every agency are units of their own that name the agency', () => {
  for (const [text, dateline] of [
    ['PARIS, June 13 (Reuters) - Mitsubishi Heavy Industries said on Monday it would buy a stake.', 'dateline[Reuters]:PARIS, June 13 (Reuters) -'],
    ['NEW DELHI (AP) — A storm hit the coast.', 'dateline[AP]:NEW DELHI (AP) —'],
    ['SEOUL, Dec 29 (AFP) - South Korea said so on Friday.', 'dateline[AFP]:SEOUL, Dec 29 (AFP) -'],
    ['JAKARTA - Hundreds of fighters crossed.', 'dateline:JAKARTA -'],
    // Shapes of our own: a place in title case, no place, a region, a year, a two-word credit, the story on the next line.
    ['Lagos (AFP) - Ministers met on Monday.', 'dateline[AFP]:Lagos (AFP) -'],
    ['(Bloomberg) -- Apple said on Tuesday it would cut jobs.', 'dateline[Bloomberg]:(Bloomberg) --'],
    ['BEIJING, Dec. 3 (Xinhua) -- China said the talks went well.', 'dateline[Xinhua]:BEIJING, Dec. 3 (Xinhua) --'],
    ['KYIV, Ukraine (AP) — Russia fired missiles overnight.', 'dateline[AP]:KYIV, Ukraine (AP) —'],
    ['LONDON, March 4, 2025 (Reuters Breakingviews) - Banks look safe.', 'dateline[Reuters Breakingviews]:LONDON, March 4, 2025 (Reuters Breakingviews) -'],
    ['TOKYO (Kyodo) --\nThe yen fell sharply.', 'dateline[Kyodo]:TOKYO (Kyodo) --'],
    ['SAO PAULO, 3 mai (Efe Agency) - Le real a baissé.', 'dateline[Efe Agency]:SAO PAULO, 3 mai (Efe Agency) -'],
    // A region before the dash with no credit; a region in brackets or a state's abbreviation before a
    // credit and a colon (as Indian agencies write them); the credit between slashes (as TASS writes
    // it); the stop and dash of Spanish agencies.
    ['LAGOS, Nigeria — Ministers met on Monday.', 'dateline:LAGOS, Nigeria —'],
    ['Mumbai [India], May 4 (ANI): Ministers met on Monday.', 'dateline[ANI]:Mumbai [India], May 4 (ANI):'],
    ['Austin, TX, May 4, 2025 (PTI): Ministers met on Monday.', 'dateline[PTI]:Austin, TX, May 4, 2025 (PTI):'],
    ['OSLO, May 4. /TASS/. Ministers met on Monday.', 'dateline[TASS]:OSLO, May 4. /TASS/.'],
    ['LIMA, 4 may (EFE).- Los ministros se reunieron el lunes.', 'dateline[EFE]:LIMA, 4 may (EFE).-'],
  ]) {
    const r = read(text!);
    assert.equal(r[0], dateline, text);
    assert.match(r[1]!, /^sentence:\p{Lu}/u, text);
  }
  // A sentence that merely starts with capitals, or a title-case word before a dash, is no dateline.
  assert.deepEqual(read('NATO said on Monday it would send troops.'), ['sentence:NATO said on Monday it would send troops.']);
  assert.deepEqual(read('Paris - the city of light - was quiet.'), ['sentence:Paris - the city of light - was quiet.']);
});

test('credits are units of their own, never merged into a sentence, and name the agency', () => {
  assert.deepEqual(read('The ministry said so. (Reporting by Jane Doe; Editing by John Roe)'), [
    'sentence:The ministry said so.',
    'credit:(Reporting by Jane Doe; Editing by John Roe)',
  ]);
  assert.deepEqual(read('The ministry said so.\n(Reporting by Jane Doe in Seoul; Additional reporting by Mark Roe; Editing by Ed Tor)'), [
    'sentence:The ministry said so.',
    'credit:(Reporting by Jane Doe in Seoul; Additional reporting by Mark Roe; Editing by Ed Tor)',
  ]);
  assert.deepEqual(read('The ministry said it would respond. -- Yonhap'), ['sentence:The ministry said it would respond.', 'credit[Yonhap]:-- Yonhap']);
  assert.deepEqual(read('The ministry said it would respond -- Yonhap'), ['sentence:The ministry said it would respond', 'credit[Yonhap]:-- Yonhap']);
  assert.deepEqual(read('The ministry said it would respond.\n\n— AP'), ['sentence:The ministry said it would respond.', 'credit[AP]:— AP']);
  assert.deepEqual(read('The deal was announced on Monday. (AFP)'), ['sentence:The deal was announced on Monday.', 'credit[AFP]:(AFP)']);
  for (const [line, agency] of [
    ['Kyodo News reports via Reuters', 'Reuters'],
    ["Japan's Kyodo news agency reported via Reuters.", 'Reuters'],
    ['(With inputs from PTI)', 'PTI'],
    ['Source: AFP', 'AFP'],
    ['By Jane Doe, Reuters', 'Reuters'],
    ['Reuters', 'Reuters'],
    ['ANTARA', 'ANTARA'],
    ['By Timour Azhari and Suleiman Al-Khalidi', undefined],
    ['Associated Press writer Sam Placeholder contributed to this report.', 'Associated Press'],
    ['With agency inputs', undefined],
  ] as const) {
    const [s] = segment(line, en);
    assert.equal(s!.kind, 'credit', line);
    assert.equal(s!.agency, agency, line);
  }
  // News that mentions an agency or reporting is not a credit.
  for (const line of [
    'Reporting by the New York Times showed that the company lied.',
    'The talks were reported by Reuters.',
    'He sent the file by e-mail via AP.',
    'By Monday, the rebels had taken the airport.',
    // A report that names its carrier: the news stays news.
    'Forty people died in the blast on Monday, the state news agency reported via Reuters.',
    'Rescuers pulled 12 people from the rubble, Xinhua said via AFP.',
  ]) assert.equal(segment(line, en)[0]!.kind, 'sentence', line);
});

test('segment: speakers’ labels of a transcript are units of their own, never datelines, never part of the words; a dateline at a story’s start is still a dateline', () => {
  const kinds = (t: string): string[] => segment(t, en).map((s) => `${s.kind}:${s.text}`);
  const transcript = 'ANNA REED: This is the science report. I am Anna Reed.\n\nTOM BALE: And I am Tom Bale.\n\nANNA REED: The telescope was launched last month.';
  assert.deepEqual(kinds(transcript), [
    'speaker:ANNA REED:',
    'sentence:This is the science report.',
    'sentence:I am Anna Reed.',
    'speaker:TOM BALE:',
    'sentence:And I am Tom Bale.',
    'speaker:ANNA REED:',
    'sentence:The telescope was launched last month.',
  ]);
  assert.deepEqual(kinds('AMMAN/BEIRUT: Fighters crossed the border overnight.\n\nThey came in small groups.').slice(0, 2), ['dateline:AMMAN/BEIRUT:', 'sentence:Fighters crossed the border overnight.']);
});

test('segment: a desk’s label where a dateline stands (“BREAKING:”, “UPDATE —”) is furniture, not a place', () => {
  assert.deepEqual(read('BREAKING: Officials said the bridge would reopen.'), ['boilerplate:BREAKING:', 'sentence:Officials said the bridge would reopen.']);
  assert.deepEqual(read('UPDATE — Officials said the bridge would reopen.'), ['boilerplate:UPDATE —', 'sentence:Officials said the bridge would reopen.']);
  assert.deepEqual(read('EN DIRECT : Les secours sont arrivés.'), ['boilerplate:EN DIRECT :', 'sentence:Les secours sont arrivés.']);
  // A place is still a dateline, and a label with an agency's credit is the agency's dateline.
  assert.deepEqual(read('BRUSSELS: Officials said the bridge would reopen.'), ['dateline:BRUSSELS:', 'sentence:Officials said the bridge would reopen.']);
  assert.deepEqual(read('WATCH (Reuters) - Officials said so.'), ['dateline[Reuters]:WATCH (Reuters) -', 'sentence:Officials said so.']);
});

test('a text is tried as a sign-off only when it has the words every sign-off has', async () => {
  const { hasReportsFromWords } = await import('../../../src/core/segment/credits');
  // Every tense of the verb, and a line wrapped after the words or between them.
  for (const s of [
    "VOA's Jane Doe reports from Hanoi",
    'Correspondent Jane Doe reporting from Nairobi, Kenya.',
    'Jane Doe reported from Lima',
    "hundreds more were feared injured VOA's Jane Doe reports from\nHanoi.",
    'Jane Doe reports\nfrom Hanoi',
  ])
    assert.equal(hasReportsFromWords(s), true, s);
  // "from" alone, the verb with another word after it, or no blank before the verb: no sign-off can match.
  for (const s of ['Aid arrived from the capital on Monday.', 'The agency reported that aid came from abroad.', 'She reports for the BBC from Hanoi', 'Misreports from Hanoi']) {
    assert.equal(hasReportsFromWords(s), false, s);
  }
  // What the segmenter makes of them is unchanged: a run-on sign-off is cut off, a sentence with "from" is not.
  assert.deepEqual(read('Aid arrived from the capital on Monday after talks with donors from abroad'), ['heading:Aid arrived from the capital on Monday after talks with donors from abroad']);
  assert.deepEqual(read("Six people were missing and more were feared injured VOA's Jane Doe reports from Hanoi."), [
    'sentence:Six people were missing and more were feared injured',
    "credit:VOA's Jane Doe reports from Hanoi.",
  ]);
});

test('a broadcast\'s own lines are credits, not news: its slug with the hour it aired, the anchor\'s sign-on and sign-off', () => {
  for (const line of [
    'VOA English Newscast: 2000 UTC October 26, 2015',
    'World News Bulletin: 1400 GMT, April 15 2016',
    'I’m Dave DeForest reporting.',
    "I'm Jane Doe in Nairobi.",
    'Jane Doe, VOA News, Nairobi.',
    // The programme's or the station's line (written for this test).
    'From Harbour Radio English, this is the Harbour Report.',
    'From Harbour Radio, this is In The News in Plain English.',
    'From Port Town, this is Harbour Radio News.',
    'This is the Harbour Report from Harbour Radio English.',
  ]) {
    assert.ok(credit(line), line);
  }
  // News that reads like them is not.
  for (const line of [
    'VOA English Newscast: an earthquake strikes Afghanistan and Pakistan',
    'From Washington, this is the biggest aid package in a decade.',
    "I'm sure the talks will go on, he said.",
    'This is the Old Bridge from Port Town.',
    'Jane Doe, a spokeswoman, said the road is closed.',
  ]) {
    assert.equal(credit(line), undefined, line);
  }
  // Two newscasts of one story, read by two anchors at two hours: no finding for either.
  const cast = (hour: string, anchor: string) =>
    `VOA English Newscast: ${hour} UTC October 26, 2015\n\nFrom Washington, this is VOA News.\n\nI’m ${anchor} reporting.\n\nAn earthquake struck northern Afghanistan on Monday, killing at least 200 people.\n`;
  assert.deepEqual(compare(cast('2000', 'Dave DeForest'), cast('1400', 'Frances Alonzo')).discrepancies.map((d) => d.kind), []);
});

test('a byline with its outlet after a dash, and a note of the sources a story drew on, are credits; the note names no agency', () => {
  for (const [line, agency] of [
    ['By Jane Example - Department Of Harbours News', null],
    ['By Jane Example — Reuters', 'Reuters'],
    ['Some information for this report was provided by AFP and Reuters.', null],
    ['Some information for this report provided by AP, AFP and Reuters.', null],
  ] as const) {
    assert.deepEqual(credit(line), { agency }, line);
  }
  for (const line of ['By Monday - the rebels had left', 'Information for this report was provided by police, who said 12 people died.']) assert.equal(credit(line), undefined, line);
});

test('a headline, its byline and the lead run together on one line are a heading, a credit and a sentence', () => {
  // Written for this test, as a page flattened onto one line gives it.
  assert.deepEqual(read('Ferry Service Resumes After Three Months Off by VOA News The ferry line resumed service on Friday, its operator said.'), [
    'heading:Ferry Service Resumes After Three Months Off',
    'credit:by VOA News',
    'sentence:The ferry line resumed service on Friday, its operator said.',
  ]);
  assert.deepEqual(read('The board met. Harbour Fees Rise for First Time in a Decade By Reuters Boat owners will pay a fifth more.').slice(1), [
    'heading:Harbour Fees Rise for First Time in a Decade',
    'credit[Reuters]:By Reuters',
    'sentence:Boat owners will pay a fifth more.',
  ]);
  // A sentence with "by" and an agency in it is news.
  for (const s of ['The talks on the harbour were first reported by Reuters News on Monday.', 'Heavy rain fell on the old port by Monday Night News Desk said.']) {
    assert.deepEqual(read(s).map((x) => x.split(':')[0]), ['sentence'], s);
  }
});

test(`a release's date before its place in capitals is part of its dateline ("November 8, 2005, SAN FRANCISCO --")`, () => {
  assert.deepEqual(read('November 8, 2005, SAN FRANCISCO -- The agency announced today that it had filed a complaint.'), [
    'dateline:November 8, 2005, SAN FRANCISCO --',
    'sentence:The agency announced today that it had filed a complaint.',
  ]);
  // A date that opens a sentence is no dateline.
  assert.deepEqual(read('November 8, 2005, was the day the agency filed its complaint.').map((s) => s.split(':')[0]), ['sentence']);
});

test('a hand-off to a reporter and a note of who made the story are credits: "VOA\'s Jane Example reports.", "Jo Sample narrates.", "I\'m Jane Example."', () => {
  // Written for this test: the lines a broadcast or a rewrite for learners sets between or after its news.
  for (const line of [
    "VOA's Jane Example reports.",
    'Jo Sample reports.',
    'Jo Sample narrates.',
    'Correspondent Jane Example has more.',
    'Jo van Sample has this report.',
    'I’m Jane Example.',
    'For Harbour Radio News, I’m Jane Example.',
    'The staff at Harbour News wrote this story.',
    'Jo Sample adapted it for Learning English.',
    'Jo Sample wrote this story for Learning English.',
    'Jane Example was the editor.',
  ]) {
    assert.ok(credit(line), line);
  }
  // News that reads like them is not: an agency's report, a verb with more words, a sentence of the story.
  for (const line of [
    'The ministry reports.',
    'The Harbour Authority reports.',
    'Jo Sample reports that the port is closed.',
    'Jo Sample narrates the film.',
    'Police reported it.',
    'The board wrote this plan.',
    'I’m not sure.',
    'Jane Example was the editor of the paper for ten years.',
  ]) {
    assert.equal(credit(line), undefined, line);
  }
  // Between two reports of a newscast, the hand-off stands apart from the sentences around it.
  assert.deepEqual(read('The ferry sank on Monday. Jo Sample reports.\n\nRescuers searched the bay.'), [
    'sentence:The ferry sank on Monday.',
    'credit:Jo Sample reports.',
    'sentence:Rescuers searched the bay.',
  ]);
});

test('a byline after a label ("By:", "Author:") is a credit, and one glued to the end of its headline is cut off as a credit', () => {
  // Written for this test.
  for (const line of ['By: Harbour Master Jane Example', 'Author: Jo B. Sample', 'Authors: Jo Sample and Jane Example']) {
    assert.deepEqual(credit(line), { agency: null }, line);
  }
  assert.equal(credit('Author: the harbour board'), undefined);
  assert.deepEqual(read('HARBOUR REPORT - U.K. Ferry Fees Rise for the First Time Since 2009By Jane Example\n\nThe ferry line raised its fees on Friday.'), [
    'heading:HARBOUR REPORT - U.K. Ferry Fees Rise for the First Time Since 2009',
    'credit:By Jane Example',
    'sentence:The ferry line raised its fees on Friday.',
  ]);
  assert.deepEqual(read('Ferry Fees Rise Again in the SpringBy Jo Sample').map((s) => s.split(':')[0]), ['heading', 'credit']);
  // A headline that ends on "By" and words in title case, with a blank before it, is one headline.
  assert.deepEqual(read('Harbour Fees Rise By Ten Percent').map((s) => s.split(':')[0]), ['heading']);
});

test('an outlet before a dash is its credit, not a dateline: its newsroom ("Harbour Newsroom –"), or its initials and its name ("HMA - Harbour Master Authority")', () => {
  // Written for this test.
  assert.deepEqual(read('Harbour Newsroom – Today, the board closed the port.'), ['credit:Harbour Newsroom –', 'sentence:Today, the board closed the port.']);
  assert.deepEqual(read('HMA - Harbour Master AuthorityPort Town, XY – The board closed the port on Friday.'), [
    'credit:HMA - Harbour Master Authority',
    'dateline:Port Town, XY –',
    'sentence:The board closed the port on Friday.',
  ]);
  assert.deepEqual(read('H.M.A. — Harbour Master Authority\n\nThe board closed the port on Friday.').map((s) => s.split(':')[0]), ['credit', 'sentence']);
  // A place is still a dateline, with a region in title case too; initials whose name a sentence goes on from are news.
  assert.deepEqual(read('HARBOURTON - Hundreds of boats stayed in port.').map((s) => s.split(':')[0]), ['dateline', 'sentence']);
  assert.deepEqual(read('Port Town, XY — The board met.').map((s) => s.split(':')[0]), ['dateline', 'sentence']);
  assert.deepEqual(read('HMA - Harbour Master Authority officials met on Friday.').map((s) => s.split(':')[0]), ['dateline', 'sentence']);
  assert.deepEqual(read('Port Town - the old quay - was quiet.').map((s) => s.split(':')[0]), ['sentence']);
});

test("a staff credit set on its own line under a Chinese or Japanese story ('（编辑：…）', '【责任编辑：…】', '（翻訳編集：…）') is a credit, not a sentence of news", () => {
  const zh = { locale: 'zh', lexicon: lexiconFor('zho') };
  const ja = { locale: 'ja', lexicon: lexiconFor('jpn') };
  const kinds = (t: string, o: typeof zh) => segment(t, o).map((s) => `${s.kind}:${s.text}`);
  assert.deepEqual(kinds('市政府周一批准了新桥计划。\n\n（编辑：张小明 李华）', zh), ['sentence:市政府周一批准了新桥计划。', 'credit:（编辑：张小明 李华）']);
  assert.deepEqual(kinds('市政府周一批准了新桥计划。\n\n【责任编辑：王芳】', zh), ['sentence:市政府周一批准了新桥计划。', 'credit:【责任编辑：王芳】']);
  assert.deepEqual(kinds('市政府は月曜日、新しい橋の計画を承認した。\n\n（翻訳編集：町新聞）', ja), ['sentence:市政府は月曜日、新しい橋の計画を承認した。', 'credit:（翻訳編集：町新聞）']);
  for (const t of ['（编辑：张小明 李华）', '责任编辑： 王芳', '（記者：山田太郎、写真：鈴木花子）']) assert.ok(credit(t), t);
  // A sentence that merely opens on the word, and a bracketed aside with a stop, are news.
  for (const t of ['编辑部周一说，计划已获批准。', '（编辑说：计划已获批准。）', '编辑：市政府周一批准了新桥计划，并说工程将在明年春天开始，预计两年内完工并通车使用。']) assert.equal(credit(t), undefined, t);
});

test('a date alone before a dash, where a dateline stands, is a dateline: at the text\'s start or a paragraph\'s, once in the text', () => {
  for (const [text, dateline] of [
    ['July 5th — The harbour reopened on Monday after three weeks of repairs.', 'dateline:July 5th —'],
    ['Nov. 3 — The council approved the budget for the new bridge.', 'dateline:Nov. 3 —'],
    ['5 July – Officials said the bridge would close for a month.', 'dateline:5 July –'],
    ['Harbour Works Finished\n\nMarch 12, 2024 -- The harbour reopened on Monday.', 'dateline:March 12, 2024 --'],
  ]) {
    const r = read(text!).filter((x) => !x.startsWith('heading:'));
    assert.equal(r[0], dateline, text);
    assert.match(r[1]!, /^sentence:\p{Lu}/u, text);
  }
  // Words that are no month before a figure and a dash are no date; nor is a date before a colon.
  assert.deepEqual(read('Gate 5 — The ferry left late.'), ['sentence:Gate 5 — The ferry left late.']);
  assert.deepEqual(read('July 5: The harbour reopened.'), ['sentence:July 5: The harbour reopened.']);
  // A timeline, a date before a dash opening each entry, keeps its dates in its sentences: a story has one dateline.
  const timeline = 'Nov. 3 — Voters chose a new council.\n\nNov. 9 — The council met for the first time.\n';
  assert.ok(read(timeline).every((x) => x.startsWith('sentence:')), read(timeline).join('\n'));
});

test('segment: a speaker\'s name in capitals with a particle in title case ("MARY McBRIDE:", "JOE DeLUCA:") before a quotation is a label too', () => {
  const script = 'Mary McBride runs the harbour.\n\nMARY McBRIDE: "The harbour reopens on Monday."\n\nShe says the ferries will follow.';
  assert.deepEqual(read(script).slice(1, 3), ['speaker:MARY McBRIDE:', 'sentence:"The harbour reopens on Monday."']);
  assert.deepEqual(read('JOE DeLUCA: "We are ready."').slice(0, 1), ['speaker:JOE DeLUCA:']);
  // Words in title case before a colon and a quotation are no label (a headline's source).
  assert.deepEqual(read('Harbour Board: "We Are Ready"'), ['sentence:Harbour Board: "We Are Ready"']);
});

test('segment: a name in title case and a colon is a speaker\'s label when the text shows it is one, even when each speaker speaks once', () => {
  const kinds = (t: string): string[] => segment(t, en).map((s) => `${s.kind}:${s.text}`);
  // Each speaker once, each label on a line of its own before the words said.
  const once = 'Harbour Board Briefing\n\nJane Doe:\nThe harbour will reopen on Monday after three weeks of repairs.\n\nTom Okafor:\nWe expect the first ships to dock by noon.\n';
  assert.deepEqual(kinds(once), [
    'heading:Harbour Board Briefing',
    'speaker:Jane Doe:',
    'sentence:The harbour will reopen on Monday after three weeks of repairs.',
    'speaker:Tom Okafor:',
    'sentence:We expect the first ships to dock by noon.',
  ]);
  // A single labelled answer in a text that sets a role's label ("Q:").
  assert.deepEqual(kinds('Q: When will the harbour reopen?\n\nAnna Reed: On Monday, after three weeks of repairs.\n').slice(2, 4), [
    'speaker:Anna Reed:',
    'sentence:On Monday, after three weeks of repairs.',
  ]);
  // A single label whose name the text's own words attribute ("Reed said", "Ms. Reed").
  const attributed = 'The council met on Monday. Reed said the bridge would close.\n\nAnna Reed:\nThe bridge closes for a month from Friday.\n';
  assert.deepEqual(kinds(attributed).slice(2, 4), ['speaker:Anna Reed:', 'sentence:The bridge closes for a month from Friday.']);
  // A title-case lead before a colon that nothing shows to be a speaker stays what it was.
  for (const t of [
    'Key Findings:\nThe harbour will reopen on Monday after three weeks of repairs.\n',
    'Harbour Board: The harbour will reopen on Monday.\n\nIt had been closed for weeks.\n',
    'Anna Reed: The harbour will reopen on Monday.\n',
  ])
    assert.ok(!kinds(t).some((k) => k.startsWith('speaker:')), kinds(t).join('\n'));
});

test("segment: a speaker's label run on after a stop without a space ('… Monday.Q: When …', '… said.VOICE TWO: The …') opens a label and a sentence of their own; a capital after a stop with no label stays in its sentence", () => {
  const kinds = (t: string): string[] => segment(t, en).map((s) => `${s.kind}:${s.text}`);
  assert.deepEqual(kinds('MR ROE: The port opens on Monday.Q: When will the ferries run again?\n\nMR ROE: In March.MODERATOR: One more question, please.'), [
    'speaker:MR ROE:',
    'sentence:The port opens on Monday.',
    'speaker:Q:',
    'sentence:When will the ferries run again?',
    'speaker:MR ROE:',
    'sentence:In March.',
    'speaker:MODERATOR:',
    'sentence:One more question, please.',
  ]);
  assert.deepEqual(kinds('The port opens on Monday, the minister said.VOICE TWO: The ferries follow in March.\n\nVOICE ONE: This is the news.\n\nVOICE TWO: Goodbye.'), [
    'sentence:The port opens on Monday, the minister said.',
    'speaker:VOICE TWO:',
    'sentence:The ferries follow in March.',
    'speaker:VOICE ONE:',
    'sentence:This is the news.',
    'speaker:VOICE TWO:',
    'sentence:Goodbye.',
  ]);
  // No label: a name after a stop, a colon later in the sentence.
  assert.ok(!kinds('The vote was close.Anna Reed won: 51 to 49.').some((k) => k.startsWith('speaker:')));
});
