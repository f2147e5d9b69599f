/**
 * A version of a folder run that another program rewrites on disk while no editor holds it is
 * compared again with the run's canonical text, so that the run (the panel's folder list and
 * the coverage matrix) holds its findings as the file is now, not the ones it had.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { compare } from '../../src/core/compare';
import { CanonicalResolver } from '../../src/extension/canonical';
import { Comparer } from '../../src/extension/comparer';
import { ResultStore, type DocResult, type FolderRun } from '../../src/extension/results';
import type { VerdictFiles } from '../../src/extension/verdicts';
import { ComparisonView } from '../../src/view/result';
import * as vscode from './fakeVscode';

const WIRE = 'The library will close for repairs on 3 June, the council said. About 120 volunteers will move its books.';
const COPY = 'The library will close for repairs on 3 June, the council said. About 120 volunteers will move its books.';
const REWRITTEN = 'The library will close for repairs on 5 June, the council said. About 120 volunteers will move its books.';
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

function folderRunOfOneClosedVersion() {
  const folder = vscode.Uri.file('/desk');
  const wire = vscode.Uri.joinPath(folder, 'wire.txt');
  const copy = vscode.Uri.joinPath(folder, 'copy.txt');
  vscode.files.set(wire.toString(), new TextEncoder().encode(WIRE));
  vscode.files.set(copy.toString(), new TextEncoder().encode(COPY));
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, ready: async () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const compared: string[] = [];
  const engine = {
    compare: async (canonical: string, article: string) => {
      compared.push(article);
      return { comparison: compare(canonical, article), ms: 1, canonicalRead: null, articleRead: null };
    },
  };
  const log = { info() {}, warn() {}, error() {} };
  const comparer = new Comparer(() => engine as never, store, resolver, verdicts as unknown as VerdictFiles, log as never);
  const version: DocResult = {
    key: copy.toString(), uri: copy as never, version: undefined, canonicalUri: wire as never, ms: 1, stale: false,
    view: new ComparisonView(compare(WIRE, COPY), COPY, WIRE),
  };
  store.set(version, true);
  const run: FolderRun = { folder: folder as never, canonical: wire as never, canonicalText: WIRE, versions: [version], skipped: [], options: {} };
  comparer.publishFolderRun(run);
  return { store, comparer, copy, compared, dispose: () => (comparer.dispose(), store.dispose()) };
}

afterEach(() => vscode.reset());

test('a closed version of the folder run rewritten on disk is compared again, and the run holds its new findings', async () => {
  const s = folderRunOfOneClosedVersion();
  await settle(5);
  assert.equal(s.store.folder()?.run.versions[0]!.view.discrepancies.length, 0);
  vscode.files.set(s.copy.toString(), new TextEncoder().encode(REWRITTEN));
  assert.equal(vscode.fileEvent('changed', s.copy), 1, 'the run\'s versions are watched');
  vscode.fileEvent('changed', s.copy); // a program writing in two steps: compared once
  for (let i = 0; i < 100 && s.store.folder()?.run.versions[0]!.view.articleSource !== REWRITTEN; i++) await settle(20);
  const now = s.store.folder()!.run.versions[0]!;
  assert.equal(now.view.articleSource, REWRITTEN, 'the run holds the file as it is now');
  assert.ok(now.view.discrepancies.some((d) => d.from?.includes('3 June') || d.to?.includes('5 June')), JSON.stringify(now.view.discrepancies.map((d) => [d.kind, d.from, d.to])));
  assert.deepEqual(s.compared, [REWRITTEN]);
  // Written again as it now is compared: nothing to do.
  vscode.fileEvent('changed', s.copy);
  await settle(250);
  assert.equal(s.compared.length, 1);
  s.dispose();
});

test('with live updates off, a closed version rewritten on disk is not compared behind the user\'s back', async () => {
  vscode.setSetting('liveUpdate', false);
  const s = folderRunOfOneClosedVersion();
  await settle(5);
  vscode.files.set(s.copy.toString(), new TextEncoder().encode(REWRITTEN));
  vscode.fileEvent('changed', s.copy);
  await settle(250);
  assert.deepEqual(s.compared, []);
  s.dispose();
});
