/**
 * Splits and merges (step 2 of `align`): a sentence left over whose words (more than names) sit
 * inside a sentence already linked joins that link if it makes the group more alike.
 */
import { fillsPart, sharesRareFigure } from './alignRewrite';
import { sharesMoreThanNames, sharesMoreThanSource } from './alignShared';
import { dice, sharedCount, union } from './alignTerms';
import { groupVecs, type JoinCandidates, link, MAX_SIDE, type Pair, type State } from './alignState';
import type { TimeWords } from './data/time';

/** How far (in sentences) from a group a leftover that is mostly inside it may still join it. */
const MAX_REACH = 4;

/** How much less alike a group may grow when a leftover fills in a part of it (`tryJoin`). */
const FILL_COST = 0.04;

/** The least share of a leftover inside a sentence for it to be a join candidate at all (`joinCandidates`). */
const JOIN_FLOOR = 0.2;
/** Below this share inside, a leftover joins only a group it makes more alike: it may not cost (`tryJoin`). */
const INSIDE_ENOUGH = 0.25;

export function joinCandidates(s: State, leftoverIsArticle: boolean): JoinCandidates {
  // For each leftover, its candidates by how much of it sits inside the other sentence (a record only for those inside enough).
  // A sentence already grouped stays so (links only add): only the leftovers of now are kept, and sorted.
  const grouped = leftoverIsArticle ? s.aGroup : s.cGroup;
  const scored: Array<{ p: Pair; cont: number }> = [];
  for (const p of s.overlapping) {
    if (grouped[leftoverIsArticle ? p.a : p.c]! >= 0) continue;
    const own = leftoverIsArticle ? s.av[p.a]! : s.cv[p.c]!;
    const cont = own.weight > 0 ? p.ov / own.weight : 0;
    if (cont >= JOIN_FLOOR) scored.push({ p, cont });
  }
  scored.sort((x, y) => y.cont - x.cont || y.p.dice - x.p.dice);
  // Each leftover's best home: the sentence more of it sits inside than any other.
  const home = new Map<number, number>();
  for (const { p } of scored) {
    const leftover = leftoverIsArticle ? p.a : p.c;
    if (!home.has(leftover)) home.set(leftover, leftoverIsArticle ? p.c : p.a);
  }
  return { scored, home };
}

/**
 * Splits and merges: a leftover sentence (of the article when `leftoverIsArticle`, else of the
 * canonical) joins a group it sits partly inside when the group becomes more alike. `time`: the
 * language's time words (a figure beside a month is the day of a date, `sharesRareFigure`).
 */
export function tryJoin(s: State, leftoverIsArticle: boolean, time?: Pick<TimeWords, 'months' | 'capitalised'>): void {
  const { scored, home } = (s.joins[leftoverIsArticle ? 1 : 0] ??= joinCandidates(s, leftoverIsArticle));
  for (const { p, cont } of scored) {
    if (joinBlock(s, p, cont, leftoverIsArticle, home, time) !== null) continue;
    if (leftoverIsArticle) link(s, p.c, p.a, 'join');
    else link(s, p.c, p.a, 'join');
  }
}

/** What keeps a leftover from joining a group (`joinBlock`): each condition of `tryJoin`, in the order it asks them. */
export type JoinBlock = 'heading' | 'grouped' | 'no group' | 'full' | 'far' | 'one word' | 'not more alike' | 'names only';

/**
 * Why the leftover of pair `p` (its article sentence when `leftoverIsArticle`, else its canonical
 * one), `cont` of it inside the other, may not join the other's group now (`tryJoin`), or null
 * when it may. `home`: each leftover's best home (`joinCandidates`). Read by bench/eval/joins.ts.
 */
export function joinBlock(
  s: State,
  p: Pair,
  cont: number,
  leftoverIsArticle: boolean,
  home: ReadonlyMap<number, number>,
  time?: Pick<TimeWords, 'months' | 'capitalised'>,
): JoinBlock | null {
  const { canon, art, cv, av, idf } = s;
  const leftover = leftoverIsArticle ? p.a : p.c;
  const target = leftoverIsArticle ? p.c : p.a;
  // Headings stand alone: a headline over the lead is a summary, not half of a split.
  if ((leftoverIsArticle ? art : canon).sentences[leftover]!.kind !== 'sentence') return 'heading';
  if ((leftoverIsArticle ? s.aGroup : s.cGroup)[leftover]! >= 0) return 'grouped';
  const gi = (leftoverIsArticle ? s.cGroup : s.aGroup)[target]!;
  if (gi < 0) return 'no group';
  const g = s.groups[gi]!;
  const members = leftoverIsArticle ? g.a : g.c;
  if (members.length >= MAX_SIDE) return 'full';
  // Less than half inside: only a neighbour of the group (the usual split) may join; more
  // than half, a sentence a few places away (a split whose halves the copy set apart), never
  // one from another part of the story.
  const reach = members.reduce((r, m) => Math.min(r, Math.abs(m - leftover)), Infinity);
  // A piece mostly inside the sentence that gives a figure only the two give (a count a rewrite
  // split off and moved: "... drowning at least 48 people" / "At least 48 people drowned.") may stand anywhere.
  const far = reach > MAX_REACH || (cont < 0.5 && reach > 2);
  if (far && !(cont >= 0.5 && sharesRareFigure(canon.tokens[p.c]!, art.tokens[p.a]!, s.termOf, s.df, time))) return 'far';
  const [gc, ga] = groupVecs(s, g);
  const before = dice(gc, ga, idf);
  const after = leftoverIsArticle ? dice(gc, union([ga, av[leftover]!], idf), idf) : dice(union([gc, cv[leftover]!], idf), ga, idf);
  // What it must add: a sentence standing between two parts of the group is inside it
  // already (it may cost a little); a neighbour mostly inside it, or more inside it than
  // inside any other sentence, must not make it less alike; any other, make it more alike.
  const between = members.some((m) => m < leftover) && members.some((m) => m > leftover);
  // One word in common is no evidence of a split ("That date is now in limbo." beside "… at a
  // date to be determined."): a piece of the same sentence carries more of it, unless it stands between its parts.
  if (!between && sharedCount(cv[p.c]!.terms, av[p.a]!.terms) < 2) return 'one word';
  const gain = between ? -0.05 : reach === 1 && (cont >= 0.5 || home.get(leftover) === target) ? 0 : 0.02;
  // One that fills in a part of the group's sentence the copy cut off (alignRewrite.ts) may stand a place apart, and cost a little.
  const fills = (): boolean => {
    const [own, side, other, ownDoc, otherDoc] = leftoverIsArticle ? [av[leftover]!, ga, gc, art, canon] : [cv[leftover]!, gc, ga, canon, art];
    const otherTokens = (leftoverIsArticle ? g.c : g.a).map((i) => otherDoc.tokens[i]!);
    return fillsPart(own, side, other, s, ownDoc.tokens[leftover]!, otherTokens) && sharesMoreThanSource(s, p.c, p.a, s.reporting);
  };
  // One little inside the group (a fifth to a quarter of it) must make it more alike: a part
  // that costs the group's likeness to fill it in must sit inside it more than that.
  const near = cont >= 0.5 || reach === 1;
  const costly = cont < INSIDE_ENOUGH || !(after > before + Math.min(gain, -FILL_COST) && fills());
  if (!(near && after > before + gain) && costly) return 'not more alike';
  // Sharing only names (the same person, the same place) does not make it part of the sentence.
  return sharesMoreThanNames(canon.tokens[p.c]!, art.tokens[p.a]!, s.names) ? null : 'names only';
}
