/**
 * `node --import tsx bench/eval/linkuses.ts [--sim] [--uses NAME,NAME…]`: the uses of the calibrated
 * link score (linkscore.ts) held out by origin, each use chosen without the held fold. A use is what
 * the score may do and which links it weighs: undo the rules' links below a cutoff (a veto), all of
 * them or some (not the headlines', not the title rule's), the cutoff at most 0.5 or any, the cost
 * of undoing a right link one alignment item or more (its findings too); make links between a
 * leftover and its likeliest partner (an accept). For each fold left out (the tune families by
 * origin, `familyOrigin`): each use is fitted on the other seven origins and scored on it, and the
 * use is also chosen as a lead would choose it, by its gain (alignment items made right, less
 * twice the false links made) left out origin by origin *among the seven* (an inner leave one
 * origin out); the held fold is read only after that choice. The figures are the engine's, the
 * model acting inside the aligner (`applyModel`, `engineFold`): alignment, false links, findings
 * recall and findings on gold sentences (`--sim`: the links alone, `simulate`, faster, recall and
 * on-gold those of the rules).
 *
 * Only the tune set is read (never the held-out set: test/fixtures/gold/README.md). The result of
 * 27 Nov 2026 is in linkscore.ts's header.
 */
import { loadGoldCases } from './gold';
import { LINK_FEATURES } from './linkFeatures';
import { buildCase, engineFold, fitModel, simFold, withHeading, type Case, type LinkScoreModel } from './linkscore';
import type { LinkStep } from '../../src/core/alignState';
import type { Totals } from './score';

/** One use of the score (see the header). */
export interface Use {
  name: string;
  /** The steps whose links the veto weighs (all but word for word when absent). */
  steps?: readonly LinkStep[];
  /** The veto leaves alone the links with a heading on either side. */
  sentencesOnly?: boolean;
  /** The highest cutoff the veto may take (1: any). */
  maxCutoff: number;
  /** What undoing a right link costs when the cutoff is chosen (1: its alignment item). */
  rightCost?: number;
  /** Whether the accept model is fitted too. */
  accept: boolean;
  /** Features the model may not use (read as 0). */
  without?: readonly string[];
}

const NOT_TITLE: readonly LinkStep[] = ['strong', 'weak', 'join', 'gap', 'rewrite', 'fact'];
const TEXT_FEATURES = ['firmShare', 'linkedShare', 'size'];

/** The uses tried, fixed before any fold was read (the first is calib13's). */
export const USES: readonly Use[] = [
  { name: 'veto and accept', maxCutoff: 1, accept: true },
  { name: 'veto', maxCutoff: 1, accept: false },
  { name: 'veto below 0.5', maxCutoff: 0.5, accept: false },
  { name: 'veto, not titles', steps: NOT_TITLE, maxCutoff: 1, accept: false },
  { name: 'veto, sentences only', sentencesOnly: true, maxCutoff: 1, accept: false },
  { name: 'veto, sentences, below 0.5', sentencesOnly: true, maxCutoff: 0.5, accept: false },
  { name: 'veto, weak steps only', steps: ['weak', 'join', 'gap', 'rewrite', 'fact'], maxCutoff: 1, accept: false },
  { name: 'veto, no text features', maxCutoff: 1, accept: false, without: TEXT_FEATURES },
  { name: 'veto, right costs 2', maxCutoff: 1, rightCost: 2, accept: false },
  { name: 'veto, right costs 3', maxCutoff: 1, rightCost: 3, accept: false },
  { name: 'accept', steps: [], maxCutoff: 1, accept: true },
];

/** The candidates a use's models weigh, the features it may not use read as 0. */
function restrict(cases: readonly Case[], u: Use): Case[] {
  const keep = LINK_FEATURES.map((f) => !u.without?.includes(f));
  const weighs = (x: Case['cands'][number]): boolean => (x.step ? (!u.steps || u.steps.includes(x.step)) && !(u.sentencesOnly && withHeading(x)) : u.accept);
  return cases.map((c) => ({ ...c, cands: c.cands.filter(weighs).map((x) => ({ ...x, features: x.features.map((v, i) => (keep[i] ? v : 0)) })) }));
}

/** A use's models fitted on `cases`. */
export function fitUse(cases: readonly Case[], u: Use): LinkScoreModel {
  const r = restrict(cases, u);
  return { veto: fitModel(r, true, u.maxCutoff, u.rightCost ?? 1), accept: u.accept ? fitModel(r, false) : null, vetoSteps: u.steps, sentencesOnly: u.sentencesOnly };
}

/** Alignment items made right less twice the false links made, against the rules alone. */
export function gainOver(t: Totals, rules: Totals): number {
  return t.itemsRight - rules.itemsRight - 2 * (t.falseLinks - rules.falseLinks);
}

/**
 * Each use's gain left out origin by origin among `train` (fitted on the others, scored on each by
 * the links alone), and the index of the use that gains most: the choice made without the fold
 * held out, which `train` must not hold.
 */
export function innerChoice(train: readonly Case[], uses: readonly Use[]): { gains: number[]; best: number } {
  const origins = [...new Set(train.map((c) => c.origin))];
  const gains = uses.map((u) => {
    let g = 0;
    for (const o of origins) {
      const held = train.filter((c) => c.origin === o);
      g += gainOver(simFold(held, fitUse(train.filter((c) => c.origin !== o), u)), simFold(held, null));
    }
    return g;
  });
  return { gains, best: gains.indexOf(Math.max(...gains)) };
}

function change(t: Totals, rules: Totals): string {
  const d = (x: number): string => (x > 0 ? `+${x}` : `${x}`);
  return [
    `items ${d(t.itemsRight - rules.itemsRight)}`,
    `false links ${rules.falseLinks}→${t.falseLinks} (of ${t.links})`,
    `recall ${d(t.findingsFound - rules.findingsFound)}`,
    `on-gold ${t.toolFindingsOnGold}/${t.toolFindings}`,
  ].join(', ');
}

export default function run(argv = process.argv.slice(2)): void {
  const only = argv.includes('--uses') ? argv[argv.indexOf('--uses') + 1]!.split(',') : null;
  const uses = only ? USES.filter((u) => only.includes(u.name)) : USES;
  const score = argv.includes('--sim') ? simFold : engineFold;
  const cases = loadGoldCases()
    .filter((c) => c.set === 'tune')
    .map(buildCase);
  const folds = [...new Set(cases.map((c) => c.origin))].sort();
  for (const fold of folds) {
    const train = cases.filter((c) => c.origin !== fold);
    const held = cases.filter((c) => c.origin === fold);
    const { gains, best } = innerChoice(train, uses);
    const rules = simFold(held, null);
    console.log(`\n== held fold: ${fold} (${held.length} pairs): rules ${rules.itemsRight}/${rules.items} items, false links ${rules.falseLinks}/${rules.links}, recall ${rules.findingsFound}/${rules.findings}, on-gold ${rules.toolFindingsOnGold}/${rules.toolFindings}`);
    uses.forEach((u, i) => {
      const t = score(held, fitUse(train, u));
      console.log(`  ${u.name.padEnd(28)} gain among the other seven ${String(gains[i]).padStart(4)}; held: ${change(t, rules)}${i === best ? '  ← chosen' : ''}`);
    });
  }
}

if (require.main === module) run();
