import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translationFindings } from '../helpers';

// Clock times across languages (src/core/detect/acrossClock.ts): each side's read in its own
// language (English by the time reader, the others by their hour marks) and compared on the
// 12-hour dial, so that a figure of a clock time the other side names too is carried.
// The sentences are my own.
const kinds = (en: string, other: string, language: string): string[] => translationFindings(en, other, language).map(([k]) => k);

test('translation: a clock time written the other language\'s way ("3:30 p.m.", "five in the afternoon" / "15 h 30", "15.30 Uhr", "pukul 15.30") carries its figures; another hour is still a changed figure', () => {
  const en = 'At 3:30 p.m. on Friday, the talks ended.';
  const three = 'At 3 p.m. on Friday, 15 people left.';
  const cases: Array<[string, string, string, string[]]> = [
    [en, 'Vendredi à 15 h 30, les pourparlers ont pris fin.', 'fra', []],
    [en, 'Vendredi à 15h30, les pourparlers ont pris fin.', 'fra', []],
    [en, 'Am Freitag um 15.30 Uhr endeten die Gespräche.', 'deu', []],
    [en, 'Pada hari Jumat pukul 15.30, perundingan berakhir.', 'ind', []],
    [en, 'Vendredi à 16 h 30, les pourparlers ont pris fin.', 'fra', ['number', 'number']],
    // The hour is read beside its mark only: "15 h, 15 personnes" is 15 o'clock and 15 people.
    [three, 'Vendredi à 15 h, 15 personnes sont parties.', 'fra', []],
    // A duration is no clock time: "10 hours" / "10 heures" is one figure, carried.
    ['The talks lasted 10 hours.', 'Les pourparlers ont duré 10 heures.', 'fra', []],
    // English clock times are the time reader's (src/core/time.ts), hours in words among them.
    ['The talks ended at five in the afternoon on Friday.', 'Les pourparlers ont pris fin vendredi à 17 h.', 'fra', []],
    ["The talks ended at six o'clock on Friday.", 'Die Gespräche endeten am Freitag um 18 Uhr.', 'deu', []],
    ['The talks ended at 10:55 p.m. EDT.', 'Les pourparlers ont pris fin à 22 h 55.', 'fra', []],
  ];
  for (const [english, other, language, expected] of cases) assert.deepEqual(kinds(english, other, language), expected, `${language}: ${other}`);
  assert.deepEqual(translationFindings(three, 'Vendredi à 16 h, 15 personnes sont parties.', 'fra'), [['number', 'high', 'The figure changes from ‘3’ to ‘16’ in the translation.']]);
});
