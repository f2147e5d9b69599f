// Scratch step 2 of the word-vector measurements (issue 9 §4): cuts a compact table from
// the float32 dump of extract.mjs (with scripts/build-vectors.ts's cutTable): the N most frequent words, D dimensions (PCA when D < 100,
// after removing the mean vector), each vector int8-quantised by its own largest component
// (a cosine does not see a vector's scale, so no scale is stored). Prints the table's bytes,
// its load time in Node (read, words split, map built) and the share of the tune texts'
// content words (not names, not figures) it covers.
//   node --import tsx bench/embed/table.ts DUMP_PREFIX OUT N D [center] [DROP]
// (D counts the dimensions kept before DROP: 100 2 keeps 98.)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { parseVectorTable } from '../../src/core/wordVectors';
import { cutTable } from '../../scripts/build-vectors';

const [prefix, out, nArg, dArg, centerArg, dropArg] = process.argv.slice(2);
// All-but-the-top (Mu & Viswanath 2018): the first components, common to most words, dropped.
const DROP = Number(dropArg ?? 0);
const N = Number(nArg);
const D = Number(dArg);
const center = centerArg === 'center' || D < 100;
const allWords = readFileSync(prefix + '.words', 'utf8').split('\n');
const all = new Float32Array(readFileSync(prefix + '.f32').buffer.slice(0));
const SRC = 100;
const n = Math.min(N, allWords.length);
const X = new Float64Array(n * SRC);
for (let i = 0; i < n * SRC; i++) X[i] = all[i]!;
const file = cutTable(allWords.slice(0, n), X, SRC, { dims: D - DROP, center, drop: DROP });
const dims = file.readUInt32LE(8);
writeFileSync(out, file);

const t0 = performance.now();
const table = parseVectorTable(new Uint8Array(readFileSync(out)));
const loadMs = performance.now() - t0;
// Coverage of the tune texts' content words (not capitalised mid-sentence, not figures).
const ctx = tokenizerContext('eng');
const dir = join(__dirname, '../../test/fixtures/families/tune');
let seen = 0, hit = 0;
for (const fam of readdirSync(dir)) {
  if (!fam.includes('-')) continue;
  for (const f of readdirSync(join(dir, fam))) {
    const text = readFileSync(join(dir, fam, f), 'utf8');
    for (const t of tokenize(text, 0, text.length, ctx)) {
      if (!t.content || t.num !== null || t.cap || !/^[a-z]/.test(t.norm)) continue;
      seen++;
      if (table.rowOf(t.norm.replace(/'s$/, '')) >= 0) hit++;
    }
  }
}
console.log(`N=${n} D=${dims}${center ? ' centred' : ''}${DROP ? ` top ${DROP} dropped` : ''}: ${(file.length / 1e6).toFixed(2)} MB, gzip n/a, load ${loadMs.toFixed(1)} ms, tune content-word coverage ${((100 * hit) / seen).toFixed(1)}% (${hit}/${seen})`);
