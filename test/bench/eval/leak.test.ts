/**
 * `npm run eval` names a tune family that shares a report's sentences with a held-out text, and a
 * fresh family that shares one with a held-out or a tune text (it would not be first seen).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshFamiliesSharingEarlierSets, longSentences, tuneFamiliesSharingHeldOut } from '../../../bench/eval/leak';

test('long sentences are a text’s own words, white space folded; short ones do not count', () => {
  assert.deepEqual([...longSentences('Rescuers reached the flooded\nvillage late on Sunday night. It rained. Then?')], [
    'Rescuers reached the flooded village late on Sunday night.',
  ]);
});

test('a tune family that shares a sentence with a held-out text is named, with how many it shares', () => {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-leak-'));
  try {
    const write = (set: string, family: string, name: string, text: string) => {
      mkdirSync(join(root, set, family), { recursive: true });
      writeFileSync(join(root, set, family, name), text);
    };
    const shared = 'The ministry said on Monday that the new bridge would open to traffic in the spring.';
    write('heldout', 'h', 'h_0.txt', `A storm hit the coast overnight. ${shared}`);
    write('tune', 'apart', 'apart_0.txt', 'Farmers in the valley said the harvest was the worst in twenty years of records.');
    write('tune', 'same-report', 'same-report_1.txt', `Officials gave no toll.\n${shared}\n`);
    assert.deepEqual(tuneFamiliesSharingHeldOut(root), [{ family: 'same-report', shared: 1 }]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the project’s tune families share no sentence with the held-out set', () => {
  assert.deepEqual(tuneFamiliesSharingHeldOut(), []);
});

test('a fresh family that shares a sentence with a held-out or a tune text is named; tune and held-out ones are not', () => {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-leak-'));
  try {
    const write = (set: string, family: string, name: string, text: string) => {
      mkdirSync(join(root, set, family), { recursive: true });
      writeFileSync(join(root, set, family, name), text);
    };
    const held = 'The ministry said on Monday that the new bridge would open to traffic in the spring.';
    const tuned = 'Rescue teams reached the last of the flooded villages late on Thursday evening.';
    write('heldout', 'h', 'h_0.txt', `A storm hit the coast overnight. ${held}`);
    write('tune', 't', 't_0.txt', `${tuned} The rain stopped.`);
    write('fresh', 'apart', 'apart_0.txt', 'Farmers in the valley said the harvest was the worst in twenty years of records.');
    write('fresh', 'from-heldout', 'from-heldout_1.txt', `Officials gave no toll.\n${held}\n`);
    write('fresh', 'from-tune', 'from-tune_0.txt', `${tuned}\n${held}`);
    assert.deepEqual(freshFamiliesSharingEarlierSets(root), [
      { family: 'from-heldout', shared: 1 },
      { family: 'from-tune', shared: 2 },
    ]);
    assert.deepEqual(tuneFamiliesSharingHeldOut(root), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the project’s fresh families share no sentence with a held-out or a tune text', () => {
  assert.deepEqual(freshFamiliesSharingEarlierSets(), []);
});
