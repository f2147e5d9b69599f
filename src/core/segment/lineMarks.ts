/**
 * What a line's own marks say about the break before or after it, written as data: a line that
 * ends where no sentence or paragraph ends goes on in the next; a line that opens a field of a
 * message's header, or is a ruler, stands on its own. (lines.ts asks these before it weighs a
 * line's width.)
 */
import { labelAt } from './speakers';

/**
 * The ends of a line on which no paragraph ends, whatever its width: a comma, a word broken at
 * its hyphen ("seven-" / "year"). A line of its own never stops there (a heading, a date line, a
 * list item or a byline has no comma at its end), so the next line goes on from it.
 */
const GOES_ON: readonly RegExp[] = [/,$/, /[\p{L}\p{N}]-$/u];

/** Does a line stop where no paragraph ends (`GOES_ON`)? */
export function goesOn(line: string): boolean {
  return GOES_ON.some((re) => re.test(line));
}

/**
 * The fields of a message's header (RFC 5322 and the ones mail clients and list servers write),
 * each on its line: "From: Ron Baalke <…>", "Date: Thu, 25 Sep 2008 …", "Message-ID: <…>". An
 * e-mailed release carries them above its text, and a wrap may run one into the next.
 */
const HEADER_FIELDS: readonly string[] = `
From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|Sender|Message-ID|Message-Id|In-Reply-To|References|Return-Path|
Received|Delivered-To|Organization|Organisation|MIME-Version|Content-Type|Content-Transfer-Encoding|
List-Id|List-Post|List-Help|List-Unsubscribe|List-Subscribe|List-Archive|Precedence|X-Mailer|Importance`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/**
 * A field's label at the start of a line: a header field's name, as mail writes it (its case, a
 * colon and a blank after it), or a label in capitals before a colon or an ellipsis and its value,
 * as bulletins set their fields out ("LOCATION...15.3N 61.3W", "MAXIMUM SUSTAINED WINDS...160 MPH",
 * the three dots one ellipsis character too, "LOCATION…15.3N 61.3W", its words one blank apart or more,
 * "CONTACT: …"; not "… STRONG GALE...", the end of a line in capitals, nor a speaker's name before
 * the words quoted, "ANA COSTA: "We …", which a wrap may move to a line's start inside its paragraph).
 */
const FIELD = new RegExp(`^(?:(?:${HEADER_FIELDS.join('|')}):(?:[ \\t]|$)|\\p{Lu}{4,}(?:(?:[ \\t]+|[/-])[\\p{Lu}\\d]+){0,3}(?::[ \\t](?![ \\t]*["“‘«„])|(?:\\.{3}|…)(?=[^.…\\s])))`, 'u');

/**
 * A message header's field but its subject (the release's title), on a line of its own: "From: …",
 * "Date: …", "Message-ID: <…>". The mail's furniture, never news: chrome.
 */
const MAIL_HEADER = new RegExp(`^(?:${HEADER_FIELDS.filter((f) => f !== 'Subject').join('|')}):(?:[ \\t]|$)`);

/** Is a unit a field of a message's header, the subject apart? */
export function isMailHeader(unit: string): boolean {
  return MAIL_HEADER.test(unit);
}

/** Does a line open a field (a header's, a bulletin's)? It stands on its own, whatever the line before. */
export function opensField(line: string): boolean {
  return FIELD.test(line);
}

/**
 * A ruler: a line of one punctuation mark repeated ("-----", "=====", "*****", "_____"), three at
 * least, that sets a header or a table apart. A wrap breaks a ruler longer than its width where
 * it has no blank: its rest is more of the same mark, however short.
 */
const RULER = /^([-=*_~#+])\1*$/;

/** The mark a ruler repeats (`rest`: or the rest of one, shorter), or null for a line that is none. */
export function rulerMark(line: string, rest = false): string | null {
  return rest || line.length >= 3 ? (RULER.exec(line)?.[1] ?? null) : null;
}

/**
 * A ruler run into a line of text, as a page or a mail flattened onto one line leaves it ("… from
 * Seoul. ______ [1]http://…", "… Ghanaian Presidency ------ http://…"): one of the marks a ruler
 * repeats (`RULER`), ten times at least, a blank or the line's end on either side. It parts the
 * words before it from those after it as a ruler on a line of its own does, so that a wrap that
 * puts it on a line of its own changes nothing.
 */
const RULER_MARKS = '-=*_~#+';
const RULER_IN_LINE_MIN = 10;
/** 1 for the character codes of `RULER_MARKS` (all ASCII), 0 for the rest: a line is read code by code, no string made for each. */
const IS_RULER_MARK = new Uint8Array(128).map((_, c) => (RULER_MARKS.includes(String.fromCharCode(c)) ? 1 : 0));

/**
 * The rulers run into the line `text.slice(from, to)` (no blank at either end) between its
 * words, [start, end] of each in order; none for a line that is a ruler alone.
 */
export function rulersInLine(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (to - from <= RULER_IN_LINE_MIN) return out;
  const blank = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 32 || c === 9;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || IS_RULER_MARK[c] === 0 || (i > from && !blank(i - 1))) continue;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === c) j++;
    if (j - i >= RULER_IN_LINE_MIN && (j === to || blank(j)) && !(i === from && j === to)) out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/**
 * The parts of the line `text.slice(from, to)` (no blank at either end) that a ruler run into it
 * parts ([start, end] of each, blanks around them left out): its words before the ruler, the
 * ruler, its words after; the whole line when it has none.
 */
export function lineParts(text: string, from: number, to: number): Array<[number, number]> {
  const rulers = rulersInLine(text, from, to);
  if (!rulers.length) return [[from, to]];
  const out: Array<[number, number]> = [];
  let at = from;
  for (const [s, e] of rulers) {
    let end = s;
    while (end > at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end > at) out.push([at, end]);
    out.push([s, e]);
    at = e;
    while (at < to && (text[at] === ' ' || text[at] === '\t')) at++;
  }
  if (at < to) out.push([at, to]);
  return out;
}

/**
 * Are two lines in two cases, one in capitals (three words or more, no two letters in lower case
 * together: an abbreviation's one, "No. 626-06 IMMEDIATE RELEASE", leaves it in capitals) and the
 * other with words in lower case? A wrap never changes a paragraph's case: a bulletin's fields in
 * capitals and the forecaster's name under them ("… 27.29 INCHES" / "Forecaster Brown"), a
 * release's number under its office's name ("NEWS RELEASES from the … Department of Defense" /
 * "No. 626-06 IMMEDIATE RELEASE") are lines of their own.
 */
export function caseChanges(a: string, b: string): boolean {
  const caps = (s: string): boolean => !/\p{Ll}{2}/u.test(s) && s.split(/\s+/).length >= 3 && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 8;
  const lower = (s: string): boolean => /\p{Ll}{2}/u.test(s);
  // (Not a name in capitals that ends the sentence a line left open on a comma: "… on the VOA
  // program," / "HARBOUR RADIO WEEKLY." is one sentence.)
  // (Nor a line that ends on a word in capitals before one in capitals: the case changed inside the
  // line before, "… and we act TO" / "DEFEND FREE AND OPEN RADIO !!!".)
  if (lower(a) && caps(b)) return !(/,["”’»)\]]*$/.test(a) && /[.!?]["”’»)\]]*$/.test(b)) && !ENDS_IN_CAPITALS.test(a);
  // (Nor after a line that ends on a name's initial, "… MINISTER ANA B." / "COSTA: Budget day": the
  // name runs on.)
  if (endsOnInitial(a) && /^\p{Lu}{2}/u.test(b)) return false;
  // (A speaker's label in capitals is no line in capitals: its words, the wrap broke after their
  // first, go on in the next line, 'ANA COSTA-REED: "We' / 'understand …'. Nor a line that opens on
  // two words in capitals: the capitals run on over the break and the case changes inside that line,
  // a title in capitals with its rest in lower case wrapped, "STATEMENT BY THE MINISTER OF" /
  // "FINANCE, ANA COSTA: Budget day".)
  const label = labelAt(a);
  return caps(label ? a.slice(a.indexOf(':', label.length) + 1) : a) && lower(b) && !OPENS_IN_CAPITALS.test(b);
}
/** Does a line end on a name's initial, one capital and its stop after a blank ("… ANA B.")? */
export function endsOnInitial(s: string): boolean {
  return INITIAL_END.test(s);
}
const INITIAL_END = /(?<=\s)\p{Lu}\.$/u;
/** A word in capitals, two letters or more and none in lower case, at a line's end. */
const ENDS_IN_CAPITALS = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Lu}'’-]*\p{Lu}[,;:]?$/u;
/** Two words in capitals (two letters or more each, none in lower case; or a name's initial, then one) at a line's start. */
const OPENS_IN_CAPITALS = /^["“‘(]?(?:\p{Lu}\.|\p{Lu}[\p{Lu}\p{N}'’.-]*\p{Lu}[,;:.]?)\s+(?:\p{Lu}\.|\p{Lu}[\p{Lu}'’.-]*\p{Lu}(?!\p{Ll}))/u;

/**
 * The quotation marks a mail's reply sets before each line it quotes ("> ", "> > ", ">>"), from
 * `from` (the line's first character but blanks) to `end` (its end): their length, the blank after
 * the last included, or 0. A mark is one only before a blank, another mark or the line's end.
 */
export function quoteMargin(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === 62) {
    const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    if (after !== 32 && after !== 9 && after !== 62) break;
    i++;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) && text.charCodeAt(i + 1) === 62) i++;
  }
  return i - from;
}

/** A line that may open with a mail's quotation mark. */
const QUOTED = /(?:^|\n)[ \t]*>/;

/**
 * The text with the quotation marks of a mail's reply (`quoteMargin`) blanked, the same length: as
 * a reader reads the sentences a reply quotes. The text itself when it quotes nothing.
 */
export function blankQuoteMargins(text: string): string {
  if (!QUOTED.test(text)) return text;
  let out = '';
  let done = 0;
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let first = pos;
    while (first < nl && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const margin = quoteMargin(text, first, nl);
    if (margin) {
      out += text.slice(done, first) + ' '.repeat(margin);
      done = first + margin;
    }
    pos = nl + 1;
  }
  return out + text.slice(done);
}

/**
 * Is a line set whole in emphasis marks, opening and closing on the same ("*Ferries halted*",
 * "**Update**", "_Note_"), with none inside? Its closing mark ends it: no wrap leaves a line's rest
 * after the mark that closes it.
 */
export function emphasisedWhole(s: string): boolean {
  const m = /^(\*{1,2}|_{1,2})(?=\S)/.exec(s);
  return m !== null && s.length > 2 * m[1]!.length + 1 && s.endsWith(m[1]!) && !/\s$/.test(s.slice(0, -m[1]!.length)) && !s.slice(m[1]!.length, -m[1]!.length).includes(m[1]![0]!);
}

/** The writing systems a sentence may change at a line break, each a test of a letter (Japanese writes three scripts, and Chinese's). */
const SCRIPT_GROUPS: readonly RegExp[] = [
  /\p{sc=Latin}/u,
  /\p{sc=Cyrillic}/u,
  /\p{sc=Greek}/u,
  /\p{sc=Arabic}/u,
  /\p{sc=Hebrew}/u,
  /\p{sc=Hangul}/u,
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u,
  /\p{sc=Thai}/u,
  /\p{sc=Devanagari}/u,
];
const scriptGroup = (letter: string): number => SCRIPT_GROUPS.findIndex((r) => r.test(letter));
/** A sentence's stop, then any closing marks, at the end of a line. */
const STOP_AT_END = /[.!?…]["”’»)\]]*$/u;
/** A line's first letter, after any opening marks. */
const FIRST_LETTER = /^[\p{Ps}\p{Pi}"'“‘«„\s]*(\p{L})/u;
/** A line's last letter ('' if none in its last 12 characters). */
const lastLetter = (s: string): string => /\p{L}(?=[^\p{L}]*$)/u.exec(s.length > 12 ? s.slice(-12) : s)?.[0] ?? '';
/** A line's last three words, then a sentence's stop and any closing marks. */
const LAST_WORDS_STOP = /(?:^|\s)(\S+(?:\s+\S+){0,2}?)[.!?…]+["”’»)\]]*$/u;

/**
 * Does a sentence end at the line's end in one writing system and the next line open in another
 * ("… the will to go on…”" / "그는 …": an original's words kept over their translation)? The line's
 * last three words are all in the first script (so not a name in the other script closed by an
 * abbreviation's stop inside a sentence: "… Apple Inc." / "의 …"), the next line's first letter,
 * after any opening mark, in the second.
 */
export function scriptChanges(a: string, b: string): boolean {
  // (Asked of every line break: first the cheap tests, a stop at the end, a letter of another script after.)
  if (!STOP_AT_END.test(a.length > 8 ? a.slice(-8) : a)) return false;
  const first = FIRST_LETTER.exec(b)?.[1];
  if (first === undefined || scriptGroup(first) < 0 || SCRIPT_GROUPS[scriptGroup(first)]!.test(lastLetter(a))) return false;
  const m = LAST_WORDS_STOP.exec(a.length > 120 ? a.slice(-120) : a);
  if (!m) return false;
  const letters = m[1]!.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const g = scriptGroup(letters[0]!);
  return g >= 0 && letters.every((l) => SCRIPT_GROUPS[g]!.test(l)) && scriptGroup(first) >= 0 && scriptGroup(first) !== g;
}

