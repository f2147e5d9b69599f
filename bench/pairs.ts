/**
 * The pairs the developer tools (`ab.ts`, `profile.ts`) take by name: `seed`, the first seed
 * fixture against each of the others; `synthN`, the bench's synthetic pair of N sentences (as
 * `cases.ts` makes it); `newsN`, the news-length pair `npm run bench` wrote to its inputs
 * (run it once first). Null for any other name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTH_SEED } from './cases';
import { FIXTURES, INPUTS } from './paths';

export async function namedPairs(which: string): Promise<Array<[string, string]> | null> {
  if (which === 'seed') {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    const c = readFileSync(join(FIXTURES, files[0]!), 'utf8');
    return files.slice(1).map((f) => [c, readFileSync(join(FIXTURES, f), 'utf8')]);
  }
  const news = /^news(\d+)$/.exec(which);
  if (news) {
    const base = join(INPUTS, `news-${news[1]}`);
    return [[readFileSync(`${base}.canonical.txt`, 'utf8'), readFileSync(`${base}.article.txt`, 'utf8')]];
  }
  const synth = /^synth(\d+)$/.exec(which);
  if (!synth) return null;
  const { synthPair } = await import('./synth');
  const n = Number(synth[1]);
  const p = synthPair(n, SYNTH_SEED + n, FIXTURES);
  return [[p.canonical, p.article]];
}
