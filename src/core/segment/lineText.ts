/**
 * What a line's own characters say, for lines.ts: how it ends (on a stop, a word in lower case, a
 * comma after a closed quotation, an open bracket) and how it starts (a capital, lower case, a
 * heading's first character), and whether it is written as a title.
 */
import { TIMECODE_SOURCE } from '../text';
import { SENTENCE_STOPS } from '../scripts';

/** A line that opens on a timecode, "[00:53.04]…": a lyrics or subtitle file's (LRC) timed phrase. */
export const TIMED_START = new RegExp('^' + TIMECODE_SOURCE);

/**
 * A lyrics or subtitle file's (LRC) ID tags, alone on their line: its title, artist, album,
 * author, lyricist, who made the file and with what tool, its version, its time offset and
 * length, a comment ("[ti:…]", "[ar:…]", "[offset:+250]", "[#:…]"). The file's metadata, no
 * words of its text. The tag names in lower case, as the format writes them: a bracketed line of
 * prose ("[Note: …]", "[The vote …]") is none.
 */
const LRC_ID_TAG_NAME = String.raw`\[(?:ti|ar|al|au|lr|by|re|tool|ve|offset|length|#):`;
const LRC_ID_TAGS = new RegExp(String.raw`^(?:${LRC_ID_TAG_NAME}[^[\]\n]*\][ \t]*)+$`);
/**
 * ID tags run into the words after them, a file flattened onto one line ("[ti:…] [ar:…]
 * [00:00.00]From …"), which a hard wrap may then break inside a tag ("[ti:Falling Prices" / "Hit Farms]").
 */
const LRC_ID_TAGS_RUN_IN = new RegExp(String.raw`^(?:${LRC_ID_TAG_NAME}[^[\]]*\]\s*)+(?=\S)`);

/** Is `line` (trimmed) a lyrics or subtitle file's ID tags (`LRC_ID_TAGS`)? */
export function isLrcTags(line: string): boolean {
  return line.charCodeAt(0) === 0x5b && LRC_ID_TAGS.test(line);
}

/** An ID tag left open at a line's end ("… [ar:Jo"), which a wrap broke. */
const OPEN_LRC_ID_TAG = new RegExp(String.raw`${LRC_ID_TAG_NAME}[^[\]]*$`);

/** Does `line` leave an ID tag open ("[ti:…] [ar:Jo") that `next` closes ("Lee] [00:00.00]…")? The wrap broke the tag: it goes on. */
export function closesLrcTag(line: string, next: string): boolean {
  const close = next.indexOf(']');
  return close >= 0 && !next.slice(0, close).includes('[') && line.includes('[') && OPEN_LRC_ID_TAG.test(line);
}

/** A title tag, "[ti:…]", and its text. */
const LRC_TITLE_TAG = /\[ti:([^[\]]*)\]/g;

/** A part of a run of ID tags (`lrcTagParts`), offsets into the run. */
export interface LrcTagPart {
  start: number;
  end: number;
  /** The text a title tag holds: the story's headline. Else the tags (and a title tag's brackets and name) around it: the file's metadata. */
  title: boolean;
}

/**
 * The parts of a run of ID tags (`s` holds only tags and blanks: `isLrcTags`, `runInLrcTags`): the
 * text of each "[ti:…]" tag, trimmed (the headline as the file writes it: never the brackets nor
 * the tag's name), and what lies around it, each stretch one part (chrome) when it has a letter
 * or a figure (the brackets alone after a title are left out of both).
 */
export function lrcTagParts(s: string): LrcTagPart[] {
  const out: LrcTagPart[] = [];
  let at = 0;
  const chrome = (end: number): void => {
    const part = s.slice(at, end);
    if (/[\p{L}\p{N}]/u.test(part)) out.push({ start: at + part.search(/[^\s\]]/), end: at + part.trimEnd().length, title: false });
  };
  for (const m of s.matchAll(LRC_TITLE_TAG)) {
    const text = m[1]!;
    const lead = text.search(/\S/);
    if (lead < 0) continue;
    const start = m.index + 4 + lead;
    chrome(start);
    out.push({ start, end: start + text.trim().length, title: true });
    at = start + text.trim().length;
  }
  chrome(s.length);
  return out;
}

/** The length of the ID tags (`LRC_ID_TAGS`), with the blanks after them, that open `s` and run into the words after them, or 0. */
export function runInLrcTags(s: string): number {
  return s.charCodeAt(0) === 0x5b ? (LRC_ID_TAGS_RUN_IN.exec(s)?.[0].length ?? 0) : 0;
}

/** A line that ends on closing punctuation (a full-width stop or another script's too: "。", "।", "։"). */
export const TERMINAL_END = new RegExp(`[${SENTENCE_STOPS}:;"”’»)\\]]$`);
/** A line that ends on a sentence's stop (and any closing quote marks or brackets after it). */
export const STOP_END = new RegExp(`[${SENTENCE_STOPS}:;]["”’»)\\]]*$`);
/** A line that stops on a dash with a blank before it ("… IN NIGERIA -"): what follows belongs with it. */
export const SPACED_DASH_END = /\s[-–—]$/;
/** Opening quote marks, and the (no-break) blank French typography sets after a guillemet. */
export const OPENING = `["“‘'«„‚‹]?[\\s\u00a0\u202f]*`;
/** A line that starts with a capital, after any opening quote mark. */
export const CAPITAL_START = new RegExp(`^${OPENING}\\p{Lu}`, 'u');
/** A line that goes on in lower case, after any opening quote mark, or on a bracket or a comma. */
export const LOWER_START = new RegExp(`^(?:${OPENING}\\p{Ll}|[(,;])`, 'u');
/**
 * A line that goes on with a word in lower case (two letters at least, ending on a blank or a
 * sentence's punctuation: not an address, "william.p.jeffs at …"), after any opening quote mark.
 */
export const LOWER_WORD_START = new RegExp(`^${OPENING}\\p{Ll}{2}[\\p{L}\\p{M}'’-]*(?=[\\s,;:!?)]|[.…](?!\\S)|$)`, 'u');
/**
 * A line that starts as a heading may: with a capital, a figure or a letter of a script without
 * case, after any opening quote mark; not in lower case, nor with code's brackets and braces.
 */
export const TITLE_START = new RegExp(`^${OPENING}[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]`, 'u');

/** Does `line` leave a bracket open (its last '(' unclosed) that `next` closes before it opens another? */
export function closesOpenBracket(line: string, next: string): boolean {
  const open = line.lastIndexOf('(');
  if (open < 0 || line.indexOf(')', open) >= 0) return false;
  const close = next.indexOf(')');
  return close >= 0 && !next.slice(0, close).includes('(');
}

/** A quotation or a bracket closed after a comma ("… for a generation,\"" / "said …"): the sentence goes on. */
export const COMMA_CLOSED = /,["”’»)\]]+$/;

/**
 * A line that ends on a word in lower case: not on punctuation, nor on what goes on into the next
 * line (a comma, a dash), nor on a capital, where a name or a title runs on ("… Xbox" / "One is
 * …", "… Latest" / "Is a Movie …").
 */
export const LOWER_WORD_END = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*$/u;

/** A class of single code points (`one`, anchored on both ends), its answers for ASCII read once. */
interface EndClass {
  readonly one: RegExp;
  readonly ascii: Uint8Array;
}
function endClass(one: RegExp): EndClass {
  const ascii = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) ascii[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
  return { one, ascii };
}
/** The characters of a word at a line's end, as LOWER_WORD_END reads them: letters, marks, apostrophes, hyphens. */
const WORD_END_CHARS = endClass(/^[\p{L}\p{M}'’-]$/u);
const LETTER = endClass(/^\p{L}$/u);

/**
 * Where the run of characters of `cls` that `s` ends on starts; `s.length` when it ends on none.
 * Read from the end, one code point at a time: a regex anchored at a line's end ("…$") is tried
 * from every position of the line, and a line may run to a paragraph (a page's text, one line a
 * paragraph).
 */
function endRunStart(s: string, cls: EndClass): number {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    let j = i - 1;
    if (c < 0x80) {
      if (!cls.ascii[c]) break;
    } else {
      if (c >= 0xdc00 && c <= 0xdfff && j > 0) {
        const high = s.charCodeAt(j - 1);
        if (high >= 0xd800 && high <= 0xdbff) j--;
      }
      if (!cls.one.test(s.slice(j, i))) break;
    }
    i = j;
  }
  return i;
}

/**
 * Does a line end on a word `re` finds (LOWER_WORD_END, or one as it is: a word of WORD_END_CHARS
 * after a code point that is no letter or figure, anchored at the end)? `re` is tried on the
 * line's last word only, with the code point before it: the same answer, read in a word's time.
 */
export function endsOnWord(re: RegExp, s: string): boolean {
  const i = endRunStart(s, WORD_END_CHARS);
  return i < s.length && re.test(i > 0 ? s.slice(Math.max(0, i - 2)) : s);
}

/** The line's last word, when it stops on a letter. */
export function lastWord(s: string): string | undefined {
  const i = endRunStart(s, LETTER);
  return i < s.length ? s.slice(i) : undefined;
}

/** Is a line written as a title: most of its words of four letters or more capitalised? */
export function titleCased(s: string): boolean {
  const words = s.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}
