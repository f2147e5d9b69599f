/**
 * Sentence segmentation with UTF-16 offsets into the original text.
 *
 * The text is cut into paragraphs (lines; a hard-wrapped paragraph is joined back),
 * each paragraph into sentences by `Intl.Segmenter`, and what the segmenter gets wrong
 * in news copy is repaired: abbreviations and initials (U.S., Nov. 26, Gen. Smith,
 * J. R. R. Tolkien) re-joined, datelines ("AMMAN/BEIRUT:", "JAKARTA -") cut off as
 * their own segment, headline and section lines marked as headings, page chrome marked
 * as boilerplate.
 */
import type { Sentence, SegmentKind } from './types';
import type { Lexicon } from './lexicon';

export interface SegmentOptions {
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string;
  lexicon: Lexicon;
}

/** A heading is a line without sentence punctuation of at most this many words. */
const HEADING_MAX_WORDS = 20;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Words that introduce a link to another story, in several languages. */
const LINK_LEADS =
  'see also|also read|read also|read more|more on this|related(?: (?:articles?|stories|news|coverage|topics))?|' +
  'recommended(?: for you)?|watch|listen|baca juga|lihat juga|simak juga|lire aussi|à lire aussi|voir aussi|' +
  'lesen sie auch|mehr zum thema|leer más|lea también|ver también|leia también|veja também|leggi anche';
/** Page widgets that stand alone on their line. */
const WIDGETS = 'most (?:read|popular|viewed)|trending(?: now)?|advertisement|sponsored(?: content)?|share(?: this(?: article| story)?)?';
/** Calls to action, whatever follows them. */
const CALLS = 'follow us|subscribe|sign up|newsletter|click here|download (?:the|our) app|more from';

/**
 * Page chrome: lines a web page puts around an article. Matched against a whole
 * segment, trimmed. Kept general (any site, several languages), never tuned to a page.
 * Every pattern is anchored at the start, so a sentence is rejected at its first words.
 */
const BOILERPLATE: RegExp[] = [
  /^\d[\d,.]*\s*(?:comments?|responses?|replies|shares?|views?|likes?|reactions?)$/i,
  // "Read more", "Read more: <a headline>", "Advertisement", "Follow us on …": links, widgets, calls.
  new RegExp(`^(?:(?:${LINK_LEADS})(?:\\s*[:|>»-]\\s*[^.!?]{0,150}[.!?]?|\\s*:?)|(?:${WIDGETS})\\s*:?|(?:${CALLS})\\b.*)$`, 'i'),
  /^(?:first published|last updated|published|updated|posted|date)\s*(?:on|at)?\s*:?\s*[\p{L}\d][^.!?]{0,60}$/iu,
  /^(?:topics|tags|categories|filed under|keywords|sections?)\s*:/i,
  /^(?:photo|image|picture|file photo|video|caption|graphic|source)\s*:\s*.{0,120}$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\(?(?:reporting|writing|additional reporting|editing|compiled) by\b[^)]*\)?\.?$/i,
  // A byline: "By Jane Doe", "By Jane Doe and John Roe".
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$/u,
  // A date or time line on its own: "December 2, 2024 10:55 PM GMT", "2 Dec 2024 | 10:55 IST".
  /^(?:\p{L}+,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[,|·•-]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)?)?$/iu,
];

/**
 * Chrome marks that can stand anywhere in a short line: a read time, a copyright, a
 * syndication note, a photo credit ("… December 1, 2024. REUTERS/Mahmoud Hassano").
 */
const CHROME_WORDS =
  /\b\d+\s*min(?:ute)?s?\s+read\b|©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bsyndicated feed\b|\bhas not been edited by\b/i;
const PHOTO_CREDIT = /\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|BLOOMBERG|GETTY IMAGES|ANTARA FOTO)\s?\/\s?\p{Lu}[\p{L}'’ .-]{1,60}$/u;

/** Words one of the CHROME_WORDS must contain: a cheap test that most sentences fail. */
const CHROME_HINT = /read|©|\(c\)|copyright|rights reserved|syndicated|edited by/i;

/** Chrome marks anywhere in a line, each pattern tried only when a cheaper test says it could match. */
function hasChromeMark(s: string): boolean {
  if (CHROME_HINT.test(s) && CHROME_WORDS.test(s)) return true;
  return s.includes('/') && PHOTO_CREDIT.test(s);
}

/**
 * A dateline at the start of a paragraph: a place in capitals, an optional date (“Dec 2”,
 * “2 December”, or with the month in lower case as French and Spanish write it, “3 mar”)
 * and agency, then a colon or a dash. An optional label-and-ISO-date prefix, as scrapers
 * leave it, is taken with it.
 */
const DATELINE =
  /^(?:\p{Ll}+[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]*[/,][ \t]*\p{Lu}[\p{Lu}\p{M}'’.-]+|[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]+)*(?:,?[ \t]+(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{L}\p{Ll}{2,9}\.?))?(?:[ \t]*\([\p{L} .&-]{1,40}\))?[ \t]*(?::|-{1,2}|–|—)[ \t]+(?=[\p{Lu}"“‘'«„])/u;

/** A sentence terminal (ICU's STerm and ATerm) or a paragraph separator: where ICU may break a sentence. */
const MAY_BREAK = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\u0085\u2028\u2029]/u;

/** Could ICU break the text into sentences? An ASCII fast path, the property test for the rest. */
function mayBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 46 || c === 33 || c === 63) return true; // . ! ?
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (MAY_BREAK.test(s.slice(i, i + 2))) return true;
      i++;
    } else if (MAY_BREAK.test(s[i]!)) return true;
  }
  return false;
}
/** What may close the last sentence of a body: terminals, closing punctuation and quotes, and spaces. */
const CLOSING = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\p{Pe}\p{Pf}\p{Pi}"'»)\]\s]/u;

/** The body without its closing cluster, found from the end (an end-anchored pattern would scan it all). */
function withoutClosing(body: string): string {
  let i = body.length;
  while (i > 0 && CLOSING.test(body[i - 1]!)) i--;
  return body.slice(0, i);
}

const TERMINALS = new Set('.!?…。！？:;"”’»)]');
/** Ends in sentence punctuation (or a closing quote or bracket). */
const endsTerminal = (s: string): boolean => s.length > 0 && TERMINALS.has(s[s.length - 1]!);

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** Joined from several hard-wrapped lines. */
  wrapped: boolean;
}

/** Lines, grouped into paragraphs; hard-wrapped lines of one paragraph are joined into one unit. */
function units(text: string): Unit[] {
  const lines: Array<{ start: number; end: number; blank: boolean }> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start: pos, end, blank: isBlank(text, pos, end) });
    pos = nl + 1;
  }
  const out: Unit[] = [];
  let paragraph = 0;
  let prevBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (last && !prevBlank && softWrap(text, last, line)) {
      last.end = line.end;
      last.wrapped = true;
    } else {
      out.push({ start: line.start, end: line.end, paragraph: out.length === 0 ? 0 : ++paragraph, wrapped: false });
    }
    prevBlank = false;
  }
  return out;
}

/** A line that continues the previous one: the previous is long and unfinished, and this one starts in lower case. */
function softWrap(text: string, prev: { start: number; end: number }, line: { start: number; end: number }): boolean {
  const prevText = text.slice(prev.start, prev.end).trimEnd();
  if (prevText.length < 50 || endsTerminal(prevText)) return false;
  const head = text.slice(line.start, Math.min(line.end, line.start + 40)).trimStart();
  return /^[\p{Ll}(,;]/u.test(head);
}

/** Chrome is short: longer segments are not tested against the patterns. */
const CHROME_MAX = 300;

/** Breadcrumbs: Home / World / Middle East. */
const BREADCRUMB = /^[^.!?]{1,120}(?:\s[/>»|]\s[^.!?/>»|]{1,100}){2,}$/;

function isChrome(s: string): boolean {
  if (s.length > CHROME_MAX) return false;
  if (hasChromeMark(s) || BOILERPLATE.some((re) => re.test(s))) return true;
  return /\s[/>»|]\s/.test(s) && BREADCRUMB.test(s);
}

function classify(s: string, wholeLine: boolean): SegmentKind {
  if (isChrome(s)) return 'boilerplate';
  if (wholeLine && !endsTerminal(s)) {
    const words = s.split(/\s+/).length;
    if (words <= HEADING_MAX_WORDS) return 'heading';
  }
  return 'sentence';
}

/** The last word of a segment, without its final full stop, lower-cased. */
function lastWordBeforeStop(s: string): string | null {
  // Only the tail can hold it: an end-anchored pattern would otherwise scan the whole sentence.
  const m = /(?:^|[\s(\["“'‘])((?:\p{L}\.)*\p{L}+)\.["”’)]*$/u.exec(s.length > 40 ? s.slice(-40) : s);
  return m ? m[1]!.toLowerCase() : null;
}

/** Should a segment that ends in `prev` be joined with the one that starts `next`? */
function joinAcrossStop(prev: string, next: string, lexicon: Lexicon): boolean {
  const w = lastWordBeforeStop(prev);
  if (!w) return false;
  const firstWord = /^["“'‘(]*(\p{L}+)/u.exec(next)?.[1];
  // Lower case or a digit after the stop: never a sentence start in running news copy.
  if (/^["“'‘(]*[\p{Ll}\d]/u.test(next)) return true;
  const bare = w.replace(/\./g, '');
  // An initial (J. R. R. Tolkien), or a title or month before a name or a date.
  if (bare.length === 1 && /\p{Lu}/u.test(prev.slice(-2, -1))) return true;
  if (lexicon.abbreviations.has(bare)) {
    // "etc." and "Inc." can end a sentence; titles and months cannot.
    if (/^(?:etc|inc|ltd|co|corp|jr|sr|bros)$/.test(bare)) return !!firstWord && !lexicon.sentenceStarters.has(firstWord.toLowerCase());
    return true;
  }
  // An acronym with dots (U.S., U.N.): joined unless the next word usually starts a sentence.
  if (w.includes('.')) return !!firstWord && !lexicon.sentenceStarters.has(firstWord.toLowerCase());
  return false;
}

/**
 * Splits a text into sentences. Never throws; returns an empty list for a text with no
 * words. Every sentence satisfies `text.slice(s.start, s.end) === s.text`.
 */
export function segment(text: string, options: SegmentOptions): Sentence[] {
  const out: Sentence[] = [];
  const seg = sentenceSegmenter(options.locale);
  const push = (start: number, end: number, paragraph: number, kind: SegmentKind): void => {
    // Trim white space (and a BOM) at both ends.
    while (start < end && /[\s\uFEFF]/.test(text[start]!)) start++;
    while (end > start && /[\s\uFEFF]/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const s = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(s)) {
      // Lone punctuation: attach it to the previous sentence of the paragraph, if any.
      const prev = out[out.length - 1];
      if (prev && prev.paragraph === paragraph && prev.end <= start) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
      }
      return;
    }
    out.push({ id: out.length, start, end, text: s, kind, paragraph });
  };

  for (const unit of units(text)) {
    let from = unit.start;
    const raw = text.slice(unit.start, unit.end);
    const trimmed = raw.trim();
    const unitKind = classify(trimmed, !unit.wrapped);
    if (unitKind !== 'sentence') {
      push(unit.start, unit.end, unit.paragraph, unitKind);
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const dl = DATELINE.exec(raw.slice(lead));
    if (dl) {
      push(from + lead, from + lead + dl[0].length, unit.paragraph, 'dateline');
      from += lead + dl[0].length;
    }
    // Segment a copy with line breaks as spaces (same length, so offsets hold).
    const body = text.slice(from, unit.end).replace(/[\r\n]/g, ' ');
    const pieces: Array<[number, number]> = [];
    // No terminal and no paragraph separator before the closing cluster: ICU cannot break
    // inside (breaks come only after those), so the body is one piece without asking it.
    if (!mayBreak(withoutClosing(body))) pieces.push([from, unit.end]);
    else for (const { index, segment: piece } of seg.segment(body)) {
      const s = from + index;
      const e = s + piece.length;
      const prev = pieces[pieces.length - 1];
      if (prev && joinAcrossStop(text.slice(prev[0], prev[1]).trimEnd(), piece, options.lexicon)) prev[1] = e;
      else pieces.push([s, e]);
    }
    const single = pieces.length === 1 && !dl;
    for (const [s, e] of pieces) {
      const t = text.slice(s, e).trim();
      let kind = classify(t, single);
      // A sentence that ends a paragraph without punctuation is still running text when the paragraph has several.
      if (kind === 'heading' && !single) kind = 'sentence';
      push(s, e, unit.paragraph, kind);
    }
  }
  return out;
}
