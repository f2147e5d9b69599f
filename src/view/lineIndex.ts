/**
 * Maps UTF-16 offsets (what the engine speaks) to zero-based line/character
 * positions (what editors speak), the way VS Code counts lines: `\n`, `\r\n`
 * and a lone `\r` each end a line, and no position ever points between the
 * `\r` and `\n` of a CRLF pair. Pure: no `vscode` import, so it is unit-tested.
 */
import { fromSourceOffset, toSourceSpan, type ReadText } from '../core/readText';
import { clamp } from '../core/spans';

export interface LineCharacter {
  line: number;
  character: number;
}

/** A document the engine read out of markup (a web page, Markdown): its source and what was read. */
export interface SourceMap {
  source: string;
  read: ReadText;
  /** Which markup the source is written in (text put into it is escaped for it); unsaid: HTML when it looks like HTML, else Markdown. */
  markup?: Markup;
}

/** The markup a document read out of markup is written in. */
export type Markup = 'html' | 'markdown';

export class LineIndex {
  /** Offset of the first character of each line (of the source, when there is one). */
  private readonly starts: number[];
  /** Offset one past the last character of each line (its end-of-line excluded). */
  private readonly ends: number[];
  /** The document's length (of the source, when there is one). */
  private readonly length: number;

  /**
   * `text`: the text the engine compared, whose offsets this index takes. With `map`, that
   * text was read out of `map.source` (a web page): offsets are moved into the source, and
   * lines and positions are the source document's.
   */
  constructor(
    readonly text: string,
    private readonly map?: SourceMap,
  ) {
    const doc = map ? map.source : text;
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < doc.length; i++) {
      const c = doc.charCodeAt(i);
      if (c === 13 /* \r */) {
        ends.push(i);
        if (doc.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      }
    }
    ends.push(doc.length);
    this.starts = starts;
    this.ends = ends;
    this.length = doc.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** A span of the compared text as a span of the document (for a web page, the engine's `toSourceSpan`). */
  private toDoc(span: { start: number; end: number }): { start: number; end: number } {
    return this.map ? toSourceSpan(this.map.read, span) : span;
  }

  private fromDoc(offset: number): number {
    return this.map ? fromSourceOffset(this.map.read, offset) : offset;
  }

  /** The line an offset falls on (offsets are clamped to the text). */
  lineAt(offset: number): number {
    return this.docLineAt(this.toDoc({ start: offset, end: offset }).start);
  }

  private docLineAt(offset: number): number {
    const o = clamp(offset, 0, this.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): LineCharacter {
    return this.docPositionAt(this.toDoc({ start: offset, end: offset }).start);
  }

  /**
   * The start and end positions of a span. For a web page the end stays right after the
   * span's last character, before any markup that follows it; an empty span is one point.
   */
  spanAt(span: { start: number; end: number }): { start: LineCharacter; end: LineCharacter } {
    const { start, end } = this.toDoc(span);
    return { start: this.docPositionAt(start), end: this.docPositionAt(Math.max(start, end)) };
  }

  private docPositionAt(offset: number): LineCharacter {
    const line = this.docLineAt(offset);
    const start = this.starts[line]!;
    const end = this.ends[line]!;
    return { line, character: clamp(offset, start, end) - start };
  }

  offsetAt(pos: LineCharacter): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.fromDoc(this.length);
    const start = this.starts[pos.line]!;
    return this.fromDoc(clamp(start + pos.character, start, this.ends[pos.line]!));
  }

  lineStart(line: number): number {
    return this.fromDoc(this.starts[clamp(line, 0, this.starts.length - 1)]!);
  }

  lineEnd(line: number): number {
    return this.fromDoc(this.ends[clamp(line, 0, this.ends.length - 1)]!);
  }

  /** A line of the document as it reads (of the source, for a web page), its end-of-line excluded. */
  docLine(line: number): string {
    const i = clamp(line, 0, this.starts.length - 1);
    return (this.map ? this.map.source : this.text).slice(this.starts[i], this.ends[i]);
  }
}

