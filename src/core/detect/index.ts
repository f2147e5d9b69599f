/**
 * Word-level analysis of one aligned group: the word diff (Myers, over token keys) and
 * the detectors that turn it into findings. Detectors run from the most specific to the
 * most general (quote, negation, attribution, hedge, clause, number, name,
 * mistranslation, changed); each claims the tokens it explains, so one change is
 * reported once, by the detector that says the most about it.
 */
import type { DiffPart } from '../types';
import { isNegation } from '../lexicon';
import { commonPrefix, excerpt, quoted, type Token } from '../text';
import type { Finding, GroupAnalysis, GroupInput, GroupSide, Hunk } from './context';
import { diffKeys, lostTokens } from './wordDiff';
import { hedgeIndex, isSentenceInitial, pairOff, range, sentenceOf, tokensText } from './tokens';
import { hasKeyLike, keyDice, lookalike } from './similarity';
import { findQuotes } from './quote';
import { findAttributions, type Attribution } from './attribution';
import { findNumbers, isWeighty, type NumFact } from './number';
import { reworded } from './clause';
import { distance } from 'fastest-levenshtein';

export type { Finding, GroupAnalysis, GroupInput, GroupSide } from './context';
export { salience } from './salience';
export { tokensText } from './tokens';
export { lookalike } from './similarity';

/** Analyses one aligned group. Never throws on any input. */
export function analyzeGroup(input: GroupInput): GroupAnalysis {
  const C = input.canonical;
  const A = input.article;
  const lex = input.lexicon;
  const ct = C.tokens;
  const at = A.tokens;
  const summary = input.relation === 'summary';

  // --- word diff ----------------------------------------------------------------------
  const changes = diffKeys(
    ct.map((t) => t.key),
    at.map((t) => t.key),
  );
  const diff: DiffPart[] = [];
  const hunks: Hunk[] = [];
  const cEq = new Uint8Array(ct.length);
  const aEq = new Uint8Array(at.length);
  const canonicalAnchors = new Int32Array(ct.length);
  let ci = 0;
  let ai = 0;
  let open: Hunk | null = null;
  for (const ch of changes) {
    const n = ch.count;
    if (!ch.added && !ch.removed) {
      if (open) hunks.push(open), (open = null);
      for (let k = 0; k < n; k++) {
        cEq[ci + k] = aEq[ai + k] = 1;
        canonicalAnchors[ci + k] = at[ai + k]!.start;
      }
      diff.push({
        op: 'equal',
        text: C.text.slice(ct[ci]!.start, ct[ci + n - 1]!.end),
        canonical: { start: ct[ci]!.start, end: ct[ci + n - 1]!.end },
        article: { start: at[ai]!.start, end: at[ai + n - 1]!.end },
      });
      ci += n;
      ai += n;
    } else if (ch.removed) {
      open ??= { c0: ci, c1: ci, a0: ai, a1: ai };
      const gap = ai > 0 ? at[ai - 1]!.end : at.length ? at[0]!.start : 0;
      canonicalAnchors.fill(gap, ci, ci + n);
      diff.push({ op: 'delete', text: C.text.slice(ct[ci]!.start, ct[ci + n - 1]!.end), canonical: { start: ct[ci]!.start, end: ct[ci + n - 1]!.end } });
      ci += n;
      open.c1 = ci;
    } else {
      open ??= { c0: ci, c1: ci, a0: ai, a1: ai };
      diff.push({ op: 'insert', text: A.text.slice(at[ai]!.start, at[ai + n - 1]!.end), article: { start: at[ai]!.start, end: at[ai + n - 1]!.end } });
      ai += n;
      open.a1 = ai;
    }
  }
  if (open) hunks.push(open);
  const identical = hunks.length === 0;
  if (identical) return { diff, identical, findings: [], canonicalAnchors };

  const findings: Finding[] = [];
  const cClaim = new Uint8Array(ct.length);
  const aClaim = new Uint8Array(at.length);
  const claim = (f: Finding): void => {
    for (const i of f.cTok) cClaim[i] = 1;
    for (const i of f.aTok) aClaim[i] = 1;
    findings.push(f);
  };
  // The words of each side, anywhere in the group.
  const cBag = new Set<string>();
  const aBag = new Set<string>();
  for (const t of ct) cBag.add(t.key);
  for (const t of at) aBag.add(t.key);
  const cLost = lostTokens(ct, at, cEq, aEq);
  const aNew = lostTokens(at, ct, aEq, cEq);
  const confident = input.similarity >= 0.45;
  const cHunk = new Int32Array(ct.length).fill(-1);
  const aHunk = new Int32Array(at.length).fill(-1);
  hunks.forEach((h, k) => {
    cHunk.fill(k, h.c0, h.c1);
    aHunk.fill(k, h.a0, h.a1);
  });
  const hunkOfC = (i: number): number => cHunk[i]!;
  const hunkOfA = (i: number): number => aHunk[i]!;

  // --- quotes ---------------------------------------------------------------------------
  if (!summary) {
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
  }

  // --- negation -------------------------------------------------------------------------
  const cues = (toks: Token[], claimed: Uint8Array, quoteOnlyOk: boolean): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    toks.forEach((t, i) => {
      if (claimed[i] && !quoteOnlyOk) return;
      let k: string | null = null;
      if (isNegation(t.norm, lex)) k = 'neg';
      else if (lex.denials.has(t.norm)) k = 'deny';
      if (!k) return;
      const l = m.get(k) ?? [];
      l.push(i);
      m.set(k, l);
    });
    return m;
  };
  // Negation words close together in one clause are one negation: Spanish “no … nunca”,
  // French “n'… jamais”, Italian “non … mai” (negative concord), so that “no habíamos
  // vivido nunca” → “nunca antes” keeps its negation.
  const negationUnits = (side: GroupSide, cueIdx: number[]): number[][] => {
    const units: number[][] = [];
    for (const i of cueIdx) {
      const last = units[units.length - 1];
      const prev = last?.[last.length - 1];
      if (last && prev !== undefined && i - prev <= 4 && !/[,;:.!?]/.test(side.text.slice(side.tokens[prev]!.end, side.tokens[i]!.start))) last.push(i);
      else units.push([i]);
    }
    return units;
  };
  {
    const cn = cues(ct, cClaim, true);
    const an = cues(at, aClaim, true);
    for (const k of ['neg', 'deny']) {
      const cl = negationUnits(C, cn.get(k) ?? []);
      const al = negationUnits(A, an.get(k) ?? []);
      if (cl.length === al.length) continue;
      const denial = k === 'deny';
      // The unmatched ones: those with a word outside the equal runs first.
      const carried = (u: number[], eq: Uint8Array): number => (u.every((i) => eq[i]) ? 1 : 0);
      if (cl.length > al.length) {
        if (summary) continue;
        const extra = [...cl].sort((x, y) => carried(x, cEq) - carried(y, cEq)).slice(0, cl.length - al.length).flat();
        const words = extra.map((i) => `‘${ct[i]!.norm}’`).join(', ');
        claim({
          kind: 'negation',
          severity: confident || denial ? 'high' : 'medium',
          cTok: extra,
          aTok: [],
          reason: denial
            ? `Drops the denial (${words}): the article no longer reports that the claim was denied.`
            : `Drops the negation ${words}: the sentence may now say the opposite of the canonical.`,
        });
      } else {
        const extra = [...al].sort((x, y) => carried(x, aEq) - carried(y, aEq)).slice(0, al.length - cl.length).flat();
        const words = extra.map((i) => `‘${at[i]!.norm}’`).join(', ');
        claim({
          kind: 'negation',
          severity: confident || denial ? 'high' : 'medium',
          cTok: [],
          aTok: extra,
          reason: denial
            ? `Adds a denial (${words}) that the canonical sentence does not report.`
            : `Adds the negation ${words}: check that the meaning has not been reversed.`,
        });
      }
    }
  }

  // --- attribution ----------------------------------------------------------------------
  if (!summary) {
    const ca = findAttributions(C, lex).filter((a) => a.strong && !a.source.every((i) => cClaim[i]));
    const aa = findAttributions(A, lex).filter((a) => a.strong && !a.source.every((i) => aClaim[i]));
    const used = new Set<number>();
    const attrText = (side: GroupSide, a: Attribution): string => tokensText(side, [...a.source, a.verb].filter((x, k, arr) => arr.indexOf(x) === k));
    for (const c of ca) {
      let best = -1;
      let bestOv = 0;
      aa.forEach((a, k) => {
        if (used.has(k)) return;
        let ov = 0;
        for (const key of c.keys) if (hasKeyLike(a.keys, key)) ov++;
        if (ov > bestOv) (bestOv = ov), (best = k);
      });
      const cTok = [...new Set([...c.source, c.verb])];
      const cText = attrText(C, c);
      if (best < 0) {
        // Another source in its place: one change, not a drop and an addition.
        const other = aa.findIndex((_, k) => !used.has(k));
        if (other >= 0) {
          used.add(other);
          const a = aa[other]!;
          claim({
            kind: 'attribution',
            severity: 'high',
            cTok,
            aTok: [...new Set([...a.source, a.verb])],
            reason: `The source changes from ${quoted(cText, 50)} to ${quoted(attrText(A, a), 50)}: the claim is now attributed to someone else.`,
          });
          continue;
        }
        // The source's words may still be in the sentence, but no longer as its source.
        claim({
          kind: 'attribution',
          severity: 'high',
          cTok,
          aTok: [],
          reason: `Drops the attribution ${quoted(cText, 60)}: the claim is no longer sourced as in the canonical.`,
        });
        continue;
      }
      used.add(best);
      const a = aa[best]!;
      const missing = [...c.keys].filter((k) => !hasKeyLike(a.keys, k));
      const aTok = [...new Set([...a.source, a.verb])];
      const aText = attrText(A, a);
      if (missing.length > 0) {
        const missingWords = c.source.filter((i) => missing.includes(ct[i]!.key)).map((i) => `‘${ct[i]!.norm}’`);
        const majorLoss = missing.length / c.keys.size > 0.5;
        claim({
          kind: 'attribution',
          severity: majorLoss ? 'high' : 'medium',
          cTok,
          aTok,
          reason: `Attribution changed from ${quoted(cText, 50)} to ${quoted(aText, 50)}${missingWords.length ? ` (drops ${[...new Set(missingWords)].join(', ')})` : ''}: the source of the claim now reads differently.`,
        });
      } else if (c.loaded !== a.loaded) {
        claim({
          kind: 'attribution',
          severity: 'medium',
          cTok: [c.verb],
          aTok: [a.verb],
          reason: `The reporting verb changes from ‘${ct[c.verb]!.norm}’ to ‘${at[a.verb]!.norm}’, which ${a.loaded ? 'casts doubt on' : 'no longer qualifies'} the claim.`,
        });
      } else {
        // Same source: its tokens are explained, but for a name spelled differently, which the name detector reports.
        for (const i of cTok) if (a.keys.has(ct[i]!.key) || !ct[i]!.content) cClaim[i] = 1;
        for (const i of aTok) if (c.keys.has(at[i]!.key) || !at[i]!.content) aClaim[i] = 1;
      }
    }
    aa.forEach((a, k) => {
      if (used.has(k)) return;
      // A source the canonical names elsewhere in the group is not new.
      const known = [...a.keys].filter((key) => hasKeyLike(cBag, key)).length;
      if (known / a.keys.size >= 0.6) return;
      claim({
        kind: 'attribution',
        severity: 'medium',
        cTok: [],
        aTok: [...new Set([...a.source, a.verb])],
        reason: `Adds the attribution ${quoted(attrText(A, a), 60)}, which the canonical sentence does not give.`,
      });
    });
  }

  // --- hedges ---------------------------------------------------------------------------
  // A qualifier whose figure was replaced (“at least 300” → “500”): the number detector
  // reports both in one finding. Keyed by the figure's token index on its side.
  const cHedgeOf = new Map<number, { text: string; toks: number[] }>();
  const aHedgeOf = new Map<number, { text: string; toks: number[] }>();
  if (!summary) {
    const hedges = (side: GroupSide, claimed: Uint8Array): Array<{ phrase: string; toks: number[]; target: number }> => {
      const toks = side.tokens;
      const out: Array<{ phrase: string; toks: number[]; target: number }> = [];
      const byFirst = hedgeIndex(lex);
      for (let i = 0; i < toks.length; i++) {
        if (claimed[i]) continue;
        for (const p of byFirst.get(toks[i]!.norm) ?? []) {
          if (!p.every((w, k) => toks[i + k]?.norm === w)) continue;
          const phrase = p.join(' ');
          if (phrase === 'may' && toks[i]!.cap) continue; // the month
          const nextIdx = i + p.length;
          // What the hedge qualifies: the next number within two words, else the next content word.
          let target = -1;
          for (let k = nextIdx; k < Math.min(toks.length, nextIdx + 3); k++) {
            if (toks[k]!.num !== null || lex.vagueQuantities.has(toks[k]!.norm)) {
              target = k;
              break;
            }
          }
          if (lex.numericHedges.has(phrase) && target < 0) continue;
          if (target < 0) {
            for (let k = nextIdx; k < Math.min(toks.length, nextIdx + 4); k++) {
              if (toks[k]!.content) {
                target = k;
                break;
              }
            }
          }
          out.push({ phrase, toks: p.map((_, k) => i + k), target });
          i += p.length - 1;
          break;
        }
      }
      return out;
    };
    const ch = hedges(C, cClaim);
    const ah = hedges(A, aClaim);
    const remaining = [...ah];
    const unmatchedC: typeof ch = [];
    for (const h of ch) {
      const k = remaining.findIndex((x) => x.phrase === h.phrase);
      if (k >= 0) remaining.splice(k, 1);
      else unmatchedC.push(h);
    }
    for (const h of unmatchedC) {
      const target = ct[h.target];
      if (target && target.num !== null && !aBag.has(target.key)) {
        cHedgeOf.set(h.target, { text: tokensText(C, h.toks), toks: h.toks });
        continue;
      }
      // Only when what it qualified is still there: otherwise the whole clause went, and the clause detector says so.
      if (!target || !aBag.has(target.key)) continue;
      const swap = remaining.findIndex((x) => {
        const t = at[x.target];
        return !!t && t.key === target.key;
      });
      const numeric = target.num !== null || lex.vagueQuantities.has(target.norm);
      const hedgeText = tokensText(C, h.toks);
      if (swap >= 0) {
        const x = remaining.splice(swap, 1)[0]!;
        claim({
          kind: 'hedge',
          severity: numeric ? 'high' : 'medium',
          cTok: h.toks,
          aTok: x.toks,
          reason: `The qualifier changes from ‘${hedgeText}’ to ‘${tokensText(A, x.toks)}’ before ‘${target.norm}’.`,
        });
        continue;
      }
      claim({
        kind: 'hedge',
        severity: numeric ? 'high' : 'medium',
        cTok: h.toks,
        aTok: [],
        cMark: [h.target],
        aMark: at.map((t, i) => (t.key === target.key ? i : -1)).filter((i) => i >= 0).slice(0, 1),
        reason: numeric
          ? `Drops the qualifier ‘${hedgeText}’ before ‘${ct[h.target]!.norm}’: an estimate now reads as an exact figure.`
          : `Drops the qualifier ‘${hedgeText}’: the claim now reads as more certain than in the canonical.`,
      });
    }
    for (const x of remaining) {
      const target = at[x.target];
      if (target && target.num !== null && !cBag.has(target.key)) {
        aHedgeOf.set(x.target, { text: tokensText(A, x.toks), toks: x.toks });
        continue;
      }
      if (!target || !cBag.has(target.key)) continue;
      const numeric = target.num !== null || lex.vagueQuantities.has(target.norm);
      claim({
        kind: 'hedge',
        severity: 'medium',
        cTok: [],
        aTok: x.toks,
        reason: `Adds the qualifier ‘${tokensText(A, x.toks)}’${numeric ? ` before ‘${target.norm}’` : ''}, which the canonical does not have.`,
      });
    }
  }

  // --- clauses --------------------------------------------------------------------------
  if (!summary) {
    const clauseRuns = (side: GroupSide, lost: boolean[], claimed: Uint8Array): number[][] => {
      const runs: number[][] = [];
      let cur: number[] = [];
      let lostContent = 0;
      const close = (): void => {
        // Trim function words at both ends.
        while (cur.length && !side.tokens[cur[0]!]!.content) cur.shift();
        while (cur.length && !side.tokens[cur[cur.length - 1]!]!.content) cur.pop();
        if (lostContent >= 3) runs.push(cur);
        cur = [];
        lostContent = 0;
      };
      side.tokens.forEach((t, i) => {
        if (claimed[i]) return close();
        if (!t.content) {
          if (cur.length) cur.push(i);
          return;
        }
        if (!lost[i]) return close();
        if (cur.length && sentenceOf(side, cur[cur.length - 1]!) !== sentenceOf(side, i)) close();
        cur.push(i);
        lostContent++;
      });
      close();
      return runs;
    };
    const newInHunks = (run: number[], isCanonical: boolean): number => {
      const hs = new Set(run.map((i) => (isCanonical ? hunkOfC(i) : hunkOfA(i))).filter((h) => h >= 0));
      let count = 0;
      for (const h of hs) {
        const hk = hunks[h]!;
        // A word that is only another form of a word in the run (dealing / dealt) replaces nothing.
        const runKeys = run.map((i) => (isCanonical ? ct : at)[i]!.key);
        const variant = (k: string): boolean => runKeys.some((r) => commonPrefix(r, k) >= 4);
        if (isCanonical) {
          for (let j = hk.a0; j < hk.a1; j++) if (at[j]!.content && aNew[j] && !aClaim[j] && !variant(at[j]!.key)) count++;
        } else {
          for (let j = hk.c0; j < hk.c1; j++) if (ct[j]!.content && cLost[j] && !cClaim[j] && !variant(ct[j]!.key)) count++;
        }
      }
      return count;
    };
    const describe = (side: GroupSide, run: number[]): { weighty: boolean; figures: string[] } => {
      const nums = run.filter((i) => side.tokens[i]!.num !== null);
      return { weighty: nums.some((i) => isWeighty(side, i, lex)), figures: nums.map((i) => side.tokens[i]!.norm) };
    };
    for (const run of clauseRuns(C, cLost, cClaim)) {
      const lostN = run.filter((i) => ct[i]!.content).length;
      const repl = newInHunks(run, true);
      if (reworded(lostN, repl)) continue;
      const { weighty, figures } = describe(C, run);
      claim({
        kind: 'clause',
        severity: weighty ? 'high' : 'medium',
        cTok: run,
        aTok: [],
        reason: `Drops ${quoted(tokensText(C, run), 70)} from this sentence${figures.length ? `, including the figure ${figures.join(', ')}` : ''}.`,
      });
    }
    for (const run of clauseRuns(A, aNew, aClaim)) {
      const newN = run.filter((i) => at[i]!.content).length;
      const repl = newInHunks(run, false);
      if (reworded(newN, repl)) continue;
      const { weighty, figures } = describe(A, run);
      claim({
        kind: 'clause',
        severity: weighty ? 'high' : 'medium',
        cTok: [],
        aTok: run,
        reason: `Adds ${quoted(tokensText(A, run), 70)}, which the canonical sentence does not have${figures.length ? ` (with the figure ${figures.join(', ')})` : ''}.`,
      });
    }
  }

  // --- numbers --------------------------------------------------------------------------
  {
    const cf = findNumbers(C, lex, cClaim);
    const af = findNumbers(A, lex, aClaim);
    const rest = [...af];
    const lostF: NumFact[] = [];
    for (const f of cf) {
      const k = rest.findIndex((x) => x.value === f.value);
      if (k >= 0) rest.splice(k, 1);
      else lostF.push(f);
    }
    const text = (side: GroupSide, f: NumFact): string => tokensText(side, f.toks);
    /** The unclaimed words of hunk `h` when it only drops (or only adds) a few words, else `toks`. */
    const dropRun = (h: number, canonical: boolean, toks: number[]): number[] => {
      const hk = h >= 0 ? hunks[h] : undefined;
      if (!hk) return toks;
      const [from, to, otherFrom, otherTo, claimed] = canonical ? [hk.c0, hk.c1, hk.a0, hk.a1, cClaim] : [hk.a0, hk.a1, hk.c0, hk.c1, aClaim];
      if (otherTo > otherFrom || to - from > 6) return toks;
      const run = range(from, to).filter((i) => !claimed[i] || toks.includes(i));
      const contiguous = run.every((i, k) => k === 0 || i === run[k - 1]! + 1);
      return contiguous && run.length > toks.length && toks.every((i) => run.includes(i)) ? run : toks;
    };
    for (const f of lostF) {
      // A replacement: an unmatched figure of the same sort in the same hunk.
      // The hunk of any of its words: in “$1.2 billion” → “$1.2 million” only the scale changed.
      const h = f.toks.map(hunkOfC).find((x) => x >= 0) ?? -1;
      const k = rest.findIndex((x) => x.kind === f.kind && h >= 0 && x.toks.some((j) => hunkOfA(j) === h));
      if (k >= 0) {
        const x = rest.splice(k, 1)[0]!;
        // The qualifiers of either figure, when they differ, are part of the change.
        const ch = f.toks.map((i) => cHedgeOf.get(i)).find((v) => v);
        const ah = x.toks.map((i) => aHedgeOf.get(i)).find((v) => v);
        const cTok = ch ? [...ch.toks, ...f.toks] : f.toks;
        const aTok = ah ? [...ah.toks, ...x.toks] : x.toks;
        const qualifier = ch && ah ? `, and the qualifier from ‘${ch.text}’ to ‘${ah.text}’` : ch ? `, and drops the qualifier ‘${ch.text}’` : ah ? `, and adds the qualifier ‘${ah.text}’` : '';
        claim({
          kind: 'number',
          severity: f.kind === 'date' ? 'medium' : 'high',
          cTok,
          aTok,
          reason: `${f.kind === 'date' ? 'The date' : f.kind === 'year' ? 'The year' : 'The figure'} changes from ‘${text(C, f)}’ to ‘${text(A, x)}’${qualifier}.`,
        });
        continue;
      }
      if (f.kind === 'date' || summary) continue; // a dropped week day is rewording, and headlines drop figures
      // A figure dropped with a few words around it (“killed and 14 injured” → “injured”): the words go with it.
      const words = dropRun(h, true, f.toks);
      claim({
        kind: 'number',
        severity: f.weighty ? 'high' : 'medium',
        cTok: words,
        aTok: [],
        reason:
          words.length > f.toks.length
            ? `Drops ‘${tokensText(C, words)}’, with the ${f.kind === 'year' ? 'year' : 'figure'} ‘${text(C, f)}’${f.weighty ? ', a count that matters to the story' : ''}.`
            : f.kind === 'year'
              ? `Drops the year ‘${text(C, f)}’.`
              : `Drops the figure ‘${text(C, f)}’${f.weighty ? ', a count that matters to the story' : ''}.`,
      });
    }
    for (const x of rest) {
      if (x.kind === 'date') continue;
      const words = dropRun(hunkOfA(x.toks[0]!), false, x.toks);
      claim({
        kind: 'number',
        severity: x.weighty ? 'high' : 'medium',
        cTok: [],
        aTok: words,
        reason:
          words.length > x.toks.length
            ? `Adds ‘${tokensText(A, words)}’, with the ${x.kind === 'year' ? 'year' : 'figure'} ‘${text(A, x)}’, which the canonical sentence does not give.`
            : `Adds the ${x.kind === 'year' ? 'year' : 'figure'} ‘${text(A, x)}’, which the canonical sentence does not give.`,
      });
    }
  }

  // --- names: spelling variants and swapped names ------------------------------------------
  {
    const variantSuffix = /^(?:n|an|ian|i|is|ese|ish|ic|s|es|'s|ans|ians|ns|ite|ites)$/;
    const lostCaps = ct
      .map((_, i) => i)
      .filter((i) => ct[i]!.cap && ct[i]!.content && cLost[i] && !cClaim[i] && ct[i]!.num === null);
    const newCaps = at
      .map((_, i) => i)
      .filter((i) => at[i]!.cap && at[i]!.content && aNew[i] && !aClaim[i] && at[i]!.num === null);
    const pairs: Array<[number, number, number]> = [];
    for (const i of lostCaps) {
      for (const j of newCaps) {
        const a = ct[i]!.norm.replace(/'s$/, '');
        const b = at[j]!.norm.replace(/'s$/, '');
        if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) continue;
        const [short, long] = a.length <= b.length ? [a, b] : [b, a];
        if (long.startsWith(short) && variantSuffix.test(long.slice(short.length))) continue;
        const d = distance(a, b);
        if (d <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.3))) pairs.push([i, j, d]);
      }
    }
    for (const [i, j] of pairOff(pairs)) {
      claim({
        kind: 'name',
        severity: 'medium',
        cTok: [i],
        aTok: [j],
        reason: `The name is spelled ‘${A.text.slice(at[j]!.start, at[j]!.end)}’ here but ‘${C.text.slice(ct[i]!.start, ct[i]!.end)}’ in the canonical: check which is right.`,
      });
    }
    // A different name in the same place: a 1–3 word run of names replaced by another.
    for (const h of hunks) {
      const cRun = range(h.c0, h.c1).filter((i) => ct[i]!.content && !cClaim[i]);
      const aRun = range(h.a0, h.a1).filter((j) => at[j]!.content && !aClaim[j]);
      if (cRun.length === 0 || aRun.length === 0 || cRun.length > 3 || aRun.length > 3) continue;
      const names = (side: GroupSide, run: number[], lost: boolean[]): boolean =>
        run.every((i) => side.tokens[i]!.cap && lost[i] && !isSentenceInitial(side, i));
      if (!names(C, cRun, cLost) || !names(A, aRun, aNew)) continue;
      // Iran / Iranian, Syria's / Syrian: the same name in another form.
      if (cRun.some((i) => aRun.some((j) => commonPrefix(ct[i]!.norm, at[j]!.norm) >= 4))) continue;
      claim({
        kind: 'name',
        severity: 'medium',
        cTok: cRun,
        aTok: aRun,
        reason: `Names ${quoted(tokensText(A, aRun), 40)} where the canonical names ${quoted(tokensText(C, cRun), 40)}.`,
      });
    }
  }

  // --- mistranslation: a look-alike word in the place of the original ------------------------
  for (const h of hunks) {
    const lost = range(h.c0, h.c1).filter((i) => !cClaim[i] && ct[i]!.content && cLost[i] && ct[i]!.num === null && ct[i]!.norm.length >= 5);
    const added = range(h.a0, h.a1).filter((j) => !aClaim[j] && at[j]!.content && aNew[j] && at[j]!.num === null && at[j]!.norm.length >= 5);
    const cand: Array<[number, number, number]> = [];
    for (const i of lost) {
      if (ct[i]!.cap && !isSentenceInitial(C, i)) continue; // names are the name detector's
      for (const j of added) {
        if (at[j]!.cap && !isSentenceInitial(A, j)) continue;
        const a = ct[i]!.norm;
        const b = at[j]!.norm;
        const ka = ct[i]!.key;
        const kb = at[j]!.key;
        if (ka.startsWith(kb) || kb.startsWith(ka)) continue; // derivation: rebel / rebellion
        // Compared on stems, so a shared ending (-ing, -tion) does not make two words look alike.
        // A compound and its head (warplanes / planes), a prefixed form (destabilise / stability): related, not swapped.
        if (a.endsWith(b) || b.endsWith(a) || ka.endsWith(kb) || kb.endsWith(ka)) continue;
        const sim = lookalike(ka, kb);
        if (sim > 0) cand.push([i, j, -sim]);
      }
    }
    for (const [i, j] of pairOff(cand)) {
      claim({
        kind: 'mistranslation',
        severity: input.similarity >= 0.6 ? 'high' : 'medium',
        cTok: [i],
        aTok: [j],
        reason: `‘${A.text.slice(at[j]!.start, at[j]!.end)}’ stands where the canonical has ‘${C.text.slice(ct[i]!.start, ct[i]!.end)}’: a look-alike word with another meaning, a likely mistranslation.`,
      });
    }
  }

  // --- headline substitutions: one word swapped between matching neighbours ------------------
  if (summary) {
    for (const h of hunks) {
      if (h.c1 - h.c0 !== 1 || h.a1 - h.a0 !== 1) continue;
      if (h.c0 === 0 || h.a0 === 0 || h.c1 >= ct.length || h.a1 >= at.length) continue;
      if (cClaim[h.c0] || aClaim[h.a0] || !ct[h.c0]!.content || !at[h.a0]!.content || !aNew[h.a0]) continue;
      // Between words carried on both sides, as in a sentence carried word for word: a swap to check.
      claim({
        kind: 'changed',
        severity: 'medium',
        cTok: [h.c0],
        aTok: [h.a0],
        reason: `The heading has ‘${tokensText(A, [h.a0])}’ where the canonical sentence has ‘${tokensText(C, [h.c0])}’, between the same words: check that it still says the same.`,
      });
    }
    return { diff, identical, findings, canonicalAnchors };
  }

  // --- what is left: rewording --------------------------------------------------------------
  if (findings.length === 0) {
    const residualC = ct.map((_, i) => i).filter((i) => ct[i]!.content && cLost[i] && !cClaim[i]);
    const residualA = at.map((_, i) => i).filter((i) => at[i]!.content && aNew[i] && !aClaim[i]);
    const residual = residualC.length + residualA.length;
    if (residual >= 2 || (residual >= 1 && input.similarity < 0.9)) {
      const pieces: string[] = [];
      for (const h of hunks) {
        const c = range(h.c0, h.c1).filter((i) => ct[i]!.content);
        const a = range(h.a0, h.a1).filter((j) => at[j]!.content);
        if (!c.some((i) => cLost[i]) && !a.some((j) => aNew[j])) continue;
        const cs = h.c1 > h.c0 ? excerpt(tokensText(C, range(h.c0, h.c1)), 30) : '';
        const as = h.a1 > h.a0 ? excerpt(tokensText(A, range(h.a0, h.a1)), 30) : '';
        pieces.push(cs && as ? `‘${cs}’ → ‘${as}’` : cs ? `drops ‘${cs}’` : `adds ‘${as}’`);
        if (pieces.length === 3) break;
      }
      const more = hunks.length > pieces.length ? '; …' : '';
      // One word swapped for another in a sentence otherwise carried word for word
      // ("were killed" → "were injured"): no paraphrase, a deliberate change to check.
      const only = hunks.length === 1 ? hunks[0]! : null;
      const swap =
        only !== null &&
        only.c1 - only.c0 === 1 &&
        only.a1 - only.a0 === 1 &&
        residualC.length === 1 &&
        residualA.length === 1 &&
        ct.filter((t) => t.content).length >= 4 &&
        !(lex.attributionVerbs.has(ct[residualC[0]!]!.norm) && lex.attributionVerbs.has(at[residualA[0]!]!.norm)) &&
        !(ct[residualC[0]!]!.cap && at[residualA[0]!]!.cap);
      if (swap) {
        claim({
          kind: 'changed',
          severity: 'medium',
          cTok: residualC,
          aTok: residualA,
          reason: `‘${ct[residualC[0]!]!.norm}’ becomes ‘${at[residualA[0]!]!.norm}’ in a sentence otherwise carried word for word: check that it still says the same.`,
        });
        return { diff, identical, findings, canonicalAnchors };
      }
      claim({
        kind: 'changed',
        severity: 'low',
        cTok: residualC,
        aTok: residualA,
        reason: input.similarity < 0.5
          ? `Paraphrased; no fact-level change found (${pieces.join('; ')}${more}).`
          : `Reworded: ${pieces.join('; ')}${more}.`,
      });
    }
  }
  return { diff, identical, findings, canonicalAnchors };
}
