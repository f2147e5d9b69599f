/** Figures, years and dates: changed, dropped or added, with the qualifier that went with them. */
import type { Lexicon } from '../lexicon';
import type { GroupSide } from './context';

export interface NumFact {
  toks: number[];
  value: string;
  kind: 'count' | 'year' | 'date' | 'vague';
  weighty: boolean;
}

/** Is the figure at token i a count of people, harm or money (a word of that sort close by, or a currency or per cent sign)? */
export function isWeighty(side: GroupSide, i: number, lex: Lexicon): boolean {
  const toks = side.tokens;
  for (let k = Math.max(0, i - 2); k <= Math.min(toks.length - 1, i + 3); k++) {
    if (lex.weightyWords.has(toks[k]!.norm)) return true;
  }
  return /[$€£¥₹%]/.test(side.text.slice(toks[i]!.start, toks[i]!.end));
}

export function findNumbers(side: GroupSide, lex: Lexicon, claimed: Uint8Array): NumFact[] {
  const toks = side.tokens;
  const out: NumFact[] = [];
  const weighty = (i: number): boolean => isWeighty(side, i, lex);
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const t = toks[i]!;
    if (t.num !== null) {
      let value = t.num;
      const idx = [i];
      // "1.5 million", "two hundred"
      while (idx.length < 3) {
        const n = toks[i + idx.length];
        if (!n || n.num === null || n.num < 100 || claimed[i + idx.length] || /\d/.test(n.norm)) break;
        value *= n.num;
        idx.push(i + idx.length);
      }
      const digits = /^\d{4}$/.test(t.norm) && value >= 1800 && value <= 2100 && idx.length === 1;
      out.push({ toks: idx, value: '#' + value, kind: digits ? 'year' : 'count', weighty: weighty(i) });
      i += idx.length - 1;
    } else if (lex.vagueQuantities.has(t.norm)) {
      out.push({ toks: [i], value: 'v:' + t.key, kind: 'vague', weighty: weighty(i) });
    } else if (t.cap && lex.dateWords.has(t.norm)) {
      out.push({ toks: [i], value: 'd:' + t.norm, kind: 'date', weighty: false });
    }
  }
  return out;
}
