import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFurnitureLine } from '../../src/core/furniture';

test('a timestamp with the time it takes to read, or with the writer after a slash, and a reading time alone are furniture; a story sentence with a time or minutes is not', () => {
  for (const t of [
    '14. 03. 2025, 09:05 Uhr Lesedauer: 6 Minuten',
    'Publiziert heute um 08:30 Uhr',
    '2. Oktober 2024 um 17:20 Uhr / Lena Hartmann',
    'Aktualisiert gestern, 21:10 Uhr',
    '5 Min Lesezeit',
    '7 minute read',
    'Temps de lecture : 4 min',
    'Oct. 2, 2024, 5:20 p.m. | Sam Reyes',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    'Am 3. Juni um 14:00 Uhr beginnt das Fest im Stadtpark.',
    'The council met for 45 minutes on Tuesday.',
    'Rescuers reached the village 7 minutes after the call.',
    'The vote is set for 10 p.m.',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("an advert's tag in more languages and the line that says the story goes on after the advert are furniture", () => {
  for (const t of ['REKLAM', 'Reklama', 'Advertentie', 'Annons', 'Article continues below', 'Story continues after this advertisement', 'Weiterlesen nach der Anzeige'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['The article continues a long tradition of reporting from the coast.', 'Reklama w telewizji kosztuje coraz więcej, mówią nadawcy.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});
