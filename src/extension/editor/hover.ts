/** The hover over a finding: what changed, why it matters, and links to judge it. */
import * as vscode from 'vscode';
import { buildHoverMarkdown, hoverAt, HOVER_COMMANDS } from '../../view/hover';
import { baseName } from '../../view/text';
import { hoverLabels } from '../labels';
import type { Discrepancy } from '../../core/types';
import type { Results, ResultSnapshot } from '../results';
import { toRange } from './ranges';

export class FindingHover implements vscode.HoverProvider {
  constructor(private readonly results: Results) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const s = this.results.forDocument(doc);
    if (!s) return undefined;
    const view = s.result.view;
    const found = hoverAt(view, view.articleLines.offsetAt(pos), s.visible, s.plan.ghosts);
    if (!found) return undefined;
    return new vscode.Hover(hoverMarkdown(s, found.hits, found.notice), toRange(view.articleLines, found.range));
  }
}

/** The hover's Markdown of these findings of a result (and the notice of another story), trusting only WireDiff's own commands. */
export function hoverMarkdown(s: ResultSnapshot, hits: readonly Discrepancy[], notice?: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString(
    buildHoverMarkdown({
      view: s.result.view,
      hits,
      articleUri: s.result.key,
      canonicalName: baseName(s.result.canonicalUri.path),
      labels: hoverLabels(),
      verdicts: s.judgement.verdicts,
      ...(notice ? { notice } : {}),
    }),
    true,
  );
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}
