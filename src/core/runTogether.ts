/**
 * Words run together. A copy that lost the space between two words ("onTuesday",
 * "thousandsof", "Nepal'shome": a scraped page, text pasted from a PDF) is read as the two
 * words the canonical has, so that a lost space is not a changed fact. A token of the
 * article the canonical lacks is read as two where the canonical has both parts side by side
 * ("ISIS" is never "IS IS"), and the seam shows it: a small letter before a capital, a letter beside a digit, or (in
 * English) a joined form that is no word of its own: none WordNet knows, no function word
 * ("nowhere" is never "now" + "here", "some" never "so" + "me"). The two
 * tokens are the token's own characters: nothing of the text is rewritten.
 */
import { quotedMask } from './quotes';
import { knows } from './synonyms';
import { tokenize, type Token, type TokenizerContext } from './text';
import type { Span } from './types';

/** The words of a text: 1 for each key id it has (ids are dense, per context), and every folded form. */
export interface Vocabulary {
  ids: Uint8Array;
  norms: ReadonlySet<string>;
  /** The pairs of neighbouring words of a sentence, by key id (`pairKey`): made when first needed. */
  pairs?: ReadonlySet<number>;
  tokens: readonly Token[][];
}

const pairKey = (a: number, b: number): number => a * 2 ** 21 + b;

/** Whether the text has the two words side by side ("air base" for "airbase", "is is" never for "ISIS"). */
function sideBySide(vocab: Vocabulary, a: Token, b: Token): boolean {
  if (!vocab.pairs) {
    const pairs = new Set<number>();
    for (const ts of vocab.tokens) for (let i = 1; i < ts.length; i++) pairs.add(pairKey(ts[i - 1]!.id, ts[i]!.id));
    vocab.pairs = pairs;
  }
  return vocab.pairs.has(pairKey(a.id, b.id));
}

const vocabularies = new WeakMap<readonly Token[][], Vocabulary>();

/** The vocabulary of a tokenized text, worked out once per token arrays (a canonical compared with many copies). */
export function vocabularyOf(tokens: readonly Token[][]): Vocabulary {
  let v = vocabularies.get(tokens);
  if (v) return v;
  let ids = new Uint8Array(1024);
  const norms = new Set<string>();
  for (const ts of tokens) {
    for (const t of ts) {
      const id = t.id;
      if (id >= ids.length) {
        const grown = new Uint8Array(Math.max(id + 1, ids.length * 2));
        grown.set(ids);
        ids = grown;
      }
      // Every form, not one per id: "Nepal" and "Nepal's" share a key.
      ids[id] = 1;
      norms.add(t.norm);
    }
  }
  vocabularies.set(tokens, (v = { ids, norms, tokens }));
  return v;
}

/** The shortest part a run-together word is read into: "of", "on", "as". */
const MIN_PART = 2;

/**
 * The tokens of one sentence with each run-together word read as its two words, or null
 * when none is. `english`: a seam without a case or digit change counts where the joined
 * form is no word of its own.
 */
export function splitRunTogether(text: string, tokens: readonly Token[], vocab: Vocabulary, ctx: TokenizerContext, english: boolean): Token[] | null {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words are the canonical's, or too short to hold two: nothing to read.
    const parts = vocab.ids[t.id] !== 1 && t.end - t.start >= 2 * MIN_PART && t.num === null ? partsOf(text, t, vocab, ctx, english) : null;
    if (parts) {
      out ??= tokens.slice(0, i);
      out.push(...parts);
    } else if (out) out.push(t);
  }
  return out;
}

function partsOf(text: string, t: Token, vocab: Vocabulary, ctx: TokenizerContext, english: boolean): Token[] | null {
  const norm = t.norm;
  // The folded form and the text must line up character for character to cut both at one place.
  if (norm.length !== t.end - t.start) return null;
  const words = (k: number): boolean => vocab.norms.has(norm.slice(0, k)) && vocab.norms.has(norm.slice(k));
  // At a seam the text shows ("onTuesday", "12people").
  for (let k = MIN_PART; k <= norm.length - MIN_PART; k++) {
    if (!seamAt(text, t.start + k) || !words(k)) continue;
    const parts = cut(text, t, k, ctx, vocab);
    if (parts) return parts;
  }
  // Elsewhere only in a form that is no word of its own: none WordNet knows, no function word
  // ("some" is not "so" + "me"). WordNet is asked only once a cut is in view: most words have none.
  if (!english || ctx.lexicon.functionWords.has(norm)) return null;
  let known: boolean | undefined;
  for (let k = MIN_PART; k <= norm.length - MIN_PART; k++) {
    if (!words(k)) continue;
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
  const digit = (c: number): boolean => c >= 48 && c <= 57;
  const lower = (c: number): boolean => c >= 97 && c <= 122;
  const upper = (c: number): boolean => c >= 65 && c <= 90;
  return (lower(a) && upper(b)) || ((lower(a) || upper(a)) && digit(b)) || (digit(a) && (lower(b) || upper(b)));
}

/** The token cut at `k`, when the canonical has its two words side by side. */
function cut(text: string, t: Token, k: number, ctx: TokenizerContext, vocab: Vocabulary): Token[] | null {
  const left = tokenize(text, t.start, t.start + k, ctx);
  const right = tokenize(text, t.start + k, t.end, ctx);
  if (left.length !== 1 || right.length !== 1 || !sideBySide(vocab, left[0]!, right[0]!)) return null;
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
