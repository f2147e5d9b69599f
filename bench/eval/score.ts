/**
 * Scores the engine's comparison (the JSON of `wirediff compare --format json`) against a
 * gold file, exactly as /work/shared/notes/measuring-real-copy.md defines the scores:
 *
 * - A snippet stands for the tool's sentences that overlap its first occurrence in the file.
 * - Alignment: the share of gold items the tool gets right. A pair is right when one
 *   alignment group holds a sentence of each side; an omitted (added) item is right when
 *   none of its sentences is aligned.
 * - Findings recall: the share of gold findings the tool reports on the same sentences, of
 *   a matching kind (`denial` matches negation, added, omitted or clause; `clause` matches
 *   clause or changed; `time` matches time or number, as issue 9 allows either).
 * - Findings on gold sentences (precision): of the tool's fact findings, the share that
 *   point at a sentence where the gold has a finding.
 * - False links: alignment links that touch a sentence the gold marks omitted or added,
 *   over all links.
 */
import type { Gold, GoldKind } from './gold';

/** The parts of the engine's JSON the scores read. */
export interface ToolSentence { id: number; start: number; end: number }
export interface ToolAlignment { canonical: number[]; article: number[] }
export interface ToolDiscrepancy { kind: string; canonical: number[]; article: number[] }
export interface ToolOutput {
  canonical: { sentences: ToolSentence[] };
  article: { sentences: ToolSentence[] };
  alignments: ToolAlignment[];
  discrepancies: ToolDiscrepancy[];
}

/** The tool's kinds that state a fact changed (precision is measured over these). */
export const FACT_KINDS = new Set([
  'number', 'hedge', 'quote', 'name', 'attribution', 'negation', 'mistranslation', 'clause', 'time',
]);

/** Which tool kinds answer a gold finding of each kind. */
export function kindMatches(gold: GoldKind, tool: string): boolean {
  if (gold === tool) return true;
  if (gold === 'denial') return ['negation', 'added', 'omitted', 'clause'].includes(tool);
  if (gold === 'clause') return tool === 'changed';
  if (gold === 'time') return tool === 'number';
  return false;
}

/** Ids of the sentences overlapping the first occurrence of `snippet` in `text` (empty snippet: none). */
export function sentencesOf(snippet: string, text: string, sentences: ToolSentence[]): number[] {
  if (!snippet) return [];
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet not in its file: "${snippet}"`);
  const end = at + snippet.length;
  return sentences.filter((s) => s.start < end && s.end > at).map((s) => s.id);
}

const meets = (a: readonly number[], b: ReadonlySet<number>): boolean => a.some((x) => b.has(x));

/** One gold item and whether the tool got it right. */
export interface ItemResult { type: 'pair' | 'omitted' | 'added'; c?: string; a?: string; right: boolean }
/**
 * `linked`: how the tool aligned the finding's sentences — `linked` when one group holds a gold
 * sentence of each side, `apart` when it does not, `one-sided` when the gold names one side only.
 */
export interface FindingResult { kind: GoldKind; c: string; a: string; note: string; found: boolean; linked: 'linked' | 'apart' | 'one-sided' }
export interface ToolFindingResult { kind: string; canonical: number[]; article: number[]; onGold: boolean }

export interface PairScore {
  items: ItemResult[];
  findings: FindingResult[];
  toolFindings: ToolFindingResult[];
  links: number;
  falseLinks: number;
  /** The false links themselves: groups holding a sentence the gold marks omitted or added. */
  falseLinkGroups: Array<{ canonical: number[]; article: number[] }>;
}

/** Does one alignment group hold a sentence of each of `c` and `a`? */
function oneGroupHolds(tool: ToolOutput, c: ReadonlySet<number>, a: ReadonlySet<number>): boolean {
  return tool.alignments.some((g) => meets(g.canonical, c) && meets(g.article, a));
}

export function scorePair(gold: Gold, canonicalText: string, articleText: string, tool: ToolOutput): PairScore {
  const cs = (s: string): number[] => sentencesOf(s, canonicalText, tool.canonical.sentences);
  const as = (s: string): number[] => sentencesOf(s, articleText, tool.article.sentences);
  const alignedC = new Set(tool.alignments.flatMap((g) => g.canonical));
  const alignedA = new Set(tool.alignments.flatMap((g) => g.article));

  const items: ItemResult[] = [];
  for (const p of gold.pairs) {
    const c = new Set(cs(p.c));
    const a = new Set(as(p.a));
    const right = oneGroupHolds(tool, c, a);
    items.push({ type: 'pair', c: p.c, a: p.a, right });
  }
  const omittedC = new Set<number>();
  for (const o of gold.omitted) {
    const ids = cs(o);
    ids.forEach((i) => omittedC.add(i));
    items.push({ type: 'omitted', c: o, right: !ids.some((i) => alignedC.has(i)) });
  }
  const addedA = new Set<number>();
  for (const o of gold.added) {
    const ids = as(o);
    ids.forEach((i) => addedA.add(i));
    items.push({ type: 'added', a: o, right: !ids.some((i) => alignedA.has(i)) });
  }

  const goldFindingC = new Set<number>();
  const goldFindingA = new Set<number>();
  const findings: FindingResult[] = gold.findings.map((f) => {
    const c = new Set(cs(f.c));
    const a = new Set(as(f.a));
    c.forEach((i) => goldFindingC.add(i));
    a.forEach((i) => goldFindingA.add(i));
    // Same sentences: it touches a gold side, and no side it names lies elsewhere.
    const found = tool.discrepancies.some((d) => {
      if (!kindMatches(f.kind, d.kind)) return false;
      const touchC = meets(d.canonical, c);
      const touchA = meets(d.article, a);
      if (!touchC && !touchA) return false;
      const okC = c.size === 0 || d.canonical.length === 0 || touchC;
      const okA = a.size === 0 || d.article.length === 0 || touchA;
      return okC && okA;
    });
    const linked = c.size === 0 || a.size === 0 ? 'one-sided' : oneGroupHolds(tool, c, a) ? 'linked' : 'apart';
    return { kind: f.kind, c: f.c, a: f.a, note: f.note, found, linked } as const;
  });

  const toolFindings: ToolFindingResult[] = tool.discrepancies
    .filter((d) => FACT_KINDS.has(d.kind))
    .map((d) => ({
      kind: d.kind,
      canonical: d.canonical,
      article: d.article,
      onGold: meets(d.canonical, goldFindingC) || meets(d.article, goldFindingA),
    }));

  const falseLinkGroups = tool.alignments
    .filter((g) => meets(g.canonical, omittedC) || meets(g.article, addedA))
    .map((g) => ({ canonical: g.canonical, article: g.article }));
  return { items, findings, toolFindings, links: tool.alignments.length, falseLinks: falseLinkGroups.length, falseLinkGroups };
}

/** Sums of scores over pairs, and the four figures as shares (NaN when there is nothing to count). */
export interface Totals {
  items: number; itemsRight: number;
  findings: number; findingsFound: number;
  toolFindings: number; toolFindingsOnGold: number;
  links: number; falseLinks: number;
  byKind: Record<string, { n: number; found: number }>;
  /** Missed findings by how the tool aligned their sentences: what holds recall back, the aligner or the detectors. */
  missedBy: Record<FindingResult['linked'], number>;
}

export function emptyTotals(): Totals {
  return { items: 0, itemsRight: 0, findings: 0, findingsFound: 0, toolFindings: 0, toolFindingsOnGold: 0, links: 0, falseLinks: 0, byKind: {}, missedBy: { linked: 0, apart: 0, 'one-sided': 0 } };
}

export function addScore(t: Totals, s: PairScore): Totals {
  t.items += s.items.length;
  t.itemsRight += s.items.filter((i) => i.right).length;
  t.findings += s.findings.length;
  t.findingsFound += s.findings.filter((f) => f.found).length;
  t.toolFindings += s.toolFindings.length;
  t.toolFindingsOnGold += s.toolFindings.filter((f) => f.onGold).length;
  t.links += s.links;
  t.falseLinks += s.falseLinks;
  for (const f of s.findings) {
    const k = (t.byKind[f.kind] ??= { n: 0, found: 0 });
    k.n++;
    if (f.found) k.found++;
    else t.missedBy[f.linked]++;
  }
  return t;
}

export interface Figures { alignment: number; recall: number; precision: number; falseLinks: number }

export function figures(t: Totals): Figures {
  const share = (a: number, b: number): number => (b === 0 ? NaN : (100 * a) / b);
  return {
    alignment: share(t.itemsRight, t.items),
    recall: share(t.findingsFound, t.findings),
    precision: share(t.toolFindingsOnGold, t.toolFindings),
    falseLinks: share(t.falseLinks, t.links),
  };
}

/** The targets of issue 9, each with the side it must be on. */
export const TARGETS = {
  alignment: { min: 97 },
  recall: { min: 75 },
  precision: { min: 85 },
  falseLinks: { max: 5 },
} as const;

export function meetsTarget(name: keyof Figures, value: number): boolean {
  if (Number.isNaN(value)) return false;
  const t = TARGETS[name] as { min?: number; max?: number };
  return t.min !== undefined ? value >= t.min : value <= t.max!;
}
