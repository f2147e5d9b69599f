/**
 * Meaning shifts between words that do not look alike (English): a loaded term for another
 * of its set (“government” → “regime”, “militants” → “terrorists”, “displaced” →
 * “refugees”, “killed” → “died”), a word replaced by one WordNet puts in a different
 * relation than synonymy (a cause for its effect, a sibling, a broader term), and a name
 * replaced by a general noun (“the South Col” → “the mountain”). A WordNet synonym (“help”
 * → “aid”) is benign and left to the rewording detector.
 */
import { LOADED_TERMS, type LoadedTermSet } from '../data/loadedTerms';
import { tokenizerContext } from '../tokenizerContext';
import { isEnglish } from '../lexicon';
import { knows, relation, type Relation } from '../synonyms';
import { formsOfOneName } from '../placeNames';
import { tokenize, type Token } from '../text';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { boundaryBetween, isSentenceInitial, pairOff, range, tokensText } from './tokens';

let loaded: Map<string, LoadedTermSet> | null = null;

/** Loaded term sets by the English comparison key of each of their words. */
function loadedSets(): Map<string, LoadedTermSet> {
  if (loaded) return loaded;
  const ctx = tokenizerContext('eng');
  loaded = new Map();
  for (const set of LOADED_TERMS) for (const w of set.words) for (const t of tokenize(w, 0, w.length, ctx)) loaded.set(t.key, set);
  return loaded;
}

/**
 * The WordNet relations that make a replaced word a shift of meaning, with the finding's
 * severity and reason. A synonym is benign; a broader or narrower term is most often a
 * paraphrase (“strike” → “attack”, “aid” → “support”) and is left to the rewording detector.
 */
const SHIFT: Partial<Record<Relation, { severity: 'medium' | 'low'; why: string }>> = {
  causes: { severity: 'medium', why: 'the canonical’s word causes what this one says, so the agent is gone' },
  caused: { severity: 'medium', why: 'this word causes what the canonical’s says, so an agent is added' },
  sibling: { severity: 'low', why: 'a different thing of the same kind, not a synonym' },
};

const isWord = (t: Token): boolean => t.content && t.num === null && hasLetter(t.norm);

/** Whether a word has a letter: ASCII read by code, the rest by the Unicode pattern (asked of every word a group loses or gains). */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return /\p{L}/u.test(s);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}

export const meaningDetector: Detector = {
  name: 'meaning',
  summary: 'skip',
  run(ctx: DetectContext) {
    const { C, A, ct, at, lex, hunks, cLost, aNew, cClaim, aClaim, input, claim } = ctx;
    if (!isEnglish(lex)) return;
    const sets = loadedSets();
    const name = (side: typeof C, i: number): boolean => side.tokens[i]!.cap && !isSentenceInitial(side, i);
    // The lost and new words of the group (plain loops: no list of every index made in each group).
    const lostC: number[] = [];
    for (let i = 0; i < ct.length; i++) if (!cClaim[i] && cLost[i] && isWord(ct[i]!)) lostC.push(i);
    const newA: number[] = [];
    for (let j = 0; j < at.length; j++) if (!aClaim[j] && aNew[j] && isWord(at[j]!)) newA.push(j);

    // 1. Loaded terms, anywhere in the group: a word of a set gone, another of the same set new.
    const cand: Array<[number, number, number]> = [];
    for (const i of lostC) {
      const set = sets.get(ct[i]!.key);
      if (!set) continue;
      for (const j of newA) if (sets.get(at[j]!.key) === set && at[j]!.key !== ct[i]!.key) cand.push([i, j, Math.abs(ctx.hunkOfC(i) - ctx.hunkOfA(j))]);
    }
    for (const [i, j] of pairOff(cand)) {
      const set = sets.get(ct[i]!.key)!;
      const from = tokensText(C, [i]);
      const to = tokensText(A, [j]);
      claim({
        kind: 'changed',
        severity: input.similarity >= 0.45 ? 'high' : 'medium',
        cTok: [i],
        aTok: [j],
        reason: `‘${to}’ stands where the canonical has ‘${from}’: a loaded term that changes ${set.about} (${set.source}).`,
      });
    }

    // 2. One word for one other in the same place: WordNet tells a synonym from a shift; a name for a general noun.
    for (const h of hunks) {
      const cs = range(h.c0, h.c1).filter((i) => !cClaim[i] && ct[i]!.content);
      const as = range(h.a0, h.a1).filter((j) => !aClaim[j] && at[j]!.content);
      if (cs.length === 0 || as.length !== 1) continue;
      const j = as[0]!;
      if (!aNew[j] || !isWord(at[j]!) || name(A, j)) continue;
      // A general noun after a determiner, for a name the copy does not keep in any form (“Turkey” → “Turkish-backed” keeps it).
      const general = knows(at[j]!.key) && !!lex.determiners?.has(at[j - 1]?.norm ?? '');
      const kept = (i: number): boolean => at.some((t) => t.cap && formsOfOneName(t, ct[i]!, true));
      // A name of two words or more (“the South Col”, “the Hillary Step”): one capitalised word for a noun is most often rewording (“the Kremlin” → “the government”).
      if (general && cs.length >= 2 && cs.every((i) => name(C, i) && cLost[i] && !kept(i))) {
        // “on the South Col” → “on the mountain”: the place is no longer named.
        claim({
          kind: 'name',
          severity: 'medium',
          cTok: cs,
          aTok: [j],
          reason: `The name ‘${tokensText(C, cs)}’ becomes the general ‘${tokensText(A, [j])}’: the copy no longer says which one.`,
        });
        continue;
      }
      if (cs.length !== 1) continue;
      const i = cs[0]!;
      if (!cLost[i] || !isWord(ct[i]!) || name(C, i)) continue;
      const rel = relation(ct[i]!.key, at[j]!.key);
      const shift = rel ? SHIFT[rel] : undefined;
      if (!shift) continue;
      // The effect word with an object of its own ("burned 1,200 acres" → "scorched over 1,200
      // acres"): said of the same agent, a verb of the same act. Only an effect with no object
      // ("killed 40" → "40 died") loses or gains the agent.
      const effect = rel === 'causes' ? [A, j] as const : rel === 'caused' ? [C, i] as const : null;
      if (effect && takesObject(effect[0], effect[1], lex.determiners)) continue;
      claim({
        kind: 'changed',
        severity: shift.severity,
        cTok: [i],
        aTok: [j],
        reason: `‘${tokensText(A, [j])}’ stands where the canonical has ‘${tokensText(C, [i])}’: ${shift.why} (WordNet).`,
      });
    }
  },
};

/** Object pronouns: a verb right before one has an object. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'it', 'us', 'me', 'you']);

/**
 * Whether the verb at token `k` has an object right after it, in its phrase: a determiner, an
 * object pronoun, or a figure within three words ("scorched over 12,000 acres").
 */
function takesObject(side: GroupSide, k: number, determiners: ReadonlySet<string> | undefined): boolean {
  const toks = side.tokens;
  for (let m = k + 1; m < Math.min(toks.length, k + 4); m++) {
    if (boundaryBetween(side, m - 1, m)) return false;
    const t = toks[m]!;
    if (t.num !== null) return true;
    if (m === k + 1 && (determiners?.has(t.norm) || OBJECT_PRONOUNS.has(t.norm))) return true;
    if (t.content) return false;
  }
  return false;
}
