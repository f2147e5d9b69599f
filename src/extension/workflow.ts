/**
 * The editor's workflow on WireDiff's findings: quick fixes from the canonical, the
 * Problems view, and the linked side-by-side. Registered once at activation, over the
 * results store.
 */
import * as vscode from 'vscode';
import { FixProvider } from './editor/codeActions';
import { SideBySideLink } from './editor/sideBySide';
import { Problems } from './problems';
import { LiveOffsets, type WorkflowResults } from './workflowResults';

export function registerWorkflow(context: vscode.ExtensionContext, results: WorkflowResults): { sideBySide: SideBySideLink } {
  const live = new LiveOffsets(results);
  const sideBySide = new SideBySideLink(results, live);
  context.subscriptions.push(
    live,
    new FixProvider(results, live),
    new Problems(results, live, vscode.Uri.joinPath(context.extensionUri, 'docs', 'vscode.md')),
    sideBySide,
    vscode.commands.registerCommand('wirediff.openSideBySide', () => sideBySide.open()),
    vscode.commands.registerCommand('wirediff.linkSideBySide', () => sideBySide.setLinked(true)),
    vscode.commands.registerCommand('wirediff.unlinkSideBySide', () => sideBySide.setLinked(false)),
  );
  return { sideBySide };
}
