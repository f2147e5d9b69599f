import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldSpelling, mayFoldSpelling, spellingRules } from '../../src/core/fold';
import { BRITISH_SPELLINGS } from '../../src/core/data/spellings';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { compare } from '../../src/core/index';

const listed = new Map(BRITISH_SPELLINGS.split('\n').map((row) => row.split(' ') as [string, string]));

test('foldSpelling: a word its rules change is one the one-pattern test lets through, so the test skips only words they leave alone', () => {
  // British spellings each rule folds, and words no rule touches.
  const british = ['organisation', 'analysed', 'honourable', 'offences', 'centres', 'centred', 'dialogues', 'programmes', 'travelling', 'cancelled', 'encyclopaedia', 'manoeuvre'];
  for (const w of british) {
    assert.notEqual(spellingRules(w), w, w);
    assert.ok(mayFoldSpelling(w), w);
    assert.equal(foldSpelling(w), listed.has(w) ? foldSpelling(listed.get(w)!) : spellingRules(w));
  }
  for (const w of ['harbour', 'rescuers', 'flooding', 'province', 'statement']) assert.equal(foldSpelling(w), spellingRules(w), w);
  assert.equal(mayFoldSpelling('province'), false);
  // Words made of the pieces the rules look for, in any order (property).
  const piece = fc.constantFrom('is', 'ys', 'our', 'ation', 's', 'ed', 'ing', 'ite', 'able', 'hood', 'ful', 'less', 'defen', 'offen', 'ce', 'tre', 'ogue', 'mme', 'l', 'll', 'er', 'ers', 'ae', 'oe', 'a', 'e', 'o', 'b', 't', 'r', 'v', 'é', 'ß');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
      const w = parts.join('');
      if (spellingRules(w) !== w) assert.ok(mayFoldSpelling(w), w);
      if (!listed.has(w)) assert.equal(foldSpelling(w), spellingRules(w));
    }),
    { numRuns: 3000 },
  );
});

test('foldSpelling: the past of a verb of a British -tre noun ("centred") is the American one ("centered"); a vowel before it is no such verb ("hatred")', () => {
  assert.equal(foldSpelling('centred'), foldSpelling('centered'));
  assert.equal(foldSpelling('hatred'), 'hatred');
  assert.equal(foldSpelling('centres'), foldSpelling('centers'));
});

test('foldSpelling: a British word the rules leave, read from the list (data/spellings.ts), has the key of its American word', () => {
  const ctx = tokenizerContext('eng');
  const key = (w: string): string => tokenize(w, 0, w.length, ctx).map((t) => t.key).join(' ');
  assert.ok(listed.size > 300);
  for (const [british, american] of listed) assert.equal(key(british), key(american), `${british} / ${american}`);
  for (const [british, american] of [['centred', 'centered'], ['grey', 'gray'], ['kilometres', 'kilometers'], ['behaviour', 'behavior'], ['sceptical', 'skeptical']])
    assert.equal(key(british), key(american), `${british} / ${american}`);
  // Two words, not two spellings: a tonne is 1,000 kg, a ton 907 kg.
  assert.notEqual(key('tonnes'), key('tons'));
  assert.notEqual(key('philtre'), key('filter'));
});

test('foldSpelling: a copy in the other spelling is the same sentence, no finding (centred / centered was a "mistranslation")', () => {
  const c = compare('The earthquake was centred near the city, at a depth of five kilometres.', 'The earthquake was centered near the city, at a depth of five kilometers.');
  assert.deepEqual(c.discrepancies, []);
  assert.equal(c.alignments.length, 1);
  assert.equal(c.alignments[0]!.identical, true);
});
