/**
 * What the panel provider posts for a long article (issue 10: no long task of the extension
 * host): its state in slices, one per task, that join into the whole state; a comparison
 * starting (busy) with the same model posts no model again; a new state supersedes the slices of
 * the last one not yet posted. In Node, with a stand-in `vscode` (fakeVscode.ts) and a hand-made
 * comparison of many findings (test/view/sampleComparisons.ts `large`).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { PanelProvider } from '../../src/extension/panel/panelProvider';
import { ResultStore, type DocResult } from '../../src/extension/results';
import type { VerdictFiles } from '../../src/extension/verdicts';
import { JSON_SLICE } from '../../src/view/jsonSlices';
import { ComparisonView } from '../../src/view/result';
import { large } from '../view/sampleComparisons';
import * as vscode from './fakeVscode';

afterEach(() => vscode.reset());

const tick = () => new Promise((r) => setTimeout(r, 0));
const settle = async (n = 40) => {
  for (let i = 0; i < n; i++) await tick();
};

type Posted = { type: string; json?: string; seq?: number; index?: number; count?: number; text?: string };

function setup(n: number) {
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, displayPath: () => '' };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, { configured: () => undefined } as never);
  const s = large(n);
  const uri = vscode.Uri.file('/w/long.txt');
  const doc = new vscode.FakeDocument(uri, s.articleText);
  vscode.showEditors(doc);
  const result = (): DocResult => ({
    key: uri.toString(),
    uri: uri as never,
    version: doc.version,
    view: new ComparisonView(s.comparison, s.articleText, s.canonicalText),
    canonicalUri: vscode.Uri.file('/w/wire.txt') as never,
    ms: 1,
    stale: false,
  });
  const received = new vscode.EventEmitter<unknown>();
  const posted: Posted[] = [];
  /** Messages posted in the same task as the one before them (no microtask checkpoint between). */
  let sameTask = 0;
  let inTask = false;
  const note = () => {
    if (inTask) sameTask++;
    inTask = true;
    queueMicrotask(() => (inTask = false));
  };
  const view = {
    visible: true,
    webview: { options: {}, html: '', cspSource: 'vscode-resource:', asWebviewUri: (u: vscode.Uri) => u, onDidReceiveMessage: received.event, postMessage: async (m: Posted) => void (note(), posted.push(m)) },
    onDidChangeVisibility: new vscode.EventEmitter<void>().event,
    onDidDispose: new vscode.EventEmitter<void>().event,
    show() {},
  };
  const actions = { revealFinding: async () => {}, revealCanonical: async () => {}, setVerdict: async () => {}, setShowDismissed: async () => {}, chooseCanonical: async () => {} };
  const panel = new PanelProvider(vscode.Uri.file('/ext') as never, store, verdicts as unknown as VerdictFiles, actions);
  panel.resolveWebviewView(view as never);
  received.fire({ type: 'ready' });
  posted.length = 0;
  sameTask = 0;
  return {
    store,
    result,
    posted,
    sameTask: () => sameTask,
    dispose: () => (panel.dispose(), store.dispose()),
  };
}

/** The states the page would parse from the messages posted: whole ones, and slices joined. */
function states(posted: readonly Posted[]): { state: Record<string, unknown>; slices: number }[] {
  const out: { state: Record<string, unknown>; slices: number }[] = [];
  let parts: string[] = [];
  for (const m of posted) {
    if (m.type === 'json') out.push({ state: JSON.parse(m.json!), slices: 1 });
    if (m.type !== 'jsonPart') continue;
    if (m.index === 0) parts = [];
    parts.push(m.text!);
    if (parts.length === m.count) out.push({ state: JSON.parse(parts.join('')), slices: m.count! });
  }
  return out;
}

test('a long article\'s panel state is posted in slices, one per task of the extension host, that join into the whole state', async () => {
  const d = setup(1500);
  d.store.set(d.result());
  await settle();
  const parts = d.posted.filter((m) => m.type === 'jsonPart');
  assert.ok(parts.length >= 3, `several slices (${parts.length})`);
  for (const p of parts) assert.ok(p.text!.length <= JSON_SLICE);
  assert.equal(d.sameTask(), 0, 'each slice posted in a task of its own');
  const got = states(d.posted);
  assert.equal(got.length, 1);
  const model = got[0]!.state.model as { groups: { entries: unknown[] }[] };
  assert.equal(model.groups.reduce((n, g) => n + g.entries.length, 0), 1500, 'every finding, joined');
  d.dispose();
});

test('a comparison starting (busy) with the model the page has posts a short state, not the model again; a new result posts its model', async () => {
  const d = setup(1500);
  const key = d.result().key;
  d.store.set(d.result());
  await settle();
  d.posted.length = 0;
  d.store.setBusy(key, true);
  await settle();
  assert.deepEqual(d.posted.map((m) => m.type), ['json'], 'one short message');
  const busy = JSON.parse(d.posted[0]!.json!);
  assert.equal(busy.status, 'busy');
  assert.equal(busy.model, null);
  assert.equal(busy.sameModel, true);
  assert.ok(d.posted[0]!.json!.length < 1000);
  d.posted.length = 0;
  d.store.setBusy(key, false);
  d.store.set(d.result());
  await settle();
  const got = states(d.posted);
  assert.equal(got.length, 1);
  assert.ok(got[0]!.state.model, 'the new result\'s model');
  assert.equal(got[0]!.state.sameModel, undefined);
  d.dispose();
});

test('a new state while a long one is still being posted supersedes its remaining slices; its model then goes whole again', async () => {
  const d = setup(1500);
  const key = d.result().key;
  d.store.set(d.result());
  // Not settled: the first slices are out, the rest wait for their tasks.
  await tick();
  await tick();
  d.store.setBusy(key, true);
  await settle();
  const got = states(d.posted);
  assert.equal(got.length, 1, 'only the newer state arrives whole');
  assert.equal(got[0]!.state.status, 'busy');
  assert.ok(got[0]!.state.model, 'with its model: the page never had the older one whole');
  const first = d.posted.filter((m) => m.type === 'jsonPart' && m.seq === d.posted[0]!.seq);
  assert.ok(first.length < first[0]!.count!, 'the older state\'s last slices were not posted');
  d.dispose();
});
