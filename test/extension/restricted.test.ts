/**
 * Restricted Mode (an untrusted workspace): a folder's own `.vscode/settings.json` must not
 * make WireDiff read files outside that folder. A repository cloned from anyone could name
 * `~/.ssh/id_rsa` or `../../other-client/draft.txt` as the canonical text; WireDiff would show
 * it in the editor and write it into an exported report inside the repository. The user's
 * own choice of such a file is still honoured, for the window. In Node, with a stand-in
 * `vscode` (fakeVscode.ts).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { CanonicalResolver } from '../../src/extension/canonical';
import { setCanonical } from '../../src/extension/commands/canonical';
import { UserError } from '../../src/extension/files';
import { Comparer } from '../../src/extension/comparer';
import { ResultStore } from '../../src/extension/results';
import { readSettings, RESTRICTED_SETTINGS } from '../../src/extension/settings';
import type { VerdictFiles } from '../../src/extension/verdicts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from './fakeVscode';
import { ComparisonView } from '../../src/view/result';
import { sample } from '../view/sampleComparisons';

afterEach(() => vscode.reset());

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A result store and a comparer, with no engine (what is tested here never reaches it). */
function comparerWithoutEngine(): { store: ResultStore; comparer: Comparer } {
  const resolver = new CanonicalResolver();
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: () => undefined, generation: 0 };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, resolver);
  const comparer = new Comparer(() => assert.fail('no engine here'), store, resolver, verdicts as unknown as VerdictFiles, { info() {}, warn() {}, error() {} } as never);
  return { store, comparer };
}

const TEXT = new TextEncoder().encode('The harbour reopened on Tuesday, the port authority said.');

/** A workspace /desk/story with one article, and a private file outside it. */
function desk(): { article: vscode.Uri; inside: vscode.Uri; outside: vscode.Uri } {
  const folder = vscode.Uri.file('/desk/story');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'story', index: 0 }];
  const article = vscode.Uri.joinPath(folder, 'copy.txt');
  const inside = vscode.Uri.joinPath(folder, 'wire.txt');
  const outside = vscode.Uri.file('/desk/private/notes.txt');
  for (const u of [article, inside, outside]) vscode.files.set(u.toString(), TEXT);
  return { article, inside, outside };
}

test('Restricted Mode: a canonical the workspace settings name outside the workspace is not read, and the user is told why', async () => {
  const { article, outside } = desk();
  vscode.workspace.isTrusted = false;
  const resolver = new CanonicalResolver();
  for (const value of ['/desk/private/notes.txt', '../private/notes.txt']) {
    vscode.settings['canonical'] = value;
    const found = await resolver.resolve(article as never);
    assert.ok(!(found instanceof vscode.Uri), `${value}: not taken as the canonical`);
    await assert.rejects(resolver.choose(article as never, false), (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.match(e.message, /Restricted Mode/);
      assert.ok(e.message.includes(value), 'names the setting\'s value');
      return true;
    });
  }
  // Asked from a command, the user sees the reason and may choose another text.
  vscode.window.warningAnswer = undefined;
  assert.equal(await resolver.choose(article as never, true), undefined);
  assert.match(String(vscode.window.warnings.at(-1)?.[0]), /Restricted Mode/);
  vscode.window.warningAnswer = 'Manage Workspace Trust';
  assert.equal(await resolver.choose(article as never, true), undefined);
  assert.ok(vscode.commands.executed.some((c) => c[0] === 'workbench.trust.manage'), 'offers to manage trust');

  // Trusted, the same setting is the canonical.
  vscode.workspace.isTrusted = true;
  assert.equal(String(await resolver.resolve(article as never)), outside.toString());
});

test('Restricted Mode: a canonical inside the workspace is read as usual', async () => {
  const { article, inside } = desk();
  vscode.workspace.isTrusted = false;
  vscode.settings['canonical'] = 'wire.txt';
  assert.equal(String(await new CanonicalResolver().resolve(article as never)), inside.toString());
});

test('Restricted Mode: a file outside the workspace that the user chooses is the canonical for the window, not written to the settings', async () => {
  const { article, outside } = desk();
  vscode.workspace.isTrusted = false;
  vscode.settings['canonical'] = 'wire.txt';
  const resolver = new CanonicalResolver();
  assert.equal(await resolver.set(outside as never), 'session');
  assert.equal(vscode.settings['canonical'], 'wire.txt', 'the workspace setting is unchanged');
  assert.equal(String(await resolver.resolve(article as never)), outside.toString());
});

test('Set as Canonical in Restricted Mode on a file outside the workspace says why it is kept for the window only', async () => {
  const { outside } = desk();
  vscode.workspace.isTrusted = false;
  await setCanonical(new CanonicalResolver(), { compareAllAgain() {} }, outside as never);
  const said = String(vscode.window.infos.at(-1)?.[0]);
  assert.match(said, /“notes\.txt”.*this window/);
  assert.match(said, /Restricted Mode/);
  assert.doesNotMatch(said, /open a folder/, 'a folder is open');
});

test('Set as Canonical on an untitled editor says it is the canonical while it is open, not to open a folder', async () => {
  desk();
  const pasted = new vscode.FakeDocument(vscode.Uri.parse('untitled://Untitled-1'), 'Pasted wire copy.');
  vscode.workspace.textDocuments.push(pasted);
  await setCanonical(new CanonicalResolver(), { compareAllAgain() {} }, pasted.uri as never);
  const said = String(vscode.window.infos.at(-1)?.[0]);
  assert.match(said, /“Untitled-1”.*while it is open/);
  assert.doesNotMatch(said, /open a folder/, 'a folder is open');
});

test('Restricted Mode: the settings a workspace may not set are read from the user\'s settings only, as the manifest declares', async () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
  assert.deepEqual(
    [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
    RESTRICTED_SETTINGS.map((k) => `wirediff.${k}`).sort(),
    'package.json declares the settings readSettings restricts',
  );
  desk();
  // Every value of the stand-in is a workspace value (.vscode/settings.json).
  Object.assign(vscode.settings, { maxFileSize: 1024, largeFileThreshold: 1_000_000, liveUpdateDelay: 50, showDismissed: true, verdictAuthor: 'Someone Else', ghostNoteLength: 100 });
  vscode.workspace.isTrusted = false;
  const untrusted = readSettings();
  assert.equal(untrusted.maxFileSize, 8 * 1024 * 1024, 'the default limit, not the workspace\'s');
  assert.equal(untrusted.largeFileThreshold, 200 * 1024);
  assert.equal(untrusted.liveUpdateDelay, 500);
  assert.equal(untrusted.showDismissed, false);
  assert.equal(untrusted.verdictAuthor, '');
  assert.equal(untrusted.ghostNoteLength, 100, 'a setting that is not restricted is the workspace\'s');
  vscode.workspace.isTrusted = true;
  const trusted = readSettings();
  assert.equal(trusted.maxFileSize, 1024 * 1024 * 1024);
  assert.equal(trusted.liveUpdateDelay, 50);
  assert.equal(trusted.showDismissed, true);
  assert.equal(trusted.verdictAuthor, 'Someone Else');
});

test('Restricted Mode: an article not compared because of it is compared again, by itself, once the workspace is trusted', async () => {
  const { article } = desk();
  vscode.workspace.isTrusted = false;
  vscode.settings['canonical'] = '/desk/private/notes.txt';
  const { store, comparer } = comparerWithoutEngine();
  const doc = new vscode.FakeDocument(article, 'The harbour reopened on Wednesday, the port authority said.');
  vscode.showEditors(doc);
  assert.equal(await comparer.compareDocument(doc as never, 'background'), undefined);
  await settle();
  assert.match(store.active().error ?? '', /Restricted Mode/, 'the article says why it was not compared');

  // A second article, refused from the command (the user is told, and may choose another text).
  const second = new vscode.FakeDocument(vscode.Uri.file('/desk/story/second.txt'), 'The harbour reopened on Thursday.');
  vscode.workspace.textDocuments.push(second);
  vscode.window.warningAnswer = undefined;
  assert.equal(await comparer.compareDocument(second as never, 'interactive'), undefined);
  assert.match(String(vscode.window.warnings.at(-1)?.[0]), /Restricted Mode/);

  const compared: string[] = [];
  comparer.compareDocument = async (d) => void compared.push(d.uri.toString());
  vscode.grantTrust();
  await settle(120);
  assert.deepEqual(compared.sort(), [article.toString(), second.uri.toString()].sort(), 'both compared again after trust was granted');
  vscode.grantTrust();
  await settle(120);
  assert.equal(compared.length, 2, 'once');
  comparer.dispose();
  store.dispose();
});

test('a live update refused in Restricted Mode is not left "comparing": the result is out of date and says why', async () => {
  const { article, inside } = desk();
  vscode.workspace.isTrusted = false;
  vscode.settings['canonical'] = 'wire.txt';
  const { store, comparer } = comparerWithoutEngine();
  const s = sample();
  const doc = new vscode.FakeDocument(article, s.articleText);
  vscode.showEditors(doc);
  store.set({ key: article.toString(), uri: article as never, version: doc.version, view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), canonicalUri: inside as never, ms: 1, stale: false });
  await settle();
  assert.equal(store.active().status, 'ready');
  // The folder's settings now name a file outside it: every comparison is due again, and refused.
  vscode.setSetting('canonical', '/desk/private/notes.txt');
  await settle(150);
  assert.equal(store.isBusy(article as never), false, 'not left comparing');
  const a = store.active();
  assert.equal(a.status, 'stale');
  assert.match(a.error ?? '', /Restricted Mode/);
  comparer.dispose();
  store.dispose();
});
