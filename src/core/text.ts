/**
 * Tokenization. A token keeps its UTF-16 offsets into the original text, its folded
 * surface form (`norm`) and a comparison key (`key`) that is equal for two words a reader
 * would call the same word: case, curly quotes, possessive 's, British/American spelling
 * and inflection are folded away (the folds are `fold.ts`'s; the stemmer and the lexicon
 * come with the language's context, `tokenizerContext.ts`).
 */
import type { Lexicon } from './lexicon';
import { unspacedAt } from './scripts';
import { IdBytes } from './idBytes';
import { foldDiacritics, foldSpelling } from './fold';
import { once } from './once';

/**
 * A word of a text: where it stands, and what it is (its shape, shared by every
 * occurrence of the same surface form, so a long text does not carry a copy per word).
 */
export class Token {
  constructor(
    /** Offset of the first character in the document. */
    readonly start: number,
    /** Offset one past the last character. */
    readonly end: number,
    private readonly shape: TokenShape,
  ) {}
  /** Lower case, apostrophes folded, possessive kept. */
  get norm(): string {
    return this.shape.norm;
  }
  /** Comparison key: stemmed, spelling-folded; for numbers, the value. */
  get key(): string {
    return this.shape.key;
  }
  /** The key as an integer: equal keys (of one language context) have equal ids. */
  get id(): number {
    return this.shape.id;
  }
  /** The norm as an integer: equal norms (of one language context) have equal ids (dense, from 0). */
  get nid(): number {
    return this.shape.nid;
  }
  /** A number written in digits, or a number word. */
  get num(): number | null {
    return this.shape.num;
  }
  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return this.shape.cap;
  }
  /** Carries content: not a function word. */
  get content(): boolean {
    return this.shape.content;
  }
  /** The same word `delta` code units further on (the same sentence standing elsewhere). */
  moved(delta: number): Token {
    return new Token(this.start + delta, this.end + delta, this.shape);
  }
}

/**
 * A test of a token that depends on its norm only, asked once per different norm: the answers
 * are kept by norm id (one memo per function returned; norm ids are per language context, so
 * use it on the tokens of one context). A long text then asks once per word form, not per word.
 */
export function byNorm(test: (norm: string) => boolean): (t: Token) => boolean {
  const memo = new IdBytes();
  return (t) => {
    let v = memo.get(t.nid);
    if (v === 0) memo.set(t.nid, (v = test(t.norm) ? 2 : 1));
    return v === 2;
  };
}

/**
 * Words: letters and digits, with inner apostrophes (Shi'ite, don't, Iran's; a left single quote
 * or an ʻokina between letters is one too: Hawai‘i, O‘ahu); acronyms
 * with dots (U.S., a.m.) or joined by an ampersand (AT&T, R&D, S&P; a plural and a possessive
 * with them: Q&As, AT&T's); numbers with inner
 * separators (48,500 · 3.5 · 10:55); a currency sign or a per cent sign sticks to its number. A
 * figure may be set in full-width forms, as Chinese and Japanese copy sets them (３０ · ４．５％ ·
 * １０：１５ · ￥８，０００; a full-width comma only before a group of three digits: between
 * others it parts a list, "１，２"): `shapeOf` reads it as its ASCII form.
 */
const TOKEN = String.raw`[$€£¥₹＄￥]?[0-9０-９]+(?:[.,:/．：／][0-9０-９]+|，[0-9０-９]{3}(?![0-9０-９]))*[%％]?|(?:\p{L}\.){2,}(?!\p{L})|\p{Lu}{1,4}(?:&\p{Lu}{1,4})+s?(?:['\u2019\u02BC]\p{L}+)?(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02BB\u02BC][\p{L}\p{M}]+)*`;

/** TOKEN for text of ASCII and typographic punctuation (U+2010–U+201F) only. */
const PLAIN_TOKEN = String.raw`\$?\d+(?:[.,:/]\d+)*%?|(?:[A-Za-z]\.){2,}(?![A-Za-z])|[A-Z]{1,4}(?:&[A-Z]{1,4})+s?(?:['\u2019][A-Za-z]+)?(?![A-Za-z0-9])|[A-Za-z0-9]+(?:['\u2018\u2019][A-Za-z]+)*`;
/** A character outside that set: the full pattern is needed. */
const NOT_PLAIN = /[^\x00-\x7f\u2010-\u201f]/;

/**
 * A figure grouped in threes by spaces (“3 000”, “1 250 000,5”), written first so that it wins
 * over the plain number pattern. A no-break, narrow no-break or thin space groups digits in any
 * language; a plain space only where the language writes a decimal comma (French “3 000”): English
 * prose does not group so, and “May 12 500 people” is two numbers there.
 */
const grouped = (currency: string, spaces: string): string => String.raw`${currency}?\d{1,3}(?:[${spaces}]\d{3})+(?!\d)(?:[.,]\d+)?%?|`;
const NO_BREAK_SPACES = String.raw`\u00A0\u202F\u2009`;
const CURRENCY = '[$€£¥₹]';

/**
 * The token patterns, sticky: tried at one position at a time by `tokenize`. The Unicode ones are
 * made on first use (`once`): a text of plain ASCII never needs them, and their property classes
 * cost more to build than the plain patterns cost to run.
 */
const PLAIN_STICKY = new RegExp(PLAIN_TOKEN, 'y');
const PLAIN_SPACED_STICKY = new RegExp(grouped(String.raw`\$`, ' ') + PLAIN_TOKEN, 'y');
const UNICODE_STICKY = once(() => new RegExp(grouped(CURRENCY, NO_BREAK_SPACES) + TOKEN, 'uy'));
const UNICODE_SPACED_STICKY = once(() => new RegExp(grouped(CURRENCY, ' ' + NO_BREAK_SPACES) + TOKEN, 'uy'));
/** ASCII characters a token can start with: letters, digits, the dollar sign (1), and the rest (0). */
const TOKEN_START = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9$]/.test(String.fromCharCode(c)) ? 1 : 0));
/**
 * A timecode in square brackets, "[00:53.04]" or "[01:02:03]": the timing tag of a subtitle or
 * lyrics file (LRC) or of a transcript, which stands before the words it times. No word of the
 * text: no token (a figure or a clock time else, cutting "seventy-two [00:56.41]billion" in two).
 */
export const TIMECODE_SOURCE = String.raw`\[\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\]`;
const TIMECODE = new RegExp(TIMECODE_SOURCE, 'y');
const OPEN_BRACKET = 0x5b;
const TIMECODES = new RegExp(TIMECODE.source, 'g');

/**
 * A reference mark, "[3]": a wiki's or a paper's pointer to a note, glued to the words or the
 * punctuation it follows ("rose 4%.[3]", "the vote[12][13]"). No word of the text: no token (a
 * figure the copy added else). Only glued: "[5]" after a space may be the text's own figure.
 */
export const REFERENCE_MARK_SOURCE = String.raw`\[\d{1,3}\]`;
const REFERENCE_MARK = new RegExp(REFERENCE_MARK_SOURCE, 'y');

/** Where the timecode or the glued reference mark at `i` of `s` (a "[") ends, or `i + 1` when none starts there. */
function timecodeEnd(s: string, i: number): number {
  TIMECODE.lastIndex = i;
  if (TIMECODE.test(s)) return TIMECODE.lastIndex;
  if (i > 0 && !/\s/.test(s[i - 1]!)) {
    REFERENCE_MARK.lastIndex = i;
    if (REFERENCE_MARK.test(s)) return REFERENCE_MARK.lastIndex;
  }
  return i + 1;
}

/** The text between two tokens as the reader sees it: without the timecodes it holds ("seventy-two [00:56.41]billion": a space). */
export function gapText(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  return gap.includes('[') ? gap.replace(TIMECODES, '') : gap;
}
/** ASCII letters (1), digits (2), the rest (0). */
const ALNUM = new Uint8Array(128).map((_, c) => (/[A-Za-z]/.test(String.fromCharCode(c)) ? 1 : /[0-9]/.test(String.fromCharCode(c)) ? 2 : 0));

/**
 * Where the plain word at `i` of `s` ends, `i` being an ASCII letter: the end of its run of ASCII
 * letters and digits, which is the whole token unless the character after it could carry the
 * token on (a dot of "U.S.", the ampersand of "AT&T", an apostrophe of "Iran's"); -1 then, and
 * the pattern decides. (A letter starts none of PLAIN_TOKEN's other forms: those need a dot
 * or an ampersand at the end of the run, or a digit or a dollar sign first.)
 */
function plainWordEnd(s: string, i: number): number {
  let e = i + 1;
  while (e < s.length) {
    const c = s.charCodeAt(e);
    if (c >= 128 || ALNUM[c] === 0) break;
    e++;
  }
  const after = e < s.length ? s.charCodeAt(e) : 0;
  return after === 46 || after === 38 || after === 39 || after === 0x2018 || after === 0x2019 ? -1 : e;
}

const THOUSANDS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** The blanks that group a figure's digits in threes (“3 000”, “1 250 000”). */
const GROUP_SPACE = `[ ${NO_BREAK_SPACES}]`;
const SPACE_GROUPS_RE = new RegExp(String.raw`^\d{1,3}(?:${GROUP_SPACE}\d{3})+(?:[.,]\d+)?$`);
const GROUP_SPACES = new RegExp(GROUP_SPACE, 'g');

/**
 * The value of a number written in digits, or null. With `decimalComma` (most languages of
 * Europe, Indonesian, Turkish…) “3.000” and “3 000” are three thousand and “1,5” is one and a
 * half; otherwise (English) “3,000” is three thousand and “3.5” three and a half. Either way
 * both sides of a comparison are read alike, and a lone comma before other than three digits
 * is a decimal comma.
 */
export function parseNumber(surface: string, decimalComma = false): number | null {
  let s = surface.replace(/^[$€£¥₹]/, '').replace(/%$/, '');
  if (SPACE_GROUPS_RE.test(s)) s = s.replace(GROUP_SPACES, '').replace(',', '.');
  else if (decimalComma) {
    if (DOT_THOUSANDS_RE.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  } else if (THOUSANDS_RE.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}
/** Everything tokenization needs to know about the language. Get one from `tokenizerContext` (tokenizerContext.ts). */
export interface TokenizerContext {
  lexicon: Lexicon;
  stem: (w: string) => string;
  /** Apply British→American folding (English only). */
  english: boolean;
  /** The language writes a decimal comma and groups thousands with dots or spaces (see `parseNumber`). */
  decimalComma: boolean;
}

/** What a token is apart from where it stands: a function of its surface form in one context. */
interface TokenShape {
  norm: string;
  key: string;
  /** `key` as a small integer, the same for equal keys in one context (see `keyIds`). */
  id: number;
  /** `norm` as a small integer, the same for equal norms in one context (see `normIds`). */
  nid: number;
  num: number | null;
  cap: boolean;
  content: boolean;
}

/**
 * Shapes by surface form, per context: most words of a text recur, within it and across
 * calls, and a shape costs a lower-casing, several regular expressions and a stem to make.
 * The table is looked up with the word's characters where they stand in the text (its hash
 * taken there), so a word seen before costs neither a string nor a map lookup of one: on
 * news text that makes tokenizing about a quarter faster than a Map keyed by the word.
 */
class ShapeTable {
  /** Entry + 1 per slot, 0 for an empty one; open addressing, linear probing, at most half full. */
  private slots = new Int32Array(1 << 12);
  private surfaces: string[] = [];
  private shapes: TokenShape[] = [];

  /** The shape of `s.slice(from, to)`, whose `hashOf` is `h`. */
  get(s: string, from: number, to: number, h: number, ctx: TokenizerContext): TokenShape {
    const mask = this.slots.length - 1;
    const n = to - from;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const e = this.slots[k]! - 1;
      if (e < 0) break;
      const w = this.surfaces[e]!;
      if (w.length !== n) continue;
      let i = 0;
      while (i < n && w.charCodeAt(i) === s.charCodeAt(from + i)) i++;
      if (i === n) return this.shapes[e]!;
    }
    const surface = s.slice(from, to);
    const shape = shapeOf(surface, ctx);
    if (this.shapes.length >= MEMO_LIMIT) this.clear();
    this.surfaces.push(surface);
    this.shapes.push(shape);
    if (this.shapes.length * 2 > this.slots.length) this.grow();
    else this.place(h, this.shapes.length);
    return shape;
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let k = h & mask;
    while (this.slots[k] !== 0) k = (k + 1) & mask;
    this.slots[k] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.surfaces.forEach((w, e) => this.place(hashOf(w, 0, w.length), e + 1));
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 12);
    this.surfaces = [];
    this.shapes = [];
  }
}

/** FNV-1a over the UTF-16 code units of `s.slice(from, to)`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const shapeMemos = new WeakMap<TokenizerContext, ShapeTable>();
/** Words kept per context before the table starts afresh (a long-running editor meets many). */
const MEMO_LIMIT = 200_000;

/**
 * Key → integer, per context, so that sentences compare and index by numbers. It only
 * grows, with each distinct key (stem) ever seen: never cleared, because tokens made
 * earlier (a prepared canonical text) must keep meaning the same key.
 */
const keyIds = new WeakMap<TokenizerContext, Map<string, number>>();
/** Norm → integer, per context, likewise (a stage that asks about word forms indexes an array by it, not a set by a string). */
const normIds = new WeakMap<TokenizerContext, Map<string, number>>();

function idOf(table: WeakMap<TokenizerContext, Map<string, number>>, key: string, ctx: TokenizerContext): number {
  let ids = table.get(ctx);
  if (!ids) table.set(ctx, (ids = new Map()));
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/**
 * Decimal digits of any script (Arabic-Indic ٤٤٤, Persian ۴۴۴, Devanagari ४४४…) as ASCII digits:
 * Unicode lays out every script's digits as a run of ten from its zero, so a digit's value is
 * its distance from the start of its run, modulo ten.
 */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    let zero = d.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((d.codePointAt(0)! - zero) % 10);
  });
}

/** A figure set in full-width forms, a currency sign (＄, ￥) or a digit first. */
const FULL_WIDTH_FIGURE = /^[＄￥]?[０-９]/;

function shapeOf(written: string, ctx: TokenizerContext): TokenShape {
  // A full-width figure ("３０", "１，２００", "４．５％") is the figure its ASCII form is: the same
  // norm, key and value (the token's offsets stay on the file's own characters).
  const surface = written.charCodeAt(0) >= 0xff04 && FULL_WIDTH_FIGURE.test(written) ? written.normalize('NFKC') : written;
  const first = surface.charCodeAt(0);
  const lower = surface.toLowerCase();
  let norm = /[\u2018\u2019\u02BB\u02BC]/.test(lower) ? lower.replace(/[\u2018\u2019\u02BB\u02BC]/g, "'") : lower;
  let num: number | null = null;
  let key: string;
  const isDigit = (first >= 48 && first <= 57) || /^[$€£¥₹]/.test(surface);
  const otherDigits = !isDigit && first > 127 && /^\p{Nd}+$/u.test(surface);
  if (isDigit || otherDigits) {
    num = parseNumber(otherDigits ? asciiDigits(surface) : surface, ctx.decimalComma);
    key = num !== null ? '#' + num : norm;
  } else {
    if (norm.includes('.')) norm = norm.replace(/\./g, ''); // U.S. → us
    let bare = norm.includes("'") ? norm.replace(/'s$/, '').replace(/'/g, '') : norm;
    const full = first >= 65 && first <= 90 ? ctx.lexicon.expansions?.get(bare) : undefined;
    if (full) bare = full;
    const w = ctx.lexicon.numberWords.get(norm);
    if (w !== undefined) {
      num = w;
      key = '#' + w;
    } else {
      key = foldDiacritics(ctx.stem(ctx.english ? foldSpelling(bare) : bare));
    }
  }
  const head = surface[0]!;
  const cap = head !== head.toLowerCase();
  const content = num !== null || (ctx.lexicon.functionWords.size > 0 ? !ctx.lexicon.functionWords.has(norm) : norm.length > 2);
  return { norm, key, id: idOf(keyIds, key, ctx), nid: idOf(normIds, norm, ctx), num, cap, content };
}

/** Tokenizes `text.slice(from, to)`; offsets are into `text`. */
export function tokenize(text: string, from: number, to: number, ctx: TokenizerContext): Token[] {
  let memo = shapeMemos.get(ctx);
  if (!memo) shapeMemos.set(ctx, (memo = new ShapeTable()));
  const out: Token[] = [];
  const slice = text.slice(from, to);
  // Most news text is ASCII but for typographic quotes and dashes: a pattern without
  // Unicode property classes finds the same tokens there, faster.
  const plain = !NOT_PLAIN.test(slice);
  const re = ctx.decimalComma ? (plain ? PLAIN_SPACED_STICKY : UNICODE_SPACED_STICKY()) : plain ? PLAIN_STICKY : UNICODE_STICKY();
  // The pattern is tried where a token may start (what a global exec would do, without a
  // match array per token): ASCII white space and punctuation never start one.
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (c < 128 && TOKEN_START[c] === 0) {
      i = c === OPEN_BRACKET ? timecodeEnd(slice, i) : i + 1;
      continue;
    }
    // A plain word (most tokens) is read without the pattern; it ends in ASCII, so no wrap of a script without spaces goes on after it.
    const word = plain && c < 128 && ALNUM[c] === 1 ? plainWordEnd(slice, i) : -1;
    if (word > 0) {
      out.push(new Token(from + i, from + word, memo.get(slice, i, word, hashOf(slice, i, word), ctx)));
      i = word;
      continue;
    }
    re.lastIndex = i;
    if (!re.test(slice)) {
      i++;
      continue;
    }
    let end = re.lastIndex;
    // (A script without spaces sets a figure against the word before it, "销售额60%以上": the
    // figure is a token of its own, as it is where a blank or a wrap's line break stands there.)
    if (c >= 0x0e00) end = figureAfterUnspaced(slice, i, end);
    const joined = unspacedAt(slice, end, true) || latinRunOn(slice, i, end) ? joinWrapped(slice, i, end, re) : (signAfterBreak(slice, i, end) ?? figureAcrossBreak(slice, i, end, re) ?? (ctx.decimalComma ? groupAfterBreak(slice, i, end, re) : null));
    if (joined) {
      // A word of a script without spaces that a hard wrap broke (or a figure and its per cent sign): one token, read without the break.
      end = joined.end;
      const word = joined.text;
      out.push(new Token(from + i, from + end, memo.get(word, 0, word.length, hashOf(word, 0, word.length), ctx)));
    } else out.push(new Token(from + i, from + end, memo.get(slice, i, end, hashOf(slice, i, end), ctx)));
    i = end;
  }
  return out;
}

/**
 * A figure ending at `end` of `s` whose per cent sign a hard wrap moved to the next line, the break
 * right after its digits ("約65" / "％が…": a wrap of text without blanks breaks at the width):
 * where the figure with its sign ends, and its text without the break; null for any other token.
 * Only where the figure stands in a script without blanks (set against its characters, or the
 * sign a full-width one): in text with blanks a wrap breaks at a blank, never inside "65%", so
 * "65" / "%" there is "65 %" as French sets it, the blank the wrap broke at gone with the line's
 * trailing blanks.
 */
function signAfterBreak(s: string, start: number, end: number): { end: number; text: string } | null {
  const d = s.charCodeAt(end - 1);
  if (!((d >= 48 && d <= 57) || (d >= 0xff10 && d <= 0xff19)) || (s[end] !== '\n' && s[end] !== '\r')) return null;
  const k = lineBreakAt(s, end);
  if (!(k > 0 && (s[k] === '％' || (s[k] === '%' && (unspacedAt(s, start, true) || unspacedAt(s, k + 1)))))) return null;
  return { end: k + 1, text: s.slice(start, end) + s[k] };
}

/** A figure's rest on the next line: its digits, or its decimal point or comma and digits, and a per cent sign. */
const FIGURE_REST = /^[.,．，]?[0-9０-９]+(?:[.,．，][0-9０-９]+)*[%％]?/;

/**
 * A figure set against a script without blanks ("运营13年", "为0.04万") that a hard wrap broke
 * inside, between two digits or either side of its point ("运营1" / "3年后", "为0" / ".04万"): a
 * wrap of text without blanks breaks at the width, whatever stands there. Where the figure ends on
 * the next line, and its text without the break; null for any other token. Only with no blank before
 * the break and a character of such a script set against the figure on one side: in text with
 * blanks a wrap breaks at a blank, so "3" / "0 …" there are two figures.
 */
function figureAcrossBreak(s: string, start: number, end: number, re: RegExp): { end: number; text: string } | null {
  const d = s.charCodeAt(end - 1);
  if (!((d >= 48 && d <= 57) || (d >= 0xff10 && d <= 0xff19))) return null;
  let e = end;
  const mark = s[e] === '.' || s[e] === ',' || s[e] === '．' || s[e] === '，';
  if (mark) e++;
  // (No blank before the break: `lineBreakAt` would skip one.)
  const k = s[e] === ' ' || s[e] === '\t' ? -1 : lineBreakAt(s, e);
  if (k < 0) return null;
  const rest = FIGURE_REST.exec(s.slice(k, k + 40));
  if (!rest || (mark && !/^[0-9０-９]/.test(rest[0]))) return null;
  if (!unspacedAt(s, start, true) && !unspacedAt(s, k + rest[0].length)) return null;
  const text = s.slice(start, e) + rest[0];
  re.lastIndex = 0;
  if (!re.test(text) || re.lastIndex !== text.length) return null;
  return { end: k + rest[0].length, text };
}

/** The part of a figure grouped in threes by blanks that a line holds before a wrap's break ("2", "1 250"). */
const GROUPS_SPLIT = new RegExp(String.raw`^\d{1,3}(?:${GROUP_SPACE}\d{3})*$`);

/**
 * A figure grouped in threes by blanks (where the language groups so: `decimalComma`) whose blank
 * a hard wrap broke at ("… 2" / "300 homes …", "1 250" / "000 …"): where the figure ends on the next
 * line, and its text with a blank for the break (what `re`, the token pattern, reads as one figure);
 * null for any other token. Its offsets span the break; its text is the file's own.
 */
function groupAfterBreak(s: string, start: number, end: number, re: RegExp): { end: number; text: string } | null {
  if (!GROUPS_SPLIT.test(s.slice(start, end))) return null;
  const k = lineBreakAt(s, end);
  if (k < 0) return null;
  re.lastIndex = k;
  if (!re.test(s)) return null;
  const text = `${s.slice(start, end)} ${s.slice(k, re.lastIndex)}`;
  return SPACE_GROUPS_RE.test(text.replace(/%$/, '')) ? { end: re.lastIndex, text } : null;
}

/** Where the first figure glued to a character of a script without spaces, in the token `s.slice(start, end)`, starts; `end` when none. */
function figureAfterUnspaced(s: string, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const d = s.charCodeAt(k);
    if (((d >= 48 && d <= 57) || (d > 127 && /\p{Nd}/u.test(s[k]!))) && unspacedAt(s, k, true)) return k;
  }
  return end;
}

/**
 * The token `text.slice(start, end)` is when read without its line breaks, or null when so read it
 * is not one token: a word a hard wrap broke where it had no blank (a link, a code longer than the
 * line). Its offsets span the break; its text is the file's own.
 */
export function tokenAcrossBreaks(text: string, start: number, end: number, ctx: TokenizerContext): Token | null {
  const word = text.slice(start, end).replace(/\r?\n/g, '');
  const read = tokenize(word, 0, word.length, ctx);
  if (read.length !== 1 || read[0]!.start !== 0 || read[0]!.end !== word.length) return null;
  return new Token(start, end, shapeMemos.get(ctx)!.get(word, 0, word.length, hashOf(word, 0, word.length), ctx));
}

/** A line break (LF or CRLF, with any blanks a wrap left before it) at `at` of `s`: where it ends, or -1. */
function lineBreakAt(s: string, at: number): number {
  let k = at;
  while (k < s.length && (s[k] === ' ' || s[k] === '\t')) k++;
  if (s[k] === '\r') k++;
  return s[k] === '\n' ? k + 1 : -1;
}

/**
 * Does the token `s.slice(start, e)`, opening in a script without spaces, stop on a word of letters
 * set against that script (a Latin name in Chinese, "向AlphaGo提供") at a line break with no blank
 * before it, the next line going on in letters? A wrap of such text breaks its lines at the width
 * wherever they fall, inside such a word too ("…向Alp" / "haGo提供…"); a blank the wrap broke at
 * stays at the line's end.
 */
function latinRunOn(s: string, start: number, e: number): boolean {
  if ((s[e] !== '\n' && s[e] !== '\r') || !isAsciiLetter(s.charCodeAt(e - 1)) || !unspacedAt(s, start)) return false;
  const k = lineBreakAt(s, e);
  return k > 0 && isAsciiLetter(s.charCodeAt(k));
}
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A token of a script without spaces, from `start` to `end` of `s`, that a hard wrap broke: where
 * it goes on after the line breaks inside it (each next line starts with a character of such a
 * script and continues the token) and its text without them; null when no such break follows.
 */
function joinWrapped(s: string, start: number, end: number, re: RegExp): { end: number; text: string } | null {
  let text = '';
  let from = start;
  let e = end;
  for (;;) {
    const k = lineBreakAt(s, e);
    if (k < 0 || !(unspacedAt(s, k) || latinRunOn(s, from, e))) break;
    re.lastIndex = k;
    if (!re.test(s) || re.lastIndex === k) break;
    text += s.slice(from, e);
    from = k;
    e = figureAfterUnspaced(s, k, re.lastIndex);
    if (e < re.lastIndex || !unspacedAt(s, e, true)) break;
  }
  return from === start ? null : { end: e, text: text + s.slice(from, e) };
}

/**
 * Whether words are set in title case: at least `minWords` words counted (figures aside), three
 * in five or more of them capitalised. Counted are the content words and any word of four
 * letters or more: a title capitalises those, function words too ("With", "Into", as news
 * style writes them), so a lower-case "that" or "with" marks prose however many names it
 * holds, and so does a short content word ("won", "big"). In a title every word is
 * capitalised, so none is a name by its capital. With the sentences' text, `inTitleCase` also
 * reads a run that ends as prose as prose.
 */
export function isTitleCase(tokens: readonly Token[], minWords = 2): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.num !== null || (!t.content && t.norm.length < 4)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= minWords && caps >= words * 0.6;
}

/**
 * Whether sentences are set in title case (`isTitleCase`, over `tokens`) and do not read as prose:
 * a run that ends as prose does (a full stop, a question or exclamation mark, closing quotes
 * after: a headline has none) with a content word in lower case after a space ("hit", "felt"; not
 * "15th", nor the part after a hyphen, "Quake-hit") is prose, however many names it lists ("The
 * storm hit Cuba, Haiti, Jamaica and the Bahamas."). `sentences` are the spans of the run's
 * sentences in `text`.
 */
export function inTitleCase(text: string, tokens: readonly Token[], sentences: readonly { start: number; end: number }[], minWords = 2): boolean {
  if (!isTitleCase(tokens, minWords)) return false;
  if (!sentences.some((x) => /[.!?]['"’”)]*\s*$/.test(text.slice(x.start, x.end)))) return true;
  return !tokens.some((t, i) => i > 0 && t.content && t.num === null && !t.cap && /^\p{L}/u.test(t.norm) && text[t.start - 1] !== '-');
}

/** Comparison signs a figure may be written with, run into its digits ("<1", "≥90", "~300"). */
const BOUND_SIGNS = new Set(['<', '>', '≤', '≥', '~', '≈']);

/**
 * The comparison sign written onto the figure that starts at `start` ("ages from <1 to 96"): it
 * bounds the figure, which the tokenizer reads without it; '' when there is none (a sign after a
 * letter or a digit, "a<1", is no bound).
 */
export function boundSignBefore(text: string, start: number): string {
  const c = text[start - 1];
  if (c === undefined || !BOUND_SIGNS.has(c) || !/\d/.test(text[start] ?? '')) return '';
  return /[\p{L}\p{N}]/u.test(text[start - 2] ?? '') ? '' : c;
}
