/**
 * `node --import tsx bench/eval/offgold.ts [--origin NAME] [--kind KIND] [--json FILE]`: the tool's
 * fact findings on the tune gold that point at no sentence where the gold has a finding ("off
 * gold", the findings that lower the on-gold share of `npm run eval`), each with its origin, its
 * reason, the words it marks and the two sentences, and whether its group is a wrong link (it
 * holds a sentence the gold marks omitted or added: the aligner's, not the detectors'). Counts by
 * origin and kind at the end. Tune only: no unseen set (held-out, fresh) is read.
 *
 * `--origin` and `--kind` keep only those findings; `--json FILE` writes every fact finding of
 * tune (on gold or not) to FILE, for diffing two runs of the engine. No finding of the check origins
 * (`checkOrigins`, gold.ts) is listed (their texts stay unread), only their counts: a helper may look
 * at them in aggregate only. `--hide "fresh 8,fresh 9"` hides more origins the same way.
 *
 * Tune, 28 Nov 2026 (precise19, main 3d8cc6a): 222 off-gold of 1,064; 70 on wrong links, the rest
 * on links the gold pairs (see the session's report for their causes).
 */
import { writeFileSync } from 'node:fs';
import { checkOrigins, familyOrigin, goldName, loadGoldCases, readText } from './gold';
import { runEngine } from './copy.eval';
import { FACT_KINDS, sentencesOf, type ToolSentence } from './score';

interface Span { start: number; end: number }
interface Discrepancy { kind: string; canonical: number[]; article: number[]; reason: string; alignment: number | null; canonicalSpans: Span[]; articleSpans: Span[] }

export interface OffGoldRow {
  origin: string;
  pair: string;
  kind: string;
  onGold: boolean;
  wrongLink: boolean;
  reason: string;
  marks: { canonical: string[]; article: string[] };
  canonical: string;
  article: string;
}

const textOf = (text: string, sentences: readonly ToolSentence[], ids: readonly number[]): string =>
  ids.map((i) => text.slice(sentences[i]!.start, sentences[i]!.end).replace(/\s+/g, ' ')).join(' ‖ ');

/** Every fact finding of the tune pairs, on gold or not. */
export function tuneFindings(): OffGoldRow[] {
  const rows: OffGoldRow[] = [];
  for (const c of loadGoldCases().filter((x) => x.set === 'tune')) {
    const ct = readText(c.canonicalPath);
    const at = readText(c.articlePath);
    const tool = runEngine(c.canonicalPath, c.articlePath);
    const cs = (s: string): number[] => sentencesOf(s, ct, tool.canonical.sentences);
    const as = (s: string): number[] => sentencesOf(s, at, tool.article.sentences);
    const goldC = new Set(c.gold.findings.flatMap((f) => cs(f.c)));
    const goldA = new Set(c.gold.findings.flatMap((f) => as(f.a)));
    const omitted = new Set(c.gold.omitted.flatMap(cs));
    const added = new Set(c.gold.added.flatMap(as));
    for (const d of tool.discrepancies as Discrepancy[]) {
      if (!FACT_KINDS.has(d.kind)) continue;
      const g = d.alignment !== null ? tool.alignments[d.alignment] : undefined;
      rows.push({
        origin: familyOrigin(c.set, c.family),
        pair: goldName(c),
        kind: d.kind,
        onGold: d.canonical.some((i) => goldC.has(i)) || d.article.some((i) => goldA.has(i)),
        wrongLink: !!g && (g.canonical.some((i) => omitted.has(i)) || g.article.some((i) => added.has(i))),
        reason: d.reason,
        marks: { canonical: d.canonicalSpans.map((s) => ct.slice(s.start, s.end)), article: d.articleSpans.map((s) => at.slice(s.start, s.end)) },
        canonical: textOf(ct, tool.canonical.sentences, d.canonical),
        article: textOf(at, tool.article.sentences, d.article),
      });
    }
  }
  return rows;
}

export function run(argv: string[]): void {
  const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const rows = tuneFindings();
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify(rows, null, 1));
  const off = rows.filter((r) => !r.onGold && (!opt('--origin') || r.origin === opt('--origin')) && (!opt('--kind') || r.kind === opt('--kind')));
  const hidden = new Set([...checkOrigins(), ...(opt('--hide') ?? '').split(',').map((o) => o.trim()).filter(Boolean)]);
  for (const r of off) {
    if (hidden.has(r.origin)) continue;
    console.log(`${r.origin} · ${r.pair} · ${r.kind}${r.wrongLink ? ' · wrong link' : ''}`);
    console.log(`  ${r.reason}`);
    console.log(`  canonical: ${r.canonical}`);
    console.log(`  article:   ${r.article}`);
  }
  const count = new Map<string, Map<string, number>>();
  const wrong = new Map<string, number>();
  for (const r of off) {
    const m = count.get(r.origin) ?? new Map<string, number>();
    m.set(r.kind, (m.get(r.kind) ?? 0) + 1);
    count.set(r.origin, m);
    if (r.wrongLink) wrong.set(r.origin, (wrong.get(r.origin) ?? 0) + 1);
  }
  console.log(`\n${off.length} off-gold of ${rows.length} fact findings (${off.filter((r) => r.wrongLink).length} on wrong links)`);
  for (const [o, m] of [...count].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${o}: ${[...m.values()].reduce((a, b) => a + b, 0)}, ${wrong.get(o) ?? 0} on wrong links (${[...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ')})`);
  }
}

if (require.main === module) run(process.argv.slice(2));
