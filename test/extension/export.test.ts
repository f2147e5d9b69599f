/**
 * Export Report of a saved web page: the report is made from what the editor compared,
 * and it must name the lines of the file the editor shows (the page's HTML), not lines of
 * the text read out of it. In Node, with a stand-in `vscode` (fakeVscode.ts) and the real engine.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, test } from 'node:test';
import { compareRead } from '../../src/engine/canonicalMemo';
import { ExportCommands } from '../../src/extension/commands/export';
import { reportFile } from '../../src/extension/commands/reportFiles';
import type { DocResult } from '../../src/extension/results';
import type { ReportInput } from '../../src/engine/protocol';
import { readFile } from '../../src/read/page';
import { buildEvidence } from '../../src/report/evidence';
import { renderEvidence } from '../../src/report/evidenceReport';
import { renderHtmlReport } from '../../src/report/htmlReport';
import { renderMarkdownReport } from '../../src/report/markdownReport';
import { ComparisonView } from '../../src/view/result';
import * as vscode from './fakeVscode';
import { sample } from '../view/sampleComparisons';

afterEach(() => vscode.reset());

const PARAGRAPHS = [
  'Repairs to the eastern pier are expected to take six weeks, the authority added, and the ferry to the islands will leave from the old quay until then.',
  'Insurers have not yet said how much the damage will cost, but the fishermen\'s cooperative put its own first estimate at well over a million euros.',
  'Winds of up to 130 kilometres an hour were recorded at the lighthouse on Monday night, the strongest the town has seen since the winter of 1999.',
  'Several families living near the sea wall spent the night in the school gymnasium, where volunteers served soup and handed out blankets until the morning.',
  'The mayor thanked the rescue crews and said the town would ask the regional government for emergency funds to rebuild the damaged moorings before the summer.',
];

const CANONICAL = [
  'The harbour authority said on Tuesday that at least 40 fishing boats were damaged by the storm.',
  ...PARAGRAPHS,
].join('\n\n');

/** A page whose article starts well below its first line, as a saved page's head and menu put it. */
const PAGE = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<title>Storm damages fishing fleet</title>',
  '<style>body { font-family: serif; }</style>',
  '</head>',
  '<body>',
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>',
  '<article>',
  '<h1>Storm damages fishing fleet</h1>',
  '<p>The harbour authority said on Tuesday that',
  '14 fishing boats were damaged by the storm.</p>',
  ...PARAGRAPHS.map((p) => `<p>${p.replace(/'/g, '&rsquo;')}</p>`),
  '</article>',
  '<footer><p>Copyright 2026 The Harbour Gazette. All rights reserved.</p></footer>',
  '</body>',
  '</html>',
].join('\n');

/** The comparison and view as the comparer makes them for an article read out of a page. */
function pageView(): ComparisonView {
  const read = readFile(PAGE, 'storm.html');
  assert.ok(read, 'the page is read for its text');
  const comparison = compareRead({ text: CANONICAL, read: null, prepared: null }, { text: PAGE, read });
  return new ComparisonView(comparison, read.text, CANONICAL, { article: { source: PAGE, read }, canonical: null });
}

test('Export Report of a saved web page names the lines of the HTML the editor shows', async () => {
  const view = pageView();
  const finding = view.discrepancies.find((d) => d.kind === 'number' || d.kind === 'hedge');
  assert.ok(finding, `a finding on the boats' count: ${view.discrepancies.map((d) => d.kind).join(', ')}`);
  // The line the editor shows the finding on: the line of the page's source where "14" stands.
  const line = PAGE.slice(0, PAGE.indexOf('14 fishing')).split('\n').length;
  assert.equal(line, 13);

  const article = vscode.Uri.file('/work/storm.html');
  const canonical = vscode.Uri.file('/work/wire.txt');
  vscode.files.set(article.toString(), new TextEncoder().encode(PAGE));
  vscode.files.set(canonical.toString(), new TextEncoder().encode(CANONICAL));
  const input = {
    tool: { name: 'WireDiff for VS Code', version: 'test' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    canonical: await reportFile(canonical as never, view.reportText('canonical')),
    versions: [{ ...(await reportFile(article as never, view.reportText('article'))), comparison: view.comparison }],
  };
  // The fingerprint is of the saved file, the page itself.
  assert.equal(input.versions[0]!.sha256, createHash('sha256').update(PAGE).digest('hex'));
  assert.ok(!/unsaved/.test(input.versions[0]!.path), input.versions[0]!.path);

  // The input crosses to the engine's worker as a structured clone, as in the extension.
  const evidence = buildEvidence(structuredClone(input));
  const md = renderMarkdownReport(evidence);
  const mdLine = new RegExp(`\\(line (\\d+), \`${finding.id}\``).exec(md);
  assert.ok(mdLine, md);
  assert.equal(Number(mdLine[1]), line, 'the Markdown report names the HTML line');
  const html = renderHtmlReport(evidence);
  const htmlLine = new RegExp(`line (\\d+) · <code>${finding.id}</code>`).exec(html);
  assert.ok(htmlLine, 'the HTML report lists the finding');
  assert.equal(Number(htmlLine[1]), line, 'the HTML report names the HTML line');
});

test('Export Report of a plain text side keeps it as it was compared', async () => {
  const view = pageView();
  assert.deepEqual(view.reportText('canonical'), { text: CANONICAL });
  const a = view.reportText('article');
  assert.equal(a.source, PAGE);
  assert.equal(a.text, view.articleText);
});

test('Export Report of an article whose comparison is out of date compares it again first', async () => {
  const s = sample();
  const article = vscode.Uri.file('/news/copy.txt');
  const canonical = vscode.Uri.file('/news/wire.txt');
  const doc = new vscode.FakeDocument(article, s.articleText);
  vscode.showEditors(doc);
  const result = (view: ComparisonView, stale: boolean): DocResult => ({ key: article.toString(), uri: article as never, version: doc.version, view, canonicalUri: canonical as never, ms: 1, stale });
  // The canonical text was edited since the comparison: the stored result is stale.
  const old = result(new ComparisonView(s.comparison, s.articleText, s.canonicalText), true);
  const fresh = result(new ComparisonView({ ...s.comparison, discrepancies: s.comparison.discrepancies.slice(1) }, s.articleText, s.canonicalText), false);
  const results = { forDocument: () => ({ result: old }), folder: () => undefined, active: () => ({ status: 'stale' }) };
  const compared: unknown[] = [];
  const comparer = { compareDocument: async (d: unknown) => (compared.push(d), fresh), fail: (e: unknown) => assert.fail(String(e)) };
  let reported: ReportInput | undefined;
  const engine = { report: async (input: ReportInput) => ((reported = input), '# report') };
  const verdicts = { ready: async () => undefined };
  const log = { info() {} };
  const exporter = new ExportCommands(results as never, comparer as never, () => engine as never, verdicts as never, log as never);

  await exporter.exportReport({ format: 'markdown', scope: 'article' });
  assert.deepEqual(compared, [doc], 'the article is compared again');
  assert.ok(reported, 'a report is made');
  assert.equal(reported.versions[0]!.comparison, fresh.view.comparison, 'of the new comparison, not the out-of-date one');
  assert.equal(vscode.window.saveDialogs.length, 1, 'then the user is asked where to save it');
});

test('Export Report of a folder whose comparisons are out of date asks to compare the folder again', async () => {
  const s = sample();
  const folder = vscode.Uri.file('/news/copies');
  const version = (name: string, stale: boolean): DocResult => {
    const uri = vscode.Uri.joinPath(folder, name);
    return { key: uri.toString(), uri: uri as never, version: undefined, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: vscode.Uri.file('/news/wire.txt') as never, ms: 1, stale };
  };
  // The canonical text was edited after the folder run: each version's comparison is stale.
  const run = { folder, canonical: vscode.Uri.file('/news/wire.txt'), canonicalText: s.canonicalText, versions: [version('a.txt', true), version('b.txt', true)], skipped: [], options: {} };
  const results = { forDocument: () => undefined, folder: () => ({ run }), active: () => ({ status: 'none' }) };
  let reports = 0;
  const engine = { report: async () => (reports++, '# report') };
  const exporter = new ExportCommands(results as never, { fail: (e: unknown) => assert.fail(String(e)) } as never, () => engine as never, { ready: async () => undefined } as never, { info() {} } as never);
  vscode.window.warningAnswer = 'Compare Folder Again';

  await exporter.exportReport({ format: 'html', scope: 'folder' });
  assert.equal(reports, 0, 'no report of the old comparisons');
  assert.match(String(vscode.window.warnings[0]?.[0]), /changed since “copies” was compared/);
  assert.deepEqual(vscode.commands.executed, [['wirediff.compareAllInFolder', folder]], 'the folder is compared again when the user says so');
});

test('Export Report offers JSON, as the command line does: the data is written to NAME.wirediff.json and opened', async () => {
  const s = sample();
  const article = vscode.Uri.file('/news/copy.txt');
  const doc = new vscode.FakeDocument(article, s.articleText);
  vscode.showEditors(doc);
  const current: DocResult = { key: article.toString(), uri: article as never, version: doc.version, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: vscode.Uri.file('/news/wire.txt') as never, ms: 1, stale: false };
  const results = { forDocument: () => ({ result: current }), folder: () => undefined, active: () => ({ status: 'ready' }) };
  // The engine's own report, as the worker makes it.
  const engine = { report: async (input: ReportInput) => renderEvidence(buildEvidence(structuredClone(input)), input.format) };
  const exporter = new ExportCommands(results as never, { fail: (e: unknown) => assert.fail(String(e)) } as never, () => engine as never, { ready: async () => undefined } as never, { info() {} } as never);
  vscode.window.choose = (items) => items.find((i) => /JSON/.test(i.label));
  vscode.window.saveAnswer = vscode.Uri.file('/news/copy.wirediff.json');

  await exporter.exportReport();
  const offered = (vscode.window.quickPicks[0] as { label: string }[]).map((i) => i.label);
  assert.ok(offered.some((l) => /JSON evidence report: this article/.test(l)), offered.join(' | '));
  const dialog = vscode.window.saveDialogs[0] as { defaultUri: vscode.Uri; filters: Record<string, string[]> };
  assert.equal(dialog.defaultUri.path, '/news/copy.wirediff.json', 'named as the article, with the format\'s extension');
  assert.deepEqual(Object.values(dialog.filters), [['json']]);
  const written = vscode.files.get('file:///news/copy.wirediff.json');
  assert.ok(written, 'the report is written where the user said');
  const data = JSON.parse(new TextDecoder().decode(written)) as { versions: { discrepancies?: unknown[] }[] };
  assert.equal(data.versions.length, 1, 'the JSON document of the evidence report');
  assert.deepEqual(vscode.window.shown.map(String), ['file:///news/copy.wirediff.json'], 'and opened');
});

/** The reading side of the store as the copy commands use it: the snapshot of a result under the settings and verdicts. */
function presented(dismissed: Set<string> = new Set()) {
  return (r: DocResult) => ({ result: r, settings: { minSeverity: 'low', kinds: undefined, showDismissed: false }, judgement: { verdicts: new Map(), dismissed } });
}

test('Copy Findings as Markdown / as Plain Text: the active article\'s findings on the clipboard, each quote the file\'s words, dismissed ones left out', async () => {
  const view = pageView();
  const article = vscode.Uri.file('/work/storm.html');
  vscode.workspace.workspaceFolders = [{ uri: vscode.Uri.file('/work'), name: 'work', index: 0 }];
  const doc = new vscode.FakeDocument(article, PAGE);
  vscode.showEditors(doc);
  const current: DocResult = { key: article.toString(), uri: article as never, version: doc.version, view, canonicalUri: vscode.Uri.file('/work/wire.txt') as never, ms: 1, stale: false };
  const dismissed = new Set(view.discrepancies.filter((d) => d.kind !== 'number' && d.kind !== 'hedge').map((d) => d.id));
  const present = presented(dismissed);
  const results = { forDocument: () => present(current), folder: () => undefined, active: () => ({ status: 'ready' }), present };
  const exporter = new ExportCommands(results as never, { fail: (e: unknown) => assert.fail(String(e)) } as never, () => assert.fail('no engine for a copy'), { ready: async () => undefined } as never, { info() {} } as never);

  await exporter.copyReport('markdown');
  const md = vscode.env.clipboardTexts.at(-1)!;
  assert.ok(md, 'on the clipboard');
  assert.match(md, /^# WireDiff report: storm\\\.html$/m);
  assert.match(md, /\*\*wire\\\.txt\*\*/);
  const line = PAGE.slice(0, PAGE.indexOf('14 fishing')).split('\n').length;
  assert.match(md, new RegExp(`\\(line ${line}\\)`), 'the line of the page the editor shows');
  assert.equal([...md.matchAll(/^- \*\*/gm)].length, view.discrepancies.length - dismissed.size, 'the dismissed findings are not pasted');
  assert.match(String(vscode.window.infos.at(-1)?.[0]), /“storm\.html”.*clipboard as Markdown/);

  await exporter.copyReport('text');
  const text = vscode.env.clipboardTexts.at(-1)!;
  assert.match(text, /^WireDiff: storm\.html, compared with the canonical wire\.txt$/m);
  assert.doesNotMatch(text, /\u001b/, 'no terminal colours');
  assert.match(text, new RegExp(`^ L${line} `, 'm'));
});

test('Copy Findings with a folder run and no article compared: every version, in order; from Export Report\'s list too', async () => {
  const s = sample();
  const folder = vscode.Uri.file('/news/copies');
  vscode.workspace.workspaceFolders = [{ uri: vscode.Uri.file('/news'), name: 'news', index: 0 }];
  const version = (name: string): DocResult => {
    const uri = vscode.Uri.joinPath(folder, name);
    return { key: uri.toString(), uri: uri as never, version: undefined, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: vscode.Uri.file('/news/wire.txt') as never, ms: 1, stale: false };
  };
  const run = { folder, canonical: vscode.Uri.file('/news/wire.txt'), canonicalText: s.canonicalText, versions: [version('a.txt'), version('b.txt')], skipped: [], options: {} };
  const results = { forDocument: () => undefined, folder: () => ({ run }), active: () => ({ status: 'none' }), present: presented() };
  const exporter = new ExportCommands(results as never, { fail: (e: unknown) => assert.fail(String(e)) } as never, () => assert.fail('no engine for a copy'), { ready: async () => undefined } as never, { info() {} } as never);
  await exporter.copyReport('text');
  const text = vscode.env.clipboardTexts.at(-1)!;
  assert.deepEqual([...text.matchAll(/^WireDiff: (\S+),/gm)].map((m) => m[1]), ['copies/a.txt', 'copies/b.txt']);

  vscode.window.choose = (items) => items.find((i) => /Copy as Markdown/.test(i.label));
  await exporter.exportReport();
  const offered = (vscode.window.quickPicks[0] as { label: string }[]).map((i) => i.label);
  assert.ok(offered.some((l) => /Copy as plain text, for an e-mail/.test(l)), offered.join(' | '));
  assert.match(vscode.env.clipboardTexts.at(-1)!, /^# WireDiff report: copies\/a\\\.txt$/m);
  assert.equal(vscode.window.saveDialogs.length, 0, 'nothing to save: it is on the clipboard');
});

test('Copy Findings with nothing compared says so, and copies nothing', async () => {
  const results = { forDocument: () => undefined, folder: () => undefined, active: () => ({ status: 'none' }), present: presented() };
  const exporter = new ExportCommands(results as never, {} as never, () => assert.fail('no engine'), { ready: async () => undefined } as never, { info() {} } as never);
  await exporter.copyReport('markdown');
  assert.deepEqual(vscode.env.clipboardTexts, []);
  assert.match(String(vscode.window.infos.at(-1)?.[0]), /Nothing to copy yet/);
});
