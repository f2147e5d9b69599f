/**
 * The state the steps of sentence alignment (`align.ts`) share, and the one way they link two
 * sentences: the two texts, their term vectors, the candidate pairs, and the groups so far.
 */
import type { Token } from './text';
import type { Reporting } from './alignShared';
import { type AlignDoc, highest, lowest, union, type Vec } from './alignTerms';

/** A candidate pair of sentences: canonical `c`, article `a`, the weight of the terms they share, and their similarity. */
export interface Pair {
  c: number;
  a: number;
  ov: number;
  dice: number;
  /** How many terms the two share, and how many of those no other sentence has (`shared`, alignTerms.ts). */
  shared: number;
  rare: number;
}

/** What the steps of `align` share: the two texts, their term vectors, the candidate pairs, and the groups so far. */
export interface State {
  canon: AlignDoc;
  art: AlignDoc;
  cv: Vec[];
  av: Vec[];
  idf: Float64Array;
  df: number[];
  /** Candidate pairs, most alike first; those that share any term. */
  pairs: Pair[];
  overlapping: Pair[];
  /** The group of each sentence, -1 for none. */
  cGroup: Int32Array;
  aGroup: Int32Array;
  groups: Array<{ c: number[]; a: number[] } | null>;
  /** Words the texts write as names (see `namesOf`). */
  names: ReadonlySet<number>;
  /** The join candidates of the canonical's and of the article's sentences, once worked out. */
  joins: [JoinCandidates?, JoinCandidates?];
  reporting?: Reporting;
  termOf: (t: Token) => number;
  /** Told of every link as it is made, with the step that made it (`AlignOptions.trace`); never part of the result. */
  trace?: LinkTrace;
}

/**
 * The step of `align` that made a link: sentences carried word for word (`exact`), a one-to-one
 * link well above the threshold (`strong`) or not (`weak`), a split or merge (`join`), gap
 * filling (`gap`), low-overlap rewrites (`rewrite`), two sentences stating one fact (`fact`), the two
 * titles (`title`), a headline and the sentence it sums up (`headline`, alignSummary.ts); `dropped`: a link
 * undone (a lone weak link, step 3d of `align`); `rules`: no link (c = a = -1), the steps that link
 * are done, and the state is the one the alignment ends with (read by bench/eval/linkscore.ts).
 */
export type LinkStep = 'exact' | 'strong' | 'weak' | 'join' | 'gap' | 'rewrite' | 'fact' | 'title' | 'headline' | 'dropped' | 'rules';
/**
 * A debugging hook: called before each link with the step that makes it and the state then, and
 * for each link undone. Returning `false` before a link vetoes it (the link is not made: an
 * ablation of a step, bench/eval/linkfit.ts `--only`); any other return leaves the result as it is.
 */
export type LinkTrace = (step: LinkStep, c: number, a: number, s: State) => boolean | void;

/** Join candidates of one side's sentences, most inside first, and each one's best home (see `tryJoin`). */
export interface JoinCandidates {
  scored: Array<{ p: Pair; cont: number }>;
  home: Map<number, number>;
}

/**
 * Links two sentences: a new group, or one joins the other's group (never two groups); `step`
 * names the step, for `State.trace`. Whether a link was made (not when the trace vetoes it).
 */
export function link(s: State, c: number, a: number, step: LinkStep): boolean {
  const gc = s.cGroup[c]!;
  const ga = s.aGroup[a]!;
  if (s.trace && (gc < 0 || ga < 0) && s.trace(step, c, a, s) === false) return false;
  if (gc < 0 && ga < 0) {
    s.groups.push({ c: [c], a: [a] });
    s.cGroup[c] = s.aGroup[a] = s.groups.length - 1;
  } else if (gc >= 0 && ga < 0) {
    s.groups[gc]!.a.push(a);
    s.aGroup[a] = gc;
  } else if (ga >= 0 && gc < 0) {
    s.groups[ga]!.c.push(c);
    s.cGroup[c] = ga;
  }
  return true;
}

/**
 * Undoes group `g`: its sentences are left over again. The trace is told of each of its links
 * with step `dropped`.
 */
export function unlinkGroup(s: State, g: number): void {
  const group = s.groups[g];
  if (!group) return;
  for (const c of group.c) for (const a of group.a) s.trace?.('dropped', c, a, s);
  for (const c of group.c) s.cGroup[c] = -1;
  for (const a of group.a) s.aGroup[a] = -1;
  s.groups[g] = null;
}

/** Most sentences on one side of a group. */
export const MAX_SIDE = 4;

/** The term vectors of a group's canonical and article sentences, each side as one. */
export function groupVecs(s: State, g: { c: number[]; a: number[] }): [Vec, Vec] {
  return [union(g.c.map((i) => s.cv[i]!), s.idf), union(g.a.map((i) => s.av[i]!), s.idf)];
}

/**
 * Whether (c, a) lies between the same linked groups; `bounded`: and there is such a group
 * on each side; `slack`: or that many sentences outside them (a neighbour swapped).
 */
export function anchorsOk(s: State, c: number, a: number, bounded = false, slack = 0): boolean {
  let lo = -1;
  for (let i = a - 1; i >= 0; i--) {
    const g = s.aGroup[i]!;
    if (g >= 0) {
      lo = highest(s.groups[g]!.c);
      break;
    }
  }
  let hi = Infinity;
  for (let i = a + 1; i < s.aGroup.length; i++) {
    const g = s.aGroup[i]!;
    if (g >= 0) {
      hi = lowest(s.groups[g]!.c);
      break;
    }
  }
  return lo - slack < c && c < hi + slack && (!bounded || (lo >= 0 && hi < Infinity));
}
