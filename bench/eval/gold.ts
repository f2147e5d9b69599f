/**
 * Gold for a pair of texts (canonical, article), as /work/shared/notes/measuring-real-copy.md
 * defines it: every item is a snippet of 5–15 words copied exactly from its file and
 * occurring once in it, so that the score does not depend on how the tool splits sentences.
 *
 * Where the texts of a gold file live:
 *   test/fixtures/gold/seeds/NAME.json            → texts in test/fixtures/
 *   test/fixtures/gold/SET/FAMILY/NAME.json       → texts in test/fixtures/families/SET/FAMILY/
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** Finding kinds a gold file may use: the engine's fact kinds, `denial`, and `time`. */
export const GOLD_KINDS = [
  'number', 'hedge', 'quote', 'name', 'attribution', 'negation', 'mistranslation', 'clause', 'denial', 'time',
] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

export interface GoldFinding { kind: GoldKind; c: string; a: string; note: string }

export interface Gold {
  canonical: string;
  article: string;
  pairs: { c: string; a: string }[];
  omitted: string[];
  added: string[];
  findings: GoldFinding[];
}

/**
 * Sets nobody tunes on: `heldout` (never) and `fresh` (first seen in the session that builds it;
 * the next session records its figures and moves it to tune). `npm run eval` scores them, in total
 * and per family for `fresh`, but never lists their misses, and `npm run snapshot` writes a hash only.
 */
export const UNSEEN_SETS: readonly string[] = ['heldout', 'fresh'];

/** A gold file with where it is and the texts it marks. */
export interface GoldCase {
  /** tune, heldout, fresh or seeds: the folder under test/fixtures/gold/. */
  set: string;
  /** The story family (the folder under the set; `seeds` for the seeds). */
  family: string;
  /** Path of the gold file, relative to the repository. */
  goldPath: string;
  canonicalPath: string;
  articlePath: string;
  gold: Gold;
}

export const ROOT = join(__dirname, '..', '..');
export const GOLD_DIR = join(ROOT, 'test', 'fixtures', 'gold');
export const FAMILIES_DIR = join(ROOT, 'test', 'fixtures', 'families');
export const SEEDS_DIR = join(ROOT, 'test', 'fixtures');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** Every gold file under test/fixtures/gold, in a stable order. */
export function loadGoldCases(goldDir = GOLD_DIR): GoldCase[] {
  return jsonFiles(goldDir).map((file) => {
    const parts = relative(goldDir, file).split(sep);
    const set = parts[0]!;
    const family = set === 'seeds' ? 'seeds' : parts[1]!;
    const textDir = set === 'seeds' ? SEEDS_DIR : join(FAMILIES_DIR, set, family);
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
    return {
      set,
      family,
      goldPath: relative(ROOT, file),
      canonicalPath: join(textDir, gold.canonical),
      articlePath: join(textDir, gold.article),
      gold,
    };
  });
}

/** Reads a text file as the CLI does for UTF-8: the bytes decoded, offsets in UTF-16 units. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

function countOccurrences(text: string, snippet: string): number {
  let n = 0;
  for (let i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) n++;
  return n;
}

/** Han, kana: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * A snippet's length in words: its space-separated tokens, where a token written in Chinese or
 * Japanese counts a word for every two of its Han or kana characters (rounded up), so a 5–15-word
 * snippet of such text is about 10–30 characters long.
 */
function words(s: string): number {
  let n = 0;
  for (const token of s.trim().split(/\s+/u).filter(Boolean)) {
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    n += unspaced > 0 ? Math.ceil(unspaced / 2) : 1;
  }
  return n;
}

/**
 * What is wrong with a gold file (empty when nothing): shape, kinds, and every snippet 5–15
 * words long and found exactly once in its file.
 */
export function validateGold(g: Gold, canonicalText: string, articleText: string, name = 'gold'): string[] {
  const problems: string[] = [];
  const check = (snippet: unknown, text: string, side: string, where: string, optional = false): void => {
    if (typeof snippet !== 'string') {
      problems.push(`${name}: ${where}: ${side} snippet is not a string`);
      return;
    }
    if (snippet === '' && optional) return;
    const n = words(snippet);
    if (n < 5 || n > 15) problems.push(`${name}: ${where}: ${side} snippet has ${n} words (5–15): "${snippet}"`);
    const k = countOccurrences(text, snippet);
    if (k !== 1) problems.push(`${name}: ${where}: ${side} snippet occurs ${k} times in its file: "${snippet}"`);
  };
  for (const key of ['pairs', 'omitted', 'added', 'findings'] as const) {
    if (!Array.isArray(g[key])) problems.push(`${name}: "${key}" is not a list`);
  }
  if (problems.length) return problems;
  g.pairs.forEach((p, i) => {
    check(p.c, canonicalText, 'canonical', `pairs[${i}]`);
    check(p.a, articleText, 'article', `pairs[${i}]`);
  });
  g.omitted.forEach((s, i) => check(s, canonicalText, 'canonical', `omitted[${i}]`));
  g.added.forEach((s, i) => check(s, articleText, 'article', `added[${i}]`));
  g.findings.forEach((f, i) => {
    if (!(GOLD_KINDS as readonly string[]).includes(f.kind)) problems.push(`${name}: findings[${i}]: unknown kind "${f.kind}"`);
    if (!f.c && !f.a) problems.push(`${name}: findings[${i}]: neither side given`);
    if (typeof f.note !== 'string' || !f.note.trim()) problems.push(`${name}: findings[${i}]: no note`);
    check(f.c, canonicalText, 'canonical', `findings[${i}]`, true);
    check(f.a, articleText, 'article', `findings[${i}]`, true);
  });
  return problems;
}

export function goldName(c: GoldCase): string {
  return `${c.set}/${c.family}/${basename(c.goldPath)}`;
}


/**
 * Which half of a set a story family falls in, by a hash of its name (32-bit FNV-1a, even: `A`,
 * odd: `B`): the same split for everyone and every session, whatever families are added. A rule is
 * worth keeping when it moves both halves the same way (develop on one, check the other):
 * `npm run eval -- --set tune --halves`.
 */
export function familyHalf(family: string): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) {
    h ^= family.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'A' : 'B';
}

/** How many of the ex-fresh sets moved into tune last are the check origins. */
export const CHECK_COUNT = 3;

let checkCache: readonly string[] | undefined;

/**
 * The check origins: the `CHECK_COUNT` ex-fresh sets moved into tune last (`fresh 20`–`fresh 22`
 * at the end of November 2026), kept as a pseudo-unseen check. A helper develops on the other
 * origins (`original` and the older ex-fresh sets) and looks at these in aggregate only
 * (`npm run eval -- --set tune --origin`): no eval tool lists their texts, gold or single misses.
 * Read off the tune families' `SOURCES.md`, so it moves on by itself when a fresh set moves in;
 * every tool under bench/eval/ takes it from here.
 */
export function checkOrigins(familiesDir = FAMILIES_DIR): readonly string[] {
  if (familiesDir === FAMILIES_DIR && checkCache) return checkCache;
  let families: string[] = [];
  try {
    families = readdirSync(join(familiesDir, 'tune'));
  } catch {
    families = [];
  }
  const numbers = new Set<number>();
  for (const f of families) {
    const m = /^fresh (\d+)$/.exec(familyOrigin('tune', f, familiesDir));
    if (m) numbers.add(Number(m[1]));
  }
  const out = [...numbers].sort((x, y) => x - y).slice(-CHECK_COUNT).map((n) => `fresh ${n}`);
  if (familiesDir === FAMILIES_DIR) checkCache = out;
  return out;
}

/** Whether `origin` (`familyOrigin`) is one of the check origins, looked at in aggregate only. */
export function isCheckOrigin(origin: string): boolean {
  return checkOrigins().includes(origin);
}

/** The development origins in words, for a tool's printed header: `original, fresh 1–9`. */
export function devOriginsLabel(): string {
  const first = Number(/\d+/.exec(checkOrigins()[0] ?? 'fresh 1')![0]);
  return first > 2 ? `original, fresh 1–${first - 1}` : first === 2 ? 'original, fresh 1' : 'original';
}

/**
 * Where a tune family came from, read from the first line of its `SOURCES.md`: `original` (built
 * as tune), or `fresh 1`, `fresh 2`, `fresh 3`, … (a fresh set, first seen unseen, then moved to
 * tune; the line names "the fresh set", "the second fresh set", "the third fresh set", …). The
 * ex-fresh sets are the best check of a change that is meant to be general: develop on the
 * original families and see whether each ex-fresh set moves the same way
 * (`npm run eval -- --set tune --origin`).
 */
export function familyOrigin(set: string, family: string, familiesDir = FAMILIES_DIR): string {
  let first = '';
  try {
    first = readFileSync(join(familiesDir, set, family, 'SOURCES.md'), 'utf8').split('\n', 1)[0] ?? '';
  } catch {
    return 'original';
  }
  const m = /\bthe (?:([\w-]+) )?fresh set\b/.exec(first);
  if (!m) return 'original';
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth'];
  const n = m[1] ? ordinals.indexOf(m[1].toLowerCase()) + 1 : 1;
  return `fresh ${n > 0 ? n : m[1]}`;
}
