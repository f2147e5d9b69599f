/**
 * Words alike by their vectors, counted as one term of alignment (`align.ts`), as synonyms are
 * (`synonymRemap`): a paraphrase keeps the facts and puts other words for the rest ("relief
 * is arriving" / "aid is reaching"; "the corn is unusable" / "the maize is unusable"), words
 * WordNet's common senses do not give as synonyms. Each content word of the article that the
 * canonical text lacks is mapped to the canonical-only word whose vector is nearest, when the
 * two are each other's nearest and their cosine is at least `WORD_COSINE`. Never a name, a
 * figure or an ignored word (a negation), and never two words WordNet knows as opposites or
 * as two kinds of one thing ("north" / "south", "morning" / "afternoon", "million" /
 * "billion"): vectors put those close, and two sentences that differ in them are more often
 * two statements. This only decides which sentences are linked: the word-level comparison
 * still sees the two words as different.
 *
 * Measured on the tune set (bench/embed/README.md): alignment 90.0% → 90.3%, false links
 * unchanged; a lower cosine (0.5) made more false links.
 */
import type { Token } from './text';
import type { AlignDoc } from './alignTerms';
import type { WordVectors } from './wordVectors';
import { antonymsOf } from './contrast';
import { relation } from './synonyms';
import { IdBytes } from './idBytes';

/** Lowest cosine at which two words count as one term (vectors with their two common components removed). */
export const WORD_COSINE = 0.6;

interface Word {
  key: string;
  id: number;
  row: number;
}

/**
 * The content words of `doc` that `other` lacks and the table has, once each. Keys are told
 * apart by their ids (the two texts share one language context), an index per word rather than
 * a string's hash: this runs over every word of both texts.
 */
function onlyIn(doc: AlignDoc, other: AlignDoc, vectors: WordVectors, ignore: (t: Token) => boolean): Word[] {
  // By key id: 1 for a key of `other`, 2 for one already taken.
  const keys = new IdBytes();
  for (const ts of other.tokens) for (const t of ts) if (t.content) keys.set(t.id, 1);
  const out: Word[] = [];
  for (const ts of doc.tokens)
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!t.content || t.num !== null || (i > 0 && t.cap) || keys.get(t.id) !== 0 || ignore(t)) continue;
      const row = vectors.rowOf(t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);
      if (row >= 0) (keys.set(t.id, 2), out.push({ key: t.key, id: t.id, row }));
    }
  return out;
}

/** The index of the word of `among` nearest to `w`, at `WORD_COSINE` or more; -1 for none. */
function nearest(w: Word, among: readonly Word[], vectors: WordVectors): number {
  let best = -1;
  let bestCos = WORD_COSINE;
  among.forEach((v, i) => {
    const cos = vectors.cosine(w.row, v.row);
    if (cos >= bestCos) ((bestCos = cos), (best = i));
  });
  return best;
}

/** Whether WordNet sets two words apart: opposites, or two kinds of one thing. */
function setApart(a: string, b: string): boolean {
  return antonymsOf(a).includes(b) || antonymsOf(b).includes(a) || relation(a, b) === 'sibling';
}

/** Article key id → canonical key id: the words alike across the two texts (see above). */
export function vectorRemap(canon: AlignDoc, art: AlignDoc, vectors: WordVectors, ignore: (t: Token) => boolean = () => false): Map<number, number> {
  const cOnly = onlyIn(canon, art, vectors, ignore);
  const aOnly = onlyIn(art, canon, vectors, ignore);
  const remap = new Map<number, number>();
  aOnly.forEach((w, i) => {
    const j = nearest(w, cOnly, vectors);
    if (j < 0 || nearest(cOnly[j]!, aOnly, vectors) !== i || setApart(w.key, cOnly[j]!.key)) return;
    remap.set(w.id, cOnly[j]!.id);
  });
  return remap;
}

/** The synonyms' remap with the words alike by vectors added, for the words it leaves alone. */
export function withVectorRemap(canon: AlignDoc, art: AlignDoc, synonyms: Map<number, number> | undefined, vectors: WordVectors | undefined, ignore?: (t: Token) => boolean): Map<number, number> | undefined {
  if (!vectors) return synonyms;
  const out = new Map(synonyms ?? []);
  for (const [from, to] of vectorRemap(canon, art, vectors, ignore)) if (!out.has(from)) out.set(from, to);
  return out;
}

/**
 * How many of the table's words, the most frequent first, are common words: a name among them
 * ("President", "United States", "China", "News Agency", "International") is one that reports
 * of many events share (`namesInCommon`, alignShared.ts). On the tune set every name two
 * versions of one story shared alone was past the 500th word ("Iran", "Pakistan"); the names
 * two reports of different events shared were "President", "United States", "China", "News".
 */
export const COMMON_WORDS = 300;

/** Whether a word (a possessive as its word) is one of the `COMMON_WORDS` most frequent words of the table; none without a table. */
export function commonWords(vectors: WordVectors | undefined): (t: Token) => boolean {
  if (!vectors) return () => false;
  return (t) => {
    const row = vectors.rowOf(POSSESSIVE.test(t.norm) ? t.norm.slice(0, -2) : t.norm);
    return row >= 0 && row < COMMON_WORDS;
  };
}
const POSSESSIVE = /['’]s$/;
