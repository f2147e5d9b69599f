/**
 * The text a reader sees in a page, built piece by piece as a parser walks the page: white space
 * folded as a browser folds it, and for every character of the text where in the source it came
 * from and what stands around it there (a link, a caption, an image, a box of chrome). markup.ts
 * drives it over HTML, markdown.ts over Markdown.
 */
import type { PageBlock } from './article';
import type { ReadText } from './readText';
import { CAPTION, CHROME, EMBED, IMAGE, ITALIC, LINK } from './markupNames';

/** How far ahead of the last word `ReadBuilder.text` looks for the next one in the source. */
const SEARCH_AHEAD = 256;

/**
 * How much searching past the short look-ahead (for text after a long link address) one
 * source range may still do: a few times its length in all, so that words decoded on their
 * way (not in the source as they read) keep the cost linear.
 */
export interface SearchBudget {
  left: number;
}

/** A point in a text being built (ReadBuilder.mark). */
export interface BuilderMark {
  readonly length: number;
  readonly chunks: number;
  readonly blocks: number;
  readonly pending: number;
  readonly breakBeforeWord: boolean;
}

/**
 * Builds a read text piece by piece, folding white space the way a reader sees it: a run
 * of spaces and line ends between words is one space; blocks stand apart by a blank line.
 */
export class ReadBuilder {
  private readonly chars: string[] = [];
  // Per character of the text, grown as it is built (typed arrays: a long page makes millions).
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Per character of the text: `LINK` and `CAPTION` bits of where it stands in the page. */
  private flags = new Uint8Array(1024);
  /** Where each block of the text starts, and the element that holds it. */
  readonly blockStarts: Array<{ at: number; tag: string }> = [];
  /** What the next text pushed stands in: its innermost block element and its flags. */
  context = { tag: '', flags: 0 };
  private length = 0;
  /** What separates the last text from the next: 0 nothing, 1 a space, 2 a line break, 3 a paragraph break. */
  private pending = 0;

  constructor(private readonly source: string) {}

  space(): void {
    this.pending = Math.max(this.pending, 1);
  }

  /** Text left unread here (hidden from the eye) still parts words: a space before the next one if it opens on a letter or a figure. */
  private breakBeforeWord = false;
  wordBreak(): void {
    this.breakBeforeWord = true;
  }

  private partWords(word: string): void {
    if (this.breakBeforeWord && /^[\p{L}\p{N}]/u.test(word)) this.space();
    this.breakBeforeWord = false;
  }

  lineBreak(): void {
    this.pending = Math.max(this.pending, 2);
  }

  block(): void {
    this.pending = 3;
  }

  private flush(at: number): void {
    const newBlock = this.length === 0 || this.pending === 3;
    if (this.pending && this.length > 0) this.push(this.pending === 3 ? '\n\n' : this.pending === 2 ? '\n' : ' ', at, at);
    this.pending = 0;
    if (newBlock) this.blockStarts.push({ at: this.length, tag: this.context.tag });
  }

  /** `s`, standing for `source[from, to)` as a whole, or (`exact`) character for character from `from`. */
  private push(s: string, from: number, to: number, exact = false): void {
    this.chars.push(s);
    this.reserve(this.length + s.length + 1);
    const flags = this.context.flags;
    for (let k = 0, i = this.length; k < s.length; k++, i++) {
      this.starts[i] = exact ? from + k : from;
      this.ends[i] = exact ? from + k + 1 : to;
      this.flags[i] = flags;
    }
    this.length += s.length;
  }

  /** Text that stands for `source[from, to)` as a whole (a decoded character reference). */
  whole(data: string, from: number, to: number): void {
    if (/^[ \t\n\r\f]+$/.test(data)) this.space();
    else if (data && data !== '\u00AD') {
      this.partWords(data);
      this.flush(from);
      this.push(data, from, to);
    }
  }

  /**
   * Text read from `source[from, to)`: each word is matched to where it stands in the
   * source, looked for from where the last one was (the same slice, character for
   * character, when nothing was decoded or dropped in between). Returns the offset after
   * the last word found, for the next piece of the same source range.
   */
  text(data: string, from: number, to: number, budget: SearchBudget = { left: 4 * (to - from) + 1024 }): number {
    const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
    let at = from;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const word = m[0];
      if (/^[ \t\n\r\f]/.test(word)) {
        this.space();
        continue;
      }
      this.partWords(word);
      let exact = -1;
      const last = Math.min(to, at + SEARCH_AHEAD + word.length) - word.length;
      for (let k = at; k <= last; k++) {
        if (this.source.startsWith(word, k)) {
          exact = k;
          break;
        }
      }
      if (exact < 0 && budget.left > 0 && last < to - word.length) {
        const k = this.source.indexOf(word, last + 1);
        const found = k >= 0 && k + word.length <= to;
        budget.left -= (found ? k : this.source.length) - last;
        if (found) exact = k;
      }
      if (exact >= 0) {
        this.flush(exact);
        this.push(word, exact, exact + word.length, true);
        at = exact + word.length;
      } else {
        // Decoded or escaped on its way (\* or &amp;): it stands for the rest of the range.
        this.flush(at);
        this.push(word, at, to);
      }
    }
    return at;
  }

  done(): ReadText {
    this.reserve(this.length + 1);
    this.starts[this.length] = this.source.length;
    this.ends[this.length] = this.source.length;
    return { text: this.chars.join(''), starts: this.starts.slice(0, this.length + 1), ends: this.ends.slice(0, this.length + 1) };
  }

  /** Where the text built stands now, to go back to (`rewind`) when what follows is not read after all. */
  mark(): BuilderMark {
    return { length: this.length, chunks: this.chars.length, blocks: this.blockStarts.length, pending: this.pending, breakBeforeWord: this.breakBeforeWord };
  }

  /** Drops what was built after `m` (taken by `mark`), as if it had never been read. */
  rewind(m: BuilderMark): void {
    this.chars.length = m.chunks;
    this.length = m.length;
    this.blockStarts.length = m.blocks;
    this.pending = m.pending;
    this.breakBeforeWord = m.breakBeforeWord;
  }

  /** Whether every letter and figure built after `m` stands in a link (and there is one). */
  linkedSince(m: BuilderMark): boolean {
    const text = this.chars.slice(m.chunks).join('');
    let letters = 0;
    for (let k = 0; k < text.length; k++) {
      if (!/[\p{L}\p{N}]/u.test(text[k]!)) continue;
      if (!(this.flags[m.length + k]! & LINK)) return false;
      letters++;
    }
    return letters > 0;
  }

  /** How many characters of text are built so far. */
  get size(): number {
    return this.length;
  }

  /** Sets (`on`) or clears a flag bit on the characters `[from, to)` built so far. */
  flag(from: number, to: number, bit: number, on: boolean): void {
    for (let k = from; k < to && k < this.length; k++) this.flags[k] = on ? this.flags[k]! | bit : this.flags[k]! & ~bit;
  }

  /** Room for `n` characters' offsets and flags. */
  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < n) size *= 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (size: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (k) => new Int32Array(k));
    this.ends = grow(this.ends, (k) => new Int32Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
  }

  /** The blocks of the text built (call after `done`), with what the page says of each. */
  blocks(text: string): PageBlock[] {
    const out: PageBlock[] = [];
    for (let i = 0; i < this.blockStarts.length; i++) {
      const { at, tag } = this.blockStarts[i]!;
      let end = i + 1 < this.blockStarts.length ? this.blockStarts[i + 1]!.at : text.length;
      while (end > at && /\s/.test(text[end - 1]!)) end--;
      if (end <= at) continue;
      let link = 0;
      let caption = 0;
      let image = 0;
      let chrome = 0;
      let embed = 0;
      let italic = 0;
      for (let k = at; k < end; k++) {
        const f = this.flags[k]!;
        if (f & LINK) link++;
        if (f & CAPTION) caption++;
        if (f & IMAGE) image++;
        if (f & CHROME) chrome++;
        if (f & EMBED) embed++;
        if (f & ITALIC && /[\p{L}\p{N}]/u.test(text[k]!)) italic++;
      }
      const n = end - at;
      out.push({ start: at, end, tag, linkShare: link / n, captionShare: caption / n, imageShare: image / n, chromeShare: chrome / n, ...(embed ? { embedShare: embed / n } : {}), ...(italic ? { italicShare: italic / letters(text, at, end) } : {}) });
    }
    return out;
  }
}

/** How many letters and figures `text` holds in [from, to): italics are weighed on them, not on spaces and stops between the italic runs. */
function letters(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(text[k]!)) n++;
  return Math.max(1, n);
}
