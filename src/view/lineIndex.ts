/**
 * Maps UTF-16 offsets (what the engine speaks) to zero-based line/character
 * positions (what editors speak), the way VS Code counts lines: `\n`, `\r\n`
 * and a lone `\r` each end a line, and no position ever points between the
 * `\r` and `\n` of a CRLF pair. Pure: no `vscode` import, so it is unit-tested.
 */
export interface LineCharacter {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  /** Offset one past the last character of each line (its end-of-line excluded). */
  private readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line an offset falls on (offsets are clamped to the text). */
  lineAt(offset: number): number {
    const o = clamp(offset, 0, this.text.length);
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
    const line = this.lineAt(offset);
    const start = this.starts[line]!;
    const end = this.ends[line]!;
    return { line, character: clamp(offset, start, end) - start };
  }

  offsetAt(pos: LineCharacter): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line]!;
    return clamp(start + pos.character, start, this.ends[pos.line]!);
  }

  lineStart(line: number): number {
    return this.starts[clamp(line, 0, this.starts.length - 1)]!;
  }

  lineEnd(line: number): number {
    return this.ends[clamp(line, 0, this.ends.length - 1)]!;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
