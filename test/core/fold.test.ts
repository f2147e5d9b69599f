import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldSpelling, mayFoldSpelling, spellingRules } from '../../src/core/fold';

test('foldSpelling: a word its rules change is one the one-pattern test lets through, so the test skips only words they leave alone', () => {
  // British spellings each rule folds, and words no rule touches.
  const british = ['organisation', 'analysed', 'honourable', 'offences', 'centres', 'centred', 'dialogues', 'programmes', 'travelling', 'cancelled', 'encyclopaedia', 'manoeuvre'];
  for (const w of british) {
    assert.notEqual(spellingRules(w), w, w);
    assert.ok(mayFoldSpelling(w), w);
    assert.equal(foldSpelling(w), spellingRules(w));
  }
  for (const w of ['harbour', 'rescuers', 'flooding', 'province', 'statement']) assert.equal(foldSpelling(w), spellingRules(w), w);
  assert.equal(mayFoldSpelling('province'), false);
  // Words made of the pieces the rules look for, in any order (property).
  const piece = fc.constantFrom('is', 'ys', 'our', 'ation', 's', 'ed', 'ing', 'ite', 'able', 'hood', 'ful', 'less', 'defen', 'offen', 'ce', 'tre', 'ogue', 'mme', 'l', 'll', 'er', 'ers', 'ae', 'oe', 'a', 'e', 'o', 'b', 't', 'r', 'v', 'é', 'ß');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
      const w = parts.join('');
      if (spellingRules(w) !== w) assert.ok(mayFoldSpelling(w), w);
      assert.equal(foldSpelling(w), spellingRules(w));
    }),
    { numRuns: 3000 },
  );
});

test('foldSpelling: the past of a verb of a British -tre noun ("centred") is the American one ("centered"); a vowel before it is no such verb ("hatred")', () => {
  assert.equal(foldSpelling('centred'), foldSpelling('centered'));
  assert.equal(foldSpelling('hatred'), 'hatred');
  assert.equal(foldSpelling('centres'), foldSpelling('centers'));
});
