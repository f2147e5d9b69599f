// Scratch step 3 of the word-vector measurements (issue 9 §4): on the TUNE set only, how well
// word vectors tell the sentence pairs the aligner misses (gold links between two sentences
// the tool left unlinked) from the other pairs of unlinked sentences. Two scores: the soft
// word match of src/core/alignVectors.ts (each content word by its best partner: same key 1,
// cosine above WORD for a word alike), and the cosine of IDF-weighted mean vectors.
//   node --import tsx bench/embed/separate.ts TABLE [WORD=0.5]
import { readFileSync } from 'node:fs';
import { loadGoldCases, readText } from '../eval/gold';
import { compare } from '../../src/core/compare';
import { tokenize, type Token } from '../../src/core/text';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { parseVectorTable } from '../../src/core/wordVectors';

const table = parseVectorTable(new Uint8Array(readFileSync(process.argv[2]!)));
const WORD = Number(process.argv[3] ?? 0.5);
const ctx = tokenizerContext('eng');
interface W { key: string; row: number; w: number }
const pos: Array<{ soft: number; mean: number; best: boolean }> = [];
const neg: Array<{ soft: number; mean: number }> = [];
const auc = { soft: [0, 0], mean: [0, 0] };
const mutual: Record<'soft' | 'mean', Array<{ v: number; gold: boolean }>> = { soft: [], mean: [] };
for (const gc of loadGoldCases().filter((c) => c.set === 'tune')) {
  const ct = readText(gc.canonicalPath), at = readText(gc.articlePath);
  const cmp = compare(ct, at);
  if (cmp.articleLanguage) continue;
  const cs = cmp.canonical.sentences, as = cmp.article.sentences;
  const cl = new Set(cmp.alignments.flatMap((g) => g.canonical)), al = new Set(cmp.alignments.flatMap((g) => g.article));
  const at_ = (ss: typeof cs, text: string, snip: string): number => { const i = text.indexOf(snip); return ss.findIndex((s) => s.start <= i && i < s.end); };
  const gold = new Set(gc.gold.pairs.map((p) => `${at_(cs, ct, p.c)},${at_(as, at, p.a)}`));
  const toks = (text: string, s: { start: number; end: number }): Token[] => tokenize(text, s.start, s.end, ctx);
  const df = new Map<string, number>();
  const sentsW = (text: string, ss: typeof cs): Token[][] => ss.map((s) => toks(text, s));
  const ctoks = sentsW(ct, cs), atoks = sentsW(at, as);
  for (const ts of [...ctoks, ...atoks]) for (const k of new Set(ts.filter((t) => t.content).map((t) => t.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = ctoks.length + atoks.length;
  const words = (ts: Token[]): W[] => {
    const m = new Map<string, W>();
    ts.forEach((t, i) => { if (!t.content || m.has(t.key)) return; const name = i > 0 && t.cap; const row = t.num !== null || name ? -1 : table.rowOf(t.norm.replace(/'s$/, '')); m.set(t.key, { key: t.key, row, w: Math.log(1 + n / (df.get(t.key) ?? 1)) }); });
    return [...m.values()];
  };
  const carried = (x: W[], y: W[]): number => { let T = 0, G = 0; for (const w of x) { T += w.w; let b = 0; for (const v of y) { if (v.key === w.key) { b = 1; break; } if (w.row < 0 || v.row < 0) continue; const c = table.cosine(w.row, v.row); if (c >= WORD && c > b) b = c; } G += b * w.w; } return T ? G / T : 0; };
  const soft = (x: W[], y: W[]): number => { const p = carried(x, y), r = carried(y, x); return p + r ? (2 * p * r) / (p + r) : 0; };
  const meanV = (x: W[]): Float64Array => { const v = new Float64Array(table.dims); for (const w of x) { if (w.row < 0) continue; const L = table.lengths[w.row]!; for (let d = 0; d < table.dims; d++) v[d]! += (w.w * table.data[w.row * table.dims + d]!) / L; } return v; };
  const cosV = (a: Float64Array, b: Float64Array): number => { let s = 0, x = 0, y = 0; for (let d = 0; d < a.length; d++) { s += a[d]! * b[d]!; x += a[d]! ** 2; y += b[d]! ** 2; } return x && y ? s / Math.sqrt(x * y) : 0; };
  const cw = ctoks.map(words), aw = atoks.map(words), cm = cw.map(meanV), am = aw.map(meanV);
  const rows: Array<{ c: number; a: number; soft: number; mean: number; gold: boolean }> = [];
  for (let c = 0; c < cs.length; c++) for (let a = 0; a < as.length; a++) {
    if (cl.has(c) || al.has(a) || cs[c]!.kind === 'boilerplate' || as[a]!.kind === 'boilerplate') continue;
    rows.push({ c, a, soft: soft(cw[c]!, aw[a]!), mean: cosV(cm[c]!, am[a]!), gold: gold.has(`${c},${a}`) });
  }
  // Pairs each of whose sentences has no better partner among the unlinked ones, by each score.
  for (const k of ['soft', 'mean'] as const) for (const r of rows) if (rows.every((o) => o === r || (o.c !== r.c && o.a !== r.a) || o[k] < r[k])) mutual[k].push({ v: r[k], gold: r.gold });
  for (const r of rows) {
    if (!r.gold) { neg.push(r); continue; }
    const best = rows.every((o) => o === r || (o.c !== r.c && o.a !== r.a) || o.soft < r.soft);
    pos.push({ soft: r.soft, mean: r.mean, best });
    // Against its competitors: the other pairs of its canonical or its article sentence.
    for (const o of rows) if (o !== r && !o.gold && (o.c === r.c || o.a === r.a)) for (const k of ['soft', 'mean'] as const) { auc[k][0]! += r[k] > o[k] ? 1 : r[k] === o[k] ? 0.5 : 0; auc[k][1]! += 1; }
  }
}
console.log(`tune, unlinked sentence pairs: ${pos.length} gold (mutual best by soft score: ${pos.filter((p) => p.best).length}), ${neg.length} others`);
console.log(`  AUC against competitors (pairs sharing a sentence): soft ${(auc.soft[0]! / auc.soft[1]!).toFixed(3)}, mean ${(auc.mean[0]! / auc.mean[1]!).toFixed(3)}`);
for (const k of ['soft', 'mean'] as const) for (const th of k === 'soft' ? [0.3, 0.4, 0.5, 0.6] : [0.6, 0.7, 0.8, 0.9])
  console.log(`  ${k} ≥ ${th}: gold ${pos.filter((p) => p[k] >= th).length}/${pos.length}, others ${neg.filter((p) => p[k] >= th).length}/${neg.length}`);
for (const k of ['soft', 'mean'] as const) for (const th of k === 'soft' ? [0.2, 0.3, 0.4] : [0.5, 0.6, 0.7])
  console.log(`  mutual best by ${k}, ≥ ${th}: gold ${mutual[k].filter((p) => p.v >= th && p.gold).length}, others ${mutual[k].filter((p) => p.v >= th && !p.gold).length}`);
