/** The hover over a finding: what changed, why it matters, and links to judge it. */
import * as vscode from 'vscode';
import { buildHoverMarkdown, HOVER_COMMANDS } from '../../view/hover';
import { baseName } from '../../view/text';
import { hoverLabels } from '../labels';
import type { Results } from '../results';
import { toRange } from './ranges';

export class FindingHover implements vscode.HoverProvider {
  constructor(private readonly results: Results) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const s = this.results.forDocument(doc);
    if (!s) return undefined;
    const view = s.result.view;
    const found = view.findingsAt(view.articleLines.offsetAt(pos), s.visible, s.plan.ghosts);
    if (!found) return undefined;
    const md = new vscode.MarkdownString(
      buildHoverMarkdown({
        view,
        hits: found.hits,
        articleUri: s.result.key,
        canonicalName: baseName(s.result.canonicalUri.path),
        labels: hoverLabels(),
        verdicts: s.judgement.verdicts,
      }),
      true,
    );
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(view.articleLines, found.range));
  }
}
