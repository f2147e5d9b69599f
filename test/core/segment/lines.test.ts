import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';

const read = (text: string): string[] =>
  segment(text, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);

test('a title wrapped after an abbreviation ("… the U.S." / "Mission …") is one title, as in its unwrapped copy', () => {
  // My own statement, as fold -s -w 57 breaks it (in UTF-8 bytes).
  const wrapped = "Remarks on the Closing of the Old Consulate of the U.S.\nMission in the Port City\n\nPress Statement\nOffice of the Spokesperson\nMarch 3, 2024\n\nThe consulate that served travelers and traders for\nninety years closed its doors today, and its staff will\nmove to a new building near the harbor later this spring.\n\nWe thank the city for its long welcome and look forward\nto many more years of friendship.\n";
  assert.deepEqual(read(wrapped).slice(0, 2), [
    'heading: Remarks on the Closing of the Old Consulate of the U.S. Mission in the Port City',
    'heading: Press Statement',
  ]);
  assert.deepEqual(read(wrapped), read(wrapped.replace(/(?<=\S)\n(?=\S)/g, ' ').replace('Statement Office', 'Statement\nOffice').replace('Spokesperson March', 'Spokesperson\nMarch')));
  // A sentence that ends on "U.S." on a line that stops short, before a heading, is still its own.
  const para = 'Ministers met in the capital on Monday to discuss the plan, which\nwas drafted with help from the U.S.\nTalks resume\nThe next round of talks will be held in the port city in March, they said.\n';
  assert.deepEqual(read(para), [
    'sentence: Ministers met in the capital on Monday to discuss the plan, which was drafted with help from the U.S.',
    'heading: Talks resume',
    'sentence: The next round of talks will be held in the port city in March, they said.',
  ]);
});

test('a title wrapped on three lines, inside a name with a diacritic ("Việt" / "Nam"), is one title', () => {
  const wrapped = "On the Thirtieth Anniversary of Diplomatic\nRelations Between Our Two Countries and Việt\nNam\n\nPress Statement\nSeptember 2, 2024\n\nOn behalf of the people of our country, I send\nwarm wishes to the people of Việt Nam as they\nmark their National Day, and I look forward to\ndeeper ties in trade, health and education.\n";
  assert.equal(read(wrapped)[0], 'heading: On the Thirtieth Anniversary of Diplomatic Relations Between Our Two Countries and Việt Nam');
  // A headline on the first line, the story wrapped right under it: still two units.
  const story = 'Ferry sinks off the coast\nA passenger ferry carrying more than two hundred people sank\nin heavy seas on Sunday, and rescuers pulled 150 survivors from\nthe water, the coast guard said.\n';
  assert.deepEqual(read(story).map((s) => s.split(':')[0]), ['heading', 'sentence']);
});

test('short header lines stay apart from one another and from the date under them', () => {
  const text = [
    'Closing of the old consulate in the port city',
    '',
    'Press Statement',
    'Office of the Spokesperson for the Department of State',
    'United States Department of State',
    'March 3, 2024',
    '',
    'The consulate that served travelers and traders for ninety years closed its doors today, and its staff will move to a new building near the harbor later this spring.',
  ].join('\n');
  assert.deepEqual(read(text).slice(1, 5), [
    'heading: Press Statement',
    'heading: Office of the Spokesperson for the Department of State',
    'heading: United States Department of State',
    'boilerplate: March 3, 2024',
  ]);
  // A date alone on its line is not read into the story under it, even with no blank line between.
  assert.deepEqual(read('Office of the Spokesperson\nMarch 3, 2024\nThe consulate closed its doors today after ninety years of service to the port.\n').slice(1), [
    'boilerplate: March 3, 2024',
    'sentence: The consulate closed its doors today after ninety years of service to the port.',
  ]);
});

test("a broadcaster's sign-off is a credit, on its own line or run on after a last sentence that has no full stop", () => {
  const own = read('Rescue crews reached the last flooded villages on Sunday, officials said.\n\nVOA\'s Jane Doe reports from Hanoi\n');
  assert.deepEqual(own, ['sentence: Rescue crews reached the last flooded villages on Sunday, officials said.', "credit: VOA's Jane Doe reports from Hanoi"]);
  const runOn = read('Officials said at least six people were missing and hundreds more were feared injured VOA\'s Jane Doe reports from Hanoi.\n');
  assert.deepEqual(runOn, ['sentence: Officials said at least six people were missing and hundreds more were feared injured', "credit: VOA's Jane Doe reports from Hanoi."]);
  // Hard-wrapped, the sign-off starts mid-line and its words run over a line break.
  const wrapped = read("Officials said at least six people were missing and hundreds\nmore were feared injured VOA's Jane Doe reports from\nHanoi.\n");
  assert.deepEqual(wrapped, ['sentence: Officials said at least six people were missing and hundreds more were feared injured', "credit: VOA's Jane Doe reports from Hanoi."]);
  // … and where the wrap ran it into the next paragraph, which a reader cannot see apart.
  assert.deepEqual(read("Officials said hundreds more were feared injured VOA's Jane Doe\nreports from Hanoi. In one village, the school collapsed on\nSunday, officials said.\n"), [
    'sentence: Officials said hundreds more were feared injured',
    "credit: VOA's Jane Doe reports from Hanoi.",
    'sentence: In one village, the school collapsed on Sunday, officials said.',
  ]);
  assert.deepEqual(
    read("The storm weakened on Monday and the\nrivers were expected to crest overnight\nin the delta, officials said.\n\nVOA's Jane Marie Doe reports from Mexico\nCity, Mexico\n").map((s) => s.split(':')[0]),
    ['sentence', 'credit'],
  );
  assert.deepEqual(read('The storm weakened overnight Correspondent Ana Ruiz reporting from Manila, Philippines.\n').map((s) => s.split(':')[0]), ['sentence', 'credit']);
  // The outlet's possessive marks where the sign-off starts, after a capitalised word too; a bare name there does not.
  assert.deepEqual(read("Six people died in the floods on Monday VOA's Jane Doe reports from Hanoi.\n"), ['sentence: Six people died in the floods on Monday', "credit: VOA's Jane Doe reports from Hanoi."]);
  assert.equal(read('Six people died in the floods on Monday Jane Doe reports from Hanoi.\n').length, 1);
  // News that says someone reports from somewhere is not a sign-off.
  for (const news of ['The ministry said Jane Doe reports from Hanoi were false.', 'Police said the team reports from the scene every hour.']) {
    assert.deepEqual(read(news), [`sentence: ${news}`]);
  }
});

test('a text whose accents are combining marks (NFD), wrapped by an editor at a width on screen, reads as its unwrapped copy', () => {
  const paragraphs = [
    'Lũ lụt ở miền bắc',
    'Flood waters rose across the north on Saturday, and officials in Hà Nội said the government of Việt Nam had moved thousands of families before the Hồng river burst its banks near Thái Bình.',
    'Dân làng ở tỉnh Nam Định nói rằng nước lên rất nhanh trong đêm, and the Red Cross said it had sent food, water and blankets to the worst hit districts near the coast.',
    'Rescue crews used boats to reach villages cut off by the water, the state news agency reported.',
  ].map((p) => p.normalize('NFD'));
  const onScreen = (s: string): number => [...s].filter((c) => !/\p{M}/u.test(c)).length;
  // Greedy wrapping at `width` characters on screen, as an editor or a mail client does it.
  const wrap = (p: string, width: number): string => {
    const lines: string[] = [];
    let line = '';
    for (const w of p.split(' ')) {
      if (line && onScreen(line) + 1 + onScreen(w) > width) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    return [...lines, line].join('\n');
  };
  const plain = read(paragraphs.join('\n\n'));
  for (const width of [50, 60, 72, 80]) assert.deepEqual(read(paragraphs.map((p) => wrap(p, width)).join('\n\n')), plain, `wrapped at ${width}`);
});

test('a block of full lines that each stand alone (story highlights) is not read as one wrapped paragraph', () => {
  const text =
    'Flood relief reaches the delta\n\n' +
    '    Story Highlights\n' +
    "    Boats carry rice and clean water to villages cut off since Sunday's flood\n" +
    '    The navy says four more ships will join the relief effort this week\n' +
    "    Aid groups warn that the delta's wells were fouled by the rising waters\n" +
    '    Officials expect the river to fall below the danger mark by Friday\n\n' +
    'HANOI (Reuters) - Boats carrying rice and clean water reached villages in the Mekong delta on Tuesday, two days after the river burst its banks and cut the only road, officials said.\n';
  const lines = read(text).slice(2, 6);
  assert.deepEqual(lines, [
    "heading: Boats carry rice and clean water to villages cut off since Sunday's flood",
    'heading: The navy says four more ships will join the relief effort this week',
    "heading: Aid groups warn that the delta's wells were fouled by the rising waters",
    'heading: Officials expect the river to fall below the danger mark by Friday',
  ]);
});

test('a highlight that ends where the next would not have fitted stays apart when the next opens as a sentence ("… water" / "The pumps …")', () => {
  // My own highlights, folded at 64: each line is full, so only the next line's opening tells.
  const plain =
    'Pumps fail at the flooded plant\n\n' +
    'Engineers said the new pumps could not keep up with the rising water\n' +
    'The pumps were installed two weeks ago after the first flood\n' +
    'It was the third failure at the plant since the storm hit the coast\n\n' +
    'Engineers at the plant said on Monday that the pumps installed after the first flood had failed again, and that it was rising in the basement where the backup generators stand.\n';
  const wrapped = [plain.split('\n')[0], '', 'Engineers said the new pumps could not keep up with the rising', 'water', 'The pumps were installed two weeks ago after the first flood', 'It was the third failure at the plant since the storm hit the', 'coast', '', ''].join('\n') +
    'Engineers at the plant said on Monday that the pumps installed\nafter the first flood had failed again, and that it was\nrising in the basement where the backup generators stand.\n';
  const read1 = read(wrapped);
  assert.deepEqual(read1.slice(1, 4), [
    'heading: Engineers said the new pumps could not keep up with the rising water',
    'heading: The pumps were installed two weeks ago after the first flood',
    'heading: It was the third failure at the plant since the storm hit the coast',
  ]);
  assert.deepEqual(read1, read(plain));
  // Or on a figure: a headline the wrap left full over "The $2-million …".
  const headline = 'City council warns of cuts to the harbor budget';
  const figure = read(`${headline}\nThe $2-million shortfall may close two of the piers\nand the ferry office, the mayor said on Monday.\n`);
  assert.deepEqual(figure[0], `heading: ${headline}`);
  // Not when a name or a title runs on over the break ("… Xbox" / "One is …"), nor into a quotation.
  const name = read('The company said its new console, to be sold as the Game Station Xbox\nOne is the fastest it has made, and it will go on sale in the spring.\n');
  assert.equal(name.length, 1);
  const quote = read('The minister spoke for an hour and at the end she told the reporters\n"The plan is ready and the money is there," before she left the hall.\n');
  assert.equal(quote.length, 1);
});

test('a headline written as a title that ends on a capital function word ("… to Fight It") stays apart from the lead a wrap put under it', () => {
  const headline = 'Harbour Workers Reject the New Port Deal and Vow to Fight It';
  const lead = 'Thirty-two unions have written to the port authority to say that they oppose the deal it struck with the shipping lines last week.';
  const plain = `${headline}\n${lead}\n`;
  const LEAD_LINES = 'Thirty-two unions have written to the port authority to say\nthat they oppose the deal it struck with the shipping lines\nlast week.';
  // The lead wrapped at the headline's width (60): the headline's line is as full as a wrapped line.
  const wrapped = `${headline}\n${LEAD_LINES}\n`;
  assert.deepEqual(read(wrapped), read(plain));
  assert.equal(read(wrapped)[0], `heading: ${headline}`);
});

test('in a text of long lines, a block of shorter lines that all end open and go on with a capital is lines of their own', () => {
  const text =
    'Flood relief reaches the delta\n\n' +
    'Boats carry rice and clean water to villages cut off since the flood\n' +
    'Navy ships will join the relief effort this week, officials say\n' +
    'Aid groups warn that the old wells in Can Tho, Soc Trang, Bac Lieu,\n' +
    'Tra Vinh and Ben Tre were fouled by the rising waters\n\n' +
    'HANOI (Reuters) - Boats carrying rice and clean water reached villages in the Mekong delta on Tuesday, two days after the river burst its banks and cut the only road, officials said.\n';
  assert.deepEqual(read(text).slice(1, 3), [
    'heading: Boats carry rice and clean water to villages cut off since the flood',
    'heading: Navy ships will join the relief effort this week, officials say',
  ]);
  // (A line that stops on a comma, the next word too long for it, was wrapped: it reads as the line unwrapped.)
  assert.deepEqual(read(text), read(text.replace('Bac Lieu,\nTra', 'Bac Lieu, Tra')));
  assert.equal(read(text)[3]!.replace(/^\w+: /, ''), 'Aid groups warn that the old wells in Can Tho, Soc Trang, Bac Lieu, Tra Vinh and Ben Tre were fouled by the rising waters');
});

test('a date that a wrap moved onto a line of its own stays with the words before it', () => {
  const text =
    'Crews worked through the night to clear the main road\ninto the old town, officials said.\n\n' +
    'The main square is under water this morning, and no\nferry will run today — Harbour Master (@hbrmstr)\nMarch 3, 2024\n\n' +
    'The river is expected to fall by Thursday, the weather\nservice said.\n';
  assert.deepEqual(read(text)[1], 'sentence: The main square is under water this morning, and no ferry will run today — Harbour Master (@hbrmstr) March 3, 2024');
  // A date alone under a short line (a statement's header) is still a line of its own.
  assert.deepEqual(read('Office of the Spokesperson\nMarch 3, 2024\n\nThe consulate closed its doors today after ninety years of service to the port\nand its sailors, the department said.\n').slice(0, 2), [
    'heading: Office of the Spokesperson',
    'boilerplate: March 3, 2024',
  ]);
});

test('a title-cased headline over a wrapped standfirst that ends without a stop is still a headline', () => {
  const text = "Harbour Town Votes to Rebuild Flooded Sea Wall Within Two Years\nThe council of the small port voted on Tuesday to rebuild the\nold sea wall that the winter storms broke in three places, at a\ncost the mayor put at four million euros spread over the next\ntwo budgets\n\nThe vote was unanimous.\n";
  assert.deepEqual(read(text).map((s) => s.split(':')[0]), ['heading', 'sentence', 'sentence']);
});

test('a sentence that opens with a figure starts after a plain word’s full stop, not after an abbreviation or a number', () => {
  assert.deepEqual(read('Rescuers said the toll would rise. 14,000 bodies were recovered on Monday alone.\n'), [
    'sentence: Rescuers said the toll would rise.',
    'sentence: 14,000 bodies were recovered on Monday alone.',
  ]);
  assert.deepEqual(read('The harvest fell sharply. 2005 was drier, and the farms recovered.\n').length, 2);
  assert.deepEqual(read('The vote was delayed. 300 Delegates walked out in protest.\n').length, 2);
  for (const one of ['Please turn to p. 55 for the table of results.', 'The ruling is in Vol. 3 of the report.', 'He was ranked No. 2 in the world last year.', 'The cost was approx. 300 dollars a family.']) {
    assert.deepEqual(read(`${one}\n`), [`sentence: ${one}`], one);
  }
});

test('a paragraph is searched for a sentence that opens with a figure: the places are those of the one full pattern', async () => {
  const { figureStarts } = await import('../../../src/core/segment/stops');
  // The rule as one pattern (a lower-case letter, a stop, closing marks, blanks, then opening marks, each perhaps
  // with a blank after it as French sets a guillemet, and a figure): slow on the hot path, kept here as what
  // figureStarts must find.
  const FULL = /\p{Ll}[.!?]["”’'»)\]]*\s+(?=(?:["“‘«„‚‹(][ \u00a0\u202f]?)*\d)/gu;
  const full = (s: string): Array<[number, number]> => [...s.matchAll(FULL)].map((m) => [m.index + m[0].trimEnd().length, m.index + m[0].length]);
  const cases = [
    'The toll would rise. 14,000 bodies were found.',
    'The toll would rise.” (2,000 more were missing.)',
    'Is it over? “300 homes burned,” she said.',
    'Turn to p. 55 for the table.',
    'He left at 5 p.m. 20 people stayed.',
    'The vote was 3-2 and the motion passed.',
    'Nobody was hurt. Officials said 12 homes burned.',
    'No stop before 40 figures at all',
    'The crew of flight AB. 12 were aboard.',
    'Le bilan est lourd à Nîmes, où l’on a compté des blessé. 14 morts.',
    'El puerto cerró en mayo. «2025 fue un año difícil», dijo.',
    'Le port a fermé en mai. « 2025 a été dure », a-t-il dit.',
  ];
  for (const s of cases) assert.deepEqual(figureStarts(s), full(s), s);
  // Any text of letters, stops, marks, blanks and digits: the same places.
  const fc = await import('fast-check');
  const piece = fc.constantFrom('a', 'é', 'Z', '\u{1D44E}', '.', '!', '?', '”', '’', ')', '(', '“', '«', '\u00a0', ' ', '\n', '7', '0', ',');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 4, maxLength: 40, size: 'max' }), (xs) => {
      const s = xs.join('');
      return JSON.stringify(figureStarts(s)) === JSON.stringify(full(s));
    }),
    { numRuns: 3000 },
  );
});

test('a stop read with the closing quotes and brackets after it, and an elision mark that ends nothing', () => {
  assert.deepEqual(read('She said: “We will go.” Then she left.\n'), ['sentence: She said: “We will go.”', 'sentence: Then she left.']);
  assert.deepEqual(read('The troops (about 300 of them.) Then they left.\n').length, 2);
  assert.deepEqual(read('The report said the talks [...] Ministers would meet again in May.\n'), ['sentence: The report said the talks [...] Ministers would meet again in May.']);
  assert.deepEqual(read('The report said the talks (...) Ministers would meet again in May.\n').length, 1);
  assert.deepEqual(read('Talks resumed on Monday. Ministers met again.\n').length, 2);
});

test('a copy that lost all its stops reads as its sentences where a capital opens one, wrapped or not ("… at this time The time of …")', () => {
  // My own text, its full stops lost as a mailing list's archive loses them.
  const plain =
    'PASADENA, Calif -- The probe on Saturday became the first to enter orbit around the asteroid\n\n' +
    'The team confirmed the probe entered orbit, but the precise time of the capture is unknown at this time The time of capture depended on the mass of the asteroid, which only has been estimated until now If the asteroid is less massive, it would have taken the probe longer to achieve orbit, the team told The Associated Press\n';
  assert.deepEqual(read(plain).slice(1), [
    'sentence: The team confirmed the probe entered orbit, but the precise time of the capture is unknown at this time',
    'sentence: The time of capture depended on the mass of the asteroid, which only has been estimated until now',
    'sentence: If the asteroid is less massive, it would have taken the probe longer to achieve orbit, the team told The Associated Press',
  ]);
  // Hard-wrapped (fold -s at 54 and 68 bytes), a line ending before "The time" or "If the": the same sentences.
  const at54 =
    'PASADENA, Calif -- The probe on Saturday became the\nfirst to enter orbit around the asteroid\n\n' +
    'The team confirmed the probe entered orbit, but the\nprecise time of the capture is unknown at this time\nThe time of capture depended on the mass of the\n' +
    'asteroid, which only has been estimated until now If\nthe asteroid is less massive, it would have taken the\nprobe longer to achieve orbit, the team told The\nAssociated Press\n';
  const at68 =
    'PASADENA, Calif -- The probe on Saturday became the first to enter\norbit around the asteroid\n\n' +
    'The team confirmed the probe entered orbit, but the precise time of\nthe capture is unknown at this time The time of capture depended on\n' +
    'the mass of the asteroid, which only has been estimated until now\nIf the asteroid is less massive, it would have taken the probe\nlonger to achieve orbit, the team told The Associated Press\n';
  for (const wrapped of [at54, at68]) assert.deepEqual(read(wrapped), read(plain));
  // With its stops, a paragraph is cut at them only.
  assert.equal(read('The team confirmed the probe entered orbit. It said the capture time is unknown at this time The time of capture depended on the mass.\n').length, 2);
});

test('a short line that stops on a function word goes on in the next line in lower case ("… will begin a" / "prolonged encounter …")', () => {
  // My own text, broken where a page's line breaks fell.
  const text =
    'On July 15, the probe will begin a\nprolonged encounter with the asteroid, making the mission the\nfirst to enter orbit around a main-belt asteroid.\n\nThe main belt lies between the orbits of Mars and Jupiter, and the team\nwill study it for one year.\n';
  assert.deepEqual(read(text), [
    'sentence: On July 15, the probe will begin a prolonged encounter with the asteroid, making the mission the first to enter orbit around a main-belt asteroid.',
    'sentence: The main belt lies between the orbits of Mars and Jupiter, and the team will study it for one year.',
  ]);
});

test('a text wrapped twice: the rest of a broken line goes on before a name, "… said" / "Robert" / "Mase, …"', () => {
  // My own text, wrapped at 70 columns, then at 64 (fold -s): each rest stands alone on its line.
  const text = 'Engineers expect the spacecraft to be captured into orbit at\nabout ten\nin the evening on Friday. They expect to hear from the\nspacecraft and\nconfirm that it performed as planned during a scheduled\ncommunications\npass that starts at about midnight.\n\n"It has taken nearly four years to get to this point," said\nRobert\nMase, project manager at the Jet Propulsion Laboratory in\nPasadena,\nCalifornia.\n';
  assert.deepEqual(read(text).slice(-1), [
    'sentence: "It has taken nearly four years to get to this point," said Robert Mase, project manager at the Jet Propulsion Laboratory in Pasadena, California.',
  ]);
});

test('a text wrapped twice: a rest that opens a sentence after a full line\'s stop, short and starting as a title does, is no heading ("… Colorado." / "To beat Ana" / "Lopez, …")', () => {
  // My own story, wrapped at 70 columns, then at 50 (fold -s): the second wrap broke the line just after "Colorado.".
  const text = 'The young sprinter from the coast is chasing a place in the history\nbooks. At her second championship, the 21-year-old hopes to win four\nmedals and pass the three that her coach won back in 1990.\nShe earned her place in the final by winning the heats at the national\ntrials last week in the city of Denver, Colorado. To beat Ana\nLopez, the sprinter says she must beat her own best start.\n"Nobody can run the race for me," she said after the heats. "I only\nthink about the next lap and how to finish strong," she added.\n';
  const wrapped = fold(text, 50);
  assert.match(wrapped, /Colorado\.\nTo beat Ana\nLopez/);
  assert.deepEqual(read(wrapped), read(text));
  assert.equal(read(text)[3], 'sentence: To beat Ana Lopez, the sprinter says she must beat her own best start.');
});

test('a text wrapped twice: a rest that stops on an abbreviation goes on in the next line in lower case ("… at the U.S." / "rowing trials …")', () => {
  // My own story, wrapped at 70 columns, then at 50 (fold -s): "at the U.S." is the rest of a line, the sentence goes on.
  const text = 'The crew finished the season with a new record at the regatta on the\nriver. They earned a place by winning the final of the four at the U.S.\nrowing trials last Sunday in Camden, New Jersey, before a crowd of 900.\nThe coach said the crew would rest for a week and then start again.\n';
  const wrapped = fold(text, 50);
  assert.match(wrapped, /U\.S\.\nrowing/);
  assert.deepEqual(read(wrapped), read(text));
  assert.equal(read(text)[1], 'sentence: They earned a place by winning the final of the four at the U.S. rowing trials last Sunday in Camden, New Jersey, before a crowd of 900.');
});

test('a date under its label ("Broadcast: Thursday, January 05, 2006") is a line of its own, wrapped or not, after a headline\'s rest', () => {
  // Written for this test, wrapped at 50 (the headline's rest stops where "Broadcast:" would not have fitted).
  const text =
    'SCIENCE REPORT - Farmers Turn to Old Seeds as Rains Fail By Jane Example\nAired: Thursday, March 02, 2006\nI am Jane Example with the Science Report.\n';
  const wrapped = 'SCIENCE REPORT - Farmers Turn to Old Seeds as\nRains Fail By Jane Example\nAired: Thursday, March 02, 2006\nI am Jane Example with the Science Report.\n';
  assert.deepEqual(read(wrapped), read(text));
  assert.equal(read(wrapped)[1], 'heading: Aired: Thursday, March 02, 2006');
});

test('a dateline opens a paragraph: not after a line that stops on a function word, nor inside a place in capitals a wrap broke', () => {
  // "U.S.-" after "along the" is a compound broken by the wrap, no dateline.
  const compound = 'The governor again promised to build a fence along the\nU.S.- Canadian border, calling it a matter of trade.\n';
  assert.deepEqual(read(compound), ['sentence: The governor again promised to build a fence along the U.S.- Canadian border, calling it a matter of trade.']);
  // A place in capitals that began on the line before ("… NAVAL STATION" / "ROTA, Spain –"), the line broken at the width.
  const place = 'Fleet News Service report of the week, NAVAL STATION ROTA, Spain – Two sailors were honored here today for rescuing a fisherman whose boat had capsized in a storm off the coast.\n';
  for (const width of [50, 56]) {
    const wrapped = fold(place, width);
    assert.match(wrapped, /(NAVAL|STATION)\n(STATION|ROTA)/);
    assert.deepEqual(read(wrapped), read(place), `wrapped at ${width}`);
  }
  // A dateline after a headline, or after a sentence's end, still opens its own paragraph.
  assert.deepEqual(read('Storm closes port\nROTA, Spain – The port was closed on Monday as a storm came ashore.\n')[1], 'dateline: ROTA, Spain –');
});

test('a sentence begun in a paragraph of prose and not ended where its line stops, on a name, goes on in the next line of prose', () => {
  // A page's line break inside a name ("… the Blue Ridge" / "Parkway …"), in a text of long lines.
  const text =
    'The fire burned across 300 acres of forest on Tuesday before crews contained it near the county line. The closed road runs along the Blue Ridge\n' +
    'Parkway south of the town. Officials said the road would reopen on Friday if the weather held.\n';
  assert.deepEqual(read(text).slice(1, 2), ['sentence: The closed road runs along the Blue Ridge Parkway south of the town.']);
  // Not where the next line opens as a sentence does (a paragraph that lost its stop), nor into an indented one.
  const lost = 'The fire burned across 300 acres of forest on Tuesday before crews contained it near the county line. Crews stayed on the Blue Ridge\nThe road reopened on Friday. Officials thanked the crews.\n';
  assert.equal(read(lost)[1], 'sentence: Crews stayed on the Blue Ridge');
  assert.equal(read(text.replace('\nParkway', '\n     Parkway'))[1], 'sentence: The closed road runs along the Blue Ridge');
  // Nor after a name that follows initials, "D.C. Agle" over an address, which is no sentence.
  assert.equal(read('D.C. Example\nJet Propulsion Laboratory, Pasadena, Calif.\n')[0], 'heading: D.C. Example');
});

test('a text with a blank line after every line reads as its lines do without them; one-line paragraphs apart stay paragraphs', () => {
  // Written for this test: a bulletin, its lines wrapped at about 66 columns, each followed by a blank line.
  const lines = [
    'Storm Example Update',
    'National Weather Office Harbour City',
    '745 PM AST Mon Sep 18 2017',
    '...STORM EXAMPLE STRENGTHENS INTO A CATEGORY 3 HURRICANE OVER',
    'THE OPEN SEA...',
    'Reconnaissance aircraft data indicate that Storm Example has become',
    'a dangerous Category 3 hurricane with maximum winds of 120 mph',
    '(195 km/h) with higher gusts. A full advisory will be issued at',
    '1100 PM AST in place of the scheduled intermediate advisory.',
    'Forecaster Example',
  ];
  const paras = (gap: string) => segment(lines.join(gap), { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => [s.kind, s.text.replace(/\s+/g, ' '), s.paragraph]);
  assert.deepEqual(paras('\n\n'), paras('\n'));
  assert.ok(paras('\n\n').some(([, t]) => t === 'Reconnaissance aircraft data indicate that Storm Example has become a dangerous Category 3 hurricane with maximum winds of 120 mph (195 km/h) with higher gusts.'));
  // Paragraphs of one line each, each ending as a paragraph does: a blank line still parts them.
  const story = ['Ferry service resumed on Monday.', 'The harbour had been closed for a week.', 'Officials said the storm had moved north.', 'Schools will reopen on Wednesday.'].join('\n\n');
  assert.deepEqual(segment(story, { locale: 'en', lexicon: lexiconFor('eng') }).map((s) => s.paragraph), [0, 1, 2, 3]);
});

test('a wrapped story with a list of short items in lower case a blank line apart is no text with its line breaks doubled: each item stays a paragraph', () => {
  // Written for this test: paragraphs wrapped at about 40 columns, blank lines between them, and
  // a list under a label whose items open in lower case and close on no stop, as a page gives them.
  const wrap = (s: string) => s.replace(/(.{1,40})(?: |$)/g, '$1\n').trim();
  const paras = [
    wrap('The island clinic opened a new ward on Monday after two years of building work and a long wait for funds from the regional health board.'),
    wrap('Doctors said the ward would take patients from the three nearest villages and from the ferry port, where a first aid post closed last spring.'),
    'Services offered from the first week:',
    'care for children under five',
    'checks for women who are expecting',
    'help for people with diabetes',
    'vaccines (for every age)',
    wrap('The clinic will open at eight every morning, and a nurse will stay on call at night, the board said.'),
  ];
  const text = paras.join('\n\n');
  const got = segment(text, { locale: 'en', lexicon: lexiconFor('eng') });
  for (const item of ['care for children under five', 'checks for women who are expecting', 'vaccines (for every age)']) {
    assert.ok(got.some((s) => s.text === item), item);
  }
  // The same text unwrapped reads the same items.
  const flat = segment(paras.map((p) => p.replace(/\n/g, ' ')).join('\n\n'), { locale: 'en', lexicon: lexiconFor('eng') });
  assert.deepEqual(got.map((s) => s.text.replace(/\s+/g, ' ')), flat.map((s) => s.text));
});

test('a ruler run into a line parts the words before it from those after it, as a ruler on its own line does', () => {
  // Written for this test: a page flattened onto one line, a ruler between the story and its links.
  const flat =
    'The ferry reached the island late on Friday after a calm crossing. ' +
    '__________________________________________________ [1]https://example.org/ferry-story.html References 1. https://example.org/ferry-story.html\n';
  const onItsLine = flat.replace(' ____', '\n____').replace('___ [1]', '___\n[1]');
  assert.deepEqual(read(flat), read(onItsLine));
  assert.deepEqual(read(flat), [
    'sentence: The ferry reached the island late on Friday after a calm crossing.',
    // (The page's list of links is chrome: chrome.test.ts.)
    'boilerplate: [1]https://example.org/ferry-story.html References 1. https://example.org/ferry-story.html',
  ]);
  // A headline run on after a credit, a ruler under it, then the story: the ruler ends the headline.
  const head = 'Originally published by the harbour board. Ferry Service Resumes ---------------------------- The ferry line resumed service on Friday, its operator said.\n';
  assert.deepEqual(read(head).at(-1), 'sentence: The ferry line resumed service on Friday, its operator said.');
  // Two or three dashes inside a sentence are no ruler.
  assert.deepEqual(read('The ferry -- the last of the season --- left on time, the operator said.\n').length, 1);
});

test('a headline over a date line, in a text of long lines, is two lines of their own: a date under a line is no wrap there', () => {
  // Written for this test: the two lines of the block are all it has, so its only width is the first line's own.
  const text =
    "[<< news] Ferry runs aground off the island's north coast; dozens rescued\nTuesday, March 3, 2026 \n\n" +
    'A ferry carrying more than 200 passengers ran aground off the north coast of the island early on Tuesday, the coast guard said, and every passenger was brought ashore within three hours.\n';
  assert.deepEqual(read(text).slice(0, 2), [
    "heading: [<< news] Ferry runs aground off the island's north coast; dozens rescued",
    'boilerplate: Tuesday, March 3, 2026',
  ]);
});

test('in a wrapped block, a line without closing punctuation goes on in one that opens on a word in lower case, however short', () => {
  // Written for this test: each paragraph's first line is the rest of a longer one, as a reprint's lines fall.
  const text =
    'The harbour board met on Monday and agreed to rebuild the old sea wall\nof the port before the winter storms return.\nThe decision\n' +
    'prompted calls for a wider inquiry into the cost of the work, and\ndemands that the board publish its accounts for the last three years.\n' +
    'The board said it would publish them in the spring, after the audit.\n';
  assert.deepEqual(read(text).slice(1, 2), ['sentence: The decision prompted calls for a wider inquiry into the cost of the work, and demands that the board publish its accounts for the last three years.']);
});

test("a lyrics file's timed phrases (LRC, one phrase a line) run on into sentences, unwrapped or wrapped", () => {
  // My own made-up transcript, timed as an LRC file times a broadcast: one phrase a line.
  const lrc = '[ti:Harbor Bridge Opens Again After Two Years of Repairs in the Old Port]\n[ar:Jo Lee]\n[00:00.00]This is the evening report\n[00:03.10]from our city desk.\n[00:05.40]On Friday,\n[00:06.80]the harbor bridge opened again\n[00:09.20]after two years of repairs.\n[00:12.00]Officials said\n[00:13.50]the work cost ninety million dollars.\n';
  const sentences = read(lrc).filter((s) => s.includes('[00:'));
  assert.deepEqual(sentences, [
    'sentence: [00:00.00]This is the evening report [00:03.10]from our city desk.',
    'sentence: [00:05.40]On Friday, [00:06.80]the harbor bridge opened again [00:09.20]after two years of repairs.',
    'sentence: [00:12.00]Officials said [00:13.50]the work cost ninety million dollars.',
  ]);
  // Its title line folded at 50 bytes: the same sentences.
  assert.deepEqual(read(fold(lrc, 50)).filter((s) => s.includes('[00:')), sentences);
  // Its ID tags are no lines of prose: however many it has, its timed phrases still run on, and the tags are chrome.
  const tagged = '[al:Evening Reports]\n[au:Jo Lee]\n[by:Sam Ortiz]\n[re:Caption Tool]\n[ve:1.0]\n[offset:0]\n[length:00:20]\n[#:made by hand]\n' + lrc;
  assert.deepEqual(read(tagged).filter((s) => s.includes('[00:')), sentences);
  assert.ok(read(tagged).includes('boilerplate: [al:Evening Reports]'));
  // A line or two opening on a timecode in a text of prose lines is no timed text: lines stay lines.
  const two = 'Schedule\n[00:00.00] Opening remarks\n[00:10.00] Questions\nThe meeting ends at noon.\n';
  assert.ok(read(two).some((s) => s.endsWith('Opening remarks')));
});

test('a line of labelled fields in Chinese, folded by bytes before a long field, is one line, as unwrapped', () => {
  // My own made-up page header: time, author and category fields on one line, then the story.
  const text = '时间:2020-03-01 作者:编辑部 分类:新闻英语2020年(三)月\n\nThe city council voted on Tuesday to build a new library near the river, the mayor said.\n\nWork is to start next spring and take two years.\n';
  assert.deepEqual(read(fold(text, 50)), read(text));
});

test('a title with words of a script counted in three bytes, wrapped by bytes as fold counts, is one title, its first line full in bytes though short in characters', () => {
  // My own learners' page title (Chinese label, English title), wrapped at 72 bytes: the first line is 46 characters, 70 bytes.
  const text = '慢速英语新闻听力练习2024年：Farmers Return to Their Valley at(课文朗读\n\nFarmers in the river valley have started to plant again, three months after the worst flood in fifty years covered their fields with mud and sand. Local officials say most of the families who left in the spring have now come home.\n\nThe government has promised seeds and tools to every farm that lost its crop, and engineers are rebuilding the old levee.\n';
  for (const width of [50, 70, 72, 80]) {
    assert.deepEqual(read(fold(text, width)), read(text), `wrapped at ${width} bytes`);
  }
  assert.equal(read(text)[0], 'heading: 慢速英语新闻听力练习2024年：Farmers Return to Their Valley at(课文朗读');
});

test('a pronoun capitalised inside sentences (German "Sie") opens no sentence at a wrapped line\'s start ("… was" / "Sie dort …")', () => {
  // My own German paragraph: the text writes "Sie" capitalised mid-sentence and "sie" in lower case elsewhere.
  const readDe = (text: string): string[] => segment(text, { locale: 'de', lexicon: lexiconFor('deu') }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);
  const text = 'Neue Pläne für den Hafen\n\nDer Bürgermeister hat am Montag seine Pläne vorgestellt. Wenn Sie am Wochenende mit dem Rad fahren, sehen Sie die alten Kräne noch. Aber wer weiß schon, was Sie dort in zehn Jahren finden werden? Die Stadt will bis zum Herbst entscheiden, sagte sie.\n';
  for (const width of [40, 80]) {
    const wrapped = fold(text, width, 'chars');
    assert.match(wrapped, /\p{Ll}\nSie /u);
    assert.deepEqual(readDe(wrapped), readDe(text), `wrapped at ${width}`);
  }
  assert.equal(readDe(text)[3], 'sentence: Aber wer weiß schon, was Sie dort in zehn Jahren finden werden?');
});

test('a timed phrase (LRC) that ends on a full-width stop ("。", "！", "？") ends its sentence, as one on a full stop does, wrapped too', () => {
  // My own made-up Chinese transcript, one phrase a line, then wrapped at 21 characters.
  const readZh = (text: string): string[] => segment(text, { locale: 'zh', lexicon: lexiconFor('cmn') }).map((s) => s.text.replace(/\s+/g, ' '));
  const lrc = '[00:01.00]港口管理局周二宣布新的渡轮时刻表？\n[00:04.00]工作人员说早班船将提前半小时出发！\n[00:08.00]乘客需要提前到达码头。\n[00:11.00]市政府表示新码头明年春天开放\n[00:15.00]居民们欢迎这个消息。\n';
  for (const text of [lrc, fold(lrc, 21, 'chars')]) {
    assert.ok(readZh(text).includes('[00:08.00]乘客需要提前到达码头。'), text);
  }
});
