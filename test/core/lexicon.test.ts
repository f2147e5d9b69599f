import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deniesAt, lexiconFor } from '../../src/core/lexicon';

// The questions asked of a language's word lists (src/core/lexicon.ts, the lists in src/core/data/lexicons.ts).

test('deniesAt: a negation denies unless the word after it makes it add ("not only"), in each language its own words', () => {
  const cases: Array<[string, string, string]> = [
    ['eng', 'not', 'only'],
    ['eng', 'not', 'just'],
    ['fra', 'non', 'seulement'],
    ['spa', 'no', 'sólo'],
    ['por', 'não', 'só'],
    ['deu', 'nicht', 'nur'],
    ['ita', 'non', 'solo'],
    ['ind', 'tidak', 'hanya'],
  ];
  for (const [language, negation, only] of cases) {
    const lex = lexiconFor(language);
    assert.equal(deniesAt(negation, only, lex), false, `${language}: ${negation} ${only}`);
    assert.equal(deniesAt(negation, 'the', lex), true, `${language}: ${negation}`);
    assert.equal(deniesAt(negation, undefined, lex), true, `${language}: ${negation} at the end`);
  }
  // Each language's own words: English "only" does not make a German negation add.
  assert.equal(deniesAt('nicht', 'only', lexiconFor('deu')), true);
  assert.equal(deniesAt('only', 'just', lexiconFor('eng')), false, 'no negation, nothing denied');
  // A language without a lexicon denies nothing.
  assert.equal(deniesAt('not', 'the', lexiconFor('xyz')), false);
});
