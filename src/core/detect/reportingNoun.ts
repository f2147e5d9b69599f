/**
 * English reporting words that stand as nouns by their place in a clause, not as the verb of a
 * source (sources.ts `reportingUse` asks): after a preposition ("relies less on state aid", "met
 * with fierce protest", "amid street protests"), or as the object of a verb in the progressive
 * ("farmers have been staging noisy protests"). A verb of saying never follows either: a preposition
 * takes a noun, and a clause whose verb is already said has no second one without a conjunction.
 */
import type { GroupSide } from './group';
import { boundaryBetween } from './tokens';

/** English prepositions whose object a reporting word after them is. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  `on in at with from against amid amidst among amongst without despite toward towards into onto upon over
  under through throughout during across via within behind beyond near`.split(/\s+/),
);
/** The forms of "be" before a verb's "-ing" form (the progressive: "are staging", "have been holding"). */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s", "'re"]);
/** Words that open a relative clause: its progressive is the relative clause's, the verb after it the main clause's. */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** The forms of "say" and "tell": verbs wherever they stand ("people in town say"). */
const SAY: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);

/**
 * Whether the token at `k` is one word that describes the reporting word after it: a lowercase
 * word that carries content, no figure, no plural ("in towns report": a subject) and no adverb in
 * "-ly" ("officials there now report").
 */
function describer(side: GroupSide, k: number): boolean {
  const t = side.tokens[k]!;
  return t.content && !t.cap && t.num === null && !/(?:s|ly)$/.test(t.norm) && !boundaryBetween(side, k, k + 1);
}

/** Whether the reporting word at `i` (a sentence from `from`) is a noun by its place: see the file's comment. */
export function reportingNoun(side: GroupSide, reporting: ReadonlySet<string>, i: number, from: number): boolean {
  const toks = side.tokens;
  const norm = toks[i]!.norm;
  if (SAY.has(norm) || i <= from) return false;
  const before = toks[i - 1]!;
  if (boundaryBetween(side, i - 1, i)) return false;
  // "amid reports that …", "despite claims that …": a noun still, but the clause after it is sourced to it: left to the reading as a source.
  const thatClause = toks[i + 1]?.norm === 'that' && !boundaryBetween(side, i, i + 1);
  if (PREPOSITIONS.has(before.norm)) return !thatClause;
  // Past one word that describes it, only a bare or "-s" form: "in published reports" says nothing of "reported".
  if (progressiveObject(side, reporting, i - 1, from)) return true;
  if (/(?:ed|ing)$/.test(norm) || !describer(side, i - 1)) return false;
  if (i - 2 >= from && PREPOSITIONS.has(toks[i - 2]!.norm) && !boundaryBetween(side, i - 2, i - 1)) return !thatClause;
  return progressiveObject(side, reporting, i - 2, from);
}

/**
 * Whether the token at `k` (right before the reporting word, or before the one word that describes
 * it) is the "-ing" form of a progressive ("were holding", "have been staging") that is not a
 * relative clause's ("officials who are investigating report"), nor itself a reporting verb's ("is
 * confirming reports": that verb is the source's).
 */
function progressiveObject(side: GroupSide, reporting: ReadonlySet<string>, k: number, from: number): boolean {
  const toks = side.tokens;
  // (Not "being": "were being reported" is a passive.)
  if (k - 1 < from || !/ing$/.test(toks[k]!.norm) || BE.has(toks[k]!.norm) || reporting.has(toks[k]!.norm) || !BE.has(toks[k - 1]!.norm) || boundaryBetween(side, k - 1, k)) return false;
  let j = k - 1;
  while (j > from && (BE.has(toks[j - 1]!.norm) || /^(?:has|have|had)$/.test(toks[j - 1]!.norm))) j--;
  return j === from || !RELATIVE.has(toks[j - 1]!.norm);
}
