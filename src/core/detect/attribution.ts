/** Attribution: who a claim is sourced to, and with which reporting verb. */
import type { Lexicon, Stance } from '../lexicon';
import { quoted } from '../excerpt';
import type { Severity, Span } from '../types';
import type { DetectContext, Detector } from './context';
import type { Finding, GroupSide } from './group';
import { compareInlineCredits, compareLeadIns } from './credit';
import { evidenceFrames, proofRank, provisional } from './evidence';
import { spellsInitials } from './initials';
import { namedBefore, namedJustBefore, reportBefore, sourceHead, tagQuotes } from './speech';
import { hasKeyLike } from './similarity';
import { ATTRIBUTIONS, COORDINATORS, attrText, reportingVerbs, tokensOf, type Attribution } from './sources';
import { claimVaguer, madeGeneral, reportNouns, sourceLost, vaguerSource } from './vaguer';
import { boundaryBetween, isAcronym, isSentenceInitial, range, tokensText } from './tokens';

export { findAttributions, stanceOf, type Attribution } from './sources';


/** A source dropped, added, replaced or reworded, and a neutral reporting verb swapped for a loaded one. */
export const attributionDetector: Detector = {
  name: 'attribution',
  summary: 'skip',
  run(ctx) {
    const credits = compareInlineCredits(ctx);
    compareLeadIns(ctx);
    const { C, A, lex, cClaim, aClaim } = ctx;
    const cAll = ctx.read(ATTRIBUTIONS, true);
    const aAll = ctx.read(ATTRIBUTIONS, false);
    const p: Pass = {
      ctx,
      cAll,
      aAll,
      aa: aAll.filter((a) => a.strong && !a.source.every((i) => aClaim[i])),
      used: new Set(),
      aPronoun: aAll.filter((a) => !a.strong && !aClaim[a.verb] && byPronoun(A, a, lex)),
      pronounUsed: new Set(),
      reporting: reportingVerbs(lex),
      carried: [],
    };
    // The canonical's named sources, as the detectors before this one left them.
    const named = cAll.filter((c) => c.strong && !c.source.every((i) => cClaim[i]));
    // Two verbs of one subject ("denied … and said"): the one the article keeps is matched first.
    const aVerbs = new Set(p.aa.map((a) => A.tokens[a.verb]!.key));
    const kept = (c: Attribution): number => (aVerbs.has(C.tokens[c.verb]!.key) ? 0 : 1);
    named.sort((x, y) => (x.source === y.source || sameTokens(x.source, y.source) ? kept(x) - kept(y) : 0));
    for (const c of named) namedSource(p, c);
    addedSources(p);
    sourceGiven(p, pronounSources(p));
    credits();
  },
};

/** What the passes over one group's attributions share. */
interface Pass {
  ctx: DetectContext;
  cAll: readonly Attribution[];
  aAll: readonly Attribution[];
  /** The article's named sources, and which of them a canonical source has taken. */
  aa: Attribution[];
  used: Set<number>;
  /** The article's pronoun sources, each standing in for at most one named source. */
  aPronoun: Attribution[];
  pronounUsed: Set<Attribution>;
  reporting: ReadonlySet<string>;
  /** The sources of the canonical's attributions matched so far. */
  carried: number[][];
}

const sameTokens = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((v, k) => v === y[k]);

/** A weak attribution of the article: a pronoun's, or a verb that continues a statement. */
type Weak = Pick<Attribution, 'verb' | 'source' | 'stance'>;

const byPronoun = (side: GroupSide, a: Pick<Attribution, 'source'>, lex: Lexicon): boolean => a.source.some((i) => lex.pronouns.has(side.tokens[i]!.norm));
/**
 * A weak source that still gives the claim as someone's: a pronoun's ("he says", "officials said"),
 * or reports nobody is named to make ("Reports say", "according to reports").
 */
const someone = (side: GroupSide, a: Pick<Attribution, 'source' | 'verb'>, lex: Lexicon): boolean => byPronoun(side, a, lex) || reportNouns(side, lex, a);

/** A named source of the canonical: the article's source that shares most of its words, or none. */
function namedSource(p: Pass, c: Attribution): void {
  const { C, A } = p.ctx;
  let best = -1;
  let bestOv = 0;
  p.aa.forEach((a, k) => {
    if (p.used.has(k)) return;
    let ov = 0;
    for (const key of c.keys) if (hasKeyLike(a.keys, key)) ov++;
    // "HRW" / "Human Rights Watch": one source, as an acronym and in full.
    if (ov === 0 && (acronymOf(C, c, A, a) || acronymOf(A, a, C, c))) ov = 1;
    if (ov > bestOv) (bestOv = ov), (best = k);
  });
  // The subject of another verb already matched ("denied … and said" → "said"): the source is
  // carried; the verb the copy dropped is the other detectors' (a denial, a clause).
  if (best < 0 && p.carried.some((s) => sameTokens(s, c.source))) {
    for (const i of c.source) p.ctx.cClaim[i] = 1;
    return;
  }
  if (best < 0) return unmatchedSource(p, c);
  p.used.add(best);
  p.carried.push(c.source);
  matchedSource(p.ctx, c, p.aa[best]!, bestOv);
}

/** A named source of the canonical the article's sources do not share words with: a pronoun in its place, another source, or none. */
function unmatchedSource(p: Pass, c: Attribution): void {
  const { ctx } = p;
  const { C, A, ct, at, lex, cClaim, claim } = ctx;
  const cTok = tokensOf(c);
  const cText = attrText(C, c);
  // "The government said" → "It said": the same verb, the source named by a pronoun (named
  // in the sentence before), or set apart from it ("The space agency, NASA, says").
  const named = [...c.keys].every((k) => hasKeyLike(ctx.aBag, k));
  // The same verb, in any tense ("said" / "says"), or another of the same stance ("said" / "told").
  const sameVerb = (a: Attribution): boolean =>
    at[a.verb]!.key === ct[c.verb]!.key || (a.stance === c.stance && p.reporting.has(at[a.verb]!.norm) && p.reporting.has(ct[c.verb]!.norm));
  const stand =
    p.aPronoun.find((a) => !p.pronounUsed.has(a) && sameVerb(a)) ??
    (named ? p.aAll.find((a) => !a.strong && !ctx.aClaim[a.verb] && !p.pronounUsed.has(a) && sameVerb(a)) : undefined);
  if (stand) {
    p.pronounUsed.add(stand);
    for (const i of cTok) cClaim[i] = 1;
    ctx.aClaim[stand.verb] = 1;
    // Not a pronoun but a vague word in its place ("according to her aides" → "according to officials"): a vaguer source.
    const vague = stand.source.filter((j) => lex.pronouns.has(at[j]!.norm) && !lex.functionWords.has(at[j]!.norm));
    if (vague.length && !named && !vague.some((j) => c.source.some((i) => ct[i]!.key === at[j]!.key))) {
      claim(sourceFinding('medium', cTok, tokensOf(stand), `The source changes from ${quoted(cText, 50)} to ${quoted(attrText(A, stand), 50)}: the claim is now sourced more vaguely.`));
      return;
    }
    // The speaker's name gone from the article's sentences, a pronoun in its place ("said Jane
    // Roe" → "she said"): who said it is left to a sentence elsewhere. Low: most often the one before.
    const names = c.source.filter((i) => ct[i]!.cap && ct[i]!.content && !isSentenceInitial(C, i) && !lex.pronouns.has(ct[i]!.norm));
    // The name kept as its initials ("officials in the United States" → "officials in the U.S.") names the same speaker.
    const kept = names.some((i) => at.some((u) => u.cap && u.key === ct[i]!.key)) || spellsInitials(A, stand.source, C, names);
    if (names.length && c.source.length <= 6 && byPronoun(A, stand, lex) && !kept) {
      const quote = tagQuotes(ctx, cTok, p.reporting);
      claim(sourceFinding('low', cTok, tokensOf(stand), `Names the speaker only as ${quoted(attrText(A, stand), 30)} where the canonical has ${quoted(cText, 50)}: who said it now rests on a sentence elsewhere.`, quote === 'moved' ? {} : quote));
    }
    return;
  }
  // Reports in its place ("Local media reported" → "Reports said"): who reported it is gone.
  const reports = p.aAll.find((a) => !a.strong && !ctx.aClaim[a.verb] && !p.pronounUsed.has(a) && a.stance === c.stance && reportNouns(A, lex, a));
  if (reports && !c.evidence) {
    p.pronounUsed.add(reports);
    return claimVaguer(ctx, c, reports);
  }
  // Another source in its place: one change, not a drop and an addition.
  const other = p.aa.findIndex((_, k) => !p.used.has(k));
  if (other >= 0) {
    p.used.add(other);
    const a = p.aa[other]!;
    if (c.evidence && a.evidence) return evidenceFrames(ctx, c, a);
    if (vaguerSource(ctx, c, a)) return;
    if (!c.evidence && reportNouns(A, lex, a)) return claimVaguer(ctx, c, a);
    const general = madeGeneral(ctx, c, a);
    if (general === 'kept') {
      // The name stands elsewhere in the sentence: the same source, described; its words are explained.
      for (const i of cTok) cClaim[i] = 1;
      for (const j of tokensOf(a)) ctx.aClaim[j] = 1;
      return;
    }
    if (general) {
      claim(general);
      for (const i of cTok) cClaim[i] = 1;
      return;
    }
    claim(sourceFinding('high', cTok, tokensOf(a), `The source changes from ${quoted(cText, 50)} to ${quoted(attrText(A, a), 50)}: the claim is now attributed to someone else.`));
    return;
  }
  // The source's words may still be in the sentence, but no longer as its source.
  const quote = tagQuotes(ctx, cTok, p.reporting);
  if (quote === 'moved') {
    for (const i of cTok) cClaim[i] = 1;
    return;
  }
  // The copy names the speaker just before its quotation ("Roe is a student. “…”"): the reader may still tell who spoke.
  const head = quote.aQuote && sourceHead(C, c, lex);
  if (head && namedBefore(A, head, quote.aQuote!.start)) {
    claim(sourceFinding('medium', cTok, [], `Drops the attribution ${quoted(cText, 60)} from the quotation: the copy names ${head} only in the words before it.`, quote));
    return;
  }
  // Evidence that only pointed to the claim ("initial reports suggested", "early results
  // indicate") dropped: what was provisional reads as established, a hedge dropped.
  if (c.evidence && (proofRank(lex, ct[c.verb]!.norm) > 0 || provisional(C, cTok, lex))) {
    claim({ kind: 'hedge', severity: 'medium', cTok, aTok: [], reason: `Drops ${quoted(cText, 60)}: what the evidence only pointed to now reads as established fact.` });
    return;
  }
  claim(sourceFinding('high', cTok, [], `Drops the attribution ${quoted(cText, 60)}: the claim is no longer sourced as in the canonical.`, quote));
}

/** A named source of the canonical and the article's source that shares its words (`bestOv` of them): renamed, shortened, reworded, another stance, or the same. */
function matchedSource(ctx: DetectContext, c: Attribution, a: Attribution, bestOv: number): void {
  const { C, A, ct, at, cBag, cClaim, aClaim, claim } = ctx;
  const cTok = tokensOf(c);
  const aTok = tokensOf(a);
  const cText = attrText(C, c);
  const aText = attrText(A, a);
  const joined = joinedSource(ctx, c, a);
  if (joined.length) {
    claim(sourceFinding('medium', [], joined, `Adds ${quoted(tokensText(A, joined), 50)} as a second source of the claim, beside ${quoted(cText, 50)}: check who said it.`));
  }
  if (c.evidence && a.evidence) return evidenceFrames(ctx, c, a);
  // "According to a statement from the ministry" / "The ministry said in a statement": a word of the
  // source just after the other side's verb is still said, not dropped.
  const saidWith = (side: GroupSide, v: number): Set<string> => new Set(range(v + 1, v + 5).filter((j) => j < side.tokens.length && !boundaryBetween(side, j - 1, j)).map((j) => side.tokens[j]!.key));
  const aWith = saidWith(A, a.verb);
  // (A word the article's subject has past where its source was cut is not dropped.)
  const missing = [...c.keys].filter((k) => !hasKeyLike(a.keys, k) && !aWith.has(k) && !a.beyond?.has(k));
    // The source's words the article's source lacks, and whether they are only names.
    const dropped = c.source.filter((i) => missing.includes(ct[i]!.key));
    // "The company apologised and said" / "The company said": one subject, with another verb
    // joined to the reporting verb on one side; the verb and its object are not the source.
    const cJoined = joinedAfter(ct, c.source, a.keys);
    const aJoined = joinedAfter(at, a.source, c.keys);
    if ((cJoined && !missing.some((k) => c.source.slice(0, cJoined).some((i) => ct[i]!.key === k))) || (aJoined && missing.length === 0)) {
      for (const i of cJoined ? [...c.source.slice(0, cJoined), c.verb] : cTok) cClaim[i] = 1;
      for (const j of aJoined ? [...a.source.slice(0, aJoined), a.verb] : aTok) aClaim[j] = 1;
      if (c.stance !== a.stance) claim(stanceChange(C, A, c, a));
      return;
    }
    const namesOnly = missing.length > 0 && c.stance === a.stance && dropped.every((i) => ct[i]!.cap);
    // Only the speaker's name differs ("Jane Roe said" → "Jan Rowe says"): a name finding (the
    // name detector's), the attribution itself is carried.
    // An acronym and its full form ("HRW" / "Human Rights Watch"): the same source.
    const expanded = bestOv === 1 && [...c.keys].every((k) => !hasKeyLike(a.keys, k)) && c.stance === a.stance;
    // The source's name written as its initials ("the United States says" → "the U.S. says"): the same source.
    const initialled = namesOnly && (acronymOf(C, c, A, a) || acronymOf(A, a, C, c));
    const renamed = namesOnly && !expanded && !initialled && a.source.some((j) => at[j]!.cap && ctx.aNew[j]);
    // The same person named shorter ("Matt Wells explains" → "Wells explains", "President
    // Ana Lopes" → "Lopes"): the names it drops stand before a name both keep.
    const shortened = namesOnly && c.source.some((i) => ct[i]!.cap && !dropped.includes(i) && dropped.some((m) => m < i));
    // The source's name dropped for a description ("A Pew study" → "A public opinion study"):
    // the same kind of source, no longer named: the name detector's (a name made general).
    const unnamed =
      namesOnly &&
      dropped.every((i) => !isSentenceInitial(C, i)) &&
      !a.source.some((j) => at[j]!.cap && ctx.aNew[j] && !isSentenceInitial(A, j)) &&
      [...a.keys].some((k) => c.keys.has(k));
    if (namesOnly && vaguerSource(ctx, c, a)) return;
    if (unnamed) {
      cClaim[c.verb] = 1;
      aClaim[a.verb] = 1;
      for (const i of c.source) if (!dropped.includes(i)) cClaim[i] = 1;
      return;
    }
    if (renamed || shortened || expanded || initialled) {
      for (const i of cTok) cClaim[i] = 1;
      for (const j of aTok) aClaim[j] = 1;
      // A renamed speaker's names stay for the name detector.
      if (renamed) for (const i of dropped) cClaim[i] = 0;
      if (renamed) for (const j of a.source) if (at[j]!.cap && ctx.aNew[j]) aClaim[j] = 0;
      return;
    }
    if (missing.length > 0) {
      const missingWords = dropped.map((i) => `‘${tokensText(C, [i])}’`);
      const majorLoss = missing.length / c.keys.size > 0.5;
      claim({
        kind: 'attribution',
        severity: majorLoss ? 'high' : 'medium',
        cTok,
        aTok,
        reason: `Attribution changed from ${quoted(cText, 50)} to ${quoted(aText, 50)}${missingWords.length ? ` (drops ${[...new Set(missingWords)].join(', ')})` : ''}: the source of the claim now reads differently.`,
      });
    } else if (c.stance !== a.stance && !(cClaim[c.verb] && aClaim[a.verb])) {
      // (Both verbs explained by a finding before this one, a denial that became an admission: said once.)
      claim(stanceChange(C, A, c, a));
    } else {
      // Same source: its tokens are explained, but for a name spelled differently, which the name detector reports.
      // A function word only one side has stays unclaimed: "Some officials say" / "Officials say" is a hedge.
      for (const i of cTok) if (a.keys.has(ct[i]!.key) || (!ct[i]!.content && ctx.aBag.has(ct[i]!.key))) cClaim[i] = 1;
      for (const i of aTok) if (c.keys.has(at[i]!.key) || (!at[i]!.content && cBag.has(at[i]!.key))) aClaim[i] = 1;
      neutralVerbs(ctx, c, a);
    }
}

/**
 * A second source the article joins by "and" to the one both sides give ("the defence ministry"
 * → "the defence ministry and a rebel commander", "aircraft data" → "radar data from Martinique
 * and aircraft data"): the words of the article's source on one side of the "and", none of them the
 * canonical source's but a kind of evidence ("data"), one at least said nowhere in the canonical's
 * group, while those on the other side are all the canonical source's. Not a name that runs on over
 * "and": "the UN Office on Drugs and Crime" shares words with "the United Nations Office on Drugs and
 * Crime" on both sides; "the Ministry of Health and Social Affairs" has the kept words first and
 * capitalised words either side of it, no acronym.
 * Its tokens, from its first content word or determiner; empty when there is none.
 */
function joinedSource(ctx: DetectContext, c: Attribution, a: Attribution): number[] {
  const { C, A, at, lex, cBag } = ctx;
  const src = a.source.filter((j) => j !== a.verb);
  const keyed = (part: number[]): number[] => part.filter((j) => a.keys.has(at[j]!.key));
  const word = (j: number | undefined): string => (j === undefined ? '' : A.text.slice(at[j]!.start, at[j]!.end));
  const runsOn = (j: number | undefined): boolean => j !== undefined && at[j]!.cap && !isAcronym(word(j));
  for (let k = 1; k < src.length - 1; k++) {
    if (at[src[k]!]!.norm !== 'and') continue;
    const before = src.slice(0, k);
    const after = src.slice(k + 1);
    for (const [kept, added] of [[before, after], [after, before]] as const) {
      const keptKeys = keyed(kept);
      const addedKeys = keyed(added);
      if (!keptKeys.length || !addedKeys.length || !keptKeys.every((j) => hasKeyLike(c.keys, at[j]!.key))) continue;
      const sourceWord = (j: number): boolean => hasKeyLike(c.keys, at[j]!.key) && !lex.evidenceNouns?.has(at[j]!.norm);
      if (addedKeys.some(sourceWord) || !addedKeys.some((j) => !hasKeyLike(c.keys, at[j]!.key) && !hasKeyLike(cBag, at[j]!.key))) continue;
      if (kept === before && runsOn(src[k - 1]) && runsOn(src[k + 1])) continue;
      // The canonical's name in full, or its initials ("the U.S." / "the United States"): the same source.
      if (spellsInitials(C, c.source, A, added) || spellsInitials(A, added, C, c.source)) continue;
      const from = added.findIndex((j) => at[j]!.content || !!lex.determiners?.has(at[j]!.norm));
      return added.slice(from);
    }
  }
  return [];
}

/**
 * Where a verb joined by "and"/"but" starts in a source that ends with that coordinator
 * ("The company | apologised to customers and"): the first word past the other side's source
 * words, when that is past its first word; else 0.
 */
function joinedAfter(toks: GroupSide['tokens'], source: readonly number[], other: ReadonlySet<string>): number {
  const last = source[source.length - 1];
  if (last === undefined || !COORDINATORS.has(toks[last]!.norm)) return 0;
  let k = 0;
  while (k < source.length - 1 && (other.has(toks[source[k]!]!.key) || !toks[source[k]!]!.content)) k++;
  return k > 0 && source.slice(0, k).some((i) => other.has(toks[i]!.key)) ? k : 0;
}

/** Adverbs that give a claim as hearsay without saying whose ("allegedly", "reportedly"). English. */
const HEARSAY: ReadonlySet<string> = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'reputedly']);

/** The article's named sources no canonical source took: added, unless the canonical names them in the group or just before it. */
function addedSources(p: Pass): void {
  const { C, A, lex, cBag, aClaim, claim } = p.ctx;
  const { aa, used } = p;
  // Most groups have no source of the article left over: then nothing below is read. Whether the
  // canonical's sentence is someone's words is read when a source first asks (no claim changes it).
  if (aa.every((_, k) => used.has(k))) return;
  const reported = (): boolean => (reportedMemo ??= !!C.quoted?.some((q) => q) || p.cAll.some((c) => !c.strong && byPronoun(C, c, lex)) || reportBefore(C, lex));
  let reportedMemo: boolean | undefined;
  // "allegedly poisoned" → "officials say … poisoned": hearsay given a source, though its words stand in the canonical.
  const hearsay = C.tokens.findIndex((t, i) => HEARSAY.has(t.norm) && !p.ctx.cClaim[i]);
  let sourceKeysMemo: Set<string> | undefined;
  const cSourceKeys = (): Set<string> => (sourceKeysMemo ??= new Set(p.cAll.flatMap((c) => [...c.keys])));
  const weakSource = (): boolean => p.cAll.some((c) => !c.strong);
  aa.forEach((a, k) => {
    if (used.has(k)) return;
    if (hearsay >= 0) {
      claim(sourceFinding('medium', [hearsay], tokensOf(a), `Gives ${quoted(attrText(A, a), 60)} as the source of what the canonical only says ${quoted(tokensText(C, [hearsay]), 20)} happened: check who said it.`));
      return;
    }
    // A source the canonical gives in the group is not new: one of its sources, or, where one of
    // its reporting verbs has no named source (a pronoun's, or a subject not read), a name it writes.
    const known = [...a.keys].filter((key) => hasKeyLike(cSourceKeys(), key) || (weakSource() && hasKeyLike(cBag, key))).length;
    if (known / a.keys.size >= 0.6) return;
    // Nor one the canonical names in the sentences just before, whose words these continue
    // ("…,” said Roe. “So it is …”" → "So it is …, said Roe"; "Roe studies X. He says …" → "Roe says …"):
    // when the canonical's sentence is someone's words (quoted, said by "he", or going on with a report).
    if (reported() && namedJustBefore(C, A, a, lex)) {
      for (const j of [...a.source, a.verb]) aClaim[j] = 1;
      return;
    }
    claim(sourceFinding('medium', [], tokensOf(a), `Adds the attribution ${quoted(attrText(A, a), 60)}, which the canonical sentence does not give.`));
  });
}

/**
 * The canonical's pronoun sources against the article's weak ones: a verb of another stance, or the
 * source dropped. Returns the article's weak attributions and which of them were taken.
 */
function pronounSources(p: Pass): { aWeak: Weak[]; weakUsed: Set<number> } {
  const { ctx, aa, used, aAll, cAll, pronounUsed } = p;
  const { C, A, ct, at, lex, cClaim, aClaim, claim } = ctx;
  // A source named only by a pronoun ("…, he says", "Steck, he says, was planning"): its
  // verb's stance changed, or the attribution dropped (when the article names no other source instead).
  // In the article, a pronoun's verb may also continue the statement ("he added that …").
  const aWeak: Weak[] = [
    ...aAll.filter((a) => !a.strong && !aClaim[a.verb] && !pronounUsed.has(a)),
    ...pronounContinuations(A, lex).map((verb): Weak => ({ verb, source: [], stance: null })),
  ];
  const weakUsed = new Set<number>();
  const namedInstead = aa.some((_, k) => !used.has(k));
  for (const c of cAll) {
    if (c.strong || cClaim[c.verb]) continue;
    const verbKey = ct[c.verb]!.key;
    let k = aWeak.findIndex((a, n) => !weakUsed.has(n) && at[a.verb]!.key === verbKey);
    if (k < 0) k = aWeak.findIndex((_, n) => !weakUsed.has(n));
    if (k >= 0) {
      weakUsed.add(k);
      const a = aWeak[k]!;
      if (c.stance !== a.stance) claim(stanceChange(C, A, c, a));
      else if (sourceLost(ctx, c, a)) {
        // The passive with its "it" ("It was reported"), as the reader sees it.
        const aTok = range(a.verb - (at[a.verb - 2]?.norm === 'it' ? 2 : 1), a.verb + 1);
        claim(sourceFinding('medium', tokensOf(c), aTok, `The source changes from ${quoted(attrText(C, c), 50)} to ${quoted(tokensText(A, aTok), 50)}: the claim no longer says who gave it.`));
      }
      else neutralVerbs(ctx, c, a);
      continue;
    }
    if (namedInstead || ctx.aBag.has(verbKey) || !someone(C, c, lex)) continue;
    const cTok = tokensOf(c);
    const quote = tagQuotes(ctx, cTok, p.reporting);
    if (quote === 'moved') continue;
    const heard = byPronoun(C, c, lex) ? 'the words are no longer attributed to their speaker' : 'what rested on reports now reads as established';
    claim(sourceFinding('medium', cTok, [], `Drops the attribution ${quoted(attrText(C, c), 60)}: ${heard}.`, quote));
  }
  return { aWeak, weakUsed };
}

/**
 * One source's neutral verb in another tense, or another neutral verb ("officials said" /
 * "officials say", "stated", "told"): the same attribution; both verbs are explained.
 */
function neutralVerbs(ctx: DetectContext, c: Weak, a: Weak): void {
  const verbs = reportingVerbs(ctx.lex);
  if (c.stance !== null || a.stance !== null || !verbs.has(ctx.ct[c.verb]!.norm) || !verbs.has(ctx.at[a.verb]!.norm)) return;
  ctx.cClaim[c.verb] = 1;
  ctx.aClaim[a.verb] = 1;
}

/** "He says …" put before what the canonical states with no source. */
function sourceGiven(p: Pass, weak: { aWeak: Weak[]; weakUsed: Set<number> }): void {
  const { C, A, ct, at, lex, cBag, aClaim, claim } = p.ctx;
  const { aWeak, weakUsed } = weak;
  const cAll = p.cAll;
  // "He says …" before what the canonical states with no source at all, outside any
  // quotation: the copy puts the reporter's words in someone's mouth.
  // Not when the canonical's sentence continues a report of the sentence before ("He says X. They
  // go hungry …"), nor when both sides name the person the pronoun stands for ("Roe calls it
  // political" → "Roe is …, he says it is political"). Reports nobody named given as the source
  // ("Reports say …", "…, according to reports") put the claim in no one's mouth, but it rests on them now.
  if (cAll.length === 0 && !C.quoted?.some((q) => q)) {
    const given = aWeak.find((a, n) => !weakUsed.has(n) && a.source.length > 0 && someone(A, a, lex) && !aClaim[a.verb]);
    const bothName = (a: { verb: number }): boolean =>
      at.some((u, j) => j < a.verb && u.cap && u.content && !isSentenceInitial(A, j) && u.num === null && cBag.has(u.key) && ct.some((v) => v.cap && v.key === u.key));
    if (given && (reportBefore(C, lex) || (byPronoun(A, given, lex) && bothName(given)))) {
      for (const j of [...given.source, given.verb]) aClaim[j] = 1;
    } else if (given) {
      claim(sourceFinding('medium', [], tokensOf(given), `Adds the attribution ${quoted(attrText(A, given), 60)} to what the canonical states without a source: check who said it.`));
    }
  }
}

/** An attribution finding; `quote`: the quotations a speech tag attributes, when it has them. */
function sourceFinding(severity: Severity, cTok: number[], aTok: number[], reason: string, quote: { cQuote?: Span; aQuote?: Span } = {}): Finding {
  return { kind: 'attribution', severity, cTok, aTok, ...quote, reason };
}

/** Verbs that continue a statement ("added") right after or before a pronoun ("he added", "added she"). */
function pronounContinuations(side: GroupSide, lex: Lexicon): number[] {
  const toks = side.tokens;
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!lex.continuationVerbs.has(toks[i]!.norm)) continue;
    if (lex.pronouns.has(toks[i - 1]?.norm ?? '') || lex.pronouns.has(toks[i + 1]?.norm ?? '')) out.push(i);
  }
  return out;
}

/** How a stance reads, for a reason. */
const STANCE_READS: Record<Stance, string> = {
  doubt: 'casts doubt on the claim',
  concession: 'makes the claim an admission',
  certainty: 'presents the claim as confirmed',
  warning: 'makes the claim a warning',
  suggestion: 'makes the claim a mere suggestion',
};
const STANCE_WAS: Record<Stance, string> = {
  doubt: 'disputed',
  concession: 'an admission',
  certainty: 'confirmed',
  warning: 'a warning',
  suggestion: 'a suggestion',
};

/** The same source with a reporting verb of another stance ("said" → "confirmed", "claimed" → "said"). */
function stanceChange(C: GroupSide, A: GroupSide, c: Weak, a: Weak): Finding {
  const from = tokensText(C, [c.verb]);
  const to = tokensText(A, [a.verb]);
  return {
    kind: 'attribution',
    severity: 'medium',
    cTok: [c.verb],
    aTok: [a.verb],
    reason: a.stance
      ? `The reporting verb changes from ‘${from}’ to ‘${to}’, which ${STANCE_READS[a.stance]}.`
      : `The reporting verb changes from ‘${from}’ to ‘${to}’: the claim no longer reads as ${STANCE_WAS[c.stance!]}.`,
  };
}

/** Whether one source is an acronym of the other ("HRW" / "Human Rights Watch"). */
function acronymOf(X: GroupSide, x: Attribution, Y: GroupSide, y: Attribution): boolean {
  return spellsInitials(X, x.source, Y, y.source);
}
