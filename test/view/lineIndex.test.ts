import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../src/view/lineIndex';

test('LF: offsets map to line/character and back', () => {
  const t = 'ab\ncd\n\nef';
  const li = new LineIndex(t);
  assert.equal(li.lineCount, 4);
  assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(li.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(li.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(6), { line: 2, character: 0 });
  assert.deepEqual(li.positionAt(7), { line: 3, character: 0 });
  assert.deepEqual(li.positionAt(9), { line: 3, character: 2 });
  for (let o = 0; o <= t.length; o++) {
    if (t[o - 1] === '\r') continue;
    assert.equal(li.offsetAt(li.positionAt(o)), o, `offset ${o}`);
  }
});

test('CRLF: no position between \\r and \\n; characters count like VS Code', () => {
  const t = 'ab\r\ncd\r\n';
  const li = new LineIndex(t);
  assert.equal(li.lineCount, 3);
  assert.deepEqual(li.positionAt(2), { line: 0, character: 2 });
  // Offset 3 is between \r and \n: clamped to the end of line 0.
  assert.deepEqual(li.positionAt(3), { line: 0, character: 2 });
  assert.deepEqual(li.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(6), { line: 1, character: 2 });
  assert.deepEqual(li.positionAt(8), { line: 2, character: 0 });
  assert.equal(li.offsetAt({ line: 1, character: 1 }), 5);
  assert.equal(li.lineEnd(0), 2);
});

test('lone CR ends a line, and out-of-range input is clamped', () => {
  const li = new LineIndex('a\rb');
  assert.equal(li.lineCount, 2);
  assert.deepEqual(li.positionAt(2), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(li.positionAt(99), { line: 1, character: 1 });
  assert.equal(li.offsetAt({ line: 9, character: 0 }), 3);
  assert.equal(li.offsetAt({ line: 0, character: 99 }), 1);
});

test('empty text and surrogate pairs (UTF-16 offsets)', () => {
  assert.deepEqual(new LineIndex('').positionAt(0), { line: 0, character: 0 });
  const t = '😀 x\n😀';
  const li = new LineIndex(t);
  assert.deepEqual(li.positionAt(3), { line: 0, character: 3 });
  assert.deepEqual(li.positionAt(t.length), { line: 1, character: 2 });
});

test('agrees with a naive split on random text', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = ['a', 'b', ' ', '\n', '\r\n', '\r', 'é'];
  for (let k = 0; k < 50; k++) {
    let t = '';
    for (let i = 0; i < 60; i++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    const li = new LineIndex(t);
    // Naive: walk the text.
    let line = 0, ch = 0;
    for (let o = 0; o <= t.length; o++) {
      if (t[o - 1] === '\r' && t[o] === '\n') continue; // between CR and LF
      assert.deepEqual(li.positionAt(o), { line, character: ch }, JSON.stringify({ t, o }));
      const c = t[o];
      if (c === '\r') { line++; ch = 0; if (t[o + 1] === '\n') o++; }
      else if (c === '\n') { line++; ch = 0; }
      else ch++;
    }
  }
});
