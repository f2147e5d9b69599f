import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import { translationFindings } from '../helpers';

// The detectors of a translation (src/core/detect/across.ts): a name the translation drops
// where it writes it elsewhere. An acronym (2 to 6 capitals) is left out, as a translation may
// spell it its own way; a name set in capitals throughout is still a name.
test('translation: a name written in capitals and dropped where the translation writes it elsewhere is a name finding', () => {
  const en = [
    'Relief flights landed in KISANGANI on Monday with food and medicine, the agency said.',
    'Kisangani has been cut off by the floods since March, and the roads to the city are closed.',
  ].join('\n\n');
  const es = [
    'Los vuelos de ayuda aterrizaron el lunes con alimentos y medicinas, dijo la agencia.',
    'Kisangani está aislada por las inundaciones desde marzo, y las carreteras hacia la ciudad están cerradas.',
  ].join('\n\n');
  const c = compare(en, es);
  assert.equal(c.articleLanguage, 'spa');
  assert.deepEqual(
    c.discrepancies.filter((d) => d.kind === 'name').map((d) => d.from),
    ['KISANGANI'],
  );
  // An acronym the translation does not write is no finding.
  const acronym = compare(en.replace('KISANGANI', 'UNHCR'), es);
  assert.deepEqual(acronym.discrepancies.filter((d) => d.kind === 'name'), []);
});

// A line the translation leaves in the canonical's language (a page's logo or letterhead) keeps
// the canonical's words as they are: it says nothing of how the translation writes names.
test('translation: a name written alike only in a line left in the canonical\'s language is translated, not dropped', () => {
  const en = [
    'The Harbour Authority will open a new ferry terminal in the spring, the director said.',
    'The Harbour Authority expects more passengers on the island route this year.',
  ].join('\n\n');
  const es = [
    'Office of the Harbour Authority of the Islands',
    'La Autoridad Portuaria abrirá una nueva terminal de transbordadores en la primavera, dijo el director.',
    'La Autoridad Portuaria espera más pasajeros en la ruta de la isla este año.',
  ].join('\n\n');
  const c = compare(en, es);
  assert.equal(c.articleLanguage, 'spa');
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'name').map((d) => d.from), []);
});

// The figures of a translation on their own (analyzeAcross), on one pair of sentences.
const acrossFindings = (en: string, fr: string): Array<[string, string, string]> => translationFindings(en, fr, 'fra');

test('translation, alone: a figure changed is a number finding, a qualifier dropped on the same figure a hedge finding; the same figure and qualifier, none', () => {
  const en = 'At least 40 people died in the floods on Monday.';
  assert.deepEqual(acrossFindings(en, 'Au moins 45 personnes sont mortes lundi dans les inondations.').map((f) => f.slice(0, 2)), [['number', 'high']]);
  const [hedge] = acrossFindings(en, '40 personnes sont mortes lundi dans les inondations.');
  assert.deepEqual(hedge?.slice(0, 2), ['hedge', 'high']);
  assert.match(hedge![2], /At least/);
  assert.deepEqual(acrossFindings(en, 'Au moins 40 personnes sont mortes lundi dans les inondations.'), []);
});

test('translation, alone: the figures of a date stamp that ends a heading ("Press Briefing – February 2, 2021") are the layout\'s, not dropped by a translation without it', () => {
  assert.deepEqual(acrossFindings('Department Press Briefing – February 2, 2021\n', 'Point de presse du département\n'), []);
  assert.deepEqual(acrossFindings('Department Press Briefing on February 2, 2021\n', 'Point de presse du département\n').map((f) => f[0]), ['number', 'number']);
});

test("translation: a date stamp's figures written by the other side as a plain date are carried, not added", () => {
  assert.deepEqual(translationFindings('Geneva, March 14, 2031', '14 DE MARZO DE 2031', 'spa').map(([k]) => k), []);
});

// A headline's or sentence's credit ("…: NASA", "(Reuters)") is a name a translation keeps as it is.
test('translation: a credit the translation drops from its sentence, where it writes the name elsewhere, is an attribution finding', () => {
  const en = [
    'Ferry service to the island resumes next week: WHO',
    'The WHO says ferry service to the island will resume next week after the outbreak ended.',
  ].join('\n');
  const fr = [
    "Le service de ferry vers l'île reprend la semaine prochaine",
    "L'OMS affirme que le service de ferry vers l'île reprendra la semaine prochaine, selon la WHO.",
  ].join('\n');
  const c = compare(en, fr);
  assert.equal(c.articleLanguage, 'fra');
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason), ['Drops the credit to ‘WHO’; the translation still names it elsewhere.']);
  // Kept in the headline: none. A credit the translation writes nowhere (translated, "OMS"): none.
  assert.deepEqual(compare(en, fr.replace('prochaine\n', 'prochaine : WHO\n')).discrepancies.filter((d) => d.kind === 'attribution'), []);
  assert.deepEqual(compare(en, fr.replace(', selon la WHO', '')).discrepancies.filter((d) => d.kind === 'attribution'), []);
});
