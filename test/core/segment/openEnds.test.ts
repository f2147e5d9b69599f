import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { openEndsFor } from '../../../src/core/segment/openEnds';

const read = (text: string, locale = 'en', lang = 'eng'): string[] =>
  segment(text, { locale, lexicon: lexiconFor(lang) }).map((s) => `${s.kind}: ${s.text.replace(/\s+/g, ' ')}`);

// Written for these tests.
test('a line that stops on a word no sentence or heading ends on ("that", "and", "the") goes on in the next, whatever that one begins with', () => {
  const text =
    'Ferry outlook\n' +
    'There is a fair chance that\n' +
    'River Town will see its ferry back before the weekend, the board said.\n' +
    'The harbour board and\n' +
    'The Port Trust will meet on Monday.\n\n' +
    'The\n' +
    'Harbour Trust has complained for weeks that the\n' +
    'timetable is late.\n';
  assert.deepEqual(read(text), [
    'heading: Ferry outlook',
    'sentence: There is a fair chance that River Town will see its ferry back before the weekend, the board said.',
    'sentence: The harbour board and The Port Trust will meet on Monday.',
    'sentence: The Harbour Trust has complained for weeks that the timetable is late.',
  ]);
});

test('a title may end on such a word written as a title ("Nobody Saw That"), and a line on a preposition or a pronoun ends where it stops', () => {
  const text = 'Nobody Saw That\nThe ferry sank in calm water on Friday.\nWhat the ferry was made of\nIts hull was steel, the board said.\n';
  assert.deepEqual(read(text), [
    'heading: Nobody Saw That',
    'sentence: The ferry sank in calm water on Friday.',
    'heading: What the ferry was made of',
    'sentence: Its hull was steel, the board said.',
  ]);
});

test('the words are each language’s own, as data', () => {
  assert.ok(openEndsFor('en').has('the') && openEndsFor('en-GB').has('and'));
  assert.ok(openEndsFor('fr').has('que') && openEndsFor('es').has('y') && openEndsFor('de').has('dass'));
  assert.equal(openEndsFor('xx').size, 0);
  // None is a preposition or a word that also stands alone as a pronoun.
  for (const w of ['of', 'with', 'das', 'die', 'his', 'these']) assert.ok(![...['en', 'de']].some((l) => openEndsFor(l).has(w)), w);
  assert.deepEqual(read('Le ministre a dit que\nLa Poste reprendra le service lundi.\n', 'fr', 'fra'), ['sentence: Le ministre a dit que La Poste reprendra le service lundi.']);
});
