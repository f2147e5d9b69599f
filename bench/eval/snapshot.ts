/**
 * Same-behaviour check for engine changes: writes the CLI's JSON (`wirediff compare --format json`)
 * for every gold pair and every ordered seed pair into a folder, one file per pair. Two folders
 * written before and after a change are compared with `diff -r` (or `cmp`).
 *
 * Held-out and fresh pairs are written as a SHA-256 of their JSON only, so that nobody reads their
 * output while changing the engine (test/fixtures/gold/README.md).
 *
 *   node --import tsx bench/eval/snapshot.ts DIR
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCompare } from '../../src/cli/compare';
import type { CliIO } from '../../src/cli/io';
import { loadGoldCases, ROOT, SEEDS_DIR, UNSEEN_SETS } from './gold';

function compareJson(canonical: string, article: string): string {
  let out = '';
  const io: CliIO = { stdout: (s) => { out += s; }, stderr: () => {}, isTTY: false, env: { NO_COLOR: '1' }, cwd: ROOT };
  try {
    const code = runCompare(['--canonical', relative(ROOT, canonical), relative(ROOT, article), '--format', 'json'], io);
    return `${out}\n# exit ${code}\n`;
  } catch (e) {
    return `# error ${(e as Error).message}\n`;
  }
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node --import tsx bench/eval/snapshot.ts DIR\n');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const pairs: { name: string; canonical: string; article: string; hidden: boolean }[] = [];
  for (const c of loadGoldCases()) {
    const name = c.goldPath.replace(/^test\/fixtures\/gold\//, '').replace(/\.json$/, '').replace(/\//g, '__');
    pairs.push({ name: `gold__${name}`, canonical: c.canonicalPath, article: c.articlePath, hidden: UNSEEN_SETS.includes(c.set) });
  }
  const seeds = readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  for (const a of seeds) for (const b of seeds) {
    if (a !== b) pairs.push({ name: `seed__${a.slice(0, 3)}-${b.slice(0, 3)}`, canonical: join(SEEDS_DIR, a), article: join(SEEDS_DIR, b), hidden: false });
  }
  for (const p of pairs) {
    const json = compareJson(p.canonical, p.article);
    const body = p.hidden ? `${createHash('sha256').update(json).digest('hex')}\n` : json;
    writeFileSync(join(dir, `${p.name}.json`), body);
  }
  process.stdout.write(`${pairs.length} pairs written to ${dir}\n`);
}

main();
