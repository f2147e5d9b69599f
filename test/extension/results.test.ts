/**
 * The result store (src/extension/results.ts) and the parts that only read it: one
 * snapshot per result until the result, the verdicts or the settings change; the
 * comparer's writes coalesced into one change; the panel provider's listeners
 * released with its view; the decorator drawing an editor again only for a new
 * snapshot. In Node, with a stand-in `vscode` (fakeVscode.ts) and hand-made
 * comparisons (test/view/sampleComparisons.ts).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { emptyStore, type VerdictStore } from '../../src/core/verdicts';
import { DecorationSet } from '../../src/extension/editor/decorations';
import { Decorator } from '../../src/extension/editor/decorator';
import { PanelProvider } from '../../src/extension/panel/panelProvider';
import { activeComparison, namedFinding, ResultStore, type DocResult } from '../../src/extension/results';
import { StatusBar } from '../../src/extension/statusBar';
import type { StoreState, VerdictFiles } from '../../src/extension/verdicts';
import { ComparisonView } from '../../src/view/result';
import { applyAction, findingKeys } from '../../src/view/verdicts';
import { PANEL_PAGE } from '../../src/view/webviewPages';
import * as vscode from './fakeVscode';
import { sample } from '../view/sampleComparisons';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Verdict files held in memory: `set` replaces an article's store and fires, as the real one does on a change. */
class MemoryVerdicts {
  generation = 0;
  private store: VerdictStore = emptyStore();
  private readonly emitter = new vscode.EventEmitter<unknown>();
  readonly onDidChange = this.emitter.event;
  state(uri: vscode.Uri): StoreState {
    return { uri: uri as never, store: this.store, exists: true, warnings: [], text: undefined };
  }
  displayPath(uri: vscode.Uri): string {
    return uri.path;
  }
  set(store: VerdictStore): void {
    this.store = store;
    this.generation++;
    this.emitter.fire(undefined);
  }
}

function setup() {
  const verdicts = new MemoryVerdicts();
  const store = new ResultStore(verdicts as unknown as VerdictFiles, { configured: () => undefined } as never);
  let changes = 0;
  store.onDidChange(() => changes++);
  return { verdicts, store, changes: () => changes };
}

function result(path = '/w/article.txt'): { r: DocResult; doc: vscode.FakeDocument } {
  const s = sample();
  const uri = vscode.Uri.file(path);
  const doc = new vscode.FakeDocument(uri, s.articleText);
  const r: DocResult = {
    key: uri.toString(),
    uri: uri as never,
    version: undefined,
    view: new ComparisonView(s.comparison, s.articleText, s.canonicalText),
    canonicalUri: vscode.Uri.file('/w/canonical.txt') as never,
    ms: 1,
    stale: false,
  };
  return { r, doc };
}

afterEach(() => vscode.reset());

test('writes in one task are one change; a snapshot is the same object until something changes', async () => {
  const { store, changes } = setup();
  const { r, doc } = result();
  vscode.workspace.textDocuments.push(doc);
  store.setBusy(r.key, true);
  store.set(r);
  store.setBusy(r.key, false);
  assert.equal(changes(), 0, 'readers are told on the next task');
  await tick();
  assert.equal(changes(), 1);
  const s = store.get(r.uri as never);
  assert.ok(s);
  assert.equal(store.get(r.key), s, 'the same snapshot while nothing changed');
  assert.equal(s.plan, s.plan);
  assert.equal(s.panel, s.panel);
  assert.deepEqual(s.counts, { high: 2, medium: 2, low: 1, total: 5 });
  assert.deepEqual(store.all(), [s]);
  store.dispose();
});

test('an edited document has no current result; the stored one is still found by its URI', async () => {
  const { store } = setup();
  const { r, doc } = result();
  vscode.workspace.textDocuments.push(doc);
  store.set(r);
  doc.edit(doc.getText() + ' More.');
  assert.equal(store.get(r.key), undefined);
  assert.equal(store.forDocument(doc as never), undefined);
  assert.equal(store.stored(r.key)?.result, r);
  doc.edit(r.view.articleSource);
  assert.equal(store.forDocument(doc as never)?.result, r, 'the same text again: current again');
  assert.equal(r.version, doc.version);
  store.dispose();
});

test('a finding named by its id: found in the snapshot, else the out-of-date message and nothing', async () => {
  const { store } = setup();
  const { r } = result();
  store.set(r);
  const s = store.stored(r.key);
  const found = namedFinding(s, 'mis-2');
  assert.equal(found?.s, s);
  assert.equal(found?.d, r.view.byId('mis-2'));
  assert.equal(vscode.window.infos.length, 0);
  assert.equal(namedFinding(s, 'no-such-id'), undefined);
  assert.equal(namedFinding(undefined, 'mis-2'), undefined);
  assert.equal(vscode.window.infos.length, 2);
  assert.match(String(vscode.window.infos[0]?.[0]), /out of date/);
  store.dispose();
});

test('the active comparison: the active editor and its current result, else the no-comparison message and nothing', async () => {
  const { store } = setup();
  const { r, doc } = result();
  assert.equal(activeComparison(store), undefined, 'no editor');
  const [editor] = vscode.showEditors(doc);
  assert.equal(activeComparison(store), undefined, 'an editor, not compared');
  assert.equal(vscode.window.infos.length, 2);
  assert.match(String(vscode.window.infos[0]?.[0]), /No WireDiff comparison/);
  store.set(r);
  const found = activeComparison(store);
  assert.equal(found?.editor, editor);
  assert.equal(found?.s.result, r);
  assert.equal(vscode.window.infos.length, 2);
  store.dispose();
});

test('a verdict makes a new snapshot: a dismissed finding leaves the visible ones and the counts; the old snapshot is unchanged', async () => {
  const { store, verdicts, changes } = setup();
  const { r } = result();
  store.set(r);
  await tick();
  const before = store.get(r.key)!;
  const d = r.view.byId('mis-2')!;
  verdicts.set(applyAction(emptyStore(), r.view.comparison, d, 'dismissed', { time: '2026-01-01T00:00:00Z' }));
  const after = store.get(r.key)!;
  assert.notEqual(after, before);
  assert.ok(!after.visible.includes(d));
  assert.deepEqual(after.counts, { high: 2, medium: 1, low: 1, total: 4 });
  assert.ok(before.visible.includes(d), 'a snapshot is never changed');
  assert.equal(after.judgement.verdicts.get('mis-2')?.verdict, 'dismissed');
  await tick();
  assert.equal(changes(), 2);
  vscode.setSetting('showDismissed', true);
  const shown = store.get(r.key)!;
  assert.ok(shown.visible.includes(d), 'shown again with wirediff.showDismissed');
  // Still not counted: the status bar and the folder list count as the panel does.
  assert.deepEqual(shown.counts, { high: 2, medium: 1, low: 1, total: 4 });
  assert.deepEqual(shown.counts, shown.panel.counts);
  store.dispose();
});

test('a setting makes a new snapshot (minimum severity)', async () => {
  const { store } = setup();
  const { r } = result();
  store.set(r);
  const before = store.get(r.key)!;
  vscode.setSetting('minSeverity', 'high');
  const after = store.get(r.key)!;
  assert.notEqual(after, before);
  assert.deepEqual(after.visible.map((d) => d.id), ['omit-3', 'hedge-1']);
  assert.deepEqual(after.plan.ordered.map((d) => d.id).sort(), ['hedge-1', 'omit-3']);
  store.dispose();
});

test('the verdict keys the engine\'s worker made come with the result: the store uses them, and a verdict applies as with keys made here', async () => {
  const { store, verdicts } = setup();
  const { r: plain } = result();
  const keys = findingKeys(plain.view.comparison);
  const r: DocResult = { ...plain, keys };
  store.set(r);
  await tick();
  assert.equal(store.get(r.key)!.keys, keys, 'the worker\'s keys, not made again on the host');
  assert.notEqual(store.get(plain.key) && store.present(plain).keys, keys, 'a result without them: made here');
  assert.deepEqual([...store.present(plain).keys], [...keys]);
  const d = r.view.byId('mis-2')!;
  verdicts.set(applyAction(emptyStore(), r.view.comparison, d, 'dismissed', { time: '2026-01-01T00:00:00Z' }));
  const after = store.get(r.key)!;
  assert.ok(after.judgement.dismissed.has('mis-2'));
  assert.ok(!after.visible.includes(d));
  store.dispose();
});

test('folder rows: most serious first, errors last; the same rows until verdicts or settings change', async () => {
  const { store } = setup();
  const a = result('/w/a.txt').r;
  const b = result('/w/b.txt').r;
  store.setFolderRun({
    folder: vscode.Uri.file('/w') as never,
    canonical: b.canonicalUri,
    canonicalText: b.view.canonicalText,
    versions: [a, b],
    skipped: [{ uri: vscode.Uri.file('/w/c.txt') as never, name: 'c.txt', error: 'empty' }],
    options: {},
  });
  const f = store.folder()!;
  assert.deepEqual(f.rows.map((x) => x.name), ['a.txt', 'b.txt', 'c.txt']);
  assert.equal(f.rows[2]!.error, 'empty');
  assert.equal(store.folder(), f);
  vscode.setSetting('minSeverity', 'medium');
  const g = store.folder()!;
  assert.notEqual(g, f);
  assert.deepEqual(g.rows[0]!.counts, { high: 2, medium: 2, low: 0, total: 4 });
  store.setFolderRun(undefined);
  assert.equal(store.folder(), undefined);
  store.dispose();
});

test('the active editor: busy, ready, stale, none', async () => {
  const { store } = setup();
  const { r, doc } = result();
  vscode.showEditors(doc);
  assert.equal(store.active().status, 'none');
  store.setBusy(r.key, true);
  assert.equal(store.active().status, 'busy');
  store.set(r);
  store.setBusy(r.key, false);
  assert.equal(store.active().status, 'ready');
  assert.equal(store.active().snapshot, store.get(r.key));
  store.markStale(r.key);
  assert.equal(store.active().status, 'stale');
  doc.edit('Something else entirely.');
  assert.equal(store.active().status, 'stale');
  assert.equal(store.active().snapshot, undefined);
  store.delete(r.key);
  assert.equal(store.active().status, 'none');
  store.dispose();
});

test('the decorator draws an editor once per new snapshot, and clears it when its result goes', async () => {
  const { store } = setup();
  const { r, doc } = result();
  const [editor] = vscode.showEditors(doc);
  const decorations = new DecorationSet(vscode.Uri.file('/ext') as never);
  const log = { info() {}, warn() {}, error() {} } as never;
  const decorator = new Decorator(store, () => decorations, log);
  store.set(r);
  await tick();
  // The plan in the task that tells of the change, the decorations on the next (no long host task on a long article).
  assert.equal(editor!.setCount, 0, 'not in the same task as the plan');
  await tick();
  const drawn = editor!.setCount;
  assert.ok(drawn > 0, 'drawn');
  assert.ok([...editor!.decorations.values()].some((ranges) => ranges.length > 0), 'ranges set');
  store.changed();
  await tick();
  await tick();
  assert.equal(editor!.setCount, drawn, 'the same snapshot is not drawn again');
  vscode.setSetting('minSeverity', 'high');
  await tick();
  await tick();
  assert.ok(editor!.setCount > drawn, 'a new snapshot is drawn');
  store.delete(r.key);
  await tick();
  assert.ok([...editor!.decorations.values()].every((ranges) => ranges.length === 0), 'cleared');
  decorator.dispose();
  decorations.dispose();
  store.dispose();
});

test('the panel provider releases a view\'s listeners when the view goes or is replaced', async () => {
  const { store, verdicts } = setup();
  const makeView = () => {
    const received = new vscode.EventEmitter<unknown>();
    const visibility = new vscode.EventEmitter<void>();
    const disposed = new vscode.EventEmitter<void>();
    const posted: unknown[] = [];
    const view = {
      visible: true,
      webview: {
        options: {},
        html: '',
        cspSource: 'vscode-resource:',
        asWebviewUri: (u: vscode.Uri) => u,
        onDidReceiveMessage: received.event,
        postMessage: async (m: unknown) => void posted.push(m),
      },
      onDidChangeVisibility: visibility.event,
      onDidDispose: disposed.event,
      show() {},
    };
    return { view, received, visibility, disposed, posted };
  };
  const actions = { revealFinding: async () => {}, revealCanonical: async () => {}, setVerdict: async () => {}, setShowDismissed: async () => {}, chooseCanonical: async () => {} };
  const panel = new PanelProvider(vscode.Uri.file('/ext') as never, store, verdicts as unknown as VerdictFiles, actions);
  const first = makeView();
  panel.resolveWebviewView(first.view as never);
  assert.equal(first.received.listenerCount, 1);
  assert.match(first.view.webview.html, /Content-Security-Policy/);
  // Every script of the page, in order, each with the nonce the policy allows (and no other script).
  const html = first.view.webview.html;
  const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(html)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts, PANEL_PAGE.scripts.map((f) => `<script nonce="${nonce}" src="${vscode.Uri.file(`/ext/media/${f}`).toString()}">`));
  const second = makeView();
  panel.resolveWebviewView(second.view as never);
  assert.equal(first.received.listenerCount + first.visibility.listenerCount + first.disposed.listenerCount, 0, 'the old view\'s listeners are released');
  assert.equal(second.received.listenerCount, 1);
  second.received.fire({ type: 'ready' });
  assert.deepEqual(second.posted.map((m) => (m as { type: string }).type), ['strings', 'json']);
  const state = JSON.parse((second.posted[1] as { json: string }).json);
  assert.equal(state.type, 'state');
  assert.equal(state.status, 'none');
  second.disposed.fire();
  assert.equal(second.received.listenerCount + second.visibility.listenerCount, 0, 'released when the view goes');
  panel.dispose();
  store.dispose();
});

test('a version of a folder run compared again (edited, then a live update) takes its place in the run: the folder list shows its new findings', async () => {
  const { store } = setup();
  const a = result('/w/a.txt').r;
  const b = result('/w/b.txt').r;
  store.setFolderRun({ folder: vscode.Uri.file('/w') as never, canonical: b.canonicalUri, canonicalText: b.view.canonicalText, versions: [a, b], skipped: [], options: {} });
  const before = store.folder()!;
  assert.equal(before.rows.find((x) => x.name === 'a.txt')!.counts!.total, 5);
  // a.txt edited: its new comparison has only the omitted sentence left.
  const s = sample();
  const fewer = { ...s.comparison, discrepancies: s.comparison.discrepancies.filter((d) => d.kind === 'omitted') };
  const a2: DocResult = { ...a, view: new ComparisonView(fewer, s.articleText, s.canonicalText), version: 2 };
  store.set(a2);
  const after = store.folder()!;
  assert.notEqual(after.run, before.run, 'a new run, so the matrix builds again');
  assert.equal(after.run.versions[0], a2);
  assert.equal(after.run.versions[1], b);
  assert.equal(after.rows.find((x) => x.name === 'a.txt')!.counts!.total, 1);
  // A new folder run under way stores its results without touching the current run (published whole when it ends).
  const a4: DocResult = { ...a, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText) };
  store.set(a4, true);
  assert.equal(store.folder()!.run.versions[0], a2);
  // Against another canonical text (edited since the run), the run keeps what it compared.
  const a3: DocResult = { ...a, view: new ComparisonView(s.comparison, s.articleText, `${s.canonicalText}\n\nOne more line.`) };
  store.set(a3);
  assert.equal(store.folder()!.run.versions[0], a2);
  store.dispose();
});

test('folder rows: a version edited since the run and not compared again (live updates off) is marked out of date', async () => {
  const { store } = setup();
  const { r: a, doc } = result('/w/a.txt');
  const b = result('/w/b.txt').r;
  vscode.workspace.textDocuments.push(doc);
  store.setFolderRun({ folder: vscode.Uri.file('/w') as never, canonical: b.canonicalUri, canonicalText: b.view.canonicalText, versions: [a, b], skipped: [], options: {} });
  assert.ok(store.folder()!.rows.every((x) => !x.stale), 'as compared');
  doc.edit(`${doc.getText()}\nOne more sentence typed in.`);
  const rows = store.folder()!.rows;
  assert.equal(rows.find((x) => x.name === 'a.txt')!.stale, true);
  assert.equal(rows.find((x) => x.name === 'b.txt')!.stale, undefined);
  store.dispose();
});

test('the status bar says an article hardly shares a sentence with the canonical, instead of counts that only say the texts differ', async () => {
  const { store } = setup();
  const { r, doc } = result();
  vscode.workspace.textDocuments.push(doc);
  vscode.showEditors(doc);
  const status = new StatusBar(store);
  store.set(r);
  await tick();
  const item = vscode.window.statusBarItems.at(-1)!;
  assert.match(item.text, /^\$\(diff\) \d+ high · \d+ medium · \d+ low$/);
  // The same article with no sentence linked: another story.
  const s = sample();
  const other: DocResult = { ...r, view: new ComparisonView({ ...s.comparison, alignments: [] }, s.articleText, s.canonicalText) };
  store.set(other);
  await tick();
  assert.equal(item.text, '$(warning) WireDiff: hardly a sentence in common');
  assert.match(String((item.tooltip as { value?: string })?.value ?? item.tooltip), /the wrong canonical\?/);
  status.dispose();
});
