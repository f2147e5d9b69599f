/**
 * Keeps the held-out set unseen: a tune family whose texts share sentences with a held-out
 * text (the same wire report in two families) would let tuning reach the held-out set.
 * Keeps the fresh set first-seen likewise: a fresh family may share no sentence with a held-out
 * or a tune text. `npm run eval` names each such family (never the other text) so that it is removed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES_DIR } from './gold';

/**
 * A text's sentences long enough to be one report's own words (over 40 characters), white space folded.
 * A full stop that ends an initialism ("U.S.", "U.N.") does not end the sentence: split there, a
 * common name ("Centers for Disease Control and Prevention.") would count as a sentence two reports share.
 */
export function longSentences(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of text.replace(/\s+/g, ' ').split(/(?<=[.!?])(?<![A-Z]\.[A-Z]\.)\s+/)) if (s.trim().length > 40) out.add(s.trim());
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

/**
 * Families of the set `set` that share at least one long sentence with a text of the sets `against`,
 * with how many they share (the texts of `against` are never named).
 */
export function familiesSharingSentences(
  set: string,
  against: readonly string[],
  familiesDir = FAMILIES_DIR,
): Array<{ family: string; shared: number }> {
  const seen = new Set<string>();
  for (const other of against) {
    for (const texts of textsOf(join(familiesDir, other)).values()) for (const t of texts) for (const s of longSentences(t)) seen.add(s);
  }
  const out: Array<{ family: string; shared: number }> = [];
  for (const [family, texts] of textsOf(join(familiesDir, set))) {
    const mine = new Set<string>();
    for (const t of texts) for (const s of longSentences(t)) mine.add(s);
    const shared = [...mine].filter((s) => seen.has(s)).length;
    if (shared > 0) out.push({ family, shared });
  }
  return out;
}

/** Tune families that share at least one long sentence with a held-out text, with how many they share. */
export function tuneFamiliesSharingHeldOut(familiesDir = FAMILIES_DIR): Array<{ family: string; shared: number }> {
  return familiesSharingSentences('tune', ['heldout'], familiesDir);
}

/**
 * Fresh families that share a long sentence with a held-out or a tune text: such a family is not
 * first seen (its report was tuned on, or is held out already), so its figures would not be fresh.
 */
export function freshFamiliesSharingEarlierSets(familiesDir = FAMILIES_DIR): Array<{ family: string; shared: number }> {
  return familiesSharingSentences('fresh', ['heldout', 'tune'], familiesDir);
}
