import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');

/** The seed articles by their number: 0 is the Reuters original. */
export const SEEDS = ['000_1182527190e42008', '001_94cd0f0ecb5b3726', '002_f1816af3885112a0', '003_5ae77616bcd281ad', '004_bea1bbb3ff51d658'].map(
  (n) => join(FIXTURES, `${n}.txt`),
);

export function seed(i: number): string {
  return readFileSync(SEEDS[i]!, 'utf8');
}
