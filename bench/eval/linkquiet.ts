/**
 * `node --import tsx bench/eval/linkquiet.ts [--sweep | --all]`: the calibrated link score
 * (linkscore.ts) used to quiet findings instead of undoing links (quiet17). Every link the rules
 * make is kept; the fact findings (score.ts's FACT_KINDS) that lie on one of the rules' one-to-one
 * links (the links linkscore.ts's veto weighs) the model finds unlikely, below a cutoff, are
 * dropped. Alignment and false links stay the rules' by construction; recall and findings on gold
 * sentences move. The findings are dropped from the engine's JSON (a finding lies on a link when
 * its sentences are the link's two): the same as not making them, no other finding reading them.
 *
 * Held out by origin as linkscore.ts does: the model (the chance that a rule's one-to-one link is
 * right, the veto's fit) is fitted on seven origins, its cutoff chosen on those seven too (the one
 * that gains most there: findings off gold sentences dropped, less those on gold sentences dropped,
 * less LOST_COST for each gold finding no longer found; none when nothing gains), and the eighth
 * is scored. `--sweep`: each cutoff the same on every fold (the weights still fitted without it);
 * `--all`: fitted and chosen on all of tune, in sample. Demoting in place of dropping (the findings
 * kept at low severity) changes no figure of the eval, which counts every severity as the default
 * view (minSeverity low) shows it; the script also scores the `--min-severity high` view.
 *
 * Result (27 Nov 2026, main bc1aa9a, the headline gold of f351d24; rules alone → quieted, held out):
 *
 * | held fold | cutoff chosen on the seven others | recall | on gold sentences | alignment, false links |
 * |---|---|---|---|---|
 * | fresh 1 (13 pairs) | 0.35 | 21/38 → 21/38 | 73.8% (48/65) → 73.8% (48/65) | 217/272, 6/47 (both unchanged) |
 * | fresh 2 (14 pairs) | 0.35 | 12/23 → 12/23 | 58.9% (33/56) → 58.9% (33/56) | 177/192, 4/65 |
 * | fresh 3 (20 pairs) | 0.35 | 12/21 → 12/21 | 63.4% (26/41) → 63.4% (26/41) | 308/350, 2/132 |
 * | fresh 4 (15 pairs) | 0.45 | 18/35 → 18/35 | 76.5% (39/51) → 79.2% (38/48) | 248/303, 1/114 |
 * | fresh 5 (17 pairs) | none gains | 28/45 → 28/45 | 85.3% (81/95) → 85.3% (81/95) | 268/291, 6/121 |
 * | fresh 6 (18 pairs) | none gains | 30/74 → 30/74 | 80.6% (87/108) → 80.6% (87/108) | 317/384, 8/125 |
 * | fresh 7 (15 pairs) | 0.35 | 21/50 → 21/50 | 62.9% (56/89) → 62.9% (56/89) | 290/348, 12/120 |
 * | original (79 pairs) | 0.4 | 252/352 → 248/352 | 90.0% (395/439) → 91.1% (390/428) | 1447/1640, 13/558 |
 *
 * On gold sentences up on two folds of eight (the bar: six), and the original families lose four
 * findings (the bar: at most one): nothing ships. Fitted on all of tune, no cutoff gains even in
 * sample. The sweep shows no cutoff could pass, even chosen with the held folds in view: below 0.6
 * on-gold rises on all eight folds and the seven ex-fresh sets lose no finding (fresh 1 +7.5
 * points, 2 +2.2, 3 +1.6, 4 +6.1, 5 +2.8, 6 +1.3, 7 +6.3), but the original families lose 24 of
 * 352 (+1.0 points); any cutoff that raises on-gold on six folds (0.5 and up) costs them 11 or
 * more, and below 0.35 nothing moves on any ex-fresh set while they already lose two. Why, as for
 * the veto (linkscore.ts): of the fact findings on links the held model puts below 0.6, on the
 * ex-fresh sets 25 sit off gold sentences on false links, 2 off gold on right links and 4 on gold
 * sentences; on the original families 46 sit on gold sentences on right links (35 of them gap
 * links, 7 weak, 4 title), 6 on gold sentences on false links and 9 off gold on false links. The rules' gap links are right in the families they were written on and
 * false in the sets built after; fitted on the ones, the model quiets the others' true findings.
 * The high-only view (`--min-severity high`, the findings on doubtful links demoted) moves only the
 * original families, 94.9% (112/118) → 97.3% (109/112) with 71 → 68 gold findings shown there,
 * the others unchanged at the cutoffs chosen held out.
 *
 * On main 27c82d4 (recall17's number and compass findings): the same cutoffs and verdict; fresh 4
 * 76.9% (40/52) → 79.6% (39/49), the original families 253 → 249/352 and 90.0% (396/440) → 91.1%
 * (391/429), the other folds unchanged; below 0.6 (sweep) the original families lose 25, at 0.5 12.
 *
 * Only the tune set is read (never the held-out set: test/fixtures/gold/README.md).
 */
import { FACT_KINDS, addScore, emptyTotals, scorePair, type ToolOutput, type Totals } from './score';
import { linkProbability } from './linkFeatures';
import { buildCase, fit, type Case, type LogisticModel } from './linkscore';
import { loadGoldCases, readText } from './gold';

/** The cutoffs tried, as linkscore.ts's. */
const CUTOFFS = Array.from({ length: 19 }, (_, i) => Math.round(5 * (i + 1)) / 100);

/** What a gold finding no longer found costs when the cutoff is chosen, in findings off gold dropped. */
export const LOST_COST = 3;

type Finding = ToolOutput['discrepancies'][number] & { severity?: string };

/** Whether each of the engine's findings is a fact finding on a rule's one-to-one link the model weighs below the cutoff. */
function onDoubtful(c: Case, model: LogisticModel, cutoff: number): (d: Finding) => boolean {
  const doubtful = new Set<string>();
  for (const x of c.cands) if (x.step && linkProbability(model.weights, x.features) < cutoff) doubtful.add(`${x.c} ${x.a}`);
  return (d) => FACT_KINDS.has(d.kind) && d.canonical.length === 1 && d.article.length === 1 && doubtful.has(`${d.canonical[0]} ${d.article[0]}`);
}

/** The engine's JSON with the fact findings on a rule's one-to-one link below the cutoff dropped. */
export function quiet(c: Case, model: LogisticModel, cutoff = model.cutoff): ToolOutput {
  const on = onDoubtful(c, model, cutoff);
  return { ...c.tool, discrepancies: c.tool.discrepancies.filter((d) => !on(d)) };
}

/** The engine's JSON with those findings kept at low severity, as `--min-severity high` would then show it (the high findings only). */
export function demotedHigh(c: Case, model: LogisticModel | null, cutoff = model?.cutoff ?? 0): ToolOutput {
  const on = model ? onDoubtful(c, model, cutoff) : (): boolean => false;
  return { ...c.tool, discrepancies: (c.tool.discrepancies as Finding[]).filter((d) => d.severity === 'high' && !on(d)) };
}

export function quietFold(cases: readonly Case[], model: LogisticModel | null, cutoff?: number, view: (c: Case, m: LogisticModel | null, cutoff?: number) => ToolOutput = (c, m, k) => (m ? quiet(c, m, k) : c.tool)): Totals {
  const t = emptyTotals();
  for (const c of cases) addScore(t, scorePair(c.gold.gold, readText(c.gold.canonicalPath), readText(c.gold.articlePath), view(c, model, cutoff)));
  return t;
}

/** The gain of quieting on a set against the rules alone: off-gold findings dropped, less on-gold ones dropped, less LOST_COST per gold finding lost. */
export function quietGain(t: Totals, rules: Totals): number {
  const onGold = rules.toolFindingsOnGold - t.toolFindingsOnGold;
  const offGold = rules.toolFindings - t.toolFindings - onGold;
  return offGold - onGold - LOST_COST * (rules.findingsFound - t.findingsFound);
}

/** The veto model's weights fitted on `train`: the chance that a rule's one-to-one link is right. */
export function fitWeights(train: readonly Case[]): number[] {
  const links = train.flatMap((c) => c.cands.filter((x) => x.step !== null));
  return fit(
    links.map((x) => x.features),
    links.map((x) => x.right),
  ).map((x) => Math.round(x * 1e4) / 1e4);
}

/** The veto model fitted on `train` with the cutoff that quiets best there (null: nothing gains). */
export function fitQuiet(train: readonly Case[]): LogisticModel | null {
  const model = { weights: fitWeights(train), cutoff: 0 };
  const rules = quietFold(train, null);
  let best = { cutoff: 0, g: 0 };
  for (const cutoff of CUTOFFS) {
    const g = quietGain(quietFold(train, model, cutoff), rules);
    if (g > best.g) best = { cutoff, g };
  }
  return best.g > 0 ? { weights: model.weights, cutoff: best.cutoff } : null;
}

const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}%`;
const show = (t: Totals): string =>
  `recall ${t.findingsFound}/${t.findings}, on-gold ${pct(t.toolFindingsOnGold, t.toolFindings)} (${t.toolFindingsOnGold}/${t.toolFindings}), align ${t.itemsRight}/${t.items}, false links ${t.falseLinks}/${t.links}`;

/** `--sweep`: every cutoff the same on each fold (the weights still fitted without it), and on how many folds on-gold rises, the most recall any fold loses. */
function sweep(cases: readonly Case[], folds: readonly string[]): void {
  const rows = CUTOFFS.map(() => ({ rises: 0, worst: 0, cells: [] as string[] }));
  for (const fold of folds) {
    const model = { weights: fitWeights(cases.filter((c) => c.origin !== fold)), cutoff: 0 };
    const held = cases.filter((c) => c.origin === fold);
    const rules = quietFold(held, null);
    const before = rules.toolFindingsOnGold / rules.toolFindings;
    CUTOFFS.forEach((cutoff, i) => {
      const t = quietFold(held, model, cutoff);
      const d = t.toolFindingsOnGold / t.toolFindings - before;
      const lost = t.findingsFound - rules.findingsFound;
      if (d > 1e-12) rows[i]!.rises++;
      rows[i]!.worst = Math.min(rows[i]!.worst, lost);
      rows[i]!.cells.push(`${fold} ${d >= 0 ? '+' : ''}${(100 * d).toFixed(1)} (recall ${lost})`);
    });
  }
  CUTOFFS.forEach((cutoff, i) => console.log(`below ${cutoff.toFixed(2)}: on-gold up on ${rows[i]!.rises}/${folds.length}, recall at worst ${rows[i]!.worst}; ${rows[i]!.cells.join(', ')}`));
}

export default function run(argv = process.argv.slice(2)): void {
  const cases = loadGoldCases()
    .filter((c) => c.set === 'tune')
    .map(buildCase);
  const folds = [...new Set(cases.map((c) => c.origin))].sort();
  if (argv.includes('--sweep')) return sweep(cases, folds);
  if (argv.includes('--all')) {
    // Fitted and its cutoff chosen on all of tune, scored in sample: the most it could give.
    const m = fitQuiet(cases);
    console.log(`fitted on all of tune: cutoff ${m ? m.cutoff : 'none'}`);
    for (const fold of folds) {
      const held = cases.filter((c) => c.origin === fold);
      console.log(`  ${fold.padEnd(9)} rules ${show(quietFold(held, null))}; quiet in sample ${show(quietFold(held, m))}`);
    }
    return;
  }
  for (const fold of folds) {
    const train = cases.filter((c) => c.origin !== fold);
    const held = cases.filter((c) => c.origin === fold);
    const m = fitQuiet(train);
    console.log(`\n== held fold: ${fold} (${held.length} pairs); cutoff chosen on the other seven: ${m ? m.cutoff : 'none'}`);
    console.log(`  rules: ${show(quietFold(held, null))}`);
    console.log(`  quiet: ${show(quietFold(held, m))}`);
    console.log(`  high findings only (--min-severity high), rules: ${show(quietFold(held, null, undefined, demotedHigh))}`);
    console.log(`  high findings only, those on doubtful links demoted: ${show(quietFold(held, m, undefined, demotedHigh))}`);
  }
}

if (require.main === module) run();
