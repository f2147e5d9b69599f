import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import { timeDetector } from '../../../src/core/detect/time';
import { numberDetector } from '../../../src/core/detect/number';
import { analyzeGroup } from '../../../src/core/detect';
import { detect, group, show } from '../helpers';

test('time: a dropped week day goes with its preposition, medium', () => {
  const [f] = detect(timeDetector, 'The ministry confirmed the transfer on Thursday, officials said.', 'The ministry confirmed the transfer, officials said.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['time', 'medium', 'on Thursday', '']);
  assert.match(f!.reason, /no longer says when/);
});

test('time: a different day is high; a vaguer one is medium', () => {
  const [day] = detect(timeDetector, 'Voting closed on Dec. 4 in the capital.', 'Voting closed on 6 December in the capital.');
  assert.deepEqual([day!.severity, day!.canonical, day!.article], ['high', 'Dec. 4', '6 December']);
  const [vaguer] = detect(timeDetector, 'Troops withdrew early on Saturday morning.', 'Troops withdrew on Saturday.');
  assert.deepEqual([vaguer!.severity, vaguer!.canonical, vaguer!.article], ['medium', 'early on Saturday morning', 'Saturday']);
  assert.match(vaguer!.reason, /less precise/);
  const [other] = detect(timeDetector, 'The convoy crossed overnight.', 'The convoy crossed last night.');
  assert.deepEqual([other!.severity, other!.canonical, other!.article], ['medium', 'overnight', 'last night']);
  assert.match(other!.reason, /check that it says the same time/);
});

test('time: the same date written two ways is no finding', () => {
  assert.deepEqual(detect(timeDetector, 'The report was filed on 2023-03-09 by the board.', 'The report was filed on March 9, 2023 by the agency.'), []);
  assert.deepEqual(detect(timeDetector, 'The storm hit late last week, the agency said.', 'The storm hit late last week, the service said.'), []);
});

test('time: added relative references, and words that only look like dates', () => {
  const [added] = detect(timeDetector, 'The convoy reached the border.', 'The convoy reached the border overnight.');
  assert.deepEqual([added!.article, added!.severity], ['overnight', 'medium']);
  const [span] = detect(timeDetector, 'The strike began at the port.', 'The strike began at the port three weeks ago.');
  assert.equal(span!.article, 'three weeks ago');
  // "may" the verb, "the Sun", a bare "week" are no time references.
  assert.deepEqual(detect(timeDetector, 'Officials said the Sun may be visible.', 'Officials said that the Sun may be visible this week.').map((f) => f.article), ['this week']);
});

test('time: other languages by their week days and months', () => {
  const [fr] = detect(timeDetector, 'Le ministre a parlé lundi à Paris.', 'Le ministre a parlé mardi à Paris.', { language: 'fra' });
  assert.deepEqual([fr!.canonical, fr!.article, fr!.severity], ['lundi', 'mardi', 'high']);
  const [de] = detect(timeDetector, 'Die Wahl fand am 3. Dezember statt.', 'Die Wahl fand statt.', { language: 'deu' });
  assert.equal(de!.canonical, 'am 3. Dezember');
});

test('time: a headline may leave out the day', () => {
  assert.deepEqual(detect(timeDetector, 'Rebels seized the airport on Sunday.', 'Rebels seize airport', { relation: 'summary' }), []);
});

test('time: runs before the number detector, which no longer reports the day of a date as a figure', () => {
  const input = group('The vote was held on March 14, 2021 in the north.', 'The vote was held in the north.');
  const shown = show(input, analyzeGroup(input).findings);
  assert.deepEqual(shown.map((f) => [f.kind, f.canonical]), [['time', 'on March 14, 2021']]);
  assert.ok(!analyzeGroup(input, [numberDetector]).findings.every((f) => f.kind === 'time'));
});

test('time: hours written out in words are the same hours as in figures', () => {
  assert.deepEqual(detect(timeDetector, 'Classes run between 8 a.m. and 2 p.m. on weekdays.', 'Classes run from eight in the morning until two in the afternoon on weekdays.'), []);
  const [f] = detect(timeDetector, 'The curfew starts at 6 p.m. in the city.', 'The curfew starts at nine in the evening in the city.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['time', 'high', '6 p.m.', 'nine in the evening']);
});

test('time: a duration or a part of the day changed, a recent time made vaguer', () => {
  const [d] = detect(timeDetector, 'The border stayed shut for two weeks, officials said.', 'The border stayed shut for two months, officials said.');
  assert.deepEqual([d!.severity, d!.canonical, d!.article], ['high', 'for two weeks', 'for two months']);
  const [p] = detect(timeDetector, 'The shelling resumed in the evening, residents said.', 'The shelling resumed in the morning, residents said.');
  assert.deepEqual([p!.severity, p!.canonical, p!.article], ['high', 'in the evening', 'in the morning']);
  const [r] = detect(timeDetector, 'The treaty was signed this month in Geneva.', 'The treaty was signed recently in Geneva.');
  assert.deepEqual([r!.canonical, r!.article], ['this month', 'recently']);
});

test('time: a vague reference ("for years", "recently") alone is no finding; in place of another it is', () => {
  assert.deepEqual(detect(timeDetector, 'The clinic has long served the valley.', 'The clinic has served the valley for years.'), []);
  assert.deepEqual(detect(timeDetector, 'The mayor resigned shortly after the vote.', 'The mayor resigned after the vote.'), []);
  const [f] = detect(timeDetector, 'The road has been closed for years.', 'The road has been closed for a month.');
  assert.deepEqual([f!.canonical, f!.article], ['for years', 'for a month']);
});

test('time: a reference the other side says inside words another finding took is not added', () => {
  const g = group('“We stay home at night,” the farmer said of the curfew.', 'The farmer said people stay home at night because of the curfew.');
  const found = analyzeGroup(g).findings;
  assert.ok(found.some((f) => f.kind === 'quote'));
  assert.ok(!found.some((f) => f.kind === 'time'), JSON.stringify(show(g, found)));
});

test('time: a thing to come reported as done, and the other way round', () => {
  const [f] = detect(timeDetector, 'The council will close the old market in the spring.', 'The council closed the old market in the spring.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['time', 'medium', 'will close', 'closed']);
  assert.match(f!.reason, /now reads as done/);
  const [p] = detect(timeDetector, 'The road will be reopened to lorries.', 'The road has been reopened to lorries.');
  assert.deepEqual([p!.canonical, p!.article], ['will be reopened', 'has been reopened']);
  const [back] = detect(timeDetector, 'The council closed the old market.', 'The council will close the old market.');
  assert.match(back!.reason, /still to come/);
  // Still to come on both sides, in other words: no finding; a participle after "to be" is no past.
  assert.deepEqual(detect(timeDetector, 'The probe, to be launched in 2030, will map the moon.', 'The probe will be launched in 2030 and will map the moon.'), []);
  assert.deepEqual(detect(timeDetector, 'The council will close the old market.', 'The council is closing the old market.'), []);
  // "will" as a noun or a name is no future.
  assert.deepEqual(detect(timeDetector, 'They bowed to the will of voters.', 'It was voters who decided it.'), []);
  assert.deepEqual(detect(timeDetector, 'Officials met Will Hargreaves at the port.', 'Officials had met Hargreaves at the port.'), []);
});

test('time: a modifier dropped makes a reference vaguer, not another time', () => {
  const [f] = detect(timeDetector, 'Exports fell late last year, the bank said.', 'Exports fell last year, the bank said.');
  assert.deepEqual([f!.severity, f!.canonical, f!.article], ['medium', 'late last year', 'last year']);
  assert.match(f!.reason, /less precise/);
  // Another modifier is another time.
  const [g] = detect(timeDetector, 'Exports fell early last year, the bank said.', 'Exports fell late last year, the bank said.');
  assert.equal(g!.severity, 'high');
});

test('time: a greeting names the part of the day ("good afternoon" → "good morning")', () => {
  const [f] = detect(timeDetector, 'Well, good afternoon, everyone, and welcome.', 'Well, good morning, everyone, and welcome.');
  assert.deepEqual([f!.severity, f!.canonical, f!.article], ['high', 'good afternoon', 'good morning']);
});

test('time: a clock time written another way explains its figure ("5 p.m." / "17:00"): no figure dropped', () => {
  const c = compare('The ferry leaves at 6 p.m. on Sunday.\n', 'The ferry leaves at 18:00 on Sunday.\n');
  assert.deepEqual(c.discrepancies.filter((d) => d.severity !== 'low').map((d) => [d.kind, d.from]), []);
  const moved = compare('The ferry leaves at 6 p.m. on Sunday.\n', 'The ferry leaves at 19:00 on Sunday.\n');
  assert.ok(moved.discrepancies.some((d) => d.kind === 'time' && d.severity === 'high'));
});

test('time: a date cut down to its year is less precise, not dropped', () => {
  const c = compare('The mill closed in March 1998 after a long strike.', 'The mill closed in 1998 after a long strike.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['time', 'March 1998', '1998']]);
  assert.match(c.discrepancies[0]!.reason, /less precise/);
  // Its year gone too: dropped.
  const d = compare('The mill closed in March 1998 after a long strike.', 'The mill closed after a long strike.');
  assert.match(d.discrepancies.find((x) => x.kind === 'time')!.reason, /Drops the time reference/);
});

test('time: units with no count before an after-word ("hours after the blast") say how soon', () => {
  const [f] = detect(timeDetector, 'The road reopened hours after the landslide.', 'The road reopened after the landslide.');
  assert.deepEqual([f!.kind, f!.canonical], ['time', 'hours after']);
  const [g] = detect(timeDetector, 'The road reopened days after the landslide.', 'The road reopened weeks after the landslide.');
  assert.deepEqual([g!.canonical, g!.article, g!.severity], ['days after', 'weeks after', 'high']);
});

test('time: a part of a year ("late 2019", "mid-2026") is a time reference; the year alone is less precise, another part a change', () => {
  const c = compare('The mine closed in late 2009 after the flood.', 'The mine closed in 2009 after the flood.', { language: 'eng' });
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['time', 'late 2009', '2009']]);
  const [f] = detect(timeDetector, 'The dam will be finished by mid-2031.', 'The dam will be finished by early 2031.');
  assert.deepEqual([f!.canonical, f!.article, f!.severity], ['mid-2031', 'early 2031', 'high']);
});

test('time: a capitalised month name between words in lower case is the month ("a June cut"), not a name', () => {
  assert.deepEqual(detect(timeDetector, 'The board signalled a cut in October.', 'The board signalled an October cut.'), []);
  const [f] = detect(timeDetector, 'The board signalled a cut in October.', 'The board signalled a November cut.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['time', 'October', 'November']);
  // A name is no month: "said April Ross" places nothing.
  assert.deepEqual(detect(timeDetector, 'The vote passed, said April Ross.', 'The vote passed, said Ann Ross.'), []);
});

test('time: "as soon as" before a date places the date ("as soon as March" / "in March" is no time change)', () => {
  assert.deepEqual(detect(timeDetector, 'The plant could reopen as soon as March.', 'The plant could reopen in March.'), []);
  const [f] = detect(timeDetector, 'The plant could reopen as soon as March.', 'The plant could reopen in April.');
  assert.deepEqual([f!.canonical, f!.article], ['March', 'April']);
});

test('time: the same date written another way is no finding of any detector (its words are explained, not reworded)', () => {
  for (const [c, a] of [
    ['The council approved the new budget on 2025-06-17 after a long debate.', 'The council approved the new budget on 17 June 2025 after a long debate.'],
    ['The council approved the new budget on June 17, 2025 after a long debate.', 'The council approved the new budget on 17 June 2025 after a long debate.'],
  ]) {
    const input = group(c!, a!);
    assert.deepEqual(show(input, analyzeGroup(input).findings), [], a);
  }
  // Another day is still a change.
  const input = group('The council approved the new budget on 2025-06-17 after a long debate.', 'The council approved the new budget on 19 June 2025 after a long debate.');
  assert.deepEqual(show(input, analyzeGroup(input).findings).map((f) => [f.kind, f.severity]), [['time', 'high']]);
});

test('time: "a year" and "one year" are one span ("a year before", "one day after"); another count is a change', () => {
  for (const [c, a] of [
    ['The probe will study the asteroid for a year before leaving for its second target.', 'The probe will study the asteroid for one year before leaving for its second target.'],
    ['Rescuers reached the village a day after the landslide buried it.', 'Rescuers reached the village one day after the landslide buried it.'],
  ]) {
    const input = group(c!, a!);
    assert.deepEqual(show(input, analyzeGroup(input).findings), [], a);
  }
  const [f] = detect(timeDetector, 'Rescuers reached the village a day after the landslide buried it.', 'Rescuers reached the village two days after the landslide buried it.');
  assert.equal(f!.kind, 'time');
});

test('time: a counted span changed or dropped (“the next few weeks”)', () => {
  const [unit] = detect(timeDetector, 'Engineers expect repairs to take place over the next few weeks.', 'Engineers expect repairs to take place over the next few months.');
  assert.deepEqual([unit!.canonical, unit!.article, unit!.severity], ['next few weeks', 'next few months', 'high']);
  const [vaguer] = detect(timeDetector, 'The agency will review the permits during the next few days.', 'The agency will review the permits during the next couple of days.');
  assert.deepEqual([vaguer!.canonical, vaguer!.article, vaguer!.severity], ['next few days', 'next couple of days', 'medium']);
  const [dropped] = detect(timeDetector, 'Crews will keep searching the hillside for the next three days.', 'Crews will keep searching the hillside.');
  assert.deepEqual([dropped!.kind, dropped!.canonical], ['time', 'the next three days']);
});

test('time: a day dropped from one sentence but given by a neighbouring sentence of the article is no time finding', () => {
  const canonical = 'Officials at the port said Tuesday that the strike by dockworkers had ended after a week.\nThe union will hold a vote next month on the new contract offered by the authority.\n';
  const moved = 'Officials at the port say the strike by dockworkers has ended after a week.\nThe union will hold a vote next month on the new contract offered Tuesday by the authority.\n';
  const found = (a: string) => compare(canonical, a).discrepancies.filter((d) => d.from === 'Tuesday' || d.to === 'Tuesday').map((d) => [d.kind, d.severity, d.from, d.to]);
  // Dropped from the first sentence, added to the second: the story still says when; rewording, low.
  assert.deepEqual(found(moved), [['changed', 'low', 'Tuesday', null], ['changed', 'low', null, 'Tuesday']]);
  // Given nowhere else, it is dropped.
  const gone = 'Officials at the port say the strike by dockworkers has ended after a week.\nThe union will hold a vote next month on the new contract offered by the authority.\n';
  assert.deepEqual(found(gone), [['time', 'medium', 'Tuesday', null]]);
  // Given only far from it, in another part of the story, it is dropped too.
  const filler = 'Cargo ships waited in long lines outside the harbour for days while the talks went on. '.repeat(6);
  const far = `Officials at the port say the strike by dockworkers has ended after a week.\n${filler}\nA ship unloaded grain on Tuesday.\n`;
  const withFiller = `${canonical.split('\n')[0]}\n${filler}\nA ship unloaded grain.\n`;
  assert.deepEqual(compare(withFiller, far).discrepancies.filter((d) => d.from === 'Tuesday').map((d) => d.kind), ['time']);
});

test('time: a modifier joined by a hyphen ("mid-March", "late-night") and a part of the week after "over the", "at the", "on the"', () => {
  const [mid] = detect(timeDetector, 'The pier reopened in mid-March after repairs.', 'The pier reopened after repairs.');
  assert.deepEqual([mid!.kind, mid!.canonical], ['time', 'in mid-March']);
  const [moved] = detect(timeDetector, 'The pier reopened in mid-March after repairs.', 'The pier reopened in late-March after repairs.');
  assert.deepEqual([moved!.canonical, moved!.article], ['mid-March', 'late-March']);
  for (const lead of ['over the', 'at the', 'on the']) {
    const [f] = detect(timeDetector, `Storms battered the pier ${lead} weekend, the harbour office said.`, 'Storms battered the pier, the harbour office said.');
    assert.deepEqual([f!.kind, f!.canonical], ['time', `${lead} weekend`], lead);
  }
  // A hyphen after a word that modifies no time is no time reference ("a last-minute deal").
  assert.deepEqual(detect(timeDetector, 'Unions struck a last-minute deal.', 'Unions struck a deal.'), []);
});

test('time: "yesterday" / "Friday", the day of the week a copy desk writes for it, is no finding when the story\'s date says it is that day; another day is a conflict', () => {
  const c = 'WASHINGTON, April 16, 2016 – The secretary visited the ship yesterday. Talks went on. Prices rose.';
  const kinds = (x: string, y: string) => compare(x, y).discrepancies.filter((d) => d.kind === 'time').map((d) => [d.severity, d.from, d.to]);
  // (April 16, 2016 was a Saturday: yesterday was Friday.)
  assert.deepEqual(kinds(c, c.replace('yesterday', 'Friday')), []);
  assert.deepEqual(kinds(c.replace('yesterday', 'Friday'), c), []);
  assert.deepEqual(kinds(c, c.replace('yesterday', 'Thursday')), [['high', 'yesterday', 'Thursday']]);
  // The article's own date tells when the canonical has none; "today" is the story's day.
  const bare = 'The secretary visited the ship today. Talks went on. Prices rose.';
  assert.deepEqual(kinds(bare, `16 April 2016\n\n${bare.replace('today', 'Saturday')}`), []);
  // No date, or one the story's prose names: nothing tells, check it.
  assert.deepEqual(kinds(bare, bare.replace('today', 'Saturday')), [['medium', 'today', 'Saturday']]);
  const prose = 'Since April 16, 2016, the secretary has visited the ship today. Talks went on. Prices rose.';
  assert.deepEqual(kinds(prose, prose.replace('today', 'Saturday')).map((k) => k[0]), ['medium']);
});

test('time: one instant given in another time zone is the same time; another instant is a change', () => {
  const times = (c: string, a: string) => compare(c, a).discrepancies.filter((d) => d.kind === 'time').map((d) => [d.severity, d.from, d.to]);
  const c = 'The capsule touched down at 2:10 a.m. Pacific time in the Utah desert.';
  assert.deepEqual(times(c, 'The capsule touched down at 5:10 a.m. Eastern time in the Utah desert.'), []);
  assert.deepEqual(times('The launch is set for 10:55 p.m. GMT on Friday.', 'The launch is set for 6:55 p.m. EDT on Friday.'), []);
  // A zone named for either season takes the other's ("Eastern time" in summer is EDT).
  assert.deepEqual(times('The launch is set for 2 p.m. Eastern time on Friday.', 'The launch is set for 11 a.m. PDT on Friday.'), []);
  assert.deepEqual(times(c, 'The capsule touched down at 6:10 a.m. Eastern time in the Utah desert.'), [['high', '2:10 a.m. Pacific time', '6:10 a.m. Eastern time']]);
  assert.equal(times('The launch is set for 2 p.m. EST on Friday.', 'The launch is set for 11 a.m. Pacific Daylight Time on Friday.').length, 1);
});

test('time: a date with its year and the same date without it, in a story dated that year, is one day (a house style that drops the current year)', () => {
  const times = (c: string, a: string) => compare(c, a).discrepancies.filter((d) => d.kind === 'time').map((d) => [d.severity, d.from, d.to]);
  const c = (year: string) => `July 1, 2006\n\nThe soldier died in Kunar Province on June 25, ${year}, when he came in contact with indirect fire.`;
  const a = 'Saturday, July 01, 2006\n\nThe soldier died in Kunar Province on June 25, when he came in contact with indirect fire.';
  assert.deepEqual(times(c('2006'), a), []);
  // Another year, or no story date to tell: less precise.
  assert.deepEqual(times(c('2005'), a), [['medium', 'June 25, 2005', 'June 25']]);
  assert.equal(times('The soldier died on June 25, 2006, when he came in contact with indirect fire.', 'The soldier died on June 25, when he came in contact with indirect fire.').length, 1);
});

test('time: a generation is a span of time when a link or a count makes it one ("the worst drought in a generation"); "the next generation" of a thing is none', () => {
  const [f] = detect(timeDetector, 'Heat continues to fuel the worst drought in a generation.', 'Heat continues to fuel the worst drought on record.');
  assert.deepEqual([f!.kind, f!.canonical], ['time', 'in a generation']);
  const [span] = detect(timeDetector, 'The drought is the worst in a generation.', 'The drought is the worst in a decade.');
  assert.deepEqual([span!.kind, span!.canonical, span!.article], ['time', 'in a generation', 'in a decade']);
  assert.deepEqual(detect(timeDetector, 'The next generation of phones will be faster.', 'The new phones will be faster.'), []);
});

test('time: an adverb of how often ("annually") is "every" with its unit: "each year" in its place is no finding, another span is; an adjective before its noun ("a daily newspaper") is no time', () => {
  assert.deepEqual(detect(timeDetector, 'The fires are set annually in the forests.', 'Each year, fires are set in the forests.'), []);
  assert.deepEqual(detect(timeDetector, 'The board meets weekly at the office.', 'The board meets every week at the office.'), []);
  const [other] = detect(timeDetector, 'The fires are set annually in the forests.', 'The fires are set every month in the forests.');
  assert.deepEqual([other!.canonical, other!.article], ['annually', 'every month']);
  const [dropped] = detect(timeDetector, 'The fires are set annually in the forests.', 'The fires are set in the forests.');
  assert.equal(dropped!.canonical, 'annually');
  assert.deepEqual(detect(timeDetector, 'He told a daily newspaper the plan would work.', 'He told a newspaper the plan would work.'), []);
});

test('time: a date stamp that ends a line, set apart from its words ("…, February 2013", "- 2004-10-06", a credit then a full date), added or dropped, is the date a page was filed under, no finding; a date the line states is one', () => {
  // Set apart by a comma, a dash, or (a full date) after a word that does not lead a time.
  assert.deepEqual(detect(timeDetector, "Minister's Remarks at the University of Lagos, February 2013\n", "Minister's Remarks at the University of Lagos\n"), []);
  assert.deepEqual(detect(timeDetector, 'Campaign against polio\n', 'CAMPAIGN AGAINST POLIO IN NIGERIA - 2004-10-06\n'), []);
  assert.deepEqual(detect(timeDetector, 'Radio News\n', 'Radio News 03 August 2010\n'), []);
  // Led by a word that places it ("on", "in"), or with no day nor year, or in prose ending with a full stop: the line states it.
  assert.deepEqual(detect(timeDetector, 'Probe enters orbit\n', 'Probe enters orbit on July 15\n').map((f) => f.article), ['on July 15']);
  assert.deepEqual(detect(timeDetector, 'The rate fell, a report said.\n', 'The rate fell, a report said, February 2013.\n').map((f) => f.article), ['February 2013']);
  assert.deepEqual(detect(timeDetector, 'Remembering the spill\n', 'Remembering the spill, one year later\n').map((f) => f.article), ['one year later']);
});

test('time: a date written year-month-day with hyphens ("2019-03-14") and led by no word that leads a time is a stamp of the layout wherever it stands on its line, no finding; a date in words in the same place is one', () => {
  // News prose does not write a date so: a learners' site's or a feed's filing stamp before the headline, or one before a clock time.
  // (Led by "on", it is the line's date: "the same date written another way" above.)
  assert.deepEqual(detect(timeDetector, 'A Village Rebuilds Its School\n', 'NEWS HOUR 2019-03-14 A Village Rebuilds Its School\n'), []);
  assert.deepEqual(detect(timeDetector, 'Farmers Count the Cost of the Frost\n', '2019-03-14 08:30 Farmers Count the Cost of the Frost\n'), []);
  assert.deepEqual(detect(timeDetector, 'The dam was finished and the valley flooded.\n', 'The dam was finished 2019-03-14 and the valley flooded.\n'), []);
  // The same date in words, inside the line: the line states it.
  assert.deepEqual(detect(timeDetector, 'The dam was finished and the valley flooded.\n', 'The dam was finished on March 14, 2019 and the valley flooded.\n').map((f) => f.article), ['on March 14, 2019']);
});

test('time: a date stamp set aside is no figure of the number detector either', () => {
  const input = group('Campaign against polio\n', 'CAMPAIGN AGAINST POLIO - 2004-10-06\n');
  assert.deepEqual(show(input, analyzeGroup(input).findings).filter((f) => f.kind === 'time' || f.kind === 'number'), []);
});

test('time: a year the canonical gives alone, given with its month ("in 1897" → "in May 1897"), is more precise, not a time reference added', () => {
  const [f] = detect(timeDetector, 'The dam was built in 1897 by the county.', 'The dam was built in May 1897 by the county.');
  assert.deepEqual([f!.canonical, f!.article], ['1897', 'May 1897']);
  assert.match(f!.reason, /more precise than the canonical/);
});

test('time: a year the canonical gives only as a modifier ("the 2006 season") is not the time a dated reference refines', () => {
  assert.deepEqual(detect(timeDetector, 'The 2006 season outlook is out.', 'The 2006 season outlook is out, updated in August 2006.').map((f) => f.reason.slice(0, 22)), ['Adds the time referenc']);
});

test('time: a count in two joined number words is one count ("forty-five years" = "45 years")', () => {
  assert.deepEqual(detect(timeDetector, 'Divers have looked for the wreck for forty-five years.', 'Divers have looked for the wreck for 45 years.'), []);
  assert.deepEqual(detect(timeDetector, 'The dam was built twenty-two years ago.', 'The dam was built 22 years ago.'), []);
  // Another count in words: a duration changed.
  const [f] = detect(timeDetector, 'Divers have looked for the wreck for forty-five years.', 'Divers have looked for the wreck for 40 years.');
  assert.deepEqual([f?.kind, f?.canonical, f?.article], ['time', 'for forty-five years', 'for 40 years']);
});

test('time: a headline that frames its story in time ("One Year Later", "A Day After Storm") adds or drops no time reference; a date it adds or drops is still one', () => {
  const body = '\n\nA powerful storm destroyed hundreds of homes along the northern coast, officials said.\n\nRescue teams are still searching for people missing in the flooded villages.\n';
  const head = 'Storm Damage Spreads Along Northern Coast';
  const times = (c: string, a: string): string[] => compare(c, a).discrepancies.filter((d) => d.kind === 'time').map((d) => d.from || d.to || '');
  // Two headlines: added, dropped.
  assert.deepEqual(times(head + body, head + ', One Year Later' + body), []);
  assert.deepEqual(times(head + ', One Year Later' + body, head + body), []);
  assert.deepEqual(times(head + body, 'A Day After Storm, Damage Spreads Along Northern Coast' + body), []);
  // A copy's headline over a canonical without one (a summary of its lead).
  assert.deepEqual(times(body.trimStart(), 'A Day After Storm, Hundreds of Homes Destroyed Along Northern Coast' + body), []);
  // A date is a fact the headline states.
  assert.deepEqual(times(head + body, head + ' on July 15' + body), ['on July 15']);
  // In a sentence of the story, the relative time is still one.
  assert.deepEqual(times('Rescue teams searched the flooded villages.', 'A day after the storm, rescue teams searched the flooded villages.'), ['A day after']);
});

test('time: the same date with or without its week day is no change', () => {
  // Made-up sentences.
  assert.deepEqual(detect(timeDetector, 'The ferry service resumes at noon on Friday, March 14.', 'The ferry service resumes at noon on March 14.'), []);
  assert.deepEqual(detect(timeDetector, 'The council votes on Oct. 2 on the budget.', 'The council votes on Tuesday, October 2 on the budget.'), []);
  // Another day of the month, or another week day, stays a change.
  assert.equal(detect(timeDetector, 'The council votes on Tuesday, Oct. 2 on the budget.', 'The council votes on October 3 on the budget.').length, 1);
  assert.equal(detect(timeDetector, 'The council votes on Tuesday, Oct. 2 on the budget.', 'The council votes on Wednesday, October 2 on the budget.').length, 1);
});
