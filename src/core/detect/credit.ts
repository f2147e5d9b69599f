/**
 * Agency credits inside sentences and headlines, compared within an aligned group: "(Reuters)"
 * gone, "via AFP" added, "…: Yonhap" dropped from a headline, "(JPL)" put after one. Part of the
 * attribution detector (a credit is the story's first source); credits that stand as units of
 * their own (datelines, credit lines) are compared by `compareCredits` in ../credits.ts; a
 * dateline the segmenter does not take for one (in title case: "Nairobi —", a republisher's
 * name: "Somalilandsun —") is compared here, as the lead-in before a dash that opens a paragraph.
 */
import { HEADLINE_LABELS, inlineCredits, sameAgency, type InlineCredit } from '../credits';
import { quoted } from '../excerpt';
import type { Lexicon } from '../lexicon';
import type { DetectContext } from './context';
import type { Finding, GroupSide } from './group';
import { range } from './tokens';
import { once } from '../once';

/** One to three lower-case words after a colon that end a line: "… in Manila: police", "…: state media". */
const HEADLINE_TAIL = /:[ \t]*(\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Ll}[\p{L}'’-]*){0,2})[ \t]*$/u;

/**
 * A headline's source in lower case after a colon at its end ("Storm kills 12 in Manila:
 * police", "…: sources", "…: state media"), the way headlines credit a body that is no
 * agency: the sentence ends its line with no full stop, has three words or more before the
 * colon, and the words after it are no label ("…: live updates") and end in a content word.
 */
function headlineTail(side: GroupSide, s: GroupSide['sentences'][number]): InlineCredit | null {
  const line = side.text.slice(s.start, s.end);
  if (!/^[ \t]*(?:\r?\n|$)/.test(side.text.slice(s.end))) return null;
  const m = HEADLINE_TAIL.exec(line);
  if (!m || line.slice(0, m.index).trim().split(/\s+/).length < 3) return null;
  const words = m[1]!.split(/[ \t]+/);
  if (words.some((w) => HEADLINE_LABELS.has(w))) return null;
  const at = s.start + m.index + m[0].indexOf(m[1]!);
  const last = range(s.from, s.to).find((i) => side.tokens[i]!.end === at + m[1]!.length);
  return last !== undefined && side.tokens[last]!.content ? { agency: m[1]!, start: at, end: at + m[1]!.length } : null;
}

/** A headline's source label before a colon at its start: one to four capitalised words, then a capital or a figure. */
const HEADLINE_LEAD = once(() => /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*:[ \t]+(?=[\p{Lu}\p{N}])/u);

/** A headline's label of acronyms before a colon at its start, one or a list ("NOAA: …", "NOAA, NASA: …", "WHO and UNICEF: …"), then a capital or a figure. */
const HEADLINE_ACRONYMS = once(() => /^[ \t]*(\p{Lu}{2,6}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)\p{Lu}{2,6}){0,3})[ \t]*:[ \t]+(?=[\p{Lu}\p{N}])/u);
/** Acronyms that name a country, not a body that speaks: such a label is the headline's topic ("US: …"), as a place's name is. */
const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'CAR']);

/**
 * A headline's source before a colon at its start ("Aid Group: Death Toll Rises to 26",
 * "Police: …", "NOAA, NASA: …"): the line ends with no full stop, three words or more follow the
 * colon, and the label's last word is one of the lexicon's `headlineSources`, or the label is
 * acronyms, none a country's (a place, "Pakistan: …", "US: …", is the headline's topic, not its source).
 */
function headlineLead(side: GroupSide, s: GroupSide['sentences'][number], lex: Lexicon): InlineCredit | null {
  const heads = lex.headlineSources;
  if (!heads) return null;
  const line = side.text.slice(s.start, s.end);
  if (/[.!?]["”’»)]*\s*$/u.test(line) || !/^[ \t]*(?:\r?\n|$)/.test(side.text.slice(s.end))) return null;
  const acronyms = HEADLINE_ACRONYMS().exec(line);
  const m = acronyms && !acronyms[1]!.split(/[^\p{Lu}]+/u).some((w) => PLACE_ACRONYMS.has(w)) ? acronyms : HEADLINE_LEAD().exec(line);
  if (!m || line.slice(m[0].length).trim().split(/\s+/).length < 3) return null;
  const words = m[1]!.toLowerCase().split(/[ \t]+/);
  if ((m !== acronyms && !heads.has(words[words.length - 1]!)) || words.some((w) => HEADLINE_LABELS.has(w))) return null;
  const at = s.start + m[0].indexOf(m[1]!);
  return { agency: m[1]!, start: at, end: at + m[1]!.length };
}

/** The credits inside a side's sentences, each with its tokens. */
function sideCredits(side: GroupSide, lex: Lexicon): Array<InlineCredit & { toks: number[] }> {
  return side.sentences.flatMap((s) => {
    const lead = headlineLead(side, s, lex);
    const found = lead ? [lead, ...inlineCredits(side.text, s.start, s.end)] : inlineCredits(side.text, s.start, s.end);
    const tail = found.length ? null : headlineTail(side, s);
    return (tail ? [...found, tail] : found).map((c) => ({ ...c, toks: range(s.from, s.to).filter((i) => side.tokens[i]!.start >= c.start && side.tokens[i]!.end <= c.end) }));
  });
}

/**
 * Credits inside the group's sentences ("(Reuters)", "…: Yonhap", "via AFP", "… FIREWORKS (JPL)")
 * dropped, added or put for another: who the story or claim comes from. Medium; low when the
 * other text still credits that agency somewhere. A credit both keep is claimed (no name finding).
 * Returns what is left to do once the attribution detector has compared the sources: whether a
 * dropped "told Reuters" is a finding of its own.
 */
export function compareInlineCredits(ctx: DetectContext): () => void {
  const { C, A, cClaim, aClaim, claim } = ctx;
  const after: Array<() => void> = [];
  const finish = (): void => after.forEach((f) => f());
  const cc = sideCredits(C, ctx.lex);
  const ac = sideCredits(A, ctx.lex);
  if (!cc.length && !ac.length) return finish;
  const kept = (x: InlineCredit, list: readonly InlineCredit[]): boolean => list.some((y) => sameAgency(x.agency, y.agency));
  for (const c of cc) if (kept(c, ac)) for (const i of c.toks) cClaim[i] = 1;
  for (const a of ac) if (kept(a, cc)) for (const j of a.toks) aClaim[j] = 1;
  const lost = cc.filter((c) => !kept(c, ac) && c.toks.length);
  const gained = ac.filter((a) => !kept(a, cc) && a.toks.length);
  for (let k = 0; k < Math.min(lost.length, gained.length); k++) {
    const c = lost[k]!;
    const a = gained[k]!;
    claim({ kind: 'attribution', severity: 'medium', cTok: c.toks, aTok: a.toks, reason: `Credits ${quoted(a.agency)} where the canonical credits ${quoted(c.agency)}: the story is attributed to another source.` });
  }
  for (const c of lost.slice(gained.length)) {
    const still = A.text.includes(c.agency);
    if (still && outletTag(C, c)) continue;
    // "… told Reuters": the agency is whom the source spoke to, not the story's credit line.
    const told = /(?<![\p{L}\p{N}])told\s+$/u.test(C.text.slice(Math.max(0, c.start - 8), c.start));
    const finding: Finding = {
      kind: 'attribution',
      severity: still ? 'low' : 'medium',
      cTok: c.toks,
      aTok: [],
      reason: told
        ? `Drops that the source spoke to ${quoted(c.agency)}${still ? '; the copy still names it elsewhere' : ': the copy no longer says who gathered the statement'}.`
        : `Drops the credit to ${quoted(c.agency)}${still ? '; the copy still names it elsewhere' : ': the copy no longer says where the story comes from'}.`,
    };
    // "the mayor told The Associated Press" dropped whole is one change: when the attribution
    // detector reports the source and its verb dropped, the agency goes with it (decided after it ran).
    const verb = c.toks[0]! - 1;
    if (told && verb >= 0 && !cClaim[verb]) {
      for (const i of c.toks) cClaim[i] = 1;
      after.push(() => {
        if (!ctx.findings.some((f) => f.kind === 'attribution' && f.aTok.length === 0 && f.cTok.includes(verb))) claim(finding);
      });
    } else claim(finding);
  }
  // An agency the canonical's own sentences name ("NOAA's 2006 outlook" / "NOAA: August 2006 Update"): the same source, set as a label.
  const inGroup = (side: GroupSide, name: string): boolean => side.sentences.some((s) => side.text.slice(s.start, s.end).includes(name));
  for (const a of gained.slice(lost.length)) {
    if (inGroup(C, a.agency)) continue;
    const known = C.text.includes(a.agency);
    if (known && outletTag(A, a)) continue;
    claim({
      kind: 'attribution',
      severity: known ? 'low' : 'medium',
      cTok: [],
      aTok: a.toks,
      reason: `Adds a credit to ${quoted(a.agency)}${known ? ', which the canonical names elsewhere' : ', which the canonical does not give'}.`,
    });
  }
  return finish;
}

/**
 * Whether a credit is an outlet's tag in brackets closing a headline's line ("Oil Prices Fall
 * (VOA)"): it says who published the story, not who said its claim. Dropped or added while the
 * other text names that outlet elsewhere (its sign-off, its credit line), the story is published
 * by the same outlet on both sides: nothing changed (`compareInlineCredits`).
 */
function outletTag(side: GroupSide, c: InlineCredit): boolean {
  return /\(\s*$/.test(side.text.slice(Math.max(0, c.start - 3), c.start)) && /^\s*\)[ \t]*(?:\r?\n|$)/.test(side.text.slice(c.end, c.end + 8));
}

/**
 * A lead-in before a dash that opens a paragraph, where a dateline stands: "Nairobi —", "Dar es
 * Salaam —", "Somalilandsun —", "—"; or a dateline in capitals glued to the story by a hyphen,
 * as some wire copy writes it ("WASHINGTON-Plantation Pipe Line Company …"). (Set apart, "NEW YORK -"
 * is a dateline unit of its own, and a label in capitals, "EDUCATION REPORT - …", none.) Made on first
 * use, and tried only on a text with what every lead-in has (`LEAD_IN_DASH`): a dash, or a hyphen
 * right after a capital, a stop or an apostrophe.
 */
const LEAD_IN_DASH = /[—–]|[\p{Lu}.'’]-/u;
const LEAD_IN = once(
  () =>
    /^(?:(\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s,/]+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,3})?\s*[—–]|(\p{Lu}[\p{Lu}.'’]+(?:[\s,/]+\p{Lu}[\p{Lu}.'’]+){0,3})-)\s*(?=\p{Lu})/u,
);

/** The lead-in of a side's first sentence, when it opens a paragraph: its words, its tokens, and the story's first words after it. */
function leadIn(side: GroupSide): { words: string; toks: number[]; next: string } | null {
  const s = side.sentences[0]!;
  if (!/(?:^|\n)[ \t]*$/.test(side.text.slice(Math.max(0, s.start - 40), s.start))) return null;
  const head = side.text.slice(s.start, Math.min(s.end, s.start + 80));
  const m = LEAD_IN_DASH.test(head) ? LEAD_IN().exec(head) : null;
  if (!m) return null;
  const end = s.start + m[0].length;
  const toks = range(s.from, s.to).filter((i) => side.tokens[i]!.end <= end);
  return { words: (m[1] ?? m[2] ?? '').trim(), toks, next: firstWords(side.text, end, s.end) };
}

/** The first three words (lower case) of text[from, end), within 40 characters: how a story goes on. */
function firstWords(text: string, from: number, end: number): string {
  return text.slice(from, Math.min(end, from + 40)).split(/\s+/).slice(0, 3).join(' ').toLowerCase();
}

/**
 * The lead-in of a story's paragraph (the place of a dateline) dropped, added or replaced while
 * the story goes on with the same words ("— Kenyan politicians" → "Somalilandsun — Kenyan
 * politicians"): who filed the story, and from where. Medium, an attribution finding.
 */
export function compareLeadIns(ctx: DetectContext): void {
  const c = leadIn(ctx.C);
  const a = leadIn(ctx.A);
  if (!c && !a) return;
  // The story must go on the same way after it: the same first words.
  const next = (side: GroupSide, l: { next: string } | null): string =>
    l?.next ?? firstWords(side.text, side.sentences[0]!.start, side.text.length);
  if (next(ctx.C, c) !== next(ctx.A, a)) return;
  const cWords = c?.words ?? '';
  const aWords = a?.words ?? '';
  if (cWords === aWords) return;
  const cTok = c && cWords ? c.toks : [];
  const aTok = a && aWords ? a.toks : [];
  ctx.claim({
    kind: 'attribution',
    severity: 'medium',
    cTok,
    aTok,
    reason: !cWords
      ? `Opens the story with ${quoted(aWords)} where a dateline stands, which the canonical does not have: check who filed it, and from where.`
      : !aWords
        ? `Drops ${quoted(cWords)} from where the dateline stands: the copy no longer says where the story was filed, or by whom.`
        : `The dateline reads ${quoted(aWords)} where the canonical has ${quoted(cWords)}: check who filed the story, and from where.`,
  });
}
