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
import { pasteReport, type PasteFormat } from '../../view/pasteReport';

type Format = EvidenceFormat;
/** What Export Report offers: a file of the evidence report, or the findings copied for an e-mail ('text') or a CMS ('paste-markdown'). */
type Choice = Format | 'text' | 'paste-markdown';
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
    const article = (editor ? this.results.forDocument(editor.document) : this.results.active().snapshot)?.result;
    const choice = preset.format && preset.scope ? { format: preset.format, scope: preset.scope } : await this.choose(preset, run, article, editor);
    if (!choice) return;
    if (choice.format === 'text' || choice.format === 'paste-markdown') return this.copyReport(choice.format === 'text' ? 'text' : 'markdown', choice.scope);
    const { format, scope } = choice;
    const versions = await this.subject(scope, editor, article, run);
    if (!versions) return;
    try {
      const input = await this.input(format, versions, scope === 'folder' ? run! : undefined);
      const body = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('WireDiff: writing the report…') },
        () => this.engine().report(input),
      );
      await this.save(body, format, versions.length, scope === 'folder' ? run!.folder : undefined, versions[0]);
    } catch (e) {
      this.comparer.fail(e, 'interactive', scope === 'article' ? versions[0]!.key : '');
    }
  }

  /**
   * `wirediff.copyReportText`, `wirediff.copyReportMarkdown` (the palette, the panel): the findings
   * the reader sees, as plain text for an e-mail or as Markdown for a CMS, onto the clipboard; of the
   * active article, else of every version of the last folder run. Each quote is the file's words, whole.
   */
  async copyReport(format: PasteFormat, scope?: Scope): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const run = this.results.folder()?.run;
    const article = (editor ? this.results.forDocument(editor.document) : this.results.active().snapshot)?.result;
    const where = scope ?? (article || (editor && !run?.versions.length) ? 'article' : run?.versions.length ? 'folder' : undefined);
    if (!where) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to copy yet: compare an article, or all files in a folder, first.'));
      return;
    }
    const versions = await this.subject(where, editor, article, run);
    if (!versions) return;
    await this.verdicts.ready(versions[0]!.uri).catch(() => undefined);
    const body = pasteReport(
      versions.map((r) => {
        const s = this.results.present(r);
        return {
          view: r.view,
          articleName: fileName(r.uri),
          canonicalName: fileName(where === 'folder' ? run!.canonical : r.canonicalUri),
          filter: { minSeverity: s.settings.minSeverity, kinds: s.settings.kinds, dismissed: s.settings.showDismissed ? undefined : s.judgement.dismissed },
        };
      }),
      format,
    );
    await vscode.env.clipboard.writeText(body);
    const name = where === 'folder' ? baseName(run!.folder.path) : baseName(versions[0]!.uri.path);
    this.log.info(`copied the findings of ${name} as ${format} (${versions.length} version(s), ${body.length} characters)`);
    void vscode.window.showInformationMessage(
      format === 'markdown'
        ? vscode.l10n.t('The findings of “{0}” are on the clipboard as Markdown, for a CMS.', name)
        : vscode.l10n.t('The findings of “{0}” are on the clipboard as plain text, for an e-mail.', name),
    );
  }

  /**
   * The comparisons a report is of: the active article's (compared now when it was not, or is out
   * of date: a report never pairs an old comparison with the files as they are), or every version
   * of the folder run (compared again first when the canonical or a setting changed since, if the
   * user says so). Undefined, with a message, when there is nothing to report.
   */
  private async subject(scope: Scope, editor: vscode.TextEditor | undefined, article: DocResult | undefined, run: FolderRun | undefined): Promise<readonly DocResult[] | undefined> {
    if (scope === 'article') {
      if ((!article || article.stale) && editor) article = await this.comparer.compareDocument(editor.document, 'interactive');
      return article ? [article] : undefined;
    }
    if (!run) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No folder compared yet: run “WireDiff: Compare All Files in Folder” first.'));
      return undefined;
    }
    if (run.versions.some((v) => v.stale)) {
      // The canonical text (or a setting) changed since the folder run: its comparisons are old.
      const again = vscode.l10n.t('Compare Folder Again');
      const pick = await vscode.window.showWarningMessage(
        vscode.l10n.t('The canonical text or the settings changed since “{0}” was compared: compare the folder again before the report.', baseName(run.folder.path)),
        again,
      );
      if (pick === again) await vscode.commands.executeCommand('wirediff.compareAllInFolder', run.folder);
      return undefined;
    }
    return run.versions.length ? run.versions : undefined;
  }

  /** The report's format and subject, from a quick pick of what there is to report. */
  private async choose(preset: { format?: Format; scope?: Scope }, run: FolderRun | undefined, article: DocResult | undefined, editor: vscode.TextEditor | undefined): Promise<{ format: Choice; scope: Scope } | undefined> {
    const format = preset.format;
    const scope = preset.scope ?? (format && run && !article ? 'folder' : undefined);
    if (format && scope) return { format, scope };
    type Item = vscode.QuickPickItem & { format: Choice; scope: Scope };
    const copies = (scope: Scope, description: string): Item[] => [
      { format: 'text', scope, label: `$(clippy) ${vscode.l10n.t('Copy as plain text, for an e-mail')}`, description },
      { format: 'paste-markdown', scope, label: `$(clippy) ${vscode.l10n.t('Copy as Markdown, for a CMS')}`, description },
    ];
    const items: Item[] = [];
    const folderName = run ? baseName(run.folder.path) : '';
    if (run && run.versions.length) {
      items.push(
        { format: 'html', scope: 'folder', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName), detail: vscode.l10n.t('Matrix, lineage, findings with reasons, texts side by side, SHA-256 of every file; self-contained, prints well.') },
        { format: 'markdown', scope: 'folder', label: `$(markdown) ${vscode.l10n.t('Markdown evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName) },
        { format: 'json', scope: 'folder', label: `$(json) ${vscode.l10n.t('JSON evidence report: all versions')}`, description: vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName), detail: JSON_DETAIL() },
        ...copies('folder', vscode.l10n.t('{0} versions in “{1}”', run.versions.length, folderName)),
      );
    }
    const name = article ? baseName(article.uri.path) : editor ? baseName(editor.document.uri.path) : '';
    if (editor || article) {
      items.push(
        { format: 'html', scope: 'article', label: `$(file-code) ${vscode.l10n.t('HTML evidence report: this article')}`, description: name },
        { format: 'markdown', scope: 'article', label: `$(markdown) ${vscode.l10n.t('Markdown report: this article')}`, description: name },
        { format: 'json', scope: 'article', label: `$(json) ${vscode.l10n.t('JSON evidence report: this article')}`, description: name, detail: JSON_DETAIL() },
        ...copies('article', name),
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

/** A file as a report pasted elsewhere names it: its path in the workspace, else its name. */
function fileName(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? baseName(uri.path) : vscode.workspace.asRelativePath(uri, false);
}
