/** Attribution: who a claim is sourced to, and with which reporting verb. */
import type { Lexicon } from '../lexicon';
import type { GroupSide } from './context';
import { boundaryBetween, hedgeIndex, leadIndex } from './tokens';

export interface Attribution {
  verb: number;
  source: number[];
  keys: Set<string>;
  strong: boolean;
  loaded: boolean;
}

export function findAttributions(side: GroupSide, lex: Lexicon): Attribution[] {
  const out: Attribution[] = [];
  const toks = side.tokens;
  const sourceKeys = (idx: number[]): Set<string> => {
    const keys = new Set<string>();
    for (const i of idx) {
      const t = toks[i]!;
      if (!t.content || lex.pronouns.has(t.norm) || lex.dateWords.has(t.norm) || lex.attributionVerbs.has(t.norm)) continue;
      keys.add(t.key);
    }
    return keys;
  };
  const make = (verb: number, source: number[], verbNorm: string): Attribution => {
    const keys = sourceKeys(source);
    return { verb, source, keys, strong: keys.size > 0, loaded: lex.loadedVerbs.has(verbNorm) };
  };
  for (const s of side.sentences) {
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      // "according to X", "citing X": the source follows.
      const lead = leadIndex(lex).get(t.norm)?.find((p) => p.every((w, k) => toks[i + k]?.norm === w && i + k < s.to));
      if (lead) {
        const after: number[] = [];
        let named = false;
        for (let j = i + lead.length; j < s.to && after.length < 8; j++) {
          if (j > i + lead.length && boundaryBetween(side, j - 1, j)) break;
          // Without a comma (German “nach Angaben der Polizei mindestens vier Menschen …”), the
          // source ends where a figure or a qualifier starts the claim itself.
          const u = toks[j]!;
          if (named && (u.num !== null || hedgeIndex(lex).has(u.norm))) break;
          if (u.content && u.num === null) named = true;
          after.push(j);
        }
        const verbToks = lead.map((_, k) => i + k);
        const a = make(i, after, t.norm);
        a.source = [...verbToks, ...after];
        out.push(a);
        i += lead.length - 1;
        continue;
      }
      if (!lex.attributionVerbs.has(t.norm) || t.cap) continue;
      if (lex.continuationVerbs.has(t.norm)) continue;
      // "the state", "a report", "their claims": a noun, not a reporting verb.
      if (i > s.from && lex.determiners?.has(toks[i - 1]!.norm)) continue;
      // "X said": walk back to the clause start, skipping a relative clause ("X, who visited Y, said").
      const before: number[] = [];
      let j = i - 1;
      while (j >= s.from && before.length < 10) {
        if (boundaryBetween(side, j, j + 1)) {
          // The chunk between this boundary and the one before it: a relative clause is skipped.
          let k = j;
          while (k > s.from && !boundaryBetween(side, k - 1, k)) k--;
          const relative = before.length === 0 && /^(?:who|which|whose|where)$/.test(toks[k]!.norm);
          const chunkRelative = before.length > 0 && /^(?:who|which|whose|where)$/.test(toks[before[0]!]!.norm);
          if (relative && k > s.from) {
            // Resume before the relative clause, past the comma that opens it.
            j = k - 1;
            before.unshift(j);
            j--;
            continue;
          }
          if (chunkRelative) {
            before.length = 0;
          } else break;
        }
        if (lex.attributionVerbs.has(toks[j]!.norm) && !toks[j]!.cap) break;
        before.unshift(j);
        j--;
      }
      let a = make(i, before, t.norm);
      if (!a.strong) {
        // "…, said Dmitry Peskov, the Kremlin spokesman."
        const after: number[] = [];
        for (let k = i + 1; k < s.to && after.length < 8; k++) {
          if (k > i + 1 && boundaryBetween(side, k - 1, k)) break;
          after.push(k);
        }
        const first = toks[after[0] ?? -1];
        if (first && (first.cap || lex.functionWords.has(first.norm)) && after.length <= 6) {
          const alt = make(i, after, t.norm);
          if (alt.strong && alt.source.some((k) => toks[k]!.cap)) a = alt;
        }
      }
      out.push(a);
    }
  }
  return out;
}
