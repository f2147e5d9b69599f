/** The cases `npm run bench` measures, and their targets: the seed pairs and the synthetic long pairs. */
import { mkdirSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseSpec, Plan } from './measure';
import { FIXTURES, INPUTS } from './paths';

/** Targets of issue 2, point 7. */
export const SEED_TARGET_MS = 2;
export const LONG_TARGET_MS = 1000;
export const LONG_TARGET_MB = 300;
export const GROWTH_TARGET = 1.3;
/**
 * Targets of issue 10 on news-length sentences (about 30 words each, as wire copy has): the
 * 10,000-sentence pair (about 2 MB) in at most 1.5 s and 300 MB, and at most 5% of jsdiff's
 * time; the 1,000-sentence pair at most 25% of jsdiff's time. No case slower than jsdiff.
 */
export const NEWS_TARGET_MS = 1500;
export const NEWS_TARGET_MB = 300;
export const NEWS_10K_RATIO = 0.05;
export const NEWS_1K_RATIO = 0.25;
/** `wirediff --version` at most this much slower than bare `node` (issue 8 §3). */
export const STARTUP_TARGET_MS = 60;
export const NEWS_MIN_TEMPLATE_WORDS = 20;
/** jsdiff takes tens of seconds on the news-length 10k pair: one call after the first, and a longer limit. */
export const NEWS_PEER_TIMEOUT_MS = 90_000;
export const NEWS_PEER_PLAN: Plan = { warm: { min: 0, ms: 0, max: 0, capMs: 0 }, timed: { min: 1, ms: 0, max: 1, capMs: 0 } };
/** The peer's diffSentences gives up after this long (jsdiff's `timeout` option). */
export const PEER_TIMEOUT_MS = 10_000;
export const SYNTH_SIZES = [100, 1000, 10_000];
export const SYNTH_SEED = 20241202;

/**
 * A small pair's warm-up is at least 200 calls, whatever the time they take: our engine's
 * code (some 20 detectors, each run per group) is compiled by V8 over its first 150-odd calls
 * of a seed pair (000→004: CPU per call about 18 ms over the first 20 calls, 5-10 ms over
 * calls 21-60, about 3 ms from call 160 on). A budget of 20 calls or 250 ms of wall time timed
 * it half compiled on a loaded machine (20 calls at 10 ms or more), while jsdiff's much
 * smaller code, at a millisecond a call, had 128 calls. The rule is the same for both engines.
 * The timed calls that follow still run part of our code unoptimised: Node 20's V8 (11.3) gives a
 * function to TurboFan after 3 ticks plus one per 150 bytes of its bytecode, a tick for each
 * 66 KB of its bytecode run, so a function run once a call without a loop needs some 450 calls
 * or more: of the 410 TurboFan compilations in 900 calls of 000→004, 137 came after call 200
 * (the aligner's steps, `compareWith`, most detectors' `run`). Measured 27 Nov 2026 on a loaded
 * machine (CPU time, one process): 000→004 about 1.5× slower over calls 200-480 than over calls
 * 1500-1780, 004→000 about the same over both.
 */
export const PLANS: Record<'small' | 'medium' | 'large', Plan> = {
  small: { warm: { min: 200, ms: 250, max: 2000, capMs: 3000 }, timed: { min: 30, ms: 600, max: 2000, capMs: 4000 } },
  medium: { warm: { min: 3, ms: 600, max: 20, capMs: 4000 }, timed: { min: 5, ms: 2500, max: 30, capMs: 6000 } },
  large: { warm: { min: 2, ms: 0, max: 2, capMs: 4000 }, timed: { min: 3, ms: 0, max: 5, capMs: 6000 } },
};
export const QUICK: Plan = { warm: { min: 3, ms: 50, max: 50, capMs: 1000 }, timed: { min: 5, ms: 150, max: 200, capMs: 1500 } };

export function seedCases(plan: Plan): CaseSpec[] {
  const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => /\.txt$/.test(f)).sort() : [];
  if (files.length < 2) return [];
  // The canonical is the first fixture (000, the wire original), as in issue 2.
  const [canon, ...rest] = files;
  const out: CaseSpec[] = [];
  const mk = (c: string, a: string): CaseSpec => ({
    name: `seed ${c.slice(0, 3)}→${a.slice(0, 3)}`,
    kind: 'seed',
    canonicalPath: join(FIXTURES, c),
    articlePath: join(FIXTURES, a),
    plan,
    targetMs: SEED_TARGET_MS,
    peerTimeoutMs: PEER_TIMEOUT_MS,
  });
  for (const a of rest) out.push(mk(canon!, a));
  for (const a of rest) out.push(mk(a, canon!));
  return out;
}

export async function synthCases(sizes: number[], quick: boolean): Promise<{ cases: CaseSpec[]; stats: Map<string, unknown> }> {
  const { synthPair } = await import('./synth');
  mkdirSync(INPUTS, { recursive: true });
  const cases: CaseSpec[] = [];
  const stats = new Map<string, unknown>();
  // Two shapes: every seed sentence as a template (`synth`), and news-length sentences only (`news`).
  for (const shape of ['synth', 'news'] as const) {
    const paths = new Map<number, [string, string]>();
    for (const n of sizes) {
      const news = shape === 'news';
      const p = synthPair(n, SYNTH_SEED + n, FIXTURES, undefined, news ? { minTemplateWords: NEWS_MIN_TEMPLATE_WORDS } : {});
      const c = join(INPUTS, `${shape}-${n}.canonical.txt`);
      const a = join(INPUTS, `${shape}-${n}.article.txt`);
      writeFileSync(c, p.canonical);
      writeFileSync(a, p.article);
      paths.set(n, [c, a]);
      const name = `${shape} ${n.toLocaleString('en-US')}`;
      stats.set(name, p.stats);
      const plan = quick ? QUICK : n >= 10_000 ? PLANS.large : n >= 1000 ? PLANS.medium : PLANS.small;
      const warm = n >= 10_000 ? paths.get(1000) : undefined;
      const long = n >= 10_000;
      cases.push({
        name,
        kind: 'synth',
        canonicalPath: c,
        articlePath: a,
        warmCanonicalPath: warm?.[0],
        warmArticlePath: warm?.[1],
        plan,
        targetMs: long ? (news ? NEWS_TARGET_MS : LONG_TARGET_MS) : undefined,
        targetMB: long ? (news ? NEWS_TARGET_MB : LONG_TARGET_MB) : undefined,
        targetRatio: news && n >= 1000 ? (long ? NEWS_10K_RATIO : NEWS_1K_RATIO) : undefined,
        peerTimeoutMs: news && long ? NEWS_PEER_TIMEOUT_MS : PEER_TIMEOUT_MS,
        peerPlan: news && long && !quick ? NEWS_PEER_PLAN : undefined,
        childTimeoutMs: news && long ? 2 * NEWS_PEER_TIMEOUT_MS + 60_000 : undefined,
      });
    }
  }
  return { cases, stats };
}
