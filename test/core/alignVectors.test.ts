import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '../../src/core/align';
import { COMMON_WORDS, vectorRemap } from '../../src/core/alignVectors';
import { parseVectorTable, type WordVectors } from '../../src/core/wordVectors';
import { plainSynonymsOf } from '../../src/core/synonyms';
import { prepare } from './helpers';

/** A table in the engine's format (src/core/wordVectors.ts) of a few words and made-up vectors. */
function table(rows: Record<string, number[]>): WordVectors {
  const words = Object.keys(rows);
  const dims = rows[words[0]!]!.length;
  const text = new TextEncoder().encode(words.join('\n'));
  const bytes = new Uint8Array(16 + text.length + words.length * dims);
  bytes.set(new TextEncoder().encode('WDV1'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, words.length, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, text.length, true);
  bytes.set(text, 16);
  const q = new Int8Array(bytes.buffer, 16 + text.length);
  words.forEach((w, i) => rows[w]!.forEach((x, d) => (q[i * dims + d] = Math.round(x * 127))));
  return parseVectorTable(bytes);
}

// Grain and pasture words near one another; directions near one another; a word far from all.
const ROWS = {
  maize: [1, 0.2, 0, 0],
  corn: [0.95, 0.3, 0, 0],
  withered: [0, 1, 0.1, 0],
  shrivelled: [0.1, 0.95, 0.2, 0],
  north: [0, 0, 1, 0.1],
  south: [0, 0, 0.95, 0.2],
  parliament: [0, 0, 0, 1],
};
const VECTORS = table(ROWS);
/** The same words past the language's most common ones (a table is ordered by frequency: `commonWords`, alignVectors.ts). */
const RARER = table({ ...Object.fromEntries(Array.from({ length: COMMON_WORDS }, (_, i) => [`w${i}`, [0, 0, 0, 1]])), ...ROWS });

test('wordVectors: a table reads back its words and their cosines; bytes that are not a table throw', () => {
  assert.equal(VECTORS.size, 7);
  assert.ok(VECTORS.cosine(VECTORS.rowOf('maize'), VECTORS.rowOf('corn')) > 0.9);
  assert.ok(VECTORS.cosine(VECTORS.rowOf('maize'), VECTORS.rowOf('parliament')) < 0.1);
  assert.equal(VECTORS.rowOf('wheat'), -1);
  assert.throws(() => parseVectorTable(new Uint8Array([1, 2, 3])));
});

/** A table's bytes from its lines as written (words may repeat or be empty), `dims` zeros a row. */
function rawTable(text: string, size: number, dims = 2): Uint8Array {
  const words = new TextEncoder().encode(text);
  const bytes = new Uint8Array(16 + words.length + size * dims);
  bytes.set(new TextEncoder().encode('WDV1'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, size, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, words.length, true);
  bytes.set(words, 16);
  return bytes;
}

test('wordVectors: each word is found at its own row, anything else is not; a word written twice is its last row; an empty line is the empty word', () => {
  // Many words, so that the lookup's hash meets collisions: made-up words of two to six letters.
  const words: string[] = [];
  for (let i = 0; words.length < 5000; i++) words.push((i * 7919).toString(36).slice(0, 2 + (i % 5)) + (i % 3 ? '' : "'s"));
  const unique = [...new Set(words)];
  const t = parseVectorTable(rawTable(unique.join('\n'), unique.length));
  unique.forEach((w, i) => assert.equal(t.rowOf(w), i));
  for (const w of unique.slice(0, 500)) {
    for (const near of [w + 'x', w.slice(1), w.toUpperCase(), w + '\u00e9', '']) assert.equal(t.rowOf(near), unique.indexOf(near));
  }
  const dup = parseVectorTable(rawTable('war\npeace\nwar\n\nfamine', 5));
  assert.deepEqual(['war', 'peace', '', 'famine', 'wars', 'wa'].map((w) => dup.rowOf(w)), [2, 1, 3, 4, -1, -1]);
});

test('wordVectors: a table whose lines are not its number of words, or with a byte that is not ASCII, throws', () => {
  assert.throws(() => parseVectorTable(rawTable('war\npeace', 3)), /wrong number of words/);
  assert.throws(() => parseVectorTable(rawTable('war\npeace\nfamine', 2)), /wrong number of words/);
  assert.throws(() => parseVectorTable(rawTable('war\npeace\nfamin\u00e9', 2)), /not in ASCII/);
  assert.throws(() => parseVectorTable(rawTable('war\npe\u00e1ce', 3)), /not in ASCII/);
  assert.equal(parseVectorTable(rawTable('war\n', 2)).rowOf(''), 1);
});

test('wordVectors: the lengths are read on first use, each stored as a float32: the cosines are those of the whole table read at once', () => {
  const rows = { a: [0.3, -0.7, 0.1], b: [0.9, 0.2, -0.4], c: [0, 0, 0], d: [-0.5, 0.5, 0.5] };
  const lazy = table(rows);
  const eager = table(rows);
  const all = eager.lengths;
  for (let r = 0; r < eager.size; r++) {
    let s = 0;
    for (let d = 0; d < eager.dims; d++) s += eager.data[r * eager.dims + d]! ** 2;
    assert.equal(all[r], Math.fround(Math.sqrt(s)));
  }
  for (let x = 0; x < lazy.size; x++) for (let y = 0; y < lazy.size; y++) assert.equal(lazy.cosine(x, y), eager.cosine(x, y));
  assert.equal(lazy.cosine(lazy.rowOf('c'), lazy.rowOf('a')), 0);
});

test('alignVectors: a word the other text has only as a word alike counts as that word; never a name, nor two kinds of one thing', () => {
  const c = prepare('Most of the corn withered in the north.');
  const a = prepare('Most of the maize shrivelled in the south.');
  const ids = (doc: typeof c, w: string): number => doc.tokens.flat().find((t) => t.norm === w)!.id;
  const remap = vectorRemap(c, a, VECTORS);
  assert.equal(remap.get(ids(a, 'maize')), ids(c, 'corn'));
  assert.equal(remap.get(ids(a, 'shrivelled')), ids(c, 'withered'));
  // "north" / "south": WordNet's two kinds of one thing (directions), set apart however close their vectors.
  assert.equal(remap.has(ids(a, 'south')), false);
  // A name is compared as written.
  const named = prepare('Most of the crop went to Maize.');
  assert.equal(vectorRemap(prepare('Most of the crop went to the corn market.'), named, VECTORS).size, 0);
});

test('align: a paraphrase between two links, in words the table has as alike, links with the vectors and not without', () => {
  const canon = prepare(
    'The regional council met on Monday to discuss the drought. Farmers say the corn withered in the fields. The council will meet again next month.',
  );
  const art = prepare(
    'The regional council met on Monday to discuss the drought. Growers report that maize shrivelled. The council will meet again next month.',
  );
  const middle = (groups: ReturnType<typeof align>['groups']): boolean => groups.some((g) => g.canonical.includes(1) && g.article.includes(1));
  assert.equal(middle(align(canon, art, 0.3, { synonyms: plainSynonymsOf }).groups), false);
  assert.equal(middle(align(canon, art, 0.3, { synonyms: plainSynonymsOf, vectors: RARER }).groups), true);
  // Words alike that are all among the most common of the language are no evidence (`sharesOnlyCommonWords`, alignShared.ts).
  assert.equal(middle(align(canon, art, 0.3, { synonyms: plainSynonymsOf, vectors: VECTORS }).groups), false);
});

test('alignVectors: a word is looked up by each form it is written in, and left out when the other text has it in any form', () => {
  // "maizes" is not in the table, "maize" (the same key) is: the key is still found alike.
  const c = prepare('Most of the corn withered. The fields of corn were dry.');
  const a = prepare('Most of the maizes shrivelled. The fields of maize were dry.');
  const ids = (doc: typeof c, w: string): number => doc.tokens.flat().find((t) => t.norm === w)!.id;
  assert.equal(vectorRemap(c, a, VECTORS).get(ids(a, 'maize')), ids(c, 'corn'));
  // The canonical writes "withering": the article's "withered" is its word, not one only the article has.
  const remap = vectorRemap(prepare('The corn is withering.'), prepare('The maize withered.'), VECTORS);
  assert.equal([...remap.values()].length, 1);
});
