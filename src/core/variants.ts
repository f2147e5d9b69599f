/**
 * Words the word diff calls equal that are not written alike. The diff compares
 * comparison keys (stemmed, case-, diacritic- and spelling-folded), so "roads" and
 * "road", "José" and "Jose", "$5" and "€5" are one word to it. Two things follow:
 *
 * - What is shown: each side of an `equal` piece must show its own file's words. The
 *   equal runs are cut where the two sides are written differently, and a piece whose
 *   article words differ carries them as `articleText` (see `DiffPart`).
 * - What it means: a name written differently is a `name` finding; inside a quotation,
 *   any change of form is a `quote` finding (a direct quotation is verbatim); a figure
 *   whose currency or per cent sign changed is a `number` finding. Elsewhere an
 *   inflection or a spelling variant says nothing a reader needs told.
 */
import type { DiffPart, DiscrepancyKind, Severity } from './types';
import type { Finding, GroupSide } from './detect';
import type { Lexicon } from './lexicon';
import type { Token } from './text';
import { foldDiacritics, foldSpelling } from './fold';
import { currencyWordAfter, isPercent, titleCaseSentences } from './detect/tokens';

/** A canonical and an article token the diff paired as equal although they are written differently. */
export type VariantPair = readonly [c: number, a: number];

/**
 * Cuts the diff's equal pieces where the two sides are written differently (a word, or
 * what stands between two words), so that every equal piece is either written alike on
 * both sides or one word pair, and gives such a word pair its article text. Returns the
 * new diff and the word pairs written differently (token indices of the two sides).
 */
export function splitEqualParts(diff: readonly DiffPart[], C: GroupSide, A: GroupSide): { diff: DiffPart[]; pairs: VariantPair[] } {
  const out: DiffPart[] = [];
  const pairs: VariantPair[] = [];
  const ct = C.tokens;
  const at = A.tokens;
  let ci = 0;
  let ai = 0;
  for (const p of diff) {
    if (p.op !== 'equal' || !p.canonical || !p.article) {
      out.push(p);
      continue;
    }
    while (ci < ct.length && ct[ci]!.start < p.canonical.start) ci++;
    while (ai < at.length && at[ai]!.start < p.article.start) ai++;
    let n = 0;
    while (ci + n < ct.length && ai + n < at.length && ct[ci + n]!.end <= p.canonical.end && at[ai + n]!.end <= p.article.end) n++;
    const cSlice = C.text.slice(p.canonical.start, p.canonical.end);
    const aSlice = A.text.slice(p.article.start, p.article.end);
    if (cSlice === aSlice || n === 0) {
      // Written alike (the common case), or not made of the side's tokens: kept whole.
      out.push(cSlice === aSlice ? p : { ...p, articleText: aSlice });
      ci += n;
      ai += n;
      continue;
    }
    const same = (k: number): boolean => surface(C, ci + k) === surface(A, ai + k);
    let k0 = 0;
    const flush = (k1: number): void => {
      if (k1 <= k0) return;
      const c = { start: ct[ci + k0]!.start, end: ct[ci + k1 - 1]!.end };
      const a = { start: at[ai + k0]!.start, end: at[ai + k1 - 1]!.end };
      const text = C.text.slice(c.start, c.end);
      const articleText = A.text.slice(a.start, a.end);
      out.push(text === articleText ? { op: 'equal', text, canonical: c, article: a } : { op: 'equal', text, articleText, canonical: c, article: a });
    };
    for (let k = 0; k < n; k++) {
      const gapDiffers =
        k > 0 && C.text.slice(ct[ci + k - 1]!.end, ct[ci + k]!.start) !== A.text.slice(at[ai + k - 1]!.end, at[ai + k]!.start);
      if (k > k0 && (gapDiffers || !same(k) || !same(k - 1))) {
        flush(k);
        k0 = k;
      }
      if (!same(k)) pairs.push([ci + k, ai + k]);
    }
    flush(n);
    ci += n;
    ai += n;
  }
  return { diff: out, pairs };
}

function surface(side: GroupSide, i: number): string {
  const t = side.tokens[i]!;
  return side.text.slice(t.start, t.end);
}

/** What the findings of the variant pass need beyond the two sides. */
export interface VariantInput {
  canonical: GroupSide;
  article: GroupSide;
  lexicon: Lexicon;
  /** Findings already made for the group: tokens they claim are not reported again. */
  findings: readonly Finding[];
}

/**
 * Findings for word pairs the diff took as equal but that are written differently: a
 * name, a word inside a quotation, a figure's unit. Pairs are grouped: the words of one
 * quotation, or of one name, make one finding.
 */
export function variantFindings(pairs: readonly VariantPair[], input: VariantInput): Finding[] {
  const C = input.canonical;
  const A = input.article;
  const cClaimed = new Set<number>();
  const aClaimed = new Set<number>();
  for (const f of input.findings) {
    for (const i of f.cTok) cClaimed.add(i);
    for (const j of f.aTok) aClaimed.add(j);
  }
  // Inside a quotation of the whole text (quotes.ts), when the sides carry it.
  const cQuoted = C.quoted ?? new Uint8Array(C.tokens.length);
  const aQuoted = A.quoted ?? new Uint8Array(A.tokens.length);
  // Title-case headings, read only when a capitalised word asks.
  let cTitle: Set<number> | undefined;
  let aTitle: Set<number> | undefined;
  type Item = { c: number; a: number; kind: DiscrepancyKind; severity: Severity; why: string };
  const items: Item[] = [];
  for (const [c, a] of pairs) {
    if (cClaimed.has(c) || aClaimed.has(a)) continue;
    const tc = C.tokens[c]!;
    const ta = A.tokens[a]!;
    if (tc.num !== null && ta.num !== null) {
      if (numberSign(tc.norm, C, c) !== numberSign(ta.norm, A, a)) items.push({ c, a, kind: 'number', severity: 'high', why: 'sign' });
      continue;
    }
    // Words written otherwise say something only inside a quotation or in a name (both
    // capitalised): elsewhere (most pairs: an inflection) how they differ is not read.
    const quoted = cQuoted[c] && aQuoted[a];
    if (!quoted && !(tc.cap && ta.cap)) continue;
    const diff = formDifference(tc, ta, input.lexicon);
    if (diff === null) continue;
    if (quoted) {
      items.push({ c, a, kind: 'quote', severity: diff === 'inflection' ? 'medium' : 'low', why: diff });
      continue;
    }
    if (tc.cap && ta.cap && isName(C, c, (cTitle ??= titleCaseSentences(C))) && isName(A, a, (aTitle ??= titleCaseSentences(A)))) {
      items.push({ c, a, kind: 'name', severity: diff === 'diacritics' ? 'low' : 'medium', why: diff });
    }
  }
  // One finding per run: the words of one quotation, or neighbouring words of one name.
  const out: Finding[] = [];
  let run: Item[] = [];
  const flush = (): void => {
    if (!run.length) return;
    out.push(finding(run));
    run = [];
  };
  for (const it of items) {
    const last = run[run.length - 1];
    const together =
      last !== undefined &&
      last.kind === it.kind &&
      (it.kind === 'quote' ? allQuoted(cQuoted, last.c, it.c) : it.c === last.c + 1 && it.a === last.a + 1);
    if (!together) flush();
    run.push(it);
  }
  flush();
  return out;

  function finding(items: Item[]): Finding {
    const kind = items[0]!.kind;
    const severity: Severity = items.some((i) => i.severity === 'high') ? 'high' : items.some((i) => i.severity === 'medium') ? 'medium' : 'low';
    const words = items
      .slice(0, 3)
      .map((i) => `‘${surface(C, i.c)}’ → ‘${surface(A, i.a)}’`)
      .join(', ') + (items.length > 3 ? ', …' : '');
    const reason =
      kind === 'number'
        ? `The figure’s unit changes (${words}): the same digits now count something else.`
        : kind === 'quote'
          ? severity === 'low'
            ? `Inside the quotation the spelling changes (${words}); a direct quotation is verbatim.`
            : `Inside the quotation a word changes form (${words}): a direct quotation must be verbatim.`
          : severity === 'low'
            ? `The name is written without its accents (${words}).`
            : `The name is spelled differently (${words}): check that it is the same person or place.`;
    return { kind, severity, cTok: items.map((i) => i.c), aTok: items.map((i) => i.a), reason };
  }
}

/** How two words of one comparison key differ: only in case or apostrophes (null), in accents, in spelling convention, or in form. */
function formDifference(tc: Token, ta: Token, lex: Lexicon): 'diacritics' | 'spelling' | 'inflection' | null {
  const bare = (t: Token): string => t.norm.replace(/\./g, '').replace(/'s$/, '').replace(/'/g, '');
  const bc = bare(tc);
  const ba = bare(ta);
  if (bc === ba) return null;
  // A possessive whose apostrophe a scraped copy lost (“NOAA's” / “NOAAs”): the same word.
  const noApostrophe = (t: Token): string => t.norm.replace(/\./g, '').replace(/'/g, '');
  if (/'s$/.test(tc.norm) !== /'s$/.test(ta.norm) && noApostrophe(tc) === noApostrophe(ta)) return null;
  // A short form read as its full word (Gov. / Governor, Dec. / December).
  const full = (w: string): string => lex.expansions?.get(w) ?? w;
  if (full(bc) === full(ba)) return null;
  if (foldDiacritics(bc) === foldDiacritics(ba)) return 'diacritics';
  if (foldSpelling(foldDiacritics(bc)) === foldSpelling(foldDiacritics(ba))) return 'spelling';
  return 'inflection';
}

/** A figure's currency and per cent sign: written on it ("$5", "5%"; `s` is its norm, a full-width sign read as its ASCII form) or as the word after it ("5 dollars", "5 percent", "5 per cent"). */
function numberSign(s: string, side: GroupSide, i: number): string {
  return (/^[$€£¥₹]/.exec(s)?.[0] || currencyWordAfter(side, i)) + (isPercent(side, i) ? '%' : '');
}

/** A capitalised word that is not capitalised only because it opens a sentence or stands in a title-case heading. */
function isName(side: GroupSide, i: number, titleCase: ReadonlySet<number>): boolean {
  const t = side.tokens[i]!;
  if (!t.cap || t.num !== null) return false;
  const s = sentenceIndex(side, i);
  if (titleCase.has(s)) return false;
  const sentence = side.sentences[s]!;
  if (i === sentence.from) return false;
  const prev = side.tokens[i - 1]!;
  // After a full stop, a colon or an opening quotation mark at a sentence start.
  return !/[.!?:;]\s*["“‘«„(]?\s*$|^\s*["“‘«„(]\s*$/.test(side.text.slice(prev.end, t.start));
}

function sentenceIndex(side: GroupSide, i: number): number {
  for (let s = 0; s < side.sentences.length; s++) if (i < side.sentences[s]!.to) return s;
  return side.sentences.length - 1;
}

function allQuoted(mask: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!mask[i]) return false;
  return true;
}
