/**
 * The verdict file is written whole or not at all (src/extension/verdicts.ts): a temporary file
 * renamed over it, so that the file watcher, the CLI or another window never reads it half
 * written and takes it for a broken file. In Node, with a stand-in `vscode` (fakeVscode.ts).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { VerdictFiles } from '../../src/extension/verdicts';
import * as vscode from './fakeVscode';

afterEach(() => vscode.reset());

const VERDICT = { verdict: 'confirmed', time: '2026-01-01T00:00:00Z', kind: 'hedge', from: 'at least 300', to: '300' };

function setup() {
  const folder = vscode.Uri.file('/news');
  vscode.workspace.workspaceFolders = [{ uri: folder, name: 'news', index: 0 }];
  const article = vscode.Uri.joinPath(folder, 'copy.txt');
  const file = vscode.Uri.joinPath(folder, '.wirediff', 'verdicts.json');
  return { files: new VerdictFiles(), article, file };
}

const stored = (uri: vscode.Uri) => JSON.parse(new TextDecoder().decode(vscode.files.get(uri.toString())!));
const leftovers = () => [...vscode.files.keys()].filter((k) => k.endsWith('.tmp'));

test('a verdict is written to a temporary file and renamed over the verdict file: never read half written', async () => {
  const { files, article, file } = setup();
  const ok = await files.update(article as never, (s) => ({ ...s, verdicts: { ...s.verdicts, 'hedge:x': VERDICT } }) as never);
  assert.equal(ok, true);
  assert.equal(vscode.workspace.fs.renames.length, 1, 'one rename');
  const [from, to] = vscode.workspace.fs.renames[0]!;
  assert.equal(to, file.toString());
  assert.match(from, /\/news\/\.wirediff\/\.verdicts\.json\.\w+\.tmp$/, 'beside it, hidden');
  assert.equal(stored(file).verdicts['hedge:x'].verdict, 'confirmed');
  assert.deepEqual(leftovers(), []);
  files.dispose();
});

test('a file system that cannot rename gets the verdict file written in place, and no temporary file left', async () => {
  const { files, article, file } = setup();
  vscode.workspace.fs.failRename = true;
  assert.equal(await files.update(article as never, (s) => ({ ...s, verdicts: { ...s.verdicts, 'hedge:x': VERDICT } }) as never), true);
  assert.equal(stored(file).verdicts['hedge:x'].verdict, 'confirmed');
  assert.deepEqual(leftovers(), []);
  files.dispose();
});
