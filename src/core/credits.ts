/**
 * Datelines and agency credits compared: a dateline dropped or placed elsewhere
 * ("AMMAN/BEIRUT:" → "JAKARTA -"), and an agency credit removed, changed or added ("…: Yonhap"
 * dropped from a headline, "(Reuters)" gone, "via Reuters" added). The segmenter makes each
 * dateline and credit a unit of its own, with the agency it names (segment/credits.ts);
 * here the two texts' units are set side by side. Each difference is an `attribution`
 * finding of medium severity: who filed the story, and from where, is its first source.
 */
import type { Discrepancy, Sentence, Severity, Span } from './types';
import { quoted } from './excerpt';
import { AGENCY } from './segment/agencies';
import { credit } from './segment/credits';
import { once } from './once';

/** A finding of this pass, before `compare` gives it a kind (attribution), an id and a score. */
export type CreditFinding = Omit<Discrepancy, 'id' | 'kind' | 'alignment' | 'score'>;

/** A finding about a canonical unit and/or an article unit, quoting and marking each whole. */
function finding(severity: Severity, c: Sentence | null, a: Sentence | null, reason: string, articleAnchor: number): CreditFinding {
  return {
    severity,
    canonical: c ? [c.id] : [],
    article: a ? [a.id] : [],
    from: c?.text ?? null,
    to: a?.text ?? null,
    reason,
    canonicalSpans: c ? [{ start: c.start, end: c.end }] : [],
    articleSpans: a ? [{ start: a.start, end: a.end }] : [],
    articleAnchor,
  };
}

/** How alike (the aligner's similarity) two sentences are when a copy carries one nearly word for word. */
export const NEAR_VERBATIM = 0.75;

/**
 * Whether an article is a copy of the canonical's story, not a report written anew: it carries
 * at least two of the canonical's sentences nearly word for word (one, when the canonical has
 * only one). A copy cut, edited or put in another house style keeps most of its sentences'
 * words; a later report or another desk's retelling of the same event keeps few or none (on the
 * tune families: the second best link of a copy is 0.86 or more, of a report written anew 0.55
 * or less). `similarities`: those of the alignment's links.
 */
export function isCopy(similarities: readonly number[], canonicalSentences: number): boolean {
  let near = 0;
  for (const s of similarities) if (s >= NEAR_VERBATIM) near++;
  return near >= Math.min(2, canonicalSentences);
}

/**
 * The dateline and credit differences of two segmented texts. `anchorOf` gives, for a
 * canonical unit the article lacks, where it would have stood in the article. `copy`: whether
 * the article is a copy of the canonical's story (`isCopy`); the datelines are compared only
 * then, since a report written anew (a later report, another desk's retelling) was filed by its
 * own writer, from wherever that was, and its dateline or the lack of one changes no source.
 */
export function compareCredits(C: readonly Sentence[], A: readonly Sentence[], anchorOf: (canonicalId: number) => number, copy = true): CreditFinding[] {
  const out: CreditFinding[] = [];
  const cDate = storyDateline(C);
  const aDate = storyDateline(A);

  // --- the dateline: where the story was filed ---------------------------------------------
  // (A report written anew: its dateline is its own.)
  if (copy && cDate && aDate) {
    const cp = places(cDate);
    const ap = places(aDate);
    if (cp && ap && cp !== ap && !samePlaces(cp, ap)) {
      const reason = `The dateline reads ${quoted(aDate.text)} where the canonical has ${quoted(cDate.text)}: the story is filed from another place.`;
      out.push(finding('medium', cDate, aDate, reason, aDate.start));
    }
  } else if (copy && cDate) {
    const reason = `Drops the dateline ${quoted(cDate.text)}: the copy no longer says where the story was filed${cDate.agency ? ` nor that ${cDate.agency} filed it` : ''}.`;
    out.push(finding('medium', cDate, null, reason, anchorOf(cDate.id)));
  }

  // --- agency credits: in datelines and credit lines ----------------------------------------
  const cCredits = C.filter((s) => (s.kind === 'dateline' || s.kind === 'credit') && s.agency);
  const aCredits = A.filter((s) => (s.kind === 'dateline' || s.kind === 'credit') && s.agency);
  // Unit by unit: a credit is kept when the other text has one of the same kind for the same
  // agency. One lost while the other text still credits that agency elsewhere is low.
  const credited = (list: readonly Sentence[], agency: string): boolean => list.some((x) => sameAgency(x.agency!, agency));
  const matches = (x: Sentence, list: readonly Sentence[]): boolean => list.some((y) => y.kind === x.kind && sameAgency(x.agency!, y.agency!));
  const lost = cCredits.filter((c) => !matches(c, aCredits));
  const gained = aCredits.filter((a) => !matches(a, cCredits));
  // One agency in the place of another: one change.
  for (;;) {
    const c = lost.find((x) => !credited(aCredits, x.agency!));
    const a = gained.find((x) => !credited(cCredits, x.agency!));
    if (!c || !a) break;
    lost.splice(lost.indexOf(c), 1);
    gained.splice(gained.indexOf(a), 1);
    const reason = `Credits ${a.agency} (${quoted(a.text, 40)}) where the canonical credits ${c.agency} (${quoted(c.text, 40)}): the story is attributed to another agency.`;
    out.push(finding('medium', c, a, reason, a.start));
  }
  for (const c of lost) {
    // A dropped dateline already says it lost its agency.
    if (c === cDate && !aDate) continue;
    const still = credited(aCredits, c.agency!);
    const reason = still
      ? `Drops the credit ${quoted(c.text, 40)}; the copy still credits ${c.agency} elsewhere.`
      : `Drops the credit to ${c.agency} (${quoted(c.text, 40)}): the copy no longer says the story comes from ${c.agency}.`;
    out.push(finding(still ? 'low' : 'medium', c, null, reason, anchorOf(c.id)));
  }
  for (const a of gained) {
    const known = credited(cCredits, a.agency!);
    const reason = known
      ? `Adds the credit ${quoted(a.text, 40)}; the canonical credits ${a.agency} elsewhere.`
      : `Adds a credit to ${a.agency} (${quoted(a.text, 40)}), which the canonical does not give.`;
    out.push(finding(known ? 'low' : 'medium', null, a, reason, a.start));
  }
  return out;
}

/**
 * The dateline that opens the story: before its first sentence of running text, or with it
 * (a label in capitals further down, "PAUL HERTZ:", is no dateline of the story).
 */
function storyDateline(S: readonly Sentence[]): Sentence | undefined {
  const first = S.find((s) => s.kind === 'sentence')?.id ?? Infinity;
  return S.find((s) => s.kind === 'dateline' && s.id <= first);
}

/** The places a dateline names, in capitals, without its date and agency: "AMMAN/BEIRUT". */
function places(s: Sentence): string {
  const head = s.text.replace(/\([^)]*\)/g, ' ');
  return (head.match(/\p{Lu}[\p{Lu}\p{M}'’.-]+/gu) ?? [])
    .filter((w) => !(s.agency && sameAgency(w, s.agency)))
    .join('/')
    .replace(/[.'’]/g, '');
}

/**
 * Whether the article's dateline names every place of the canonical's, perhaps translated or
 * with more words ("SECRETARY BLINKEN" / "MONSIEUR LE SECRÉTAIRE BLINKEN", "WASHINGTON" /
 * "WASHINGTON/D.C"): words equal without accents, or sharing their first five letters. A place
 * the article drops ("AMMAN/BEIRUT" → "BEIRUT") is no longer named.
 */
function samePlaces(canonical: string, article: string): boolean {
  const words = (s: string): string[] => s.normalize('NFD').replace(/\p{M}/gu, '').split(/[/\s]+/).filter(Boolean);
  const a = words(article);
  const alike = (x: string, y: string): boolean => x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));
  return words(canonical).every((w) => a.some((v) => alike(w, v)));
}

/**
 * Two names of one agency: the same words, one the first words of the other ("Yonhap" /
 * "Yonhap News Agency"), or one the initials of the other ("AP" / "The Associated Press",
 * "AFP" / "Agence France-Presse").
 */
export function sameAgency(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().replace(/^the\s+/, '').split(/[\s-]+/).filter(Boolean);
  const x = words(a);
  const y = words(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((w, i) => long[i] === w)) return true;
  if (short.length === 1) {
    const initials = long.map((w) => w[0]).join('');
    if (initials === short[0]) return true;
  }
  return false;
}

/** A credit inside a sentence or headline: the agency or body it names and where that name stands. */
export interface InlineCredit extends Span {
  agency: string;
}

/**
 * The patterns of a credit inside a sentence (`inlineCredits`), made on first use: most texts have
 * no sentence with the marks they need, and each holds the agencies' long alternation or Unicode
 * classes, which V8 parses when a pattern is made, run or not (once.ts).
 */
const inlinePatterns = once(() => ({
  /** "(Reuters)", "(AP)" ending a sentence or headline (mid-sentence, "Harrisburg (PA)" is no credit). */
  parenAgency: new RegExp(String.raw`\(\s*(${AGENCY})\s*\)[\s.!?"”’»]*$`, 'gu'),
  /** "… via Reuters", "(via AFP)", "officials told Reuters". */
  viaAgency: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:via|told)\s+(${AGENCY})`, 'gu'),
  /** An agency after a colon, a dash or a bar at the end: "Seoul to widen talks: Yonhap", "… - AFP". */
  endAgency: new RegExp(String.raw`(?:[:|]|\s[-–—]{1,2})\s*(${AGENCY})\s*[.)]?\s*$`, 'u'),
  /** Capitalised words after a colon that end a line with no full stop: "…: NASA", "…: Health Ministry". */
  headlineColon: /:\s*(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})(?<![.!?])\s*$/u,
  /** Capitalised words in parentheses that end a headline: "… FIREWORKS (JPL)", "Probe Reaches Comet (NASA)". */
  headlineParen: /\(\s*(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s*\)\s*$/u,
}));
/** Labels a headline carries (in parentheses, or before a colon) that credit or name no one: "(Video)", "(PHOTOS)", "Analysis:". */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set(
  'video videos photo photos pictures pics gallery audio podcast live update updated updates watch opinion analysis exclusive corrected correction breaking interview explainer graphic graphics map maps factbox timeline comment editorial review feature'.split(' '),
);

/**
 * The credits inside one sentence of `text` (from `start` to `end`): an agency in parentheses
 * at its end, after "via" or "told", or after a colon or dash at the end ("…: Yonhap"); any
 * capitalised name after a colon ending a headline ("Shuttle will launch in July: NASA"); and, at the end of a
 * headline (no lower-case word of four letters or more), any capitalised name in parentheses
 * that does not spell the words before it ("… FIREWORKS (JPL)", not "WORLD FOOD PROGRAMME (WFP)").
 * A sentence that is a credit as a whole is the unit comparison's (`compareCredits`), not this.
 */
export function inlineCredits(text: string, start: number, end: number): InlineCredit[] {
  const s = text.slice(start, end);
  if (!/[(:|\-–—]|via|told/.test(s) || credit(s.trim())) return [];
  const { parenAgency, viaAgency, endAgency, headlineColon, headlineParen } = inlinePatterns();
  const out: InlineCredit[] = [];
  const add = (m: RegExpExecArray | null): void => {
    if (!m) return;
    const at = start + m.index + m[0].indexOf(m[1]!);
    if (!out.some((c) => c.start === at)) out.push({ agency: m[1]!, start: at, end: at + m[1]!.length });
  };
  // Each pattern is tried only on a sentence with the mark or word it opens with (most sentences have a few of them at most).
  const paren = s.includes('(');
  const colonMark = s.includes(':');
  for (const re of [parenAgency, viaAgency]) {
    if (re === parenAgency ? !paren : !s.includes('via') && !s.includes('told')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) add(m);
  }
  if (colonMark || /[|\-–—]/.test(s)) add(endAgency.exec(s));
  // A headline's source after a colon at its end, with no full stop: "Shuttle will launch in July: NASA".
  const colon = colonMark ? headlineColon.exec(s) : null;
  if (colon && s.slice(0, colon.index).trim().split(/\s+/).length >= 3) add(colon);
  const h = paren ? headlineParen.exec(s) : null;
  if (h) {
    const before = s.slice(0, h.index);
    const initials = (before.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]).join('');
    const name = h[1]!.replace(/[.\s]/g, '').toUpperCase();
    const label = h[1]!.toLowerCase().split(/\s+/).some((w) => HEADLINE_LABELS.has(w));
    if (!/(?<!\p{L})\p{Ll}\p{L}{3,}/u.test(before) && !initials.endsWith(name) && !label) add(h);
  }
  return out.sort((x, y) => x.start - y.start);
}
