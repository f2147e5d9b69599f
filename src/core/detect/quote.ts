/** Quotations: direct speech changed, dropped, added, or turned into paraphrase. */
import { isNegation } from '../lexicon';
import { quoted } from '../text';
import type { Detector } from './context';
import type { GroupSide } from './group';
import { keyDice } from './similarity';

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

/** A quotation whose words changed, one dropped or added, and direct speech turned into paraphrase or back. */
export const quoteDetector: Detector = {
  name: 'quote',
  summary: 'skip',
  run(ctx) {
    const { C, A, ct, at, lex, cBag, aBag, claim } = ctx;
    const cq = findQuotes(C);
    const aq = findQuotes(A);
    const used = new Set<number>();
    for (const qc of cq) {
      let best = -1;
      let bestScore = 0.3;
      aq.forEach((qa, k) => {
        if (used.has(k)) return;
        const s = keyDice(qc.toks.map((i) => ct[i]!), qa.toks.map((i) => at[i]!));
        if (s > bestScore) (bestScore = s), (best = k);
      });
      const cText = C.text.slice(qc.start, qc.end);
      if (best >= 0) {
        used.add(best);
        const qa = aq[best]!;
        const ck = qc.toks.map((i) => ct[i]!.key).join(' ');
        const ak = qa.toks.map((i) => at[i]!.key).join(' ');
        if (ck === ak) continue;
        const aText = A.text.slice(qa.start, qa.end);
        const aKeys = new Set(qa.toks.map((i) => at[i]!.key));
        const cKeys = new Set(qc.toks.map((i) => ct[i]!.key));
        // Content words, and negations (a function word in some lexicons, never a trivial change in a quote).
        const lost = qc.toks.filter((i) => (ct[i]!.content || isNegation(ct[i]!.norm, lex)) && !aKeys.has(ct[i]!.key));
        const added = qa.toks.filter((i) => (at[i]!.content || isNegation(at[i]!.norm, lex)) && !cKeys.has(at[i]!.key));
        const substantive = lost.length + added.length > 0;
        const detail = [
          lost.length ? `drops ${lost.map((i) => `‘${ct[i]!.norm}’`).slice(0, 4).join(', ')}` : '',
          added.length ? `adds ${added.map((i) => `‘${at[i]!.norm}’`).slice(0, 4).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        claim({
          kind: 'quote',
          severity: substantive ? 'high' : 'medium',
          cTok: qc.toks,
          aTok: qa.toks,
          reason: substantive
            ? `Quoted words differ from the canonical quote (${detail}): a direct quotation must be verbatim.`
            : `The quotation's wording shifts (${quoted(cText.replace(/[,;:]+$/, ''), 40)} → ${quoted(aText.replace(/[,;:]+$/, ''), 40)}); check it is still verbatim.`,
        });
      } else if (qc.toks.length >= 3) {
        const present = qc.toks.filter((i) => ct[i]!.content && aBag.has(ct[i]!.key)).length;
        const content = qc.toks.filter((i) => ct[i]!.content).length || 1;
        claim({
          kind: 'quote',
          severity: present / content >= 0.6 ? 'medium' : 'high',
          cTok: qc.toks,
          aTok: [],
          reason:
            present / content >= 0.6
              ? `The quotation ${quoted(cText, 50)} is no longer in quotation marks: direct speech became paraphrase.`
              : `Drops the quotation ${quoted(cText, 50)}.`,
        });
      }
    }
    aq.forEach((qa, k) => {
      if (used.has(k) || qa.toks.length < 3) return;
      const present = qa.toks.filter((i) => at[i]!.content && cBag.has(at[i]!.key)).length;
      const content = qa.toks.filter((i) => at[i]!.content).length || 1;
      const aText = A.text.slice(qa.start, qa.end);
      claim({
        kind: 'quote',
        severity: 'high',
        cTok: [],
        aTok: qa.toks,
        reason:
          present / content >= 0.6
            ? `Puts ${quoted(aText, 50)} in quotation marks; the canonical gives these words as paraphrase, not as a quote.`
            : `Adds the quotation ${quoted(aText, 50)}, which the canonical sentence does not have.`,
      });
    });
  },
};
