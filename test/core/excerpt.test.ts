import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clip, excerpt } from '../../src/core/excerpt';

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

test('clip: at most max characters with … at the cut, its white space kept, never half a surrogate pair', () => {
  assert.equal(clip('short', 10), 'short');
  assert.equal(clip('abcdefghij', 10), 'abcdefghij');
  assert.equal(clip('abcdefghijk', 10), 'abcdefghi…');
  assert.equal(clip('line one\n\nline two', 12), 'line one\n\nl…');
  // '😀' is two UTF-16 code units: a cut between them leaves the pair out whole.
  const s = 'abcdefgh😀xyz';
  assert.equal(clip(s, 10), 'abcdefgh…');
  assert.equal(clip(s, 11), 'abcdefgh😀…');
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(clip(s, 10)));
});
