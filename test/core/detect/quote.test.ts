import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteDetector } from '../../../src/core/detect/quote';
import { detect } from '../helpers';
import { compare } from '../../../src/core/compare';

test('quote: a word changed inside a quotation is a high finding over the two quotations', () => {
  const [f, ...rest] = detect(quoteDetector, '“We will defend the city to the end,” the mayor said.', '“We will defend the town to the end,” the mayor said.');
  assert.equal(rest.length, 0);
  assert.equal(f!.kind, 'quote');
  assert.equal(f!.severity, 'high');
  assert.equal(f!.canonical, 'We will defend the city to the end');
  assert.equal(f!.article, 'We will defend the town to the end');
  assert.match(f!.reason, /drops ‘city’, adds ‘town’/);
});

test('quote: direct speech turned into paraphrase, and paraphrase put in quotation marks', () => {
  const [lost] = detect(quoteDetector, '“The talks have failed,” he said.', 'He said the talks have failed.');
  assert.deepEqual([lost!.severity, lost!.canonical, lost!.article], ['medium', 'The talks have failed', '']);
  assert.match(lost!.reason, /no longer in quotation marks/);
  const [put] = detect(quoteDetector, 'He said the talks have failed.', '“The talks have failed,” he said.');
  assert.deepEqual([put!.severity, put!.canonical, put!.article], ['high', '', 'The talks have failed']);
  assert.match(put!.reason, /Puts .* in quotation marks/);
});

test('quote: a quotation dropped with its words', () => {
  const [f] = detect(quoteDetector, '“The talks have failed,” he said.', 'He said there was nothing more to discuss.');
  assert.equal(f!.severity, 'high');
  assert.match(f!.reason, /^Drops the quotation/);
});

test('quote: the same quotation in other quotation marks, in a sentence changed elsewhere, is no finding', () => {
  assert.deepEqual(detect(quoteDetector, '“The talks have failed,” he said on Monday.', '"The talks have failed," he told reporters.'), []);
});

test('quote: a sentence inside a quotation opened sentences before is quote text', () => {
  const [f, ...rest] = detect(
    quoteDetector,
    'He spoke for an hour. “We have waited for years. The fighters will come back to their villages. Nobody can stop them,” he said.',
    'He spoke for an hour. “We have waited for years. The soldiers will come back to their villages. Nobody can stop them,” he said.',
  );
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity], ['quote', 'high']);
  assert.match(f!.reason, /drops ‘fighters’, adds ‘soldiers’/);
});

test('quote: through compare, a quotation that runs over paragraphs makes its later sentences quote text', () => {
  const canonical =
    'The minister spoke to reporters on Monday.\n\n“We will not give up the northern towns. Our forces are ready.\n\n“The enemy has lost three hundred fighters this week. We expect more to surrender,” she said.\n\nThe talks resume on Friday.';
  // A sentence with no quotation mark of its own, and one with only the closing mark.
  const article = canonical.replace('Our forces are ready', 'Our forces are prepared').replace('We expect more to surrender', 'We expect many to surrender');
  const c = compare(canonical, article);
  assert.deepEqual(
    c.discrepancies.map((d) => [d.kind, d.from, d.to]).sort(),
    [
      ['quote', 'Our forces are ready', 'Our forces are prepared'],
      ['quote', 'We expect more to surrender', 'We expect many to surrender'],
    ],
  );
});

test('quote: words the other text quotes in another sentence are that quotation carried over, not added or dropped', () => {
  const first = 'Researchers at the state laboratory named the blight';
  const middle = 'The ministry has set aside money for seed and fertiliser this season.';
  const last = (q: string): string => `By June the disease${q} had spread to farms across the northern provinces.`;
  const canon = `${first} “grey leaf spot” in their report.\n\n${middle}\n\n${last('')}\n`;
  const r = compare(canon, `${first} in their report.\n\n${middle}\n\n${last(', “grey leaf spot,”')}\n`);
  assert.deepEqual(r.alignments.map((a) => [a.canonical, a.article]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
  assert.deepEqual(r.discrepancies.filter((d) => d.kind === 'quote'), []);
  // Words quoted nowhere in the canonical are still an added quotation.
  const other = compare(canon, `${first} in their report.\n\n${middle}\n\n${last(', “the grey death,”')}\n`);
  assert.ok(other.discrepancies.some((d) => d.kind === 'quote' && d.to === 'the grey death'));
});

test('quote: a part of the quotation, word for word, is verbatim; a cut that drops content or a negation is a finding', () => {
  assert.deepEqual(detect(quoteDetector, '“This is a turning point,” said the coach.', 'The coach called it “a turning point.”'), []);
  const [cut] = detect(quoteDetector, '“We lost the match but we kept our pride,” said the coach.', 'The coach said “we kept our pride.”');
  assert.deepEqual([cut!.kind, cut!.severity], ['quote', 'medium']);
  assert.match(cut!.reason, /only part/);
  const [neg] = detect(quoteDetector, '“We will never sell the club to the investors,” said the owner.', 'The owner said he would “sell the club to the investors.”');
  assert.deepEqual([neg!.kind, neg!.severity], ['quote', 'high']);
  assert.match(neg!.reason, /never/);
});

test('quote: a short quotation in the same slot, its words changed, and a one-word quotation paired with a longer one', () => {
  const [f] = detect(quoteDetector, 'The mayor called the stadium deal “a bad bargain” and left.', 'The mayor called the stadium deal “a fair bargain” and left.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['quote', 'a bad bargain', 'a fair bargain']);
  const [g] = detect(quoteDetector, 'Critics found the ruling “cruel” at the time.', 'Critics found the ruling “harsh” at the time.');
  assert.deepEqual([g!.canonical, g!.article], ['cruel', 'harsh']);
  const [h] = detect(quoteDetector, 'She said the food was “cold and late” every day.', 'She said the food was “cold” every day.');
  assert.deepEqual([h!.canonical, h!.article, h!.severity], ['cold and late', 'cold', 'medium']);
  assert.match(h!.reason, /only part/);
  // A one-word quotation alone, dropped or added, is not reported.
  assert.deepEqual(compare('Critics found the ruling “cruel” at the time.', 'Critics found the ruling cruel at the time.').discrepancies, []);
  assert.deepEqual(detect(quoteDetector, 'Critics found the ruling “cruel” at the time.', 'Critics found the ruling very cruel at the time.'), []);
  // Other words around it: another slot, not the same quotation.
  assert.deepEqual(detect(quoteDetector, 'Critics found the ruling “cruel” at the time.', 'The judge called the appeal “pointless” in court.'), []);
});

test('quote: only the marks gone, the words kept word for word with a speech tag after them, is no finding', () => {
  assert.deepEqual(detect(quoteDetector, '“The new ferry is a lifeline for the island,” said Ola Berg, a fisher.', 'The new ferry is a lifeline for the island, said Ola Berg.'), []);
  // A reporting verb first makes it indirect speech; a change of person is no longer the words said.
  const [f] = detect(quoteDetector, '“The new ferry is a lifeline for the island,” said Ola Berg.', 'Ola Berg said the new ferry is a lifeline for the island.');
  assert.match(f!.reason, /no longer in quotation marks/);
  const [g] = detect(quoteDetector, '“We need the ferry every day,” said Ola Berg.', 'They need the ferry every day, said Ola Berg.');
  assert.match(g!.reason, /no longer in quotation marks/);
});

test('quote: a per cent sign written otherwise inside a quotation ("40 percent" / "40%" / "40 per cent") is house style, no change; another figure still is', () => {
  const c = 'Crops failed in the east. "You may get less than 40 percent yields this year," the farmer said. Prices rose.';
  for (const written of ['40%', '40 per cent']) {
    const a = c.replace('40 percent', written);
    assert.deepEqual(compare(c, a).discrepancies.map((d) => [d.kind, d.from, d.to]), [], written);
    assert.deepEqual(compare(a, c).discrepancies.map((d) => [d.kind, d.from, d.to]), [], `${written}, the other way`);
  }
  const other = compare(c, c.replace('40 percent', '45 per cent')).discrepancies;
  assert.deepEqual(other.map((d) => [d.kind, d.severity]), [['quote', 'high']]);
});

test('quote: a unit written otherwise after the same figure inside a quotation ("10 meters" / "10m", "3,700 kilometres" / "3,700 km") is house style, no change; another unit still is', () => {
  const c = 'The sea rose in the night. "The wave was 10 meters high, and it ran 3,700 kilometres," the captain said. The port closed.';
  const a = c.replace('10 meters', '10m').replace('3,700 kilometres', '3,700 km');
  assert.deepEqual(compare(c, a).discrepancies.map((d) => [d.kind, d.from, d.to]), []);
  assert.deepEqual(compare(a, c).discrepancies.map((d) => [d.kind, d.from, d.to]), []);
  const other = compare(c, c.replace('10 meters', '10 feet')).discrepancies;
  assert.deepEqual(other.map((d) => [d.kind, d.severity]), [['quote', 'high']]);
});

test('quote: a contraction inside a quotation ("did not" / "didn\'t", either way) is a low quote finding, not a changed word', () => {
  const c = 'Crops failed in the east. "We did not have seed for the next season," the farmer said. Prices rose.';
  const a = c.replace('did not', 'didn’t');
  for (const [x, y] of [[c, a], [a, c]] as const) {
    const found = compare(x, y).discrepancies.map((d) => [d.kind, d.severity]);
    assert.deepEqual(found, [['quote', 'low']]);
  }
  assert.match(compare(c, a).discrepancies[0]!.reason, /contraction changes \(‘did not’ → ‘didn’t’\)/);
  // Another word as well: a changed quotation, as before.
  assert.equal(compare(c, a.replace('seed', 'grain')).discrepancies[0]!.severity, 'high');
});

test('quote: a name written as its initials inside a quotation ("the United States" / "the U.S.", either way) is house style, no change; another name still is', () => {
  const c =
    'The minister visited the ship on Friday. He said the visit sends a message: "the United States intends to continue to play a role out here that it has for seven decades -- keeping peace and stability." Talks went on.';
  for (const short of ['U.S.', 'US']) {
    const a = c.replace('the United States', `the ${short}`);
    assert.deepEqual(compare(c, a).discrepancies.map((d) => [d.kind, d.from, d.to]), [], short);
    assert.deepEqual(compare(a, c).discrepancies.map((d) => [d.kind, d.from, d.to]), [], `${short} written out`);
  }
  const other = compare(c, c.replace('the United States', 'the EU')).discrepancies;
  assert.deepEqual(other.map((d) => [d.kind, d.severity]), [['quote', 'high']]);
});

test('quote: a title in quotation marks (every word capitalised but its small words) is a name, not words someone said: none added, none dropped', () => {
  // Marks put round a programme's name.
  assert.deepEqual(
    detect(quoteDetector, 'The Books for Every Child programme aims to help pupils in rural schools.', 'The “Books for Every Child” programme aims to help pupils in poor rural schools.'),
    [],
  );
  // A report's title, with its year, dropped with the words around it.
  assert.deepEqual(detect(quoteDetector, 'For more details, see "Water Use on Small Farms: May 2019" on the ministry website.', 'For more details, see the ministry website.'), []);
  // Its date is the title's, not a time the sentence gives.
  const whole = compare('Farm water use fell again. For more details, see "Water Use on Small Farms: May 2019" on the ministry website.', 'Farm water use fell again. For more details, see the ministry website.');
  assert.deepEqual(whole.discrepancies.map((d) => d.kind), []);
  // Words someone said stay a quotation, added or dropped.
  assert.deepEqual(detect(quoteDetector, 'Ana Ruiz said: "We will rebuild every school in the valley."', 'Ana Ruiz said every school would be rebuilt.').map((f) => f.kind), ['quote']);
  assert.deepEqual(detect(quoteDetector, 'Ana Ruiz said every school would be rebuilt.', 'Ana Ruiz said: "We Will Rebuild every school in the valley."').map((f) => f.kind), ['quote']);
  // A text set in capitals reads every word as capitalised: its quotation is still speech.
  assert.deepEqual(detect(quoteDetector, 'MAYOR SAYS "WE WILL REBUILD THE SCHOOLS"', 'MAYOR VISITS THE SCHOOLS').map((f) => f.kind), ['quote']);
});

test('quote: the quotation marks dropped around the same words, nothing else changed, is direct speech made paraphrase', () => {
  const before = 'The ferry left the harbour at dawn.';
  const after = 'The harbour reopened at noon.';
  const said = (q: string): string => `Back on shore, the captain admitted that the crossing was ${q}the roughest sea I have ever sailed${q}.`;
  const r = compare(`${before} ${said('"')} ${after}\n`, `${before} ${said('')} ${after}\n`);
  assert.deepEqual(r.discrepancies.map((d) => [d.kind, d.from, d.to ?? '']), [['quote', 'the roughest sea I have ever sailed', '']]);
  assert.match(r.discrepancies[0]!.reason, /no longer in quotation marks/);
  assert.equal(r.alignments[1]!.identical, false);
  // The same marks on both sides, or in other quotation marks: nothing changed.
  assert.deepEqual(compare(`${before} ${said('"')} ${after}\n`, `${before} ${said('"')} ${after}\n`).discrepancies, []);
  assert.deepEqual(compare(`${before} ${said('"')} ${after}\n`, `${before} ${said('”').replace('”the', '“the')} ${after}\n`).discrepancies, []);
  // Marks put around the canonical's own words, word for word: a copy quoting a statement, not reported here.
  assert.deepEqual(compare(`${before} ${said('')} ${after}\n`, `${before} ${said('"')} ${after}\n`).discrepancies, []);
});

test('quote: marks set around the same words in a copy run together are kept, however its reading pairs them', () => {
  const canonical = 'The minister spoke first. "What does it all mean?" In town, the plan is often called "the best deal in years" by the people who use it. The vote is on Monday.';
  const article = 'The minister spoke first.ANNA ROE: "What does it all mean?"In town, the plan is often called"the best deal in years" by the people who use it. The vote is on Monday.';
  assert.deepEqual(compare(canonical, article).discrepancies.filter((d) => d.kind === 'quote' && d.from === 'the best deal in years'), []);
});

test('quote: a copy quoting a statement in its author\'s own voice puts the author\'s words in quotation marks, no paraphrase made a quote', () => {
  // Made-up statement: the canonical is the speaker's own text ("I", "we", "our" outside any quotation).
  const statement = [
    'I welcome the agreement reached today between the two river authorities.',
    'We have worked for many years to protect the wetlands of the delta.',
    'The new rules will keep the water clean for farmers and fishermen alike.',
    'Our teams will monitor the river every month.',
  ].join('\n\n');
  const story = [
    'The minister welcomed the agreement between the two river authorities on Tuesday.',
    '"We have worked for many years to protect the wetlands of the delta," she said.',
    'She said "the new rules will keep the water clean for farmers and fishermen alike."',
    'Monitoring will be monthly, the ministry said.',
  ].join('\n\n');
  const quotes = (c: string, a: string): string[] => compare(c, a).discrepancies.filter((d) => d.kind === 'quote').map((d) => d.reason);
  assert.deepEqual(quotes(statement, story), []);
  // Words the statement does not have, put in quotation marks, are still a quotation to check.
  assert.equal(quotes(statement, story.replace('keep the water clean for farmers', 'keep the water cleaner for all users')).length, 1);
  // Nor are the statement's words with a word left out inside the quotation.
  assert.equal(quotes(statement, story.replace('We have worked for many years', 'We worked for many years')).length, 1);
  // A news story in the reporter's voice: its paraphrase put in quotation marks is a finding.
  const news = statement.replace('I welcome', 'The minister welcomed').replace('We have worked', 'The ministry has worked').replace('Our teams', 'Its teams');
  assert.equal(quotes(news, story).filter((r) => /Puts .* in quotation marks/.test(r)).length, 2);
});

test('quote: a copy quoting a statement in its author\'s own voice: the speech tag says who spoke and when, and words that differ are a quotation changed', () => {
  // Made-up statement (the speaker's own text: "I", "we", "our" outside any quotation) and a story that quotes it.
  const statement = [
    'I welcome the agreement reached today between the two river authorities.',
    'We have worked for many years to protect the wetlands of the delta.',
    'The new rules will keep the water clean for farmers and fishermen alike.',
    'Our teams will monitor the river every month.',
  ].join('\n\n');
  const story = [
    'The minister welcomed the agreement between the two river authorities.',
    '"We have worked for many years to protect the wetlands of the delta," she said in a statement hours after the vote.',
    '"The new rules will keep the water clean for farmers and fishermen alike," Minister Ana Roe added.',
    'Monitoring will be monthly, the ministry said.',
  ].join('\n\n');
  const onQuoted = (d: ReturnType<typeof compare>['discrepancies'][number]): boolean =>
    /wetlands|fishermen/.test(d.to ?? '') || d.articleSpans.some((s) => /wetlands|fishermen|hours after|Ana Roe|she said/.test(story.slice(s.start, s.end)));
  // Signed by its author: the copy names the speaker as the statement does.
  const signed = `${statement}\n\nAna Roe, Minister of Water`;
  assert.deepEqual(compare(signed, story).discrepancies.filter(onQuoted).map((d) => [d.kind, d.reason]), []);
  // Unsigned: who the copy says spoke by name is still to check; the pronoun's tag and when it was said are not.
  assert.deepEqual(compare(statement, story).discrepancies.filter(onQuoted).map((d) => d.to), ['Minister Ana Roe added']);
  // A word left out inside the quotation: the quotation differs from the statement's words, not paraphrase made a quote.
  const cut = compare(statement, story.replace('We have worked for many years', 'We worked for years')).discrepancies.filter((d) => d.kind === 'quote');
  assert.equal(cut.length, 1);
  assert.match(cut[0]!.reason, /Quoted words differ|wording shifts/);
  assert.match(cut[0]!.reason, /many/);
  // A quotation of part of a sentence is set against the words it fits, not the first words it shares ("the").
  const part = compare(statement.replace('The new rules will', 'It matters not just for the threats that we face, but the new rules will'), story.replace('"The new rules will', 'It matters for "the new rules that will')).discrepancies.filter((d) => d.kind === 'quote');
  assert.deepEqual(part.map((d) => d.from), ['the new rules will keep the water clean for farmers and fishermen alike']);
});

test('quote: a modal left out or put in inside a quotation ("may have" / "have") is a word of the speaker\'s changed, named in the reason', () => {
  const [f] = detect(quoteDetector, 'She said: "We may have lost the harbour for a season."', 'She said: "We have lost the harbour for a season."');
  assert.equal(f!.severity, 'high');
  assert.match(f!.reason, /drops ‘may’/);
});
