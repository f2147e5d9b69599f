/**
 * The analysis of a group whose sides are in two languages (a translation). Words do not
 * compare across languages, so there is no word diff and none of the word detectors runs:
 * what a translation must carry unchanged, and what this checks, are its figures written
 * in digits (a number word, "one" or "une", is too often not a figure to count).
 */
import type { GroupAnalysis, Finding, GroupSide } from './group';
import { tokensText } from './tokens';

function figures(side: GroupSide): number[] {
  const out: number[] = [];
  side.tokens.forEach((t, i) => {
    if (t.num !== null && /\d/.test(t.norm)) out.push(i);
  });
  return out;
}

/** Figures the translation changed, dropped or added, in the order they stand. */
export function analyzeAcross(C: GroupSide, A: GroupSide): GroupAnalysis {
  const cf = figures(C);
  const af = figures(A);
  const left = [...af];
  const lostC: number[] = [];
  for (const i of cf) {
    const k = left.findIndex((j) => A.tokens[j]!.num === C.tokens[i]!.num);
    if (k >= 0) left.splice(k, 1);
    else lostC.push(i);
  }
  const findings: Finding[] = [];
  const text = (side: GroupSide, i: number): string => tokensText(side, [i]);
  const n = Math.min(lostC.length, left.length);
  for (let k = 0; k < n; k++) {
    findings.push({
      kind: 'number',
      severity: 'high',
      cTok: [lostC[k]!],
      aTok: [left[k]!],
      reason: `The figure changes from ‘${text(C, lostC[k]!)}’ to ‘${text(A, left[k]!)}’ in the translation.`,
    });
  }
  for (const i of lostC.slice(n)) {
    findings.push({ kind: 'number', severity: 'medium', cTok: [i], aTok: [], reason: `Drops the figure ‘${text(C, i)}’: the translation does not carry it.` });
  }
  for (const j of left.slice(n)) {
    findings.push({ kind: 'number', severity: 'medium', cTok: [], aTok: [j], reason: `Adds the figure ‘${text(A, j)}’, which the canonical sentence does not have.` });
  }
  const start = A.sentences[0]!.start;
  return { diff: [], identical: false, findings, canonicalAnchors: C.tokens.map(() => start) };
}
