import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weekdaysOf } from '../../../src/core/months';
import { translationFindings } from '../helpers';

// What a translation carries besides its figures and months (src/core/detect/acrossMarks.ts):
// its negation, its quotation marks and its days of the week, each read in its own language.
// The sentences are my own.
const findings = (en: string, other: string, language: string): Array<[string, string]> => translationFindings(en, other, language).map(([k, , r]) => [k, r]);
const kinds = (en: string, other: string, language: string): string[] => findings(en, other, language).map(([k]) => k);
/** Each case: the English sentence, its translation, the translation's language, the kinds expected. */
const check = (cases: Array<[string, string, string, string[]]>): void => {
  for (const [en, other, language, expected] of cases) assert.deepEqual(kinds(en, other, language), expected, `${language}: ${other}`);
};

test('translation: a negation dropped or added is a negation finding, in each language with negation words', () => {
  const en = 'The minister said the troops would not leave the city.';
  const dropped: Array<[string, string]> = [
    ['fra', 'Le ministre a dit que les troupes quitteraient la ville.'],
    ['spa', 'El ministro dijo que las tropas abandonarían la ciudad.'],
    ['por', 'O ministro disse que as tropas deixariam a cidade.'],
    ['deu', 'Der Minister sagte, die Truppen würden die Stadt verlassen.'],
    ['ita', 'Il ministro ha detto che le truppe avrebbero lasciato la città.'],
    ['ind', 'Menteri itu mengatakan pasukan akan meninggalkan kota itu.'],
  ];
  for (const [language, text] of dropped) {
    const [f] = findings(en, text, language);
    assert.equal(f?.[0], 'negation', language);
    assert.match(f![1], /Drops the negation ‘not’/, language);
  }
  const kept: Array<[string, string]> = [
    ['fra', "Le ministre a dit que les troupes ne quitteraient pas la ville."],
    ['fra', "Le ministre a dit que les troupes n'allaient jamais quitter la ville."],
    ['spa', 'El ministro dijo que las tropas no abandonarían la ciudad.'],
    ['por', 'O ministro disse que as tropas não deixariam a cidade.'],
    ['deu', 'Der Minister sagte, die Truppen würden die Stadt nicht verlassen.'],
    ['ita', 'Il ministro ha detto che le truppe non avrebbero lasciato la città.'],
    ['ind', 'Menteri itu mengatakan pasukan tidak akan meninggalkan kota itu.'],
  ];
  for (const [language, text] of kept) assert.deepEqual(kinds(en, text, language), [], `${language}: ${text}`);
  const added = findings('The minister said the troops would leave the city.', "Le ministre a dit que les troupes ne quitteraient pas la ville.", 'fra');
  assert.deepEqual(added.map(([k]) => k), ['negation']);
  assert.match(added[0]![1], /Adds the negation ‘ne … pas’/);
});

test('translation: a word that negates only beside another (French "personne", German "noch"), "not only", and "No. 5" do not make a sentence negated', () => {
  const en = 'One person was still missing in the city after the storm.';
  assert.deepEqual(kinds(en, "Une personne était toujours portée disparue dans la ville après la tempête.", 'fra'), []);
  assert.deepEqual(kinds(en, 'Eine Person wurde nach dem Sturm in der Stadt noch vermisst.', 'deu'), []);
  assert.deepEqual(kinds('The storm hit not only the city but also the coast.', 'La tempête a frappé non seulement la ville mais aussi la côte.', 'fra'), []);
  // "Not only" in each language's own words (the lexicon's `notOnly`).
  for (const [language, text] of [
    ['spa', 'La tormenta golpeó no sólo la ciudad sino también la costa.'],
    ['por', 'A tempestade atingiu não só a cidade mas também a costa.'],
    ['deu', 'Der Sturm traf nicht nur die Stadt, sondern auch die Küste.'],
    ['ita', 'La tempesta ha colpito non solo la città ma anche la costa.'],
    ['ind', 'Badai itu melanda tidak hanya kota tetapi juga pantai.'],
  ]) assert.deepEqual(kinds('The storm hit not only the city but also the coast.', text!, language!), [], `${language}: ${text}`);
  assert.deepEqual(kinds('The storm hit road No. 5 and the coast.', 'La tempête a frappé la route 5 et la côte.', 'fra'), []);
  // Without the rule, "personne" would be a negation on its own: the French one beside "ne" still is.
  assert.deepEqual(kinds(en, "Personne n'était porté disparu dans la ville après la tempête.", 'fra'), ['negation']);
});

test('translation: a verb that negates the next one ("failed to") is a negation on its side', () => {
  assert.deepEqual(kinds('The rescuers failed to reach the village on Monday.', 'Les secouristes ne sont pas parvenus au village lundi.', 'fra'), []);
  assert.deepEqual(kinds('The rescuers failed to reach the village on Monday.', 'Les secouristes sont parvenus au village lundi.', 'fra'), ['negation']);
});

test('translation: direct speech turned into reported speech, or words put in quotation marks, is a quote finding; quotes in any marks kept say nothing', () => {
  const en = '"We will rebuild every school in the province," the governor said.';
  const reported = 'The governor said every school in the province would be rebuilt.';
  const fr = '« Nous reconstruirons toutes les écoles de la province », a déclaré le gouverneur.';
  check([
    [en, 'Le gouverneur a dit que toutes les écoles de la province seraient reconstruites.', 'fra', ['quote']],
    [en, fr, 'fra', []],
    [en, '„Wir werden jede Schule der Provinz wieder aufbauen“, sagte der Gouverneur.', 'deu', []],
    [reported, fr, 'fra', ['quote']],
    // A one-word or two-word scare quote is no speech.
    ['The governor called the plan "reckless" on Monday.', 'Le gouverneur a jugé le plan imprudent lundi.', 'fra', []],
  ]);
});

test('translation: a day of the week changed is a time finding; the same day in another language, none (the CLDR names, any language)', () => {
  const en = 'The talks will resume on Tuesday in Geneva.';
  check([
    [en, 'Les pourparlers reprendront mardi à Genève.', 'fra', []],
    [en, 'Las conversaciones se reanudarán el martes en Ginebra.', 'spa', []],
    [en, 'Die Gespräche werden am Dienstag in Genf fortgesetzt.', 'deu', []],
    [en, 'Die Gespräche werden am Donnerstag in Genf fortgesetzt.', 'deu', ['time']],
    // A day one side names and the other does not is no change of day.
    [en, 'Les pourparlers reprendront à Genève.', 'fra', []],
  ]);
  assert.deepEqual(findings(en, 'Les pourparlers reprendront jeudi à Genève.', 'fra'), [['time', 'The day changes from ‘Tuesday’ to ‘jeudi’ in the translation.']]);
});

test('weekdaysOf: the CLDR day names of a locale, Monday first; a capitalised language reads a day only when capitalised', () => {
  assert.equal(weekdaysOf('fr').names.get('mardi'), 2);
  assert.equal(weekdaysOf('de').names.get('sonntag'), 7);
  assert.equal(weekdaysOf('en').lower, false);
  assert.equal(weekdaysOf('es').names.get('miercoles'), 3);
});

test('translation: French "ne" negates only with a second word ("ne … pas", "n\'… plus", "ne … personne"); "ne … que" (only), an expletive "ne" and "plus que jamais" negate nothing', () => {
  check([
    ['The rescuers reached only five villages before the storm.', "Les secouristes n'ont atteint que cinq villages avant la tempête.", 'fra', []],
    ['The rescuers left before the storm arrived.', "Les secouristes sont partis avant que la tempête n'arrive.", 'fra', []],
    ['The rescuers were needed more than ever.', 'Les secouristes étaient nécessaires plus que jamais.', 'fra', []],
    ['The rescuers could no longer reach the village.', 'Les secouristes ne pouvaient plus atteindre le village.', 'fra', []],
    ['The rescuers could reach the village.', 'Les secouristes ne pouvaient plus atteindre le village.', 'fra', ['negation']],
    ['The rescuers found nobody in the village.', "Les secouristes n'ont trouvé personne dans le village.", 'fra', []],
  ]);
});

test('translation: a negation word inside a phrase that negates nothing (Spanish "sin embargo", "antes que nada", French "ou non", "sans doute") is no negation; a negation beside one still is', () => {
  check([
    ['However, the bridge remains open to trucks.', 'Sin embargo, el puente sigue abierto a los camiones.', 'spa', []],
    ['First of all, the bridge remains open to trucks.', 'Antes que nada, el puente sigue abierto a los camiones.', 'spa', []],
    ['Whether it rains or not, the bridge remains open to trucks.', "Qu'il pleuve ou non, le pont reste ouvert aux camions.", 'fra', []],
    ['The bridge probably remains open to trucks.', 'Le pont reste sans doute ouvert aux camions.', 'fra', []],
    ['However, the bridge remains open to trucks.', 'Sin embargo, el puente no sigue abierto a los camiones.', 'spa', ['negation']],
    ['However, the bridge does not remain open to trucks.', 'Sin embargo, el puente sigue abierto a los camiones.', 'spa', ['negation']],
  ]);
});

test('translation: a figure is compared with its size words, each read in its own language ("1.5 million" / "1 500 000", "1,5 milliard", "1.500 millones"); two sizes read and different change the amount', () => {
  const cattle = 'The flood killed 1.5 million cattle.';
  const aid = 'The aid totals 1.5 billion dollars.';
  check([
    [cattle, "L'inondation a tué 1 500 000 têtes de bétail.", 'fra', []],
    [cattle, 'Die Flut tötete 1,5 Millionen Rinder.', 'deu', []],
    [aid, "L'aide s'élève à 1,5 milliard de dollars.", 'fra', []],
    [aid, 'La ayuda asciende a 1.500 millones de dólares.', 'spa', []],
    [aid, 'La ayuda asciende a 1,5 mil millones de dólares.', 'spa', []],
    // A size word the language's list does not hold (French "billion") may be any size: no finding.
    [aid, "L'aide s'élève à 1,5 billion de dollars.", 'fra', []],
  ]);
  assert.deepEqual(findings(aid, "L'aide s'élève à 1,5 million de dollars.", 'fra'), [['number', 'The figure changes from ‘1.5 billion’ to ‘1,5 million’ in the translation.']]);
});

test('translation into a language whose number words are not read: a small figure it does not carry may be written as words, no finding; a figure of 100 or more is dropped', () => {
  check([
    ['The fire killed 12 people in the city.', 'Пожар унёс жизни двенадцати человек в городе.', 'rus', []],
    ['The fire destroyed 350 homes in the city.', 'Пожар уничтожил дома в городе.', 'rus', ['number']],
    // In a language whose number words are read, the small figure is still dropped.
    ['The fire killed 12 people in the city.', "L'incendie a tué des gens dans la ville.", 'fra', ['number']],
  ]);
});

test('translation: a day named as yesterday, today or tomorrow (the CLDR words, any language) changed, or added where the canonical gives no day, is a time finding', () => {
  const en = 'The mayor will meet the families of the victims today.';
  check([
    [en, "Le maire rencontrera aujourd'hui les familles des victimes.", 'fra', []],
    [en, 'El alcalde se reunirá hoy con las familias de las víctimas.', 'spa', []],
    [en, 'Der Bürgermeister wird heute die Familien der Opfer treffen.', 'deu', []],
    [en, 'Le maire rencontrera demain les familles des victimes.', 'fra', ['time']],
    [en, 'El alcalde se reunió ayer con las familias de las víctimas.', 'spa', ['time']],
    // Added where the canonical gives no day; dropped, it says nothing (a dateline may give it).
    [en, 'Le maire rencontrera les familles des victimes.', 'fra', []],
    ["The mayor will visit the site of yesterday's fire.", "El alcalde visitará el lugar del incendio de ayer.", 'spa', []],
    ["The mayor will visit the site of yesterday’s fire.", "El alcalde visitará el lugar del incendio de hoy.", 'spa', ['time']],
    // The word for tomorrow after a function word is the morning.
    ['The mayor will meet the families of the victims.', 'El alcalde se reunirá por la mañana con las familias de las víctimas.', 'spa', []],
    ['The mayor will meet the families of the victims.', 'O prefeito vai se encontrar hoje com as famílias das vítimas.', 'por', ['time']],
    // The other side dates it another way (a day of the week): no relative day to compare.
    ['The mayor will meet the families of the victims on Tuesday.', 'Le maire rencontrera aujourd\u2019hui, mardi, les familles des victimes.', 'fra', []],
  ]);
  assert.deepEqual(findings(en, 'Le maire rencontrera demain les familles des victimes.', 'fra'), [['time', 'The day changes from ‘today’ to ‘demain’ in the translation.']]);
});
