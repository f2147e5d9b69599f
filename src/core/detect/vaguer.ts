/**
 * Sources made vaguer: a claim the canonical gives to someone it names, or at least to someone,
 * that the article gives to a group, to reports, or to no one; or to a description of the one it
 * names (a name made general). Read by the attribution detector (attribution.ts) over the
 * attributions of sources.ts.
 */
import { isEnglish, type Lexicon } from '../lexicon';
import { quoted } from '../excerpt';
import type { DetectContext } from './context';
import type { Finding, GroupSide } from './group';
import { hasKeyLike } from './similarity';
import { attrText, PASSIVE_BE, reportingVerbs, tokensOf, type Attribution } from './sources';
import { isAcronym, isSentenceInitial, leadIndex, tokensText } from './tokens';

/**
 * Whether token `i` of a source is a name: a capitalised word, not the sentence's first unless a
 * second capitalised word of the source follows it or it is an acronym ("NASA said").
 */
export function isNameAt(side: GroupSide, lex: Lexicon, src: readonly number[], i: number): boolean {
  const t = side.tokens[i]!;
  if (!t.cap || !t.content || t.num !== null || lex.pronouns.has(t.norm) || lex.dateWords.has(t.norm)) return false;
  if (!isSentenceInitial(side, i) || isAcronym(side.text.slice(t.start, t.end))) return true;
  return src.includes(i + 1) && side.tokens[i + 1]!.cap && side.tokens[i + 1]!.content;
}

/**
 * A claim the canonical sources to someone it names, sourced in the article to a group it does
 * not name ("President Ana Lopes says" → "Chilean officials say", "Human Rights Watch said" →
 * "rights groups said"): the words of the article's source that make it vaguer, a vague noun of
 * the lexicon ("officials") or, in English, a plural (one person is not a group), at the head of
 * its source; empty when the article's sentence keeps the name the canonical's source is headed
 * by, or the canonical's source has that word too. A singular description of the same person
 * ("the president", "a farmer") is not vaguer: that is a name made general (madeGeneral).
 */
function vaguerWords(ctx: DetectContext, c: Attribution, a: Attribution): number[] {
  const { C, A, ct, at, lex } = ctx;
  const cHead = headOf(C, lex, c);
  if (cHead === undefined || !isNameAt(C, lex, c.source, cHead)) return [];
  // (The person still named in the article's sentence: "Roe's aides said" is the name detectors'.)
  if (at.some((u) => u.key === ct[cHead]!.key)) return [];
  const aHead = headOf(A, lex, a);
  if (aHead === undefined) return [];
  const t = at[aHead]!;
  if (isNameAt(A, lex, a.source, aHead) || c.keys.has(t.key)) return [];
  const plural = isEnglish(lex) && t.norm !== t.key && t.norm.length > 3 && /[^s]s$/.test(t.norm);
  return lex.pronouns.has(t.norm) || plural ? [aHead] : [];
}

/**
 * The head of a source, the word it is about: its last content word before a function word
 * that follows one ("officials in the capital" → "officials", "Chilean President Michelle
 * Bachelet" → "Bachelet", "according to the latest estimates" → "estimates").
 */
function headOf(side: GroupSide, lex: Lexicon, a: Attribution): number | undefined {
  let head: number | undefined;
  for (const j of a.source) {
    const t = side.tokens[j]!;
    if (j === a.verb || lex.attributionVerbs.has(t.norm)) continue;
    if (lex.functionWords.has(t.norm) || leadIndex(lex).has(t.norm)) {
      if (head !== undefined) break;
      continue;
    }
    if (t.content) head = j;
  }
  return head;
}

/**
 * Whether a source is reports with no one named to make them: its last word a report ("Reports
 * said", "Initial reports said", "estimates suggest"), with no name in it.
 */
export function reportNouns(side: GroupSide, lex: Lexicon, a: Pick<Attribution, 'source' | 'verb'>): boolean {
  const toks = side.tokens;
  const words = a.source.filter((j) => j !== a.verb && !lex.functionWords.has(toks[j]!.norm));
  const last = words[words.length - 1];
  if (last === undefined || !lex.evidenceNouns?.has(toks[last]!.norm) || !reportingVerbs(lex).has(toks[last]!.norm)) return false;
  return !words.some((j) => isNameAt(side, lex, a.source, j));
}

/** The claim sourced more vaguely (see vaguerWords): one attribution finding; both sources' words explained. */
export function vaguerSource(ctx: DetectContext, c: Attribution, a: Attribution): boolean {
  if (c.stance !== a.stance || vaguerWords(ctx, c, a).length === 0) return false;
  claimVaguer(ctx, c, a);
  return true;
}

/** One attribution finding: the claim is now sourced more vaguely; both sources' words explained. */
export function claimVaguer(ctx: DetectContext, c: Attribution, a: Attribution): void {
  const cTok = tokensOf(c);
  const aTok = tokensOf(a);
  for (const i of cTok) ctx.cClaim[i] = 1;
  for (const j of aTok) ctx.aClaim[j] = 1;
  ctx.claim({ kind: 'attribution', severity: 'medium', cTok, aTok, reason: `The source changes from ${quoted(attrText(ctx.C, c), 50)} to ${quoted(attrText(ctx.A, a), 50)}: the claim is now sourced more vaguely.` });
}

/**
 * A claim the canonical gives to someone, if only vaguely ("Officials said", "he says"), and the
 * article to no one, by a passive without its agent ("It was reported that", "…, it was announced").
 */
export function sourceLost(ctx: DetectContext, c: Pick<Attribution, 'source'>, a: Pick<Attribution, 'source' | 'verb'>): boolean {
  if (a.source.length > 0 || c.source.length === 0 || !PASSIVE_BE.has(ctx.at[a.verb - 1]?.norm ?? '')) return false;
  return c.source.some((i) => ctx.lex.pronouns.has(ctx.ct[i]!.norm));
}

/**
 * The canonical's source is named, the article's only described ("…, said Jane Roe" → "One
 * farmer in the province says", "A Pew study found" → "a public opinion survey showed"): the
 * same kind of claim, its source no longer named. A name made general, reported as a `name`
 * finding (who said it can no longer be checked), not as another source. Null when the article
 * names a source of its own, keeps one of the canonical's names, or reports with another stance;
 * 'kept' when the article's sentence still writes the names, outside its source.
 */
export function madeGeneral(ctx: DetectContext, c: Attribution, a: Attribution): Finding | 'kept' | null {
  const { C, A, ct, at, lex } = ctx;
  if (c.stance !== a.stance) return null;
  const nameOf = (side: GroupSide, src: number[], i: number): boolean => isNameAt(side, lex, src, i);
  const names = c.source.filter((i) => nameOf(C, c.source, i));
  if (names.length === 0 || names.some((i) => hasKeyLike(a.keys, ct[i]!.key))) return null;
  // The article's source: a description (a lowercase content word), and no name at its head ("said
  // Kargbo"); a name after a function word qualifies the description ("a farmer in Helmand").
  const described = a.source.filter((j) => at[j]!.content && !at[j]!.cap && j !== a.verb && !lex.attributionVerbs.has(at[j]!.norm));
  if (described.length === 0) return null;
  const named = a.source.some((j) => nameOf(A, a.source, j) && !lex.functionWords.has(at[j - 1]?.norm ?? ''));
  if (named) return null;
  // The name still in the article's sentence, outside its source ("estimates made by USGS"): not dropped.
  if (names.every((i) => at.some((u) => u.key === ct[i]!.key))) return 'kept';
  const name = tokensText(C, names);
  // Named elsewhere in the article (see nameDropped): who said it can still be checked; rewording.
  const elsewhere = names.every((i) => A.text.includes(C.text.slice(ct[i]!.start, ct[i]!.end).replace(/['’]s$/, '')));
  const aTok = [...new Set([...a.source, a.verb])];
  const description = quoted(tokensText(A, a.source.filter((j) => j !== a.verb)), 50);
  return {
    kind: elsewhere ? 'changed' : 'name',
    severity: elsewhere ? 'low' : 'medium',
    cTok: names,
    aTok,
    reason: elsewhere
      ? `The canonical names its source, ${quoted(name, 40)}; the article describes it here as ${description} and names it elsewhere.`
      : `The canonical names its source, ${quoted(name, 40)}; the article only describes it as ${description} and names it nowhere.`,
  };
}
