// Scratch step 2 of the word-vector measurements (issue 9 §4): cuts a compact table from
// the float32 dump of extract.mjs: the N most frequent words, D dimensions (PCA when D < 100,
// after removing the mean vector), each vector int8-quantised by its own largest component
// (a cosine does not see a vector's scale, so no scale is stored). Prints the table's bytes,
// its load time in Node (read, words split, map built) and the share of the tune texts'
// content words (not names, not figures) it covers.
//   node --import tsx bench/embed/table.ts DUMP_PREFIX OUT N D [center]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/lang';
import { parseVectorTable } from './wordVectors';

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
if (center) {
  const mean = new Float64Array(SRC);
  for (let i = 0; i < n; i++) for (let j = 0; j < SRC; j++) mean[j]! += X[i * SRC + j]! / n;
  for (let i = 0; i < n; i++) for (let j = 0; j < SRC; j++) X[i * SRC + j]! -= mean[j]!;
}
let Y = X;
let dims = SRC;
if (D < SRC || DROP > 0) {
  // Covariance, then its eigenvectors by Jacobi rotations; the D largest.
  const C = new Float64Array(SRC * SRC);
  for (let i = 0; i < n; i++) for (let a = 0; a < SRC; a++) { const xa = X[i * SRC + a]!; for (let b = a; b < SRC; b++) C[a * SRC + b]! += xa * X[i * SRC + b]!; }
  for (let a = 0; a < SRC; a++) for (let b = 0; b < a; b++) C[a * SRC + b] = C[b * SRC + a]!;
  const V = new Float64Array(SRC * SRC);
  for (let a = 0; a < SRC; a++) V[a * SRC + a] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < SRC; p++) for (let q = p + 1; q < SRC; q++) off += C[p * SRC + q]! ** 2;
    if (off < 1e-12) break;
    for (let p = 0; p < SRC; p++) for (let q = p + 1; q < SRC; q++) {
      const apq = C[p * SRC + q]!;
      if (Math.abs(apq) < 1e-15) continue;
      const theta = (C[q * SRC + q]! - C[p * SRC + p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < SRC; k++) { const kp = C[k * SRC + p]!, kq = C[k * SRC + q]!; C[k * SRC + p] = c * kp - s * kq; C[k * SRC + q] = s * kp + c * kq; }
      for (let k = 0; k < SRC; k++) { const pk = C[p * SRC + k]!, qk = C[q * SRC + k]!; C[p * SRC + k] = c * pk - s * qk; C[q * SRC + k] = s * pk + c * qk; }
      for (let k = 0; k < SRC; k++) { const kp = V[k * SRC + p]!, kq = V[k * SRC + q]!; V[k * SRC + p] = c * kp - s * kq; V[k * SRC + q] = s * kp + c * kq; }
    }
  }
  const order = [...Array(SRC).keys()].sort((a, b) => C[b * SRC + b]! - C[a * SRC + a]!).slice(DROP, DROP + Math.min(D, SRC - DROP));
  const Dk = order.length;
  Y = new Float64Array(n * Dk);
  for (let i = 0; i < n; i++) for (let d = 0; d < Dk; d++) { let s = 0; const e = order[d]!; for (let k = 0; k < SRC; k++) s += X[i * SRC + k]! * V[k * SRC + e]!; Y[i * Dk + d] = s; }
  dims = Dk;
}
const q = new Int8Array(n * dims);
for (let i = 0; i < n; i++) {
  let m = 0;
  for (let d = 0; d < dims; d++) m = Math.max(m, Math.abs(Y[i * dims + d]!));
  for (let d = 0; d < dims; d++) q[i * dims + d] = Math.round((Y[i * dims + d]! / (m || 1)) * 127);
}
const wordsBytes = Buffer.from(allWords.slice(0, n).join('\n'), 'utf8');
const head = Buffer.alloc(16);
head.write('WDV1', 0, 'latin1');
head.writeUInt32LE(n, 4);
head.writeUInt32LE(dims, 8);
head.writeUInt32LE(wordsBytes.length, 12);
const file = Buffer.concat([head, wordsBytes, Buffer.from(q.buffer)]);
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
