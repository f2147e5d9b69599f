import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineColumn, versionLanguage } from '../../src/report/labels';

/** The definition: count the line breaks before the offset. */
function naive(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

test('lineColumn: 1-based line and column of an offset, on any text, asked in any order', () => {
  assert.deepEqual(lineColumn('ab\ncd\n\nef', 0), { line: 1, column: 1 });
  assert.deepEqual(lineColumn('ab\ncd\n\nef', 2), { line: 1, column: 3 }, 'the line break belongs to its line');
  assert.deepEqual(lineColumn('ab\ncd\n\nef', 3), { line: 2, column: 1 });
  assert.deepEqual(lineColumn('ab\ncd\n\nef', 7), { line: 4, column: 1 });
  assert.deepEqual(lineColumn('ab\ncd\n\nef', 99), { line: 4, column: 3 }, 'past the end is the end');
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ') }), fc.nat(40))), (asks) => {
      // Two texts asked in turn: an answer never comes from the other text's lines.
      for (const [text, offset] of asks) {
        assert.deepEqual(lineColumn(text, offset), naive(text, offset));
        assert.deepEqual(lineColumn(text + '\nx', offset), naive(text + '\nx', offset));
      }
    }),
  );
});

test('lineColumn: a finding on every line of a long article stays linear (a line index, not a scan per finding)', () => {
  const text = Array.from({ length: 40_000 }, (_, i) => `Sentence ${i} says ${i} people died.`).join('\n');
  let scanned = 0;
  const original = String.prototype.indexOf;
  String.prototype.indexOf = function (this: string, ...args: Parameters<string['indexOf']>) {
    scanned++;
    return original.apply(this, args);
  } as typeof String.prototype.indexOf;
  try {
    for (let i = 0; i < 40_000; i++) lineColumn(text, i * 30);
  } finally {
    String.prototype.indexOf = original;
  }
  assert.ok(scanned < 200_000, `${scanned} line-break searches for 40,000 offsets`);
});

test('versionLanguage: a translation is named as such, a copy by its language', () => {
  assert.equal(versionLanguage({ language: 'eng' }), 'English');
  assert.equal(versionLanguage({ language: 'eng', articleLanguage: 'fra' }), 'French (a translation)');
});
