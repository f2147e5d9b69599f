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

test('excerpt: cut at a word\'s end, never inside a word ("General Sult…" was shown for "General Sultan")', () => {
  assert.equal(excerpt('Maj. General Shaukat Sultan says', 18), 'Maj. General…');
  assert.equal(excerpt('General Sultan says the toll will rise', 13), 'General…');
  assert.equal(excerpt('It is expected to rise in the Pakistan-controlled part', 30), 'It is expected to rise in the…');
  // One word longer than the room (a web address) is cut inside: nothing else to show.
  assert.equal(excerpt('https://example.com/a/very/long/address', 20), 'https://example.com…');
  // A script written without spaces is cut between its characters.
  assert.equal(excerpt('地震造成至少75人死亡，更多人被困在倒塌的建筑物中。', 10), '地震造成至少75人…');
});

test('excerpt: a cut after a sentence\'s own stop keeps the ellipsis apart ("temporary jobs.…" read as one word)', () => {
  assert.equal(excerpt('The plant will add 300 temporary jobs. Private-sector hiring rose in May.', 40), 'The plant will add 300 temporary jobs. …');
  assert.equal(excerpt('“We will rebuild,” he said. “Every house.” The mayor left.', 30), '“We will rebuild,” he said. …');
  assert.equal(excerpt('He left. She stayed home all day long.', 12), 'He left. …');
  // No room for the space: one word less.
  assert.equal(excerpt('Floods hit. Roads closed.', 12), 'Floods…');
  assert.equal(excerpt('alpha beta gamma delta', 12), 'alpha beta…');
  // A cut inside a first word too long for the room is no sentence's end.
  assert.equal(excerpt('www.example.com/a/long/address', 13), 'www.example.…');
});

test('excerpt: the text up to the cut is the text\'s own, and the cut falls at a space (property)', () => {
  const words = fc.array(fc.stringMatching(/^[A-Za-zé0-9,.'’-]{1,12}$/), { minLength: 1, maxLength: 20 });
  fc.assert(
    fc.property(words, fc.integer({ min: 4, max: 60 }), (ws, max) => {
      const text = ws.join(' ');
      const got = excerpt(text, max);
      if (text.length <= max) return assert.equal(got, text);
      assert.ok(got.endsWith('…') && got.length <= max, got);
      // After a sentence's stop, a space before the ellipsis.
      const kept = got.replace(/(?<=[.!?][”’"»)\]]*) …$|…$/, '');
      if (max > 4 && text[kept.length] === ' ') assert.ok(!/[.!?]…$/.test(got), got);
      assert.ok(text.startsWith(kept), `${got} is the text's own start`);
      // At a word's end, unless the first word alone is longer than the room.
      if (kept.includes(' ') || ws[0]!.length < max - 1) assert.equal(text[kept.length], ' ', `${JSON.stringify(got)} of ${JSON.stringify(text)}`);
    }),
  );
});
