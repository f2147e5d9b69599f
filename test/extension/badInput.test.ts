/**
 * What the user is told when an article cannot be compared: each bad input gets one clear
 * message naming the file (a warning: the input's problem, not WireDiff's), and the panel and the
 * status bar keep saying why. In Node, with a stand-in `vscode` (fakeVscode.ts) and a stand-in engine.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { CancelledError, NoArticleError } from '../../src/engine/client';
import { CanonicalResolver } from '../../src/extension/canonical';
import { Comparer } from '../../src/extension/comparer';
import { ResultStore } from '../../src/extension/results';
import { StatusBar } from '../../src/extension/statusBar';
import type { VerdictFiles } from '../../src/extension/verdicts';
import * as vscode from './fakeVscode';
import { sample } from '../view/sampleComparisons';

afterEach(() => vscode.reset());

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const WIRE = 'The harbour reopened on Tuesday, the port authority said. Ferries will run every hour.';

/** A workspace /desk whose canonical is wire.txt, a comparer with the given engine, and the article open. */
function desk(engine: object, articleName: string, articleText: string) {
  const folder = vscode.Uri.file('/desk');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'desk', index: 0 }];
  const wire = vscode.Uri.joinPath(folder, 'wire.txt');
  vscode.files.set(wire.toString(), new TextEncoder().encode(WIRE));
  vscode.settings['canonical'] = 'wire.txt';
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, ready: async () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => engine as never, store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  const article = vscode.Uri.joinPath(folder, articleName);
  const doc = new vscode.FakeDocument(article, articleText);
  vscode.showEditors(doc);
  const status = new StatusBar(store);
  return { store, comparer, doc, status, dispose: () => (status.dispose(), comparer.dispose(), store.dispose()) };
}

test('a saved web page with no article: one warning naming the page, not an engine error', async () => {
  const engine = { compare: async () => Promise.reject(new NoArticleError('/desk/login.html: no article found in this page', 'article')) };
  const d = desk(engine, 'login.html', '<html><body><form><input name="user"></form></body></html>');
  assert.equal(await d.comparer.compareDocument(d.doc as never, 'interactive'), undefined);
  await settle();
  assert.equal(vscode.window.errors.length, 0, 'not shown as WireDiff failing');
  assert.equal(vscode.window.warnings.length, 1);
  const said = String(vscode.window.warnings[0]![0]);
  assert.match(said, /“login\.html” is a web page with no article/);
  assert.doesNotMatch(said, /\/desk\//, 'the file by its name, not its path');
  assert.equal(d.store.active().error, said, 'the panel says it too');
  assert.equal(vscode.window.statusBarItems.at(-1)!.text, '$(warning) WireDiff: not compared');
  assert.equal(vscode.window.statusBarItems.at(-1)!.tooltip, said);
  d.dispose();
});

test('an empty article, one of only white space, and a binary one: a message each, naming the file', async () => {
  const engine = { compare: async () => assert.fail('not compared') };
  for (const [name, text, re] of [
    ['empty.txt', '', /“empty\.txt” is empty/],
    ['blank.txt', ' \n\n\t ', /“blank\.txt” (is empty|has no words)/],
    ['photo.txt', 'JFIF\u0000\u0000\u0001binary', /“photo\.txt” looks like a binary file/],
  ] as const) {
    vscode.reset();
    const d = desk(engine, name, text);
    await d.comparer.compareDocument(d.doc as never, 'interactive');
    assert.equal(vscode.window.warnings.length, 1, name);
    assert.match(String(vscode.window.warnings[0]![0]), re);
    assert.equal(vscode.window.errors.length, 0);
    d.dispose();
  }
});

test('the article edited while it is being compared (live updates off): no findings of the old text, and the panel says why', async () => {
  const s = sample();
  let answer: (v: unknown) => void = () => {};
  const engine = {
    compare: (_c: string, _a: string, _o: unknown, signal: AbortSignal) =>
      new Promise((resolve, reject) => {
        answer = resolve;
        signal.addEventListener('abort', () => reject(new CancelledError()));
      }),
  };
  vscode.settings['liveUpdate'] = false;
  const d = desk(engine, 'copy.txt', s.articleText);
  const run = d.comparer.compareDocument(d.doc as never, 'interactive');
  await settle(5);
  assert.equal(d.store.active().status, 'busy');
  d.doc.change([{ start: 0, end: 0, text: 'UPDATE: ' }]);
  answer({ comparison: s.comparison, ms: 1 });
  await run.catch(() => undefined);
  await settle();
  const a = d.store.active();
  assert.equal(a.snapshot, undefined, 'no findings drawn on the edited text');
  assert.match(a.error ?? '', /“copy\.txt” was edited while it was being compared/);
  assert.equal(vscode.window.statusBarItems.at(-1)!.text, '$(warning) WireDiff: not compared');
  assert.equal(vscode.window.errors.length, 0);
  d.dispose();
});
