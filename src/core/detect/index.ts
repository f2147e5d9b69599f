/**
 * Word-level analysis of one aligned group: the word diff (Myers, over token keys), then
 * the detectors of `DETECTORS`, in that order, over one shared `DetectContext`. They run
 * from the most specific to the most general; each claims the tokens it explains, so one
 * change is reported once, by the detector that says the most about it.
 *
 * Adding a detector: write `detect/<kind>.ts` exporting a `Detector` (a name, whether it
 * runs on summary groups, and `run(ctx)`, which reads the context and records findings
 * with `ctx.claim`), and put it in `DETECTORS` at the place its specificity calls for:
 * before the detectors whose findings would otherwise take its tokens, after those whose
 * findings it should leave alone. Data one detector hands to a later one belongs in a
 * named field of `DetectContext` (see `qualifiedFigures`); a reading of a side's words that several
 * detectors make (its figures, hedges, times) is a `SideReading`, made once per group by `ctx.read`
 * (`readUnclaimed` for a reader given a claim mask). A detector that can find nothing
 * unless one of its own words changed (a qualifier, a point of the compass) says which
 * (`changedWords`), and one that can find nothing unless a side lost a word of some kind (a
 * capitalised word, a figure) says which (`needs`): it is then run only in the groups where one
 * of them did. Then add its own test in
 * `test/core/detect/`, and its name to the order test there.
 */
import { createContext, isNeedWord, type DetectContext, type Detector, type Need, type NeedWord } from './context';
import type { GroupAnalysis, GroupInput } from './group';
import { wordDiff } from './wordDiff';
import { figureSenses } from './facts';
import { quoteDetector } from './quote';
import { initialsDetector } from './initials';
import { negationDetector } from './negation';
import { attributionDetector } from './attribution';
import { hedgeDetector } from './hedge';
import { timeDetector } from './time';
import { qualifierDetector } from './qualifier';
import { scopeDetector } from './scope';
import { clauseDetector } from './clause';
import { numberDetector } from './number';
import { compassDetector } from './compass';
import { nameDetector } from './name';
import { nameDroppedDetector } from './nameDropped';
import { mistranslationDetector } from './mistranslation';
import { unitDetector } from './unit';
import { untranslatedDetector } from './untranslated';
import { meaningDetector } from './meaning';
import { headingSwapDetector } from './headingSwap';
import { rewordingDetector } from './rewording';

export type { Finding, GroupAnalysis, GroupInput, GroupSide } from './group';
export type { DetectContext, Detector } from './context';
export { salience } from './salience';
export { tokensText } from './tokens';
export { lookalike } from './similarity';

/**
 * The detectors, in the order they run. The order is part of the behaviour: a quotation
 * whose figure changed is a quote finding, not a number finding, because the quote
 * detector claims the quotation's tokens first; a time reference inside a source ("the
 * ministry said on Monday", "the Department today released") is a time finding, so time
 * runs before attribution; a scope that opens a sentence ("For some farmers, …") runs before the
 * hedges, which would read its part word alone ("some"); a hedge hands the qualifier of a changed
 * figure to the number detector, which must come after it; rewording only reports what
 * no detector before it found.
 */
export const DETECTORS: readonly Detector[] = [
  quoteDetector,
  initialsDetector,
  negationDetector,
  timeDetector,
  attributionDetector,
  scopeDetector,
  hedgeDetector,
  qualifierDetector,
  nameDroppedDetector,
  compassDetector,
  clauseDetector,
  numberDetector,
  nameDetector,
  mistranslationDetector,
  unitDetector,
  untranslatedDetector,
  meaningDetector,
  headingSwapDetector,
  rewordingDetector,
];

/** Analyses one aligned group with the given detectors (all of them, in order, by default). Never throws on any input. */
export function analyzeGroup(input: GroupInput, detectors: readonly Detector[] = DETECTORS): GroupAnalysis {
  const words = wordDiff(input.canonical, input.article);
  const { diff, hunks, canonicalAnchors } = words;
  const identical = hunks.length === 0;
  if (identical) {
    // Built as the other return builds it (no spread): one shape of analysis for every group.
    const quoted = quoteMarksOnly(input, words);
    return { diff, identical: quoted.identical, findings: quoted.findings, canonicalAnchors };
  }
  const ctx = createContext(input, words, (read) => ({
    canonical: figureSenses(input.canonical, input.lexicon, (r) => read(r, true)),
    article: figureSenses(input.article, input.lexicon, (r) => read(r, false)),
  }));
  let changed: string[] | undefined;
  const lostKinds: Asked = { asked: 0, met: 0 };
  for (const d of detectors) {
    if (ctx.summary ? d.summary === 'skip' : d.summary === 'only') continue;
    const words = d.changedWords?.(input.lexicon);
    if (words && !(changed ??= changedNorms(ctx)).some((n) => words.has(n))) continue;
    if (d.needs && !d.needs.some((n) => meets(ctx, n, lostKinds))) continue;
    d.run(ctx);
  }
  return { diff, identical, findings: ctx.findings, canonicalAnchors };
}

/** The answers `meets` has found in a group, one bit per side and kind of word (`NEED_BIT`): asked, and met. */
interface Asked {
  asked: number;
  met: number;
}

/** The bit of each kind of word (`NeedWord`) on the canonical side; the article side's is three places up. */
const NEED_BIT: Readonly<Record<NeedWord, number>> = { capital: 1, figure: 2, compass: 4 };

/** Whether a group makes the change `need` names (`Detector.needs`); each side's answer for a kind asked once per group, kept in `asked`. */
function meets(ctx: DetectContext, need: Need, asked: Asked): boolean {
  const lost = (kind: NeedWord | undefined, canonical: boolean): boolean => {
    if (!kind) return true;
    const bit = canonical ? NEED_BIT[kind] : NEED_BIT[kind] << 3;
    if (!(asked.asked & bit)) {
      const toks = canonical ? ctx.ct : ctx.at;
      const gone = canonical ? ctx.cLost : ctx.aNew;
      let v = false;
      for (let i = 0; i < toks.length && !v; i++) v = gone[i]! && isNeedWord(kind, toks[i]!, ctx.lex);
      asked.asked |= bit;
      if (v) asked.met |= bit;
    }
    return (asked.met & bit) !== 0;
  };
  return lost(need.lost, true) && lost(need.added, false);
}

/** The norms of the tokens the word diff left unmatched, on both sides (what `Detector.changedWords` is asked about). */
function changedNorms(ctx: DetectContext): string[] {
  const out: string[] = [];
  for (let i = 0; i < ctx.ct.length; i++) if (!ctx.cEq[i]) out.push(ctx.ct[i]!.norm);
  for (let j = 0; j < ctx.at.length; j++) if (!ctx.aEq[j]) out.push(ctx.at[j]!.norm);
  return out;
}

/** Any quotation mark, straight or curly, guillemets, CJK corner brackets, low-9 quotes. */
const QUOTE_MARK = /["“”«»„「」]/g;

/** How many quotation marks a side's sentences hold. */
function marks(side: GroupInput['canonical']): number {
  const first = side.sentences[0];
  const last = side.sentences[side.sentences.length - 1];
  return first && last ? (side.text.slice(first.start, last.end).match(QUOTE_MARK)?.length ?? 0) : 0;
}

/**
 * A group whose words are the same on both sides: nothing changed, unless the canonical's
 * quotation marks around some of its words are gone (“admitted the race was "the hardest thing
 * I have done"” → “… was the hardest thing I have done”: the speaker's words now read as the
 * writer's, and "I" as someone else). Then the quote detector alone reads the group, and only
 * what it finds dropped is kept: marks added around the canonical's own words are most often a
 * report quoting a statement word for word, what a copy of a statement does. Only a group whose
 * article has fewer quotation marks than its canonical pays for it.
 */
function quoteMarksOnly(input: GroupInput, words: ReturnType<typeof wordDiff>): Pick<GroupAnalysis, 'identical' | 'findings'> {
  // Marks as many on both sides (a copy wrapped or set otherwise, its quotations read otherwise): nothing dropped.
  if (input.relation === 'summary' || marks(input.article) >= marks(input.canonical)) return { identical: true, findings: [] };
  const ctx = createContext(input, words);
  quoteDetector.run(ctx);
  const findings = ctx.findings.filter((f) => f.cTok.length > 0 && f.aTok.length === 0);
  return { identical: findings.length === 0, findings };
}
