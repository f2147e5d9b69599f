import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameDetector, someInnerWord, wholeWordIn } from '../../../src/core/detect/name';
import { detect } from '../helpers';
import { compare } from '../../../src/core/compare';
import { escapeRegExp } from '../../../src/core/strings';

test('name: a name spelled a letter differently', () => {
  const [f] = detect(nameDetector, 'Kremlin spokesman Dmitry Peskov said the talks would continue.', 'Kremlin spokesman Dmitry Peskow said the talks would continue.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['name', 'medium', 'Peskov', 'Peskow']);
  assert.match(f!.reason, /check which is right/);
});

test('name: a name written with the same letters, one of them a place or two off, is spelled differently (one slip, not two edits)', () => {
  const [swap] = detect(nameDetector, 'The statement was read by Daniel Brookes.', 'The statement was read by Danile Brookes.');
  assert.deepEqual([swap!.kind, swap!.canonical, swap!.article], ['name', 'Daniel', 'Danile']);
  assert.match(swap!.reason, /spelled ‘Danile’ here but ‘Daniel’/);
  // In a sentence retold around it, where no run of change is mostly names.
  const [moved] = detect(nameDetector, 'The first child to get the vaccine was Miriam Okafor. She is the daughter of the mayor.', 'The first child vaccinated was the daughter of Mirima Okafor, the mayor of the town.');
  assert.deepEqual([moved!.kind, moved!.canonical, moved!.article], ['name', 'Miriam', 'Mirima']);
  // Two letters changed into others is two edits still: no spelling pair for a short name.
  assert.deepEqual(detect(nameDetector, 'The first child to get the vaccine was Miriam Okafor. She is the daughter of the mayor.', 'The first child vaccinated was the daughter of Mirela Okafor, the mayor of the town.').filter((f) => /spelled/.test(f.reason)), []);
});

test('name: another name in the same place', () => {
  const [f] = detect(nameDetector, 'The talks were led by President Biden in Geneva.', 'The talks were led by President Trump in Geneva.');
  assert.deepEqual([f!.canonical, f!.article], ['Biden', 'Trump']);
});

test('name: a name of each side in a run of change that is mostly other words (a sentence retold around them) is no name put for another; a run that is mostly the names is', () => {
  const names = (c: string, a: string): string[][] => detect(nameDetector, c, a).filter((f) => f.kind === 'name').map((f) => [f.canonical ?? '', f.article ?? '']);
  assert.deepEqual(names('The launch from Vela Point is set for noon on Friday.', 'The space probe Orion is set to fly on Friday.'), []);
  assert.deepEqual(names('The launch from Vela Point is set for noon on Friday.', 'The launch from Kasa Point is set for noon on Friday.'), [['Vela', 'Kasa']]);
  assert.deepEqual(names('The plan has potential, said Haji Abdullah.', 'The plan has potential, says Harie Abudola.'), [['Haji Abdullah', 'Harie Abudola']]);
});

test('name: the same name in another form (Iran / Iranians) is no finding', () => {
  assert.deepEqual(detect(nameDetector, 'The talks were backed by Iran in Geneva.', 'The talks were backed by Iranians in Geneva.'), []);
});

test('name: a surname that loses a letter after the same first name is a name finding, not a demonym', () => {
  const [f] = detect(nameDetector, 'The plan was announced on Monday, said Deli Borsari, a spokesman.', 'The plan was announced on Monday, said Deli Borsar, a spokesman.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Borsari', 'Borsar']);
  // Iraq / Iraqi in the same place is the same name in another form.
  assert.deepEqual(detect(nameDetector, 'Two Iraqi security sources said the convoy crossed.', 'Two Iraq security sources said the convoy crossed.'), []);
});

test('name: another name in the same place inside a longer change, and a speaker renamed is a name finding', () => {
  const [f] = detect(nameDetector, 'Farmer Anna Kovacs said profit drives the harvest.', 'Farmer Harriet Lindqvist says money is what drives the harvest.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Anna Kovacs', 'Harriet Lindqvist']);
  // Through the whole chain: the attribution detector leaves a renamed speaker to the name detector.
  const c = compare('Farmer Anna Kovacs said profit drives the harvest.', 'Farmer Harriet Lindqvist says money is what drives the harvest.');
  assert.deepEqual(c.discrepancies.filter((d) => d.severity !== 'low').map((d) => [d.kind, d.from, d.to]), [['name', 'Anna Kovacs', 'Harriet Lindqvist']]);
});

test('name: an acronym and its full form, and a place and its demonym after the same word, are one name', () => {
  assert.deepEqual(detect(nameDetector, 'The report by the WFP was read in Rome.', 'The report by the World Food Programme was read in Rome.'), []);
  assert.deepEqual(detect(nameDetector, 'Aid from the European Union reached the port.', 'Aid from the EU reached the port.'), []);
  assert.deepEqual(detect(nameDetector, 'She is a South Asia analyst at the bank.', 'She is a South Asian analyst at the bank.'), []);
  // Other capitals that spell no initials stay a name change.
  const [f] = detect(nameDetector, 'Aid from the European Union reached the port.', 'Aid from the AU reached the port.');
  assert.deepEqual([f!.canonical, f!.article], ['European Union', 'AU']);
});

test('name: a name that loses a final "i" where no noun follows is misspelt, not a demonym', () => {
  const [f] = detect(nameDetector, 'The talks will be held in Nairobi.', 'The talks will be held in Nairob.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Nairobi', 'Nairob']);
});

test('name: a place that labels a headline ("Chile: …") is a name, and a label that names no one ("Analysis: …") is not', () => {
  const [f] = detect(nameDetector, 'Chile: Floods Cut Road to Port', 'Peru: Floods Cut Road to Port');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Chile', 'Peru']);
  assert.deepEqual(detect(nameDetector, 'Analysis: Floods Cut Road to Port', 'Explainer: Floods Cut Road to Port'), []);
});

test('name: a place and its adjective that share only three letters are one name ("Mars" / "Martian"), other places are not', () => {
  assert.deepEqual(detect(nameDetector, 'The probe mapped the Martian poles in detail.', 'The probe mapped the poles of Mars in detail.'), []);
  const [f] = detect(nameDetector, 'The ferry left Malta at dawn.', 'The ferry left Malaysia at dawn.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Malta', 'Malaysia']);
});

test('name: a common word capitalised because it opens its sentence, in another form there, is no name misspelt', () => {
  assert.deepEqual(detect(nameDetector, 'Firefighters reached the farm at noon.', 'Fire crews reached the farm at noon.'), []);
  assert.deepEqual(detect(nameDetector, 'Rescue teams reached the farm at noon.', 'Rescuers reached the farm at noon.'), []);
});

test('name: a place put at another point of the compass is a place changed, once, in English and French; in a name it is another name', () => {
  const [f, ...rest] = detect(nameDetector, 'Floods cut off villages in northern Assam on Friday.', 'Floods cut off villages in southern Assam on Friday.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['name', 'medium', 'northern', 'southern']);
  // Through the whole chain: no look-alike mistranslation beside it.
  const c = compare('The fire spread to the western suburbs of the capital overnight.', 'The fire spread to the eastern suburbs of the capital overnight.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['name', 'western', 'eastern']]);
  const [fr] = detect(nameDetector, 'Des pluies ont frappé le nord du pays samedi.', 'Des pluies ont frappé le sud du pays samedi.', { language: 'fra' });
  assert.deepEqual([fr!.canonical, fr!.article], ['nord', 'sud']);
  const [korea] = detect(nameDetector, 'The envoy flew to North Korea for talks.', 'The envoy flew to South Korea for talks.');
  assert.match(korea!.reason, /^Names ‘South/);
});

test('name: a name respelled in two of its words ("Marta Kowalsky" → "Martha Kowalski") is one finding', () => {
  const found = detect(nameDetector, 'The report was written by Marta Kowalsky, a hydrologist.', 'The report was written by Martha Kowalski, a hydrologist.');
  assert.deepEqual(found.map((f) => [f.canonical, f.article]), [['Marta Kowalsky', 'Martha Kowalski']]);
  assert.match(found[0]!.reason, /^The name is spelled ‘Martha Kowalski’ here but ‘Marta Kowalsky’/);
  // Two names apart are two findings.
  assert.equal(detect(nameDetector, 'Talks between Petrov and officials from Warsow ended.', 'Talks between Petrow and officials from Warsaw ended.').length, 2);
});

test('name: through the whole chain, a name respelled in a word of one stem and in another is one finding', () => {
  const c = compare('The report was written by Marta Kowalsky, a hydrologist at the institute.', 'The report was written by Martha Kowalski, a hydrologist at the institute.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['name', 'Marta Kowalsky', 'Martha Kowalski']]);
});

test('name: the words of a title-case headline are names only where the text writes them so in its prose', () => {
  const canonical = 'Relief Convoys Reach Flooded Valley\n\nTrucks carrying food reached the valley near Lake Kivu on Monday.\n';
  const article = 'Death Toll Climbs in Flooded Valley\n\nTrucks carrying food reached the valley near Lake Kivu on Monday.\n';
  assert.deepEqual(compare(canonical, article).discrepancies.filter((d) => d.kind === 'name'), []);
  // A place the prose names, replaced in the headline, is still a name changed.
  const moved = compare('Relief Convoys Reach Kivu\n\nTrucks carrying food reached the valley near Lake Kivu on Monday.\n', 'Relief Convoys Reach Goma\n\nTrucks carrying food reached the valley near the town of Goma on Monday.\n');
  assert.ok(moved.discrepancies.some((d) => d.kind === 'name' && d.from === 'Kivu' && d.to === 'Goma'));
});

test('a name and its adjective in WordNet, spelt apart ("Netherlands" / "Dutch"), is one name in two forms, not a new name', () => {
  assert.deepEqual(detect(nameDetector, 'The ferry was built for the Netherlands navy last spring.', 'The ferry was built for the Dutch navy last spring.'), []);
  // A new name still is one.
  assert.equal(detect(nameDetector, 'The ferry was built for the Netherlands navy last spring.', 'The ferry was built for the Danish navy last spring.').length, 1);
});

test('name: the same place at another point of the compass in a sentence rewritten around it is a place changed', () => {
  const [f, ...rest] = detect(nameDetector, 'Rescuers say heavy rains have flooded dozens of villages in western Nepal since Monday.', 'The number of flooded villages in eastern Nepal is rising after days of rain.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'western', 'eastern']);
});

test('name: a point of the compass inside a dropped phrase, the same place at another point in the copy, is still a place changed', () => {
  const c = compare('A strong earthquake has killed about a dozen people and injured many others in western Nepal.', 'The death toll in eastern Nepal is rising from the strong earthquake.');
  assert.ok(c.discrepancies.some((d) => d.kind === 'name' && d.from === 'western' && d.to === 'eastern'));
});

test('name: a point of the compass dropped before a place both keep, or added before one, is a place given less or more precisely', () => {
  const dropped = compare('Rain flooded farms near the western Kenyan town of Kisumu overnight.', 'Rain flooded farms near the Kenyan town of Kisumu overnight.');
  assert.deepEqual(dropped.discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]), [['name', 'low', 'western', null]]);
  const added = compare('Two bridges collapsed in Bihar after the storm.', 'Two bridges collapsed in eastern Bihar after the storm.');
  assert.deepEqual(added.discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]), [['name', 'low', null, 'eastern']]);
  // Before a common noun ("the central bank" → "the bank") it names no place: no name finding.
  assert.ok(!compare('The central bank cut its rate on Tuesday.', 'The bank cut its rate on Tuesday.').discrepancies.some((d) => d.kind === 'name'));
});

test('name: a footnote mark glued to a word of a name ("Assessment2") is no name spelled otherwise', () => {
  const c = 'The National Assessment of Adult Literacy is the most important test of how well adults read.';
  const a = 'The National Assessment2 of Adult Literacy3 is the most important test of how well adults read.';
  assert.deepEqual(detect(nameDetector, c, a), []);
  assert.deepEqual(compare(c, a).discrepancies.filter((d) => d.kind === 'name'), []);
  // A letter more is still a name spelled otherwise.
  assert.equal(detect(nameDetector, 'Kremlin spokesman Dmitry Peskov said the talks would continue.', 'Kremlin spokesman Dmitry Peskova said the talks would continue.').length, 1);
});

test('name: the whole-word and inner-word scans find what their patterns find', () => {
  // The patterns they stand for; text of words and of what stands around them (astral letters and digits, blanks, stops).
  const whole = (text: string, w: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  const inner = (text: string, w: string): number[] =>
    [...text.matchAll(new RegExp(`[\\p{L}\\p{N},;]\\s+(${escapeRegExp(w)})(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index! + m[0].length - m[1]!.length);
  const part = fc.constantFrom('Kivu', 'kivu', 'Lake', 'A', 'a', ' ', '  ', '\n', ',', ';', '.', '-', '’', '9', '\u{1D400}', '\u{1D7CE}', '\u{1F600}', 'é', '\u00A0');
  const word = fc.constantFrom('Kivu', 'kivu', 'A', 'a', 'Lake Kivu', 'K.', '\u{1D400}');
  fc.assert(
    fc.property(fc.array(part, { maxLength: 24 }), word, (parts, w) => {
      const text = parts.join('');
      assert.equal(wholeWordIn(text, w), whole(text, w));
      const seen: number[] = [];
      assert.equal(someInnerWord(text, w, (at) => (seen.push(at), false)), false);
      assert.deepEqual(seen, inner(text, w));
    }),
    { numRuns: 3000 },
  );
  // A match never starts inside the one before: in "a A A" the second "A" follows the first's word.
  const seen: number[] = [];
  someInnerWord('a A A, A', 'A', (at) => (seen.push(at), false));
  assert.deepEqual(seen, [2, 7]);
  assert.deepEqual(inner('a A A, A', 'A'), [2, 7]);
  // The first occurrence asked about that `visit` accepts ends the scan.
  assert.equal(someInnerWord('near Lake Kivu, by Lake Kivu', 'Kivu', (at) => at > 20), true);
  assert.equal(wholeWordIn('Kivus and kivu', 'kivu'), true);
  assert.equal(wholeWordIn('Kivus and kivus', 'kivu'), false);
});
