import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qualifierDetector } from '../../../src/core/detect/qualifier';
import { analyzeGroup } from '../../../src/core/detect';
import { detect, group, show } from '../helpers';
import { compare } from '../../../src/core/compare';

test('qualifier: a quantity swapped for one of another rank', () => {
  const [f] = detect(qualifierDetector, 'Nearly all of the ballots were counted by noon.', 'Many of the ballots were counted by noon.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['hedge', 'medium', 'Nearly all', 'Many']);
  assert.match(f!.reason, /less of the whole/);
  // Same rank, other words: no finding.
  assert.deepEqual(detect(qualifierDetector, 'Most of the ballots were counted by noon.', 'The majority of the ballots were counted by noon.'), []);
});

test('qualifier: an evidential frame dropped makes a report a fact', () => {
  const [f] = detect(qualifierDetector, 'Preliminary figures showed turnout fell in the north.', 'Figures showed turnout fell in the north.');
  assert.deepEqual([f!.canonical, f!.severity], ['Preliminary', 'medium']);
  assert.match(f!.reason, /now reads as established fact/);
});

test('qualifier: degree and aspect words dropped or added outright', () => {
  const [degree] = detect(qualifierDetector, 'The storm caused severe damage to the harbour.', 'The storm caused damage to the harbour.');
  assert.deepEqual([degree!.canonical, degree!.severity], ['severe', 'low']);
  const [aspect] = detect(qualifierDetector, 'Thousands had already left the town.', 'Thousands had left the town.');
  assert.deepEqual([aspect!.canonical, aspect!.severity], ['already', 'medium']);
  const [added] = detect(qualifierDetector, 'The party won the seat.', 'The party won the seat again.');
  assert.equal(added, undefined, 'nothing follows "again": no word it qualifies');
  const [first] = detect(qualifierDetector, 'The bridge was opened to traffic.', 'The bridge was opened to traffic for the first time.');
  assert.equal(first, undefined);
  const [still] = detect(qualifierDetector, 'Power is cut in the east.', 'Power is still cut in the east.');
  assert.deepEqual([still!.article, still!.severity], ['still', 'medium']);
});

test('qualifier: a rewording in its place, or a title: no finding', () => {
  assert.deepEqual(detect(qualifierDetector, 'It was the biggest loss in years.', 'It was the most painful loss in years.'), []);
  assert.deepEqual(detect(qualifierDetector, 'Rebels held much of the city.', 'Rebels held large parts of the city.'), []);
  assert.deepEqual(detect(qualifierDetector, 'Police said Major Ellis arrived.', 'Police said Ellis arrived.'), []);
});

test('qualifier: other languages by their word classes', () => {
  const [fr] = detect(qualifierDetector, 'Les habitants ont déjà quitté la ville.', 'Les habitants ont quitté la ville.', { language: 'fra' });
  assert.equal(fr!.canonical, 'déjà');
});

test('qualifier: how often, swapped for another rank or dropped', () => {
  const [f] = detect(qualifierDetector, 'Night buses often run late in winter.', 'Night buses usually run late in winter.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['hedge', 'medium', 'often', 'usually']);
  assert.match(f!.reason, /more often than the canonical says/);
  const [dropped] = detect(qualifierDetector, 'The river sometimes floods the lower town.', 'The river floods the lower town.');
  assert.deepEqual([dropped!.canonical, dropped!.article], ['sometimes', '']);
  // Same rank, other words: no finding.
  assert.deepEqual(detect(qualifierDetector, 'Night buses often run late in winter.', 'Night buses frequently run late in winter.'), []);
});

test('qualifier: how likely, a possibility made a certainty and back', () => {
  const [f] = detect(qualifierDetector, 'The drought threatens the harvest of many villages.', 'The drought will ruin the harvest of many villages.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['hedge', 'threatens', 'will']);
  assert.match(f!.reason, /now reads as more certain/);
  const [back] = detect(qualifierDetector, 'The new bridge will open in the spring.', 'The new bridge might open in the spring.');
  assert.deepEqual([back!.canonical, back!.article], ['will', 'might']);
  assert.match(back!.reason, /less so/);
  // "will" dropped or added alone says nothing of how likely.
  assert.deepEqual(detect(qualifierDetector, 'The council will vote on the plan.', 'The council votes on the plan.'), []);
});

test('qualifier: how firmly evidence shows a claim', () => {
  const [f] = detect(qualifierDetector, 'Tests indicated the water was unsafe to drink.', 'Tests showed the water was unsafe to drink.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['hedge', 'indicated', 'showed']);
  assert.match(f!.reason, /now reads as established/);
  // A firm verb for a firm verb is a rewording; a firm one dropped is no evidential frame.
  assert.deepEqual(detect(qualifierDetector, 'Tests showed the water was unsafe to drink.', 'Tests found the water was unsafe to drink.'), []);
  const [weak] = detect(qualifierDetector, 'Early data suggested the vaccine works well.', 'Early data: the vaccine works well.');
  assert.deepEqual([weak!.canonical, weak!.article], ['suggested', '']);
});

test('qualifier: a quantity phrase dropped while its little words stay ("most of the")', () => {
  const [f] = detect(qualifierDetector, 'Most of the stalls at the market reopened.', 'The stalls at the market reopened.');
  assert.deepEqual([f!.kind, f!.canonical], ['hedge', 'Most of the']);
});

test('qualifier: a belief or an open question stated as fact', () => {
  const [belief] = detect(qualifierDetector, 'Engineers believe the crack was caused by frost.', 'Engineers: the crack was caused by frost.');
  assert.deepEqual([belief!.kind, belief!.canonical], ['hedge', 'believe']);
  const [open] = detect(qualifierDetector, 'It is unclear whether the ferry will sail.', 'The ferry will sail.');
  assert.deepEqual([open!.canonical], ['unclear whether']);
  // A reporting verb in its place is a change of source, not a dropped frame.
  assert.deepEqual(detect(qualifierDetector, 'Engineers believe the crack was caused by frost.', 'Engineers say the crack was caused by frost.'), []);
});

test('qualifier: how long a state lasts is a time finding', () => {
  const [f] = detect(qualifierDetector, 'The ongoing strike has closed the port.', 'The strike has closed the port.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical], ['time', 'medium', 'ongoing']);
  const [added] = detect(qualifierDetector, 'The city closed the road to lorries.', 'The city temporarily closed the road to lorries.');
  assert.deepEqual([added!.kind, added!.article], ['time', 'temporarily']);
  // A state held only at first ("initially", "at first"): it says the state did not last.
  const [first] = detect(qualifierDetector, 'The quake left about 40,000 homes without water.', 'The quake initially left about 40,000 homes without water.');
  assert.deepEqual([first!.kind, first!.article], ['time', 'initially']);
  const [atFirst] = detect(qualifierDetector, 'At first the ferry sailed twice a day.', 'The ferry sailed twice a day.');
  assert.deepEqual([atFirst!.kind, atFirst!.canonical], ['time', 'At first']);
  const [fr] = detect(qualifierDetector, 'Une fermeture temporaire du port a été décidée.', 'Une fermeture du port a été décidée.', { language: 'fra' });
  assert.deepEqual([fr!.kind, fr!.canonical], ['time', 'temporaire']);
});

test('qualifier: a restrictor ("mainly", "partly") dropped or added, also in a wider rewrite', () => {
  const [f] = detect(qualifierDetector, 'The fund mainly helps small farms.', 'The fund helps small farms.');
  assert.deepEqual([f!.canonical, f!.severity], ['mainly', 'medium']);
  assert.match(f!.reason, /how far it holds/);
  const [wide] = detect(qualifierDetector, 'Growers ship the crop to several ports in Europe.', 'The farms have shipped the crop mainly to ports in Europe.');
  assert.deepEqual([wide!.canonical, wide!.article], ['', 'mainly']);
  // Added alone where a long run of other words went: those words are not its paraphrase.
  const [beside] = detect(qualifierDetector, 'The fund, set up by hill farmers for export schemes, helps small farms.', 'The fund mainly helps small farms.');
  assert.deepEqual([beside!.canonical, beside!.article], ['', 'mainly']);
  const [partly] = detect(qualifierDetector, 'The school was partly rebuilt after the quake.', 'The school was rebuilt after the quake.');
  assert.equal(partly!.canonical, 'partly');
});

test('qualifier: a statistic ("the average", "the median") dropped or added; a comparison with the average is none', () => {
  const [f] = detect(qualifierDetector, 'The average rent in the town was 900 euros last spring.', 'The rent in the town was 900 euros last spring.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['hedge', 'medium', 'The average', '']);
  assert.match(f!.reason, /summary of many now reads as the figure of each one/);
  const [added] = detect(qualifierDetector, 'The farm sold its wheat for 200 dollars a ton.', 'The farm sold its wheat for an average of 200 dollars a ton.');
  assert.deepEqual([added!.canonical, added!.article], ['', 'an average']);
  assert.match(added!.reason, /now reads as a summary of many/);
  // Kept on both sides, or said of a comparison ("above-average", "a national average"): no finding.
  assert.deepEqual(detect(qualifierDetector, 'The median wage rose to 31,000 pounds.', 'The median wage climbed to 31,000 pounds.'), []);
  assert.deepEqual(detect(qualifierDetector, 'Visitors paid an average of 40 dollars for a seat.', 'Visitors pay the average of 40 dollars for a seat.'), [], 'the same statistic, another determiner');
  assert.deepEqual(detect(qualifierDetector, 'Rainfall was above average across the valley this winter.', 'Rainfall was high across the valley this winter.'), []);
});

test('qualifier: "several" dropped or added says no more than a plural; swapped for another rank it counts', () => {
  assert.deepEqual(detect(qualifierDetector, 'The cooks add several spices to the stew.', 'The cooks add spices to the stew.'), []);
  assert.deepEqual(detect(qualifierDetector, 'Guards checked bags at the gate.', 'Guards checked several bags at the gate.'), []);
  const [f] = detect(qualifierDetector, 'Several shops on the square were looted.', 'Most shops on the square were looted.');
  assert.deepEqual([f!.canonical, f!.article], ['Several', 'Most']);
});

test('qualifier: a word of aspect dropped in a wider rewrite, when the word it qualified is carried', () => {
  const [f] = detect(qualifierDetector, 'Rescue crews have already pulled 40 people from the rubble.', 'Rescuers pulled 40 people from the rubble.');
  assert.deepEqual([f!.kind, f!.canonical], ['hedge', 'already']);
  // A quantity reworded in a wider rewrite is a paraphrase ("much of" → "large parts of").
  assert.deepEqual(detect(qualifierDetector, 'The rebels held much of the city until 2016.', 'Rebels took control of large parts of the city until 2016.'), []);
});

test('qualifier: a risk made a certainty', () => {
  const [f] = detect(qualifierDetector, 'The bank is at risk of collapse this year.', 'The bank will collapse this year.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['hedge', 'at risk of', 'will']);
});

test('qualifier: one word of a meaning for another ("just" / "only"), or one the other side says inside a quotation, is no change', () => {
  assert.deepEqual(detect(qualifierDetector, 'The tax is just the start of the reform.', 'The tax is only the start of the reform.'), []);
  const g = group('“It is not just about money,” she said of the strike.', 'She said the strike is not only about money.');
  const found = analyzeGroup(g).findings;
  assert.ok(found.some((f) => f.kind === 'quote'));
  assert.ok(!found.some((f) => f.kind === 'hedge'), JSON.stringify(show(g, found)));
});

test('qualifier: an intensifier dropped ("absolutely critical" → "critical")', () => {
  const [f] = detect(qualifierDetector, 'The talks come at an absolutely critical moment for the region.', 'The talks come at a critical moment for the region.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical], ['hedge', 'low', 'absolutely']);
});

test('qualifier: dropped where the word it qualified was reworded but its clause stayed; added so, only how often, how long or how far (a word of aspect is the rewrite’s own)', () => {
  const [f] = detect(qualifierDetector, 'Divers had already raised two cannons from the wreck off the cape.', 'Divers lifted two cannons from the wreck off the cape.');
  assert.deepEqual([f!.kind, f!.canonical], ['hedge', 'already']);
  const [g] = detect(qualifierDetector, 'Storms often close the pass to the upper valley.', 'Storms block the pass to the upper valley.');
  assert.deepEqual([g!.canonical, g!.article], ['often', '']);
  assert.deepEqual(detect(qualifierDetector, 'Divers lifted two cannons from the wreck off the cape.', 'Divers had already raised two cannons from the wreck off the cape.'), []);
  const [often] = detect(qualifierDetector, 'Spring storms bring heavy rain to the farms of the valley.', 'Spring storms usually dump heavy rain on the farms of the valley.');
  assert.deepEqual([often!.kind, often!.canonical, often!.article], ['hedge', '', 'usually']);
  const [initially] = detect(qualifierDetector, 'The flood cut the main road and left 3,000 homes without drinking water.', 'The flood cut the main road, initially leaving 3,000 homes without drinking water.');
  assert.deepEqual([initially!.kind, initially!.article], ['time', 'initially']);
});

test('qualifier: a capitalised qualifier counts at the start of a sentence, and not as a name or title inside one', () => {
  const [f] = detect(qualifierDetector, 'Nearly all of the ballots were counted. Officials said so.', 'Many of the ballots were counted. Officials said so.');
  assert.deepEqual([f!.canonical, f!.article], ['Nearly all', 'Many']);
  assert.deepEqual(detect(qualifierDetector, 'The team met Still Waters Inc. in May.', 'The team met Waters Inc. in May.'), []);
});

test('qualifier: one that ends its clause qualifies the word before it ("met briefly", "spread widely, doctors said")', () => {
  const [briefly] = detect(qualifierDetector, 'The two ministers met briefly.', 'The two ministers met.');
  assert.deepEqual([briefly!.kind, briefly!.canonical], ['time', 'briefly']);
  const [widely] = detect(qualifierDetector, 'The fever spread widely, doctors said.', 'The fever spread, doctors said.');
  assert.deepEqual([widely!.kind, widely!.canonical], ['hedge', 'widely']);
  assert.deepEqual(detect(qualifierDetector, 'The fever spread widely, doctors said.', 'The fever spread widely, nurses said.'), []);
});

test('qualifier: a booster dropped where the sentence was turned round with no word of its own ("a big improvement in the supply" → "the supply has improved")', () => {
  const [big] = detect(qualifierDetector, "There has been a big improvement in the town's water supply.", "The town's water supply has improved.");
  assert.deepEqual([big!.kind, big!.severity, big!.canonical], ['hedge', 'low', 'big']);
  const [moved] = detect(qualifierDetector, 'There’s been a big improvement in Kenya’s coffee harvest.', 'The coffee harvest in Kenya has improved.');
  assert.deepEqual(moved?.canonical, 'big');
  // In its place, words of the copy's own: a paraphrase.
  assert.deepEqual(detect(qualifierDetector, "There has been a big improvement in the town's water supply.", "A sharp gain was seen in the town's water supply."), []);
});

test('qualifier: a word of aspect before a unit of time, a day or a month is part of a time reference ("last week")', () => {
  assert.deepEqual(detect(qualifierDetector, 'The port reopened last week after repairs.', 'The port reopened after repairs.'), []);
  assert.deepEqual(detect(qualifierDetector, 'In the first months the port stayed shut.', 'The port stayed shut.'), []);
  const [last] = detect(qualifierDetector, 'It was the last ferry to leave the port.', 'It was a ferry to leave the port.');
  assert.deepEqual(last!.canonical, 'the last');
});

test('qualifier: a booster inside a quotation the copy turned into paraphrase still weighs the claim', () => {
  const found = compare('“Water use has fallen substantially in the valley,” the engineer said.', 'The engineer said water use has fallen in the valley.').discrepancies;
  assert.ok(found.some((d) => d.kind === 'quote'), 'the quotation became paraphrase');
  const booster = found.find((d) => d.kind === 'hedge');
  assert.match(booster?.from ?? '', /^substantially/);
  const radical = compare('“The town has radically changed,” the mayor said.', 'The mayor said the town has changed.').discrepancies.find((d) => d.kind === 'hedge');
  assert.match(radical?.from ?? '', /^radically/);
  // Kept in the paraphrase: nothing to say.
  assert.equal(compare('“Water use has fallen substantially in the valley,” the engineer said.', 'The engineer said water use has fallen substantially in the valley.').discrepancies.filter((d) => d.kind === 'hedge').length, 0);
});

test('qualifier: one verb of opinion for another (“believe” / “think”) is the same frame, no hedge either way', () => {
  const found = compare('Inspectors now believe the bridge can reopen before winter.\n', 'Inspectors think the bridge can reopen before winter.\n').discrepancies;
  assert.deepEqual(found.filter((d) => d.kind === 'hedge'), []);
  // The frame dropped is still a hedge dropped.
  const dropped = compare('Inspectors now believe the bridge can reopen before winter.\n', 'The bridge can reopen before winter, inspectors say.\n').discrepancies;
  assert.ok(dropped.some((d) => d.kind === 'hedge' && d.from?.includes('believe')));
});

test('qualifier: a degree word dropped with the word it weighed said in a synonym (“a major quake” → “an earthquake”)', () => {
  const found = compare('Officials warned that a major quake could strike the coast.\n', 'Officials warned that an earthquake could strike the coast.\n').discrepancies;
  assert.ok(found.some((d) => d.kind === 'hedge' && d.from?.includes('major')));
  // Another degree word in its place is a paraphrase, not a weight dropped.
  const big = compare('Officials warned that a major quake could strike the coast.\n', 'Officials warned that a big earthquake could strike the coast.\n').discrepancies;
  assert.deepEqual(big.filter((d) => d.kind === 'hedge'), []);
  // Nor is another word of substance before the synonym (“most severe quake” → “strongest earthquake”).
  const strongest = compare('It was the most severe quake the valley had felt.\n', 'It was the strongest earthquake the valley had felt.\n').discrepancies;
  assert.deepEqual(strongest.filter((d) => d.kind === 'hedge'), []);
});

test("qualifier: Hyland's hedges the lists lacked (probable, in most cases, somewhat, tend to)", () => {
  const kinds = (c: string, a: string): string[] =>
    compare(c, a, { language: 'eng' }).discrepancies.filter((d) => d.kind === 'hedge').map((d) => `${d.from ?? ''}→${d.to ?? ''}`);
  assert.deepEqual(kinds('A gas leak is the probable cause of the blast at the Harbour Street depot.', 'A gas leak is the cause of the blast at the Harbour Street depot.'), ['probable cause→cause']);
  assert.equal(kinds('In most cases the flood barriers along the river held through the night.', 'The flood barriers along the river held through the night.').length, 1);
  assert.equal(kinds('The flood barriers along the river were somewhat damaged by the storm.', 'The flood barriers along the river were damaged by the storm.').length, 1);
  // "tend to" says how often, as "usually" does: for "sometimes", another rank.
  assert.deepEqual(kinds('Spring floods tend to peak in April along the lower river.', 'Spring floods sometimes peak in April along the lower river.'), ['tend to→sometimes']);
  assert.deepEqual(kinds('Spring floods tend to peak in April along the lower river.', 'Spring floods usually peak in April along the lower river.'), []);
});

test('qualifier: a rank word put in other rank words, where what it ranked is reworded too: no finding', () => {
  // The rank stands, in other words; the noun it ranks was reworded around it.
  assert.deepEqual(detect(qualifierDetector, 'Doctors said the biggest causes of the outbreak were dirty wells.', 'Doctors said the leading sources of the outbreak were dirty wells.'), []);
  assert.deepEqual(detect(qualifierDetector, 'The port suffered its first-ever closure in March.', 'The port suffered an unprecedented shutdown in March.'), []);
  assert.deepEqual(detect(qualifierDetector, 'It was the valley’s largest flood since 1952.', 'It was almost as bad as the worst flood recorded in the valley, in 1952.'), []);
  // No rank word in its place: the rank is dropped.
  const [f] = detect(qualifierDetector, 'Doctors said the biggest causes of the outbreak were dirty wells.', 'Doctors said the sources of the outbreak were dirty wells.');
  assert.deepEqual([f?.kind, f?.canonical], ['hedge', 'biggest']);
});

test('qualifier: a rank word of the other side that ranks nothing there does not stand for one dropped', () => {
  // "leading to" ranks nothing: the rank is dropped.
  const [f] = detect(qualifierDetector, 'The biggest protests followed the vote.', 'Protests followed the vote, leading to arrests.');
  assert.deepEqual([f?.kind, f?.canonical], ['hedge', 'biggest']);
});

test('qualifier: the "only" of "not only" adds, it restricts nothing: dropped with its "not", no finding of either kind', () => {
  const kinds = compare('Not only was the harbour closed, but the ferries stopped for a week.', 'The harbour was closed, and the ferries stopped for a week.').discrepancies.filter((d) => d.kind === 'hedge' || d.kind === 'negation');
  assert.deepEqual(kinds.map((d) => [d.kind, d.from]), []);
  // A restrictor dropped outright is still one.
  assert.equal(detect(qualifierDetector, 'The ferries stopped only for a week.', 'The ferries stopped for a week.').length, 1);
});
