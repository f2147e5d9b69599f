/** Negation and denial: a sentence that may now say the opposite. */
import { deniesAt, isEnglish, isNegation, type Lexicon } from '../lexicon';
import { relation } from '../synonyms';
import type { Token } from '../text';
import { quoted } from '../excerpt';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import { reportingVerbs } from './sources';
import { boundaryBetween, implicitNegationAt, nonNegatingMask, phraseAt, phraseIndex, range, tokensText } from './tokens';

/**
 * The negation (`neg`) and denial (`deny`) words of a side, claimed or not: a negation
 * inside a quotation the quote detector reported still counts. A verb that negates the one
 * after it (“failed to reach”) is a negation, not before a figure (“declined to 4.5 percent”).
 * A negation word in a phrase that negates nothing (“not only”, “sin embargo”, “or not”:
 * `notOnly`, `nonNegating`) is none. A negation that opens a hedge of evidence (“it is
 * not known if”, “not clear whether”: `qualifiers.evidence`) is none: it leaves the question
 * open and negates no fact, so “nobody was hurt” against “it is not known if anybody was hurt”
 * has lost its negation.
 */
function cues(toks: Token[], lex: Lexicon): Map<string, number[]> {
  const m = new Map<string, number[]>();
  const implicit = lex.implicitNegations ? phraseIndex(lex.implicitNegations) : null;
  const open = lex.qualifiers ? phraseIndex(lex.qualifiers.evidence) : null;
  const idiom = nonNegatingMask(toks, lex);
  toks.forEach((t, i) => {
    let k: string | null = null;
    if (open?.get(t.norm)?.some((p) => phraseAt(toks, i, p)) || idiom?.[i]) return;
    if (deniesAt(t.norm, toks[i + 1]?.norm, lex) || implicitNegationAt(toks, i, implicit)) k = 'neg';
    else if (lex.denials.has(t.norm) && !namesAThing(toks, i, lex)) k = 'deny';
    if (!k) return;
    const l = m.get(k) ?? [];
    l.push(i);
    m.set(k, l);
  });
  return m;
}

/**
 * An English verb of denial in its "-ed" form right after a determiner is an adjective that
 * names a thing ("the disputed island", "a rejected bid"): it reports no denial.
 */
function namesAThing(toks: Token[], i: number, lex: Lexicon): boolean {
  return isEnglish(lex) && i > 0 && toks[i]!.norm.endsWith('ed') && !!lex.determiners?.has(toks[i - 1]!.norm);
}

// Negation words close together in one clause are one negation: Spanish “no … nunca”,
// French “n'… jamais”, Italian “non … mai” (negative concord), so that “no habíamos
// vivido nunca” → “nunca antes” keeps its negation.
function negationUnits(side: GroupSide, cueIdx: number[]): number[][] {
  const units: number[][] = [];
  for (const i of cueIdx) {
    const last = units[units.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && i - prev <= 4 && !/[,;:.!?]/.test(side.text.slice(side.tokens[prev]!.end, side.tokens[i]!.start))) last.push(i);
    else units.push([i]);
  }
  return units;
}

/**
 * The word a negation unit negates: the first content word after it in its clause, within
 * four words (“did not enter”, “no shortage”, “not all schools”); -1 when there is none.
 */
function negatedWord(side: GroupSide, u: number[], lex: Lexicon): number {
  const toks = side.tokens;
  const last = u[u.length - 1]!;
  for (let k = last + 1; k < Math.min(toks.length, last + 5); k++) {
    if (boundaryBetween(side, last, k)) return -1;
    if (toks[k]!.content && !isNegation(toks[k]!.norm, lex)) return k;
  }
  return -1;
}

/** A negation or denial more on one side than the other (headings may drop one: a summary only reports one added). */
export const negationDetector: Detector = {
  name: 'negation',
  summary: 'run',
  run(ctx) {
    const cn = cues(ctx.ct, ctx.lex);
    const an = cues(ctx.at, ctx.lex);
    if (restatedDenial(ctx, cn, an)) return;
    for (const k of ['neg', 'deny']) unmatched(ctx, k, cn, an);
  },
};

/**
 * A negation counts when what it negates is still said on the other side: “did not
 * enter” → “entered”. When the negated word went too (“should not be toxic” → “a
 * fertilizer factory”, “no shortage of options” → “11 languages”), the whole phrase was
 * rewritten, which is the clause detector's to report, not a reversal. A denial is its
 * own content word.
 */
function stands(side: GroupSide, u: number[], other: ReadonlySet<string>, lex: Lexicon): boolean {
  if (lex.denials.has(side.tokens[u[0]!]!.norm)) return true;
  const w = negatedWord(side, u, lex);
  if (w < 0 || other.has(side.tokens[w]!.key)) return true;
  // Or a synonym by WordNet (“does not arrive” → “comes”); broader and narrower words are too loose.
  const key = side.tokens[w]!.key;
  return isEnglish(lex) && [...other].some((k) => relation(key, k) === 'synonym');
}

/**
 * A denial said with a negation instead ("denied any wrongdoing" → "said it had done nothing
 * wrong", or the other way): still a denial, in other words. One medium finding to check, not
 * a denial dropped and a negation added. Whether it claimed one.
 */
function restatedDenial(ctx: DetectContext, cn: Map<string, number[]>, an: Map<string, number[]>): boolean {
  const { C, A, cEq, aEq, claim } = ctx;
  const restated = (X: GroupSide, xm: Map<string, number[]>, xEq: Uint8Array, Y: GroupSide, ym: Map<string, number[]>, yEq: Uint8Array): [number[], number[]] | null => {
    const xd = negationUnits(X, xm.get('deny') ?? []);
    const yn = negationUnits(Y, ym.get('neg') ?? []);
    if (xd.length !== negationUnits(Y, ym.get('deny') ?? []).length + 1 || yn.length !== negationUnits(X, xm.get('neg') ?? []).length + 1) return null;
    const d = xd.find((u) => !u.every((i) => xEq[i]));
    const n = yn.find((u) => !u.every((i) => yEq[i]));
    return d && n ? [d, n] : null;
  };
  const cToA = restated(C, cn, cEq, A, an, aEq);
  const aToC = cToA ? null : restated(A, an, aEq, C, cn, cEq);
  if (!cToA && !aToC) return false;
  const [cTok, aTok] = cToA ?? [aToC![1], aToC![0]];
  claim({
    kind: 'negation',
    severity: 'medium',
    cTok,
    aTok,
    reason: `The ${cToA ? 'denial' : 'negation'} ${quoted(tokensText(C, cTok), 30)} becomes the ${cToA ? 'negation' : 'denial'} ${quoted(tokensText(A, aTok), 30)}: check that the copy still denies the same thing.`,
  });
  return true;
}

/** The negations (`k` = 'neg') or denials ('deny') one side has more of: dropped or added, the unmatched ones first. */
function unmatched(ctx: DetectContext, k: string, cn: Map<string, number[]>, an: Map<string, number[]>): void {
  const { C, A, lex, summary, confident, cEq, aEq, cBag, aBag, claim } = ctx;
  const cl = negationUnits(C, cn.get(k) ?? []);
  const al = negationUnits(A, an.get(k) ?? []);
  if (cl.length === al.length) return;
  const denial = k === 'deny';
  // The unmatched ones: those with a word outside the equal runs first.
  const carried = (u: number[], eq: Uint8Array): number => (u.every((i) => eq[i]) ? 1 : 0);
  if (cl.length > al.length) {
    if (summary) return;
    const extra = [...cl].sort((x, y) => carried(x, cEq) - carried(y, cEq)).slice(0, cl.length - al.length).filter((u) => stands(C, u, aBag, lex)).flat();
    if (!extra.length) return;
    const words = extra.map((i) => `‘${tokensText(C, [i])}’`).join(', ');
    // A verb of saying in the denial's place ("denied that he had" → "admitted that he had"): one change, said once.
    const instead = denial && extra.length === 1 ? verbInPlace(ctx, extra[0]!) : -1;
    claim({
      kind: 'negation',
      severity: confident || denial ? 'high' : 'medium',
      cTok: extra,
      aTok: instead >= 0 ? [instead] : [],
      reason: instead >= 0
        ? `The denial ${words} becomes ‘${tokensText(A, [instead])}’: the article no longer reports that the claim was denied.`
        : denial
          ? `Drops the denial (${words}): the article no longer reports that the claim was denied.`
          : `Drops the negation ${words}: the sentence may now say the opposite of the canonical.`,
    });
  } else {
    const extra = [...al].sort((x, y) => carried(x, aEq) - carried(y, aEq)).slice(0, al.length - cl.length).filter((u) => stands(A, u, cBag, lex)).flat();
    if (!extra.length) return;
    const words = extra.map((i) => `‘${tokensText(A, [i])}’`).join(', ');
    claim({
      kind: 'negation',
      severity: confident || denial ? 'high' : 'medium',
      cTok: [],
      aTok: extra,
      reason: denial
        ? `Adds a denial (${words}) that the canonical sentence does not report.`
        : `Adds the negation ${words}: check that the meaning has not been reversed.`,
    });
  }
}

/** The one reporting verb the article puts where canonical token `i` stands (the other side of its hunk), or -1. */
function verbInPlace(ctx: DetectContext, i: number): number {
  const h = ctx.hunks[ctx.hunkOfC(i)];
  if (!h) return -1;
  const verbs = reportingVerbs(ctx.lex);
  const found = range(h.a0, h.a1).filter((j) => !ctx.aClaim[j] && verbs.has(ctx.at[j]!.norm));
  return found.length === 1 ? found[0]! : -1;
}
