/**
 * Where a reader sees a sentence end. `Intl.Segmenter` proposes boundaries; each is kept,
 * dropped or moved by the language's stop rules (rules.ts): abbreviations by class,
 * initials, ellipses, elisions, names with an exclamation mark. List items it cannot see
 * ("1.) The first item 2.) The second item") are found here too.
 */
import { NAME_ENDS, type AbbreviationClass, type StopRules } from './rules';
import { SCRIPT_STOPS, SENTENCE_STOPS, UNSPACED_SCRIPTS } from '../scripts';
import { TIMECODE_SOURCE } from '../text';

/** A half-open range of the text. */
export type Piece = [start: number, end: number];

/** Closing quotes and brackets that may follow a terminal. */
const CLOSERS = /["”’'»)\]]+$/;
/** The characters of `CLOSERS`, as code units. */
const CLOSER_CHARS: ReadonlySet<number> = new Set([...'"”’\'»)]'].map((c) => c.charCodeAt(0)));
/** An elision mark: "[...]", "[…]", "(...)". It leaves words out; it ends nothing. */
const ELISION = /[[(](?:\.\s?\.\s?\.|…)[\])]["”’'»)\]]*$/;
/** The word before a final full stop: letters with inner dots (U.S, P.M, Mt), or a single letter. */
const WORD_BEFORE_STOP = /(?:^|[^\p{L}\p{M}.'’])((?:\p{L}\.)*\p{L}[\p{L}\p{M}]*)\.$/u;
/** A word with a single "!" on it. */
const NAME_BANG = /(?:^|[^\p{L}])(\p{L}+)!$/u;
/** The first word of the text after a boundary, past opening quotes and brackets. */
const FIRST_WORD = /^\s*["“'‘«([]*(\p{L}+)/u;
const STARTS_DIGIT = /^\s*["“'‘«([]*\d/u;
const STARTS_LOWER = /^\s*["“'‘«([]*\p{Ll}/u;
/**
 * A full-width point after a digit ("４．"), and a digit after the boundary: the decimal point of a
 * figure a wrap broke after it ("４．" / "５％"), as ICU breaks at a line break; no stop.
 */
const FULL_WIDTH_POINT_IN_FIGURE = /[0-9０-９]．$/;
const STARTS_FIGURE = /^\s*[0-9０-９]/;

/** A timecode that opens the text after a boundary, with the blanks around it. */
const LEADING_TIMECODE = new RegExp(String.raw`^\s*` + TIMECODE_SOURCE + String.raw`\s*`);

/** Only the tail of a sentence can hold what these rules look at. */
const tail = (s: string): string => (s.length > 60 ? s.slice(-60) : s);

/**
 * What to do with a boundary between `prev` (the tail of the text before it, trimmed) and
 * `next`: keep it (true), drop it (false), or move it back to this offset in `prev` (a number).
 */
export function boundaryAt(prev: string, next: string, rules: StopRules): boolean | number {
  // A timecode before the next words (a lyrics file's timed phrase, "… court. [00:08.77]It …") is no word of them.
  if (next.includes('[')) next = next.replace(LEADING_TIMECODE, '');
  const end = tail(prev);
  // Both patterns end on a closing quote or bracket: most sentences end on their stop, and
  // neither is tried there (each tries every position of the tail).
  const closed = CLOSER_CHARS.has(end.charCodeAt(end.length - 1));
  if (closed && ELISION.test(end)) return false;
  const core = closed ? end.replace(CLOSERS, '') : end;
  const last = core[core.length - 1];
  if (last === '!' || last === '?') {
    if (STARTS_LOWER.test(next)) return false;
    // A name with its own exclamation mark (Yahoo!) ends a sentence only before a sentence starter.
    const w = NAME_BANG.exec(core)?.[1];
    if (w && rules.exclamationNames.has(w.toLowerCase())) return startsSentence(next, rules);
    return true;
  }
  if (last !== '.') return last !== '．' || !FULL_WIDTH_POINT_IN_FIGURE.test(core) || !STARTS_FIGURE.test(next);
  const dots = ellipsis(core);
  if (dots) {
    // ". . ." between words leaves words out; ". . . ." ends the sentence. A full stop on the
    // word and a spaced ellipsis after it ("compounds. . . . The") end the sentence at the
    // word: the ellipsis opens the next one.
    if (dots.spaced && dots.attached && dots.count >= 4) return prev.length - end.length + (core.length - dots.length) + 1;
    if (dots.spaced && !dots.attached && dots.count === 3) return false;
    return true;
  }
  // A full stop before lower case ends no sentence; before a figure, only after a plain word
  // ("… the number of deaths. 14,000 bodies were …"), not after an abbreviation, a number or an
  // initial ("p. 55", "No. 3"; list items are found apart). (A plain word is no abbreviation nor
  // initial: nothing below would keep the stop.)
  if (STARTS_LOWER.test(next)) return false;
  if (STARTS_DIGIT.test(next)) return stopWordKind(core, rules) === 'plainWord';
  // An ordinal before a month: "am 3. Dezember".
  if (rules.ordinalStops && /\d\.$/.test(core)) {
    const w = FIRST_WORD.exec(next)?.[1]?.toLowerCase();
    if (w && rules.dateWords.has(w)) return false;
  }
  const cls = stopWordKind(core, rules);
  if (cls === null) return true;
  // An initial stands after a capitalised name or another initial (Jonas E. Smith, J. R. R. Tolkien),
  // or opens the text; after a lower-case word it is a word of its own ("you and I.").
  if (cls === 'initialAfterName' || cls === 'initialAtStart') return false;
  if (cls === 'prefix') return false;
  if (cls === 'either') return startsSentence(next, rules);
  if (cls === 'final') {
    const w = FIRST_WORD.exec(next)?.[1]?.toLowerCase();
    if (w && rules.dateWords.has(w)) return false;
    if (rules.zoneAfter?.test(next)) return false;
    // A lead-in of three words or fewer ("At 5 a.m.") is no sentence of its own.
    return countWords(prev, 4) > 3;
  }
  return true;
}

/**
 * Does `prev` end on a full stop that no sentence ends on before a capitalised word, whatever the
 * word: a name's initial after a capitalised name or another initial ("Michael R."), or a prefix
 * abbreviation ("Gen.", "Dr.")? (Not one the next word decides: "the U.S." / "Talks resume".)
 */
export function stopReadsOn(prev: string, rules: StopRules): boolean {
  const cls = finalStopKind(prev, rules);
  return cls === 'initialAfterName' || cls === 'prefix';
}

/**
 * Does `prev` end on an abbreviation's full stop (a word with inner dots, "U.S.", or one the rules
 * list: "Gen.", "Inc."), which a sentence goes on from before a word in lower case ("… at the U.S." /
 * "swimming trials …")? A plain word's stop ("deaths.") or a name's ("Paris.") is no abbreviation.
 */
export function endsOnAbbreviation(prev: string, rules: StopRules): boolean {
  const cls = finalStopKind(prev, rules);
  return cls === 'prefix' || cls === 'either' || cls === 'final';
}

/** What the word before `prev`'s final full stop is (`stopWordKind`); null when `prev` does not end on one. */
function finalStopKind(prev: string, rules: StopRules): StopWordKind | null {
  const core = tail(prev);
  return core.endsWith('.') ? stopWordKind(core, rules) : null;
}

/**
 * What the word before a final full stop is, as the stop rules read it (`boundaryAt`, `stopReadsOn`):
 * a capital letter alone, an initial, after a capitalised name or another initial ("Jonas E."), at the
 * text's start or after a word in lower case ("you and I."); else the word's abbreviation class (a
 * word with inner dots that the rules do not list is 'either': "U.S."), or a word no rule lists:
 * 'plainWord' (two letters or more, all in lower case: "deaths."), else 'word' ("Paris.").
 * `null` when no word stands before the stop. `core` ends on the stop, its closing marks left off.
 */
type StopWordKind = 'initialAfterName' | 'initialAtStart' | 'initialAfterWord' | AbbreviationClass | 'plainWord' | 'word';
function stopWordKind(core: string, rules: StopRules): StopWordKind | null {
  const m = WORD_BEFORE_STOP.exec(core.length > 30 ? core.slice(-30) : core);
  if (!m) return null;
  const word = m[1]!;
  const bare = word.replace(/\./g, '').toLowerCase();
  if (bare.length === 1 && word === word.toUpperCase()) {
    const prevWord = /(\S+)$/.exec(core.slice(0, core.length - word.length - 1).trimEnd())?.[1] ?? '';
    return prevWord === '' ? 'initialAtStart' : /^\p{Lu}/u.test(prevWord) ? 'initialAfterName' : 'initialAfterWord';
  }
  return rules.abbreviations.get(bare) ?? (word.includes('.') ? 'either' : PLAIN_WORD.test(word) ? 'plainWord' : 'word');
}
const PLAIN_WORD = /^\p{Ll}{2,}$/u;

/**
 * A closing mark that a wrap moved to the head of the next line, against the words of a script
 * written without spaces ("…你会到达哪个站？" / "”这样的问题。"): it closes the sentence before, as on one
 * line. Its length at the head of `piece`, which starts at `at` in `text` just after a line break;
 * 0 for none. (A closing mark set off by a blank is `CLOSER_FIRST`'s, in segment/index.ts.)
 */
export function wrappedCloser(text: string, at: number, piece: string): number {
  if (!/\n[ \t]*$/.test(text.slice(Math.max(0, at - 4), at))) return 0;
  return WRAPPED_CLOSER.exec(piece)?.[0].length ?? 0;
}
const WRAPPED_CLOSER = new RegExp(`^[”’」』）)\\]]+(?=[${UNSPACED_SCRIPTS}])`, 'u');

/**
 * Where a sentence may open with a figure after a stop that follows a lower-case letter ("…
 * deaths. 14,000 bodies were …"): the segmenter proposes no boundary there (a figure may go on a
 * sentence, as in "p. 55 shows"), so they are looked for apart, and each is kept or not by
 * `boundaryAt`. Each as [the end of the stop and its closing marks, where the next sentence
 * would start], offsets into `body`. The stops before a figure are found first (most paragraphs
 * have none, and the regexp engine scans for a stop quickly) and the letter before each checked
 * after: one pattern that opened on the letter tried a Unicode class at every letter.
 */
export function figureStarts(body: string): Array<[stop: number, at: number]> {
  const out: Array<[number, number]> = [];
  STOP_BEFORE_FIGURE.lastIndex = 0;
  for (let m = STOP_BEFORE_FIGURE.exec(body); m; m = STOP_BEFORE_FIGURE.exec(body)) {
    if (LOWER_AT_END.test(body.slice(Math.max(0, m.index - 2), m.index))) out.push([m.index + m[0].trimEnd().length, m.index + m[0].length]);
  }
  return out;
}
const STOP_BEFORE_FIGURE = /[.!?]["”’'»)\]]*\s+(?=(?:["“‘«„‚‹(][ \u00a0\u202f]?)*\d)/g;
/** A lower-case letter at the end (of the one or two UTF-16 units before a stop). */
const LOWER_AT_END = /\p{Ll}$/u;

/**
 * Where a sentence may open after an ellipsis set as one character, glued to a word, before a
 * capital ("… at dawn… Passengers said …", a caption cut short run into the story): ICU proposes a
 * boundary after three full stops there ("dawn... Passengers") but none after "…", which a reader
 * reads alike. The stop rules decide each, as for "...". (Not an elision in brackets, "[…]": the
 * word before is glued to no bracket.)
 */
export function ellipsisStarts(body: string): Array<[stop: number, at: number]> {
  const out: Array<[number, number]> = [];
  ELLIPSIS_BEFORE_CAPITAL.lastIndex = 0;
  for (let m = ELLIPSIS_BEFORE_CAPITAL.exec(body); m; m = ELLIPSIS_BEFORE_CAPITAL.exec(body)) out.push([m.index + m[0].trimEnd().length, m.index + m[0].length]);
  return out;
}
const ELLIPSIS_BEFORE_CAPITAL = /(?<=[\p{L}\p{N}])…["”’»)\]]*\s+(?=["“‘«(]?\p{Lu})/gu;

/**
 * Where an item of a dashed list run on after a sentence's stop opens, as a wrap or a flattened
 * page runs a list onto the line before ("… had a miscarriage. - The agency recommends …"): a stop
 * after a word of two lower-case letters or more (not an abbreviation's: "5 p.m. - The") or a figure
 * of two digits or more in brackets ("… (-3,000). - The"), blanks, a
 * dash and a blank, then a capital. The segmenter proposes no boundary before a dash. The item
 * starts at its dash, as on a line of its own. Each as [the end of the stop, where the item starts],
 * offsets into `body`.
 */
export function dashStarts(body: string): Array<[stop: number, at: number]> {
  const out: Array<[number, number]> = [];
  DASH_ITEM.lastIndex = 0;
  for (let m = DASH_ITEM.exec(body); m; m = DASH_ITEM.exec(body)) {
    if (WORD_OR_FIGURE_AT_END.test(body.slice(Math.max(0, m.index - 8), m.index))) out.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
  return out;
}
const DASH_ITEM = /[.!?]["”’»)\]]*(\s+)(?=[-–—][ \t]+["“‘]?\p{Lu})/gu;
/**
 * Two lower-case letters at the end (of the characters before a stop), or a figure of two digits or
 * more in brackets ("… lost jobs (-3,000). - The rate …"): a word or a figure, not an initial. (Not a
 * figure alone: a dateline's date ends on one before its dash, "PARIS, 29 May 2006. – The …".)
 */
const WORD_OR_FIGURE_AT_END = /(?:\p{Ll}{2}|\d{2}[)\]])$/u;

/**
 * Where a sentence runs into the next with no blank after its stop, as a copy that lost its
 * spaces writes it ("… to feed animals.Alan Bowers …", "… next year.Lori …"): a stop after a word
 * of two letters or more in lower case (or a capital and lower case: "Smith."), before a word that
 * opens on a capital and goes on in lower case. Never inside what is written without blanks on
 * purpose: a link, an e-mail address, a path or a site's name ("www.", "@", "/", "\\", ":", "_",
 * "=", "#", another stop inside it), a file's or a domain's end (`NAME_ENDS`: "report.Pdf"),
 * initials and figures (a single letter or a digit before the stop: "U.S.Army", "3.5"), an
 * abbreviation of the stop rules ("Mr.Smith", "St.Louis") or a name with its "!" ("Yahoo!News").
 * Each as [the end of the stop, where the next sentence starts], offsets into `body`.
 */
export function unspacedStarts(body: string, rules: StopRules): Array<[stop: number, at: number]> {
  const out: Array<[number, number]> = [];
  UNSPACED_STOP.lastIndex = 0;
  for (let m = UNSPACED_STOP.exec(body); m; m = UNSPACED_STOP.exec(body)) {
    const stop = m.index;
    const word = WORD_END.exec(body.slice(Math.max(0, stop - 40), stop))?.[1];
    if (!word || !WORD_BEFORE_UNSPACED.test(word) || rules.abbreviations.has(word.toLowerCase())) continue;
    if (body[stop] === '!' && rules.exclamationNames.has(word.toLowerCase())) continue;
    // The run of characters without a blank that holds the stop, its closing marks left off.
    let a = stop;
    while (a > 0 && !/\s/.test(body[a - 1]!)) a--;
    let b = stop + 1;
    while (b < body.length && !/\s/.test(body[b]!)) b++;
    const run = body.slice(a, b).replace(/[.!?,;:"”’'»)\]]+$/, '');
    if (WRITTEN_WHOLE.test(run) || /[.!?]/.test(run.slice(0, stop - a) + run.slice(stop - a + 1))) continue;
    const after = /^["“‘]?(\p{L}+)/u.exec(run.slice(stop - a + 1))?.[1] ?? '';
    if (NAME_ENDS.has(after.toLowerCase()) && run.endsWith(after)) continue;
    out.push([stop + 1, stop + 1]);
  }
  return out;
}
/**
 * Where a paragraph runs into the next with no blank and no stop after a date's year, as a page
 * flattened onto lines leaves a photo's caption glued to the story's first words ("… in the port
 * city, 03 Mar 2009Harbour officials said …"): a year (four figures) directly before a capital and a
 * letter in lower case, which no word, figure or code is written as. Not inside what is written
 * without blanks on purpose (a link, a path, an address: `WRITTEN_WHOLE`). Each as [the end of the
 * year, where the next sentence starts], offsets into `body`.
 */
export function gluedYearStarts(body: string): Array<[stop: number, at: number]> {
  const out: Array<[number, number]> = [];
  GLUED_YEAR.lastIndex = 0;
  for (let m = GLUED_YEAR.exec(body); m; m = GLUED_YEAR.exec(body)) {
    const at = m.index + m[0].length;
    let a = m.index;
    while (a > 0 && !/\s/.test(body[a - 1]!)) a--;
    let b = at;
    while (b < body.length && !/\s/.test(body[b]!)) b++;
    if (!WRITTEN_WHOLE.test(body.slice(a, b))) out.push([at, at]);
  }
  return out;
}
const GLUED_YEAR = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d(?=\p{Lu}\p{Ll})/gu;

/** A stop directly before a capital and a letter in lower case (after an opening quote mark, if any). */
const UNSPACED_STOP = /[.!?](?=["“‘]?\p{Lu}\p{Ll})/gu;
/** The letters that end a text. */
const WORD_END = /(\p{L}+)$/u;
/** A word of two letters or more in lower case, or a capital and lower case: no initial, no acronym. */
const WORD_BEFORE_UNSPACED = /^\p{Lu}?\p{Ll}{2,}$/u;
/** What marks a run as written without blanks on purpose: a link, an address, a path, a handle, a query. */
const WRITTEN_WHOLE = /www\.|[@/\\:_=#]/i;

/** Does `next` open with a word that starts sentences? */
function startsSentence(next: string, rules: StopRules): boolean {
  const w = FIRST_WORD.exec(next)?.[1];
  return !!w && rules.sentenceStarters.has(w.toLowerCase());
}

/** Counts words of `s` up to `max`. */
function countWords(s: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < max; i++) {
    const space = /\s/.test(s[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The run of full stops that ends `core`, if it is an ellipsis: its length in characters,
 * how many dots, whether they are spaced (". . .") and whether the first is attached to a word.
 */
function ellipsis(core: string): { length: number; count: number; spaced: boolean; attached: boolean } | null {
  let i = core.length;
  let count = 0;
  let spaced = false;
  while (i > 0) {
    const c = core[i - 1]!;
    if (c === '.') {
      count++;
      i--;
    } else if (count > 0 && /\s/.test(c)) {
      // White space between dots: a spaced ellipsis. A line break counts as a space, so a
      // hard-wrapped line that breaks inside ". . ." or between "form." and "..." reads the same.
      let j = i - 1;
      while (j > 0 && /\s/.test(core[j - 1]!)) j--;
      if (j === 0 || core[j - 1] !== '.') break;
      spaced = true;
      i = j;
    } else break;
  }
  if (count < 3) return null;
  const before = core[i - 1];
  return { length: core.length - i, count, spaced, attached: before !== undefined && !/\s/.test(before) };
}

/** A list-item marker: an optional bullet, an optional enumerator (1. 1) 1.) a. a)), then white space. */
const MARKER = /^([•◦▪▫‣⁃●○■□*])?([ \t]*)(?:(\d{1,3}|[a-z])(\.\)|\)|\.))?(?=[ \t\r\n])/;
/** A bullet that stands before list items in running text (not a dash: dashes set off clauses). */
export const BULLETS = '•◦▪▫‣⁃●○■□*';

export interface Marker {
  /** Characters of the marker. */
  length: number;
  /** The bullet and the space after it, if any. */
  bullet: string;
  enumerator: string;
  closer: string;
}

/** The list-item marker at the start of `s`, if any. */
export function listMarker(s: string): Marker | null {
  const m = MARKER.exec(s);
  if (!m || (!m[1] && !m[3])) return null;
  return { length: m[0].length, bullet: m[1] ? m[1] + m[2] : '', enumerator: m[3] ?? '', closer: m[4] ?? '' };
}

/**
 * Does a line open on a bullet ("• Repairs finished early", "▪ 1998: First crossing")? A list's
 * item, a sentence of its own even without a stop: never a heading.
 */
export function bulletLed(s: string): boolean {
  let i = 0;
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return !!listMarker(s.slice(i, i + 12))?.bullet;
}

/** The marker of the item after `m`: the same bullet, the next number or letter. */
function nextMarker(m: Marker): string {
  let e = m.enumerator;
  if (/^\d+$/.test(e)) e = String(Number(e) + 1);
  else if (e) e = e === 'z' ? '' : String.fromCharCode(e.charCodeAt(0) + 1);
  if (m.enumerator && !e) return '';
  return e ? `${m.bullet}${e}${m.closer}` : m.bullet.trimEnd();
}

/**
 * Items of a list run together in one paragraph ("1.) The first item 2.) The second item"):
 * the offsets in `body` where each item starts, and where its text starts (past the marker).
 * Only a paragraph that opens with a marker has items, and only the next marker in sequence
 * (2 after 1, b after a, the same bullet) opens the next one.
 */
export function listItems(body: string): Array<{ start: number; text: number }> {
  let lead = 0;
  while (lead < body.length && /\s/.test(body[lead]!)) lead++;
  const first = listMarker(body.slice(lead, lead + 12));
  if (!first) return [];
  const textAt = (i: number): number => {
    while (i < body.length && /\s/.test(body[i]!)) i++;
    return i;
  };
  const out = [{ start: lead, text: textAt(lead + first.length) }];
  let marker = first;
  let from = lead + first.length;
  for (;;) {
    const want = nextMarker(marker);
    if (!want) break;
    let at = body.indexOf(want, from);
    // The next marker stands after white space, a bullet with or without a space after it.
    while (at >= 0 && !(/\s/.test(body[at - 1] ?? '') && listMarker(body.slice(at, at + 12)))) at = body.indexOf(want, at + 1);
    if (at < 0) break;
    const m = listMarker(body.slice(at, at + 12))!;
    out.push({ start: at, text: textAt(at + m.length) });
    marker = m;
    from = at + m.length;
  }
  return out.length > 1 ? out : [];
}

/**
 * A full stop, "!", "?" or an ellipsis that ends a word (or another script's stop, "。", "।"), any
 * closing marks after it, then a blank or the end; a stop of another script before a word too
 * ("…হয়েছে।সরকার …": a danda is a stop wherever it stands).
 */
const STOP = new RegExp(`[${SENTENCE_STOPS}]["”’'»)\\]]*(?:\\s|$)|[${SCRIPT_STOPS}]`, 'u');

/** Does a paragraph have a sentence's stop anywhere (not only in a word: "3.5" and "U.S" have none)? */
export const hasStops = (body: string): boolean => STOP.test(body);

/**
 * Where a sentence starts, line ends and capitals the only cues, in a paragraph that lost its stops
 * ("… is unknown at this time The time of Dawn's capture …"): a word in lower case that is not a
 * function word, then a function word or a sentence starter written with a capital, and after it a
 * word in lower case, a figure or a currency sign, as a sentence opens ("The time", "If the",
 * "It was"; not "I", always a capital, nor "told The Associated Press", a name). The offsets in
 * `body` of each such start.
 */
export function capitalStarts(body: string, functionWords: ReadonlySet<string>, rules: StopRules): number[] {
  const out: number[] = [];
  for (const m of body.matchAll(CAPITAL_START)) {
    const word = m[2]!.toLowerCase();
    if (word === 'i' || functionWords.has(/(\p{L}+)$/u.exec(m[1]!)?.[1]?.toLowerCase() ?? '')) continue;
    if (functionWords.has(word) || rules.sentenceStarters.has(word)) out.push(m.index! + m[0].length);
  }
  return out;
}
/** A word in lower case and blanks (group 1), then, at the end of the match, a capitalised word (group 2) that opens a sentence. */
const CAPITAL_START = /(?<![\p{L}\p{N}])(\p{Ll}[\p{L}\p{M}'’-]*)[ \t\r\n]+(?=(\p{Lu}\p{Ll}*)(?:['’]s)?[ \t\r\n]+[\p{Ll}\p{N}\p{Sc}])/gu;

/**
 * A stop (a full-width one too: "。", "！", "？"; or another script's: "।", "։"), then quotation marks
 * that open a quotation (never close one), at the end of a piece.
 */
const OPENING_AFTER_STOP = new RegExp(`[${SENTENCE_STOPS}]([“‘«„‚]+)(\\s*)$`, 'u');

/**
 * Takes characters off the end of each piece that the next piece follows at once: as many as
 * `cut` says, given the piece's last `reach` characters and the next piece's first two (0: none);
 * given to the next piece as its start when `toNext`, else left out of both.
 */
function endsTaken(text: string, pieces: Piece[], reach: number, cut: (tail: string, next: string) => number, toNext: boolean): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const [start, end] = pieces[k]!;
    if (pieces[k + 1]![0] !== end) continue;
    const n = cut(text.slice(Math.max(start, end - reach), end), text.slice(end, end + 2));
    if (!n) continue;
    pieces[k]![1] = end - n;
    if (toNext) pieces[k + 1]![0] = end - n;
  }
}

/**
 * Gives an opening quotation mark that ICU left at the end of a sentence, written with no blank
 * after its stop ("… approved.“We are glad,” …", "…做出贡献。‘大众创业…"), to the sentence it opens. (A straight mark
 * may close the sentence before, "… through it."The Bowers …": it stays.)
 * (The blanks or the line break a wrap set after the mark go with it: "… approved.“" / "We …".)
 */
export function openingQuotesOn(text: string, pieces: Piece[]): void {
  endsTaken(text, pieces, 8, (tail) => {
    const m = OPENING_AFTER_STOP.exec(tail);
    return m ? m[1]!.length + m[2]!.length : 0;
  }, true);
}

/** A sentence's end, blanks, then a question or exclamation mark of its own, at the end of a piece. */
const STOPS_AFTER_END = new RegExp(`[${SENTENCE_STOPS}]["”’»)\\]]*\\s+([?!]+)$`, 'u');

/**
 * Leaves out of every sentence a question or exclamation mark that stands alone after a sentence
 * already ended and is glued to the next sentence's first letter ("… open.\n?The minister …": a
 * character the copy could not encode, at a paragraph's head), as a paragraph's head leaves it
 * out: the sentence before reads the same whether the line break before the mark ends a paragraph
 * or a wrapped line.
 */
export function strayStopsOn(text: string, pieces: Piece[]): void {
  endsTaken(text, pieces, 12, (tail, next) => (/^\p{L}/u.test(next) ? (STOPS_AFTER_END.exec(tail)?.[1]!.length ?? 0) : 0), false);
}
