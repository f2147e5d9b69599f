/**
 * Words run together. A copy that lost the space between two words ("onTuesday",
 * "thousandsof", "Nepal'shome": a scraped page, text pasted from a PDF) is read as the two
 * words the canonical has, so that a lost space is not a changed fact. A token of the
 * article the canonical lacks is read as two where the canonical has both parts side by side
 * ("ISIS" is never "IS IS"), and the seam shows it: a small letter before a capital, a letter beside a digit, or (in
 * English) a joined form that is no word of its own: none WordNet knows, no function word
 * ("nowhere" is never "now" + "here", "some" never "so" + "me"). The two
 * tokens are the token's own characters: nothing of the text is rewritten.
 *
 * The other way round, a word of the canonical that a hard wrap broke where it had no blank (a
 * link or a code longer than the line: "…A32274F18" / "92BE95021…") is read as that one word.
 */
import { quotedMask } from './quotes';
import { knows } from './synonyms';
import { partHash, partHashOn } from './hash';
import { IdBytes } from './idBytes';
import { tokenAcrossBreaks, tokenize, type Token, type TokenizerContext } from './text';
import type { Span } from './types';

/**
 * The words of a text: each key id it has (ids are dense, per context: one bit each), and,
 * made when first asked, every folded form and the pairs of neighbouring words. Most copies
 * have few words the canonical lacks, and those few rarely need the forms.
 */
export class Vocabulary {
  private readonly bits: Uint32Array;
  private normSet: Set<string> | null = null;
  private hashSet: Set<number> | null = null;
  private pairSet: PairSet | null = null;
  private pairAsks = 0;
  /** How many pairs of neighbouring words the text has, once counted. */
  private neighbours: number | undefined;
  constructor(readonly tokens: readonly Token[][]) {
    let max = 0;
    for (const ts of tokens) for (const t of ts) if (t.id > max) max = t.id;
    const bits = new Uint32Array((max >>> 5) + 1);
    for (const ts of tokens) for (const t of ts) bits[t.id >>> 5] |= 1 << (t.id & 31);
    this.bits = bits;
  }

  /** Whether the text has a word of this key id. */
  hasId(id: number): boolean {
    const w = id >>> 5;
    return w < this.bits.length && (this.bits[w]! & (1 << (id & 31))) !== 0;
  }

  /**
   * Whether `w` cut at `k` is two folded forms of the text ("Nepal" and "Nepal's" share a key,
   * not a form). `head`: the `partHash` of the first part. The parts are looked up by their
   * hashes first, and cut out as strings only when both may be words: most parts of most
   * words are none.
   */
  splitsInto(w: string, k: number, head: number): boolean {
    if (!this.normSet) {
      const norms = new Set<string>();
      const hashes = new Set<number>();
      // Each form once, found by its norm id (an index per token, not a hash of its string).
      const seen = new IdBytes();
      for (const ts of this.tokens)
        for (const t of ts) {
          if (seen.get(t.nid)) continue;
          seen.set(t.nid, 1);
          norms.add(t.norm);
          hashes.add(partHash(t.norm, 0, t.norm.length));
        }
      this.normSet = norms;
      this.hashSet = hashes;
    }
    return this.hashSet!.has(head) && this.hashSet!.has(partHash(w, k, w.length)) && this.normSet.has(w.slice(0, k)) && this.normSet.has(w.slice(k));
  }

  /** Whether the text has the two words side by side ("air base" for "airbase", "is is" never for "ISIS"). */
  sideBySide(a: Token, b: Token): boolean {
    // A few questions (most copies ask none) are answered by a walk through a short text; more,
    // or any about a long text (which asks more, and each walk of which costs as much), by a set of its pairs.
    if (!this.pairSet && (this.neighbours ??= neighboursOf(this.tokens)) <= WALK_MAX && ++this.pairAsks <= PAIR_WALKS) {
      for (const ts of this.tokens) for (let i = 1; i < ts.length; i++) if (ts[i - 1]!.id === a.id && ts[i]!.id === b.id) return true;
      return false;
    }
    if (!this.pairSet) {
      // Fewer different pairs than neighbours (half as many in news text): the set grows as it needs.
      const n = (this.neighbours ??= neighboursOf(this.tokens));
      this.pairSet = new PairSet(n >> 2);
      for (const ts of this.tokens) for (let i = 1; i < ts.length; i++) this.pairSet.add(ts[i - 1]!.id, ts[i]!.id);
    }
    return this.pairSet.has(a.id, b.id);
  }
}

/** Questions about neighbouring words answered by a walk through the text before its pairs are indexed. */
const PAIR_WALKS = 4;
/** The most neighbouring words (about 800 news sentences) a walk goes through: a longer text has its pairs indexed at once. */
const WALK_MAX = 20_000;

function neighboursOf(tokens: readonly Token[][]): number {
  let n = 0;
  for (const ts of tokens) n += Math.max(0, ts.length - 1);
  return n;
}

/**
 * A set of pairs of non-negative integers (key ids): open addressing in one typed array, each
 * pair's two numbers side by side (one cache line per probe). A long text has hundreds of
 * thousands of neighbouring pairs, which as a `Set` of numbers would be as many heap numbers
 * (a pair of ids does not fit a small integer) for the collector to trace. At most half full:
 * it doubles as pairs come.
 */
export class PairSet {
  /** Pair k at 2k (first, -1 for an empty slot) and 2k + 1 (second). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `capacity`: about how many different pairs to expect. */
  constructor(capacity = 8) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(2 * size).fill(-1);
    this.mask = size - 1;
  }

  /** Adds the pair (a, b); both non-negative, below 2³¹. */
  add(a: number, b: number): void {
    const k = this.slot(a, b);
    if (this.slots[2 * k] !== -1) return;
    this.slots[2 * k] = a;
    this.slots[2 * k + 1] = b;
    if (++this.count * 2 > this.mask + 1) this.grow();
  }

  has(a: number, b: number): boolean {
    return this.slots[2 * this.slot(a, b)] !== -1;
  }

  /** Where (a, b) is, or the empty slot where it would go. */
  private slot(a: number, b: number): number {
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    const slots = this.slots;
    let k = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const f = slots[2 * k]!;
      if (f === -1 || (f === a && slots[2 * k + 1] === b)) return k;
      k = (k + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length).fill(-1);
    this.mask = old.length - 1;
    this.count = 0;
    for (let k = 0; k < old.length; k += 2) if (old[k] !== -1) this.add(old[k]!, old[k + 1]!);
  }
}

const vocabularies = new WeakMap<readonly Token[][], Vocabulary>();

/** The vocabulary of a tokenized text, worked out once per token arrays (a canonical compared with many copies). */
export function vocabularyOf(tokens: readonly Token[][]): Vocabulary {
  let v = vocabularies.get(tokens);
  if (!v) vocabularies.set(tokens, (v = new Vocabulary(tokens)));
  return v;
}

/** The shortest part a run-together word is read into: "of", "on", "as". */
const MIN_PART = 2;

/**
 * The tokens of one sentence with each run-together word read as its two words (and each word a
 * wrap broke as the one word it is), or null when none is. `english`: a seam without a case or digit change counts where the joined
 * form is no word of its own.
 */
export function splitRunTogether(text: string, tokens: readonly Token[], vocab: Vocabulary, ctx: TokenizerContext, english: boolean): Token[] | null {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const broken = brokenWord(text, tokens, i, vocab, ctx);
    if (broken) {
      out ??= tokens.slice(0, i);
      out.push(broken[0]);
      i += broken[1] - 1;
      continue;
    }
    // Most words are the canonical's, or too short to hold two: nothing to read.
    const parts = !vocab.hasId(t.id) && t.end - t.start >= 2 * MIN_PART && t.num === null ? partsOf(text, t, vocab, ctx, english) : null;
    if (parts) {
      out ??= tokens.slice(0, i);
      out.push(...parts);
    } else if (out) out.push(t);
  }
  return out;
}

/** The characters inside a figure, between its digits (text.ts's TOKEN): . , : / and their full-width forms. */
const FIGURE_SEPARATORS = new Set([...'.,:/．，：／'].map((c) => c.charCodeAt(0)));

/** The most tokens after a line break that a word the wrap broke is read over ("92" + "BE95021…" of "…F1892BE95021…"). */
const BROKEN_PARTS = 4;

/**
 * A word of the canonical that a line break with no blank (a wrap that found none) broke in two,
 * a link or a code longer than the line ("…A32274F18" / "92BE95021…"): the token `tokens[i]` and
 * the tokens that run on from the break without a blank, read as one, with how many of those
 * tokens it takes, when it is a word of the canonical and they are not all words of it. Null for
 * any other place.
 */
function brokenWord(text: string, tokens: readonly Token[], i: number, vocab: Vocabulary, ctx: TokenizerContext): [Token, number] | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return null;
  // (A figure broken after its separator, "1," / "200", "１，" / "２００": the separator stays at the line's end.)
  const from = t.num !== null && next.num !== null && FIGURE_SEPARATORS.has(text.charCodeAt(t.end)) ? t.end + 1 : t.end;
  const gap = next.start - from;
  if (gap < 1 || gap > 2 || text.charCodeAt(next.start - 1) !== 10 || (gap === 2 && text.charCodeAt(from) !== 13)) return null;
  let known = vocab.hasId(t.id);
  for (let k = i + 1; k < tokens.length && k - i <= BROKEN_PARTS; k++) {
    if (k > i + 1 && tokens[k]!.start !== tokens[k - 1]!.end) break;
    known &&= vocab.hasId(tokens[k]!.id);
    const joined = known ? null : tokenAcrossBreaks(text, t.start, tokens[k]!.end, ctx);
    if (joined && vocab.hasId(joined.id)) return [joined, k - i + 1];
  }
  return null;
}

function partsOf(text: string, t: Token, vocab: Vocabulary, ctx: TokenizerContext, english: boolean): Token[] | null {
  const norm = t.norm;
  // The folded form and the text must line up character for character to cut both at one place.
  if (norm.length !== t.end - t.start) return null;
  // The hash of the first part, one letter longer at each step.
  let head = partHash(norm, 0, MIN_PART - 1);
  // At a seam the text shows ("onTuesday", "12people").
  for (let k = MIN_PART; k <= norm.length - MIN_PART; k++) {
    head = partHashOn(head, norm.charCodeAt(k - 1));
    if (!seamAt(text, t.start + k) || !vocab.splitsInto(norm, k, head)) continue;
    const parts = cut(text, t, k, ctx, vocab);
    if (parts) return parts;
  }
  // Elsewhere only in a form that is no word of its own: none WordNet knows, no function word
  // ("some" is not "so" + "me"). WordNet is asked only once a cut is in view: most words have none.
  if (!english || ctx.lexicon.functionWords.has(norm)) return null;
  let known: boolean | undefined;
  head = partHash(norm, 0, MIN_PART - 1);
  for (let k = MIN_PART; k <= norm.length - MIN_PART; k++) {
    head = partHashOn(head, norm.charCodeAt(k - 1));
    if (!vocab.splitsInto(norm, k, head)) continue;
    if ((known ??= knows(t.key) || knows(norm))) return null;
    const parts = cut(text, t, k, ctx, vocab);
    if (parts) return parts;
  }
  return null;
}

/** A small letter before a capital ("onTuesday"), or a letter beside a digit ("80kilometers"). */
function seamAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at);
  return (lower(a) && upper(b)) || ((lower(a) || upper(a)) && digit(b)) || (digit(a) && (lower(b) || upper(b)));
}

// ASCII classes of a code unit (functions of the module: a closure each per call would be made at every seam tried).
const digit = (c: number): boolean => c >= 48 && c <= 57;
const lower = (c: number): boolean => c >= 97 && c <= 122;
const upper = (c: number): boolean => c >= 65 && c <= 90;

/** The token cut at `k`, when the canonical has its two words side by side. */
function cut(text: string, t: Token, k: number, ctx: TokenizerContext, vocab: Vocabulary): Token[] | null {
  const left = tokenize(text, t.start, t.start + k, ctx);
  const right = tokenize(text, t.start + k, t.end, ctx);
  if (left.length !== 1 || right.length !== 1 || !vocab.sideBySide(left[0]!, right[0]!)) return null;
  return [left[0]!, right[0]!];
}

/**
 * Reads the run-together words of a prepared article against the canonical's vocabulary,
 * sentence by sentence, with each changed sentence's quotation mask worked out again.
 */
export function readRunTogether(
  doc: { text: string; tokens: Token[][]; quoted: Uint8Array[]; quotes: Span[]; reused?: Uint8Array },
  vocab: Vocabulary,
  ctx: TokenizerContext,
  english: boolean,
): void {
  for (let s = 0; s < doc.tokens.length; s++) {
    // A sentence the canonical has word for word has only the canonical's words.
    if (doc.reused?.[s]) continue;
    const split = splitRunTogether(doc.text, doc.tokens[s]!, vocab, ctx, english);
    if (!split) continue;
    doc.tokens[s] = split;
    doc.quoted[s] = quotedMask(split, doc.quotes);
  }
}
