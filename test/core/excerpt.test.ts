import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { excerpt } from '../../src/core/excerpt';

test('excerpt: a cut right after the ellipsis between two quoted pieces leaves one ellipsis, not two', () => {
  assert.equal(excerpt('alpha beta gamma … delta epsilon', 21), 'alpha beta gamma…');
});

test('excerpt: white space folds to one space whatever it is made of, and single spaces stay as they are (property)', () => {
  const chars = fc.constantFrom('a', 'b', 'Z', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '…', '.', 'é');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 50 }).map((cs) => cs.join('')), fc.integer({ min: 3, max: 90 }), (s, max) => {
      const folded = s.replace(/\s+/g, ' ').trim();
      const got = excerpt(s, max);
      if (folded.length <= max) assert.equal(got, folded);
      else assert.ok(!/\s\s|[^\S ]/.test(got) && got.endsWith('…'));
    }),
  );
  assert.equal(excerpt('Police said\n\n12 people\tdied.'), 'Police said 12 people died.');
  assert.equal(excerpt(' Police said 12 people died. '), 'Police said 12 people died.');
});
