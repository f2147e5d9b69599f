import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentWords, mergeTerms, overlap, postings, rareShared, shared, sharedCount, union, type Postings } from '../../src/core/alignTerms';
import { withCompounds } from '../../src/core/alignRuns';
import { prepare } from './helpers';

const sortedUnique = (xs: number[]): Int32Array => Int32Array.from(new Set(xs)).sort();

test('mergeTerms: the terms of two sorted lists, each once and in order, whichever list is longer or empty', () => {
  assert.deepEqual([...mergeTerms(Int32Array.of(1, 4, 9), Int32Array.of(2, 4, 10, 12))], [1, 2, 4, 9, 10, 12]);
  assert.deepEqual([...mergeTerms(Int32Array.of(), Int32Array.of(3, 5))], [3, 5]);
  assert.deepEqual([...mergeTerms(Int32Array.of(7), Int32Array.of())], [7]);
  assert.deepEqual([...mergeTerms(Int32Array.of(2, 3), Int32Array.of(2, 3))], [2, 3]);
});

test('mergeTerms: the same as a set of both lists, sorted (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(50)), fc.array(fc.nat(50)), (a, b) => {
      assert.deepEqual([...mergeTerms(sortedUnique(a), sortedUnique(b))], [...sortedUnique([...a, ...b])]);
    }),
  );
});

test('shared: one walk gives the weighted overlap, the count of shared terms and of the rare ones (no other item has them)', () => {
  const idf = Float64Array.of(0.5, 1, 2, 4, 8);
  const df = [9, 2, 5, 1, 3];
  assert.deepEqual(shared(Int32Array.of(0, 1, 3), Int32Array.of(1, 2, 3, 4), idf, df), { ov: 5, shared: 2, rare: 2 });
  assert.deepEqual(shared(Int32Array.of(0, 2), Int32Array.of(1, 3), idf, df), { ov: 0, shared: 0, rare: 0 });
});

test('shared: the same as overlap, sharedCount and rareShared asked one by one (property)', () => {
  const idf = Float64Array.from({ length: 31 }, (_, i) => 1 + i / 7);
  const df = Array.from({ length: 31 }, (_, i) => i % 5);
  fc.assert(
    fc.property(fc.array(fc.nat(30)), fc.array(fc.nat(30)), (x, y) => {
      const a = sortedUnique(x);
      const b = sortedUnique(y);
      assert.deepEqual(shared(a, b, idf, df), { ov: overlap(a, b, idf), shared: sharedCount(a, b), rare: rareShared(a, b, df) });
    }),
  );
});

test('union: several items weigh as one item holding each of their terms once', () => {
  const idf = Float64Array.of(0.5, 1, 2, 4, 8);
  const v = (...ts: number[]) => ({ terms: Int32Array.from(ts), weight: ts.reduce((w, t) => w + idf[t]!, 0) });
  const u = union([v(0, 2), v(2, 3), v(1)], idf);
  assert.deepEqual([...u.terms], [0, 1, 2, 3]);
  assert.equal(u.weight, 0.5 + 1 + 2 + 4);
  const one = v(4);
  assert.equal(union([one], idf), one);
});

/** The items of term t in an index, as a plain list. */
const itemsOf = (p: Postings, t: number): number[] => (t + 1 < p.start.length ? [...p.items.subarray(p.start[t]!, p.start[t + 1]!)] : []);

test('postings: each term lists the items that have it, in order; a term no item has lists none', () => {
  const v = (...ts: number[]) => ({ terms: Int32Array.from(ts), weight: 0 });
  const p = postings([v(0, 3), v(), v(1, 3), v(3, 5)]);
  assert.deepEqual(itemsOf(p, 0), [0]);
  assert.deepEqual(itemsOf(p, 1), [2]);
  assert.deepEqual(itemsOf(p, 2), []);
  assert.deepEqual(itemsOf(p, 3), [0, 2, 3]);
  assert.deepEqual(itemsOf(p, 5), [3]);
  assert.deepEqual(itemsOf(p, 9), []);
  assert.deepEqual(itemsOf(postings([]), 0), []);
});

test('postings: the same lists as walking the items term by term (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.nat(30))), (lists) => {
      const vecs = lists.map((l) => ({ terms: sortedUnique(l), weight: 0 }));
      const p = postings(vecs);
      for (let t = 0; t <= 31; t++) assert.deepEqual(itemsOf(p, t), vecs.flatMap((x, i) => (x.terms.includes(t) ? [i] : [])));
    }),
  );
});

test('withCompounds: two neighbouring words that make a long word of the texts are read as it, at any cut (parts of two letters too); a word only one of whose parts the texts have is left alone', () => {
  const read = (a: string, b: string): string[][] => {
    const docs = [prepare(a), prepare(b)];
    return withCompounds(docs, docs.map((d) => d.tokens)).map((l) => l.flatMap((ts) => (ts ?? []).map((t) => t.norm)));
  };
  assert.deepEqual(read('The oxcart broke down near the river.', 'An ox cart broke down near the river.')[1], ['an', 'oxcart', 'broke', 'down', 'near', 'the', 'river']);
  assert.deepEqual(read('Workers cleared the roadmap today.', 'Workers cleared the road map today.')[1], ['workers', 'cleared', 'the', 'roadmap', 'today']);
  // "roadside" is "road" + "side", but neither text says "side": no compound, the words stay as written.
  assert.deepEqual(read('The roadside was empty.', 'The road was wide.'), [
    ['the', 'roadside', 'was', 'empty'],
    ['the', 'road', 'was', 'wide'],
  ]);
});

test('contentWords: a text\'s content words, one token per key in the order the text first has it; no function word, no figure', () => {
  const doc = prepare('Floods closed three roads. The roads reopened on Monday, and 40 floods followed. Road crews said little.');
  const words = contentWords(doc);
  assert.deepEqual(
    words.map((t) => t.norm),
    ['floods', 'closed', 'roads', 'reopened', 'monday', 'followed', 'crews', 'said', 'little'],
  );
  // "roads" and "Road" share a key: the first stands for both; "three" and "40" are figures.
  assert.equal(new Set(words.map((t) => t.key)).size, words.length);
  assert.equal(words[2]!.start, doc.text.indexOf('roads'));
  // Asked again of the same token lists: the same answer, not read again.
  assert.equal(contentWords(doc), words);
});
