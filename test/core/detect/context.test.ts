import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, group, sideOf } from '../helpers';
import { KeyBag, noneClaimed, type SideReading } from '../../../src/core/detect/context';

test('context: the key bags are the sets of each side\'s keys, made when first asked', () => {
  const side = sideOf('Rebels seized the city, the rebels said.');
  const bag = new KeyBag(side.tokens);
  const keys = new Set(side.tokens.map((t) => t.key));
  assert.equal(bag.size, keys.size);
  assert.deepEqual([...bag], [...keys]);
  assert.deepEqual([...bag.keys()], [...keys]);
  assert.deepEqual([...bag.entries()], [...keys.entries()]);
  const seen: string[] = [];
  bag.forEach((k, again, set) => {
    assert.equal(k, again);
    assert.equal(set, bag);
    seen.push(k);
  });
  assert.deepEqual(seen, [...keys]);
  assert.ok(bag.has(side.tokens[0]!.key));
  assert.ok(!bag.has('absent'));

  const ctx = contextOf(group('Rebels seized the city on Monday.', 'Rebels took the city on Tuesday.'));
  assert.ok(ctx.cBag.has(ctx.ct[1]!.key) && !ctx.aBag.has(ctx.ct[1]!.key));
  // A token's hunk, and -1 for a token the diff matched.
  assert.deepEqual(ctx.ct.map((_, i) => ctx.hunkOfC(i)), [-1, 0, -1, -1, -1, 1]);
  assert.deepEqual(ctx.at.map((_, j) => ctx.hunkOfA(j)), [-1, 0, -1, -1, -1, 1]);
});

test('context: a side reading is made once per side, when first asked, and shared by those that ask again', () => {
  const ctx = contextOf(group('Some 40 sheep crossed the bridge on Friday.', 'About 40 goats crossed the bridge.'));
  const asked: string[] = [];
  const words: SideReading<string[]> = {
    name: 'words',
    read: (side) => {
      asked.push(side.text);
      return side.tokens.map((t) => t.norm);
    },
  };
  assert.deepEqual(asked, []);
  const article = ctx.read(words, false);
  assert.deepEqual(article, ['about', '40', 'goats', 'crossed', 'the', 'bridge']);
  assert.equal(ctx.read(words, false), article);
  assert.deepEqual(asked, ['About 40 goats crossed the bridge.']);
  assert.equal(ctx.read(words, true)[2], 'sheep');
  assert.equal(asked.length, 2);
});

test('context: a claim mask claims nothing only when every token is free', () => {
  assert.ok(noneClaimed(new Uint8Array(4)));
  assert.ok(noneClaimed(new Uint8Array(0)));
  assert.ok(!noneClaimed(Uint8Array.from([0, 0, 1])));
});
