import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsDetector } from '../../../src/core/detect/initials';
import { detect } from '../helpers';
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
