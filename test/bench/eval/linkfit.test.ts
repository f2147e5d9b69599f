/**
 * The link audit's bench (bench/eval/linkfit.ts): a trace that returns `false` before a link
 * vetoes it (a step's ablation, `--only`), and one that returns nothing leaves the alignment as
 * it is; the by-origin audit runs on a tune pair and labels each link by the gold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../../src/core/compare';
import { loadGoldCases } from '../../../bench/eval/gold';
import { CAUSES, LINKING_STEPS, runCase } from '../../../bench/eval/linkfit';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
const groups = (out: { alignments: Array<{ canonical: number[]; article: number[] }> }): string =>
  JSON.stringify(out.alignments.map((g) => [g.canonical, g.article]));

test('a trace that returns false before a link vetoes it; one that returns nothing changes nothing', () => {
  const [c, a] = [fixture('000_1182527190e42008.txt'), fixture('001_94cd0f0ecb5b3726.txt')];
  const plain = compare(c, a);
  const steps: string[] = [];
  const told = compare(c, a, { alignTrace: (step) => void steps.push(step) });
  assert.equal(groups(told), groups(plain));
  const first = steps.find((x) => x !== 'rules' && x !== 'dropped')!;
  assert.ok(first, 'the seed pair has links');
  const vetoed: string[] = [];
  const without = compare(c, a, { alignTrace: (step) => (step === first ? false : void vetoed.push(step)) });
  assert.ok(!vetoed.includes(first));
  assert.notEqual(groups(without), groups(plain));
});

test('the audit runs a tune pair with a step left out and labels each link by its gold', () => {
  let base = null as ReturnType<typeof runCase> | null;
  for (const x of loadGoldCases().filter((g) => g.set === 'tune')) if ((base = runCase(x)).links.length > 0) break;
  assert.ok(base && base.links.length > 0);
  const c = base.gold;
  assert.ok(base.links.every((l) => l.step !== 'rules' && ['right', 'false', 'neither'].includes(l.label)));
  assert.equal(base.score.items.filter((i) => i.type === 'pair').length, c.gold.pairs.length);
  const step = base.links[0]!.step as (typeof LINKING_STEPS)[number];
  const without = runCase(c, step);
  assert.ok(!without.links.some((l) => l.step === step));
  assert.ok(CAUSES.length === new Set(CAUSES).size);
});
