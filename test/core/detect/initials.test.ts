import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, acronymLetters, initialsDetector, spellsInitials } from '../../../src/core/detect/initials';
import { detect, sideOf } from '../helpers';
import { compare } from '../../../src/core/compare';

const kinds = (canonical: string, article: string): string[][] =>
  compare(canonical, article).discrepancies.map((d) => [d.kind, d.from ?? '', d.to ?? '']);

test('initials: a name written as its initials, with or without points, either way round, is no change', () => {
  const before = 'Flood waters rose on Friday. Aid from the NAME reached the valley on Sunday. Roads stayed shut.';
  // "US" and "WHO" are also English function words: the word diff alone cannot pair them with the name.
  for (const [name, short] of [
    ['United States', 'U.S.'],
    ['United States', 'US'],
    ['World Health Organization', 'WHO'],
    ['Organization of American States', 'OAS'],
  ] as const) {
    assert.deepEqual(kinds(before.replace('NAME', name), before.replace('NAME', short)), [], short);
    assert.deepEqual(kinds(before.replace('NAME', short), before.replace('NAME', name)), [], `${short} written out`);
  }
});

test('initials: the detector reports nothing itself; initials of another name stay a finding for the detectors after it', () => {
  assert.deepEqual(detect(initialsDetector, 'Aid from the World Health Organization arrived.', 'Aid from the WHO arrived.'), []);
  const other = kinds(
    'Flood waters rose on Friday. Aid from the United Nations reached the valley on Sunday. Roads stayed shut.',
    'Flood waters rose on Friday. Aid from the EU reached the valley on Sunday. Roads stayed shut.',
  );
  assert.deepEqual(other, [['name', 'United Nations', 'EU']]);
});

test('initials: a source named by its initials ("the United States says" → "the U.S. says") is the same source, no name left for the name detectors', () => {
  const c = 'Navy ships are rushing to the area and the United States says it is sending one of its ships. Dozens of U.S. troops are in the country.';
  assert.deepEqual(kinds(c, c.replace('the United States says', 'the U.S. says')), []);
  assert.deepEqual(kinds(c.replace('the United States says', 'the U.S. says'), c), []);
});

test('initials: one reader of a name and its initials, small words inside the name in either case, a part of a longer name too', () => {
  const side = (text: string) => sideOf(text, 'eng');
  const all = (s: ReturnType<typeof side>) => s.tokens.map((_t, i) => i);
  const oas = side('Envoys of the OAS and the U.N. met.');
  assert.deepEqual(all(oas).map((i) => acronymLetters(oas, i)).filter(Boolean), ['OAS', 'UN']);
  for (const name of ['Organization of American States', 'Organization Of American States']) {
    const y = side(`Envoys of the ${name} met.`);
    assert.equal(spellsInitials(oas, all(oas), y, all(y)), true, name);
  }
  // "UN" in "the United Nations Security Council": the initials of a part of the name.
  const un = side('The UN voted.');
  const council = side('The United Nations Security Council voted.');
  assert.equal(spellsInitials(un, all(un), council, all(council)), true);
  // Not the initials of words that do not stand together, nor of words in lower case.
  const apart = side('The United team met the Nations delegates.');
  assert.equal(spellsInitials(un, all(un), apart, all(apart)), false);
  const lower = side('The united nations voted.');
  assert.equal(spellsInitials(un, all(un), lower, all(lower)), false);
});

test('initials: a name and its abbreviation with a point ("Fla." / "Florida", "Calif." / "California", "Gov." / "Governor") are one name', () => {
  const before = 'The rocket will lift off from the launch site near PLACE on Sunday. Engineers checked the fuel lines on Friday. Crowds gathered on the beach.';
  for (const [name, short] of [
    ['Cape Canaveral, Florida', 'Cape Canaveral, Fla.'],
    ['Pasadena, California', 'Pasadena, Calif.'],
    ['Governor Jane Roe', 'Gov. Jane Roe'],
  ] as const) {
    assert.deepEqual(kinds(before.replace('PLACE', name), before.replace('PLACE', short)), [], short);
    assert.deepEqual(kinds(before.replace('PLACE', short), before.replace('PLACE', name)), [], `${short} written out`);
  }
  // Letters of another name, or a word with no point after it, are no abbreviation of it.
  assert.notDeepEqual(kinds(before.replace('PLACE', 'Cape Canaveral, Florida'), before.replace('PLACE', 'Cape Canaveral, Ga.')), []);
  assert.notDeepEqual(kinds(before.replace('PLACE', 'Pasadena, California'), before.replace('PLACE', 'Pasadena, Cal')), []);
});

test('initials: an abbreviation is short, with a point, and cut by three letters or more ("India." at a sentence\'s end is no "Indian")', () => {
  const at = (text: string, word: string): [ReturnType<typeof sideOf>, number] => {
    const side = sideOf(text);
    return [side, side.tokens.findIndex((t) => side.text.slice(t.start, t.end) === word)];
  };
  const holds = (short: string, shortWord: string, long: string, longWord: string): boolean => {
    const [x, i] = at(short, shortWord);
    const [y, j] = at(long, longWord);
    return abbreviates(x, i, y, j);
  };
  assert.ok(holds('They flew to Pasadena, Calif., on Monday.', 'Calif', 'They flew to Pasadena, California, on Monday.', 'California'));
  assert.ok(holds('It landed near Cape Canaveral, Fla.', 'Fla', 'It landed near Cape Canaveral, Florida.', 'Florida'));
  assert.ok(!holds('Deaths are reported in Pakistan and India.', 'India', 'Deaths are reported in the Indian part of Kashmir.', 'Indian'));
  assert.ok(!holds('They flew to Pasadena, Cal, on Monday.', 'Cal', 'They flew to Pasadena, California, on Monday.', 'California'));
  assert.ok(!holds('It landed near Cape Canaveral, Ga.', 'Ga', 'It landed near Cape Canaveral, Florida.', 'Florida'));
});

test('initials: a word cut to its first letter and a point before a word both sides keep ("N. Ireland" / "Northern Ireland", "Ann L. Moss" / "Ann Louise Moss") is one name', () => {
  const before = 'PLACE officials met on Monday. Farmers blocked a road on Friday. Traders waited.';
  for (const [name, short] of [
    ['Northern Ireland', 'N. Ireland'],
    ['West Borneo', 'W. Borneo'],
    ['The envoy Ann Louise Moss and', 'The envoy Ann L. Moss and'],
  ] as const) {
    assert.deepEqual(kinds(before.replace('PLACE', name), before.replace('PLACE', short)), [], short);
    assert.deepEqual(kinds(before.replace('PLACE', short), before.replace('PLACE', name)), [], `${short} written out`);
  }
  // Another word's letter is no such name.
  assert.notDeepEqual(kinds(before.replace('PLACE', 'Northern Ireland'), before.replace('PLACE', 'S. Ireland')), []);
  // Nor a letter before another word than the one the other side writes next.
  const at = (text: string, word: string): [ReturnType<typeof sideOf>, number] => {
    const side = sideOf(text);
    return [side, side.tokens.findIndex((t) => side.text.slice(t.start, t.end) === word)];
  };
  const [x, i] = at('N. Borneo officials met today.', 'N');
  const [y, j] = at('Northern Ireland officials met today.', 'Northern');
  assert.ok(!abbreviates(x, i, y, j));
  const [z, k] = at('Northern Borneo officials met today.', 'Northern');
  assert.ok(abbreviates(x, i, z, k));
});
