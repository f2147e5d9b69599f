/**
 * Which text is the canonical (src/extension/canonical.ts) and what choosing one does
 * (src/extension/commands/canonical.ts): a canonical kept for the window only, such as an
 * untitled editor of pasted wire copy, is the user's latest choice and wins over the
 * workspace setting while it is open; choosing it makes every comparison out of date.
 * In Node, with a stand-in `vscode` (fakeVscode.ts).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { CanonicalResolver } from '../../src/extension/canonical';
import { chooseCanonical, setCanonical } from '../../src/extension/commands/canonical';
import { PanelProvider } from '../../src/extension/panel/panelProvider';
import { toPanelMessage } from '../../src/extension/panel/messages';
import { Comparer } from '../../src/extension/comparer';
import { Navigator } from '../../src/extension/editor/navigation';
import { ResultStore, type DocResult } from '../../src/extension/results';
import type { VerdictFiles } from '../../src/extension/verdicts';
import { ComparisonView } from '../../src/view/result';
import * as vscode from './fakeVscode';
import { sample } from '../view/sampleComparisons';

afterEach(() => vscode.reset());

const WIRE = 'Officials said on Friday that the bridge would reopen next month after repairs.';

/** A workspace /news whose setting names wire.txt (a file that exists) as the canonical. */
function workspaceWithWire(): { wire: vscode.Uri; article: vscode.Uri } {
  const folder = vscode.Uri.file('/news');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'news', index: 0 }];
  const wire = vscode.Uri.joinPath(folder, 'wire.txt');
  vscode.files.set(wire.toString(), new TextEncoder().encode(WIRE));
  vscode.settings['canonical'] = 'wire.txt';
  return { wire, article: vscode.Uri.joinPath(folder, 'copy.txt') };
}

/** An untitled editor holding pasted text, open in the window. */
function untitled(text: string): vscode.FakeDocument {
  const doc = new vscode.FakeDocument(vscode.Uri.parse('untitled://Untitled-1'), text);
  vscode.workspace.textDocuments.push(doc);
  return doc;
}

test('an untitled editor set as the canonical is used before the workspace setting, while it is open', async () => {
  const { wire, article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  assert.equal(String(await resolver.resolve(article as never)), wire.toString(), 'the setting, to begin with');

  const pasted = untitled('The bridge will reopen in the spring, officials said on Friday.');
  assert.equal(await resolver.set(pasted.uri as never), 'session');
  assert.equal(String(await resolver.resolve(article as never)), pasted.uri.toString(), 'the pasted text is now the canonical');
  assert.equal(String(resolver.configured(article as never)), pasted.uri.toString(), 'and is named as such');

  // Closed, it cannot be read any more: the setting's file is the canonical again.
  pasted.isClosed = true;
  assert.equal(String(await resolver.resolve(article as never)), wire.toString());
  assert.equal(String(resolver.configured(article as never)), wire.toString());
});

test('a file set as the canonical after an untitled editor replaces it', async () => {
  const { article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const pasted = untitled('Pasted wire copy.');
  await resolver.set(pasted.uri as never);
  const other = vscode.Uri.file('/news/agency.txt');
  vscode.files.set(other.toString(), new TextEncoder().encode(WIRE));
  assert.equal(await resolver.set(other as never), 'workspace');
  assert.equal(vscode.settings['canonical'], 'agency.txt', 'remembered in the setting');
  assert.equal(String(await resolver.resolve(article as never)), other.toString());
});

test('Set as Canonical makes every comparison against the previous canonical out of date', async () => {
  const { wire, article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const log = { info() {}, warn() {}, error() {} };
  const comparer = new Comparer(() => assert.fail('no comparison runs: the article is not open'), store, resolver, verdicts as unknown as VerdictFiles, log as never);
  const s = sample();
  const r: DocResult = {
    key: article.toString(),
    uri: article as never,
    version: undefined,
    view: new ComparisonView(s.comparison, s.articleText, s.canonicalText),
    canonicalUri: wire as never,
    ms: 1,
    stale: false,
  };
  store.set(r);

  const pasted = untitled('The bridge will reopen in the spring, officials said on Friday.');
  await setCanonical(resolver, comparer, pasted.uri as never);
  assert.equal(r.stale, true, 'the result made against wire.txt is stale');
  comparer.dispose();
  store.dispose();
});

test('an article compared again after its canonical file is gone says why it was not compared', async () => {
  const { wire, article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const warnings: string[] = [];
  const log = { info() {}, warn: (m: string) => warnings.push(m), error() {} };
  const comparer = new Comparer(() => assert.fail('nothing to compare against'), store, resolver, verdicts as unknown as VerdictFiles, log as never);
  const doc = new vscode.FakeDocument(article, 'The bridge reopens next month, officials said.');
  vscode.showEditors(doc);
  vscode.files.delete(wire.toString()); // renamed or deleted while the article's comparison is open

  // A live update (no one to ask): no question, no comparison, and the reason is kept for the article.
  assert.equal(await comparer.compareDocument(doc as never, 'background'), undefined);
  assert.equal(vscode.window.warnings.length, 0, 'nothing pops up during a live update');
  assert.match(store.active().error ?? '', /The canonical text “wire\.txt” \(setting “wirediff\.canonical”\) was not found/);
  assert.equal(warnings.length, 1, 'and it is in the log');
  comparer.dispose();
  store.dispose();
});

test('the panel\'s “Choose Canonical…” asks which file, and never makes the article on screen the canonical', async () => {
  const { wire, article } = workspaceWithWire();
  vscode.settings['canonical'] = '';
  const other = vscode.Uri.file('/news/agency.txt');
  vscode.files.set(other.toString(), new TextEncoder().encode(WIRE));
  vscode.files.set(article.toString(), new TextEncoder().encode('The bridge reopens next month, officials said.'));
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const log = { info() {}, warn() {}, error() {} };
  const compared: string[] = [];
  const comparer = new Comparer(() => assert.fail('not here'), store, resolver, verdicts as unknown as VerdictFiles, log as never);
  comparer.compareDocument = async (doc) => void compared.push(doc.uri.toString());
  // The article is on screen; the panel has the focus.
  const doc = new vscode.FakeDocument(article, 'The bridge reopens next month, officials said.');
  vscode.showEditors(doc);
  vscode.window.choose = (items) => items.find((i) => i.uri?.toString() === other.toString());
  const panel = new PanelProvider(vscode.Uri.file('/ext') as never, store, verdicts as unknown as VerdictFiles, {
    revealFinding: async () => {},
    revealCanonical: async () => {},
    setVerdict: async () => {},
    setShowDismissed: async () => {},
    chooseCanonical: () => chooseCanonical(resolver, comparer, (uri) => store.has(uri as never)),
  });
  const received = new vscode.EventEmitter<unknown>();
  const noEvent = new vscode.EventEmitter<void>();
  panel.resolveWebviewView({
    visible: true,
    webview: { options: {}, html: '', cspSource: 'vscode-resource:', asWebviewUri: (u: unknown) => u, onDidReceiveMessage: received.event, postMessage: async () => true },
    onDidChangeVisibility: noEvent.event,
    onDidDispose: noEvent.event,
    show() {},
  } as never);

  received.fire({ type: 'command', command: 'wirediff.setCanonical' });
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(!vscode.commands.executed.some((c) => c[0] === 'wirediff.setCanonical'), 'not “set the active editor as canonical”');
  const shown = (vscode.window.quickPicks[0] ?? []) as { uri?: vscode.Uri }[];
  assert.ok(shown.some((i) => i.uri?.toString() === wire.toString()), 'the workspace files are offered');
  assert.ok(!shown.some((i) => i.uri?.toString() === article.toString()), 'the article on screen is not');
  assert.equal(vscode.settings['canonical'], 'agency.txt', 'the file picked is the canonical');
  assert.deepEqual(compared, [article.toString()], 'and the article is compared with it');
  panel.dispose();
  comparer.dispose();
  store.dispose();
});

test('the setting changed by hand after an untitled canonical was chosen is the canonical again', async () => {
  const { article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => assert.fail('nothing is open to compare'), store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  const pasted = untitled('Pasted wire copy.');
  await resolver.set(pasted.uri as never);
  const agency = vscode.Uri.file('/news/agency.txt');
  vscode.files.set(agency.toString(), new TextEncoder().encode(WIRE));
  vscode.setSetting('canonical', 'agency.txt'); // settings.json edited by hand
  assert.equal(String(await resolver.resolve(article as never)), agency.toString());
  comparer.dispose();
  store.dispose();
});

/** A store holding a comparison of the open article with wire.txt, and a comparer that only records what it would compare again. */
function comparedWithWire(wire: vscode.Uri, article: vscode.Uri) {
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => assert.fail('no engine here'), store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  const compared: string[] = [];
  comparer.compareDocument = async (doc) => void compared.push(doc.uri.toString());
  const s = sample();
  const doc = new vscode.FakeDocument(article, s.articleText);
  vscode.showEditors(doc);
  const r: DocResult = { key: article.toString(), uri: article as never, version: doc.version, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: wire as never, ms: 1, stale: false };
  store.set(r);
  return { store, comparer, compared, r };
}

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

test('the canonical file deleted while nothing is being compared: its comparisons are out of date at once, and say why', async () => {
  const { wire, article } = workspaceWithWire();
  const { store, comparer } = comparedWithWire(wire, article);
  await settle();
  assert.equal(store.active().status, 'ready');

  vscode.files.delete(wire.toString());
  assert.equal(vscode.fileEvent('deleted', wire), 1, 'the canonical file is watched');
  await settle();
  const a = store.active();
  assert.equal(a.status, 'stale');
  assert.match(a.error ?? '', /“wire\.txt”.*(deleted|moved)/);
  assert.ok(a.snapshot, 'the findings stay on screen, marked out of date');
  comparer.dispose();
  assert.ok(vscode.watchers.every((w) => w.disposed), 'the watchers go with the comparer');
  store.dispose();
});

test('the canonical file changed on disk (not open in an editor): the open article is compared again', async () => {
  const { wire, article } = workspaceWithWire();
  vscode.setSetting('liveUpdate', true);
  const { store, comparer, compared, r } = comparedWithWire(wire, article);
  await settle();
  vscode.files.set(wire.toString(), new TextEncoder().encode(`${WIRE} A second sentence came later.`));
  assert.equal(vscode.fileEvent('changed', wire), 1);
  assert.equal(r.stale, true, 'out of date at once');
  await settle(120);
  assert.deepEqual(compared, [article.toString()], 'compared again');
  comparer.dispose();
  store.dispose();
});

test('"reveal in canonical" on a canonical deleted since the comparison says so in one message, instead of failing', async () => {
  const { wire, article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const s = sample();
  store.set({ key: article.toString(), uri: article as never, version: undefined, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: wire as never, ms: 1, stale: false });
  vscode.files.delete(wire.toString());
  const navigator = new Navigator(store, () => {});
  await navigator.revealCanonical({ uri: article.toString(), id: 'hedge-1' });
  assert.equal(vscode.window.warnings.length, 1);
  assert.match(String(vscode.window.warnings[0]![0]), /could not open “wire\.txt”: it may have been deleted or moved/);
  store.dispose();
});

test('choosing the canonical: WireDiff\'s own reports in the workspace are not offered', async () => {
  const { wire } = workspaceWithWire();
  const report = vscode.Uri.file('/news/copy.wirediff.html');
  const mdReport = vscode.Uri.file('/news/news.wirediff.md');
  for (const u of [report, mdReport]) vscode.files.set(u.toString(), new TextEncoder().encode('<html><body><p>WireDiff evidence report</p></body></html>'));
  vscode.window.choose = () => undefined;
  await new CanonicalResolver().pick();
  const shown = (vscode.window.quickPicks[0] ?? []) as { uri?: vscode.Uri }[];
  assert.ok(shown.some((i) => i.uri?.toString() === wire.toString()), 'the workspace\'s texts are offered');
  assert.ok(!shown.some((i) => i.uri && /\.wirediff\./.test(i.uri.path)), `a report offered: ${shown.map((i) => i.uri?.path).join(', ')}`);
});

test('the canonical saved from its editor as it was compared: nothing is compared again', async () => {
  const { wire, article } = workspaceWithWire();
  vscode.setSetting('liveUpdate', true);
  const { store, comparer, compared, r } = comparedWithWire(wire, article);
  // The canonical is open in an editor, holding the text the article was compared with.
  vscode.workspace.textDocuments.push(new vscode.FakeDocument(wire, r.view.canonicalSource));
  await settle();
  assert.equal(vscode.fileEvent('changed', wire), 1);
  await settle(120);
  assert.equal(r.stale, false);
  assert.deepEqual(compared, []);
  comparer.dispose();
  store.dispose();
});

test('the untitled editor set as the canonical closed while its comparison is shown: out of date, says why, and "reveal" opens no empty editor', async () => {
  const folder = vscode.Uri.file('/news');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'news', index: 0 }];
  const pasted = untitled(sample().canonicalText);
  const article = vscode.Uri.joinPath(folder, 'copy.txt');
  const { store, comparer } = comparedWithWire(pasted.uri, article);
  await settle();
  assert.equal(store.active().status, 'ready');

  vscode.closeDocument(pasted);
  await settle();
  const a = store.active();
  assert.equal(a.status, 'stale', 'its canonical text is gone: the findings are out of date');
  assert.match(a.error ?? '', /“Untitled-1”.*closed/);
  assert.ok(a.snapshot, 'the findings stay on screen, marked out of date');

  const navigator = new Navigator(store, () => {});
  await navigator.revealCanonical({ uri: article.toString(), id: 'hedge-1' });
  assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === pasted.uri.toString()), 'no empty editor stands in for the pasted text');
  assert.equal(vscode.window.warnings.length, 1);
  assert.match(String(vscode.window.warnings[0]![0]), /“Untitled-1”.*closed/);
  comparer.dispose();
  store.dispose();
});

test('the untitled editor a folder run was compared with closed: the folder list marks every version out of date', async () => {
  const folder = vscode.Uri.file('/news');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'news', index: 0 }];
  const s = sample();
  const pasted = untitled(s.canonicalText);
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => assert.fail('no engine here'), store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  const versions = ['a.txt', 'b.txt'].map((name): DocResult => {
    const uri = vscode.Uri.joinPath(folder, name);
    return { key: uri.toString(), uri: uri as never, version: undefined, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: pasted.uri as never, ms: 1, stale: false };
  });
  for (const r of versions) store.set(r, true);
  comparer.publishFolderRun({ folder: folder as never, canonical: pasted.uri as never, canonicalText: s.canonicalText, versions, skipped: [], options: {} });
  await settle();
  assert.ok(store.folder()!.rows.every((r) => !r.stale));

  assert.equal(toPanelMessage(store, verdicts as unknown as VerdictFiles).folder?.canonicalGone, undefined);

  vscode.closeDocument(pasted);
  await settle();
  const rows = store.folder()!.rows;
  assert.equal(rows.length, 2);
  assert.ok(rows.every((r) => r.stale), 'every version is out of date');
  // The folder's header in the panel says why: its canonical was closed.
  assert.match(toPanelMessage(store, verdicts as unknown as VerdictFiles).folder?.canonicalGone ?? '', /“Untitled-1” \(an unsaved editor\) was closed/);
  comparer.dispose();
  store.dispose();
});

/** A result store and a comparer whose engine must not run, over `resolver`. */
function storeWithoutEngine(resolver: CanonicalResolver, why: string) {
  const none = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 } as unknown as VerdictFiles;
  const store = new ResultStore(none, resolver);
  return { store, comparer: new Comparer(() => assert.fail(why), store, resolver, none, { info() {}, warn() {}, error() {} } as never) };
}

test('an article made the canonical drops its own findings: the panel says it is the canonical, not "out of date" against the old one', async () => {
  const { wire, article } = workspaceWithWire();
  const resolver = new CanonicalResolver();
  const { store, comparer } = storeWithoutEngine(resolver, 'it is not compared with itself');
  const s = sample();
  const doc = new vscode.FakeDocument(article, s.articleText);
  vscode.showEditors(doc);
  store.set({ key: article.toString(), uri: article as never, version: doc.version, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: wire as never, ms: 1, stale: false });
  assert.equal(store.active().status, 'ready');

  // Set as Canonical on the article on screen (a folder run compared it as a version first).
  vscode.files.set(article.toString(), new TextEncoder().encode(s.articleText));
  await setCanonical(resolver, comparer, article as never);
  await settle(120);
  const active = store.active();
  assert.equal(active.status, 'none', 'no findings of its own, stale or not');
  assert.equal(active.isCanonical, true);
  assert.equal(store.has(article as never), false);
  comparer.dispose();
  store.dispose();
});
