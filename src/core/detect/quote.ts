/** Quotations: direct speech changed, dropped, added, or turned into paraphrase. */
import type { GroupSide } from './context';

export interface Quote {
  start: number;
  end: number;
  toks: number[];
}

const QUOTE_RES: RegExp[] = [
  /“([^“”]{2,}?)”/g,
  /„([^„“”]{2,}?)[“”]/g,
  /«\s?([^«»]{2,}?)\s?»/g,
  /‹([^‹›]{2,}?)›/g,
  /「([^「」]{2,}?)」/g,
  /"([^"]{2,}?)"/g,
  /(?<![\p{L}\p{N}])‘([^‘’]{2,}?)’(?![\p{L}])/gu,
];

export function findQuotes(side: GroupSide): Quote[] {
  const out: Quote[] = [];
  for (const s of side.sentences) {
    const text = side.text.slice(s.start, s.end);
    for (const re of QUOTE_RES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = s.start + m.index + m[0].indexOf(m[1]!);
        const end = start + m[1]!.length;
        if (out.some((o) => start < o.end && o.start < end)) continue;
        const toks: number[] = [];
        for (let i = s.from; i < s.to; i++) {
          const t = side.tokens[i]!;
          if (t.start >= start && t.end <= end) toks.push(i);
        }
        if (toks.length >= 2) out.push({ start, end, toks });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
