/**
 * The hover over a divergent span: the canonical sentence, the word-level
 * difference, and each finding with its reason and links to reveal the
 * canonical sentence and dismiss the finding. Builds a Markdown string with
 * every piece of article or canonical text escaped. Pure (no `vscode` import).
 */
import type { Discrepancy, Severity } from '../core/types';
import type { VerdictValue } from '../core/verdicts';
import { diffTokens, type DiffToken } from './diffText';
import { commandLink } from './markdown';
import { escapeMarkdown } from '../report/escape';
import { excerpt } from '../core/excerpt';
import type { ComparisonView } from './result';
import type { GhostNote } from './ghostNotes';
import { hardlyMatches } from './related';

/** Commands the hover links to; the only ones its Markdown may run. */
export const HOVER_COMMANDS = [
  'wirediff.showPanel',
  'wirediff.revealCanonical',
  'wirediff.confirmFinding',
  'wirediff.markFindingBenign',
  'wirediff.dismissFinding',
  'wirediff.clearVerdict',
] as const;

/** The verdict commands of the hover, by the verdict they give. */
const VERDICT_COMMAND = {
  confirmed: 'wirediff.confirmFinding',
  benign: 'wirediff.markFindingBenign',
  dismissed: 'wirediff.dismissFinding',
} as const;

const VERDICT_ICON: Record<VerdictValue, string> = { confirmed: '$(verified)', benign: '$(check)', dismissed: '$(eye-closed)' };

export interface HoverLabels {
  title: string;
  canonical: string;
  /** Before the canonical sentence a finding names when the alignment does not link it with the article's sentence. */
  canonicalElsewhere: string;
  article: string;
  /** Before the combined word diff, with the legend of its marks: struck words are `canonicalOnly`, bold ones `articleOnly`. */
  wordDiff: string;
  canonicalOnly: string;
  articleOnly: string;
  omitted: string;
  added: string;
  /** The notice of an article that hardly shares a sentence with the canonical (`{0}`: the canonical sentences it lacks). */
  fewMatches: string;
  /** The link to the panel, which offers another canonical. */
  showPanel: string;
  revealCanonical: string;
  /** Link texts of the verdict actions. */
  confirm: string;
  benign: string;
  dismiss: string;
  clearVerdict: string;
  /** The marks of findings with a verdict. */
  verdict: Record<VerdictValue, string>;
  severity: Record<Severity, string>;
  kind: (kind: Discrepancy['kind']) => string;
}

export const ENGLISH_HOVER_LABELS: HoverLabels = {
  title: 'WireDiff',
  canonical: 'Canonical',
  canonicalElsewhere: 'Canonical, in a sentence not aligned with this one',
  article: 'Article',
  wordDiff: 'Word by word',
  canonicalOnly: 'only in the canonical',
  articleOnly: 'only in this article',
  omitted: 'Omitted from the article',
  added: 'Not in the canonical text',
  fewMatches:
    'Hardly a sentence of this article has a counterpart in the canonical text: {0} of its sentences are not here, and nearly all of this article is not in it. A report written anew, or the wrong canonical text? Its omitted and added sentences are listed, folded, in the panel, and not marked one by one.',
  showPanel: 'Show the panel (Choose Canonical…)',
  revealCanonical: 'Reveal in canonical',
  confirm: 'Confirm',
  benign: 'Benign',
  dismiss: 'Dismiss',
  clearVerdict: 'Clear verdict',
  verdict: { confirmed: 'Confirmed', benign: 'Benign', dismissed: 'Dismissed' },
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  kind: (k) => k,
};

const SEVERITY_ICON: Record<Severity, string> = { high: '$(error)', medium: '$(warning)', low: '$(info)' };

export interface HoverInput {
  view: ComparisonView;
  hits: readonly Discrepancy[];
  /** Article document URI (string), passed back to the commands. */
  articleUri: string;
  /** Name of the canonical file, shown in the title. */
  canonicalName: string;
  labels?: HoverLabels;
  /** Verdicts of the findings, by id (from `.wirediff/verdicts.json`). */
  verdicts?: ReadonlyMap<string, { verdict: VerdictValue; note?: unknown }>;
  /** At the notice of an article that hardly shares a sentence with the canonical: how many canonical sentences it lacks. */
  notice?: number;
}

/**
 * What the hover at an offset of the article shows: the findings there (`findingsAt`), and at the
 * end of the line of a notice (another story, or one written anew) the notice. Such an article's
 * added sentences are not marked (decorationPlan.ts), so the pointer on one shows nothing of it.
 */
export function hoverAt(
  view: ComparisonView,
  offset: number,
  visible: readonly Discrepancy[],
  notes: readonly Pick<GhostNote, 'line' | 'ids' | 'style'>[],
): { hits: Discrepancy[]; range: { start: number; end: number }; notice?: number } | null {
  const another = hardlyMatches(view.comparison);
  const shown = another ? visible.filter((d) => d.kind !== 'added') : visible;
  const found = view.findingsAt(offset, shown, notes);
  const line = view.articleLines.lineAt(offset);
  const end = view.articleLines.lineEnd(line);
  const atNotice = another && offset === end && notes.some((n) => n.line === line && n.style === 'notice');
  if (!atNotice) return found;
  const notice = visible.filter((d) => d.kind === 'omitted').length;
  // The notice stands for the omissions: they are listed, folded, in the panel, not here.
  const hits = (found?.hits ?? []).filter((d) => d.kind !== 'omitted');
  return { hits, range: found?.range ?? { start: end, end }, notice };
}

/** Renders diff tokens as Markdown: runs of deleted words struck, runs of inserted words bold. */
export function diffMarkdown(tokens: readonly DiffToken[]): string {
  let s = '';
  for (let i = 0; i < tokens.length; ) {
    const op = tokens[i]!.op;
    let j = i;
    let run = '';
    while (j < tokens.length && tokens[j]!.op === op) {
      run += escapeMarkdown(tokens[j]!.text) + (j + 1 < tokens.length && tokens[j + 1]!.op === op ? escapeMarkdown(tokens[j]!.after) : '');
      j++;
    }
    // Emphasis must not end in white space: the run's trailing separator goes outside it.
    const after = escapeMarkdown(tokens[j - 1]!.after);
    s += (op === 'delete' ? `~~${run}~~` : op === 'insert' ? `**${run}**` : run) + after;
    i = j;
  }
  return s;
}

/** Markdown of the hover; show it with `supportThemeIcons` and commands limited to `HOVER_COMMANDS`. */
export function buildHoverMarkdown(input: HoverInput): string {
  const { view, hits, articleUri } = input;
  const L = input.labels ?? ENGLISH_HOVER_LABELS;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(L.title)}** · ${escapeMarkdown(input.canonicalName)}`);
  if (input.notice) {
    lines.push(`$(warning) ${escapeMarkdown(L.fewMatches.replace('{0}', String(input.notice)))}`);
    lines.push(commandLink(L.showPanel, 'wirediff.showPanel', []));
    if (!hits.length) return lines.join('\n\n');
  }

  // What matters first: each finding, its reason and its links.
  for (const d of hits) {
    const head = `${SEVERITY_ICON[d.severity]} **${escapeMarkdown(L.severity[d.severity])} · ${escapeMarkdown(L.kind(d.kind))}**`;
    const change = d.from !== null || d.to !== null ? ` ${quote(d.from)} → ${quote(d.to)}` : '';
    const reason = d.reason ? ` — ${escapeMarkdown(d.reason)}` : '';
    const v = input.verdicts?.get(d.id);
    const mark = v ? ` · ${VERDICT_ICON[v.verdict]} *${escapeMarkdown(L.verdict[v.verdict])}*` : '';
    lines.push(`${head}${mark}${d.kind === 'omitted' || d.kind === 'added' ? '' : change}${reason}`);
    if (v && typeof v.note === 'string' && v.note.trim()) lines.push(`$(comment) *“${escapeMarkdown(v.note.trim())}”*`);
    const args = [{ uri: articleUri, id: d.id }];
    const links: string[] = [];
    if (d.canonical.length || d.canonicalSpans.length) links.push(commandLink(L.revealCanonical, 'wirediff.revealCanonical', args));
    // The verdicts it does not have yet, then a way back.
    const labelOf: Record<VerdictValue, string> = { confirmed: L.confirm, benign: L.benign, dismissed: L.dismiss };
    for (const value of ['confirmed', 'benign', 'dismissed'] as const) {
      if (v?.verdict !== value) links.push(commandLink(labelOf[value], VERDICT_COMMAND[value], args));
    }
    if (v) links.push(commandLink(L.clearVerdict, 'wirediff.clearVerdict', args));
    lines.push(links.join(' · '));
  }

  // Then the canonical sentence(s) and the word diff, once per alignment / omitted sentence.
  lines.push('---');
  const shown = new Set<string>();
  for (const d of hits) {
    const key = d.alignment !== null ? `a${d.alignment}` : `${d.kind}:${d.canonical.join(',')}:${d.article.join(',')}`;
    if (shown.has(key)) continue;
    shown.add(key);
    const alignment = view.alignmentOf(d);
    if (d.kind === 'omitted') {
      lines.push(`${escapeMarkdown(L.omitted)}:`);
      lines.push(`> ${escapeMarkdown(view.canonicalSentenceText(d) || d.from || '')}`);
    } else if (d.kind === 'boilerplate') {
      // Page chrome: its reason says so; its lines are not quoted as if they were news.
      continue;
    } else if (d.kind === 'added') {
      lines.push(`${escapeMarkdown(L.added)}:`);
      lines.push(`> ${escapeMarkdown(view.articleSentenceText(d) || d.to || '')}`);
    } else {
      const canon = view.canonicalSentenceText(d);
      if (canon) {
        lines.push(`${escapeMarkdown(alignedElsewhere(view, d) ? L.canonicalElsewhere : L.canonical)}:`);
        lines.push(`> ${escapeMarkdown(canon)}`);
      }
      if (alignment && alignment.diff.length && !alignment.identical) {
        const tokens = diffTokens(alignment.diff, { canonicalText: view.canonicalText, articleText: view.articleText });
        const legend = `~~${escapeMarkdown(L.canonicalOnly)}~~ · **${escapeMarkdown(L.articleOnly)}**`;
        lines.push(`${escapeMarkdown(L.wordDiff)} (${legend}): ${diffMarkdown(tokens)}`);
      }
    }
  }
  // Blank lines between blocks: each is its own paragraph.
  return lines.join('\n\n');
}

/**
 * True for a finding across sentences the alignment does not link, when the article's sentence
 * is aligned with another canonical sentence: the canonical sentence quoted is not that one.
 */
function alignedElsewhere(view: ComparisonView, d: Discrepancy): boolean {
  if (d.alignment !== null || !d.article.length) return false;
  return view.comparison.alignments.some((g) => g.article.some((x) => d.article.includes(x)) && !g.canonical.some((c) => d.canonical.includes(c)));
}

function quote(s: string | null): string {
  if (s === null || s.trim() === '') return '∅';
  return `“${escapeMarkdown(excerpt(s, 120))}”`;
}
