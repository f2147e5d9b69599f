/**
 * Synthetic long canonical/article pairs for the benchmark, built from the vocabulary
 * and sentence shapes of the seed fixtures. Deterministic: the same seed gives the same
 * texts on every run and machine.
 *
 * The canonical text is made of sentences cut from the seed sentences (whichever files
 * are in the fixtures folder; nothing here knows about any particular one): a template
 * sentence, sometimes spliced with a clause of another, with about half of its longer
 * words swapped for words of the same shape (lower case, capitalised, number). The
 * vocabulary grows with the text the way it does in real copy (Heaps' law, Zipf
 * frequencies): the seeds' words take the top ranks, and words coined from pieces of
 * seed words fill the long tail, so a 10,000-sentence text does not repeat the same
 * 500 words in every sentence (which no real text does).
 *
 * The article is the canonical text put through the edits that a rewrite, a re-file or
 * a translation makes, at rates chosen to look like the seed articles: paragraphs moved,
 * sentences deleted and inserted, words paraphrased or mistranslated, spelling variants,
 * numbers changed, hedges dropped, sentences split and merged, quote styles changed,
 * paragraphs re-flowed, a dateline and some page chrome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

/** Rates of the article edits, per sentence unless said otherwise. */
export interface EditRates {
  /** Per paragraph: moved to another place in the story. */
  movePara: number;
  deleteSentence: number;
  insertSentence: number;
  /** A sentence gets 1–3 paraphrase substitutions (synonyms, or a look-alike word). */
  paraphrase: number;
  /** British/American spelling variant of one word. */
  spelling: number;
  /** Of sentences with a figure: one figure changed. */
  numberChange: number;
  /** Of sentences with a hedge: the hedge dropped. */
  hedgeDrop: number;
  split: number;
  merge: number;
  /** Curly quotes become straight ones. */
  quoteStyle: number;
}

export const DEFAULT_RATES: EditRates = {
  movePara: 0.04,
  deleteSentence: 0.06,
  insertSentence: 0.05,
  paraphrase: 0.25,
  spelling: 0.04,
  numberChange: 0.25,
  hedgeDrop: 0.3,
  split: 0.02,
  merge: 0.02,
  quoteStyle: 0.3,
};

export interface SynthPair {
  canonical: string;
  article: string;
  stats: {
    canonicalSentences: number;
    articleSentences: number;
    canonicalChars: number;
    articleChars: number;
    /** Distinct lower-cased words of the canonical text. */
    canonicalTypes: number;
    canonicalTokens: number;
    edits: Record<string, number>;
  };
}

// ---------------------------------------------------------------------------------------
// Seed material

interface Word {
  /** A word (letters, digits, inner apostrophes) or the text between two words. */
  text: string;
  isWord: boolean;
}

interface Material {
  templates: Word[][];
  lower: string[];
  caps: string[];
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

function toWords(s: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of s.matchAll(WORD_RE)) {
    if (m.index! > last) out.push({ text: s.slice(last, m.index), isWord: false });
    out.push({ text: m[0], isWord: true });
    last = m.index! + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last), isWord: false });
  return out;
}

/** A crude sentence split of the seed lines, good enough for templates. */
function seedSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!/[.!?]["”’]?$/.test(t) || t.length < 40) continue; // headings, chrome
    for (const s of t.split(/(?<=[a-z0-9)][.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)) {
      // Drop a scraper's leading label and a dateline, keep the sentence.
      const body = s.replace(/^(?:\p{Ll}+\s+\d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}{2,}[/\p{Lu}\s]*:\s+)/u, '');
      if (body.split(/\s+/).length >= 6) out.push(body);
    }
  }
  return out;
}

let cachedMaterial: Material | null = null;

export function loadMaterial(fixturesDir: string): Material {
  if (cachedMaterial) return cachedMaterial;
  const files = readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const templates: Word[][] = [];
  const seenTemplates = new Set<string>();
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  for (const f of files) {
    for (const s of seedSentences(readFileSync(join(fixturesDir, f), 'utf8'))) {
      if (seenTemplates.has(s)) continue;
      seenTemplates.add(s);
      const words = toWords(s);
      templates.push(words);
      words.forEach((w, i) => {
        if (!w.isWord || /\d/.test(w.text)) return;
        if (/^\p{Lu}/u.test(w.text)) {
          if (i > 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(w.text)) capCount.set(w.text, (capCount.get(w.text) ?? 0) + 1);
        } else if (/^\p{Ll}{4,}$/u.test(w.text)) lowerCount.set(w.text, (lowerCount.get(w.text) ?? 0) + 1);
      });
    }
  }
  const byFreq = (m: Map<string, number>): string[] =>
    [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  cachedMaterial = { templates, lower: byFreq(lowerCount), caps: byFreq(capCount) };
  return cachedMaterial;
}

// ---------------------------------------------------------------------------------------
// Vocabulary with a Zipf tail of coined words

const VOWEL = /[aeiouy]/;

/** Cuts a word at a vowel/consonant boundary near its middle: [head, tail]. */
function halves(w: string): [string, string] {
  const mid = Math.floor(w.length / 2);
  for (let d = 0; d < w.length; d++) {
    for (const i of [mid + d, mid - d]) {
      if (i > 1 && i < w.length - 1 && VOWEL.test(w[i - 1]!) && !VOWEL.test(w[i]!)) return [w.slice(0, i), w.slice(i)];
    }
  }
  return [w.slice(0, mid), w.slice(mid)];
}

class Vocab {
  private readonly words: string[];
  private readonly cdf: Float64Array;
  constructor(seedWords: string[], size: number, r: Rand, capitalised: boolean) {
    const words = [...seedWords];
    const seen = new Set(words.map((w) => w.toLowerCase()));
    const base = seedWords.map((w) => w.toLowerCase());
    let guard = 0;
    while (words.length < size && guard++ < size * 20) {
      const [h] = halves(pick(r, base));
      const [, t] = halves(pick(r, base));
      let w = h + t;
      if (w.length < 4 || seen.has(w)) continue;
      seen.add(w);
      if (capitalised) w = w[0]!.toUpperCase() + w.slice(1);
      words.push(w);
    }
    // Seed words first: they take the top ranks, the coined words the tail. Zipf-Mandelbrot
    // (s = 1, q = 10), so the head is not one word in every sentence.
    this.words = words;
    this.cdf = new Float64Array(words.length);
    let acc = 0;
    for (let i = 0; i < words.length; i++) this.cdf[i] = acc += 1 / (i + 10);
    for (let i = 0; i < words.length; i++) this.cdf[i]! /= acc;
  }
  draw(r: Rand): string {
    const x = r();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

// ---------------------------------------------------------------------------------------
// Canonical text

interface Sent {
  words: Word[];
}

interface Para {
  sentences: Sent[];
  heading?: boolean;
}

function newNumber(r: Rand, old: string): string {
  const digits = old.replace(/\D/g, '');
  if (/^(19|20)\d\d$/.test(digits)) return String(1990 + Math.floor(r() * 35));
  const n = Math.max(1, digits.length);
  const v = Math.floor(Math.pow(10, n - 1) + r() * 9 * Math.pow(10, n - 1));
  return n >= 4 && old.includes(',') ? v.toLocaleString('en-US') : String(v);
}

function makeSentence(r: Rand, templates: readonly Word[][], lower: Vocab, caps: Vocab): Sent {
  let words = pick(r, templates);
  if (chance(r, 0.5)) {
    // Splice: the head of one template up to a comma, the tail of another after a comma.
    const other = pick(r, templates);
    const cutA = words.findIndex((w, i) => i > 4 && !w.isWord && w.text.startsWith(','));
    const cutB = other.findIndex((w, i) => i > 2 && !w.isWord && w.text.startsWith(','));
    if (cutA > 0 && cutB > 0 && cutB < other.length - 3) words = [...words.slice(0, cutA), ...other.slice(cutB)];
  }
  const out = words.map((w, i): Word => {
    if (!w.isWord) return w;
    if (/^\d/.test(w.text)) return chance(r, 0.7) ? { text: newNumber(r, w.text), isWord: true } : w;
    if (i > 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) && chance(r, 0.6)) return { text: caps.draw(r), isWord: true };
    if (/^\p{Ll}{4,}$/u.test(w.text) && chance(r, 0.55)) return { text: lower.draw(r), isWord: true };
    return w;
  });
  return { words: out };
}

const render = (s: Sent): string => s.words.map((w) => w.text).join('');

function heading(r: Rand, lower: Vocab, caps: Vocab): Sent {
  const n = 3 + Math.floor(r() * 4);
  const ws: string[] = [caps.draw(r)];
  for (let i = 1; i < n; i++) ws.push(chance(r, 0.3) ? caps.draw(r) : lower.draw(r));
  return { words: toWords(ws.join(' ')) };
}

// ---------------------------------------------------------------------------------------
// Article edits

/** Generic news-English paraphrases (both directions are used). */
const SYNONYMS: Array<[string, string]> = [
  ['said', 'told'], ['seized', 'captured'], ['fighters', 'militants'], ['help', 'assist'],
  ['killed', 'left dead'], ['attack', 'assault'], ['attacks', 'strikes'], ['government', 'administration'],
  ['forces', 'troops'], ['crossed', 'entered'], ['pledged', 'promised'], ['support', 'backing'],
  ['began', 'started'], ['conflict', 'war'], ['displaced', 'uprooted'], ['including', 'among them'],
  ['capable', 'able'], ['major', 'key'], ['region', 'area'], ['week', 'weekend'], ['rebels', 'insurgents'],
  ['residents', 'locals'], ['intensified', 'stepped up'], ['maintained', 'kept'], ['long', 'for years'],
  ['primarily', 'mainly'], ['fresh', 'new'], ['aid', 'help'], ['retains', 'keeps'], ['backing', 'supporting'],
];
const SYN = new Map<string, string>();
for (const [a, b] of SYNONYMS) {
  if (!SYN.has(a)) SYN.set(a, b);
  if (!b.includes(' ') && !SYN.has(b)) SYN.set(b, a);
}

const HEDGES = /\b(?:at least|about|nearly|more than|up to|some|around|reportedly|allegedly|approximately) /i;

const SPELLING: Array<[RegExp, string]> = [
  [/([a-z]{3,})is(ed|ing|e|es|ation)\b/, '$1iz$2'],
  [/([a-z]{2,}[^aeiou])our\b/, '$1or'],
  [/([a-z]{3,})iz(ed|ing|e|es|ation)\b/, '$1is$2'],
];

function sentenceWithText(text: string): Sent {
  return { words: toWords(text) };
}

function splitSentence(s: Sent): [Sent, Sent] | null {
  const text = render(s);
  const comma = text.indexOf(', ', Math.floor(text.length * 0.3));
  if (comma < 0 || comma > text.length * 0.8) return null;
  let tail = text.slice(comma + 2);
  tail = tail[0]!.toUpperCase() + tail.slice(1);
  return [sentenceWithText(text.slice(0, comma) + '.'), sentenceWithText(tail)];
}

function mergeSentences(a: Sent, b: Sent): Sent {
  const ta = render(a).replace(/[.!?]["”’]?$/, (m) => m.slice(1));
  const tb = render(b);
  const lowered = /^\p{Lu}\p{Ll}/u.test(tb) && !/^(?:I|I'm)\b/.test(tb) ? tb[0]!.toLowerCase() + tb.slice(1) : tb;
  return sentenceWithText(`${ta.replace(/[.!?]$/, '')}, and ${lowered}`);
}

function paraphrase(r: Rand, s: Sent, lower: Vocab): Sent {
  const idx = s.words.map((w, i) => (w.isWord && /^\p{Ll}{4,}$/u.test(w.text) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return s;
  const words = [...s.words];
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const i = pick(r, idx);
    const w = words[i]!.text;
    const syn = SYN.get(w);
    // A synonym when there is one; otherwise a look-alike or unrelated word (a translation slip).
    words[i] = { text: syn ?? (chance(r, 0.5) ? lower.draw(r) : w.slice(0, Math.max(3, w.length - 3)) + 'ants'), isWord: true };
  }
  return { words };
}

function changeNumber(r: Rand, s: Sent): Sent | null {
  const idx = s.words.map((w, i) => (w.isWord && /^\d/.test(w.text) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return null;
  const words = [...s.words];
  const i = pick(r, idx);
  words[i] = { text: newNumber(r, words[i]!.text), isWord: true };
  return { words };
}

/** The shape of the generated sentences. */
export interface SynthShape {
  /**
   * Build sentences only from seed sentences of at least this many words. 20 gives news-length
   * sentences (about 30 words on average, as in wire copy); 0, the default, takes every seed
   * sentence (about 25 words on average, with many short ones).
   */
  minTemplateWords?: number;
}

export function synthPair(
  sentences: number,
  seed: number,
  fixturesDir: string,
  rates: EditRates = DEFAULT_RATES,
  shape: SynthShape = {},
): SynthPair {
  const r = rng(seed);
  const m = loadMaterial(fixturesDir);
  const minWords = shape.minTemplateWords ?? 0;
  const templates = minWords > 0 ? m.templates.filter((t) => t.filter((w) => w.isWord).length >= minWords) : m.templates;
  if (templates.length === 0) throw new Error(`no seed sentence has ${minWords} words or more`);
  // Heaps' law-ish growth of the vocabulary with the length of the text.
  const lower = new Vocab(m.lower, m.lower.length + Math.round(4 * Math.pow(sentences, 0.85)), r, false);
  const caps = new Vocab(m.caps, m.caps.length + Math.round(1.5 * Math.pow(sentences, 0.85)), r, true);
  const words: Words = { templates, lower, caps };

  const paras = canonicalParas(r, sentences, words);
  const count = paras.reduce((n, p) => n + p.sentences.length, 0);
  const dateline = `${caps.draw(r).toUpperCase()}/${caps.draw(r).toUpperCase()}: `;
  const renderDoc = (ps: Para[], sep: string, lead: string): string =>
    lead + ps.map((p) => p.sentences.map(render).join(' ')).join(sep);
  const canonical = renderDoc(paras, '\n\n', dateline);

  const edits: Record<string, number> = {};
  const bump = (k: string): void => {
    edits[k] = (edits[k] ?? 0) + 1;
  };
  const art = articleParas(r, paras, rates, words, bump);
  // Re-flowed: single line breaks between paragraphs, page chrome around it.
  const chrome = ['5 min read', `${Math.floor(r() * 40)} Comments`, 'SEE ALSO:', `Topics : ${caps.draw(r)}, ${caps.draw(r)}`];
  const article = `${pick(r, chrome.slice(0, 1))}\n${renderDoc(art, '\n', chance(r, 0.5) ? dateline : '')}\n${chrome.slice(1).join('\n')}\n`;
  const artSentences = art.reduce((n, p) => n + p.sentences.length, 0);

  const toks = canonical.toLowerCase().match(WORD_RE) ?? [];
  return {
    canonical,
    article,
    stats: {
      canonicalSentences: count,
      articleSentences: artSentences,
      canonicalChars: canonical.length,
      articleChars: article.length,
      canonicalTypes: new Set(toks).size,
      canonicalTokens: toks.length,
      edits,
    },
  };
}

/** What sentences are made of: the seed sentences as templates, and the vocabularies that fill them. */
type Words = { templates: readonly Word[][]; lower: Vocab; caps: Vocab };

/** The canonical text: `sentences` sentences in paragraphs of 1-3, a heading now and then. */
function canonicalParas(r: Rand, sentences: number, { templates, lower, caps }: Words): Para[] {
  const paras: Para[] = [];
  let count = 0;
  while (count < sentences) {
    if (paras.length > 3 && chance(r, 0.04) && count < sentences - 1) {
      paras.push({ sentences: [heading(r, lower, caps)], heading: true });
      count++;
      continue;
    }
    const k = Math.min(sentences - count, 1 + Math.floor(r() * 3));
    const ss: Sent[] = [];
    for (let i = 0; i < k; i++) ss.push(makeSentence(r, templates, lower, caps));
    paras.push({ sentences: ss });
    count += k;
  }
  return paras;
}

/** The article's paragraphs: the canonical's, moved, their sentences deleted, edited, merged, split or followed by a new one. */
function articleParas(r: Rand, paras: readonly Para[], rates: EditRates, words: Words, bump: (k: string) => void): Para[] {
  let art: Para[] = paras.map((p) => ({ heading: p.heading, sentences: [...p.sentences] }));
  // Paragraph moves.
  for (let i = 0; i < art.length; i++) {
    if (!chance(r, rates.movePara)) continue;
    const [p] = art.splice(i, 1);
    const to = Math.floor(r() * art.length);
    art.splice(to, 0, p!);
    bump('paragraphMoved');
  }
  art = art.map((p) => {
    if (p.heading) return p;
    const out: Sent[] = [];
    for (let i = 0; i < p.sentences.length; i++) {
      if (chance(r, rates.deleteSentence)) {
        bump('deleted');
        continue;
      }
      const s = editSentence(r, p.sentences[i]!, rates, words.lower, bump);
      const next = p.sentences[i + 1];
      if (next && chance(r, rates.merge)) {
        out.push(mergeSentences(s, next));
        i++;
        bump('merged');
      } else if (chance(r, rates.split)) {
        const two = splitSentence(s);
        if (two) {
          out.push(...two);
          bump('split');
        } else out.push(s);
      } else out.push(s);
      if (chance(r, rates.insertSentence)) {
        out.push(makeSentence(r, words.templates, words.lower, words.caps));
        bump('inserted');
      }
    }
    return { sentences: out };
  });
  return art.filter((p) => p.sentences.length > 0);
}

/** One kept sentence's edits, each at its rate and in this order: paraphrase, spelling, a figure, a hedge dropped, quote style. */
function editSentence(r: Rand, s: Sent, rates: EditRates, lower: Vocab, bump: (k: string) => void): Sent {
  if (chance(r, rates.paraphrase)) {
    s = paraphrase(r, s, lower);
    bump('paraphrased');
  }
  if (chance(r, rates.spelling)) {
    const t = render(s);
    for (const [re, to] of SPELLING) {
      if (re.test(t)) {
        s = sentenceWithText(t.replace(re, to));
        bump('spelling');
        break;
      }
    }
  }
  if (chance(r, rates.numberChange)) {
    const c = changeNumber(r, s);
    if (c) {
      s = c;
      bump('numberChanged');
    }
  }
  if (chance(r, rates.hedgeDrop)) {
    const t = render(s);
    if (HEDGES.test(t)) {
      s = sentenceWithText(t.replace(HEDGES, '').replace(/^(["“‘]?)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase()));
      bump('hedgeDropped');
    }
  }
  if (chance(r, rates.quoteStyle) && /[“”‘’]/.test(render(s))) {
    s = sentenceWithText(render(s).replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));
    bump('quoteStyle');
  }
  return s;
}
