/**
 * A fact moved, not lost: words a sentence drops (or adds) that the other text states in
 * another sentence. A copy that splits and rearranges a story ("Saturday's 7.8 magnitude
 * quake struck 80 kilometers northwest of Kathmandu" → "A major earthquake … struck Nepal on
 * Saturday" and, further on, "The 7.8-magnitude quake shook Mt. Everest", "… centered at a
 * spot 80 kilometers northwest of Kathmandu") still gives the reader every fact; so does a
 * copy that repeats in one sentence a figure the canonical gives in another ("After seven
 * years in space, …"). Such a finding is no change of fact: it is shown low, as words that
 * moved (`changed`), naming the sentence that states them.
 *
 * What must stand in that one other sentence: every content word and figure of a clause (three
 * content words or more, the clause detector's runs); for a figure, the figure and the word
 * after it, what it counts or measures ("12-story", "seven years"); for a time reference, its
 * words. A figure or a day is short enough to stand elsewhere for another fact ("20 km" deep
 * for one quake, "20 km" northeast for the other; "Wednesday" for the quake and for the
 * president's visit), so for those the other sentence's statement must be its own: the
 * sentences it is linked with do not give the figure or day (had they, it would be theirs,
 * not the one this sentence lost). One word alone (a bare figure, a week day) is never enough
 * there, but in a headline over each text: a measure one headline adds or drops (not a count of harm,
 * people or money, a headline's news) is the story's figure when the other text's body gives it, and a time one headline
 * gives or leaves out is the story's time when the other text's body names its words, the year aside. A time reference, one word or more, is also moved when a sentence near the group in the
 * other text gives its words (`NEARBY`: about two sentences of news copy either side; "said
 * Thursday" here, "spoke … Thursday" in the next): the passage still says when; unless, as for a
 * figure, the sentences that nearby one is linked with give the same words: then they are its own time.
 */
import type { Token } from './text';
import { yearOf } from './timeScan';
import type { Span } from './types';
import type { Finding, GroupSide } from './detect';

/** One text's sentences: where each stands, and the sentences of the other text each is linked with. */
export interface TextSide {
  /** The other text's sentences linked with sentence `s` (empty when it is unlinked). */
  partners(s: number): readonly number[];
  /** Its sentences' spans in its text, in order. */
  sentences: readonly Span[];
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** How far around a group a moved time reference is looked for: about two sentences of news copy either side. */
const NEARBY = 400;

/**
 * A sentence of `other` within `NEARBY` characters of `group` (its own sentences too) that writes
 * the words `run` (token ids) in a row: -1 for none.
 */
function nearby(run: readonly Token[], other: TextSide, group: readonly number[], near: Near): number {
  const spans = other.sentences;
  const first = Math.min(...group);
  const last = Math.max(...group);
  const says = (s: number): boolean => near.theirs.hasRun(s, run, near.ones) && (group.includes(s) || ownTime(s, run, other, near));
  for (let s = first; s <= last; s++) if (says(s)) return s;
  for (let s = first - 1; s >= 0 && spans[s]!.end > spans[first]!.start - NEARBY; s--) if (says(s)) return s;
  for (let s = last + 1; s < spans.length && spans[s]!.start < spans[last]!.end + NEARBY; s++) if (says(s)) return s;
  return -1;
}

/** What `nearby` reads: the keys of each text by sentence, and the words that count one unit of time. */
interface Near {
  own: SentenceKeys;
  theirs: SentenceKeys;
  ones: ReadonlySet<string>;
}

/**
 * Whether the time `run` that sentence `s` of the other text, outside the group, gives is its own
 * and not the time of the sentences it is linked with: had those given it too, it would be theirs
 * ("The Somali government said Monday that 200 … drowned" / "On Monday, witnesses and survivors told
 * VOA …", linked with a canonical sentence of its own that says Monday), as `statedElsewhere` reads a figure.
 */
function ownTime(s: number, run: readonly Token[], other: TextSide, near: Near): boolean {
  return !other.partners(s).some((p) => near.own.hasRun(p, run, near.ones));
}

/** The kinds of finding that say a fact was dropped or added, when the finding has words on one side only. */
const MOVABLE = new Set(['number', 'time', 'clause']);

/**
 * The ids of the tokens that carry a finding's fact: for a figure, the figure and the word
 * after it (in the run or not: "the figure ‘12’" of "12-story"); otherwise every content word
 * and figure.
 */
function factKeys(side: GroupSide, toks: readonly number[], figures: boolean): number[] {
  const keys = new Set<number>();
  for (const i of toks) {
    const t = side.tokens[i]!;
    if (figures) {
      if (t.num === null) continue;
      keys.add(t.id);
      const next = side.tokens[i + 1];
      if (next && next.content && next.num === null) keys.add(next.id);
    } else if (t.content || t.num !== null) keys.add(t.id);
  }
  return [...keys];
}

/**
 * Where each key of a text stands: the sentences holding it, in order, each once. The first
 * few questions about a short text are answered by a scan of its tokens (most comparisons ask
 * a handful, and an index costs more to make than a scan); after that, and for a long text from
 * the first question, by an index made once.
 */
export class SentenceKeys {
  private made: KeyIndex | null = null;
  private asked = 0;
  constructor(private readonly tokens: Token[][]) {}
  /** The sentences that hold key `id`. */
  of(id: number): SentenceList {
    if (this.made || this.tokens.length > SCAN_SENTENCES || ++this.asked > SCANS) {
      const { starts, list } = (this.made ??= indexOf(this.tokens));
      return id + 1 < starts.length ? list.subarray(starts[id]!, starts[id + 1]!) : NONE;
    }
    const out: number[] = [];
    this.tokens.forEach((sentence, s) => {
      if (sentence.some((t) => t.id === id)) out.push(s);
    });
    return out;
  }
  /** Whether sentence `s` holds key `id`. */
  has(s: number, id: number): boolean {
    return this.tokens[s]!.some((t) => t.id === id);
  }
  /**
   * Whether sentence `s` holds the words of `run` in a row, by key; a word of `ones` stands for
   * any other of them (the words that count one unit: "for a year" / "for one year").
   */
  hasRun(s: number, run: readonly Token[], ones: ReadonlySet<string> = NO_WORDS): boolean {
    const ts = this.tokens[s]!;
    outer: for (let i = 0; i + run.length <= ts.length; i++) {
      for (let k = 0; k < run.length; k++) {
        const t = ts[i + k]!;
        const r = run[k]!;
        if (t.id !== r.id && !(ones.has(r.norm) && ones.has(t.norm))) continue outer;
      }
      return true;
    }
    return false;
  }
}

/** Sentence numbers in order, each once. */
type SentenceList = readonly number[] | Int32Array;
const NONE = new Int32Array(0);

/**
 * The sentences of each key id, in two typed arrays (no map, no list per key): those of key
 * `id` are `list[starts[id]]` up to `list[starts[id + 1]]`, in order, each once. Made in two
 * passes over the tokens, one to count, one to fill.
 */
interface KeyIndex {
  starts: Int32Array;
  list: Int32Array;
}

function indexOf(tokens: readonly Token[][]): KeyIndex {
  // The tokens are read once (each id of a sentence once, in `ids`, sentence `s` from `ends[s - 1]`), then two passes over numbers.
  let n = 0;
  for (const sentence of tokens) n += sentence.length;
  const ids = new Int32Array(n);
  const ends = new Int32Array(tokens.length);
  let max = -1;
  n = 0;
  for (let s = 0; s < tokens.length; s++) {
    for (const t of tokens[s]!) {
      const id = t.id;
      ids[n++] = id;
      if (id > max) max = id;
    }
    ends[s] = n;
  }
  const starts = new Int32Array(max + 2);
  // The last sentence each key was counted in, + 1 (0: none yet).
  const last = new Int32Array(max + 1);
  for (let s = 0, k = 0; s < tokens.length; s++)
    for (const end = ends[s]!; k < end; k++) {
      const id = ids[k]!;
      if (last[id] === s + 1) continue;
      last[id] = s + 1;
      starts[id + 1]!++;
    }
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const list = new Int32Array(starts[max + 1]!);
  const at = starts.slice(0, max + 1);
  last.fill(0);
  for (let s = 0, k = 0; s < tokens.length; s++)
    for (const end = ends[s]!; k < end; k++) {
      const id = ids[k]!;
      if (last[id] === s + 1) continue;
      last[id] = s + 1;
      list[at[id]!++] = s;
    }
  return { starts, list };
}

/** How many keys are looked up by a scan before the index is made. */
const SCANS = 16;
/**
 * A text of more sentences than this is indexed at its first question: sixteen scans of a long
 * text cost more than its index (synth 10,000: the scans took some 160 ms, the index 70 ms).
 */
const SCAN_SENTENCES = 200;

/**
 * The id of the sentence of `other` outside `group` that states what finding `f` drops from
 * (`dropped`) or adds to `side`, or -1. `own` and `theirs` are the keys of the finding's text
 * and of the other text, sentence by sentence; `headline`: the group is a headline over each text;
 * `ones`: the words that count one unit of time ("a", "one": `TimeWords.ones`), each as good as another.
 */
export function statedElsewhere(
  f: Finding,
  side: GroupSide,
  dropped: boolean,
  other: TextSide,
  group: readonly number[],
  own: SentenceKeys,
  theirs: SentenceKeys,
  headline = false,
  ones: ReadonlySet<string> = NO_WORDS,
): number {
  if (!MOVABLE.has(f.kind)) return -1;
  const toks = dropped ? f.cTok : f.aTok;
  if (!toks.length || (dropped ? f.aTok : f.cTok).length) return -1;
  const short = f.kind !== 'clause';
  const figures = f.kind === 'number' && toks.some((i) => side.tokens[i]!.num !== null);
  // A headline's figure that counts no harm, people or money (the number detector's high findings: a toll in a
  // headline is its news) is looked for alone: a headline words what it measures its own way ("Magnitude-5.8
  // earthquake" / "a magnitude of 5.8").
  // A headline's time dates its story: the other text's body naming it, its year aside, says the same
  // ("Unemployment Rate in August 2005" over a body that says "in August"), even where that sentence's partner names it too.
  const dated = headline && f.kind === 'time';
  const summed = (headline && figures && f.severity !== 'high') || dated;
  const keys = dated
    ? factKeys(side, toks.filter((i) => yearOf(side.tokens[i]) === null), false)
    : summed
      ? [...new Set(toks.filter((i) => side.tokens[i]!.num !== null).map((i) => side.tokens[i]!.id))]
      : factKeys(side, toks, figures);
  if (f.kind === 'time' && f.fact) {
    // A time reference (the time detector's, which names its words): its words in a row, the
    // linking word that went with it aside ("on Thursday").
    const near = nearby(f.fact.map((i) => side.tokens[i]!), other, group, { own, theirs, ones });
    if (near >= 0) return near;
  }
  // A headline sums up its story: a measure that one headline drops or adds and the other text states in
  // a sentence of its body is the story's figure, not a new one
  // ("Magnitude-5.8 earthquake strikes …" over a report that gives 5.8 further on), even where that
  // sentence's partner gives it too.
  if (keys.length < (summed ? 1 : 2)) return -1;
  // The sentences holding the rarest key are the only candidates.
  const lists = keys.map((k) => theirs.of(k)).sort((a, b) => a.length - b.length);
  for (const s of lists[0]!) {
    if (group.includes(s) || !lists.every((l) => l.includes(s))) continue;
    // A figure or a time its own partners give is theirs (not a headline's measure: it repeats what both bodies give).
    const partners = other.partners(s);
    if (short && !summed && partners.length && keys.every((k) => partners.some((p) => own.has(p, k)))) continue;
    return s;
  }
  return -1;
}
