/**
 * `wirediff.exportReport` and `wirediff.exportEvidenceReport`: the engine's
 * evidence report, HTML, Markdown or JSON, of the active article or of every version
 * of the last folder run, saved where the user says. The SHA-256 of each input
 * is taken from the saved file's bytes (reportFiles.ts). Dismissed findings stay
 * out unless `wirediff.showDismissed`.
 */
import * as vscode from 'vscode';
import type { EngineClient } from '../../engine/client';
import type { ReportInput } from '../../engine/protocol';
import type { EvidenceFormat } from '../../report/evidenceReport';
import { baseName } from '../../view/text';
import type { Comparer } from '../comparer';
import type { DocResult, FolderRun, Results } from '../results';
import { compareOptions, readSettings } from '../settings';
import type { VerdictFiles } from '../verdicts';
import { reportFile } from './reportFiles';

type Format = EvidenceFormat;
type Scope = 'article' | 'folder';

/** Each format's file name extension and the save dialog's name for it (as `wirediff report --out` reads them). */
const FILE_TYPES: Record<Format, { ext: string; label: string }> = {
  html: { ext: 'html', label: 'HTML' },
  markdown: { ext: 'md', label: 'Markdown' },
  json: { ext: 'json', label: 'JSON' },
};
const JSON_DETAIL = (): string =>
  vscode.l10n.t('The findings, verdicts, coverage and SHA-256 of every file as data, for scripts and archives: the JSON of “wirediff report --format json”.');

export class ExportCommands {
  constructor(
    private readonly results: Results,
    private readonly comparer: Comparer,
    private readonly engine: () => EngineClient,
    private readonly verdicts: VerdictFiles,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** `wirediff.exportEvidenceReport`: HTML, of every version when a folder was compared, else of the active article. */
  exportEvidence(): Promise<void> {
    return this.exportReport({ format: 'html', scope: this.results.folder()?.run.versions.length ? 'folder' : 'article' });
  }

  /** `wirediff.exportReport`: asks what to report unless `preset` says it. */
  async exportReport(preset: { format?: Format; scope?: Scope } = {}): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const run = this.results.folder()?.run;
    let article = (editor ? this.results.forDocument(editor.document) : this.results.active().snapshot)?.result;
    const choice = preset.format && preset.scope ? { format: preset.format, scope: preset.scope } : await this.choose(preset, run, article, editor);
    if (!choice) return;
    const { format, scope } = choice;
    // Not compared yet, or out of date (the canonical text or a setting changed since): compared
    // now, so the report never pairs an old comparison with the files as they are.
    if (scope === 'article' && (!article || article.stale) && editor) article = await this.comparer.compareDocument(editor.document, 'interactive');
    if (scope === 'folder' && !run) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No folder compared yet: run “WireDiff: Compare All Files in Folder” first.'));
      return;
    }
    if (scope === 'folder' && run!.versions.some((v) => v.stale)) {
      // The canonical text (or a setting) changed since the folder run: its comparisons are old.
      const again = vscode.l10n.t('Compare Folder Again');
      const pick = await vscode.window.showWarningMessage(
        vscode.l10n.t('The canonical text or the settings changed since “{0}” was compared: compare the folder again before the report.', baseName(run!.folder.path)),
        again,
      );
      if (pick === again) await vscode.commands.executeCommand('wirediff.compareAllInFolder', run!.folder);
      return;
    }
    if (scope === 'article' && !article) return;
    const key = scope === 'article' ? article!.key : '';
    try {
      const versions = scope === 'folder' ? run!.versions : [article!];
      if (!versions.length) return;
      const input = await this.input(format, versions, scope === 'folder' ? run! : undefined);
      const body = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('WireDiff: writing the report…') },
        () => this.engine().report(input),
      );
      await this.save(body, format, versions.length, scope === 'folder' ? run!.folder : undefined, article);
    } catch (e) {
      this.comparer.fail(e, 'interactive', key);
    }
  }

  /** The report's format and subject, from a quick pick of what there is to report. */
  private async choose(preset: { format?: Format; scope?: Scope }, run: FolderRun | undefined, article: DocResult | undefined, editor: vscode.TextEditor | undefined): Promise<{ format: Format; scope: Scope } | undefined> {
    const format = preset.format;
    const scope = preset.scope ?? (format && run && !article ? 'folder' : undefined);
    if (format && scope) return { format, scope };
    type Item = vscode.QuickPickItem & { format: Format; scope: Scope };
    const items: Item[] = [];
    const folderName = run ? baseName(run.folder.path) : '';
    if (run && run.versions.length) {
      items.push(
        { format: 'html', scope: 'folder', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName), detail: vscode.l10n.t('Matrix, lineage, findings with reasons, texts side by side, SHA-256 of every file; self-contained, prints well.') },
        { format: 'markdown', scope: 'folder', label: `$(markdown) ${vscode.l10n.t('Markdown evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName) },
        { format: 'json', scope: 'folder', label: `$(json) ${vscode.l10n.t('JSON evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName), detail: JSON_DETAIL() },
      );
    }
    const name = article ? baseName(article.uri.path) : editor ? baseName(editor.document.uri.path) : '';
    if (editor || article) {
      items.push(
        { format: 'html', scope: 'article', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: this article')}`, description: name },
        { format: 'markdown', scope: 'article', label: `$(markdown) ${vscode.l10n.t('Markdown report: this article')}`, description: name },
        { format: 'json', scope: 'article', label: `$(json) ${vscode.l10n.t('JSON evidence report: this article')}`, description: name, detail: JSON_DETAIL() },
      );
    }
    const usable = items.filter((i) => (!format || i.format === format) && (!scope || i.scope === scope));
    if (!usable.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to report yet: compare an article, or all files in a folder, first.'));
      return undefined;
    }
    const pick = usable.length === 1 ? usable[0]! : await vscode.window.showQuickPick(usable, { title: vscode.l10n.t('Export Report'), matchOnDescription: true });
    return pick && { format: pick.format, scope: pick.scope };
  }

  /** What the engine needs to write the report: the files (with their SHA-256), the comparisons, the verdicts. */
  private async input(format: Format, versions: readonly DocResult[], run: FolderRun | undefined): Promise<ReportInput> {
    const first = versions[0]!;
    const s = readSettings(first.uri);
    const store = await this.verdicts.ready(first.uri);
    return {
      format,
      // What the engine compared, and for a web page the file's text with what was read out of it.
      canonical: await reportFile(run ? run.canonical : first.canonicalUri, first.view.reportText('canonical')),
      versions: await Promise.all(versions.map(async (r) => ({ ...(await reportFile(r.uri, r.view.reportText('article'))), comparison: r.view.comparison }))),
      verdicts: store && !store.error ? store.store : undefined,
      showDismissed: s.showDismissed,
      options: run ? run.options : compareOptions(s),
      tool: { name: 'WireDiff for VS Code', version: String(vscode.extensions.getExtension('wirediff.wirediff')?.packageJSON?.version ?? '') },
      generatedAt: new Date().toISOString(),
    };
  }

  /** Asks where to save the report, writes it, and offers to open it. */
  private async save(body: string, format: Format, count: number, folder: vscode.Uri | undefined, article: DocResult | undefined): Promise<void> {
    const ext = FILE_TYPES[format].ext;
    const stem = folder ? baseName(folder.path) : baseName(article!.uri.path).replace(/\.[^.]+$/, '');
    const dir = folder ?? (article!.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(article!.uri, '..'));
    const target = await vscode.window.showSaveDialog({
      defaultUri: dir ? vscode.Uri.joinPath(dir, `${stem || 'report'}.wirediff.${ext}`) : undefined,
      filters: { [FILE_TYPES[format].label]: [ext] },
      saveLabel: vscode.l10n.t('Export Report'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
    this.log.info(`report written to ${target.toString(true)} (${format}, ${count} version(s), ${Math.round(body.length / 1024)} KB)`);
    if (format !== 'html') {
      await vscode.window.showTextDocument(target, { preview: false });
      return;
    }
    const browser = vscode.l10n.t('Open in Browser');
    const text = vscode.l10n.t('Open as Text');
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Evidence report saved: {0}', vscode.workspace.asRelativePath(target, false)), browser, text);
    if (pick === browser) await vscode.env.openExternal(target);
    else if (pick === text) await vscode.window.showTextDocument(target, { preview: false });
  }
}
