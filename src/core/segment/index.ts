/**
 * Sentence segmentation with UTF-16 offsets into the original text.
 *
 * The text is cut into paragraphs (lines; the lines of a hard-wrapped paragraph joined
 * back: lines.ts), each paragraph into sentences by `Intl.Segmenter`, and what the
 * segmenter gets wrong is repaired by rules written as data (stops.ts, rules.ts):
 * abbreviations by class (Mt. Fuji, U.S., 6 P.M.), initials, ellipses, list items.
 * Datelines and credits ("PARIS, June 13 (Reuters) -", "(Reporting by …)", "-- Yonhap")
 * are cut off as units of their own that name their agency (credits.ts); headline and
 * section lines are marked as headings, page chrome as boilerplate (chrome.ts).
 */
import type { Sentence, SegmentKind } from '../types';
import type { Lexicon } from '../lexicon';
import { units } from './lines';
import { blankQuoteMargins } from './lineMarks';
import { isLrcTags, lrcTagParts, runInLrcTags } from './lineText';
import { isChrome, runInDate, runInLink, trailingWidget } from './chrome';
import { outletCredit } from './outlets';
import { credit, dateline, dateOnly, gluedByline, runOnByline, trailingCredit } from './credits';
import { monthsOf } from '../months';
import { markFirstLine } from '../readText';
import { foldDiacritics } from '../fold';
import { REFERENCE_MARK_SOURCE } from '../text';
import { SENTENCE_STOPS } from '../scripts';
import { boundaryAt, bulletLed, capitalStarts, dashStarts, ellipsisStarts, figureStarts, gluedYearStarts, hasStops, listItems, openingQuotesOn, strayStopsOn, unspacedStarts, wrappedCloser, type Piece } from './stops';
import { stopRulesFor, type StopRules } from './rules';
import { inCapitals, labelAt, labelKey, namedLabels, repeatedNames, runInLabels, SPEAKER_ROLES, speakerLabel, type NameLead, type SpeakerLabel } from './speakers';

export interface SegmentOptions {
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string;
  lexicon: Lexicon;
  /**
   * Paragraphs already segmented with the same locale and lexicon, by their text (a canonical
   * text's, when this is an article: most copies carry most paragraphs word for word). A
   * paragraph found here is not segmented again.
   */
  known?: ReadonlyMap<string, readonly UnitPiece[]>;
  /** Where each paragraph segmented is added (to be the `known` of a later call). */
  memo?: SegmentMemo;
  /**
   * Paragraphs cut in other texts of one run (the versions of a story compared with one
   * canonical), with the same locale and lexicon: read and added to only when this text has no
   * speakers' labels (`speakerLabels`), the one thing beyond a paragraph's own text that its cut
   * reads, and only by texts that have none either.
   */
  shared?: SegmentMemo;
}

/** One sentence of a paragraph, its offsets relative to the paragraph's start. */
export interface UnitPiece {
  start: number;
  end: number;
  kind: SegmentKind;
  agency: string | null | undefined;
}

/**
 * Paragraphs (segmentation units) by their text → their sentences. How a paragraph is cut
 * depends on its text alone (and on the locale and lexicon), never on where it stands.
 */
export type SegmentMemo = Map<string, readonly UnitPiece[]>;

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

const TERMINALS = new Set(`${SENTENCE_STOPS}:;"”’»)]`);
/** Ends in sentence punctuation (or a closing quote or bracket). */
const endsTerminal = (s: string): boolean => s.length > 0 && TERMINALS.has(s[s.length - 1]!);

/**
 * A short bracketed tag that closes a line, its words without a stop ("… Oil Prices (VOA)", "…
 * Talks (Update 2)", "… Quake [Video]"): an outlet's or an edition's label, no sentence's end.
 */
const CLOSING_TAG = /\s[([][^()[\]]{1,30}[)\]]$/u;

/**
 * A line without sentence punctuation at its end (a short bracketed tag aside: `CLOSING_TAG`), of
 * at most `HEADING_MAX_WORDS` words.
 */
function isHeading(s: string): boolean {
  const tag = CLOSING_TAG.exec(s);
  if (endsTerminal(tag && !hasStops(tag[0]) ? s.slice(0, tag.index) : s)) return false;
  let words = 1;
  for (let i = 1; i < s.length && words <= HEADING_MAX_WORDS; i++) if (/\s/.test(s[i]!) && !/\s/.test(s[i - 1]!)) words++;
  return words <= HEADING_MAX_WORDS;
}

function classify(s: string, wholeLine: boolean): SegmentKind {
  if (isChrome(s)) return 'boilerplate';
  return wholeLine && isHeading(s) ? 'heading' : 'sentence';
}

/**
 * The longest text handed to `Intl.Segmenter` at once: iterating its segments costs time
 * that grows with the square of their number, so a long paragraph is read in windows. Only
 * the boundaries of a window well before its end are taken (ICU looks ahead to decide one);
 * the next window starts at the last of them. (Fewer calls do not pay: the paragraphs of the
 * seed texts read in one call joined by line feeds, which gives each the pieces it has alone,
 * took a third more CPU time than read one call each.)
 */
const WINDOW = 4000;
const LOOKAHEAD = 200;

/** Calls `visit` with each of ICU's pieces of `body`, in order (a callback: no generator, no object per piece). */
function icuPieces(seg: Intl.Segmenter, body: string, visit: (index: number, segment: string) => void): void {
  let from = 0;
  let size = WINDOW;
  while (body.length - from > size) {
    let next = from;
    for (const p of seg.segment(body.slice(from, from + size))) {
      if (p.index + p.segment.length > size - LOOKAHEAD) break;
      visit(from + p.index, p.segment);
      next = from + p.index + p.segment.length;
    }
    // No boundary early enough in the window: read a larger one.
    if (next === from) size *= 2;
    else [from, size] = [next, WINDOW];
  }
  for (const p of seg.segment(from ? body.slice(from) : body)) visit(from + p.index, p.segment);
}

/** A closing quote or bracket that opens a piece and stands alone (a space or the end after it). */
const CLOSER_FIRST = /^\s*[»”’)\]›]+(?=\s|$)/;

/** Reference marks glued to a sentence's stop ("… debate.[1]", "… taken.”[2][3]"): see REFERENCE_MARK in text.ts. */
const MARKS_AFTER_STOP = new RegExp(`(?<=[.!?]["”’)]*)(?:${REFERENCE_MARK_SOURCE})+`, 'g');

/** How much of the sentence before a boundary the stop rules see. */
const TAIL = 80;

/** The sentences of `text.slice(from, to)` (one paragraph, line breaks read as spaces). */
function sentencesOf(text: string, from: number, to: number, seg: Intl.Segmenter, rules: StopRules, functionWords: ReadonlySet<string>): Piece[] {
  // Segment a copy with line breaks as spaces (same length, so offsets hold), and reference marks
  // after a stop as spaces too ("… the debate.[1] Members …": the sentence ends at the stop).
  let body = text.slice(from, to).replace(/[\r\n]/g, ' ');
  if (body.includes('[')) body = body.replace(MARKS_AFTER_STOP, (m) => ' '.repeat(m.length));
  const items = listItems(body);
  // A paragraph without a stop (a copy that lost them all): capitals tell where its sentences start.
  if (!items.length && !hasStops(body)) {
    const starts = capitalStarts(body, functionWords, rules);
    return [from, ...starts.map((s) => from + s)].map((s, k, all) => [s, k + 1 < all.length ? all[k + 1]! : to]);
  }
  // No terminal and no paragraph separator before the closing cluster: ICU cannot break
  // inside (breaks come only after those), so the body is one piece without asking it. (Nor
  // an ellipsis set as one character, which ICU never breaks after: `ellipsisStarts`.)
  if (!items.length && !mayBreak(withoutClosing(body)) && !body.includes('…')) return [[from, to]];
  const pieces: Piece[] = [];
  icuPieces(seg, body, (index, piece) => {
    const prev = pieces[pieces.length - 1];
    if (!prev) {
      pieces.push([from + index, from + index + piece.length]);
      return;
    }
    // A closing quote or bracket set off by a space (French « Nous irons. ») closes the sentence before.
    const closer = CLOSER_FIRST.exec(piece)?.[0].length || wrappedCloser(text, from + index, piece);
    if (closer) {
      prev[1] = from + index + closer;
      if (closer < piece.length) pieces.push([prev[1], from + index + piece.length]);
      return;
    }
    // Only the tail of the sentence so far matters (slicing it whole would be quadratic).
    const tailStart = Math.max(prev[0], prev[1] - TAIL);
    const before = text.slice(tailStart, prev[1]).trimEnd();
    const verdict = boundaryAt(before, piece, rules);
    if (verdict === true) pieces.push([from + index, from + index + piece.length]);
    else if (verdict === false) prev[1] = from + index + piece.length;
    else {
      // Moved back: the boundary falls inside the previous piece.
      const cut = tailStart + verdict;
      pieces.push([cut, from + index + piece.length]);
      prev[1] = cut;
    }
  });
  openingQuotesOn(text, pieces);
  strayStopsOn(text, pieces);
  // Where ICU proposes no boundary: a sentence that opens with a figure after a plain word's stop
  // (the stop rules decide each), and one run on with no blank after the stop before it.
  // So is an item of a dashed list run on after a sentence's stop ("… a miscarriage. - The agency …").
  splitAt(text, from, pieces, figureStarts(body), rules);
  if (body.includes('…')) splitAt(text, from, pieces, ellipsisStarts(body), rules);
  splitAt(text, from, pieces, dashStarts(body), null);
  splitAt(text, from, pieces, unspacedStarts(body, rules), null);
  // And a caption's date glued to the story's first word ("… 03 Mar 2009Harbour officials said …").
  splitAt(text, from, pieces, gluedYearStarts(body), null);
  if (!items.length) return pieces;
  // List items: each starts a piece; no boundary between a marker and its item's text.
  const starts = new Set<number>();
  let k = 0;
  for (const [s] of pieces) {
    while (k < items.length && from + items[k]!.text <= s) k++;
    const inMarker = k > 0 && s > from + items[k - 1]!.start && s <= from + items[k - 1]!.text;
    if (!inMarker) starts.add(s);
  }
  for (const it of items) starts.add(from + it.start);
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((s, i) => [s, i + 1 < sorted.length ? sorted[i + 1]! : to]);
}

/**
 * Cuts `pieces` (of a paragraph's body, which starts at `from` in `text`) at `starts`, places ICU
 * proposed no boundary at ([the end of a stop, where the next sentence would start], in order,
 * offsets into the body): where a sentence opens with a figure after a plain word's stop ("… the
 * number of deaths. 14,000 bodies were …"), which the stop `rules` decide, or one found sure
 * already (`rules` null).
 */
function splitAt(text: string, from: number, pieces: Piece[], starts: ReadonlyArray<[number, number]>, rules: StopRules | null): void {
  let k = 0;
  for (const [stopInBody, atInBody] of starts) {
    const at = from + atInBody;
    while (k < pieces.length && pieces[k]![1] <= at) k++;
    const piece = pieces[k];
    if (!piece || at <= piece[0]) continue;
    const stop = from + stopInBody;
    if (rules && boundaryAt(text.slice(Math.max(piece[0], stop - TAIL), stop), text.slice(at, Math.min(piece[1], at + TAIL)), rules) !== true) continue;
    pieces.splice(k + 1, 0, [at, piece[1]]);
    piece[1] = at;
    k++;
  }
}

/** The words of a dateline that ends in a colon, without it ("PAUL HERTZ"), or '' for any other. */
function labelOf(unitText: string, length: number): string {
  const head = unitText.slice(0, length).trim();
  return head.endsWith(':') && !/[\d/,(]/.test(head) ? head.slice(0, -1).trim() : '';
}

/**
 * The length of a speaker's label that opens a sentence inside a paragraph ("… 'Government
 * Motors.' BARACK OBAMA: "In short …", "… last month. TOM BALE: And I …" in a transcript a wrap
 * ran together), or 0: a unit of its own, as at a paragraph's start.
 */
function innerLabel(sentence: string, speakers: ReadonlySet<string>): number {
  return labelUnlessHeading(sentence, sentence.trimEnd(), speakers)?.length ?? 0;
}

/**
 * The speaker's label that opens `s`, unless it may be a headline's lead and `line` (the text read
 * for a heading) is one: a title and a name that lead a line read as a heading are the headline's
 * ("President Roe: Deal Is Good"); a transcript's speaker or a role ("Q:") is a label all the same.
 */
function labelUnlessHeading(s: string, line: string, speakers: ReadonlySet<string>): SpeakerLabel | null {
  const sp = speakerLabel(s, speakers);
  return sp && (sp.sure || !isHeading(line)) ? sp : null;
}

/** No transcript's labels known yet: only a role or a label in capitals is one. */
const NO_LABELS: ReadonlySet<string> = new Set();

/**
 * Speakers' labels of a transcript: when a capitals-and-colon label opens two or more
 * paragraphs ("CHRISTOPHER CRUISE:" each time he speaks), every such label of the text is a
 * speaker's, not a dateline (a story has one dateline, at its start). And the labels of names in
 * title case the text shows to be speakers' (`repeatedNames`, `namedLabels`).
 */
function speakerLabels(text: string, all: readonly { start: number; end: number }[], verbs: ReadonlySet<string>): ReadonlySet<string> {
  const seen = new Map<string, number>();
  const names: string[] = [];
  const leads: NameLead[] = [];
  let role = false;
  for (let k = 0; k < all.length; k++) {
    const u = all[k]!;
    const raw = text.slice(u.start, Math.min(u.end, u.start + 200));
    // A label ends on a colon: most paragraphs have none, and need no dateline match.
    if (!raw.includes(':')) continue;
    const dl = dateline(raw);
    const label = dl && !dl.agency ? labelOf(raw, dl.length) : '';
    const at = label || labelAt(raw);
    if (at && !at.includes(' ') && SPEAKER_ROLES.has(at.toLowerCase())) role = true;
    // (A label in capitals run on after a stop, "… ended.VOICE TWO: …", opens a speaker's words as a paragraph's would.)
    for (const k of runInLabels(text.slice(u.start, u.end), NO_LABELS)) {
      const l = labelAt(text.slice(u.start + k, u.end));
      if (inCapitals(l)) seen.set(labelKey(l), (seen.get(labelKey(l)) ?? 0) + 1);
    }
    if (label) seen.set(labelKey(label), (seen.get(labelKey(label)) ?? 0) + 1);
    else if (at) {
      names.push(at);
      // The words said: the rest of the paragraph, or the next paragraph after a label alone; read as prose when they end a sentence.
      const alone = !/\S/.test(text.slice(u.start + raw.indexOf(':', at.length) + 1, u.end));
      const said = alone ? all[k + 1] : u;
      if (said && endsTerminal(text.slice(said.start, said.end))) leads.push({ label: at, alone });
    }
  }
  const repeated = [...seen.values()].some((n) => n >= 2);
  // (And labels in title case, "Ned Price :", each when it opens two paragraphs or more, or when the text shows it is a speaker's.)
  const named = repeatedNames(names);
  const shown = namedLabels(leads, text, verbs, role || repeated || named.length > 0);
  if (!repeated && !named.length && !shown.length) return new Set();
  return new Set([...(repeated ? seen.keys() : []), ...named, ...shown]);
}

/** Whether a word names a month in `locale` (or as English writes it: "Sept."). */
function monthTest(locale: string): (word: string) => boolean {
  const own = monthsOf(locale).names;
  const en = monthsOf('en-GB').names;
  return (word) => {
    const w = foldDiacritics(word.toLowerCase());
    return own.has(w) || en.has(w);
  };
}

/** Whether a dash stands within a date's reach of `from` (only then may a unit open on a date alone before one). */
function earlyDash(text: string, from: number, to: number): boolean {
  for (let i = from + 3; i < to && i < from + 32; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * The start of the one unit of the text that opens on a date alone before a dash ("Nov. 3 —
 * The council …"): its dateline, the place left out. -1 when none does, or when several do (a
 * timeline's entries, whose dates are their facts: a story has one dateline).
 */
function datedLead(text: string, all: readonly { start: number; end: number }[], locale: string): number {
  let found = -1;
  let isMonth: ((word: string) => boolean) | null = null;
  for (const u of all) {
    const c = text.charCodeAt(u.start);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 127)) continue;
    if (!earlyDash(text, u.start, u.end) || !dateOnly(text.slice(u.start, Math.min(u.end, u.start + 40)), (isMonth ??= monthTest(locale)))) continue;
    if (found >= 0) return -1;
    found = u.start;
  }
  return found;
}

/**
 * Splits a text into sentences. Never throws; returns an empty list for a text with no
 * words. Every sentence satisfies `text.slice(s.start, s.end) === s.text`.
 */
export function segment(text: string, options: SegmentOptions): Sentence[] {
  const out: Sentence[] = [];
  const seg = sentenceSegmenter(options.locale);
  const rules = stopRulesFor(options.locale, options.lexicon);
  const push = (start: number, end: number, paragraph: number, kind: SegmentKind, agency?: string | null): void => {
    // Trim white space (and a BOM) at both ends, and a mail's quotation marks (blanks in the view).
    while (start < end && /[\s\uFEFF]/.test(view[start]!)) start++;
    while (end > start && /[\s\uFEFF]/.test(view[end - 1]!)) end--;
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
    out.push({ id: out.length, start, end, text: s, kind, paragraph, ...(agency ? { agency } : {}) });
  };

  const memo = options.memo;
  const all = units(text, options.lexicon.functionWords, rules);
  // The text as its sentences are read: a mail's quotation marks at the start of its lines are
  // blanks (the same length, so offsets hold); a sentence's text is still the file's own.
  const view = blankQuoteMargins(text);
  const speakers = speakerLabels(view, all, options.lexicon.attributionVerbs);
  const dated = datedLead(view, all, options.locale);
  const shared = speakers.size ? undefined : options.shared;
  for (const unit of all) {
    // Units start and end on words (lines.ts trims them).
    const raw = view.slice(unit.start, unit.end);
    // A paragraph that opens with a label, or the text's one date alone before a dash, is cut by the
    // whole text (a transcript's speakers, a story's one dateline), not by its own: never reused.
    if ((speakers.size && labelAt(raw)) || unit.start === dated) {
      const cues = { speakers, dated: unit.start === dated };
      const pieces = unitPieces(view, unit.start, unit.end, raw, seg, rules, cues, options.lexicon.functionWords);
      for (const p of pieces) push(unit.start + p.start, unit.start + p.end, unit.paragraph, p.kind, p.agency);
      continue;
    }
    let pieces = options.known?.get(raw) ?? memo?.get(raw) ?? shared?.get(raw);
    if (!pieces) {
      pieces = unitPieces(view, unit.start, unit.end, raw, seg, rules, { speakers, dated: false }, options.lexicon.functionWords);
      memo?.set(raw, pieces);
      shared?.set(raw, pieces);
    }
    for (const p of pieces) push(unit.start + p.start, unit.start + p.end, unit.paragraph, p.kind, p.agency);
  }
  // The text's first line, a headline of a question and its answer over the text: one heading.
  const first = all[0];
  return first && all.length > 1 && !text.slice(first.start, first.end).includes('\n') ? markFirstLine(text, out, first) : out;
}

/** The sentences of one unit (`raw`: its text, from `start` to `end` of `text`), their offsets relative to `start`. */
function unitPieces(text: string, start: number, end: number, raw: string, seg: Intl.Segmenter, rules: StopRules, cues: TextCues, functionWords: ReadonlySet<string>): UnitPiece[] {
  // A media player's button run on after the paragraph's last sentence ("… the Education Report.
  // PLAY"): the paragraph is read without it, the button is chrome of its own.
  const widget = trailingWidget(raw);
  if (widget < 0) return paragraphPieces(text, start, end, raw, seg, rules, cues, functionWords);
  const out = paragraphPieces(text, start, start + widget, raw.slice(0, widget), seg, rules, cues, functionWords);
  out.push({ start: widget + raw.slice(widget).search(/\S/), end: end - start, kind: 'boilerplate', agency: null });
  return out;
}

/** A run of a lyrics file's ID tags (`tags`, at `at` in the text) as pieces: a title tag's text a heading, the other tags chrome. */
function tagPieces(tags: string, at: number, piece: (s: number, e: number, kind: SegmentKind) => void): void {
  for (const p of lrcTagParts(tags)) piece(at + p.start, at + p.end, p.title ? 'heading' : 'boilerplate');
}

/** What the whole text tells about how one of its paragraphs is cut. */
interface TextCues {
  /** The labels of a transcript's speakers (`speakerLabels`). */
  speakers: ReadonlySet<string>;
  /** The paragraph opens with the text's one date alone before a dash: its dateline (`datedLead`). */
  dated: boolean;
}

/** The pieces of a paragraph (`unitPieces`), without a widget run on after it. */
function paragraphPieces(text: string, start: number, end: number, raw: string, seg: Intl.Segmenter, rules: StopRules, cues: TextCues, functionWords: ReadonlySet<string>): UnitPiece[] {
  const { speakers } = cues;
  const out: UnitPiece[] = [];
  const piece = (s: number, e: number, kind: SegmentKind, agency?: string | null): void => {
    out.push({ start: s - start, end: e - start, kind, agency });
  };
  let from = start;
  let to = end;
  const cr = credit(raw);
  if (cr) {
    piece(from, to, 'credit', cr.agency);
    return out;
  }
  // A lyrics file's ID tags on their line: a title tag's text is the headline, the other tags chrome.
  if (raw.charCodeAt(0) === 0x5b && isLrcTags(raw.replace(/[\r\n]/g, ' '))) {
    tagPieces(raw, from, piece);
    return out;
  }
  if (isChrome(raw)) {
    piece(from, to, 'boilerplate');
    return out;
  }
  // A credit run on after the last sentence ("… said -- Yonhap") is cut off first.
  const tc = trailingCredit(raw);
  if (tc) to -= tc.length;
  let rest = tc ? text.slice(from, to).trimEnd() : raw;
  // An outlet's credit where a dateline would stand ("USDA - U.S. Department of Agriculture"): a
  // credit, and a dateline may follow it.
  const oc = outletCredit(rest);
  if (oc) {
    piece(from, from + oc.length, 'credit', oc.agency);
    from += oc.length;
    while (from < to && /\s/.test(text[from]!)) from++;
    rest = text.slice(from, to).trimEnd();
  }
  // A speaker's label ("MR PRICE:", "Q:", "Secretary Blinken:") is no dateline: a unit of its own,
  // then the words said (a sentence even without a stop); not a headline's lead (`labelUnlessHeading`).
  const sp = labelUnlessHeading(rest, rest, speakers);
  if (sp) {
    piece(from, from + sp.length, 'speaker');
    from += sp.length;
    while (from < to && /\s/.test(text[from]!)) from++;
    rest = text.slice(from, to).trimEnd();
  }
  const dated = cues.dated && !sp && !oc ? dateOnly(rest, () => true) : 0;
  const dl = sp ? null : (dateline(rest) ?? (dated ? { length: dated, agency: null } : null));
  // A heading (unless it is a dateline alone, a list run together on one line, or a list's item on its line).
  if (!tc && !sp && (!dl || dl.length < rest.length) && isHeading(rest) && !bulletLed(rest) && !listItems(rest).length) {
    // (A byline glued to the headline's end is a credit of its own: "… Since 1992By Jane Doe".)
    const glued = gluedByline(rest);
    if (glued) {
      piece(from, from + glued.title, 'heading');
      piece(from + glued.credit, to, 'credit', null);
    } else piece(from, to, 'heading');
    return out;
  }
  if (dl) {
    if (dl.slug) piece(from, from + dl.length, 'boilerplate');
    else piece(from, from + dl.length, 'dateline', dl.agency);
    from += dl.length;
  }
  const pieces = sentencesOf(text, from, to, seg, rules, functionWords);
  // A speaker's label run on after a stop without a space ("… on Monday.Q: When …"): a sentence starts there.
  splitAt(text, from, pieces, runInLabels(text.slice(from, to), speakers).map((k) => [k, k]), null);
  const single = pieces.length === 1 && !dl && !tc;
  for (let [s, e] of pieces) {
    // A date or a link run into the words after them ("11.10.08 NASA's lander …", "http://… John …"): chrome of its own.
    const runIn = runInDate(text.slice(s, e)) || runInLink(text.slice(s, e));
    if (runIn) {
      piece(s, s + runIn, 'boilerplate');
      s += runIn;
    }
    // So are a lyrics file's ID tags ("[ar:…] [00:00.00]From …"), but for a title tag's text: a heading.
    const tags = runIn ? 0 : runInLrcTags(text.slice(s, e));
    if (tags) {
      tagPieces(text.slice(s, s + tags), s, piece);
      s += tags;
    }
    // A speaker's label inside a paragraph, before the words quoted ("… 'Government Motors.' BARACK
    // OBAMA: "In short …"): a unit of its own, as at a paragraph's start, where a wrap may move it.
    const label = s > from ? innerLabel(text.slice(s, e), speakers) : 0;
    if (label) {
      piece(s, s + label, 'speaker', null);
      s += label;
    }
    // A headline and its byline run on before the lead: a heading, a credit, then the sentence.
    const head = runOnByline(text.slice(s, e));
    if (head) {
      piece(s, s + head.title, 'heading');
      piece(s + head.credit[0], s + head.credit[1], 'credit', head.agency);
      s += head.credit[1];
    }
    // The whole unit was read as a credit, chrome and heading above.
    if (single) {
      piece(s, e, 'sentence');
      continue;
    }
    const t = text.slice(s, e).trim();
    const c = credit(t);
    if (c) {
      piece(s, e, 'credit', c.agency);
      continue;
    }
    // A sign-off run on after a sentence without a stop, inside a paragraph a wrap joined to the next one.
    const inner = pieces.length > 1 ? trailingCredit(t) : null;
    if (inner) {
      const creditEnd = s + text.slice(s, e).trimEnd().length;
      const creditStart = creditEnd - inner.length;
      piece(s, s + text.slice(s, creditStart).trimEnd().length, 'sentence');
      piece(creditStart, e, 'credit', inner.agency);
      continue;
    }
    let kind = classify(t, single);
    // A sentence that ends a paragraph without punctuation is still running text when the paragraph has several.
    if (kind === 'heading' && !single) kind = 'sentence';
    piece(s, e, kind);
  }
  if (tc) piece(to, end, 'credit', tc.agency);
  return out;
}
