/**
 * Keeps the held-out set unseen: a tune family whose texts share sentences with a held-out
 * text (the same wire report in two families) would let tuning reach the held-out set.
 * `npm run eval` names each such tune family (never the held-out text) so that it is removed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES_DIR } from './gold';

/** A text's sentences long enough to be one report's own words (over 40 characters), white space folded. */
export function longSentences(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) if (s.trim().length > 40) out.add(s.trim());
  return out;
}

function textsOf(setDir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(setDir)) return out;
  for (const family of readdirSync(setDir, { withFileTypes: true })) {
    if (!family.isDirectory()) continue;
    const dir = join(setDir, family.name);
    out.set(family.name, readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
  }
  return out;
}

/** Tune families that share at least one long sentence with a held-out text, with how many they share. */
export function tuneFamiliesSharingHeldOut(familiesDir = FAMILIES_DIR): Array<{ family: string; shared: number }> {
  const held = new Set<string>();
  for (const texts of textsOf(join(familiesDir, 'heldout')).values()) for (const t of texts) for (const s of longSentences(t)) held.add(s);
  const out: Array<{ family: string; shared: number }> = [];
  for (const [family, texts] of textsOf(join(familiesDir, 'tune'))) {
    const mine = new Set<string>();
    for (const t of texts) for (const s of longSentences(t)) mine.add(s);
    const shared = [...mine].filter((s) => held.has(s)).length;
    if (shared > 0) out.push({ family, shared });
  }
  return out;
}
