import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pertainymsOf } from '../../src/core/pertainyms';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { tokenize } from '../../src/core/text';

const key = (w: string): string => tokenize(w, 0, w.length, tokenizerContext('eng'))[0]!.key;

test('pertainyms: a country and its adjective, a noun and its adjective, both ways, by comparison key', () => {
  for (const [noun, adjective] of [['China', 'Chinese'], ['Pakistan', 'Pakistani'], ['Korea', 'Korean'], ['president', 'presidential'], ['economy', 'economic']]) {
    assert.ok(pertainymsOf(key(noun!)).includes(key(adjective!)), `${noun} → ${adjective}`);
    assert.ok(pertainymsOf(key(adjective!)).includes(key(noun!)), `${adjective} → ${noun}`);
  }
  assert.deepEqual(pertainymsOf(key('quickly')), []);
  assert.deepEqual(pertainymsOf('no-such-key'), []);
});
