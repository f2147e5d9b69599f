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

/** Runs `check` on a temporary families folder holding the texts given as [set, family, file, text]. */
function withFamilies(texts: Array<[string, string, string, string]>, check: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-leak-'));
  try {
    for (const [set, family, name, text] of texts) {
      mkdirSync(join(root, set, family), { recursive: true });
      writeFileSync(join(root, set, family, name), text);
    }
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const HELD = 'The ministry said on Monday that the new bridge would open to traffic in the spring.';
const APART = 'Farmers in the valley said the harvest was the worst in twenty years of records.';

test('long sentences are a text’s own words, white space folded; short ones do not count', () => {
  assert.deepEqual([...longSentences('Rescuers reached the flooded\nvillage late on Sunday night. It rained. Then?')], [
    'Rescuers reached the flooded village late on Sunday night.',
  ]);
});

test('an initialism\'s full stop does not end a long sentence, so a name after it is no sentence of its own', () => {
  assert.deepEqual([...longSentences('The drive is run by UNICEF and the U.S. Centers for Disease Control and Prevention. It began.')], [
    'The drive is run by UNICEF and the U.S. Centers for Disease Control and Prevention.',
  ]);
});

test('a tune family that shares a sentence with a held-out text is named, with how many it shares', () => {
  withFamilies(
    [
      ['heldout', 'h', 'h_0.txt', `A storm hit the coast overnight. ${HELD}`],
      ['tune', 'apart', 'apart_0.txt', APART],
      ['tune', 'same-report', 'same-report_1.txt', `Officials gave no toll.\n${HELD}\n`],
    ],
    (root) => assert.deepEqual(tuneFamiliesSharingHeldOut(root), [{ family: 'same-report', shared: 1 }]),
  );
});

test('the project’s tune families share no sentence with the held-out set', () => {
  assert.deepEqual(tuneFamiliesSharingHeldOut(), []);
});

test('a fresh family that shares a sentence with a held-out or a tune text is named; tune and held-out ones are not', () => {
  const tuned = 'Rescue teams reached the last of the flooded villages late on Thursday evening.';
  withFamilies(
    [
      ['heldout', 'h', 'h_0.txt', `A storm hit the coast overnight. ${HELD}`],
      ['tune', 't', 't_0.txt', `${tuned} The rain stopped.`],
      ['fresh', 'apart', 'apart_0.txt', APART],
      ['fresh', 'from-heldout', 'from-heldout_1.txt', `Officials gave no toll.\n${HELD}\n`],
      ['fresh', 'from-tune', 'from-tune_0.txt', `${tuned}\n${HELD}`],
    ],
    (root) => {
      assert.deepEqual(freshFamiliesSharingEarlierSets(root), [
        { family: 'from-heldout', shared: 1 },
        { family: 'from-tune', shared: 2 },
      ]);
      assert.deepEqual(tuneFamiliesSharingHeldOut(root), []);
    },
  );
});

test('the project’s fresh families share no sentence with a held-out or a tune text', () => {
  assert.deepEqual(freshFamiliesSharingEarlierSets(), []);
});
