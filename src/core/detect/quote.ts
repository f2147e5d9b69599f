/** Quotations: direct speech changed, dropped, added, or turned into paraphrase. */
import { isEnglish, isNegation, type Lexicon } from '../lexicon';
import type { Token } from '../text';
import { quoted } from '../excerpt';
import { quotations, quotedMask } from '../quotes';
import type { DetectContext, Detector } from './context';
import type { GroupSide } from './group';
import type { Span } from '../types';
import { contractionParts, range, sentenceOf, signWord, tokensText } from './tokens';
import { keyDice } from './similarity';
import { initialsPairs } from './initials';
import { noteMark } from './marker';
import { unitKey } from '../data/units';
import { ATTRIBUTIONS, reportingVerbs } from './sources';
import { wordsUpTo } from '../strings';
import { wholeWordIn } from './name';

export interface Quote {
  start: number;
  end: number;
  toks: number[];
}

/**
 * The quotations of a side, as runs of quoted tokens: the whole text's quotation state when
 * the side carries it (a sentence inside a quotation opened sentences or paragraphs before
 * is quote text, marks or not), else the quotations of the side's own sentences. A quotation
 * has at least `minWords` words (a one-word scare quote, “reckless”, counts only when asked).
 */
export function findQuotes(side: GroupSide, minWords = 2): Quote[] {
  const toks = side.tokens;
  let mask = side.quoted;
  if (!mask) {
    const first = side.sentences[0];
    const last = side.sentences[side.sentences.length - 1];
    const own = first && last ? quotations(side.text.slice(first.start, last.end)).map((q) => ({ start: q.start + first.start, end: q.end + first.start })) : [];
    mask = quotedMask(toks, own);
  }
  const out: Quote[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!mask[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && mask[j + 1] && !closedBetween(side.text, toks[j]!.end, toks[j + 1]!.start)) j++;
    if (j - i + 1 >= minWords) out.push({ start: toks[i]!.start, end: toks[j]!.end, toks: range(i, j + 1) });
    i = j + 1;
  }
  return out;
}

/** A closing and an opening mark between two quoted words: two quotations, not one. */
function closedBetween(text: string, from: number, to: number): boolean {
  return /["”»’」].*\s.*["“«‘「„]/s.test(text.slice(from, to));
}

/** Whether two quotations stand between the same words: the same word just before each (not none) and just after each (or none). */
function sameSlot(ct: readonly Token[], qc: Quote, at: readonly Token[], qa: Quote): boolean {
  const before = (ts: readonly Token[], q: Quote): Token | undefined => ts[q.toks[0]! - 1];
  const after = (ts: readonly Token[], q: Quote): Token | undefined => ts[q.toks[q.toks.length - 1]! + 1];
  const cb = before(ct, qc);
  const ab = before(at, qa);
  if (!cb || !ab || cb.key !== ab.key) return false;
  return after(ct, qc)?.key === after(at, qa)?.key;
}

/**
 * Whether an article's sentence opens with a quotation's words, word for word, in a row (“So it
 * is very exciting,” → So it is very exciting, said Roe): only the marks went, and it still
 * reads as the speaker's words, a speech tag after them. Not when a reporting verb comes first
 * (“He said the talks have failed”: indirect speech), nor with a change of person or wording.
 */
function verbatimIn(keys: readonly string[], A: GroupSide): boolean {
  const at = A.tokens;
  outer: for (const s of A.sentences) {
    if (s.from + keys.length > s.to) continue;
    for (let k = 0; k < keys.length; k++) if (at[s.from + k]!.key !== keys[k]) continue outer;
    return true;
  }
  return false;
}

/** Quotation text compared without case, punctuation or spacing. */
const quoteKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const quoteKeys = new WeakMap<readonly Span[], Set<string>>();
/** Whether the whole text of a side has these words as a quotation of its own (anywhere, not only in the group). */
function quotedIn(side: GroupSide, words: string): boolean {
  const qs = side.quotes;
  if (!qs?.length) return false;
  let keys = quoteKeys.get(qs);
  if (!keys) quoteKeys.set(qs, (keys = new Set(qs.map((q) => quoteKey(side.text.slice(q.start, q.end))))));
  return keys.has(quoteKey(words));
}

/**
 * Whether the other side's sentences set these very words between quotation marks, whatever its
 * reading of the marks made of them: in a copy run together ("the mayor called"the best plan in
 * years" and"), a mark between two letters reads as closing or opening either way, and the
 * quotation can be read off by one. The marks are there: nothing dropped or added.
 */
function markedIn(side: GroupSide, words: string): boolean {
  const first = side.sentences[0];
  const last = side.sentences[side.sentences.length - 1];
  if (!first || !last || !words) return false;
  const text = side.text.slice(first.start, last.end);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = /["“”«»„「‘’]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    const after = /^[,.;:!?]?\s*["“”«»」’]/.test(text.slice(at + words.length, at + words.length + 4));
    if (before && after) return true;
  }
  return false;
}

/**
 * Whether a quotation is a title set in quotation marks ("Let Girls Learn", "The Employment
 * Situation: August 2005"): at most eight words, every one capitalised but the small words and
 * figures, two capitalised at least, in a sentence not set in capitals (a word of it outside the
 * quotation in lower case). The name of a programme, a report or a work, not words someone said.
 */
function titleQuote(side: GroupSide, q: Quote, functionWords: ReadonlySet<string>): boolean {
  const toks = side.tokens;
  if (q.toks.length > 8) return false;
  let caps = 0;
  for (const i of q.toks) {
    const t = toks[i]!;
    if (t.cap) caps++;
    else if (t.num === null && !functionWords.has(t.norm)) return false;
  }
  const first = q.toks[0]!;
  const s = side.sentences[sentenceOf(side, first)];
  if (!s || first < s.from || first >= s.to) return false;
  const inQuote = new Set(q.toks);
  return caps >= 2 && range(s.from, s.to).some((i) => !inQuote.has(i) && !toks[i]!.cap && toks[i]!.num === null && /\p{Ll}/u.test(side.text[toks[i]!.start]!));
}

/** A quotation whose words changed, one dropped or added, and direct speech turned into paraphrase or back. */
export const quoteDetector: Detector = {
  name: 'quote',
  summary: 'skip',
  run(ctx) {
    // One-word quotations too: paired with another they may have changed ("reckless" → "bold");
    // alone, dropped or added, only those of three words or more are reported.
    const cq = findQuotes(ctx.C, 1);
    const aq = findQuotes(ctx.A, 1);
    const used = new Set<number>();
    for (const qc of cq) {
      const best = pairedQuote(ctx, qc, aq, used);
      if (best >= 0) {
        used.add(best);
        changedQuote(ctx, qc, aq[best]!);
      } else droppedQuote(ctx, qc);
    }
    aq.forEach((qa, k) => {
      if (!used.has(k)) addedQuote(ctx, qa);
    });
  },
};

/**
 * The article's quotation (not yet `used`) that stands for the canonical's `qc`: the one most alike
 * in words (Dice over 0.3), else one in the same slot; -1 when none.
 */
function pairedQuote(ctx: DetectContext, qc: Quote, aq: readonly Quote[], used: ReadonlySet<number>): number {
  const { ct, at } = ctx;
  let best = -1;
  let bestScore = 0.3;
  aq.forEach((qa, k) => {
    if (used.has(k)) return;
    const s = keyDice(qc.toks.map((i) => ct[i]!), qa.toks.map((i) => at[i]!));
    if (s > bestScore) (bestScore = s), (best = k);
  });
  // Few words in common, but in the same slot: the words just before and after it are the
  // same on both sides (“called the plan “a disgrace” and” → “called the plan “a scandal” and”).
  if (best < 0) best = aq.findIndex((qa, k) => !used.has(k) && sameSlot(ct, qc, at, qa));
  return best;
}

/** A quotation and the article's version of it: the same words, a part of it word for word, or changed. */
function changedQuote(ctx: DetectContext, qc: Quote, qa: Quote): void {
  const { C, A, ct, at, lex, claim } = ctx;
  // A note mark inside a quotation ("champions 4") is none of the speaker's words.
  const ck = qc.toks.filter((i) => !noteMark(C, i)).map((i) => ct[i]!.key).join(' ');
  const ak = qa.toks.filter((i) => !noteMark(A, i)).map((i) => at[i]!.key).join(' ');
  if (ck === ak || sameButSigns(ctx, qc.toks, qa.toks)) return;
  // "do not" → "don't": the same words, contracted or spelled out. Not verbatim, but no word changed.
  const contracted = contractionsBetween(ctx, qc.toks, qa.toks);
  if (contracted) {
    const pair = `‘${C.text.slice(ct[contracted.c[0]!]!.start, ct[contracted.c.at(-1)!]!.end)}’ → ‘${A.text.slice(at[contracted.a[0]!]!.start, at[contracted.a.at(-1)!]!.end)}’`;
    claim({
      kind: 'quote',
      severity: 'low',
      cTok: qc.toks,
      aTok: qa.toks,
      reason: `Inside the quotation a contraction changes (${pair}); a direct quotation is verbatim.`,
    });
    return;
  }
  // A part of the quotation, word for word ("This is a wake-up call" → "a wake-up call"):
  // verbatim as far as it goes. Only a cut that drops content or a negation is a finding.
  if (` ${ck} `.includes(` ${ak} `)) {
    partialQuote(ctx, qc.toks, qa.toks);
    return;
  }
  const cText = C.text.slice(qc.start, qc.end);
  const aText = A.text.slice(qa.start, qa.end);
  const aKeys = new Set(qa.toks.map((i) => at[i]!.key));
  const cKeys = new Set(qc.toks.map((i) => ct[i]!.key));
  // Content words, negations and English modals (function words, never a trivial change in a quote: "may have" / "have").
  // A per cent word for a sign ("40 percent" / "40%" / "40 per cent") is the copy's house style, not a word changed.
  const lost = qc.toks.filter((i) => (ct[i]!.content || weighs(ct[i]!.norm, lex)) && !aKeys.has(ct[i]!.key) && !signWord(C, i, A) && !noteMark(C, i));
  const added = qa.toks.filter((i) => (at[i]!.content || weighs(at[i]!.norm, lex)) && !cKeys.has(at[i]!.key) && !signWord(A, i, C) && !noteMark(A, i));
  const substantive = lost.length + added.length > 0;
  const detail = [
    lost.length ? `drops ${lost.map((i) => `‘${tokensText(C, [i])}’`).slice(0, 4).join(', ')}` : '',
    added.length ? `adds ${added.map((i) => `‘${tokensText(A, [i])}’`).slice(0, 4).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  claim({
    kind: 'quote',
    severity: substantive ? 'high' : 'medium',
    cTok: qc.toks,
    aTok: qa.toks,
    reason: substantive
      ? `Quoted words differ from the canonical quote (${detail}): a direct quotation must be verbatim.`
      : `The quotation's wording shifts (${quoted(cText.replace(/[,;:]+$/, ''), 40)} → ${quoted(aText.replace(/[,;:]+$/, ''), 40)}); check it is still verbatim.`,
  });
}

/** English modal verbs: whether a thing may, can, must or will happen. */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would']);
/** Whether a word weighs in a quotation though it is no content word: a negation, or an English modal. */
const weighs = (norm: string, lex: Lexicon): boolean => isNegation(norm, lex) || (isEnglish(lex) && MODALS.has(norm));

/**
 * Where two quotations differ only by contractions ("do not" / "don't", either way), the
 * first such place (its tokens on each side); null when they differ otherwise or not at all.
 */
function contractionsBetween(ctx: DetectContext, cToks: readonly number[], aToks: readonly number[]): { c: number[]; a: number[] } | null {
  const { ct, at } = ctx;
  let first: { c: number[]; a: number[] } | null = null;
  let i = 0;
  let j = 0;
  while (i < cToks.length && j < aToks.length) {
    const tc = ct[cToks[i]!]!;
    const ta = at[aToks[j]!]!;
    if (tc.key === ta.key) {
      i++, j++;
      continue;
    }
    // One word on one side for two on the other.
    const cParts = contractionParts(tc.norm);
    const aParts = contractionParts(ta.norm);
    const aNext = at[aToks[j + 1]!];
    const cNext = ct[cToks[i + 1]!];
    if (cParts && aNext && ta.norm === cParts.first && cParts.words.includes(aNext.norm)) {
      first ??= { c: [cToks[i]!], a: [aToks[j]!, aToks[j + 1]!] };
      i++, (j += 2);
    } else if (aParts && cNext && tc.norm === aParts.first && aParts.words.includes(cNext.norm)) {
      first ??= { c: [cToks[i]!, cToks[i + 1]!], a: [aToks[j]!] };
      (i += 2), j++;
    } else return null;
  }
  return i === cToks.length && j === aToks.length ? first : null;
}

/**
 * Whether two quotations differ only in house style: how a per cent sign is written ("40 percent" /
 * "40%" / "40 per cent"), how a unit is written after a figure ("10 meters" / "10m"), or a name
 * written out on one side and as its initials on the other
 * ("the United States intends" / "the U.S. intends"), which is how the copy desk writes the name,
 * not a word of the speaker's changed.
 */
function sameButSigns(ctx: DetectContext, cToks: readonly number[], aToks: readonly number[]): boolean {
  const { C, A } = ctx;
  const cOut = new Set<number>();
  const aOut = new Set<number>();
  for (const p of initialsPairs(C, cToks, A, aToks)) p.name.forEach((i) => cOut.add(i)), aOut.add(p.initials);
  for (const p of initialsPairs(A, aToks, C, cToks)) p.name.forEach((j) => aOut.add(j)), cOut.add(p.initials);
  const ck = unitKeys(C, cToks.filter((i) => !cOut.has(i) && !signWord(C, i, A)));
  const ak = unitKeys(A, aToks.filter((j) => !aOut.has(j) && !signWord(A, j, C)));
  return ck.join(' ') === ak.join(' ');
}

/**
 * The keys of these tokens (in order), a unit after a figure as its unit ("10 meters" and "10m",
 * "3,700 kilometres" and "3,700 km": one key, data/units.ts), so that a unit written otherwise
 * is house style, as it is outside a quotation.
 */
function unitKeys(side: GroupSide, toks: readonly number[]): string[] {
  const t = side.tokens;
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const i = toks[k]!;
    const prev = toks[k - 1];
    // A form of up to three words ("kilometers per hour"), longest first, right after the figure.
    let n = 0;
    if (prev !== undefined && prev === i - 1 && t[prev]!.num !== null) {
      for (n = Math.min(3, toks.length - k); n > 0; n--) {
        const run = toks.slice(k, k + n);
        if (run.some((j, m) => j !== i + m)) continue;
        const unit = unitKey(run.map((j) => side.text.slice(t[j]!.start, t[j]!.end)).join(' '));
        if (unit) {
          out.push(unit);
          break;
        }
      }
    }
    if (n > 0) k += n - 1;
    else out.push(t[i]!.key);
  }
  return out;
}

/** Whether the article's tokens `aToks` run word for word in the canonical side. */
function wordForWord(ctx: DetectContext, aToks: readonly number[]): boolean {
  const { ct, at } = ctx;
  return ` ${ct.map((t) => t.key).join(' ')} `.includes(` ${aToks.map((j) => at[j]!.key).join(' ')} `);
}

/** The first person of English: the author speaking. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/g;
/** Per text (its quotations, made once a text), whether it speaks in its author's own voice. */
const ownVoices = new WeakMap<readonly Span[], boolean>();

/**
 * Whether a text speaks in its author's own voice, as a statement, a release or remarks do ("I
 * welcome", "we condemn", "our teams"): three first-person words or more outside its
 * quotations, one in 60 words or more. A news story's narration rarely says "we" (a
 * programme's host or a reporter's aside: one in a hundred words or fewer).
 */
function ownVoice(side: GroupSide): boolean {
  const qs = side.quotes;
  const known = qs && ownVoices.get(qs);
  if (known !== undefined) return known;
  let q = 0;
  let n = 0;
  for (const m of side.text.matchAll(FIRST_PERSON)) {
    while (qs && q < qs.length && qs[q]!.end <= m.index) q++;
    if (!qs || q >= qs.length || qs[q]!.start > m.index) n++;
  }
  // (The words counted only as far as the share needs: a long text's whole list of words is not made.)
  const own = n >= 3 && wordsUpTo(side.text, n * 60) <= n * 60;
  if (qs) ownVoices.set(qs, own);
  return own;
}

/**
 * The canonical's words an article quotation reproduces, as a quotation of the canonical: the run
 * of the group's canonical tokens the quotation fits best (each word matched scores two, each
 * word skipped on either side inside the run costs one: "the threats we face, but the products we
 * buy" fits "the products Americans buy" from its second "the"), from its first matched token to
 * its last; null when fewer than half the quotation's words match.
 */
function ownWords(ctx: DetectContext, aToks: readonly number[]): Quote | null {
  const { ct, at } = ctx;
  const n = ct.length;
  const m = aToks.length;
  const w = m + 1;
  // score[i * w + k]: the best fit of the quotation's words from k on, from canonical token i on.
  const score = new Int32Array((n + 1) * w);
  for (let k = 0; k < m; k++) score[n * w + k] = k - m;
  for (let i = n - 1; i >= 0; i--) {
    for (let k = m - 1; k >= 0; k--) {
      const skip = Math.max(score[i * w + k + 1]!, score[(i + 1) * w + k]!) - 1;
      score[i * w + k] = ct[i]!.key === at[aToks[k]!]!.key ? Math.max(skip, score[(i + 1) * w + k + 1]! + 2) : skip;
    }
  }
  let i = 0;
  for (let s = 1; s < n; s++) if (score[s * w]! > score[i * w]!) i = s;
  const kept: number[] = [];
  for (let k = 0; i < n && k < m; ) {
    const here = score[i * w + k]!;
    if (ct[i]!.key === at[aToks[k]!]!.key && here === score[(i + 1) * w + k + 1]! + 2) kept.push(i++), k++;
    else if (here === score[i * w + k + 1]! - 1) k++;
    else i++;
  }
  if (kept.length * 2 < m) return null;
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  return { start: ct[first]!.start, end: ct[last]!.end, toks: range(first, last + 1) };
}

/**
 * The speech tag of an article quotation of a statement's own words ("…,” he said in a statement
 * hours after the vote", "Roe added"): the words of its sentences outside any quotation, when a
 * reporting verb is among them. Claimed: when the copy says it was said is no fact of the
 * statement's. So is who said it when the tag names the speaker by a pronoun or by a name the
 * statement itself writes (its heading, its signature); another name is left to the attribution
 * detector: the copy may put the words in someone else's mouth.
 */
function speechTagOf(ctx: DetectContext, qa: Quote): void {
  const { A, at, lex, aClaim } = ctx;
  const first = A.sentences[sentenceOf(A, qa.toks[0]!)];
  const last = A.sentences[sentenceOf(A, qa.toks[qa.toks.length - 1]!)];
  if (!first || !last) return;
  const verbs = reportingVerbs(lex);
  const inQuote = new Set(qa.toks);
  const tag = range(first.from, last.to).filter((j) => !inQuote.has(j) && !A.quoted?.[j]);
  if (!tag.some((j) => verbs.has(at[j]!.norm) || lex.continuationVerbs.has(at[j]!.norm))) return;
  const found = ctx.read(ATTRIBUTIONS, false);
  const left = new Set<number>();
  for (const v of tag) {
    if (!verbs.has(at[v]!.norm) && !lex.continuationVerbs.has(at[v]!.norm)) continue;
    // Its source as the attribution detector reads it, else the names just before or after the verb ("Ana Roe added").
    const source = found.find((a) => a.verb === v)?.source ?? namesBeside(A, v);
    if (source.length && !statementsSpeaker(ctx, source)) for (const j of [...source, v]) left.add(j);
  }
  for (const j of tag) if (!left.has(j)) aClaim[j] = 1;
}

/** The capitalised words right before a verb, else right after it ("Minister Ana Roe added", "said Ana Roe"), within its sentence. */
function namesBeside(side: GroupSide, v: number): number[] {
  const toks = side.tokens;
  const s = side.sentences[sentenceOf(side, v)]!;
  const out: number[] = [];
  for (let j = v - 1; j >= s.from && toks[j]!.cap; j--) out.unshift(j);
  if (out.length) return out;
  for (let j = v + 1; j < s.to && toks[j]!.cap; j++) out.push(j);
  return out;
}

/** Whether a source of the copy's speech tag is a pronoun, or ends in a name the canonical's text writes as a word of its own. */
function statementsSpeaker(ctx: DetectContext, source: readonly number[]): boolean {
  const { A, C, at, lex } = ctx;
  if (source.some((j) => lex.pronouns.has(at[j]!.norm))) return true;
  const head = [...source].reverse().find((j) => at[j]!.cap && at[j]!.content);
  if (head === undefined) return false;
  return wholeWordIn(C.text, tokensText(A, [head]));
}

/** A canonical quotation of three words or more the article does not quote (not a title): dropped, or made paraphrase. */
function droppedQuote(ctx: DetectContext, qc: Quote): void {
  const { C, A, ct, aBag, claim } = ctx;
  const cText = C.text.slice(qc.start, qc.end);
  if (qc.toks.length < 3 || quotedIn(A, cText) || markedIn(A, cText) || verbatimIn(qc.toks.map((i) => ct[i]!.key), A)) return;
  // A title's words, its date too, are its name's: not the sentence's facts.
  if (titleQuote(C, qc, ctx.lex.functionWords)) {
    for (const i of qc.toks) ctx.cClaim[i] = 1;
    return;
  }
  const present = qc.toks.filter((i) => ct[i]!.content && aBag.has(ct[i]!.key)).length;
  const content = qc.toks.filter((i) => ct[i]!.content).length || 1;
  claim({
    kind: 'quote',
    severity: present / content >= 0.6 ? 'medium' : 'high',
    cTok: qc.toks,
    aTok: [],
    reason:
      present / content >= 0.6
        ? `The quotation ${quoted(cText, 50)} is no longer in quotation marks: direct speech became paraphrase.`
        : `Drops the quotation ${quoted(cText, 50)}.`,
  });
}

/** An article quotation of three words or more the canonical does not quote (not a title): added, or paraphrase made a quote. */
function addedQuote(ctx: DetectContext, qa: Quote): void {
  const { C, A, at, cBag, claim } = ctx;
  // The same words in quotation marks anywhere in the canonical: its quotation, carried into another sentence.
  if (qa.toks.length < 3 || quotedIn(C, A.text.slice(qa.start, qa.end)) || markedIn(C, A.text.slice(qa.start, qa.end))) return;
  if (titleQuote(A, qa, ctx.lex.functionWords)) {
    for (const j of qa.toks) ctx.aClaim[j] = 1;
    return;
  }
  const present = qa.toks.filter((i) => at[i]!.content && cBag.has(at[i]!.key)).length;
  const content = qa.toks.filter((i) => at[i]!.content).length || 1;
  // A statement in its author's own voice: a copy that quotes its words quotes the author. Its
  // speech tag says who and when, which the statement itself cannot; its words, word for word,
  // are no finding, and words that differ are a quotation changed, as between two quotations.
  if (present / content >= 0.6 && isEnglish(ctx.lex) && ownVoice(C)) {
    speechTagOf(ctx, qa);
    if (present === content && wordForWord(ctx, qa.toks)) return;
    const own = ownWords(ctx, qa.toks);
    if (own) return changedQuote(ctx, own, qa);
  }
  const aText = A.text.slice(qa.start, qa.end);
  claim({
    kind: 'quote',
    severity: 'high',
    cTok: [],
    aTok: qa.toks,
    reason:
      present / content >= 0.6
        ? `Puts ${quoted(aText, 50)} in quotation marks; the canonical gives these words as paraphrase, not as a quote.`
        : `Adds the quotation ${quoted(aText, 50)}, which the canonical sentence does not have.`,
  });
}

/**
 * The article quotes a part of the canonical's quotation, word for word. Nothing when the cut
 * drops only function words; the words it drops when they carry content, high when one is a
 * negation (the part kept may say the opposite).
 */
function partialQuote(ctx: DetectContext, cToks: number[], aToks: number[]): void {
  const { C, ct, at, lex, claim } = ctx;
  const kept = new Set(aToks.map((j) => at[j]!.key));
  const cut = cToks.filter((i) => !kept.has(ct[i]!.key) && !noteMark(C, i));
  const negated = cut.some((i) => isNegation(ct[i]!.norm, lex));
  const content = cut.filter((i) => ct[i]!.content);
  if (!negated && content.length === 0) return;
  claim({
    kind: 'quote',
    severity: negated ? 'high' : 'medium',
    cTok: cToks,
    aTok: aToks,
    reason: `Quotes only part of the canonical quotation (drops ${cut
      .filter((i) => ct[i]!.content || isNegation(ct[i]!.norm, lex))
      .slice(0, 4)
      .map((i) => `‘${tokensText(C, [i])}’`)
      .join(', ')}): the words kept are verbatim; check the cut keeps the meaning.`,
  });
}
