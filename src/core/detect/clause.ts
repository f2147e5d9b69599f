/** Clauses: a run of words dropped from, or added to, a sentence. */
import { quoted } from '../excerpt';
import { commonPrefix } from '../strings';
import { unquotedClaims, type DetectContext, type Detector } from './context';
import type { GroupSide } from './group';
import { NUMBERS, isWeighty, type NumFact } from './number';
import { sentenceOf, tokensText } from './tokens';

/** A run of `n` changed content words facing `repl` new ones in the same place is rewording, not a dropped or added clause. */
function reworded(n: number, repl: number): boolean {
  return repl >= 1 && n <= 2 * repl + 2;
}

/** The runs of three or more lost content words of a side (function words between them go with them), within one sentence. */
function clauseRuns(side: GroupSide, lost: boolean[], claimed: Uint8Array): number[][] {
  const runs: number[][] = [];
  let cur: number[] = [];
  let lostContent = 0;
  const close = (): void => {
    // Trim function words at both ends.
    while (cur.length && !side.tokens[cur[0]!]!.content) cur.shift();
    while (cur.length && !side.tokens[cur[cur.length - 1]!]!.content) cur.pop();
    if (lostContent >= 3) runs.push(cur);
    cur = [];
    lostContent = 0;
  };
  side.tokens.forEach((t, i) => {
    if (claimed[i]) return close();
    // (A run ends with its sentence: a small word that opens the next one starts none.)
    if (cur.length && sentenceOf(side, cur[cur.length - 1]!) !== sentenceOf(side, i)) close();
    if (!t.content) {
      if (cur.length) cur.push(i);
      return;
    }
    if (!lost[i]) return close();
    cur.push(i);
    lostContent++;
  });
  close();
  return runs;
}

/** How many unclaimed new content words face the run in its hunks, on the other side. */
function newInHunks(ctx: DetectContext, run: number[], isCanonical: boolean): number {
  const { ct, at, hunks, hunkOfC, hunkOfA, cLost, aNew, cClaim, aClaim } = ctx;
  const hs = new Set(run.map((i) => (isCanonical ? hunkOfC(i) : hunkOfA(i))).filter((h) => h >= 0));
  let count = 0;
  for (const h of hs) {
    const hk = hunks[h]!;
    // A word that is only another form of a word in the run (dealing / dealt) replaces nothing.
    const runKeys = run.map((i) => (isCanonical ? ct : at)[i]!.key);
    const variant = (k: string): boolean => runKeys.some((r) => commonPrefix(r, k) >= 4);
    if (isCanonical) {
      for (let j = hk.a0; j < hk.a1; j++) if (at[j]!.content && aNew[j] && !aClaim[j] && !variant(at[j]!.key)) count++;
    } else {
      for (let j = hk.c0; j < hk.c1; j++) if (ct[j]!.content && cLost[j] && !cClaim[j] && !variant(ct[j]!.key)) count++;
    }
  }
  return count;
}

/**
 * The figures in a run: whether any is a count that matters to the story, and whether any
 * count or quantity (not a year, a date or an ordinal) is one the other side gives nowhere.
 */
function describe(ctx: DetectContext, canonical: boolean, run: number[]): { weighty: boolean; figures: string[]; lostCount: boolean; given: boolean } {
  const { lex } = ctx;
  const side = canonical ? ctx.C : ctx.A;
  const nums = run.filter((i) => side.tokens[i]!.num !== null);
  const inRun = new Set(run);
  const facts = ctx.read(NUMBERS, canonical).filter((f) => f.toks.some((i) => inRun.has(i)));
  const counts = facts.filter((f) => f.kind === 'count' || f.kind === 'vague');
  const givenValues = facts.length ? new Set(ctx.read(NUMBERS, !canonical).map((f) => f.value)) : undefined;
  const lostCount = counts.some((f) => !givenValues!.has(f.value));
  // Every figure of the run read as one the other side gives too ("10th" / "tenth"): no figure new to the group.
  const given = nums.length > 0 && nums.every((i) => facts.some((f) => f.toks.includes(i) && givenValues!.has(f.value)));
  // A vague quantity ("hundreds") is named among the figures too.
  const vague = counts.filter((f) => f.kind === 'vague').flatMap((f) => f.toks.filter((i) => side.tokens[i]!.num === null && lex.vagueQuantities.has(side.tokens[i]!.norm)));
  const figures = [...nums, ...vague].sort((x, y) => x - y).map((i) => side.text.slice(side.tokens[i]!.start, side.tokens[i]!.end));
  return { weighty: nums.some((i) => isWeighty(side, i, lex)) || counts.some((f) => f.weighty), figures, lostCount, given };
}

/** Punctuation that sets a clause off in its sentence: a comma, semicolon, colon, bracket or dash. */
const SETS_OFF = /[,;:()\u2013\u2014]|\s-\s/u;

/**
 * Whether a run is a clause set off in its sentence: at each end, past the function words there,
 * punctuation (`SETS_OFF`) or the sentence's edge ("…, Araqchi said, referring to the militia groups
 * Tehran backs."), not a stretch cut out of a phrase ("hampered by heavy rain, fog, and roads blocked
 * by landslides": 'fog, and roads blocked').
 */
function setOff(side: GroupSide, run: readonly number[]): boolean {
  const s = side.sentences[sentenceOf(side, run[0]!)]!;
  const toks = side.tokens;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  let j = first - 1;
  while (j >= s.from && !toks[j]!.content) j--;
  if (j >= s.from && !SETS_OFF.test(side.text.slice(toks[j]!.end, toks[first]!.start))) return false;
  let k = last + 1;
  while (k < s.to && !toks[k]!.content) k++;
  return k >= s.to || SETS_OFF.test(side.text.slice(toks[last]!.end, toks[k]!.start));
}

/**
 * Whether a run lost or gained in a sentence the other side retells is part of the retelling, and so
 * rewording (the rewording detector's), not a clause dropped or added: the other side puts content
 * words of its own in the group (`retold`: a copy that only cut the sentence puts none), and the run
 * is no clause set off in its sentence, and carries no figure.
 */
function partOfRetelling(side: GroupSide, run: readonly number[], retold: boolean, figures: readonly string[]): boolean {
  return retold && figures.length === 0 && !setOff(side, run);
}

/** A web address. It has no space in it and begins on none. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s()<>"“”]+/giu;

/**
 * Whether every content word of a run lies inside a web address ("(http://…/shake/hi/)"): a link to a page, no clause of news.
 * Only the run's stretch of the text is read, widened to the spaces around it (side.text is the whole text, and reading all of
 * it for each run made a long pair's clause runs cost a pass over the text each): no address reaches over a space, so the
 * addresses over the run's words are the ones a scan of the whole text finds there.
 */
function insideAddress(side: GroupSide, run: number[]): boolean {
  const text = side.text;
  let from = side.tokens[run[0]!]!.start;
  let to = side.tokens[run[run.length - 1]!]!.end;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const spans = [...text.slice(from, to).matchAll(ADDRESS)].map((m) => [from + m.index!, from + m.index! + m[0].length] as const);
  if (!spans.length) return false;
  return run.every((i) => {
    const t = side.tokens[i]!;
    return !t.content || spans.some(([a, b]) => t.start >= a && t.end <= b);
  });
}

/** Whether a run ends on a colon that opens a quotation (“… put it this way: "…”). */
function introducesQuote(side: GroupSide, run: number[]): boolean {
  const last = side.tokens[run[run.length - 1]!]!;
  return /^\.?\s*:\s*["“«„']/u.test(side.text.slice(last.end, last.end + 6));
}

/**
 * Whether each count in a run has its one counterpart on the other side: a figure of the same
 * fact (`ctx.figureSenses`: the dead, the injured…) and of another value, each the only one of
 * that sense on its side, and not claimed but by a quotation the other side alone quotes ("200
 * people have been killed" / "the death toll stands at 223", or "“… stands at 223,” he said"). The number detector reports that figure changed; the run's other words are rewording.
 */
function factCounterparts(ctx: DetectContext, run: readonly number[], canonical: boolean): boolean {
  const senses = ctx.figureSenses;
  if (!senses) return false;
  const [side, own, theirs] = canonical ? [ctx.C, senses.canonical, senses.article] : [ctx.A, senses.article, senses.canonical];
  // Most runs hold no figure: nothing to read.
  if (!run.some((i) => side.tokens[i]!.num !== null || ctx.lex.vagueQuantities.has(side.tokens[i]!.norm))) return false;
  // A figure in a quotation the other side alone quotes may stand for this one (`unquotedClaims`).
  const otherClaim = unquotedClaims(ctx, !canonical);
  const counts = (ofCanonical: boolean): NumFact[] => ctx.read(NUMBERS, ofCanonical).filter((f) => f.kind === 'count' || f.kind === 'vague');
  const mine = counts(canonical);
  const inRun = mine.filter((f) => f.toks.some((i) => run.includes(i)));
  if (!inRun.length) return false;
  const theirsAll = counts(!canonical);
  return inRun.every((f) => {
    const sense = own(f.toks[0]!);
    if (!sense || mine.filter((x) => own(x.toks[0]!) === sense).length !== 1) return false;
    const o = theirsAll.filter((x) => theirs(x.toks[0]!) === sense);
    return o.length === 1 && o[0]!.value !== f.value && !o[0]!.toks.some((i) => otherClaim[i]);
  });
}

/**
 * Whether every content word of a run stands among the other side's words: the words are said
 * there too (a phrase the copy says twice, "first elected female President, and also the first
 * elected female head of state", or puts elsewhere in the sentence), no clause dropped or added.
 */
function saidThere(side: GroupSide, run: readonly number[], other: GroupSide): boolean {
  const keys = new Set(other.tokens.map((t) => t.key));
  return run.every((i) => !side.tokens[i]!.content || keys.has(side.tokens[i]!.key));
}

/**
 * A run of three or more content words dropped or added that nothing replaces, in a sentence the
 * other side carries (cut, or added to), or set off as a clause of its own (`partOfRetelling`). One that
 * carries a count the other side gives nowhere ("where the 7.6 magnitude quake was centred"
 * dropped) is a `number` finding: a figure went, or came, with its words, as the number
 * detector says of a shorter run ("killed and 14 injured" → "injured").
 */
export const clauseDetector: Detector = {
  name: 'clause',
  summary: 'skip',
  run(ctx) {
    // Does each side put content words of its own in the group (the other side's runs are then read as a retelling's)?
    const articleRetells = ctx.at.some((t, j) => t.content && ctx.aNew[j]);
    const canonicalRetells = ctx.ct.some((t, i) => t.content && ctx.cLost[i]);
    clausesOfSide(ctx, true, articleRetells);
    clausesOfSide(ctx, false, canonicalRetells);
  },
};

/**
 * The clauses one side has alone (`dropped`: the canonical's, dropped; else the article's, added),
 * each claimed as a finding; `retold`: the other side retells the group (`partOfRetelling`).
 */
function clausesOfSide(ctx: DetectContext, dropped: boolean, retold: boolean): void {
  const { claim } = ctx;
  const [side, other] = dropped ? [ctx.C, ctx.A] : [ctx.A, ctx.C];
  const words = dropped ? ctx.ct : ctx.at;
  for (const run of clauseRuns(side, dropped ? ctx.cLost : ctx.aNew, dropped ? ctx.cClaim : ctx.aClaim)) {
    // Words that introduce a quotation (“The farmer put it this way: "…”, a transcript's “JANE
    // ROE: "…”): who speaks, the attribution detector's, not a fact added. The quotation's own
    // words, when new, are a run of their own.
    if ((!dropped && introducesQuote(side, run)) || insideAddress(side, run) || factCounterparts(ctx, run, dropped) || saidThere(side, run, other)) continue;
    const changed = run.filter((i) => words[i]!.content).length;
    if (reworded(changed, newInHunks(ctx, run, dropped))) continue;
    const { weighty, figures, lostCount, given } = describe(ctx, dropped, run);
    // Figures the other side gives too, written another way, hold the run to no new fact.
    if (partOfRetelling(side, run, retold, given ? [] : figures)) continue;
    const what = quoted(tokensText(side, run), 70);
    const figureNote = !figures.length ? '' : dropped ? `${lostCount ? ', with' : ', including'} the figure ${figures.join(', ')}` : ` (with the figure ${figures.join(', ')})`;
    claim({
      kind: lostCount ? 'number' : 'clause',
      severity: weighty ? 'high' : 'medium',
      cTok: dropped ? run : [],
      aTok: dropped ? [] : run,
      reason: dropped ? `Drops ${what} from this sentence${figureNote}.` : `Adds ${what}, which the canonical sentence does not have${figureNote}.`,
    });
  }
}
