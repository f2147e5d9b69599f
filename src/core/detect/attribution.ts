/** Attribution: who a claim is sourced to, and with which reporting verb. */
import { isEnglish, type Lexicon, type Stance } from '../lexicon';
import { quoted } from '../text';
import type { Severity, Span } from '../types';
import type { DetectContext, Detector } from './context';
import type { Finding, GroupSide } from './group';
import { compareInlineCredits, compareLeadIns } from './credit';
import { proofSwapReason } from './qualifier';
import { spellsInitials } from './name';
import { namedBefore, namedJustBefore, reportBefore, sourceHead, tagQuotes } from './speech';
import { hasKeyLike } from './similarity';
import { boundaryBetween, hedgeIndex, isSentenceInitial, leadIndex, phraseAt, range, tokensText } from './tokens';

export interface Attribution {
  verb: number;
  source: number[];
  keys: Set<string>;
  strong: boolean;
  /** How the verb presents the claim; null for a neutral verb ("said"). */
  stance: Stance | null;
  /** Its source is evidence, not a speaker ("a survey indicated", "footage showed"). */
  evidence: boolean;
}

/** The stance of a reporting verb: listed in the lexicon, or (a lexicon without stances) doubt for a loaded verb. */
export function stanceOf(verb: string, lex: Lexicon): Stance | null {
  if (lex.stances) return lex.stances.get(verb) ?? null;
  return lex.loadedVerbs.has(verb) ? 'doubt' : null;
}

const reportingVerbSets = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The verbs that introduce a source, once per lexicon: reporting verbs and the verbs of a stance. */
function reportingVerbs(lex: Lexicon): ReadonlySet<string> {
  let verbs = reportingVerbSets.get(lex);
  if (!verbs) reportingVerbSets.set(lex, (verbs = new Set([...lex.attributionVerbs, ...(lex.stances?.keys() ?? [])])));
  return verbs;
}

/** English words that count a noun ("several reports"): a reporting word after one is that noun. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'few', 'various', 'numerous', 'multiple', 'more', 'most', 'other', 'such']);
/** The forms of "be" that make a reporting verb passive ("was announced", "has been reported"). */
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** The forms of "say" and "tell", verbs also right before "is" or "was" ("which experts say was"). */
const SAY: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);
/** The forms of "have": a reporting word right before one is a noun, its subject ("the reports have"). */
const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/**
 * A passive reporting verb's agent: the noun phrase after "by" ("was announced by the
 * Ministry of Health on Monday" → "the Ministry of Health"), to the first function word
 * after a content word (a capitalised name goes on through "of"). Empty when the passive
 * names no agent ("It was reported that …").
 */
function passiveAgent(side: GroupSide, lex: Lexicon, i: number, end: number): number[] {
  const toks = side.tokens;
  if (toks[i + 1]?.norm !== 'by' || i + 2 >= end) return [];
  const agent: number[] = [];
  let named = false;
  for (let k = i + 2; k < end && agent.length < 8; k++) {
    if (k > i + 2 && boundaryBetween(side, k - 1, k)) break;
    const t = toks[k]!;
    if (named && !t.content && !(t.norm === 'of' && toks[k + 1]?.cap) && !lex.determiners?.has(t.norm)) break;
    if (named && t.num !== null) break;
    agent.push(k);
    if (t.content) named = true;
  }
  return agent;
}

export function findAttributions(side: GroupSide, lex: Lexicon): Attribution[] {
  const out: Attribution[] = [];
  const toks = side.tokens;
  const reporting = reportingVerbs(lex);
  const sourceKeys = (idx: number[]): Set<string> => {
    const keys = new Set<string>();
    for (const i of idx) {
      const t = toks[i]!;
      if (!t.content || lex.pronouns.has(t.norm) || lex.dateWords.has(t.norm) || lex.attributionVerbs.has(t.norm)) continue;
      keys.add(t.key);
    }
    return keys;
  };
  const make = (verb: number, source: number[], verbNorm: string): Attribution => {
    const keys = sourceKeys(source);
    const evidence = source.some((i) => !!lex.evidenceNouns?.has(toks[i]!.norm));
    return { verb, source, keys, strong: keys.size > 0, stance: stanceOf(verbNorm, lex), evidence };
  };
  for (const s of side.sentences) {
    // A speaker's label before the words it attributes: "PAUL HERTZ: “Stars …”".
    const label = speakerLabel(side, s);
    if (label) out.push(make(label[label.length - 1]!, label, toks[label[label.length - 1]!]!.norm));
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      // "according to X", "citing X": the source follows.
      const lead = leadAt(side, lex, i, s.to);
      if (lead) {
        const after: number[] = [];
        let named = false;
        for (let j = i + lead.length; j < s.to && after.length < 8; j++) {
          if (j > i + lead.length && boundaryBetween(side, j - 1, j)) break;
          // Without a comma (German “nach Angaben der Polizei mindestens vier Menschen …”), the
          // source ends where a figure or a qualifier starts the claim itself.
          const u = toks[j]!;
          if (named && (u.num !== null || hedgeIndex(lex).has(u.norm))) break;
          if (u.content && u.num === null) named = true;
          after.push(j);
        }
        const verbToks = range(i, i + lead.length);
        const a = make(i, after, t.norm);
        a.source = [...verbToks, ...after];
        out.push(a);
        // Past its source too: a reporting word in it is a noun ("according to the latest estimates").
        i = Math.max(i + lead.length - 1, ...after);
        continue;
      }
      // "Footage showed …": a verb of evidence sources the claim when its subject is evidence.
      if (t.cap) continue;
      const evidence = !reporting.has(t.norm) && !!lex.evidenceVerbs?.has(t.norm);
      if (!evidence && !reporting.has(t.norm)) continue;
      // "added" sources words only as a speech tag by a quotation ("…,” she added", "…,” added Roe"),
      // or before what was said ("the spokesman added that …", "she added: …").
      if (lex.continuationVerbs.has(t.norm) && !speechTag(side, lex, i, s.from, s.to) && !introducesSpeech(side, i, s.to)) continue;
      // "the state", "a report", "their claims": a noun, not a reporting verb.
      if (i > s.from && lex.determiners?.has(toks[i - 1]!.norm)) continue;
      // "a government report showed", "reports say", "the estimates are": a noun, the subject of the verb after it.
      const next = toks[i + 1];
      if (next && i + 1 < s.to && !next.cap && !boundaryBetween(side, i, i + 1)) {
        if (reporting.has(next.norm) || !!lex.evidenceVerbs?.has(next.norm)) continue;
        // (Not a verb of saying: "which experts say was big enough", "what she said is true".)
        if (isEnglish(lex) && (PASSIVE_BE.has(next.norm) || HAVE.has(next.norm)) && next.norm !== 'be' && next.norm !== 'being' && !SAY.has(t.norm)) continue;
      }
      // "reports of", "estimates of", "claims of": a noun, not a reporting verb.
      if (isEnglish(lex) && toks[i + 1]?.norm === 'of' && i + 1 < s.to) continue;
      // "two reports", "several claims": counted, a noun.
      if (i > s.from && ((toks[i - 1]!.num !== null && !boundaryBetween(side, i - 1, i)) || (isEnglish(lex) && QUANTIFIERS.has(toks[i - 1]!.norm)))) continue;
      // "officials have not said", "declined to say", "if you want to say": nobody is quoted.
      if (i > s.from && (lex.negations.has(toks[i - 1]!.norm) || (isEnglish(lex) && toks[i - 1]!.norm === 'to'))) continue;
      // "was announced by the government": a passive's source is its agent, not its subject.
      if (!evidence && isEnglish(lex) && i > s.from && PASSIVE_BE.has(toks[i - 1]!.norm)) {
        const agent = passiveAgent(side, lex, i, s.to);
        out.push(make(i, agent.length ? [i + 1, ...agent] : [], t.norm));
        continue;
      }
      // "X said": walk back to the clause start, skipping a relative clause ("X, who visited Y, said").
      const before: number[] = [];
      let j = i - 1;
      while (j >= s.from && before.length < 10) {
        if (boundaryBetween(side, j, j + 1)) {
          // The chunk between this boundary and the one before it: a relative clause is skipped.
          let k = j;
          while (k > s.from && !boundaryBetween(side, k - 1, k)) k--;
          const relative = before.length === 0 && /^(?:who|which|whose|where)$/.test(toks[k]!.norm);
          const chunkRelative = before.length > 0 && /^(?:who|which|whose|where)$/.test(toks[before[0]!]!.norm);
          // "Jane Roe, a spokeswoman for the ministry, said": the name before the appositive is the source.
          const apposed = before.length === 0 && !relative ? appositiveSource(side, lex, k, j, s.from) : null;
          if (apposed) {
            before.push(...apposed);
            break;
          }
          if (relative && k > s.from) {
            // Resume before the relative clause, past the comma that opens it.
            j = k - 1;
            before.unshift(j);
            j--;
            continue;
          }
          // "…, which experts say": the source is the relative clause's own subject; "X, who said": X, before the comma.
          if (chunkRelative && before.length > 1) {
            before.shift();
            break;
          }
          if (chunkRelative) {
            before.length = 0;
          } else break;
        }
        // Another reporting verb ends the source, unless it is the noun just before this verb ("report showed").
        if (reporting.has(toks[j]!.norm) && !toks[j]!.cap && j !== i - 1) break;
        before.unshift(j);
        j--;
      }
      if (evidence) {
        if (before.some((k) => lex.evidenceNouns?.has(toks[k]!.norm))) out.push(make(i, before, t.norm));
        continue;
      }
      let a = make(i, before, t.norm);
      if (!a.strong && before.length === 0) {
        // "…, said Dmitry Peskov, the Kremlin spokesman." (Not after a subject: "She says the talks end in May.")
        const after: number[] = [];
        for (let k = i + 1; k < s.to && after.length < 8; k++) {
          if (k > i + 1 && boundaryBetween(side, k - 1, k)) break;
          after.push(k);
        }
        const first = toks[after[0] ?? -1];
        if (first && (first.cap || lex.functionWords.has(first.norm)) && after.length <= 6) {
          const alt = make(i, after, t.norm);
          if (alt.strong && alt.source.some((k) => toks[k]!.cap && !lex.dateWords.has(toks[k]!.norm))) a = alt;
        }
      }
      out.push(a);
    }
  }
  return out;
}

/** Determiners that open an appositive describing a named speaker ("a spokesman for …", "the agency's head", "his lawyer"). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * A named speaker set apart by an appositive just before a reporting verb ("Jane Roe, a
 * spokeswoman for the ministry, said"; "Roe, 45, said"): the tokens of the name and of the
 * appositive `k`..`j`, or null. The appositive opens with a determiner (or is an age), a comma
 * stands before it, and one to five capitalised words before that comma name the speaker.
 */
function appositiveSource(side: GroupSide, lex: Lexicon, k: number, j: number, from: number): number[] | null {
  if (!isEnglish(lex) || k <= from || j - k > 9) return null;
  const toks = side.tokens;
  const age = k === j && toks[k]!.num !== null;
  if (!age && !APPOSITIVE_OPENERS.has(toks[k]!.norm)) return null;
  if (!/^\s*,\s*$/.test(side.text.slice(toks[k - 1]!.end, toks[k]!.start))) return null;
  const name: number[] = [];
  for (let m = k - 1; m >= from && name.length < 5; m--) {
    if (m < k - 1 && boundaryBetween(side, m, m + 1)) break;
    const t = toks[m]!;
    if (!t.cap || t.num !== null || lex.functionWords.has(t.norm)) break;
    name.unshift(m);
  }
  if (name.length === 0) return null;
  // The name opens its clause: a sentence's start or a boundary ("The plan failed, Jane Roe, a …, said").
  const first = name[0]!;
  if (first > from && !boundaryBetween(side, first - 1, first)) return null;
  return [...name, ...range(k, j + 1)];
}

/**
 * Whether the verb at token `i` is a speech tag right after a quotation: its subject (a pronoun
 * or a capitalised word) just before it and a closing quotation mark before that ("…,” she added"),
 * or the quotation mark just before it and its subject after ("…,” added Roe").
 */
function speechTag(side: GroupSide, lex: Lexicon, i: number, from: number, to: number): boolean {
  const toks = side.tokens;
  const who = (k: number): boolean => k >= from && k < to && (lex.pronouns.has(toks[k]!.norm) || toks[k]!.cap);
  const closedBefore = (k: number): boolean => k > from && /["”’»]\s*$/.test(side.text.slice(toks[k - 1]!.end, toks[k]!.start));
  return (who(i - 1) && closedBefore(i - 1)) || (closedBefore(i) && who(i + 1));
}

/** Whether the verb at token `i` is followed by "that" or a colon: it introduces what was said ("added that …"). */
function introducesSpeech(side: GroupSide, i: number, to: number): boolean {
  const next = side.tokens[i + 1];
  if (!next || i + 1 >= to) return false;
  return next.norm === 'that' || /^\s*:/.test(side.text.slice(side.tokens[i]!.end, next.start));
}

/**
 * The lead phrase ("according to", "citing") that starts at token `i` and ends before `end`.
 * A function of its own: a closure over the caller's loop index would cost a context per token.
 */
function leadAt(side: GroupSide, lex: Lexicon, i: number, end: number): string[] | undefined {
  const ps = leadIndex(lex).get(side.tokens[i]!.norm);
  if (!ps) return undefined;
  for (const p of ps) if (phraseAt(side.tokens, i, p, end)) return p;
  return undefined;
}

/**
 * The tokens of a speaker's label that opens a sentence: one to four capitalised words, a
 * colon, then a quotation mark ("PAUL HERTZ: “…", "Minister Ana Lopes: \"…").
 */
function speakerLabel(side: GroupSide, s: GroupSide['sentences'][number]): number[] | null {
  const toks = side.tokens;
  for (let k = s.from; k < s.to && k < s.from + 4; k++) {
    if (!toks[k]!.cap || toks[k]!.num !== null) return null;
    const next = toks[k + 1];
    const gap = side.text.slice(toks[k]!.end, next && k + 1 < s.to ? next.start : s.end);
    if (/^\s*:\s*["“«„‘]/.test(gap)) return range(s.from, k + 1);
    if (gap.trim()) return null;
  }
  return null;
}

/** The words of an attribution: its source and its verb. */
function attrText(side: GroupSide, a: Pick<Attribution, 'source' | 'verb'>): string {
  return tokensText(side, [...a.source, a.verb].filter((x, k, arr) => arr.indexOf(x) === k));
}

/** A source dropped, added, replaced or reworded, and a neutral reporting verb swapped for a loaded one. */
export const attributionDetector: Detector = {
  name: 'attribution',
  summary: 'skip',
  run(ctx) {
    compareInlineCredits(ctx);
    compareLeadIns(ctx);
    const { C, A, lex, cClaim, aClaim } = ctx;
    const cAll = findAttributions(C, lex);
    const aAll = findAttributions(A, lex);
    const p: Pass = {
      ctx,
      cAll,
      aAll,
      aa: aAll.filter((a) => a.strong && !a.source.every((i) => aClaim[i])),
      used: new Set(),
      aPronoun: aAll.filter((a) => !a.strong && !aClaim[a.verb] && byPronoun(A, a, lex)),
      pronounUsed: new Set(),
      reporting: reportingVerbs(lex),
    };
    // The canonical's named sources, as the detectors before this one left them.
    const named = cAll.filter((c) => c.strong && !c.source.every((i) => cClaim[i]));
    for (const c of named) namedSource(p, c);
    addedSources(p);
    sourceGiven(p, pronounSources(p));
  },
};

/** What the passes over one group's attributions share. */
interface Pass {
  ctx: DetectContext;
  cAll: Attribution[];
  aAll: Attribution[];
  /** The article's named sources, and which of them a canonical source has taken. */
  aa: Attribution[];
  used: Set<number>;
  /** The article's pronoun sources, each standing in for at most one named source. */
  aPronoun: Attribution[];
  pronounUsed: Set<Attribution>;
  reporting: ReadonlySet<string>;
}

/** A weak attribution of the article: a pronoun's, or a verb that continues a statement. */
type Weak = Pick<Attribution, 'verb' | 'source' | 'stance'>;

const byPronoun = (side: GroupSide, a: Pick<Attribution, 'source'>, lex: Lexicon): boolean => a.source.some((i) => lex.pronouns.has(side.tokens[i]!.norm));
const tokensOf = (a: Pick<Attribution, 'source' | 'verb'>): number[] => [...new Set([...a.source, a.verb])];

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
  if (best < 0) return unmatchedSource(p, c);
  p.used.add(best);
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
    if (names.length && c.source.length <= 6 && byPronoun(A, stand, lex) && !names.some((i) => at.some((u) => u.cap && u.key === ct[i]!.key))) {
      const quote = tagQuotes(ctx, cTok, p.reporting);
      claim(sourceFinding('low', cTok, tokensOf(stand), `Names the speaker only as ${quoted(attrText(A, stand), 30)} where the canonical has ${quoted(cText, 50)}: who said it now rests on a sentence elsewhere.`, quote === 'moved' ? {} : quote));
    }
    return;
  }
  // Another source in its place: one change, not a drop and an addition.
  const other = p.aa.findIndex((_, k) => !p.used.has(k));
  if (other >= 0) {
    p.used.add(other);
    const a = p.aa[other]!;
    if (c.evidence && a.evidence) return evidenceFrames(ctx, c, a);
    const general = madeGeneral(ctx, c, a);
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
  if (c.evidence && a.evidence) return evidenceFrames(ctx, c, a);
  const missing = [...c.keys].filter((k) => !hasKeyLike(a.keys, k));
    // The source's words the article's source lacks, and whether they are only names.
    const dropped = c.source.filter((i) => missing.includes(ct[i]!.key));
    const namesOnly = missing.length > 0 && c.stance === a.stance && dropped.every((i) => ct[i]!.cap);
    // Only the speaker's name differs ("Jane Roe said" → "Jan Rowe says"): a name finding (the
    // name detector's), the attribution itself is carried.
    const renamed = namesOnly && a.source.some((j) => at[j]!.cap && ctx.aNew[j]);
    // The same person named shorter ("Matt Wells explains" → "Wells explains", "President
    // Ana Lopes" → "Lopes"): the names it drops stand before a name both keep.
    const shortened = namesOnly && c.source.some((i) => ct[i]!.cap && !dropped.includes(i) && dropped.some((m) => m < i));
    // An acronym and its full form ("HRW" / "Human Rights Watch"): the same source.
    const expanded = bestOv === 1 && [...c.keys].every((k) => !hasKeyLike(a.keys, k)) && c.stance === a.stance;
    // The source's name dropped for a description ("A Pew study" → "A public opinion study"):
    // the same kind of source, no longer named: the name detector's (a name made general).
    const unnamed =
      namesOnly &&
      dropped.every((i) => !isSentenceInitial(C, i)) &&
      !a.source.some((j) => at[j]!.cap && ctx.aNew[j] && !isSentenceInitial(A, j)) &&
      [...a.keys].some((k) => c.keys.has(k));
    if (unnamed) {
      cClaim[c.verb] = 1;
      aClaim[a.verb] = 1;
      for (const i of c.source) if (!dropped.includes(i)) cClaim[i] = 1;
      return;
    }
    if (renamed || shortened || expanded) {
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
    } else if (c.stance !== a.stance) {
      claim(stanceChange(C, A, c, a));
    } else {
      // Same source: its tokens are explained, but for a name spelled differently, which the name detector reports.
      // A function word only one side has stays unclaimed: "Some officials say" / "Officials say" is a hedge.
      for (const i of cTok) if (a.keys.has(ct[i]!.key) || (!ct[i]!.content && ctx.aBag.has(ct[i]!.key))) cClaim[i] = 1;
      for (const i of aTok) if (c.keys.has(at[i]!.key) || (!at[i]!.content && cBag.has(at[i]!.key))) aClaim[i] = 1;
    }
}

/** The article's named sources no canonical source took: added, unless the canonical names them in the group or just before it. */
function addedSources(p: Pass): void {
  const { C, A, lex, cBag, aClaim, claim } = p.ctx;
  const { aa, used } = p;
  const reported = !!C.quoted?.some((q) => q) || p.cAll.some((c) => !c.strong && byPronoun(C, c, lex)) || reportBefore(C, lex);
  aa.forEach((a, k) => {
    if (used.has(k)) return;
    // A source the canonical names elsewhere in the group is not new.
    const known = [...a.keys].filter((key) => hasKeyLike(cBag, key)).length;
    if (known / a.keys.size >= 0.6) return;
    // Nor one the canonical names in the sentences just before, whose words these continue
    // ("…,” said Roe. “So it is …”" → "So it is …, said Roe"; "Roe studies X. He says …" → "Roe says …"):
    // when the canonical's sentence is someone's words (quoted, said by "he", or going on with a report).
    if (reported && namedJustBefore(C, A, a, lex)) {
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
      continue;
    }
    if (namedInstead || ctx.aBag.has(verbKey) || !byPronoun(C, c, lex)) continue;
    const cTok = tokensOf(c);
    const quote = tagQuotes(ctx, cTok, p.reporting);
    if (quote === 'moved') continue;
    claim(sourceFinding('medium', cTok, [], `Drops the attribution ${quoted(attrText(C, c), 60)}: the words are no longer attributed to their speaker.`, quote));
  }
  return { aWeak, weakUsed };
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
  // political" → "Roe is …, he says it is political").
  if (cAll.length === 0 && !C.quoted?.some((q) => q)) {
    const given = aWeak.find((a, n) => !weakUsed.has(n) && a.source.length > 0 && byPronoun(A, a, lex) && !aClaim[a.verb]);
    const bothName = (a: { verb: number }): boolean =>
      at.some((u, j) => j < a.verb && u.cap && u.content && !isSentenceInitial(A, j) && u.num === null && cBag.has(u.key) && ct.some((v) => v.cap && v.key === u.key));
    if (given && (reportBefore(C, lex) || bothName(given))) {
      for (const j of [...given.source, given.verb]) aClaim[j] = 1;
    } else if (given) {
      claim(sourceFinding('medium', [], tokensOf(given), `Adds the attribution ${quoted(attrText(A, given), 60)} to what the canonical states without a source: check who said it.`));
    }
  }
}

/**
 * The canonical's source is named, the article's only described ("…, said Jane Roe" → "One
 * farmer in the province says", "A Pew study found" → "a public opinion survey showed"): the
 * same kind of claim, its source no longer named. A name made general, reported as a `name`
 * finding (who said it can no longer be checked), not as another source. Null when the article
 * names a source of its own, keeps one of the canonical's names, or reports with another stance.
 */
function madeGeneral(ctx: DetectContext, c: Attribution, a: Attribution): Finding | null {
  const { C, A, ct, at, lex } = ctx;
  if (c.stance !== a.stance) return null;
  // A name: a capitalised word, not the sentence's first unless a second capitalised word follows it.
  const nameOf = (side: GroupSide, src: number[], i: number): boolean => {
    const t = side.tokens[i]!;
    if (!t.cap || !t.content || t.num !== null || lex.pronouns.has(t.norm) || lex.dateWords.has(t.norm)) return false;
    return !isSentenceInitial(side, i) || (src.includes(i + 1) && side.tokens[i + 1]!.cap && side.tokens[i + 1]!.content);
  };
  const names = c.source.filter((i) => nameOf(C, c.source, i));
  if (names.length === 0 || names.some((i) => hasKeyLike(a.keys, ct[i]!.key))) return null;
  // The article's source: a description (a lowercase content word), and no name at its head ("said
  // Kargbo"); a name after a function word qualifies the description ("a farmer in Helmand").
  const described = a.source.filter((j) => at[j]!.content && !at[j]!.cap && j !== a.verb && !lex.attributionVerbs.has(at[j]!.norm));
  if (described.length === 0) return null;
  const named = a.source.some((j) => nameOf(A, a.source, j) && !lex.functionWords.has(at[j - 1]?.norm ?? ''));
  if (named) return null;
  const name = tokensText(C, names);
  const elsewhere = names.every((i) => A.text.includes(C.text.slice(ct[i]!.start, ct[i]!.end)));
  const aTok = [...new Set([...a.source, a.verb])];
  return {
    kind: 'name',
    severity: elsewhere ? 'low' : 'medium',
    cTok: names,
    aTok,
    reason: `The canonical names its source, ${quoted(name, 40)}; the article only describes it as ${quoted(tokensText(A, a.source.filter((j) => j !== a.verb)), 50)}${elsewhere ? '' : ' and names it nowhere'}.`,
  };
}

/**
 * Both sides source the claim to evidence ("a survey conducted in July indicated" → "a study
 * in July found"): one study for another is the same kind of source, not someone else, so
 * their words are explained; what can change is how firmly the evidence is said to bear the
 * claim out, its verb's rank of proof (`proof` in data/qualifiers.ts): a hedge finding. Its
 * names are left to the name detectors.
 */
function evidenceFrames(ctx: DetectContext, c: Attribution, a: Attribution): void {
  const { C, A, ct, at, lex, cClaim, aClaim, claim } = ctx;
  // A name in it stays for the name detectors ("a Pew survey" → "a survey").
  const name = (side: GroupSide, i: number): boolean => side.tokens[i]!.cap && side.tokens[i]!.content && !isSentenceInitial(side, i);
  for (const i of tokensOf(c)) if (!name(C, i)) cClaim[i] = 1;
  for (const j of tokensOf(a)) if (!name(A, j)) aClaim[j] = 1;
  // Its name dropped for a description ("A Gallup study" → "A telephone survey"): a name made general.
  const general = madeGeneral(ctx, c, a);
  if (general) claim({ ...general, aTok: general.aTok.filter((j) => j !== a.verb) });
  const from = proofRank(lex, ct[c.verb]!.norm);
  const to = proofRank(lex, at[a.verb]!.norm);
  if (from < 0 || to < 0 || from === to) return;
  claim({
    kind: 'hedge',
    severity: 'medium',
    cTok: [c.verb],
    aTok: [a.verb],
    reason: proofSwapReason(tokensText(C, [c.verb]), tokensText(A, [a.verb]), to < from),
  });
}

/** Whether some of these tokens (in order) say a report is provisional ("initial", "preliminary", "early reports"): the evidence words of data/qualifiers.ts. */
function provisional(side: GroupSide, toks: readonly number[], lex: Lexicon): boolean {
  const phrases = lex.qualifiers?.evidence ?? [];
  const sorted = [...toks].sort((x, y) => x - y);
  return sorted.some((i) => phrases.some((p) => p.every((w, k) => sorted.includes(i + k) && side.tokens[i + k]!.norm === w)));
}

/** A one-word verb's rank of proof (0: the firmest), -1 when it has none. */
function proofRank(lex: Lexicon, norm: string): number {
  const groups = lex.qualifiers?.proof ?? [];
  return groups.findIndex((g) => g.some((p) => p.length === 1 && p[0] === norm));
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
