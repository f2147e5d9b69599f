import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import { numberDetector } from '../../../src/core/detect/number';
import { analyzeGroup } from '../../../src/core/detect';
import { noteMarks } from '../../../src/core/detect/marker';
import { detect, group, show } from '../helpers';

test('number: a changed figure, and a changed scale', () => {
  const [f] = detect(numberDetector, 'The blast killed 12 people in the market.', 'The blast killed 15 people in the market.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['number', 'high', '12', '15']);
  const [scale] = detect(numberDetector, 'The fund holds $1.2 billion in reserves.', 'The fund holds $1.2 million in reserves.');
  assert.deepEqual([scale!.canonical, scale!.article], ['$1.2 billion', '$1.2 million']);
});

test('number: a dropped count goes with the few words dropped around it', () => {
  const [f] = detect(numberDetector, 'The blast killed 12 people and injured dozens in the market.', 'The blast injured dozens in the market.');
  assert.deepEqual([f!.severity, f!.canonical], ['high', 'killed 12 people and']);
  assert.match(f!.reason, /a count that matters to the story/);
});

test('number: an added year, and a changed week day', () => {
  const [year] = detect(numberDetector, 'The talks resumed in Geneva.', 'The talks resumed in Geneva in 2019.');
  assert.deepEqual([year!.severity, year!.article], ['medium', 'in 2019']);
  assert.match(year!.reason, /the year ‘2019’/);
  const [day] = detect(numberDetector, 'The talks resumed on Monday in Geneva.', 'The talks resumed on Tuesday in Geneva.');
  assert.deepEqual([day!.severity, day!.canonical, day!.article], ['medium', 'Monday', 'Tuesday']);
  assert.match(day!.reason, /^The date changes/);
});

test('number: a heading that leaves out a figure is no finding', () => {
  assert.deepEqual(detect(numberDetector, 'The blast killed 12 people in the market.', 'Blast in the market.', { relation: 'summary' }), []);
  assert.equal(detect(numberDetector, 'The blast killed 12 people in the market.', 'Blast in the market.').length, 1);
});

test('number: a figure written in hyphenated words is one figure ("forty-six", "sixty-four thousand")', () => {
  const [f] = detect(numberDetector, 'Rescuers found 12 survivors in the rubble.', 'Rescuers found forty-six survivors in the rubble.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', '12', 'forty-six']);
  assert.deepEqual(detect(numberDetector, 'The fire burned 64,000 hectares of forest.', 'The fire burned sixty-four thousand hectares of forest.'), []);
  // Two numbers a hyphen does not join: a range, and a tens word before a figure.
  const range = detect(numberDetector, 'The talks took 20 days.', 'The talks took twenty-thirty days.');
  assert.ok(range.some((x) => x.article === 'thirty'));
});

test('number: "tens of thousands" is one vague quantity', () => {
  const [f] = detect(numberDetector, 'Hundreds of thousands of people fled the floods.', 'Tens of thousands of people fled the floods.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', 'Hundreds of thousands', 'Tens of thousands']);
  assert.deepEqual(detect(numberDetector, 'Tens of thousands of people fled.', 'Tens of thousands of residents fled.'), []);
});

test('number: ordinals and multiples count in place of another of their sort, not dropped or added alone', () => {
  const [f] = detect(numberDetector, 'The strike is now in its third week at the mine.', 'The strike is now in its second week at the mine.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['number', 'medium', 'third', 'second']);
  const [x] = detect(numberDetector, 'Food prices doubled in the capital last year.', 'Food prices tripled in the capital last year.');
  assert.deepEqual([x!.canonical, x!.article], ['doubled', 'tripled']);
  assert.deepEqual(detect(numberDetector, 'It was the second raid on the camp this month.', 'It was a raid on the camp this month.'), []);
  // An ordinal in a name is a name.
  assert.deepEqual(detect(numberDetector, 'Crowds gathered on Fifth Avenue for the parade.', 'Crowds gathered on Sixth Avenue for the parade.'), []);
});

test('number: a figure the other side gives inside words another finding took is not added', () => {
  // (The quotation's words changed too: marks alone gone, the words kept, would be no finding.)
  const g = group('“Both towns were hit, and the two towns need help,” the mayor said.', 'Both towns were hit, and the two towns need aid, said the mayor.');
  const found = analyzeGroup(g).findings;
  assert.ok(found.some((f) => f.kind === 'quote'));
  assert.ok(!found.some((f) => f.kind === 'number'), JSON.stringify(show(g, found)));
});

test('number: a per cent figure written as a fraction is the same figure', () => {
  assert.deepEqual(detect(numberDetector, 'Half of the wells in the district are dry.', 'Fifty percent of the wells in the district are dry.'), []);
  assert.deepEqual(detect(numberDetector, 'About a third of the crop was lost.', 'About 33% of the crop was lost.'), []);
  const [f] = detect(numberDetector, 'Half of the wells in the district are dry.', 'Twenty percent of the wells in the district are dry.');
  assert.equal(f!.article, 'Twenty');
});

test('number: a figure under one glossing a fraction the other side writes in words is the same figure', () => {
  // A decimal in brackets restating the words before it: the copy that keeps only the words drops nothing.
  assert.deepEqual(detect(numberDetector, 'Rates rose by a quarter of a point (0.25) to a range of one-half [0.50] to three-quarters [0.75] of a percent.', 'Rates rose by a quarter of a point to a range of one-half to three-quarters of a percent.'), []);
  assert.deepEqual(detect(numberDetector, 'Rates rose by a quarter of a point.', 'Rates rose by 0.25 of a point.'), []);
  // Another value is still a figure changed.
  const [f] = detect(numberDetector, 'Rates rose by 0.75 of a point.', 'Rates rose by a quarter of a point.');
  assert.equal(f!.canonical, '0.75');
});

test('number: the only count lost and the only count new, of one size, are one figure changed, with its qualifier', () => {
  const [f, ...rest] = detect(numberDetector, 'Back in 1998, up to 4,000 sheep died in a storm that hit the hills.', 'Storms are common in the hills: one killed 4,500 sheep in 1998.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', '4,000', '4,500']);
  // Of another size: a figure dropped and another added.
  const two = detect(numberDetector, 'Back in 1998, up to 4,000 sheep died in a storm that hit the hills.', 'Storms are common in the hills: one killed 9,000 sheep in 1998.');
  assert.equal(two.length, 2);
});

test('number: a figure that counts the same fact elsewhere in the sentence ("killed" / "the death toll") is one figure changed, with its qualifier', () => {
  const found = compare('More than 200 people have been killed in the quake, officials said.', 'Officials said the overall death toll from the quake now stands at 223.').discrepancies;
  assert.deepEqual(found.filter((d) => d.kind !== 'changed').map((d) => [d.kind, d.from, d.to ?? null]), [['number', '200', '223'], ['hedge', 'More than', null]]);
  // Two figures of that fact on one side: which is which is not known, each is dropped or added.
  const two = compare('More than 200 people have been killed in the quake, and 12 died in the flood.', 'The overall death toll from the quake stands at 223.').discrepancies;
  assert.equal(two.some((d) => d.kind === 'number' && d.from === '200' && d.to === '223'), false);
});

test('number: a figure of a quotation one side alone quotes is paired with the figure of the other side it stands for; one left over is the quote finding\'s', () => {
  const numbers = (c: string, a: string): Array<[string, string | null, string | null]> =>
    compare(c, a).discrepancies.filter((d) => d.kind === 'number' || d.kind === 'hedge').map((d) => [d.kind, d.from ?? null, d.to ?? null]);
  // A quotation the copy adds, which gives the toll the canonical states.
  assert.deepEqual(numbers('More than 200 people have been killed in the quake, officials said.', '“So far, the overall death toll from the quake stands at 223,” an official said.'), [['number', '200', '223'], ['hedge', 'More than', null]]);
  // A quotation the copy makes paraphrase, with another figure.
  assert.deepEqual(numbers('“We have found 30 bodies in the river,” the police chief said.', 'The police chief said officers had found 40 bodies in the river.'), [['number', '30', '40']]);
  // The same figure, its qualifier kept, and one more figure in the quotation: nothing but the quotation.
  assert.deepEqual(numbers('A strong earthquake has killed about a dozen people in central Burma, officials say.', '“There are about 12 people who have died and 40 houses are gone in central Burma,” said an aid official.'), []);
});

test('number: two figures of facts of different senses are no pair, equal or not: "killed about a dozen" / "26 have died, 12 missing and 231 injured"', () => {
  const found = compare('A strong earthquake has killed about a dozen people and injured many others in central Burma.', 'About 26 people have died, 12 people are missing and approximately 231 were injured in central Burma.').discrepancies;
  const changed = found.filter((d) => d.kind === 'number' && d.from && d.to).map((d) => [d.from, d.to]);
  assert.deepEqual(changed, [['dozen', '26']]);
});

test('number: a vague quantity put for a count, or a count for one, is one figure changed, its qualifier with it', () => {
  const whole = (c: string, a: string) => {
    const input = group(c, a);
    return show(input, analyzeGroup(input).findings).filter((f) => f.kind === 'number' || f.kind === 'hedge');
  };
  const up = whole('Dozens of fishing boats were sunk by the storm overnight.', 'At least 60 fishing boats were sunk by the storm overnight.');
  assert.deepEqual(up.map((f) => [f.kind, f.severity, f.canonical, f.article]), [['number', 'high', 'Dozens', 'At least 60']]);
  const down = whole('The fire destroyed 450 homes on the edge of the town.', 'The fire destroyed hundreds of homes on the edge of the town.');
  assert.deepEqual(down.map((f) => [f.kind, f.canonical, f.article]), [['number', '450', 'hundreds']]);
  // A count beside it in the same words still answers a count first.
  const both = whole('Rescuers found 12 survivors among dozens of bodies.', 'Rescuers found 14 survivors among dozens of bodies.');
  assert.deepEqual(both.map((f) => [f.canonical, f.article]), [['12', '14']]);
});

test('number: an age set off by commas after a person is no count that matters, medium when dropped; a count beside it still is', () => {
  const [age] = detect(numberDetector, 'Firefighters said the driver, 61, was pulled from the wreck alive.', 'Firefighters said the driver was pulled from the wreck alive.');
  assert.deepEqual([age!.kind, age!.severity, age!.canonical], ['number', 'medium', '61']);
  const [named] = detect(numberDetector, 'Ana Ruiz, 29, was arrested with two others.', 'Ana Ruiz was arrested with two others.');
  assert.deepEqual([named!.severity, named!.canonical], ['medium', '29']);
  const [count] = detect(numberDetector, 'The crash killed 14, 6 of them children, officials said.', 'The crash killed 14, officials said.');
  assert.deepEqual([count!.severity], ['high']);
});

test('number: an exact figure rounded and said to be approximate is one low finding, when the qualifier allows the side it was rounded to', () => {
  const rounded = compare('The storm cut power to 48,712 homes.', 'The storm cut power to almost 49,000 homes.').discrepancies;
  assert.deepEqual(rounded.map((d) => [d.kind, d.severity, d.from, d.to]), [['number', 'low', '48,712', 'almost 49,000']]);
  assert.deepEqual(compare('Prices rose 7.8% in May.', 'Prices rose about 8% in May.').discrepancies.map((d) => d.severity), ['low']);
  // "more than 49,000" for 48,712 is false: the figure changed.
  const wrong = compare('The storm cut power to 48,712 homes.', 'The storm cut power to more than 49,000 homes.').discrepancies;
  assert.ok(wrong.some((d) => d.kind === 'number' && d.severity === 'high'));
  // Not a rounding: as precise, or too far.
  assert.ok(compare('Prices rose 7.8% in May.', 'Prices rose about 7.6% in May.').discrepancies.some((d) => d.severity === 'high'));
  assert.ok(compare('The storm cut power to 48,712 homes.', 'The storm cut power to about 60,000 homes.').discrepancies.some((d) => d.severity === 'high'));
});

test('number: figures in words read as English writes them (a scale and what follows it, a half, a year said in two numbers)', () => {
  // A smaller figure after a scale adds to it; "and a half" before a scale.
  assert.deepEqual(detect(numberDetector, 'The ministry hired 2,005 new teachers.', 'The ministry hired two thousand five new teachers.'), []);
  assert.deepEqual(detect(numberDetector, 'Donors sent 187,000 tons of grain to the port.', 'Donors sent one hundred eighty-seven thousand tons of grain to the port.'), []);
  assert.deepEqual(detect(numberDetector, 'The ferry carried 250 passengers.', 'The ferry carried two hundred and fifty passengers.'), []);
  assert.deepEqual(detect(numberDetector, 'The bank will lend 1.5 billion dollars.', 'The bank will lend one and a half billion dollars.'), []);
  // A year said as two numbers is that year, and another year is a change of year.
  assert.deepEqual(detect(numberDetector, 'Grain prices rose in 2012 after the harvest failed.', 'Grain prices rose in twenty twelve after the harvest failed.'), []);
  assert.deepEqual(detect(numberDetector, 'The mine opened in 1981 near the river.', 'The mine opened in nineteen eighty-one near the river.'), []);
  const [y] = detect(numberDetector, 'The mine opened in 1981 near the river.', 'The mine opened in nineteen ninety near the river.');
  assert.deepEqual([y!.canonical, y!.article], ['1981', 'nineteen ninety']);
  assert.match(y!.reason, /^The year changes/);
  // Two figures side by side that are no year stay two ("twenty five" is 25; "nineteen hundred" a count).
  assert.deepEqual(detect(numberDetector, 'The fire destroyed 25 homes.', 'The fire destroyed twenty five homes.').length, 2);
  assert.deepEqual(detect(numberDetector, 'The hall seats 1,900 people.', 'The hall seats nineteen hundred people.'), []);
});

test('number: a count made vague within the quantity it becomes ("about 300" → "hundreds") is medium and says so; outside it, or made precise, a changed figure', () => {
  const [vague] = detect(numberDetector, 'Police said about 300 people were detained overnight.', 'Police said hundreds of people were detained overnight.');
  assert.deepEqual([vague!.kind, vague!.severity, vague!.canonical, vague!.article], ['number', 'medium', '300', 'hundreds']);
  assert.match(vague!.reason, /made vague/);
  const [precise] = detect(numberDetector, 'Thousands of tents were flown in.', 'About 4,000 tents were flown in.');
  assert.deepEqual([precise!.severity, precise!.canonical], ['high', 'Thousands']);
  const [other] = detect(numberDetector, 'Police said about 30 people were detained overnight.', 'Police said hundreds of people were detained overnight.');
  assert.deepEqual([other!.severity], ['high']);
  assert.match(other!.reason, /^The figure changes/);
});

test('number: a vague quantity that lost or gained a word before its scale is one change ("tens of thousands" → "thousands")', () => {
  const [f, ...more] = detect(numberDetector, 'Tens of thousands of fans filled the square.', 'Thousands of fans filled the square.');
  assert.deepEqual([f!.canonical, f!.article, more.length], ['Tens of thousands', 'Thousands', 0]);
  const [up, ...rest] = detect(numberDetector, 'Hundreds of people marched to the port.', 'Hundreds of thousands of people marched to the port.');
  assert.deepEqual([up!.canonical, up!.article, rest.length], ['Hundreds', 'Hundreds of thousands', 0]);
});

test('number: a figure hyphened to capital letters names a thing ("Pad 39-B", "STS-115"): dropped, it is no count dropped', () => {
  const pad = compare('The rocket, which stands on Launch Pad 39-B, was not damaged by the storm.', 'The rocket was not damaged by the storm.');
  assert.ok(!pad.discrepancies.some((d) => d.kind === 'number'), JSON.stringify(pad.discrepancies.map((d) => d.reason)));
  assert.ok(pad.discrepancies.some((d) => d.kind === 'name' && d.from === 'Launch Pad 39-B'));
  const mission = compare('The STS-115 mission will carry seven astronauts to the station.', 'The mission will carry seven astronauts to the station.');
  assert.ok(!mission.discrepancies.some((d) => d.kind === 'number'));
  // A count beside it still counts.
  assert.ok(compare('The STS-115 mission will carry seven astronauts to the station.', 'The STS-115 mission will carry six astronauts to the station.').discrepancies.some((d) => d.kind === 'number'));
});

test('number: an "m" run into a sum of money is a million ("$100m" / "$100 million", either way, no change); another sum still is', () => {
  const c = 'Floods hit the east. The government pledged $100 million in aid on Friday. Roads stayed shut.';
  for (const [x, y] of [[c, c.replace('$100 million', '$100m')], [c.replace('$100 million', '£100m'), c.replace('$100 million', '£100 million')]] as const) {
    assert.deepEqual(compare(x, y).discrepancies.map((d) => [d.kind, d.from, d.to]), [], y);
    assert.deepEqual(compare(y, x).discrepancies.map((d) => [d.kind, d.from, d.to]), [], x);
  }
  assert.deepEqual(
    compare(c, c.replace('$100 million', '$120m')).discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]),
    [['number', 'high', '$100 million', '$120m']],
  );
});

test('number: an ordinal in digits is the ordinal word ("3rd" / "third"), counted only in place of another', () => {
  assert.deepEqual(detect(numberDetector, 'Spain is the third team to win both titles.', 'Spain is the 3rd team to win both titles.'), []);
  const [f] = detect(numberDetector, 'Spain is the third team to win both titles.', 'Spain is the 2nd team to win both titles.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['number', 'medium', 'third', '2nd']);
  // Dropped or added alone, as an ordinal word is: the rover's 3,968th day is no count.
  assert.deepEqual(detect(numberDetector, 'The rover finished on Tuesday.', 'The rover finished on its 3,968th day.').filter((x) => x.kind === 'number'), []);
  // In a name, none.
  assert.deepEqual(detect(numberDetector, 'Crowds gathered on 5th Avenue.', 'Crowds gathered on 6th Avenue.'), []);
});

test('number: a figure that labels a thing is an identifier: changed, another thing is named; dropped or added, no quantity changed', () => {
  const [f] = detect(numberDetector, 'Asiana Flight 214 crashed in San Francisco on Saturday.', 'Asiana Flight 241 crashed in San Francisco on Saturday.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['name', 'medium', 'Flight 214', 'Flight 241']);
  // A label word before the figure wins over a word of harm after it: what follows is said of the thing named.
  const [toll] = detect(numberDetector, 'Asiana Flight 214 killed three people in San Francisco.', 'Asiana Flight 241 killed three people in San Francisco.');
  assert.deepEqual([toll!.kind, toll!.severity, toll!.canonical, toll!.article], ['name', 'medium', 'Flight 214', 'Flight 241']);
  const [model] = detect(numberDetector, 'The airline flew a Boeing 737-800 to Nairobi.', 'The airline flew a Boeing 737-900 to Nairobi.');
  assert.deepEqual([model!.kind, model!.canonical, model!.article], ['name', 'Boeing 737-800', 'Boeing 737-900']);
  // Named in full on one side only: the same thing.
  assert.deepEqual(detect(numberDetector, 'The flight was flying too low, investigators said.', 'Flight 214 was flying too low, investigators said.'), []);
  assert.deepEqual(detect(numberDetector, 'Wreckage of Kenya Airways flight 507 was found.', 'Wreckage of the Kenya Airways jet was found.'), []);
  assert.deepEqual(detect(numberDetector, 'The count was done for the census.', 'The count was done for Census 2010.'), []);
  // Not a label: a count after a name ("Peru 500 dead"), a title-case headline's verb, a figure with a comma.
  assert.equal(detect(numberDetector, 'The quake left Peru 500 dead.', 'The quake left Peru 600 dead.')[0]!.kind, 'number');
  // A degree on a scale stays a quantity.
  assert.equal(detect(numberDetector, 'Maria became a Category 4 hurricane overnight.', 'Maria became a Category 5 hurricane overnight.')[0]!.kind, 'number');
  assert.equal(detect(numberDetector, 'It was felt in Bangkok, Thailand 3300 kilometers away.', 'It was felt in Bangkok, Thailand 3500 kilometers away.')[0]!.kind, 'number');
  assert.equal(detect(numberDetector, 'Typhoon Haiyan Kills 1200 In Central Provinces', 'Typhoon Haiyan Kills 1300 In Central Provinces')[0]!.kind, 'number');
  assert.equal(detect(numberDetector, 'The army sent Unit 1,200 soldiers.', 'The army sent Unit 1,300 soldiers.')[0]!.kind, 'number');
});

test('number: a score or a range is one fact of two figures ("1-0", "0–0")', () => {
  const [f] = detect(numberDetector, 'Spain beat the Netherlands 1-0 in extra time.', 'Spain beat the Netherlands 2-0 in extra time.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', '1-0', '2-0']);
  const dropped = detect(numberDetector, 'The match stayed tied at 0–0 until the end.', 'The match stayed tied until the end.');
  assert.deepEqual(dropped.map((x) => x.canonical), ['at 0–0']);
});

test('number: an ordinal of a unit of time is a period, changed only into another period ("20th century" is no rank of "second warmest")', () => {
  const [f] = detect(numberDetector, 'The strike is now in its 3rd week.', 'The strike is now in its second week.');
  assert.deepEqual([f!.canonical, f!.article], ['3rd', 'second']);
  assert.deepEqual(detect(numberDetector, 'It was above the 20th century average.', 'It was the second warmest on record.').filter((x) => x.kind === 'number'), []);
});

test('number: a figure written with a comparison sign ("<1") is quoted and compared with its sign', () => {
  const c = 'Among persons who died, ages range from 48 to 96 years, officials said.';
  const a = 'Among persons who died, ages range from <1 to 96 years, officials said.';
  const f = compare(c, a).discrepancies.find((d) => d.kind === 'number' && d.from === '48');
  assert.ok(f, 'the lower bound changes');
  assert.equal(f.to, '<1');
  assert.match(f.reason, /from ‘48’ to ‘<1’/);
  // The figure the detector reads is the digits; its reason quotes the sign with them.
  const [g] = detect(numberDetector, 'The rate was <5 per cent last year.', 'The rate was 7 per cent last year.');
  assert.equal(g!.canonical, '5');
  assert.match(g!.reason, /from ‘<5’ to ‘7’/);
});

test('number: a figure in words read across a subtitle timecode ("one hundred seventy-two [00:56.41]billion") is the one figure; no figure dropped nor added', () => {
  assert.deepEqual(detect(numberDetector, 'The firm was one hundred seventy-two billion dollars in debt.', '[00:53.04]The company was one hundred seventy-two [00:56.41]billion dollars in debt.'), []);
});

test('number: the same figure counting another fate is a finding: the missing become the dead (hedge: what was unknown is given as known), the injured the dead (number)', () => {
  const facts = (c: string, a: string): string[][] => {
    const input = group(c, a);
    return show(input, analyzeGroup(input).findings).filter((f) => f.kind !== 'changed').map((f) => [f.kind, f.canonical, f.article]);
  };
  assert.deepEqual(facts('The ferry sank in the storm. Eleven sailors are missing.', 'The ferry sank in the storm. Eleven sailors were killed.'), [['hedge', 'Eleven … missing', 'Eleven … killed']]);
  assert.deepEqual(facts('Police said 14 people were injured in the blast.', 'Police said 14 people died in the blast.'), [['number', '14 … injured', '14 … died']]);
  // The trapped are of no known fate either.
  assert.deepEqual(facts('The quake killed 40 people, and hundreds are still unaccounted for.', 'The quake killed 40 people and trapped hundreds under rubble.').filter((f) => f[0] === 'hedge'), [['hedge', 'hundreds … unaccounted', 'trapped hundreds']]);
  // A cut that leaves the figure with the next item's words ("killed and 14" dropped) is the cut's finding: no word of a fate put for another.
  assert.deepEqual(facts('Two people were killed and 14 injured in the blast.', 'Two people were injured in the blast.').filter((f) => f[1]!.startsWith('Two')), []);
  // The same fate in other words, or a figure that counts no fate, is no finding.
  assert.deepEqual(facts('Police said 14 people were killed in the blast.', 'Police said 14 people died in the blast.'), []);
  assert.deepEqual(facts('The storm destroyed 14 homes near the coast.', 'The storm damaged 14 homes near the coast.').filter((f) => f[0] === 'number' || f[0] === 'hedge'), []);
});

test('number: "one" before a per cent word or a scale is the figure 1 ("1 percent" / "one percent"), a pronoun elsewhere', () => {
  assert.deepEqual(detect(numberDetector, 'Oil prices fell 1 percent on Friday.', 'Oil prices fell one percent on Friday.'), []);
  assert.deepEqual(detect(numberDetector, 'The bank lent 1 million dollars to the farm.', 'The bank lent one million dollars to the farm.'), []);
  const [f] = detect(numberDetector, 'Oil prices fell 2 percent on Friday.', 'Oil prices fell one percent on Friday.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', '2', 'one']);
  // "one of" counts nothing: the dropped figure is still a change.
  const [g] = detect(numberDetector, 'Oil prices fell 2 percent, one of the traders said.', 'Oil prices fell, one of the traders said.');
  assert.deepEqual([g!.kind, g!.canonical], ['number', '2 percent']);
});

test('number: "one" before a unit of measure is the figure 1 ("1 degree" / "one degree"), a pronoun elsewhere', () => {
  // Made-up sentences.
  assert.deepEqual(detect(numberDetector, 'The lake rose by 1 meter after the storm.', 'The lake rose by one meter after the storm.'), []);
  assert.deepEqual(detect(numberDetector, 'Forecasters expect a rise of 1 degree by midweek.', 'Forecasters expect a rise of one degree by midweek.'), []);
  assert.deepEqual(detect(numberDetector, 'The fire burned 1 square kilometer of scrub.', 'The fire burned one square kilometer of scrub.'), []);
  const [f] = detect(numberDetector, 'The lake rose by 2 meters after the storm.', 'The lake rose by one meter after the storm.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['number', '2', 'one']);
  // A one-letter unit form ("m", "g") after "one" is no unit: "one" stays a word.
  const [g] = detect(numberDetector, 'The lake rose by 2 meters, one official said.', 'The lake rose, one official said.');
  assert.equal(g!.kind, 'number');
  assert.match(g!.canonical!, /2 meters$/);
});

test('number: "1" written "one" in a sentence otherwise carried word for word is no rewording either', () => {
  const out = compare('The shares rose 1 percent in early trading in Tokyo on Monday.', 'The shares rose one percent in early trading in Tokyo on Monday.');
  assert.deepEqual(out.discrepancies.map((d) => d.kind), []);
});

test('number: a footnote or page marker left between two words is no figure added or dropped', () => {
  // Made-up sentences: a copy saved with its note references in the running text.
  assert.deepEqual(detect(numberDetector, 'The ministry plans to open new clinics in the valley.', 'The ministry plans to open new clinics 7 in the valley.'), []);
  assert.deepEqual(detect(numberDetector, 'Farmers 12 in the north lost their harvest.', 'Farmers in the north lost their harvest.'), []);
  // A count stays a count: after a function word, a verb, or with a unit.
  assert.equal(detect(numberDetector, 'The ministry will open the clinics in the valley.', 'The ministry will open the 3 clinics in the valley.').length, 1);
  assert.equal(detect(numberDetector, 'The storm flattened houses along the coast.', 'The storm flattened 40 houses along the coast.').length, 1);
  assert.equal(detect(numberDetector, 'Officials counted clinics across the valley.', 'Officials counted clinics (7) across the valley.').length, 1);
});

test('number: stray markers and note marks in full-width digits are read as their ASCII forms are', () => {
  // Made-up sentences: a stray marker in full-width digits between two words.
  assert.deepEqual(detect(numberDetector, 'The ministry plans to open new clinics in the valley.', 'The ministry plans to open new clinics ７ in the valley.'), []);
  assert.deepEqual(detect(numberDetector, 'Farmers １２ in the north lost their harvest.', 'Farmers in the north lost their harvest.'), []);
  const kinds = (c: string, a: string): string[] => compare(c, a).discrepancies.map((d) => d.kind).filter((k) => k === 'number' || k === 'quote');
  // Note marks numbered in full-width digits, "（１）", "２．", after any word.
  const marked =
    'Volunteers praised the generosity（１）of their neighbours. The harvest festival showed ２． that the village had recovered. ' +
    'Families entered the baking ３ contests in large numbers. Visitors called them "champions ４." The mayor thanked everyone.';
  const plain =
    'Volunteers praised the generosity of their neighbours. The harvest festival showed that the village had recovered. ' +
    'Families entered the baking contests in large numbers. Visitors called them "champions." The mayor thanked everyone.';
  assert.deepEqual(kinds(marked, plain), []);
  assert.deepEqual(kinds(plain, marked), []);
  // Marks in Chinese copy, set against the characters.
  const zhMarked = '志愿者称赞了邻居的慷慨１。丰收节表明２村庄已经恢复。许多家庭参加了烘焙３比赛。市长感谢了大家。';
  const zhPlain = '志愿者称赞了邻居的慷慨。丰收节表明村庄已经恢复。许多家庭参加了烘焙比赛。市长感谢了大家。';
  assert.deepEqual(kinds(zhMarked, zhPlain), []);
  // Counts in full-width digits with another figure between them are no series, as in ASCII digits.
  const counts = 'The team played １ match in May. It lost ５ players to injury. It played ２ matches in June. It played ３ matches in July.';
  assert.deepEqual(kinds(counts, counts.replace('played ２ matches', 'played matches')), ['number']);
  // The marks' offsets are the file's own characters'; a full-width decimal or time holds no mark ("１．５" is no "1", "５").
  const t = 'rose（１）by ２ and ３ more';
  assert.deepEqual([...noteMarks(t)], [t.indexOf('１'), t.indexOf('２'), t.indexOf('３')]);
  assert.deepEqual([...noteMarks('rose １．５ and ２ then ３ more')], []);
  assert.deepEqual([...noteMarks('at １０：１５, then １ and ２ and ３')].length, 3);
});

test('number: note marks numbered 1, 2, 3 … through a copy are no figures dropped, whatever word they follow', () => {
  // Made-up text: a learner's copy marks its glossary words with numbers in order, after any word.
  const marked =
    'Volunteers praised the generosity 1 of their neighbours. The harvest festival showed 2 that the village had recovered. ' +
    'Families entered the baking 3 contests in large numbers. Visitors called them "champions 4." The mayor thanked everyone.';
  const plain =
    'Volunteers praised the generosity of their neighbours. The harvest festival showed that the village had recovered. ' +
    'Families entered the baking contests in large numbers. Visitors called them "champions." The mayor thanked everyone.';
  const kinds = (c: string, a: string): string[] => compare(c, a).discrepancies.map((d) => d.kind).filter((k) => k === 'number' || k === 'quote');
  assert.deepEqual(kinds(marked, plain), []);
  assert.deepEqual(kinds(plain, marked), []);
  // A lone figure after a verb is no series: it stays a figure dropped.
  const lone = 'Volunteers praised the generosity of their neighbours. The harvest festival showed 2 that the village had recovered. The mayor thanked everyone.';
  assert.deepEqual(kinds(lone, plain.replace(' Families entered the baking contests in large numbers. Visitors called them "champions."', '')), ['number']);
  // Counts that happen to run 1, 2, 3 with another figure between them are no series either.
  const counts = 'The team played 1 match in May. It lost 5 players to injury. It played 2 matches in June. It played 3 matches in July.';
  assert.deepEqual(kinds(counts, counts.replace('played 2 matches', 'played matches')), ['number']);
});
