/**
 * `npm run eval` (copy): alignment, findings recall, findings on gold sentences and false
 * links of the engine on real copy, per set of gold (test/fixtures/gold/{tune,heldout,fresh,seeds}),
 * with a line per family (tune, fresh and seeds; the held-out set only in total) and recall per kind, the targets of issue 9 marked, and the set's figures
 * apart for same-language pairs and for translations (the two files in different languages).
 *
 * The engine runs exactly as `wirediff compare --canonical C A --format json` (the CLI's
 * own entry point, from source, so the figures follow src/ without a build).
 * Nobody tunes on the held-out set: see test/fixtures/gold/README.md.
 *
 * Options (after `npm run eval --`): `--set NAME` only that set; `--verbose` lists every
 * item missed, every false link and every finding the tool reported off the gold sentences (never for the
 * unseen sets, held-out and fresh); `--halves` prints a set's figures for each half of its families
 * (`familyHalf`, gold.ts: by a hash of the name), for cross-validation by family (not for the unseen sets);
 * `--origin` prints them apart for the families built as tune and for each former fresh set (`familyOrigin`,
 * gold.ts: read from the family's SOURCES.md), to check that a change moves copy it was not developed on.
 */
import { franc } from 'franc-min';
import { main } from '../../src/cli/main';
import { familyHalf, familyOrigin, loadGoldCases, readText, goldName, UNSEEN_SETS, type GoldCase } from './gold';
import { addScore, emptyTotals, figures, meetsTarget, scorePair, TARGETS, type Figures, type PairScore, type Totals, type ToolOutput } from './score';
import { baselineAlign, BASELINE_JACCARD } from './baseline';
import { freshFamiliesSharingEarlierSets, tuneFamiliesSharingHeldOut } from './leak';

/** Runs the CLI on one pair and returns its JSON. */
export function runEngine(canonicalPath: string, articlePath: string): ToolOutput {
  let out = '';
  let err = '';
  const code = main(['compare', '--canonical', canonicalPath, articlePath, '--format', 'json'], {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    isTTY: false,
    env: {},
  });
  if (code !== 0) throw new Error(`wirediff compare failed (${code}) on ${articlePath}: ${err.trim()}`);
  return JSON.parse(out) as ToolOutput;
}

/**
 * A pair's score, and whether it is a translation: franc (the detector the engine also uses)
 * finds another language in each file. Decided apart from the engine, so that a translation
 * the engine fails to recognise still counts as one.
 */
export function scoreCase(c: GoldCase): PairScore & { translation: boolean; baseline: PairScore } {
  const tool = runEngine(c.canonicalPath, c.articlePath);
  const canonicalText = readText(c.canonicalPath);
  const articleText = readText(c.articlePath);
  const translation = franc(canonicalText, { minLength: 10 }) !== franc(articleText, { minLength: 10 });
  // The naive aligner over the engine's own sentences: only the links differ.
  const naive = { ...tool, alignments: baselineAlign(canonicalText, articleText, tool.canonical.sentences, tool.article.sentences) };
  return { ...scorePair(c.gold, canonicalText, articleText, tool), translation, baseline: scorePair(c.gold, canonicalText, articleText, naive) };
}

const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : `${x.toFixed(1).padStart(5)}%`);

function line(label: string, t: Totals, marks: boolean): string {
  const f = figures(t);
  const mark = (k: keyof Figures): string => (marks ? (meetsTarget(k, f[k]) ? ' pass' : ' FAIL') : '');
  return [
    label.padEnd(34),
    `align ${pct(f.alignment)} (${t.itemsRight}/${t.items})${mark('alignment')}`.padEnd(30),
    `recall ${pct(f.recall)} (${t.findingsFound}/${t.findings})${mark('recall')}`.padEnd(30),
    `on-gold ${pct(f.precision)} (${t.toolFindingsOnGold}/${t.toolFindings})${mark('precision')}`.padEnd(31),
    `false links ${pct(f.falseLinks)} (${t.falseLinks}/${t.links})${mark('falseLinks')}`,
  ].join(' ');
}

export default function run(argv: string[] = process.argv.slice(2)): void {
  const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  const verbose = argv.includes('--verbose');
  const halves = argv.includes('--halves');
  const origins = argv.includes('--origin');
  const cases = loadGoldCases().filter((c) => !only || c.set === only);
  const sets = [...new Set(cases.map((c) => c.set))].sort((a, b) => order(a) - order(b));
  console.log('copy: real story families against gold (test/fixtures/gold)');
  for (const { family, shared } of tuneFamiliesSharingHeldOut()) {
    console.log(`WARNING: tune family ${family} shares ${shared} sentence(s) with a held-out text: remove it, or tuning reaches the held-out set`);
  }
  for (const { family, shared } of freshFamiliesSharingEarlierSets()) {
    console.log(`WARNING: fresh family ${family} shares ${shared} sentence(s) with a held-out or tune text: replace it, or its figures are not first-seen`);
  }
  console.log(`targets: alignment ≥ ${TARGETS.alignment.min}%, recall ≥ ${TARGETS.recall.min}%, on gold sentences ≥ ${TARGETS.precision.min}%, false links ≤ ${TARGETS.falseLinks.max}%`);
  for (const set of sets) {
    const inSet = cases.filter((c) => c.set === set);
    const total = emptyTotals();
    const naive = { all: emptyTotals(), same: emptyTotals() };
    const byLanguage = { same: emptyTotals(), translation: emptyTotals() };
    const pairsOf = { same: 0, translation: 0 };
    const byHalf = { A: emptyTotals(), B: emptyTotals() };
    const byOrigin = new Map<string, { totals: Totals; families: Set<string> }>();
    const families = [...new Set(inSet.map((c) => c.family))];
    console.log(`\n== ${set}: ${inSet.length} pairs, ${families.length} ${families.length === 1 ? 'family' : 'families'}`);
    for (const fam of families) {
      const t = emptyTotals();
      for (const c of inSet.filter((x) => x.family === fam)) {
        const s = scoreCase(c);
        addScore(t, s);
        addScore(total, s);
        addScore(byHalf[familyHalf(c.family)], s);
        const origin = familyOrigin(c.set, c.family);
        if (!byOrigin.has(origin)) byOrigin.set(origin, { totals: emptyTotals(), families: new Set() });
        byOrigin.get(origin)!.families.add(c.family);
        addScore(byOrigin.get(origin)!.totals, s);
        const side = s.translation ? 'translation' : 'same';
        addScore(byLanguage[side], s);
        addScore(naive.all, s.baseline);
        if (side === 'same') addScore(naive.same, s.baseline);
        pairsOf[side]++;
        // The held-out set is scored in total only; no unseen set (held-out, fresh) has its misses listed.
        if (verbose && !UNSEEN_SETS.includes(set)) report(c, s);
      }
      if (set !== 'heldout') console.log('  ' + line(fam, t, false));
    }
    console.log('  ' + line(`ALL ${set}`, total, true));
    // The same figures apart for same-language pairs and for translations.
    if (pairsOf.same) console.log('  ' + line(`  same language (${pairsOf.same} pairs)`, byLanguage.same, false));
    if (pairsOf.translation) console.log('  ' + line(`  translations (${pairsOf.translation} pairs)`, byLanguage.translation, false));
    if (halves && !UNSEEN_SETS.includes(set)) for (const h of ['A', 'B'] as const) console.log('  ' + line(`  half ${h} (${families.filter((f) => familyHalf(f) === h).length} families)`, byHalf[h], false));
    if (origins && set === 'tune') {
      for (const [o, v] of [...byOrigin].sort(([a], [b]) => a.localeCompare(b))) console.log('  ' + line(`  ${o} (${v.families.size} families)`, v.totals, false));
    }
    console.log('  ' + baselineLine(naive.all, naive.same, pairsOf.same > 0));
    const kinds = Object.entries(total.byKind).sort(([a], [b]) => a.localeCompare(b));
    console.log('  recall by kind: ' + kinds.map(([k, v]) => `${k} ${v.found}/${v.n}`).join(', '));
    const m = total.missedBy;
    console.log(`  missed findings: ${m.linked} on sentences the tool linked (detectors), ${m.apart} on sentences it did not link (aligner), ${m['one-sided']} of one side only`);
  }
}

/** The naive aligner's alignment and false links on the same pairs: the floor the engine's figures are read against. */
function baselineLine(all: Totals, same: Totals, hasSame: boolean): string {
  const f = figures(all);
  const g = figures(same);
  const sameLang = hasSame ? ` (same language: align ${pct(g.alignment)}, false links ${pct(g.falseLinks)})` : '';
  return `naive word-overlap aligner (Jaccard ≥ ${BASELINE_JACCARD}, one to one): align ${pct(f.alignment)}, false links ${pct(f.falseLinks)}${sameLang}`;
}

function order(set: string): number {
  return ['tune', 'heldout', 'fresh', 'seeds'].indexOf(set) + 1 || 99;
}

function report(c: GoldCase, s: PairScore): void {
  console.log(`    ${goldName(c)}`);
  for (const i of s.items.filter((x) => !x.right)) console.log(`      missed ${i.type}: ${i.c ?? ''}${i.c && i.a ? ' ↔ ' : ''}${i.a ?? ''}`);
  for (const f of s.findings.filter((x) => !x.found)) console.log(`      missed ${f.kind}: ${f.note}`);
  for (const g of s.falseLinkGroups) console.log(`      false link: canonical ${JSON.stringify(g.canonical)} article ${JSON.stringify(g.article)}`);
  for (const f of s.toolFindings.filter((x) => !x.onGold)) console.log(`      off-gold ${f.kind}: canonical ${JSON.stringify(f.canonical)} article ${JSON.stringify(f.article)}`);
}
