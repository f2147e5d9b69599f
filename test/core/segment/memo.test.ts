import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment, type SegmentMemo } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';
import { FIXTURES, seed } from '../../helpers';

const en = { locale: 'en', lexicon: lexiconFor('eng') };

/** The sentences of `article` cut with the paragraphs of `canonical` known, and how many paragraphs were taken from it. */
function withKnown(canonical: string, article: string): { sentences: ReturnType<typeof segment>; reused: number } {
  const memo: SegmentMemo = new Map();
  segment(canonical, { ...en, memo });
  let reused = 0;
  const known = new Map(memo);
  const counting = { get: (k: string) => (known.has(k) ? (reused++, known.get(k)) : undefined), has: (k: string) => known.has(k) } as unknown as SegmentMemo;
  return { sentences: segment(article, { ...en, known: counting }), reused };
}

test('segment: an article cut with the canonical paragraphs known gives the same sentences as cut alone (seed pairs, wire copies)', () => {
  const wire = readdirSync(join(FIXTURES, 'wire'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(FIXTURES, 'wire', f), 'utf8'));
  const texts = [0, 1, 2, 3, 4].map(seed).concat(wire);
  for (const c of texts) for (const a of texts) assert.deepEqual(withKnown(c, a).sentences, segment(a, en));
});

test('segment: a paragraph found among the known is cut as it was there, offsets moved to where it stands', () => {
  const para = 'The U.S. envoy met Gen. Smith on Nov. 26. Prices rose 3.5 percent, officials said.';
  const canonical = `Headline here\n\n${para}\n\nAnother paragraph ends here.`;
  const article = `Some new opening words come first.\n\n${para}\n\n"Quoted words," he said.\n\n.`;
  const { sentences, reused } = withKnown(canonical, article);
  assert.equal(reused, 1);
  assert.deepEqual(sentences, segment(article, en));
  for (const s of sentences) assert.equal(article.slice(s.start, s.end), s.text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ['Some new opening words come first.', 'The U.S. envoy met Gen. Smith on Nov. 26.', 'Prices rose 3.5 percent, officials said.', '"Quoted words," he said.'],
  );
});

test('segment: the memo fills with each paragraph cut, and a repeated paragraph is cut once', () => {
  const memo: SegmentMemo = new Map();
  const text = 'One sentence here. Two here.\n\nOne sentence here. Two here.\n\nA third paragraph.';
  const sentences = segment(text, { ...en, memo });
  assert.equal(memo.size, 2);
  assert.deepEqual(sentences, segment(text, en));
  assert.deepEqual(
    sentences.map((s) => [s.text, s.paragraph]),
    [
      ['One sentence here.', 0],
      ['Two here.', 0],
      ['One sentence here.', 1],
      ['Two here.', 1],
      ['A third paragraph.', 2],
    ],
  );
});
