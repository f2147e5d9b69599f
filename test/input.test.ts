import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInput, decodeText, describeProblem } from '../src/input';

const LE = [0xff, 0xfe];
const BE = [0xfe, 0xff];
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

test('UTF-16 with a byte-order mark decodes, surrogate pairs included, in both byte orders', () => {
  // 'A😀' : U+0041, then U+1F600 as D83D DE00.
  assert.deepEqual(decodeText(bytes(...LE, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde)), { ok: true, text: 'A😀' });
  assert.deepEqual(decodeText(bytes(...BE, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00)), { ok: true, text: 'A😀' });
  assert.deepEqual(decodeText(bytes(...LE)), { ok: true, text: '' });
});

test('a UTF-16 byte-order mark followed by an odd number of bytes is refused, not read as garbage', () => {
  for (const mark of [LE, BE]) {
    assert.deepEqual(decodeText(bytes(...mark, 0x41)), { ok: false, problem: { kind: 'notUtf16', reason: 'oddLength' } });
    assert.deepEqual(decodeText(bytes(...mark, 0x41, 0x00, 0x42)), { ok: false, problem: { kind: 'notUtf16', reason: 'oddLength' } });
  }
});

test('a lone surrogate after a UTF-16 byte-order mark is refused', () => {
  const lone = { ok: false, problem: { kind: 'notUtf16', reason: 'loneSurrogate' } };
  // A high surrogate followed by a letter, a high surrogate at the end, a low surrogate alone.
  assert.deepEqual(decodeText(bytes(...LE, 0x3d, 0xd8, 0x41, 0x00)), lone);
  assert.deepEqual(decodeText(bytes(...LE, 0x41, 0x00, 0x3d, 0xd8)), lone);
  assert.deepEqual(decodeText(bytes(...BE, 0xde, 0x00, 0x00, 0x41)), lone);
  assert.deepEqual(decodeInput(bytes(...BE, 0x00, 0x41, 0xd8, 0x3d)), lone);
});

test('the problem is one line that names the file and what is wrong', () => {
  const odd = describeProblem({ kind: 'notUtf16', reason: 'oddLength' }, 'a.txt');
  const lone = describeProblem({ kind: 'notUtf16', reason: 'loneSurrogate' }, 'a.txt');
  for (const line of [odd, lone]) {
    assert.ok(!line.includes('\n'));
    assert.match(line, /^a\.txt .*not valid UTF-16/);
  }
  assert.match(odd, /odd number of bytes/);
  assert.match(lone, /lone surrogate/);
});

test('UTF-16 without a byte-order mark is told as such (not "binary"), in both byte orders; real binaries stay binary', () => {
  const text = 'Officials said 40 people were hurt in the blast on Tuesday.';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [bytes, endian] of [[le, 'le'], [be, 'be']] as const) {
    const d = decodeInput(bytes);
    assert.ok(!d.ok && d.problem.kind === 'utf16NoMark' && d.problem.endian === endian, JSON.stringify(d));
    const line = describeProblem(d.problem, 'wire.txt');
    assert.match(line, new RegExp(`^wire\\.txt looks like UTF-16${endian.toUpperCase()} text without a byte-order mark, not UTF-8\\. .*iconv -f UTF-16${endian.toUpperCase()} -t UTF-8 wire\\.txt > copy\\.txt`));
    assert.ok(!line.includes('\n'));
  }
  // A zip header, NUL bytes at both parities, an odd length, a lone surrogate: binary as before.
  const odd = Buffer.concat([le, Buffer.from([0x41])]);
  const lone = Buffer.concat([le, Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
  for (const bytes of [new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), new Uint8Array(64), odd, lone]) {
    const d = decodeText(bytes);
    assert.ok(!d.ok && d.problem.kind === 'binary', JSON.stringify(d));
  }
});
