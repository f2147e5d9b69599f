import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { namesInCommon, storyNames } from '../../src/core/alignShared';
import { TIME_WORDS } from '../../src/core/data/time';
import { namesOfDays, timeNames } from '../../src/core/alignWhen';
import { prepare } from './helpers';
import { COMMON_WORDS } from '../../src/core/alignVectors';
import type { Token } from '../../src/core/text';
import type { WordVectors } from '../../src/core/wordVectors';

const groups = (canonical: string, article: string): number[][][] =>
  align(prepare(canonical), prepare(article), 0.3, { timeWords: TIME_WORDS.eng }).groups.map((g) => [g.canonical, g.article]);

const NEPAL = [
  'A strong earthquake struck central Nepal on Saturday.',
  'Rescuers in Kathmandu searched collapsed temples through the night.',
  'More than 40 people were killed in the mountain villages, officials said.',
  'Relief flights carrying tents and medicine landed at the main airport on Sunday.',
  'Avalanches buried climbers near Everest base camp.',
].join(' ');

/** A report of a storm, its places named as given. */
const storm = (country: string, city: string, capital: string, town: string): string =>
  [
    `A powerful storm hit coastal ${country} late Sunday.`,
    `Soldiers in ${city} cleared roads to the port.`,
    'At least 200 people were killed when houses collapsed in the coastal villages, the president told reporters.',
    `Flights carrying medicine and water landed at the airport in ${capital}, the army said.`,
    `Fishermen in ${town} lost their boats.`,
  ].join(' ');

test('align: two reports that name nothing in common are two stories: no weak link between them, however alike two of their sentences are', () => {
  // A report of another disaster in another country: its toll is another toll (and the flights, alike
  // by common words alone, no name or figure shared, are a lone link: undone, step 3d).
  assert.deepEqual(groups(NEPAL, storm('Ecuador', 'Guayaquil', 'Quito', 'Manta')), []);
  // The same sentences in a report that names the canonical's places: one story, the toll linked.
  assert.deepEqual(groups(NEPAL, storm('Nepal', 'Kathmandu', 'Pokhara', 'Gorkha')), [
    [[2], [2]],
    [[3], [3]],
  ]);
});

/** A report of a quake and one of a storm, each naming its own places; `lead` in both first lines, `tail` in both last ones. */
const quakeAndStorm = (lead: [string, string], tail: string): [string, string] => [
  [
    `A strong earthquake struck ${lead[0]} on Saturday.`,
    'Rescuers in Kathmandu searched collapsed temples through the night.',
    'More than 40 people were killed in the mountain villages, officials said.',
    'Relief flights carrying tents and medicine landed at the main airport on Sunday.',
    'Avalanches buried climbers near Everest base camp.',
    'Engineers said the mountain roads would take weeks to clear.',
    `Doctors from ${tail} arrived with blankets.`,
  ].join(' '),
  [
    `A powerful storm hit ${lead[1]} late Sunday.`,
    'Soldiers in Guayaquil cleared roads to the port.',
    'At least 200 people were killed when houses collapsed in the coastal villages, the president told reporters.',
    'Flights carrying medicine and water landed at the airport in Quito, the army said.',
    'Fishermen in Manta lost their boats.',
    'Farmers said the banana crop was ruined.',
    `The rain moved east toward ${tail} overnight.`,
  ].join(' '),
];

test('align: two reports that share a single name, written past their leads, are one story only by a firm link: no weak link between them without one', () => {
  // One name in common, in the last lines of both (a city each mentions in passing): two stories, nothing linked.
  assert.deepEqual(groups(...quakeAndStorm(['central Nepal', 'coastal Ecuador'], 'Geneva')), []);
  // The same name in both leads: the story's subject, one story; the tolls and the flights linked.
  assert.deepEqual(groups(...quakeAndStorm(['Geneva', 'Geneva'], 'Lima')), [
    [[2], [2]],
    [[3], [3]],
  ]);
});

test('storyNames: two names in common, or one both texts write in their leads, make one story surely; one name past the leads, only maybe; none, two stories', () => {
  const ask = ([c, a]: [string, string]): string => {
    const ids = new Map<string, number>();
    return storyNames([prepare(c), prepare(a)], (t) => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1), new Set(['saturday', 'sunday']));
  };
  assert.equal(ask(quakeAndStorm(['central Nepal', 'coastal Ecuador'], 'Geneva')), 'one');
  assert.equal(ask(quakeAndStorm(['central Nepal', 'coastal Ecuador'], 'Geneva and Vienna')), 'sure');
  assert.equal(ask(quakeAndStorm(['Geneva', 'Geneva'], 'Lima')), 'sure');
  assert.equal(ask(quakeAndStorm(['central Nepal', 'coastal Ecuador'], 'home')), 'none');
});

test('align: a single weak link, where nothing else of two texts of some length links, is chance and is undone; beside a firm link it stands', () => {
  const report = (extra: string): string =>
    [
      'Traders in Kathmandu reopened their shops on Monday.',
      'Buses to Pokhara were full.',
      `At least 200 people were killed when houses collapsed in the mountain villages, the president told reporters.${extra}`,
      'Schools in Gorkha will stay shut for a week.',
    ].join(' ');
  assert.deepEqual(groups(NEPAL, report('')), []);
  assert.deepEqual(groups(NEPAL, report(' Avalanches buried climbers near Everest base camp.')), [
    [[2], [2]],
    [[4], [3]],
  ]);
  // Nor one that carries a passage word for word (five words in a row, three of them content words
  // in lower case): a quotation one report gives whole and the other in part is no chance find.
  const quoted = (aim: string): string =>
    [
      'Traders in Kathmandu reopened their shops on Monday.',
      'Buses to Pokhara were full.',
      `Rebuilding the villages ${aim} is the aim, the army chief told reporters.`,
      'Schools in Gorkha will stay shut for a week.',
    ].join(' ');
  const nepal = NEPAL.replace('Avalanches buried climbers near Everest base camp.', 'The villages will be rebuilt stone by stone before the monsoon, the prime minister said on Sunday.');
  assert.deepEqual(groups(nepal, quoted('"stone by stone before the monsoon"')), [[[4], [2]]]);
  assert.deepEqual(groups(nepal, quoted('of stone before the monsoon')), []);
  // Two short texts have few pairs of sentences: a single weak link between them stands.
  const short = groups('More than 40 people were killed in the mountain villages, officials said.', 'At least 200 people were killed in the mountain villages, the army told reporters.');
  assert.deepEqual(short, [[[0], [0]]]);
});

test('namesInCommon: texts that each name three things or more share a name or are two stories; days and months are no names; a text that names little tells nothing', () => {
  const days = new Set(['monday', 'saturday', 'sunday', 'october']);
  const ask = (c: string, a: string): boolean => {
    const docs = [prepare(c), prepare(a)] as const;
    const ids = new Map<string, number>();
    return namesInCommon(docs, (t) => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1), days);
  };
  const nepal = 'Rescue workers in Kathmandu and Pokhara searched the ruins of old houses on Sunday. Food aid finally reached the mountain villages of Gorkha and Lamjung by road.';
  assert.equal(ask(nepal, 'Soldiers in Guayaquil and Quito cleared fallen trees from the main roads on Sunday. Fishermen in the port of Manta waited for news.'), false);
  assert.equal(ask(nepal, 'Soldiers in Guayaquil and Kathmandu cleared fallen trees from the main roads. Fishermen in the port of Manta waited for news.'), true);
  // Only week days in common: no name in common.
  assert.equal(ask(nepal, 'On Sunday, soldiers in Guayaquil and Quito cleared fallen trees from the main roads. In October, fishermen in the port of Manta waited for news.'), false);
  // A text that names fewer than three things.
  assert.equal(ask(nepal, 'Soldiers in Guayaquil cleared fallen trees from the main roads on Sunday.'), true);
});

test('namesInCommon: a sentence that reads as prose names what it capitalises, however many capitals it has ("X is director of the Andean Institute of Seismology."); a headline in title case does not', () => {
  const ask = (c: string, a: string): boolean => {
    const ids = new Map<string, number>();
    return namesInCommon([prepare(c), prepare(a)], (t) => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1), new Set(['sunday']));
  };
  const article = 'The quake was shallow, said Marta Olave, head of the Andean Institute of Seismology. Fishermen in the port of Manta waited for news on Sunday.';
  // Most of its words capitalised, but a full stop and a word in lower case ("director"): prose, its names read.
  assert.equal(ask('Marta Olave is director of the Andean Institute of Seismology. Rescue workers in Guayaquil, Quito and Cuenca searched the ruins.', article), true);
  // A headline in title case (no full stop) names nothing by its capitals.
  assert.equal(ask('Olave Of Andean Institute Warns Coast\n\nRescue workers in Guayaquil, Quito and Cuenca searched the ruins.', article), false);
});

/** A word-vector table that knows only `words`, the most frequent first, none of them alike (what `commonWords` reads of it). */
function frequencyTable(words: readonly string[]): WordVectors {
  const rows = new Map(words.map((w, i) => [w, i]));
  return { size: words.length, dims: 1, rowOf: (w) => rows.get(w) ?? -1, cosine: () => 0, data: new Int8Array(words.length), lengths: new Float32Array(words.length) };
}

test('align: a name that is one of the most common words of the language ("China", "President") is no name in common: two reports of other events that share only it are two stories', () => {
  const other = storm('Nepal', 'Guayaquil', 'Quito', 'Manta');
  const withTable = (words: readonly string[]): number[][][] =>
    align(prepare(NEPAL), prepare(other), 0.3, { timeWords: TIME_WORDS.eng, vectors: frequencyTable(words) }).groups.map((g) => [g.canonical, g.article]);
  // "Nepal" a rare word: one story, the tolls linked.
  assert.deepEqual(withTable(['the', 'president']), [
    [[2], [2]],
    [[3], [3]],
  ]);
  // "Nepal" among the table's most common words: two stories, the toll not linked (nor the flights, alike by common words alone: a lone link, undone).
  assert.deepEqual(withTable(['the', 'nepal']), []);
  // Past the most common words, a name tells one story again.
  assert.deepEqual(withTable([...Array.from({ length: COMMON_WORDS }, (_, i) => `w${i}`), 'nepal']), [
    [[2], [2]],
    [[3], [3]],
  ]);
});

test('namesInCommon: a common word (`common`) names nothing in common, nor does a name another form of which a text writes is common; a rarer name does', () => {
  const days = new Set(['sunday']);
  const common = (t: Token): boolean => ['china', 'president', 'pakistan'].includes(t.norm);
  // "Pakistani" and "Pakistan" are one term (as alignForms.ts makes them).
  const termOf = (ids: Map<string, number>) => (t: Token): number => {
    const key = t.key === 'pakistani' ? 'pakistan' : t.key;
    return ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  };
  const ask = (c: string, a: string): boolean => namesInCommon([prepare(c), prepare(a)], termOf(new Map()), days, common);
  const c =
    'Soldiers from China and Pakistan cleared the blocked mountain roads near the border, the President said on Sunday. ' +
    'Trucks carrying food and tents finally reached the villages around Lhasa and Shigatse by road.';
  const other = (first: string): string => `${first} Fishermen waited for news in the small ports of Manta and Quito all through the night.`;
  assert.equal(ask(c, other('Floods in China forced thousands of families from their flooded homes, the President told reporters.')), false);
  assert.equal(ask(c, other('Pakistani troops and rescue teams reached the flooded villages, the President told reporters.')), false);
  assert.equal(ask(c, other('Floods forced thousands of families from their flooded homes near Shigatse, the President told reporters.')), true);
});

test('timeNames: a time zone ("EDT", "Eastern Daylight Time") is no name of the story; the region that names it is', () => {
  const names = timeNames(TIME_WORDS.eng!);
  for (const w of ['edt', 'gmt', 'daylight', 'standard', 'time', 'sunday', 'october']) assert.ok(names.has(w), w);
  for (const w of ['eastern', 'pacific', 'hawaii']) assert.ok(!names.has(w), w);
  const ask = (c: string, a: string, days = names): boolean => {
    const ids = new Map<string, number>();
    return namesInCommon([prepare(c), prepare(a)], (t) => ids.get(t.key) ?? (ids.set(t.key, ids.size), ids.size - 1), days);
  };
  // A release that names little besides its embargo's time zone tells nothing either way.
  const release = 'The data are embargoed until 8:30 a.m. Eastern Daylight Time. Payroll employment changed little in August.';
  const canonical = 'Nonfarm payroll employment in Ohio, Texas and Iowa changed little in August, the agency reported.';
  assert.equal(ask(canonical, release), true);
  // Read with the days and months alone, the zone's three words would be three names the canonical lacks.
  assert.equal(ask(canonical, release, namesOfDays(TIME_WORDS.eng!)), false);
});

/** Two stories of one made-up radio programme: its formula lines and its name, and nothing else in common. */
const FARM = [
  'FARM HOUR, on Harbour Radio.',
  'Wheat growers in the northern valleys expect a record harvest this autumn.',
  'Dry weather in the spring helped the crop ripen early, growers said.',
  'Grain merchants fear that storage space will run short before winter.',
  'This is Ada Pell, Harbour Radio.',
].join(' ');
const WEATHER = [
  'This is Harbour Radio Weather.',
  'Heavy snow closed three mountain passes overnight.',
  'Drivers were told to carry chains and blankets until the ploughs reach the upper roads.',
  'Forecasters expect milder air to arrive by the middle of the week.',
  'This is Ada Pell, Harbour Radio.',
].join(' ');

test("align: two sentences that share only one name (an outlet's, a programme's) and each say more besides are not linked, however short and alike; two that share more are", () => {
  // The openings share "Harbour Radio" alone: the name of who broadcasts, in every story of it (short lines, alike by it well above the threshold).
  assert.deepEqual(groups(FARM.replace('This is Ada Pell, Harbour Radio.', 'Ada Pell reported from the northern valleys.'), WEATHER.replace('This is Ada Pell, Harbour Radio.', 'Forecasters warned of ice on the bridges.')), []);
  // Another weather report of the programme: its opening shares more than the name ("Weather").
  const copy = ['Good morning from the Harbour Radio weather desk.', 'Heavy snow shut three mountain passes overnight.', 'Forecasters expect milder air by the middle of the week.'].join(' ');
  assert.deepEqual(groups(WEATHER, copy), [
    [[0], [0]],
    [[1], [1]],
    [[3], [2]],
  ]);
  // A list of places is more than one name: two sentences that name the same five countries link.
  const c = 'Aid will go to Norland, Estavia, Kerrow, Palmira and Odessia. Donors met in the capital on Monday. The fund will pay for wells and clinics. Its board meets twice a year.';
  const a = 'The first grants go to Norland, Estavia, Kerrow, Palmira and Odessia. The fund pays for wells and clinics. Reporters were not allowed in.';
  assert.deepEqual(groups(c, a)[0], [[0], [0]]);
});

test('align: a line of names carried word for word (a programme\'s sign-off) is no firm link: alone between two stories it is undone; beside the story\'s own links it stands', () => {
  // The sign-off is all the two stories share.
  assert.deepEqual(groups(FARM, WEATHER), []);
  // A copy of the farm story keeps its sign-off linked, with the sentences it carries.
  const copy = [
    'FARM HOUR, on Harbour Radio.',
    'Wheat growers in the northern valleys expect a record harvest.',
    'Grain merchants fear storage space will run short before winter.',
    'This is Ada Pell, Harbour Radio.',
  ].join(' ');
  assert.deepEqual(groups(FARM, copy), [
    [[0], [0]],
    [[1], [1]],
    [[3], [2]],
    [[4], [3]],
  ]);
});

test('align: a lone link by one shared word, between two texts of some length that name nothing in common, is chance and is undone, however alike the two short sentences', () => {
  const ferry = [
    'A ferry caught fire off the coast of Velmar on Tuesday.',
    'Sailors were hurt.',
    'Coast guard boats towed the ferry back to Port Anselm.',
    'Investigators from Dravik will examine the engine room.',
  ].join(' ');
  const blast = [
    'An explosion tore through a paint factory in Corvale early on Friday.',
    'Many were hurt.',
    'Firefighters from Tessburg and Lorne fought the blaze for six hours.',
    'The owners said the plant would stay shut.',
  ].join(' ');
  assert.deepEqual(groups(ferry, blast), []);
});

test('align: a lone link well above the threshold by common words alone (no name, no figure shared), between two texts of some length, is chance and is undone; sharing a name it stands', () => {
  const fever = [
    'A fever outbreak has spread through three villages near Ostrava Lake.',
    'Nurses from the district clinic arrived by boat on Monday.',
    'Half of the children who catch it are falling very sick.',
    'The regional governor asked for more vaccines.',
  ].join(' ');
  const cholera = [
    'Health workers in Marlow province are fighting an outbreak of cholera.',
    'The ministry sent two field hospitals.',
    'Fewer children are catching it and fewer are falling sick.',
    'Schools in the capital will stay open.',
  ].join(' ');
  // Two reports of two outbreaks: what they share is what every such report says.
  assert.deepEqual(groups(fever, cholera), []);
  // The two sentences naming one town: one story's statement, linked.
  const inTown = (text: string, said: string): string => text.replace(said, `${said} in Dunmore`);
  assert.deepEqual(groups(inTown(fever, 'Half of the children'), inTown(cholera, 'Fewer children')), [[[2], [2]]]);
});

test('align: two sentences of one story that share only the most common words of the language ("people", "killed") are not linked below the firm bar; a word less common links them', () => {
  const canonical = [
    'Floods swept through the Varda valley on Monday.',
    'The army opened three shelters in Brenna for the families.',
    'Many people were killed in the north.',
    'Roads to the coast stayed closed.',
    'Bakers in Olm gave away bread.',
  ].join(' ');
  const article = [
    'Floods swept through the Varda valley on Monday.',
    'The army opened three shelters in Brenna for the families.',
    'Herders said people watched as the water killed their goats.',
    'Trains to the capital were cancelled.',
    'Bakers in Olm gave away bread.',
  ].join(' ');
  const withTable = (words: readonly string[]): number[][][] =>
    align(prepare(canonical), prepare(article), 0.3, { timeWords: TIME_WORDS.eng, vectors: frequencyTable(words) }).groups.map((g) => [g.canonical, g.article]);
  const carried = [
    [[0], [0]],
    [[1], [1]],
    [[4], [4]],
  ];
  // "people" and "killed" among the most common words: what a report of any disaster says, no statement of this one.
  assert.deepEqual(withTable(['the', 'people', 'killed']), carried);
  // One of them past the most common words: the two sentences are linked (one to one, or as a rewrite between the same anchors).
  assert.deepEqual(withTable(['the', 'people']), [...carried.slice(0, 2), [[2], [2]], carried[2]]);
  assert.deepEqual(withTable([...Array.from({ length: COMMON_WORDS }, (_, i) => `w${i}`), 'people', 'killed']), [...carried.slice(0, 2), [[2], [2]], carried[2]]);
});
