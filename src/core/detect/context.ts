/**
 * What the detectors of one aligned group share, as named fields: the two sides and their
 * tokens, the word diff, which words each side lost, which tokens a finding already
 * explains (the claim masks), the findings so far, and the one hand-off between two
 * detectors (the qualifiers of changed figures, from the hedge detector to the number
 * detector).
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../text';
import type { Finding, GroupInput, GroupSide, Hunk } from './group';
import { lostTokens, type WordDiff } from './wordDiff';

/** A qualifier and its tokens on its side ("at least" in "at least 300"). */
export interface Qualifier {
  text: string;
  toks: number[];
}

export interface DetectContext {
  readonly input: GroupInput;
  /** The canonical side and its tokens. */
  readonly C: GroupSide;
  readonly ct: Token[];
  /** The article side and its tokens. */
  readonly A: GroupSide;
  readonly at: Token[];
  readonly lex: Lexicon;
  /** A heading set against the sentence it sums up: headings drop figures, quotes and sources as a rule. */
  readonly summary: boolean;
  /** The two sides are close enough (similarity ≥ 0.45) that a dropped negation most likely reverses the sentence. */
  readonly confident: boolean;

  /** The runs of change of the word diff, in order. */
  readonly hunks: readonly Hunk[];
  /** 1 for each token the word diff matched with one on the other side. */
  readonly cEq: Uint8Array;
  readonly aEq: Uint8Array;
  /** The hunk of each token (an index into `hunks`), -1 for a matched token. */
  hunkOfC(i: number): number;
  hunkOfA(i: number): number;
  /** Canonical tokens the article does not have anywhere (`cLost`), article tokens the canonical does not have (`aNew`). */
  readonly cLost: boolean[];
  readonly aNew: boolean[];
  /** The token keys of each side, anywhere in the group. */
  readonly cBag: ReadonlySet<string>;
  readonly aBag: ReadonlySet<string>;

  /**
   * The claim masks: 1 for a token that a finding (or a detector that found nothing wrong
   * with it) already explains. A later detector leaves claimed tokens alone, so one change
   * is reported once, by the detector that says the most about it.
   */
  readonly cClaim: Uint8Array;
  readonly aClaim: Uint8Array;
  /** The findings so far, in the order they were made. */
  readonly findings: Finding[];
  /** Records a finding and claims its tokens. */
  claim(f: Finding): void;

  /**
   * The hedge → number hand-off. A qualifier whose figure was replaced (“at least 300” →
   * “500”) is not reported by the hedge detector: it leaves it here, keyed by the figure's
   * token index on its side, and the number detector reports figure and qualifier in one
   * finding.
   */
  readonly qualifiedFigures: {
    readonly canonical: Map<number, Qualifier>;
    readonly article: Map<number, Qualifier>;
  };

  /**
   * What each side's figures count as facts (`detect/facts.ts`: the dead, the injured, a
   * population…), by a figure's first token, null for none; read when first asked. The number
   * detector pairs by it a figure that no run of change pairs. Absent where the engine's
   * detectors run without it (a detector's own test).
   */
  readonly figureSenses?: FigureSenses;

  /**
   * What reading `r` finds in one side (`canonical`, else the article) with no token claimed:
   * made when a detector first asks, then shared by every detector that asks it again in the
   * group (the figures are read by the number and clause detectors and the senses of fact, the
   * hedges and the times by theirs). What it gives is read, never changed.
   */
  read<T>(r: SideReading<T>, canonical: boolean): T;
}

/** A reading of a side's words (its figures, its hedges, its times) with no token claimed, made once per group (`DetectContext.read`). */
export interface SideReading<T> {
  /** A short name, for reading the code that asks it. */
  readonly name: string;
  read(side: GroupSide, lex: Lexicon): T;
}

/**
 * What `find` reads in one side (`canonical`, else the article) with the tokens of `claimed` left
 * out: the group's shared reading `r` when `claimed` claims none (what `find` would read then).
 */
export function readUnclaimed<T>(ctx: DetectContext, r: SideReading<T>, canonical: boolean, claimed: Uint8Array, find: (side: GroupSide, claimed: Uint8Array) => T): T {
  return noneClaimed(claimed) ? ctx.read(r, canonical) : find(canonical ? ctx.C : ctx.A, claimed);
}

/** Whether a claim mask claims no token: a reader given it finds what `DetectContext.read` finds. */
export function noneClaimed(claimed: ArrayLike<number>): boolean {
  for (let i = 0; i < claimed.length; i++) if (claimed[i]) return false;
  return true;
}

/** The sense of fact of a side's figure at a token (its first), null when it counts nothing a story reports. */
export interface FigureSenses {
  canonical(tok: number): string | null;
  article(tok: number): string | null;
}

/** A detector: one kind of change, found in a group and recorded with `ctx.claim`. */
export interface Detector {
  /** A short name, for tests and for reading `DETECTORS`. */
  readonly name: string;
  /**
   * Whether it runs on a summary group (a heading against the sentence it sums up):
   * `skip` (headings drop figures, quotes and sources as a rule), `run`, or `only`.
   */
  readonly summary: 'skip' | 'run' | 'only';
  /**
   * The words whose change it is about, for a detector that can find nothing (no finding, no
   * claim) in a group where none of them changed: each of its findings and claims stands on a
   * token the word diff left unmatched whose norm is one of these, whatever the detectors before
   * it claimed. `analyzeGroup` then runs it only where such a token is (on either side): most
   * groups change none of its words. Undefined (absent, or for a lexicon): it runs in every group.
   */
  changedWords?(lex: Lexicon): WordSet | undefined;
  /**
   * What a group must change for it to find or claim anything, as data: any one of these
   * (`Need`). Each of its findings and claims stands on words of those kinds that one side lost
   * (`cLost`, `aNew`), whatever the detectors before it claimed. `analyzeGroup` asks each kind
   * once per group and runs it only where one need is met. Absent: it runs in every group.
   */
  readonly needs?: readonly Need[];
  run(ctx: DetectContext): void;
}

/**
 * A kind of word a detector may need changed: a capitalised word that is no figure (a name,
 * among others), a figure, a point of the compass (the lexicon's `compass`).
 */
export type NeedWord = 'capital' | 'figure' | 'compass';

/**
 * A change a detector needs: a word of kind `lost` that the canonical side has and the article
 * side has nowhere (`cLost`), and one of kind `added` that the article side has and the
 * canonical nowhere (`aNew`); a side not named asks nothing.
 */
export interface Need {
  readonly lost?: NeedWord;
  readonly added?: NeedWord;
}

/** Whether token `t` is a word of kind `kind` (`NeedWord`). */
export function isNeedWord(kind: NeedWord, t: Token, lex: Lexicon): boolean {
  if (kind === 'figure') return t.num !== null;
  if (kind === 'capital') return t.cap && t.num === null;
  return !!lex.compass?.has(t.norm);
}

/** Norms a detector asks about (a set, or a map by norm). */
export interface WordSet {
  has(norm: string): boolean;
}

/**
 * The keys of one side's tokens, as a set made on first use: most groups never ask (only
 * a quotation, a hedge or a source that changed does).
 */
export class KeyBag implements ReadonlySet<string> {
  private made: Set<string> | null = null;
  constructor(private readonly tokens: readonly Token[]) {}
  private get all(): Set<string> {
    if (!this.made) {
      this.made = new Set();
      for (const t of this.tokens) this.made.add(t.key);
    }
    return this.made;
  }
  has(key: string): boolean {
    return this.all.has(key);
  }
  get size(): number {
    return this.all.size;
  }
  forEach(f: (value: string, again: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const k of this.all) f.call(thisArg, k, k, this);
  }
  entries(): IterableIterator<[string, string]> {
    return this.all.entries();
  }
  keys(): IterableIterator<string> {
    return this.all.keys();
  }
  values(): IterableIterator<string> {
    return this.all.values();
  }
  [Symbol.iterator](): IterableIterator<string> {
    return this.all.values();
  }
}

/** The hunk (index into `hunks`) that holds token `i` of one side, -1 for none: hunks are few and in order. */
function hunkOf(hunks: readonly Hunk[], i: number, canonical: boolean): number {
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k]!;
    const from = canonical ? h.c0 : h.a0;
    const to = canonical ? h.c1 : h.a1;
    if (i < from) return -1;
    if (i < to) return k;
  }
  return -1;
}

/**
 * The context of a group whose sides differ (`diff.hunks` is not empty). `figureSenses`, given
 * the context's readings (`DetectContext.read`), makes what each side's figures count.
 */
export function createContext(input: GroupInput, diff: WordDiff, figureSenses?: (read: DetectContext['read']) => FigureSenses): DetectContext {
  const C = input.canonical;
  const A = input.article;
  const ct = C.tokens;
  const at = A.tokens;
  const { hunks, cEq, aEq } = diff;
  const findings: Finding[] = [];
  const cClaim = new Uint8Array(ct.length);
  const aClaim = new Uint8Array(at.length);
  const claim = (f: Finding): void => {
    for (const i of f.cTok) cClaim[i] = 1;
    for (const i of f.aTok) aClaim[i] = 1;
    findings.push(f);
  };
  // Each reading asked, by side: [canonical, article], undefined until asked.
  const readings = new Map<SideReading<unknown>, [unknown, unknown]>();
  const read = <T>(r: SideReading<T>, canonical: boolean): T => {
    let got = readings.get(r);
    if (!got) readings.set(r, (got = [undefined, undefined]));
    const k = canonical ? 0 : 1;
    if (got[k] === undefined) got[k] = r.read(canonical ? C : A, input.lexicon);
    return got[k] as T;
  };
  return {
    input,
    C,
    ct,
    A,
    at,
    lex: input.lexicon,
    summary: input.relation === 'summary',
    confident: input.similarity >= 0.45,
    hunks,
    cEq,
    aEq,
    hunkOfC: (i) => hunkOf(hunks, i, true),
    hunkOfA: (i) => hunkOf(hunks, i, false),
    cLost: lostTokens(ct, at, cEq, aEq),
    aNew: lostTokens(at, ct, aEq, cEq),
    cBag: new KeyBag(ct),
    aBag: new KeyBag(at),
    cClaim,
    aClaim,
    findings,
    claim,
    qualifiedFigures: { canonical: new Map(), article: new Map() },
    figureSenses: figureSenses?.(read),
    read,
  };
}

/**
 * One side's claim mask with the words of a quotation the other side does not quote opened again:
 * a quote finding that took them on this side alone (a quotation dropped, made paraphrase, or
 * added). What they say still stands for the other side's words ("“the death toll stands at
 * 223,” he said" for "more than 200 people have been killed"), so a detector that compares facts
 * reads them through this mask to pair them with the other side's; what it finds in them alone
 * is the quote finding's. With no such quotation it is the side's claim mask itself, which a later
 * claim changes: read it at once (as the readers of figures, hedges and qualifiers do).
 */
export function unquotedClaims(ctx: DetectContext, canonical: boolean): Uint8Array {
  const claims = canonical ? ctx.cClaim : ctx.aClaim;
  let open: Uint8Array | null = null;
  for (const f of ctx.findings) {
    if (f.kind !== 'quote') continue;
    const [own, other] = canonical ? [f.cTok, f.aTok] : [f.aTok, f.cTok];
    if (other.length > 0 || own.length === 0) continue;
    open ??= claims.slice();
    for (const i of own) open[i] = 0;
  }
  return open ?? claims;
}
