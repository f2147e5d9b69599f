/** Hedges: a qualifier (“at least”, “reportedly”, “may”) dropped, added or swapped. */
import { isEnglish, isNegation, sameHedgeSense, type Lexicon } from '../lexicon';
import { isTimeWord } from '../time';
import { synonymIn } from './similarity';
import { readUnclaimed, unquotedClaims, type DetectContext, type Detector, type SideReading } from './context';
import type { GroupSide } from './group';
import { boundaryBetween, hedgeIndex, perSide, phraseAt, phraseIndex, range, sentenceOf, tokensText } from './tokens';

export interface Hedge {
  phrase: string;
  toks: number[];
  /** The token it qualifies: a figure within two words, else the next content word; -1 when none. */
  target: number;
  /** A passive of hearsay ("are reported injured"): what it qualifies is the claim itself, so it counts only where that word stays. */
  passive?: true;
}

/** A side's hedges with no token claimed, read once per group (`DetectContext.read`). */
export const HEDGES: SideReading<readonly Hedge[]> = { name: 'hedges', read: (side, lex) => findHedges(side, lex, new Uint8Array(side.tokens.length)) };

/** The hedges of a side that no finding claimed yet, with the token each qualifies (-1 when none). */
export function findHedges(side: GroupSide, lex: Lexicon, claimed: Uint8Array): Hedge[] {
  const toks = side.tokens;
  const out: Hedge[] = [];
  const byFirst = hedgeIndex(lex);
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const passive = passiveHedge(side, i, lex);
    if (passive >= 0) {
      out.push({ phrase: toks[i]!.norm, toks: [i], target: passive, passive: true });
      continue;
    }
    // No empty array per token: most tokens start no phrase.
    const starting = byFirst.get(toks[i]!.norm);
    if (!starting) continue;
    for (const p of starting) {
      if (!phraseAt(toks, i, p)) continue;
      const phrase = p.join(' ');
      if (phrase === 'may' && toks[i]!.cap && !titleCaseModal(side, i, lex)) continue; // the month
      // The first words of a quantity ("nearly all", "almost all"): the quantity is what changes, the qualifiers say so.
      if (startsQuantity(toks, i, p.length, lex)) continue;
      if (lex.absoluteHedges?.has(phrase)) {
        const next = toks[i + p.length];
        if (!next || boundaryBetween(side, i + p.length - 1, i + p.length) || !(next.num !== null || lex.absolutes?.has(next.norm))) continue;
        out.push({ phrase, toks: range(i, i + p.length), target: i + p.length });
        i += p.length - 1;
        break;
      }
      const nextIdx = i + p.length;
      // What the hedge qualifies: the next number within two function words ("at least 12",
      // "up to a third"), else the next content word. A figure past a content word or a comma
      // is another phrase's ("the alleged gunman, a 34-year-old": "alleged" qualifies "gunman").
      let target = -1;
      // "or so" follows what it qualifies ("300 or so", "a week or so").
      if (phrase === 'or so') {
        if (i === 0 || boundaryBetween(side, i - 1, i)) continue;
        target = i - 1;
      } else for (let k = nextIdx; k < Math.min(toks.length, nextIdx + 3); k++) {
        if (k > nextIdx && boundaryBetween(side, k - 1, k)) break;
        if (toks[k]!.num !== null || lex.vagueQuantities.has(toks[k]!.norm)) {
          // A figure after a determiner and before a capitalised word names something (“under the
          // 1993 Chemical Weapons Convention”): no quantity for the qualifier to bound.
          if (k > nextIdx && toks[k + 1]?.cap && !boundaryBetween(side, k, k + 1)) break;
          target = k;
          break;
        }
        // "under age five", "over age 65": the word "age" names what the figure measures (English).
        if (toks[k]!.norm === 'age' && isEnglish(lex) && k === nextIdx) continue;
        if (toks[k]!.content) break;
        // Only an article or a determiner stands between a qualifier and its figure ("up to a
        // third"); a preposition starts another phrase ("declared it over on 12 June").
        if (lex.determiners && !lex.determiners.has(toks[k]!.norm)) break;
      }
      if (lex.numericHedges.has(phrase) && target < 0) continue;
      if (lex.bareFigureHedges?.has(phrase) && countsNoun(side, target, lex)) continue;
      if (target < 0) {
        // (A negation is not what a hedge qualifies, the word it negates is: "likely be no need".)
        for (let k = nextIdx; k < Math.min(toks.length, nextIdx + 6); k++) {
          if (toks[k]!.content && !isNegation(toks[k]!.norm, lex)) {
            target = k;
            break;
          }
        }
      }
      // An adverb after its verb, nothing after it in the sentence (“se retireraient probablement.”,
      // “the talks will resume, probably.”): it qualifies the word before it.
      if (target < 0 || sentenceOf(side, target) !== sentenceOf(side, i)) {
        target = -1;
        for (let k = i - 1; k >= Math.max(0, i - 3) && sentenceOf(side, k) === sentenceOf(side, i); k--) {
          if (toks[k]!.content && toks[k]!.num === null) {
            target = k;
            break;
          }
        }
      }
      out.push({ phrase, toks: range(i, i + p.length), target });
      i += p.length - 1;
      break;
    }
  }
  return out;
}

/** Words a verb follows (English): "It May Be …", "They May Have …". */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i', 'who', 'which']);
/** What the modal "may" goes on with and the month never does: a verb's bare form of the auxiliaries, or "not". */
const AFTER_MODAL: ReadonlySet<string> = new Set(['be', 'have', 'not']);

/**
 * Whether "May" in capitals at token `i` is the modal, as a headline in title case writes it
 * ("Divers May Have Found …", "Bridge May Be Unsafe"), not the month: "be", "have" or "not" right
 * after it, and before it no word of the language's small words but a pronoun ("in May have
 * flooded", "since May, be it …" are the month's).
 */
function titleCaseModal(side: GroupSide, i: number, lex: Lexicon): boolean {
  const toks = side.tokens;
  const next = toks[i + 1];
  if (!next || !AFTER_MODAL.has(next.norm) || boundaryBetween(side, i, i + 1)) return false;
  const prev = toks[i - 1];
  if (!prev || boundaryBetween(side, i - 1, i)) return false;
  return prev.num === null && !lex.dateWords.has(prev.norm) && (!lex.functionWords.has(prev.norm) || PRONOUNS.has(prev.norm));
}

/**
 * A report verb made hearsay by a passive ("are reported injured", "were feared dead", "is
 * reported to have fled"; `passiveHedges` of the lexicon): the token it qualifies, the state
 * after it (or the verb after "to be"/"to have"); -1 when token `i` is no such verb ("police
 * reported", "was reported by police", "no damage was reported").
 */
function passiveHedge(side: GroupSide, i: number, lex: Lexicon): number {
  const p = lex.passiveHedges;
  const toks = side.tokens;
  if (!p || !p.verbs.has(toks[i]!.norm) || i === 0 || !p.be.has(toks[i - 1]!.norm) || boundaryBetween(side, i - 1, i)) return -1;
  const next = toks[i + 1];
  if (!next || boundaryBetween(side, i, i + 1)) return -1;
  if (next.norm === 'to') {
    const verb = toks[i + 2];
    if (!verb || !p.infinitive.has(verb.norm) || boundaryBetween(side, i + 1, i + 2)) return -1;
    // What it qualifies: the first content word after "to be" ("to be as young as four": "young").
    for (let k = i + 3; k < Math.min(toks.length, i + 7) && !boundaryBetween(side, k - 1, k); k++) if (toks[k]!.content) return k;
    return -1;
  }
  return next.content && next.num === null && !next.cap ? i + 1 : -1;
}

const quantityIndexes = new WeakMap<Lexicon, Map<string, string[][]>>();

/** Whether the `n` words at `i` begin a longer quantity phrase of the qualifiers ("nearly all of the"). */
function startsQuantity(toks: GroupSide['tokens'], i: number, n: number, lex: Lexicon): boolean {
  const q = lex.qualifiers;
  if (!q) return false;
  let index = quantityIndexes.get(lex);
  if (!index) quantityIndexes.set(lex, (index = phraseIndex(q.quantity.flat())));
  return (index.get(toks[i]!.norm) ?? []).some((p) => p.length > n && phraseAt(toks, i, p));
}

/**
 * Whether the clause around a hedge or a qualifier (its tokens `words`) is still on the other
 * side though the word it qualified was reworded (“were probably killed in the landslide” → “died in the landslide”): at least
 * two content words of its clause within four words of it, figures and names included, are
 * there, and no more than half of the words it goes on to qualify (up to six words, within
 * its clause) are gone. A rewrite that kept the clause and lost the hedge made the claim
 * firmer; a clause that went whole is the clause detector's.
 */
export function clauseKept(side: GroupSide, words: readonly number[], otherBag: ReadonlySet<string>, lex: Lexicon): boolean {
  const toks = side.tokens;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const counts = (t: (typeof toks)[number]): boolean => (t.content || t.num !== null) && !lex.functionWords.has(t.norm);
  // Its clause: up to `n` words either side, not past a comma, a dash or a quotation mark.
  const edge = (n: number, step: 1 | -1): number => {
    let k = step > 0 ? last : first;
    while (k + step >= 0 && k + step < toks.length && Math.abs(k - (step > 0 ? last : first)) < n && !boundaryBetween(side, Math.min(k, k + step), Math.max(k, k + step))) k += step;
    return k;
  };
  let kept = 0;
  for (let k = edge(4, -1); k <= edge(4, 1); k++) if ((k < first || k > last) && counts(toks[k]!) && otherBag.has(toks[k]!.key)) kept++;
  if (kept < 2) return false;
  let scope = 0;
  let gone = 0;
  for (let k = last + 1; k <= edge(6, 1); k++) {
    if (!counts(toks[k]!)) continue;
    scope++;
    if (!otherBag.has(toks[k]!.key)) gone++;
  }
  return gone * 2 <= scope;
}

/**
 * Whether a hedge of a whole claim (`claimHedges`: "appears to", "supposedly", "as anticipated")
 * stands in a run of the word diff that the article fills with words of its own, a content
 * word at least and no hedge among them: the claim was put in other words and the hedge
 * left out ("appears to be an attempt to forestall" → "was murdered to stop"). A run the article
 * leaves empty dropped the clause: the clause detector's.
 */
function claimRewritten(ctx: DetectContext, h: Hedge): boolean {
  const { lex, at, hunks } = ctx;
  if (!lex.claimHedges?.has(h.phrase)) return false;
  const hunk = hunks[ctx.hunkOfC(h.toks[0]!)];
  if (!hunk) return false;
  // In a relative clause ("a feud that had seemed settled"), it qualifies a description, which the clause detector reads.
  for (let k = h.toks[0]! - 1; k >= Math.max(0, h.toks[0]! - 3) && !boundaryBetween(ctx.C, k, k + 1); k--) if (RELATIVES.has(ctx.ct[k]!.norm)) return false;
  let words = 0;
  for (let j = hunk.a0; j < hunk.a1; j++) {
    const t = at[j]!;
    if (hedgeIndex(lex).get(t.norm)?.some((ph) => phraseAt(at, j, ph))) return false;
    if (t.content && !lex.functionWords.has(t.norm)) words++;
  }
  if (words < 1) return false;
  // And the sentence is the same claim's: three of its content words at least are still there
  // (a headline rewritten whole, "Toll Could Top 100,000" → "Aid on Way", says another thing).
  const { C, ct, aBag } = ctx;
  const s = C.sentences[sentenceOf(C, h.toks[0]!)]!;
  const kept = new Set<string>();
  for (let i = s.from; i < s.to; i++) if ((i < hunk.c0 || i >= hunk.c1) && ct[i]!.content && !lex.functionWords.has(ct[i]!.norm) && aBag.has(ct[i]!.key)) kept.add(ct[i]!.key);
  return kept.size >= 3;
}

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Where a hedge stands to what it qualifies, for a reason: “before” (“about 300”) or “after” (“300 or so”). */
const placed = (h: Hedge): string => (h.target < h.toks[0]! ? 'after' : 'before');

/** Whether a hedge qualifies a figure or a vague quantity (“about 300”, “some dozens”). */
function hedgesFigure(h: Hedge, toks: GroupSide['tokens'], lex: Lexicon): boolean {
  const t = toks[h.target];
  return !!t && (t.num !== null || lex.vagueQuantities.has(t.norm));
}

/**
 * A qualifier dropped, added or swapped before the same word. One whose figure was also
 * replaced goes to `ctx.qualifiedFigures` for the number detector; one whose word went too
 * is left to the clause detector.
 */
export const hedgeDetector: Detector = {
  name: 'hedge',
  summary: 'skip',
  run(ctx) {
    const { C, A, ct, at, lex, cBag, aBag, cClaim, aClaim, claim, qualifiedFigures } = ctx;
    // The hedges of a quotation one side alone quotes are read too, to pair with the other side's
    // (“about a dozen” / “‘about 26 have died,’ he said”); one of them left over is the quote finding's.
    const hedgesOf = (side: GroupSide, claimed: Uint8Array): readonly Hedge[] => findHedges(side, lex, claimed);
    const ch = readUnclaimed(ctx, HEDGES, true, unquotedClaims(ctx, true), hedgesOf);
    const ah = readUnclaimed(ctx, HEDGES, false, unquotedClaims(ctx, false), hedgesOf);
    // Those whose first word is claimed (of such a quotation), told before this detector claims any.
    const quoted = new Set<Hedge>();
    for (const h of ch) if (cClaim[h.toks[0]!]) quoted.add(h);
    for (const x of ah) if (aClaim[x.toks[0]!]) quoted.add(x);
    // Whether a side has a hedge, claimed or not, that the other side does not say: one that
    // could stand for a hedge of the other side in other words (made when first needed).
    const ownHedge = perSide(C, A, (side) => new Set(ctx.read(HEDGES, side === C).map((h) => h.phrase)));
    const hedgeOfItsOwn = (canonical: boolean): boolean => [...ownHedge(canonical)].some((p) => !ownHedge(!canonical).has(p));
    const remaining = [...ah];
    const unmatchedC: Hedge[] = [];
    // The same hedge before the same word first ("at least 12" / "at least 12"), so that in a group of
    // several sentences a hedge dropped before one figure is not paired with its like before another.
    const sameWord = (h: Hedge, x: Hedge): boolean => h.target >= 0 && x.target >= 0 && ct[h.target]!.key === at[x.target]!.key;
    const left = ch.filter((h) => {
      const k = remaining.findIndex((x) => x.phrase === h.phrase && sameWord(h, x));
      if (k >= 0) remaining.splice(k, 1);
      return k < 0;
    });
    // By its words alone, then: not a hedge before a word that another hedge left over also stands before
    // ("more than 26, … about 13" / "about 26, … 13": 'about' went from 13, and 26 changed its qualifier).
    const paired = new Set<Hedge>();
    const another = (h: Hedge, x: Hedge): boolean => left.some((o) => o !== h && !paired.has(o) && sameWord(o, x));
    for (const h of left) {
      let k = remaining.findIndex((x) => x.phrase === h.phrase && !another(h, x));
      // Another hedge of the same sense before the same word (“some 2,000” / “about 2,000”).
      const bySense = k < 0;
      if (k < 0) k = remaining.findIndex((x) => sameHedgeSense(x.phrase, h.phrase, lex) && x.target >= 0 && h.target >= 0 && at[x.target]!.key === ct[h.target]!.key);
      if (k < 0) {
        unmatchedC.push(h);
        continue;
      }
      const x = remaining.splice(k, 1)[0]!;
      paired.add(h);
      // Said in other words of one sense: explained, nothing to report, not even as rewording.
      if (bySense) {
        for (const i of h.toks) cClaim[i] = 1;
        for (const j of x.toks) aClaim[j] = 1;
      }
    }
    for (const h of unmatchedC) {
      // The same hedge in a synonym the copy says ("expect" / "anticipate"): still hedged.
      if (h.toks.length === 1 && synonymIn(ct[h.toks[0]!]!.key, aBag, lex)) continue;
      const target = ct[h.target];
      if (target && target.num !== null && !aBag.has(target.key)) {
        qualifiedFigures.canonical.set(h.target, { text: tokensText(C, h.toks), toks: h.toks });
        continue;
      }
      if (quoted.has(h)) continue;
      // Only when what it qualified is still there, or its clause is (the word it qualified
      // reworded) and the article has no hedge left that could stand for it: otherwise the
      // whole clause went, and the clause detector says so.
      const reworded =
        !h.passive && !!target && !aBag.has(target.key) && target.num === null && !hedgeOfItsOwn(false) && (clauseKept(C, h.toks, aBag, lex) || claimRewritten(ctx, h));
      if (!target || (!aBag.has(target.key) && !reworded)) continue;
      const swap = reworded ? -1 : remaining.findIndex((x) => {
        const t = at[x.target];
        return !!t && t.key === target.key;
      });
      const numeric = target.num !== null || lex.vagueQuantities.has(target.norm);
      const hedgeText = tokensText(C, h.toks);
      if (swap >= 0) {
        const x = remaining.splice(swap, 1)[0]!;
        claim({
          kind: 'hedge',
          severity: numeric ? 'high' : 'medium',
          cTok: h.toks,
          aTok: x.toks,
          reason: `The qualifier changes from ‘${hedgeText}’ to ‘${tokensText(A, x.toks)}’ ${placed(h)} ‘${tokensText(C, [h.target!])}’.`,
        });
        continue;
      }
      // A hedge of a claim put in other words elsewhere in the sentence (“the odds of a deal are
      // slim” → “a deal is unlikely”): the claim is still hedged, and nothing is said.
      const other = numeric ? -1 : remaining.findIndex((x) => !hedgesFigure(x, at, lex));
      if (other >= 0) {
        for (const j of remaining.splice(other, 1)[0]!.toks) aClaim[j] = 1;
        for (const i of h.toks) cClaim[i] = 1;
        continue;
      }
      claim({
        kind: 'hedge',
        severity: numeric ? 'high' : 'medium',
        cTok: h.toks,
        aTok: [],
        cMark: [h.target],
        aMark: reworded ? [] : at.map((t, i) => (t.key === target.key ? i : -1)).filter((i) => i >= 0).slice(0, 1),
        reason: numeric
          ? `Drops the qualifier ‘${hedgeText}’ ${placed(h)} ‘${tokensText(C, [h.target])}’: an estimate now reads as an exact figure.`
          : lex.absoluteHedges?.has(h.phrase)
            ? `Drops the qualifier ‘${hedgeText}’ before ‘${tokensText(C, [h.target])}’: what was nearly so now reads as wholly so.`
            : `Drops the qualifier ‘${hedgeText}’: the claim now reads as more certain than in the canonical.`,
      });
    }
    for (const x of remaining) {
      const target = at[x.target];
      if (target && target.num !== null && !cBag.has(target.key)) {
        qualifiedFigures.article.set(x.target, { text: tokensText(A, x.toks), toks: x.toks });
        continue;
      }
      if (quoted.has(x)) continue;
      // An added one only before a word both sides have: a rewrite's new words bring their own.
      if (!target || !cBag.has(target.key)) continue;
      const numeric = target.num !== null || lex.vagueQuantities.has(target.norm);
      claim({
        kind: 'hedge',
        severity: 'medium',
        cTok: [],
        aTok: x.toks,
        reason: `Adds the qualifier ‘${tokensText(A, x.toks)}’${numeric ? ` ${placed(x)} ‘${tokensText(A, [x.target])}’` : ''}, which the canonical does not have.`,
      });
    }
  },
};

/**
 * Whether the figure at token `i` (with its scale words, "2 million") has a content word after it
 * in its phrase that it counts ("3 laws"); a time reference after it ("2,000 last year", "on Monday") counts nothing.
 */
function countsNoun(side: GroupSide, i: number, lex: Lexicon): boolean {
  let k = i + 1;
  while (k < side.tokens.length && side.tokens[k]!.num !== null && !boundaryBetween(side, k - 1, k)) k++;
  const next = side.tokens[k];
  if (!next || !next.content || boundaryBetween(side, k - 1, k) || sentenceOf(side, k) !== sentenceOf(side, i)) return false;
  return !(lex.time && isTimeWord(lex.time, next.norm)) && !lex.dateWords.has(next.norm);
}
