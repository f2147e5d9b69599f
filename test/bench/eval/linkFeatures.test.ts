/**
 * The new evidence the link score weighs (bench/eval/linkFeatures.ts; measured in
 * bench/embed/README.md): spelling below the word (`charSimilarity`), meaning word by word
 * (`softSimilarity`), and the order of the two texts around a pair (`monotonePath`). Hand-made
 * states with only the fields each reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { State } from '../../../src/core/alignState';
import type { Token } from '../../../src/core/text';
import type { WordVectors } from '../../../src/core/wordVectors';
import { charSimilarity, monotonePath, softSimilarity } from '../../../bench/eval/linkFeatures';

/** A sentence's tokens: each word a content word; a capitalised one (not first) a name; digits a figure. */
function tokens(text: string): Token[] {
  return text.split(' ').map((w) => ({ norm: w.toLowerCase(), key: w.toLowerCase(), cap: /^[A-Z]/.test(w), content: true, num: /^\d+$/.test(w) ? Number(w) : null }) as unknown as Token);
}
const doc = (sentences: string[]) => ({ sentences: sentences.map(() => ({ kind: 'sentence' })), tokens: sentences.map(tokens) });

test('charSimilarity: a name spelled two ways and a word in another form score above two sentences of other words, and a sentence scores 1 with itself', () => {
  const s = { canon: doc(['Qaddafi decided to leave', 'rain fell on the coast']), art: doc(['Gaddafi decision to leave', 'Qaddafi decided to leave']) } as unknown as State;
  const sim = charSimilarity(s);
  assert.ok(sim(0, 0) > 0.3, `${sim(0, 0)}`);
  assert.ok(sim(1, 0) < 0.05, `${sim(1, 0)}`);
  assert.ok(Math.abs(sim(0, 1) - 1) < 1e-9);
});

test('softSimilarity: a word credited by its nearest word of the other sentence (cosine 0.3 or more), the same term 1; names only by their term', () => {
  // Words: aid, relief (cosine 0.8), storm (0.1 from both), qaddafi and gaddafi (0.9).
  const rows = new Map([
    ['aid', 0],
    ['relief', 1],
    ['storm', 2],
    ['qaddafi', 3],
    ['gaddafi', 4],
  ]);
  const cos = [
    [1, 0.8, 0.1, 0, 0],
    [0.8, 1, 0.1, 0, 0],
    [0.1, 0.1, 1, 0, 0],
    [0, 0, 0, 1, 0.9],
    [0, 0, 0, 0.9, 1],
  ];
  const vectors = { rowOf: (w: string) => rows.get(w) ?? -1, cosine: (a: number, b: number) => cos[a]![b]! } as unknown as WordVectors;
  const terms = new Map<string, number>();
  const termOf = (t: Token): number => terms.get(t.norm) ?? (terms.set(t.norm, terms.size), terms.size - 1);
  const s = { canon: doc(['aid arrives', 'storm arrives', 'arrives Qaddafi']), art: doc(['relief arrives', 'arrives Gaddafi']), termOf, idf: new Float64Array(10).fill(1) } as unknown as State;
  const soft = softSimilarity(s, vectors);
  // "aid arrives" / "relief arrives": each side credits 0.8 + 1 of 2 words.
  assert.ok(Math.abs(soft(0, 0) - 0.9) < 1e-9, `${soft(0, 0)}`);
  // "storm" is far from "relief": only "arrives" counts.
  assert.ok(Math.abs(soft(1, 0) - 0.5) < 1e-9, `${soft(1, 0)}`);
  // Two names: no credit by their vectors, only "arrives" counts.
  assert.ok(Math.abs(soft(2, 1) - 0.5) < 1e-9, `${soft(2, 1)}`);
});

test('monotonePath: in a gap between the same links, the order-keeping pairing holds the pairs in order, not the crossing one; a pair whose neighbours are linked apart is in no gap', () => {
  // Canonical 0..4, article 0..4; 0-0 and 4-4 linked; the gap holds 1..3 on each side.
  // Pairs 1-1 (0.3), 2-2 (0.3), 3-3 (0.3) in order; 3-1 (0.5) crosses them.
  const cGroup = Int32Array.from([0, -1, -1, -1, 1]);
  const aGroup = Int32Array.from([0, -1, -1, -1, 1]);
  const p = (c: number, a: number, dice: number) => ({ c, a, dice });
  const s = {
    canon: doc(['a', 'b', 'c', 'd', 'e']),
    art: doc(['a', 'b', 'c', 'd', 'e']),
    cGroup,
    aGroup,
    overlapping: [p(3, 1, 0.5), p(1, 1, 0.3), p(2, 2, 0.3), p(3, 3, 0.3)],
  } as unknown as State;
  const on = monotonePath(s);
  assert.equal(on(1, 1), true);
  assert.equal(on(2, 2), true);
  assert.equal(on(3, 3), true);
  assert.equal(on(3, 1), false);
  // A linked sentence is on no path.
  assert.equal(on(0, 0), false);
  // Linked apart: canonical 1 and article 3 linked to each other's neighbours' partners.
  const t = { ...s, cGroup: Int32Array.from([0, -1, 2, -1, 1]), aGroup: Int32Array.from([0, -1, -1, 2, 1]) } as unknown as State;
  // Canonical 3 lies after group 2, article 1 before it: not one gap.
  assert.equal(monotonePath(t)(3, 1), false);
});
