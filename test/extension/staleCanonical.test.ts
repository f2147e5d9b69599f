/**
 * The canonical text changed while an article is being compared with it (rewritten on disk, or
 * typed into in its editor): the engine's answer is of the old canonical, so its findings and
 * its canonical quotes are not stored as current. The article is compared again with the
 * canonical as it is now (live updates on), or the panel says why nothing is shown (off).
 * In Node, with a stand-in `vscode` (fakeVscode.ts) and a stand-in engine that answers when told.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { compare } from '../../src/core/compare';
import { CancelledError } from '../../src/engine/client';
import { CanonicalResolver } from '../../src/extension/canonical';
import { Comparer } from '../../src/extension/comparer';
import { ResultStore } from '../../src/extension/results';
import type { VerdictFiles } from '../../src/extension/verdicts';
import * as vscode from './fakeVscode';

afterEach(() => vscode.reset());

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const OLD_WIRE = 'The bridge will reopen on Friday, the city engineer said. Buses will use it from Monday.';
const NEW_WIRE = 'The bridge will reopen on Sunday, the city engineer said. Buses will use it from Monday.';
const COPY = 'The bridge will reopen on Friday, the city engineer said. Buses will use it from Monday.';

/** A workspace /desk whose canonical is wire.txt; the engine answers each comparison when `answer()` is called. */
function desk() {
  const folder = vscode.Uri.file('/desk');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'desk', index: 0 }];
  const wire = vscode.Uri.joinPath(folder, 'wire.txt');
  vscode.files.set(wire.toString(), new TextEncoder().encode(OLD_WIRE));
  vscode.settings['canonical'] = 'wire.txt';
  const asked: { canonical: string; answer: () => void }[] = [];
  const engine = {
    compare: (canonical: string, article: string, _o: unknown, signal: AbortSignal) =>
      new Promise((resolve, reject) => {
        asked.push({ canonical, answer: () => resolve({ comparison: compare(canonical, article), ms: 1, canonicalRead: null, articleRead: null }) });
        signal.addEventListener('abort', () => reject(new CancelledError()));
      }),
  };
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, ready: async () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => engine as never, store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  const doc = new vscode.FakeDocument(vscode.Uri.joinPath(folder, 'copy.txt'), COPY);
  vscode.showEditors(doc);
  return { store, comparer, doc, wire, asked, dispose: () => (comparer.dispose(), store.dispose()) };
}

async function waitFor(what: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !what(); i++) await settle(10);
}

test('the canonical rewritten on disk during the first comparison: the old answer is not shown; the article is compared with the new text', async () => {
  const d = desk();
  const run = d.comparer.compareDocument(d.doc as never, 'interactive');
  await waitFor(() => d.asked.length === 1);
  assert.equal(d.asked[0]!.canonical, OLD_WIRE);
  vscode.files.set(d.wire.toString(), new TextEncoder().encode(NEW_WIRE));
  vscode.fileEvent('changed', d.wire);
  d.asked[0]!.answer();
  await run.catch(() => undefined);
  await settle();
  const shown = d.store.forDocument(d.doc as never);
  assert.ok(!shown || shown.result.view.canonicalSource === NEW_WIRE, 'no result of the old canonical is current');
  await waitFor(() => d.asked.length === 2);
  assert.equal(d.asked[1]?.canonical, NEW_WIRE, 'compared again with the canonical as it is now');
  d.asked[1]!.answer();
  await waitFor(() => d.store.forDocument(d.doc as never) !== undefined);
  const now = d.store.forDocument(d.doc as never)!;
  assert.equal(now.result.view.canonicalSource, NEW_WIRE);
  assert.equal(now.result.stale, false);
  assert.ok(now.result.view.discrepancies.some((x) => `${x.from} ${x.to}`.includes('Sunday')), 'the new canonical\'s words are quoted');
  d.dispose();
});

test('the canonical typed into in its editor during the comparison (live updates off): nothing of the old canonical is shown, and the panel says why', async () => {
  vscode.settings['liveUpdate'] = false;
  const d = desk();
  const wireDoc = new vscode.FakeDocument(d.wire, OLD_WIRE);
  vscode.workspace.textDocuments.push(wireDoc);
  const run = d.comparer.compareDocument(d.doc as never, 'interactive');
  await waitFor(() => d.asked.length === 1);
  wireDoc.change([{ start: OLD_WIRE.indexOf('Friday'), end: OLD_WIRE.indexOf('Friday') + 'Friday'.length, text: 'Sunday' }]);
  d.asked[0]!.answer();
  await run.catch(() => undefined);
  await settle(20);
  assert.equal(d.store.forDocument(d.doc as never), undefined, 'no findings against the old canonical');
  assert.match(d.store.active().error ?? '', /canonical text “wire\.txt” changed while/);
  assert.equal(d.asked.length, 1, 'not compared behind the user\'s back');
  d.dispose();
});
