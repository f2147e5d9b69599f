import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IdBytes } from '../../src/core/idBytes';
import { byNorm, tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';

test('IdBytes: 0 for an id never set, the value last set otherwise, however far past its first size an id lies', () => {
  const b = new IdBytes(4);
  assert.equal(b.get(0), 0);
  assert.equal(b.get(10_000), 0);
  b.set(3, 7);
  b.set(5000, 1);
  b.set(3, 2);
  assert.equal(b.get(3), 2);
  assert.equal(b.get(5000), 1);
  assert.equal(b.get(4999), 0);
});

test('IdBytes: the same answers as a map of the ids set (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(3000), fc.integer({ min: 1, max: 255 }))), fc.array(fc.nat(4000)), (sets, asks) => {
      const b = new IdBytes(8);
      const m = new Map<number, number>();
      for (const [id, v] of sets) (b.set(id, v), m.set(id, v));
      for (const id of [...asks, ...m.keys()]) assert.equal(b.get(id), m.get(id) ?? 0);
    }),
  );
});

test('norm ids: words written alike up to case share one id, other forms (even of one key) have their own', () => {
  const ctx = tokenizerContext('eng');
  const text = 'Rain fell. The rain stopped, and rains came back; Rains again.';
  const ts = tokenize(text, 0, text.length, ctx);
  const byWord = (w: string) => ts.filter((t) => text.slice(t.start, t.end) === w)[0]!;
  assert.equal(byWord('Rain').nid, byWord('rain').nid);
  assert.equal(byWord('rains').nid, byWord('Rains').nid);
  assert.notEqual(byWord('rain').nid, byWord('rains').nid);
  assert.equal(byWord('rain').id, byWord('rains').id);
});

test('byNorm: a test of the norm asked once per word form, answering for every token of it', () => {
  const ctx = tokenizerContext('eng');
  const text = 'Not now, not ever: NOT today, said nobody.';
  const ts = tokenize(text, 0, text.length, ctx);
  const asked: string[] = [];
  const isNot = byNorm((norm) => (asked.push(norm), norm === 'not'));
  assert.deepEqual(
    ts.map((t) => isNot(t)),
    ts.map((t) => t.norm === 'not'),
  );
  assert.deepEqual(asked, ['not', 'now', 'ever', 'today', 'said', 'nobody']);
});
