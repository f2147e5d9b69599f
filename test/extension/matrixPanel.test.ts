/**
 * The coverage matrix says it is out of date when a version was edited since the folder run,
 * and no longer once the edit is undone: for a saved web page that means comparing the
 * document with the page's source, not with the text read out of it.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyStore, type VerdictStore } from '../../src/core/verdicts';
import { documentTextCompared, MatrixPanel, sameRunAgain } from '../../src/extension/folder/matrixPanel';
import { ResultStore, type DocResult, type FolderRun } from '../../src/extension/results';
import type { StoreState, VerdictFiles } from '../../src/extension/verdicts';
import { applyAction } from '../../src/view/verdicts';
import { readFile } from '../../src/read/page';
import { compare } from '../../src/core/compare';
import { ComparisonView } from '../../src/view/result';
import * as vscode from './fakeVscode';

/** A result store with nothing in it, for the tests that drive the matrix by hand. */
const noResults = { onDidChange: () => ({ dispose() {} }), folder: () => undefined, present: (r: DocResult) => r };

const WIRE = [
  'Volunteers planted 2,000 oak saplings along the river on Saturday, the park service said.',
  'The saplings were grown from acorns gathered in the valley last autumn by local schoolchildren.',
  'The service hopes the new trees will shade the water and help trout survive the hotter summers.',
  'A second planting day is planned for the spring if enough volunteers sign up, organisers said.',
].join('\n\n');
const PAGE =
  '<!DOCTYPE html>\n<html><head><title>Oaks along the river</title></head>\n<body><nav><a href="/">Home</a></nav>\n<article>\n' +
  WIRE.split('\n\n').map((p) => `<p>${p.replace('2,000', '1,500')}</p>`).join('\n') +
  '\n</article>\n</body></html>\n';

test('the text a folder run compared is, for a saved web page, the page itself', () => {
  const read = readFile(PAGE, 'oaks.html');
  assert.ok(read && !read.noArticle);
  const comparison = compare(WIRE, read.text);
  const folder = vscode.Uri.file('/news');
  const page = vscode.Uri.joinPath(folder, 'oaks.html');
  const canonical = vscode.Uri.joinPath(folder, 'wire.txt');
  const version: DocResult = {
    key: page.toString(),
    uri: page as never,
    version: undefined,
    view: new ComparisonView(comparison, read.text, WIRE, { article: { source: PAGE, read }, canonical: null }),
    canonicalUri: canonical as never,
    ms: 1,
    stale: false,
  };
  const run: FolderRun = { folder: folder as never, canonical: canonical as never, canonicalText: WIRE, versions: [version], skipped: [], options: {} };
  // The editor holds the page; an edit undone gives the page back, and the matrix is current again.
  assert.equal(documentTextCompared(run, page.toString()), PAGE);
  assert.equal(documentTextCompared(run, canonical.toString()), WIRE);
  assert.equal(documentTextCompared(run, vscode.Uri.joinPath(folder, 'other.txt').toString()), undefined);
});

/** A folder run of two versions of WIRE: a.txt (a figure changed) and b.txt (the same), and how to make another version. */
function runOfTwo() {
  const folder = vscode.Uri.file('/news');
  const canonical = vscode.Uri.joinPath(folder, 'wire.txt');
  const version = (name: string, text: string): DocResult => {
    const uri = vscode.Uri.joinPath(folder, name);
    return { key: uri.toString(), uri: uri as never, version: undefined, view: new ComparisonView(compare(WIRE, text), text, WIRE), canonicalUri: canonical as never, ms: 1, stale: false };
  };
  const a = version('a.txt', WIRE.replace('2,000', '1,500'));
  const b = version('b.txt', WIRE);
  const run: FolderRun = { folder: folder as never, canonical: canonical as never, canonicalText: WIRE, versions: [a, b], skipped: [], options: {} };
  return { folder, canonical, version, a, b, run };
}

test('the matrix follows its run when a version was compared again, and no other run', () => {
  const { version, b, run } = runOfTwo();
  const a2 = version('a.txt', WIRE.replace('2,000', '1,800'));
  const again: FolderRun = { ...run, versions: [a2, b] };
  assert.equal(sameRunAgain(run, again), again);
  assert.equal(sameRunAgain(run, run), undefined);
  assert.equal(sameRunAgain(undefined, again), undefined);
  assert.equal(sameRunAgain(run, undefined), undefined);
  // Another folder's run, other files, or another canonical text: the matrix keeps what it shows.
  assert.equal(sameRunAgain(run, { ...again, folder: vscode.Uri.file('/other') as never }), undefined);
  assert.equal(sameRunAgain(run, { ...again, versions: [a2] }), undefined);
  assert.equal(sameRunAgain(run, { ...again, canonicalText: `${WIRE}\n\nMore.` }), undefined);
});

test('the matrix says it is out of date when a version changes on disk outside the editor, and not when it is put back as it was', async () => {
  const folder = vscode.Uri.file('/news');
  const canonical = vscode.Uri.joinPath(folder, 'wire.txt');
  const page = vscode.Uri.joinPath(folder, 'oaks.html');
  const read = readFile(PAGE, 'oaks.html')!;
  const version: DocResult = {
    key: page.toString(), uri: page as never, version: undefined, canonicalUri: canonical as never, ms: 1, stale: false,
    view: new ComparisonView(compare(WIRE, read.text), read.text, WIRE, { article: { source: PAGE, read }, canonical: null }),
  };
  const run: FolderRun = { folder: folder as never, canonical: canonical as never, canonicalText: WIRE, versions: [version], skipped: [], options: {} };
  vscode.files.set(page.toString(), new TextEncoder().encode(PAGE));
  const engine = { matrix: async () => ({ view: { rows: [], versions: [], summary: { disagreements: 0 } }, ms: 1 }) };
  const verdicts = { onDidChange: () => ({ dispose() {} }), ready: async () => undefined };
  const panel = new MatrixPanel(vscode.Uri.file('/ext') as never, () => engine as never, {} as never, noResults as never, verdicts as never, () => {});
  await panel.show(run);
  const webview = vscode.webviewPanels[0]!;
  webview.received.fire({ type: 'ready' });
  const stale = () => JSON.parse((webview.posted.filter((m) => (m as { type: string }).type === 'json').at(-1) as { json: string }).json).stale;
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(stale(), false);
  // Another program rewrites the page: the matrix no longer shows the file as it is.
  vscode.files.set(page.toString(), new TextEncoder().encode(PAGE.replace('1,500', '1,800')));
  assert.equal(vscode.fileEvent('changed', page), 1, 'the versions are watched');
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(stale(), true);
  vscode.files.set(page.toString(), new TextEncoder().encode(PAGE));
  vscode.fileEvent('changed', page);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(stale(), false, 'put back as it was compared');
  panel.dispose();
  assert.ok(vscode.watchers.every((w) => w.disposed));
});

/** A matrix panel showing a run of one version (a.txt, a figure changed) compared with `canonical`, its page loaded. */
async function matrixOfOne(canonical: vscode.Uri) {
  const folder = vscode.Uri.file('/news');
  const a = vscode.Uri.joinPath(folder, 'a.txt');
  const text = WIRE.replace('2,000', '1,500');
  const version: DocResult = { key: a.toString(), uri: a as never, version: undefined, view: new ComparisonView(compare(WIRE, text), text, WIRE), canonicalUri: canonical as never, ms: 1, stale: false };
  const run: FolderRun = { folder: folder as never, canonical: canonical as never, canonicalText: WIRE, versions: [version], skipped: [], options: {} };
  const engine = { matrix: async () => ({ view: { rows: [], versions: [], summary: { disagreements: 0 } }, ms: 1 }) };
  const verdicts = { onDidChange: () => ({ dispose() {} }), ready: async () => undefined };
  const panel = new MatrixPanel(vscode.Uri.file('/ext') as never, () => engine as never, {} as never, noResults as never, verdicts as never, () => {});
  await panel.show(run);
  const webview = vscode.webviewPanels.at(-1)!;
  webview.received.fire({ type: 'ready' });
  return { run, version, panel, webview };
}

test('the untitled editor a folder run was compared with closed: the matrix says it is out of date', async () => {
  const pasted = new vscode.FakeDocument(vscode.Uri.parse('untitled://Untitled-1'), WIRE);
  vscode.workspace.textDocuments.push(pasted);
  const { panel, webview } = await matrixOfOne(pasted.uri);
  const state = () => JSON.parse((webview.posted.filter((m) => (m as { type: string }).type === 'json').at(-1) as { json: string }).json);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(state().stale, false);
  vscode.closeDocument(pasted);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(state().stale, true, 'its canonical text is gone');
  panel.dispose();
  vscode.reset();
});

test('the matrix hidden and shown again: nothing is posted to the page until it says it is ready, and then its strings come first', async () => {
  const { run, version, panel, webview } = await matrixOfOne(vscode.Uri.file('/news/wire.txt'));
  await new Promise((r) => setTimeout(r, 10));
  // Hidden (another editor in its group): the page is discarded. A new run is shown in it.
  webview.visible = false;
  webview.viewState.fire();
  webview.posted.length = 0;
  webview.visible = true;
  await panel.show({ ...run, versions: [{ ...version }] });
  assert.deepEqual(webview.posted, [], 'the page being loaded again is sent nothing before it asks');
  webview.received.fire({ type: 'ready' });
  await new Promise((r) => setTimeout(r, 10));
  const types = webview.posted.map((m) => (m as { type: string }).type);
  assert.equal(types[0], 'strings', `then its strings, before any state: ${types.join(', ')}`);
  assert.ok(types.includes('json'));
  panel.dispose();
});

/** Verdict files held in memory: `set` replaces the store and fires, as the real one does on a change. */
class MemoryVerdicts {
  private store: VerdictStore = emptyStore();
  private readonly emitter = new vscode.EventEmitter<unknown>();
  readonly onDidChange = this.emitter.event;
  state(uri: vscode.Uri): StoreState {
    return { uri: uri as never, store: this.store, exists: true, warnings: [], text: undefined };
  }
  async ready(uri: vscode.Uri): Promise<StoreState> {
    return this.state(uri);
  }
  get current(): VerdictStore {
    return this.store;
  }
  set(store: VerdictStore): void {
    this.store = store;
    this.emitter.fire(undefined);
  }
}

test('the matrix listens to the result store: built again for a version compared again, a verdict or a setting, not for any change', async () => {
  const { version, a, b, run } = runOfTwo();
  const verdicts = new MemoryVerdicts();
  const store = new ResultStore(verdicts as unknown as VerdictFiles, { configured: () => undefined } as never);
  store.set(a, true);
  store.set(b, true);
  store.setFolderRun(run);
  const built: { comparisons: unknown[]; verdicts: unknown }[] = [];
  const engine = {
    matrix: async (input: { comparisons: unknown[]; verdicts: unknown }) => (built.push(input), { view: { rows: [], versions: [], summary: { disagreements: 0 } }, ms: 1 }),
  };
  const panel = new MatrixPanel(vscode.Uri.file('/ext') as never, () => engine as never, {} as never, store, verdicts as never, () => {});
  const settle = () => new Promise((r) => setTimeout(r, 10));
  await panel.show(run);
  vscode.webviewPanels.at(-1)!.received.fire({ type: 'ready' });
  await settle();
  assert.equal(built.length, 1);
  // The busy state or the active editor changed: nothing the matrix shows.
  store.setBusy(a.key, true);
  store.setBusy(a.key, false);
  await settle();
  assert.equal(built.length, 1, 'a change of nothing the matrix shows builds nothing');
  // A verdict: the versions' snapshots are made again, and so is the matrix, with the new verdicts.
  const finding = a.view.discrepancies[0]!;
  verdicts.set(applyAction(verdicts.current, a.view.comparison, finding, 'dismissed', { time: '2026-01-01T00:00:00Z' }));
  await settle();
  assert.equal(built.length, 2, 'a verdict builds the matrix again');
  assert.equal(built[1]!.verdicts, verdicts.current);
  // A setting.
  vscode.setSetting('showDismissed', true);
  await settle();
  assert.equal(built.length, 3, 'a setting builds the matrix again');
  // A version of the run edited and compared again (a live update): the matrix shows its new findings.
  const a2 = version('a.txt', WIRE.replace('2,000', '1,800'));
  store.set(a2);
  await settle();
  assert.equal(built.length, 4, 'a version compared again builds the matrix again');
  assert.equal(panel.current?.versions[0], a2);
  assert.equal(built[3]!.comparisons[0], a2.view.comparison);
  panel.dispose();
  store.dispose();
  vscode.reset();
});
