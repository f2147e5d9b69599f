import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { findTimes, namesTimeUnitOrDay, storyDate } from '../../src/core/time';
import { compareTimes } from '../../src/core/timeCompare';
import { lexiconFor } from '../../src/core/lexicon';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';

function times(s: string, language = 'eng'): Array<[string, string]> {
  const ctx = tokenizerContext(language);
  const toks = tokenize(s, 0, s.length, ctx);
  return findTimes(s, toks, ctx.lexicon.time!).map((r) => [s.slice(toks[r.toks[0]!]!.start, toks[r.toks.at(-1)!]!.end), r.value]);
}

test('time references: the common English forms', () => {
  const found = times('Filed 2024-12-03. Late on Sunday and on Monday morning, then Dec. 1, 1 December, Friday, December 24, 2004, two days ago, earlier this month, last week and the previous day.');
  assert.deepEqual(found.map(([t]) => t), [
    '2024-12-03', 'Late on Sunday', 'Monday morning', 'Dec. 1', '1 December', 'Friday, December 24, 2004',
    'two days ago', 'earlier this month', 'last week', 'previous day',
  ]);
  // One date, three spellings: one value.
  const v = (s: string): string => times(s)[0]![1];
  assert.equal(v('on 2024-12-03'), v('on December 3, 2024'));
  assert.equal(v('on December 3, 2024'), v('on 3 Dec. 2024'));
  assert.equal(v('on the 3rd of December 2024'), v('on 3 Dec 2024'));
  assert.equal(v('on December 3rd, 2024'), v('on 2024-12-03'));
});

test('time references: no dates where there are none', () => {
  assert.deepEqual(times('March on, they may say. The Sun was up. A week of talks. Sat on the bench.'), []);
  // A sentence boundary is not crossed: "later." does not qualify the month after it.
  assert.deepEqual(times('It came a week later. March was calm.').map(([t]) => t), ['a week later']);
});

/** The first time reference of an English text. */
function ref(s: string) {
  const ctx = tokenizerContext('eng');
  return findTimes(s, tokenize(s, 0, s.length, ctx), ctx.lexicon.time!)[0]!;
}

test('time words: every language with a lexicon has week days and months', () => {
  for (const lang of ['eng', 'fra', 'spa', 'por', 'deu', 'ind', 'ita']) {
    const w = lexiconFor(lang).time!;
    assert.equal(w.weekdays.length, 7, lang);
    assert.equal(w.months.length, 12, lang);
  }
});

test('time references: clock times, possessive days, recent spans', () => {
  assert.deepEqual(times('The polls closed at 8 p.m. GMT on Friday. Friday’s vote came after talks in recent days, at noon.').map(([t]) => t), [
    '8 p.m. GMT', 'Friday', 'Friday’s', 'recent days', 'noon',
  ]);
  const v = (s: string): string => times(s)[0]![1];
  assert.equal(v('at 10:55 pm'), v('at 22:55'));
  assert.notEqual(v('at 10:55 am'), v('at 10:55 pm'));
  // A ratio or a score is not a time.
  assert.deepEqual(times('The ratio was 2:30 and the score 3:1.'), []);
});

test('time: a month with a possessive ("last November\u2019s storm") is a time reference', () => {
  const c = compare('Farmers harvest again since last November\u2019s powerful storm swept their fields.', 'Farmers harvest again since a powerful storm swept their fields.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from]), [['time', 'last November\u2019s']]);
});

test('time references: an hour told by the half of the day, or by o\u2019clock', () => {
  const v = (s: string): string => times(s)[0]![1];
  // The same hour, written with a.m./p.m. or with words: one value.
  assert.equal(v('The shop opens at 9 a.m. on weekdays.'), v('The shop opens at nine in the morning on weekdays.'));
  assert.equal(v('Trains stop at 8 p.m.'), v('Trains stop at eight in the evening.'));
  assert.equal(v('Trains stop at 8 p.m.'), v('Trains stop at 8 at night.'));
  assert.notEqual(v('at 7 in the morning'), v('at 7 in the evening'));
  assert.deepEqual(times('The vigil began at ten o\u2019clock.').map(([t]) => t), ['ten o\u2019clock']);
  // An o'clock hour names no half of the day: it agrees with the hour on a 12-hour dial, and names nothing more.
  assert.equal(compareTimes(ref('at 4 p.m.'), ref('at four o\u2019clock')), 'refined');
  assert.equal(compareTimes(ref('at 4 p.m.'), ref('at five o\u2019clock')), 'conflict');
  // A count before a phrase of the day that goes on to a noun is a count: “the morning raids”.
  assert.deepEqual(times('Police held 12 in the morning raids. Nine in the evening shift fell ill.'), []);
});

test('time references: durations, recurrences, seasons, parts of the day and recent or coming times', () => {
  assert.deepEqual(times('The works lasted for a decade, results came within hours, the fair is held every year, in the summer and at night.').map(([t]) => t), [
    'for a decade', 'within hours', 'every year', 'in the summer', 'at night',
  ]);
  assert.deepEqual(times('The law passed recently and takes effect shortly.').map(([t]) => t), ['recently', 'shortly']);
  const v = (s: string): string => times(s)[0]![1];
  assert.notEqual(v('closed for three months'), v('closed for six months'));
  assert.notEqual(v('closed for three months'), v('closed three months ago'));
  assert.equal(v('closed for three months'), v('closed for 3 months'));
  // Not times: a noun after "the", a word of a name, a bare season.
  assert.deepEqual(times('The spring water was clean. The days were long. Summer was hot.'), []);
});

test('time references: durations and recent times in other languages', () => {
  assert.deepEqual(times('Le port est resté fermé pendant deux semaines.', 'fra').map(([t]) => t), ['pendant deux semaines']);
  assert.deepEqual(times('El puerto estuvo cerrado durante tres meses.', 'spa').map(([t]) => t), ['durante tres meses']);
  assert.deepEqual(times('Il porto è stato chiuso per due settimane.', 'ita').map(([t]) => t), ['per due settimane']);
});

test('time: a span added to an earlier one ("for three more months") is read whole, and dropping "more" changes it', () => {
  const found = compare('The ceasefire was extended for three more months on Friday.', 'The ceasefire was extended for three months on Friday.').discrepancies;
  assert.deepEqual(found.map((d) => [d.kind, d.from, d.to]), [['time', 'for three more months', 'for three months']]);
  // Not a time reference without a link that makes it one ("two more years of talks").
  assert.deepEqual(compare('Negotiators face two more years of talks.', 'Negotiators face two more years of talks.').discrepancies, []);
  assert.deepEqual(compare('The mission will run for two additional weeks.', 'The mission will run for two additional weeks.').discrepancies, []);
});

test('time: "over a decade" is a span; "over 10 years" stays a qualified figure', () => {
  const span = compare('The dam will add 2 gigawatts to the grid over a decade.', 'The dam will add 2 gigawatts to the grid.').discrepancies;
  assert.deepEqual(span.map((d) => [d.kind, d.from]), [['time', 'over a decade']]);
  assert.match(span[0]!.reason, /over what time/);
  const figure = compare('She has led the team for over 10 years.', 'She has led the team for 10 years.').discrepancies;
  assert.deepEqual(figure.map((d) => d.kind), ['hedge']);
});

test('time: "in" or "over" before a unit counted by "a" or by none ("the worst in decades", "in a century", "over years") is a span; before a figure it is not', () => {
  assert.deepEqual(times('The worst drought in decades, the first in a century, the driest over years.').map(([t]) => t), ['in decades', 'in a century', 'over years']);
  const changed = compare('It was the worst flood in a decade.', 'It was the worst flood in a century.').discrepancies;
  assert.deepEqual(changed.map((d) => [d.kind, d.from, d.to]), [['time', 'in a decade', 'in a century']]);
  const plural = compare('It was the worst flood in decades.', 'It was the worst flood in years.').discrepancies;
  assert.deepEqual(plural.map((d) => [d.kind, d.from, d.to]), [['time', 'in decades', 'in years']]);
  // "in two weeks" places a time to come; the figure is the number detector's.
  assert.deepEqual(times('Talks resume in two weeks.'), []);
  // A unit in the singular counted by none is no span ("in year one").
  assert.deepEqual(times('The plan is in year one.'), []);
});

test('time references: claimed words are passed over, and a reference after them is still found', () => {
  const ctx = tokenizerContext('eng');
  const s = "Friday's talks resumed at 10:30 and again last week, officials said.";
  const toks = tokenize(s, 0, s.length, ctx);
  const text = (claimed?: Uint8Array): string[] => findTimes(s, toks, ctx.lexicon.time!, claimed).map((r) => s.slice(toks[r.toks[0]!]!.start, toks[r.toks.at(-1)!]!.end));
  assert.deepEqual(text(), ["Friday's", '10:30', 'last week']);
  // The day and the clock time taken by another finding: only the span after them is left.
  const claimed = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) if (toks[i]!.end <= s.indexOf(' and')) claimed[i] = 1;
  assert.deepEqual(text(claimed), ['last week']);
  // Every word taken: none.
  assert.deepEqual(text(new Uint8Array(toks.length).fill(1)), []);
});

test('time: a reference to the same day said otherwise elsewhere in the sentence is a change, not one dropped and one added', () => {
  const found = compare('The ferry is due to dock in Piraeus late Saturday or early Sunday.', 'The ferry will dock in Piraeus on Saturday.').discrepancies.filter((d) => d.kind === 'time');
  assert.deepEqual(found.map((d) => [d.from, d.to]), [['late Saturday', 'Saturday'], ['early Sunday', null]]);
});

test('isTimeWord: the words a time reference is made of, in any of its forms, and no others', async () => {
  const { isTimeWord } = await import('../../src/core/time');
  const en = lexiconFor('eng').time!;
  for (const w of ['tuesday', 'october', 'yesterday', 'weeks', 'evening', 'last', 'early']) assert.ok(isTimeWord(en, w), w);
  for (const w of ['farmers', 'tonnes', 'ministry', 'said']) assert.ok(!isTimeWord(en, w), w);
  const fr = lexiconFor('fra').time!;
  assert.ok(isTimeWord(fr, 'mardi') && isTimeWord(fr, 'semaines') && !isTimeWord(fr, 'agriculteurs'));
});

test('time references: a counted span after a modifier (“the next few weeks”, “the past three years”)', () => {
  assert.deepEqual(times('Inspectors will return over the next few weeks.').map(([t]) => t), ['next few weeks']);
  assert.deepEqual(times('Prices have doubled in the past three years.').map(([t]) => t), ['past three years']);
  assert.deepEqual(times('Talks resume within the next couple of days.').map(([t]) => t), ['next couple of days']);
  // A count with no modifier, or a modifier with no unit, is no such reference.
  assert.deepEqual(times('Few weeks pass quietly here. The next three votes matter.'), []);
  // Another unit is another span; a count in words is vaguer than another, not a conflict.
  assert.equal(compareTimes(ref('over the next few weeks'), ref('over the next few months')), 'conflict');
  assert.equal(compareTimes(ref('over the next few weeks'), ref('over the next couple of weeks')), 'refined');
  assert.equal(compareTimes(ref('in the past two years'), ref('in the past three years')), 'conflict');
});

test('namingTimeWords: the words that name a time (days, months, parts of the day, deictic words, units), modifiers apart', async () => {
  const { namingTimeWords } = await import('../../src/core/time');
  const en = namingTimeWords(lexiconFor('eng').time!);
  for (const w of ['tuesday', 'october', 'yesterday', 'weeks', 'evening']) assert.ok(en.has(w), w);
  for (const w of ['last', 'early', 'farmers', 'said']) assert.ok(!en.has(w), w);
  const fr = namingTimeWords(lexiconFor('fra').time!);
  assert.ok(fr.has('mardi') && fr.has('semaines') && !fr.has('agriculteurs'));
});

// The story's date is read by the one date reader, findTimes, over the tokens of its first lines.
test('storyDate: the date of a dateline or date line at a story\'s head, not one its prose names', () => {
  const date = (s: string, language = 'eng'): string | null => {
    const ctx = tokenizerContext(language);
    return storyDate(s, tokenize(s, 0, s.length, ctx), ctx.lexicon.time!)?.toISOString().slice(0, 10) ?? null;
  };
  assert.equal(date('WASHINGTON, April 16, 2016 – The secretary visited the ship.'), '2016-04-16');
  assert.equal(date('16 April 2016\n\nThe secretary visited the ship.'), '2016-04-16');
  assert.equal(date('Saturday, July 01, 2006\n\nThe department identified the soldier.'), '2006-07-01');
  assert.equal(date('Posted: Sept. 25, 2008 (NASA) The capsule is on display.'), '2008-09-25');
  assert.equal(date('PARIS, 3 mars 2021 — Le ministre a visité le navire.', 'fra'), '2021-03-03');
  // A date the prose names, a date without its year: no date of the story.
  assert.equal(date('Since April 16, 2016, the secretary has visited the ship.'), null);
  assert.equal(date('WASHINGTON, April 16 – The secretary visited the ship.'), null);
});

test('namesTimeUnitOrDay: a unit of time, a week day, a month or a part of the day, a possessive as its word; no deictic word nor modifier', () => {
  const en = lexiconFor('eng').time!;
  for (const w of ['week', "week's", 'weeks', 'monday', 'october', 'morning']) assert.ok(namesTimeUnitOrDay(en, w), w);
  for (const w of ['yesterday', 'last', 'early', 'record']) assert.ok(!namesTimeUnitOrDay(en, w), w);
});

test('time: "one" counts one unit as "a" does ("one week earlier" / "a week earlier"); a count after "for" is a duration, whatever follows', () => {
  const v = (s: string): string[] => times(s).map(([, value]) => value);
  assert.deepEqual(v('One week earlier, the board met.'), v('A week earlier, the board met.'));
  assert.deepEqual(v('one year before the vote'), v('a year before the vote'));
  assert.deepEqual(times('The probe will study it for a year before departing for Ceres.').map(([t]) => t), ['for a year']);
  assert.deepEqual(v('The probe will study it for a year before departing.'), v('The probe will study it for one year.'));
  // (Through compare, "A week earlier" / "One week earlier" is no finding.)
  assert.deepEqual(compare('Prices fell on Monday. A week earlier, the board had met.', 'Prices fell on Monday. One week earlier, the board had met.').discrepancies, []);
});
