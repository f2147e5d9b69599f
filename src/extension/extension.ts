/**
 * WireDiff for VS Code: entry point. `activate` only creates the parts and wires
 * them together (what each one reads, what it may ask of another); the engine
 * worker and the decoration types are created on first use, so activation stays
 * well under 100 ms.
 *
 *   Comparer ──writes──▶ ResultStore ──onDidChange──▶ Decorator, StatusBar, PanelProvider, MatrixPanel, context keys
 *                                    ◀──reads─────── hovers, navigation, commands
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Comparison } from '../core/types';
import { EngineClient } from '../engine/client';
import { CanonicalResolver } from './canonical';
import { chooseCanonical, setCanonical } from './commands/canonical';
import { compareActive } from './commands/compare';
import { ExportCommands } from './commands/export';
import { VerdictCommands, type FindingArg } from './commands/verdicts';
import { Comparer } from './comparer';
import { DecorationSet } from './editor/decorations';
import { Decorator } from './editor/decorator';
import { FindingHover } from './editor/hover';
import { Navigator } from './editor/navigation';
import { NoteHints } from './editor/noteHints';
import { compareFolder } from './folder/folderRun';
import { MatrixPanel } from './folder/matrixPanel';
import { PANEL_VIEW_ID, PanelProvider } from './panel/panelProvider';
import { ResultStore, type Results } from './results';
import { setShowDismissed } from './settings';
import { StatusBar } from './statusBar';
import { VerdictFiles } from './verdicts';
import { registerWorkflow } from './workflow';

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
  const canonical = new CanonicalResolver();
  const store = new ResultStore(verdicts, canonical);
  const results: Results = store;
  const select = (uri: string, id: string) => store.select(uri, id);
  const comparer = new Comparer(getEngine, store, canonical, verdicts, log);
  const navigator = new Navigator(results, select);
  const verdictCommands = new VerdictCommands(results, verdicts, log);
  const exports = new ExportCommands(results, comparer, getEngine, verdicts, log);
  const panel = new PanelProvider(context.extensionUri, results, verdicts, {
    revealFinding: (uri, id) => navigator.revealFinding(uri, id),
    revealCanonical: (arg) => navigator.revealCanonical(arg),
    setVerdict: (arg, action) => verdictCommands.setVerdict(arg, action),
    setShowDismissed: (value) => setShowDismissed(value),
    chooseCanonical: () => chooseCanonical(canonical, comparer, (uri) => results.has(uri)),
  }, log);
  const matrix = new MatrixPanel(context.extensionUri, getEngine, comparer, results, verdicts, select, log);
  context.subscriptions.push(
    contextKeys(results),
    verdicts,
    store,
    comparer,
    new Decorator(results, getDecorations, log),
    panel,
    matrix,
    new StatusBar(results),
  );

  const command = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  command('wirediff.compareWithCanonical', async (uri?: vscode.Uri) => {
    if (await compareActive(comparer, uri)) await panel.reveal();
  });
  command('wirediff.setCanonical', (uri?: vscode.Uri) => setCanonical(canonical, comparer, uri));
  command('wirediff.compareAllInFolder', async (uri?: vscode.Uri) => {
    const run = await compareFolder({ comparer, canonical, verdicts, log }, uri);
    if (!run) return;
    // The matrix first, then the panel's folder list beside it (without taking the focus),
    // once the matrix page has loaded: two webviews loading at once can leave one blank.
    if (run.versions.length) {
      await matrix.show(run);
      await matrix.whenLoaded(10_000);
    }
    await panel.reveal();
  });
  command('wirediff.showMatrix', () => matrix.show(matrix.current ?? results.folder()?.run));
  command('wirediff.nextDiscrepancy', () => navigator.navigate(1));
  command('wirediff.previousDiscrepancy', () => navigator.navigate(-1));
  command('wirediff.clear', () => comparer.clear());
  command('wirediff.exportReport', () => exports.exportReport());
  // The findings onto the clipboard, to paste into an e-mail or a CMS.
  command('wirediff.copyReportText', () => exports.copyReport('text'));
  command('wirediff.copyReportMarkdown', () => exports.copyReport('markdown'));
  // The HTML evidence report: of every version when a folder was compared, else of the active article.
  command('wirediff.exportEvidenceReport', () => exports.exportEvidence());
  command('wirediff.showPanel', () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`));
  command('wirediff.revealCanonical', (arg?: FindingArg) => navigator.revealCanonical(arg));
  // Verdicts: from the hover's links and the panel's buttons (with the finding), or the palette (the finding at the cursor).
  command('wirediff.confirmFinding', (arg?: FindingArg) => verdictCommands.setVerdict(arg, 'confirmed'));
  command('wirediff.markFindingBenign', (arg?: FindingArg) => verdictCommands.setVerdict(arg, 'benign'));
  command('wirediff.dismissFinding', (arg?: FindingArg) => verdictCommands.setVerdict(arg, 'dismissed'));
  command('wirediff.clearVerdict', (arg?: FindingArg) => verdictCommands.setVerdict(arg, 'clear'));
  command('wirediff.setVerdict', (arg?: FindingArg) => verdictCommands.setVerdictInteractive(arg));
  command('wirediff.restoreDismissed', () => verdictCommands.restore());
  command('wirediff.toggleShowDismissed', () => setShowDismissed());

  // Quick fixes, the Problems view and the linked side-by-side (wirediff.openSideBySide).
  registerWorkflow(context, {
    onDidChange: results.onDidChange,
    stored: (uri) => results.stored(uri),
    comparing: (uri) => results.isBusy(uri),
    compare: async (doc, interactive) => {
      const r = await comparer.compareDocument(doc, interactive ? 'interactive' : 'background');
      return r && results.stored(r.key);
    },
  });

  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.languages.registerHoverProvider('*', new FindingHover(results)),
  );
  const hints = new NoteHints(results);
  context.subscriptions.push(hints, vscode.languages.registerInlayHintsProvider('*', hints));
  log.info(`WireDiff activated in ${(performance.now() - t0).toFixed(1)} ms`);
  return {
    comparisonFor: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? results.forDocument(doc)?.result.view.comparison : undefined;
    },
  };
}

/** The `when` clauses' keys: a current result in the active editor, a folder run to show as a matrix. */
function contextKeys(results: Results): vscode.Disposable {
  return results.onDidChange(() => {
    void vscode.commands.executeCommand('setContext', 'wirediff.hasResults', !!results.active().snapshot);
    void vscode.commands.executeCommand('setContext', 'wirediff.hasMatrix', !!results.folder()?.run.versions.length);
  });
}

export function deactivate(): void {
  /* everything is disposed through context.subscriptions */
}
