/**
 * Qualifiers beyond the hedge list: a quantity swapped (“the vast majority” → “most”), an
 * evidential frame dropped (“initial reports suggested the marches passed peacefully” → “the
 * marches passed peacefully”), a word of degree or aspect dropped or added (“a major
 * offensive” → “an offensive”, “had already fled” → “had fled”), how often (“often” →
 * “usually”), how likely (“threatens” → “will”) or how firmly shown (“indicated” → “found”)
 * swapped for another rank, a restrictor (“mainly”), a word of how long a state lasts
 * (“ongoing”) or a statistic (“the average”) dropped or added. The words are data per language (`data/qualifiers.ts`); the
 * findings are `hedge` findings, and `time` ones for how long.
 */
import type { QualifierWords } from '../data/qualifiers';
import type { Lexicon } from '../lexicon';
import type { TimeWords } from '../data/time';
import { namesTimeUnitOrDay } from '../time';
import type { Severity } from '../types';
import type { Token } from '../text';
import { unquotedClaims, type DetectContext, type Detector } from './context';
import type { GroupSide } from './group';
import { clauseKept } from './hedge';
import { sameMeaning } from './similarity';
import { boundaryBetween, isSentenceInitial, perSide, phraseAt, phraseIndex, range, sentenceOf, tokensText } from './tokens';

type RankedClass = 'quantity' | 'frequency' | 'likelihood' | 'proof';
type QualifierClass = RankedClass | 'evidence' | 'degree' | 'aspect' | 'restrictor' | 'duration' | 'statistic';
const RANKED: readonly RankedClass[] = ['quantity', 'frequency', 'likelihood', 'proof'];
const isRanked = (c: QualifierClass): c is RankedClass => (RANKED as readonly string[]).includes(c);

interface Occurrence {
  cls: QualifierClass;
  /** Its words, and its meaning: its own words, or its class and rank for a ranked class. */
  phrase: string;
  sense: string;
  /** For a ranked class, its rank (0: the most, the surest); -1 otherwise. */
  rank: number;
  toks: number[];
  /** The content word it qualifies (the next one), -1 when none. */
  target: number;
}

interface Catalogue {
  phrases: string[][];
  byPhrase: Map<string, { cls: QualifierClass; rank: number }>;
  indefinite: Set<string>;
  /** Phrases of one meaning (`alike`), by phrase: the first of its group. */
  alike: Map<string, string>;
  /** Every word of the phrases. */
  words: Set<string>;
}

const catalogues = new WeakMap<QualifierWords, Catalogue>();

function catalogue(q: QualifierWords): Catalogue {
  let c = catalogues.get(q);
  if (c) return c;
  const byPhrase = new Map<string, { cls: QualifierClass; rank: number }>();
  const phrases: string[][] = [];
  const add = (p: string[], cls: QualifierClass, rank: number): void => {
    const k = p.join(' ');
    if (byPhrase.has(k)) return;
    byPhrase.set(k, { cls, rank });
    phrases.push(p);
  };
  q.quantity.forEach((group, rank) => group.forEach((p) => add(p, 'quantity', rank)));
  for (const p of q.evidence) add(p, 'evidence', -1);
  for (const p of q.degree) add(p, 'degree', -1);
  for (const p of q.aspect) add(p, 'aspect', -1);
  for (const p of q.restrictor ?? []) add(p, 'restrictor', -1);
  for (const p of q.duration ?? []) add(p, 'duration', -1);
  for (const p of q.statistic ?? []) add(p, 'statistic', -1);
  for (const cls of ['frequency', 'likelihood', 'proof'] as const) q[cls]?.forEach((group, rank) => group.forEach((p) => add(p, cls, rank)));
  const indefinite = new Set((q.indefinite ?? []).map((p) => p.join(' ')));
  const alike = new Map<string, string>();
  for (const g of q.alike ?? []) for (const p of g) alike.set(p.join(' '), g[0]!.join(' '));
  catalogues.set(q, (c = { phrases, byPhrase, indefinite, alike, words: new Set(phrases.flat()) }));
  return c;
}

/** The qualifiers of a side that no finding claimed, each with the word it qualifies. */
function findQualifiers(side: GroupSide, q: QualifierWords, claimed: Uint8Array, negations?: Pick<Lexicon, 'negations' | 'notOnly'>, time?: TimeWords): Occurrence[] {
  const { phrases, byPhrase, alike } = catalogue(q);
  const byFirst = phraseIndex(phrases);
  const toks = side.tokens;
  const out: Occurrence[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    // No empty array per token: most tokens start no phrase (asked first: the tests below read the text).
    const starting = byFirst.get(toks[i]!.norm);
    if (!starting) continue;
    // Part of a negation a finding took ("not yet", "not even"): that finding's.
    if (negations && i > 0 && negations.negations.has(toks[i - 1]!.norm) && !boundaryBetween(side, i - 1, i)) {
      if (claimed[i - 1]) continue;
      // "not only": the word that makes the negation add (`notOnly`) restricts nothing.
      if (negations.notOnly?.has(toks[i]!.norm)) continue;
    }
    // A capital inside a sentence is a name or a title (“Major Smith”, “First Lady”).
    if (toks[i]!.cap && !isSentenceInitial(side, i)) continue;
    for (const p of starting) {
      if (!phraseAt(toks, i, p, toks.length, claimed)) continue;
      const phrase = p.join(' ');
      const { cls, rank } = byPhrase.get(phrase)!;
      const end = i + p.length;
      // A word of aspect before a unit of time, a day or a month is a time reference's ("last week's", "first weeks"): the time detector's.
      if (cls === 'aspect' && time && toks[end] && !boundaryBetween(side, end - 1, end) && namesTimeUnitOrDay(time, toks[end]!.norm)) break;
      let target = -1;
      for (let k = end; k < Math.min(toks.length, end + 6); k++) {
        if (sentenceOf(side, k) !== sentenceOf(side, i)) break;
        const t = toks[k]!;
        if (t.content && !byFirst.has(t.norm)) {
          target = k;
          break;
        }
      }
      // An adverb of degree, extent or duration that ends its clause qualifies the word before it
      // ("the leaders met briefly", "the virus spread widely, officials said"): the word of the
      // next clause is not its. (A word of aspect at the end, "won the seat again", is left alone.)
      if ((cls === 'degree' || cls === 'duration' || cls === 'restrictor') && (target < 0 || boundaryBetween(side, end - 1, end))) {
        for (let k = i - 1; k >= Math.max(0, i - 3) && !boundaryBetween(side, k, k + 1); k--) {
          if (toks[k]!.content && toks[k]!.num === null && !byFirst.has(toks[k]!.norm)) {
            target = k;
            break;
          }
        }
      }
      out.push({ cls, phrase, sense: isRanked(cls) ? `${cls}#${rank}` : alike.get(phrase) ?? phrase, rank, toks: range(i, i + p.length), target });
      i = end - 1;
      break;
    }
  }
  return out;
}


const SEVERITY: Record<QualifierClass, Severity> = {
  quantity: 'medium', evidence: 'medium', aspect: 'medium', degree: 'low', frequency: 'medium', likelihood: 'medium', proof: 'medium',
  duration: 'medium', restrictor: 'medium', statistic: 'medium',
};
/** How long a state lasts is a time finding; the other classes are hedges. */
const kindOf = (cls: QualifierClass): 'time' | 'hedge' => (cls === 'duration' ? 'time' : 'hedge');

/**
 * Whether a qualifier of this class, dropped or added alone, changes the claim: a likelihood
 * word does not (the hedges report “may” and “could”; “will” alone says nothing), nor a word
 * of firm proof (“found”), nor a quantity that says no more than a plural (“several”); a weak
 * proof word (“suggested”) is an evidential frame.
 */
const standsAlone = (o: Occurrence, indefinite: ReadonlySet<string>): boolean =>
  o.cls !== 'likelihood' && !(o.cls === 'proof' && o.rank === 0) && !(o.cls === 'quantity' && indefinite.has(o.phrase));

/** Why a ranked qualifier swapped for another of a different rank changes the claim. */
function swapReason(cls: RankedClass, from: string, to: string, stronger: boolean): string {
  switch (cls) {
    case 'quantity':
      return `The quantity changes from ‘${from}’ to ‘${to}’: ${stronger ? 'more' : 'less'} of the whole than the canonical says.`;
    case 'frequency':
      return `How often changes from ‘${from}’ to ‘${to}’: ${stronger ? 'more' : 'less'} often than the canonical says.`;
    case 'likelihood':
      return stronger
        ? `‘${from}’ becomes ‘${to}’: what the canonical gives as possible now reads as more certain.`
        : `‘${from}’ becomes ‘${to}’: what the canonical gives as certain now reads as less so.`;
    default:
      return proofSwapReason(from, to, stronger);
  }
}

/** Why a verb of proof swapped for one of another rank (“indicated” → “found”) changes the claim. */
export function proofSwapReason(from: string, to: string, stronger: boolean): string {
  return stronger
    ? `‘${from}’ becomes ‘${to}’: what the evidence pointed to now reads as established.`
    : `‘${from}’ becomes ‘${to}’: what the evidence established now reads as only pointed to.`;
}

function dropReason(cls: QualifierClass, text: string): string {
  switch (cls) {
    case 'evidence':
    case 'proof':
      return `Drops ‘${text}’: what was reported or provisional now reads as established fact.`;
    case 'quantity':
      return `Drops the quantity ‘${text}’: the claim no longer says how much of the whole.`;
    case 'frequency':
      return `Drops ‘${text}’: the claim no longer says how often, and reads as more general than in the canonical.`;
    case 'degree':
      return `Drops ‘${text}’: the fact is no longer weighted as in the canonical.`;
    case 'duration':
      return `Drops ‘${text}’: the sentence no longer says how long it lasts.`;
    case 'restrictor':
      return `Drops ‘${text}’: the claim no longer says how far it holds.`;
    case 'statistic':
      return `Drops ‘${text}’: what the canonical gives as a summary of many now reads as the figure of each one.`;
    default:
      return `Drops ‘${text}’: the fact no longer stands as in the canonical (when, how often or how far).`;
  }
}

function addReason(cls: QualifierClass, text: string): string {
  switch (cls) {
    case 'evidence':
    case 'proof':
      return `Adds ‘${text}’: the claim is now framed as reported or provisional, which the canonical does not say.`;
    case 'quantity':
      return `Adds the quantity ‘${text}’, which the canonical does not give.`;
    case 'frequency':
      return `Adds ‘${text}’: the claim now says how often, which the canonical does not.`;
    case 'duration':
      return `Adds ‘${text}’: the sentence now says how long it lasts, which the canonical does not.`;
    case 'restrictor':
      return `Adds ‘${text}’: the claim now says how far it holds, which the canonical does not.`;
    case 'statistic':
      return `Adds ‘${text}’: what the canonical gives as one figure now reads as a summary of many.`;
    default:
      return `Adds ‘${text}’, which the canonical does not say: the fact is weighted or placed otherwise.`;
  }
}

export const qualifierDetector: Detector = {
  name: 'qualifier',
  summary: 'skip',
  // A qualifier is reported swapped (its first word in a run of change), dropped or added (one of its words lost or new).
  changedWords: (lex) => (lex.qualifiers ? catalogue(lex.qualifiers).words : undefined),
  run(ctx: DetectContext) {
    const { C, A, ct, at, lex, hunks, cBag, aBag, cLost, aNew, cEq, aEq, aClaim, hunkOfC, hunkOfA, claim } = ctx;
    const q = lex.qualifiers;
    if (!q) return;
    const { indefinite } = catalogue(q);
    // Words of a quotation the copy no longer quotes (a quote finding took them, nothing on the
    // article's side): its qualifiers still weigh the claim the paraphrase makes ("the situation
    // has radically changed," he said → he says the situation has changed).
    const co = findQualifiers(C, q, unquotedClaims(ctx, true), lex, lex.time);
    const rest = findQualifiers(A, q, aClaim, lex, lex.time);
    // Whether the article weighs anything (“big”, “severe”): a degree word may then stand for one dropped.
    const otherDegree = rest.some((x) => x.cls === 'degree');
    // A synonym of the word in the article with no word of substance before it (“an earthquake”,
    // not “the strongest earthquake”): nothing there weighs it.
    const bareSynonym = (key: string, other: readonly Token[]): boolean =>
      other.some((t, j) => t.key !== key && t.content && sameMeaning(key, t.key, lex) && !other[j - 1]?.content);
    const lost: Occurrence[] = [];
    for (const o of co) {
      const k = rest.findIndex((x) => x.sense === o.sense);
      if (k >= 0) rest.splice(k, 1);
      else lost.push(o);
    }
    /**
     * Dropped (or added) outright: one of its words gone from the other side, what it
     * qualified still there, and nothing of substance put in its place (“biggest blow” →
     * “most severe blow” and “much of” → “large parts of” are rewordings); see inside for a
     * wider rewrite around it.
     */
    const gone = (o: Occurrence, canonical: boolean): boolean => {
      const [isLost, tokens, otherBag, other, hunkOf] = canonical ? [cLost, ct, aBag, at, hunkOfC] : [aNew, at, cBag, ct, hunkOfA];
      // One of its words gone from the other side (its little words, “of the”, may stand there still).
      if (!o.toks.some((i) => isLost[i]) || o.target < 0) return false;
      // Dropped where what it qualified was reworded but its clause kept (“crews had already
      // pulled 40 people from the rubble” → “rescuers took 40 people from the rubble”): it went;
      // added so, how often, how long or how far now qualifies the same claim (“are a bit of a
      // surprise” → “usually come as a surprise”, “left 40,000 homes without water” → “initially
      // leaving 40,000 homes without water”). Not for quantities and degrees, which have many
      // paraphrases in other words, nor a word of aspect added (a rewrite's new words bring their
      // own: “First results show …”).
      if (!otherBag.has(tokens[o.target]!.key)) {
        // What it weighed said in a synonym, and no word of degree on the other side (“a major
        // quake” → “an earthquake”): the weight went with it.
        if (canonical && o.cls === 'degree' && !otherDegree && bareSynonym(tokens[o.target]!.key, other)) return true;
        return o.cls !== 'quantity' && o.cls !== 'degree' && (canonical || o.cls !== 'aspect') && clauseKept(canonical ? C : A, o.toks, otherBag, lex);
      }
      const h = hunks[hunkOf(o.toks[0]!)];
      if (!h) return true;
      // In a wider rewrite (other words of its side changed around it), the other side's new
      // words stand for those when the word it qualified is carried in place: the qualifier
      // went (“rescue crews have already pulled 40 people” → “rescuers pulled 40
      // people”). Alone in its run of change, whatever the other side put in its place says it
      // otherwise (“biggest” → “most severe”). Quantities and degrees are left out of this: they
      // have many paraphrases in other words (“much of” → “large parts of”, “major” → “big”).
      const [own0, own1, eq] = canonical ? [h.c0, h.c1, cEq] : [h.a0, h.a1, aEq];
      const around = range(own0, own1).some((k) => tokens[k]!.content && !o.toks.includes(k));
      if (around && o.cls !== 'quantity' && o.cls !== 'degree' && eq[o.target]) return true;
      // What stands in its place, when anything does, is a paraphrase of it if it is short (up
      // to three words: “most severe”, “large parts”); for a qualifier that alone changed on its
      // side, a longer run is other words that went (“for export to” → “mainly to”).
      const [from, to, ownBag] = canonical ? [h.a0, h.a1, cBag] : [h.c0, h.c1, aBag];
      const instead = range(from, to).filter((k) => other[k]!.content).length;
      if (instead === 0 || (!around && instead > 3)) return true;
      // A sentence turned round with no word of its own: what stands in its place only moved
      // there ("a big improvement in the situation" → "the situation has improved").
      return !other.some((t) => t.content && t.num === null && !ownBag.has(t.key));
    };
    // The senses each side says anywhere, claimed words included (made when first needed): a
    // qualifier inside a quotation another finding took is still said there.
    const saidBy = perSide(C, A, (side) => new Set(findQualifiers(side, q, new Uint8Array(side.tokens.length), undefined, lex.time).map((o) => o.sense)));
    // A rank word whose rank the other side says in other words of its group (“the biggest
    // causes” → “the leading sources”): put otherwise, not dropped or added.
    const reranked = (o: Occurrence, canonical: boolean): boolean => {
      const group = q.ranks?.find((g) => g.some((p) => p.join(' ') === o.phrase));
      if (!group) return false;
      const [other, ownBag] = canonical ? [at, cBag] : [ct, aBag];
      return other.some((_, j) =>
        group.some((p) => phraseAt(other, j, p) && p.join(' ') !== o.phrase && !!other[j + p.length]?.content && !range(j, j + p.length).every((k) => ownBag.has(other[k]!.key))),
      );
    };
    for (const o of lost) {
      const cText = tokensText(C, o.toks);
      if (isRanked(o.cls)) {
        // Swapped for another rank of its class in the same run of change.
        const h = hunkOfC(o.toks[0]!);
        const k = rest.findIndex((x) => x.cls === o.cls && h >= 0 && hunkOfA(x.toks[0]!) === h);
        if (k >= 0) {
          const x = rest.splice(k, 1)[0]!;
          claim({ kind: 'hedge', severity: 'medium', cTok: o.toks, aTok: x.toks, reason: swapReason(o.cls, cText, tokensText(A, x.toks), x.rank < o.rank) });
          continue;
        }
      }
      if (!standsAlone(o, indefinite) || !gone(o, true) || saidBy(false).has(o.sense) || reranked(o, true)) continue;
      claim({ kind: kindOf(o.cls), severity: SEVERITY[o.cls], cTok: o.toks, aTok: [], cMark: [o.target], reason: dropReason(o.cls, cText) });
    }
    for (const x of rest) {
      if (!standsAlone(x, indefinite) || !gone(x, false) || saidBy(true).has(x.sense) || reranked(x, false)) continue;
      claim({ kind: kindOf(x.cls), severity: SEVERITY[x.cls], cTok: [], aTok: x.toks, aMark: [x.target], reason: addReason(x.cls, tokensText(A, x.toks)) });
    }
  },
};
