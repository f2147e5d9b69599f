import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knows, plainSynonymsOf, relation, synonymsOf } from '../../src/core/synonyms';
import { WORDNET, WORDNET_KEYS } from '../../src/core/data/wordnet';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';

const ctx = tokenizerContext('eng');
const key = (w: string): string => tokenize(w, 0, w.length, ctx)[0]!.key;

test('synonyms: keyed as the engine keys words, inflected forms included', () => {
  assert.ok(knows(key('investigation')));
  assert.ok(synonymsOf(key('help')).includes(key('aid')));
  assert.equal(relation(key('killed'), key('died')), 'causes');
  assert.equal(relation(key('died'), key('killed')), 'caused');
  assert.equal(relation(key('strike'), key('attack')), 'broader');
  assert.equal(relation(key('attack'), key('strike')), 'narrower');
  assert.equal(relation(key('city'), key('town')), 'sibling');
  assert.equal(relation(key('letter'), key('ambulance')), null);
  assert.equal(relation('zzqx', key('town')), null);
});

test('synonyms: plain synonyms leave out words of many senses', () => {
  for (const k of plainSynonymsOf(key('uprising'))) assert.ok(synonymsOf(k).includes(key('uprising')));
  assert.ok(plainSynonymsOf(key('uprising')).includes(key('rebellion')));
  // "run" has dozens of senses: no plain synonym.
  assert.deepEqual(plainSynonymsOf(key('run')), []);
});

test('synonyms: plain synonyms under one limit of senses are never served for another, whichever is asked first', () => {
  const levy = key('levy');
  const strict = plainSynonymsOf(levy, 2);
  const loose = plainSynonymsOf(levy, 4);
  // A looser limit lets in a synonym of more senses ("impose"), and asking again changes nothing.
  assert.ok(loose.length > strict.length);
  for (const k of strict) assert.ok(loose.includes(k));
  assert.deepEqual(plainSynonymsOf(levy, 2), strict);
  assert.deepEqual(plainSynonymsOf(levy, 4), loose);
});

test('synonyms: a word with no plain synonym has none however often it is asked, under any limit; a word of few senses keeps its own', () => {
  // "run" has too many senses under a tight limit, "zzqx" is no word WordNet knows.
  for (let round = 0; round < 3; round++) {
    assert.deepEqual(plainSynonymsOf(key('run'), 2), []);
    assert.deepEqual(plainSynonymsOf('zzqx', 2), []);
    assert.deepEqual(plainSynonymsOf('zzqx', 40), []);
    assert.ok(plainSynonymsOf(key('uprising')).includes(key('rebellion')));
  }
  // Asked first under a tight limit, "run" still has synonyms under a loose one.
  assert.ok(plainSynonymsOf(key('run'), 200).length > 0);
});

test('synonyms: the keys index (built with the table) finds every key of the table, its first and last included, and nothing else', () => {
  const keys = new Set<string>();
  for (const line of WORDNET.split('\n')) {
    const gt = line.indexOf('>');
    for (const k of (gt < 0 ? line : line.slice(0, gt)).split(' ').slice(1)) keys.add(k);
  }
  const sorted = [...keys].sort();
  assert.ok(knows(sorted[0]!) && knows(sorted.at(-1)!));
  for (const k of keys) assert.ok(knows(k), k);
  // A key's prefix, a key run on, a line of the index, and strings sorting before and after every key.
  for (const k of ['', ' ', 'a', 'zzzzzzzz', '~', 'é', `${sorted[0]}x`, sorted[1]!.slice(0, -1), WORDNET_KEYS.split('\n')[0]!]) {
    assert.equal(knows(k), keys.has(k), JSON.stringify(k));
  }
});
