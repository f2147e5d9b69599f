import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions, BuildResult } from 'esbuild';

export const FIXTURES = join(__dirname, 'fixtures');

/** The seed articles by their number: 0 is the Reuters original. */
export const SEEDS = ['000_1182527190e42008', '001_94cd0f0ecb5b3726', '002_f1816af3885112a0', '003_5ae77616bcd281ad', '004_bea1bbb3ff51d658'].map(
  (n) => join(FIXTURES, `${n}.txt`),
);

export function seed(i: number): string {
  return readFileSync(SEEDS[i]!, 'utf8');
}

/**
 * Bundles in memory as scripts/build.mjs does (Node, CommonJS), with the metafile: which files a
 * bundle would hold, and how large it would be. esbuild loads only when a test asks.
 */
export async function bundleInMemory(options: BuildOptions): Promise<BuildResult<{ write: false; metafile: true }>> {
  const esbuild = await import('esbuild');
  return esbuild.build({ bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', ...options, write: false, metafile: true });
}
