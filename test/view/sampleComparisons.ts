/**
 * Hand-made comparisons for the VS Code layer's unit tests. They follow
 * src/core/types.ts but are NOT engine output: the product always calls the
 * real engine; these only exercise the view logic.
 */
import type { Alignment, Comparison, DiffPart, Discrepancy, Sentence, Span } from '../../src/core/types';

/** Naive segmentation: each non-empty line, split after . ! ? followed by a space. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  while ((m = re.exec(text))) {
    const line = m[0];
    const base = m.index;
    const parts = line.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/);
    let pos = 0;
    for (const p of parts) {
      const i = line.indexOf(p, pos);
      const t = p.trimEnd();
      if (t.trim()) out.push({ id: out.length, start: base + i, end: base + i + t.length, text: t, kind: 'sentence', paragraph });
      pos = i + p.length;
    }
    paragraph++;
  }
  return out;
}

export function spanOf(text: string, needle: string, from = 0): Span {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return { start: i, end: i + needle.length };
}

/** Word diff of two sentences with a simple LCS over words (spans included). */
export function wordDiff(cText: string, cs: Sentence, aText: string, as: Sentence): DiffPart[] {
  const words = (t: string, base: number) => [...t.matchAll(/\S+/g)].map((m) => ({ w: m[0], start: base + m.index!, end: base + m.index! + m[0].length }));
  const A = words(cs.text, cs.start);
  const B = words(as.text, as.start);
  const n = A.length, m = B.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = A[i]!.w === B[j]!.w ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const parts: DiffPart[] = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && A[i]!.w === B[j]!.w) {
      parts.push({ op: 'equal', text: A[i]!.w, canonical: { start: A[i]!.start, end: A[i]!.end }, article: { start: B[j]!.start, end: B[j]!.end } });
      i++; j++;
    } else if (j < m && (i >= n || L[i]![j + 1]! >= L[i + 1]![j]!)) {
      parts.push({ op: 'insert', text: B[j]!.w, article: { start: B[j]!.start, end: B[j]!.end } });
      j++;
    } else {
      parts.push({ op: 'delete', text: A[i]!.w, canonical: { start: A[i]!.start, end: A[i]!.end } });
      i++;
    }
  }
  void cText; void aText;
  return parts;
}

export interface Built {
  comparison: Comparison;
  canonicalText: string;
  articleText: string;
}

/** A small canonical/article pair with one finding of each common kind. */
export function sample(eol = '\n'): Built {
  const canonicalText = [
    'AMMAN: Hundreds of fighters crossed into Syria overnight, sources said.',
    'At least 300 fighters crossed late on Sunday, two Iraqi security sources said.',
    'Iran’s constellation of allied militia groups has long been integral.',
    'The head of the forces said no group had entered Syria.',
  ].join(eol + eol);
  const articleText = [
    'JAKARTA - Hundreds of fighters crossed into Syria overnight, sources said.',
    'Citing Iraqi security sources, 300 fighters crossed late on Sunday.',
    'The constants of allied militia groups has long been integral.',
    'SEE ALSO: <img src=x onerror=alert(1)> *bold* [link](command:evil)',
  ].join(eol);
  const cs = segment(canonicalText);
  const as = segment(articleText);
  const alignments: Alignment[] = [0, 1, 2].map((k) => ({
    id: k,
    canonical: [k],
    article: [k],
    similarity: 0.8,
    relation: 'match',
    moved: false,
    identical: false,
    diff: wordDiff(canonicalText, cs[k]!, articleText, as[k]!),
  }));
  const d = (x: Partial<Discrepancy> & Pick<Discrepancy, 'id' | 'kind' | 'severity'>): Discrepancy => ({
    canonical: [],
    article: [],
    from: null,
    to: null,
    reason: '',
    canonicalSpans: [],
    articleSpans: [],
    articleAnchor: 0,
    alignment: null,
    score: 0,
    ...x,
  });
  const constellation = spanOf(canonicalText, 'constellation');
  const constants = spanOf(articleText, 'constants');
  const discrepancies: Discrepancy[] = [
    d({ id: 'omit-3', kind: 'omitted', severity: 'high', canonical: [3], from: cs[3]!.text, reason: 'A denial is missing.', articleAnchor: as[3]!.start, score: 90 }),
    d({ id: 'hedge-1', kind: 'hedge', severity: 'high', canonical: [1], article: [1], from: 'At least', to: null, reason: 'The hedge "at least" was dropped.', canonicalSpans: [spanOf(canonicalText, 'At least')], articleSpans: [], articleAnchor: spanOf(articleText, '300').start, alignment: 1, score: 80 }),
    d({ id: 'mis-2', kind: 'mistranslation', severity: 'medium', canonical: [2], article: [2], from: 'constellation', to: 'constants', reason: '“constellation” became “constants”, a look-alike with another meaning.', canonicalSpans: [constellation], articleSpans: [constants], articleAnchor: constants.start, alignment: 2, score: 60 }),
    d({ id: 'attr-1', kind: 'attribution', severity: 'medium', canonical: [1], article: [1], from: 'two Iraqi security sources said', to: 'Citing Iraqi security sources', reason: 'The attribution changed.', canonicalSpans: [spanOf(canonicalText, 'two Iraqi security sources said')], articleSpans: [spanOf(articleText, 'Citing Iraqi security sources')], articleAnchor: 0 + spanOf(articleText, 'Citing').start, alignment: 1, score: 55 }),
    d({ id: 'add-3', kind: 'added', severity: 'low', article: [3], to: as[3]!.text, reason: 'Not in the canonical text.', articleSpans: [{ start: as[3]!.start, end: as[3]!.end }], articleAnchor: as[3]!.start, score: 10 }),
  ];
  const comparison: Comparison = {
    version: 1,
    language: 'eng',
    canonical: { sentences: cs },
    article: { sentences: as },
    alignments,
    discrepancies,
    summary: { high: 2, medium: 2, low: 1, byKind: {}, identical: 0, canonicalSentences: cs.length, articleSentences: as.length },
  };
  return { comparison, canonicalText, articleText };
}

/** A large synthetic comparison: `n` article sentences, one finding per sentence. */
export function large(n: number): Built {
  const kinds = ['mistranslation', 'number', 'hedge', 'added', 'omitted', 'changed', 'moved'] as const;
  const sevs = ['high', 'medium', 'low'] as const;
  const cLines: string[] = [];
  const aLines: string[] = [];
  for (let i = 0; i < n; i++) {
    cLines.push(`Sentence ${i} says the fighters crossed the border with 300 men near the town.`);
    aLines.push(`Sentence ${i} says the fighters crossed the frontier with 200 men near the town.`);
  }
  const canonicalText = cLines.join('\n');
  const articleText = aLines.join('\n');
  const cs = segment(canonicalText);
  const as = segment(articleText);
  const alignments: Alignment[] = [];
  const discrepancies: Discrepancy[] = [];
  for (let i = 0; i < n; i++) {
    alignments.push({ id: i, canonical: [i], article: [i], similarity: 0.8, relation: 'match', moved: false, identical: false, diff: wordDiff(canonicalText, cs[i]!, articleText, as[i]!) });
    const kind = kinds[i % kinds.length]!;
    const w = spanOf(articleText, '200', as[i]!.start);
    discrepancies.push({
      id: `d${i}`,
      kind,
      severity: sevs[i % 3]!,
      canonical: kind === 'added' ? [] : [i],
      article: kind === 'omitted' ? [] : [i],
      from: '300',
      to: '200',
      reason: `finding ${i}`,
      canonicalSpans: [spanOf(canonicalText, '300', cs[i]!.start)],
      articleSpans: kind === 'omitted' ? [] : [w],
      articleAnchor: kind === 'omitted' ? as[i]!.start : w.start,
      alignment: kind === 'added' || kind === 'omitted' ? null : i,
      score: 1000 - i,
    });
  }
  discrepancies.sort((a, b) => b.score - a.score);
  return {
    canonicalText,
    articleText,
    comparison: {
      version: 1,
      language: 'eng',
      canonical: { sentences: cs },
      article: { sentences: as },
      alignments,
      discrepancies,
      summary: { high: 0, medium: 0, low: 0, byKind: {}, identical: 0, canonicalSentences: n, articleSentences: n },
    },
  };
}
