/**
 * WireDiff for VS Code: entry point. `activate` only registers commands,
 * providers and listeners; the engine worker and the decoration types are
 * created on first use, so activation stays well under 100 ms.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CanonicalResolver } from './canonical';
import { Controller } from './controller';
import type { Comparison } from './core/types';
import { DecorationSet } from './decorations';
import { EngineClient } from './engine/client';
import { MatrixPanel } from './matrixPanel';
import { PANEL_VIEW_ID, PanelProvider } from './panel/panelProvider';
import { StatusBar } from './statusBar';
import { VerdictFiles } from './verdicts';

/** What other extensions (and the desktop integration tests) can ask WireDiff. */
export interface WireDiffApi {
  /** The comparison shown for a document, if it is current. */
  comparisonFor(uri: vscode.Uri): Comparison | undefined;
}

export function activate(context: vscode.ExtensionContext): WireDiffApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('WireDiff', { log: true });
  context.subscriptions.push(log);

  let engine: EngineClient | undefined;
  const getEngine = () =>
    (engine ??= new EngineClient(path.join(context.extensionPath, 'dist', 'compareWorker.js'), {
      log: (m, level) => (level === 'warn' ? log.warn(m) : log.info(m)),
    }));
  let decorations: DecorationSet | undefined;
  const getDecorations = () => (decorations ??= new DecorationSet(context.extensionUri));
  context.subscriptions.push({ dispose: () => (engine?.dispose(), decorations?.dispose()) });

  // Verdicts live in .wirediff/verdicts.json (the CLI's file), not in workspace state.
  const verdicts = new VerdictFiles(log);
  const controller = new Controller(getEngine, getDecorations, new CanonicalResolver(), verdicts, log);
  const panel = new PanelProvider(context.extensionUri, controller, log);
  const matrix = new MatrixPanel(context.extensionUri, controller, verdicts, log);
  context.subscriptions.push(verdicts, controller, panel, matrix, new StatusBar(controller));

  const command = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  command('wirediff.compareWithCanonical', async (uri?: vscode.Uri) => {
    if (await controller.compareActive(uri)) await panel.reveal();
  });
  command('wirediff.setCanonical', (uri?: vscode.Uri) => controller.setCanonical(uri));
  command('wirediff.compareAllInFolder', async (uri?: vscode.Uri) => {
    const run = await controller.compareFolder(uri, { focusPanel: false });
    if (!run) return;
    // The matrix first, then the panel's folder list beside it (without taking the focus),
    // once the matrix page has loaded: two webviews loading at once can leave one blank.
    if (run.versions.length) {
      await matrix.show(run);
      await matrix.whenLoaded(10_000);
    }
    await panel.reveal();
  });
  command('wirediff.showMatrix', () => matrix.show(matrix.current ?? controller.folderRun));
  command('wirediff.nextDiscrepancy', () => controller.navigate(1));
  command('wirediff.previousDiscrepancy', () => controller.navigate(-1));
  command('wirediff.clear', () => controller.clear());
  command('wirediff.openSideBySide', () => controller.openSideBySide());
  command('wirediff.exportReport', () => controller.exportReport());
  // The HTML evidence report: of every version when a folder was compared, else of the active article.
  command('wirediff.exportEvidenceReport', () => controller.exportReport({ format: 'html', scope: controller.folderRun?.versions.length ? 'folder' : 'article' }));
  command('wirediff.showPanel', () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`));
  command('wirediff.revealCanonical', (arg?: { uri?: string; id?: string }) => controller.revealCanonical(arg));
  // Verdicts: from the hover's links and the panel's buttons (with the finding), or the palette (the finding at the cursor).
  command('wirediff.confirmFinding', (arg?: { uri?: string; id?: string }) => controller.setVerdict(arg, 'confirmed'));
  command('wirediff.markFindingBenign', (arg?: { uri?: string; id?: string }) => controller.setVerdict(arg, 'benign'));
  command('wirediff.dismissFinding', (arg?: { uri?: string; id?: string }) => controller.setVerdict(arg, 'dismissed'));
  command('wirediff.clearVerdict', (arg?: { uri?: string; id?: string }) => controller.setVerdict(arg, 'clear'));
  command('wirediff.setVerdict', (arg?: { uri?: string; id?: string }) => controller.setVerdictInteractive(arg));
  command('wirediff.restoreDismissed', () => controller.restore());
  command('wirediff.toggleShowDismissed', () => controller.setShowDismissed());

  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.languages.registerHoverProvider('*', { provideHover: (doc, pos) => controller.provideHover(doc, pos) }),
  );
  log.info(`WireDiff activated in ${(performance.now() - t0).toFixed(1)} ms`);
  return {
    comparisonFor: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? controller.resultFor(doc)?.view.comparison : undefined;
    },
  };
}

export function deactivate(): void {
  /* everything is disposed through context.subscriptions */
}
