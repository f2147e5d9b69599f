// End-to-end test of WireDiff in a virtual workspace, in a real VS Code (code-server +
// headless Chromium): the workspace's only folder is served by a file system provider
// (a throwaway extension built here, scheme `wdmem:`), not the disk, so every file
// WireDiff reads must go through `workspace.fs`. The article is compared with the
// canonical named by the workspace's setting, its marks are drawn, and Compare All
// Files in Folder lists the folder. Run it with `npm run test:e2e`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPaths, startCodeServer } from '../../scripts/code-server.mjs';
import { launchVSCode, slow } from './harness.mjs';
import { CANONICAL, FIXTURES, VSIX, extensionHostErrors, findLog, panelFrame, skip, statusText, waitFor } from './common.mjs';

const ARTICLE = '001_94cd0f0ecb5b3726.txt';

/** A file system provider of the scheme `wdmem:` holding `files` under /news, which opens the article once it is up. */
const PROVIDER_JS = `
const vscode = require('vscode');
const files = require('./files.json');
exports.activate = (context) => {
  const enc = new TextEncoder();
  const changed = new vscode.EventEmitter();
  const entry = (uri) => {
    if (uri.path === '/' || uri.path === '/news') return { dir: true };
    const name = uri.path.replace(/^\\/news\\//, '');
    if (uri.path.startsWith('/news/') && Object.prototype.hasOwnProperty.call(files, name)) return { name };
    throw vscode.FileSystemError.FileNotFound(uri);
  };
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('wdmem', {
    onDidChangeFile: changed.event,
    watch: () => new vscode.Disposable(() => {}),
    stat: (uri) => {
      const e = entry(uri);
      return e.dir ? { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 } : { type: vscode.FileType.File, ctime: 0, mtime: 0, size: enc.encode(files[e.name]).length };
    },
    readDirectory: (uri) => {
      if (uri.path === '/') return [['news', vscode.FileType.Directory]];
      entry(uri);
      return Object.keys(files).map((n) => [n, vscode.FileType.File]);
    },
    readFile: (uri) => enc.encode(files[entry(uri).name]),
    writeFile: (uri, content) => {
      const name = uri.path.replace(/^\\/news\\//, '');
      files[name] = new TextDecoder().decode(content);
      changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    },
    createDirectory: () => { throw vscode.FileSystemError.NoPermissions('read-only folders'); },
    delete: () => { throw vscode.FileSystemError.NoPermissions('nothing is deleted here'); },
    rename: () => { throw vscode.FileSystemError.NoPermissions('nothing is renamed here'); },
  }, { isCaseSensitive: true }));
};
`;

function buildProvider(dir, files) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'wdmem-e2e',
    displayName: 'WireDiff e2e memory file system',
    description: 'A virtual folder for the WireDiff e2e test',
    version: '0.0.1',
    publisher: 'wirediff-test',
    license: 'MIT',
    engines: { vscode: '^1.90.0' },
    main: './extension.js',
    activationEvents: ['onFileSystem:wdmem', '*'],
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), PROVIDER_JS);
  fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(files));
  fs.writeFileSync(path.join(dir, 'README.md'), '# wdmem-e2e\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(dir, 'wdmem-e2e.vsix');
  execFileSync(process.execPath, [loadPaths().vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return vsix;
}

test('WireDiff in a virtual workspace (a folder served by a file system provider)', { skip, timeout: slow(300_000) }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-e2e-virtual-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = Object.fromEntries([CANONICAL, ARTICLE].map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
  const provider = buildProvider(path.join(dir, 'provider'), files);
  // A workspace whose only folder is virtual: VS Code treats it as a virtual workspace.
  const wsFile = path.join(dir, 'virtual.code-workspace');
  fs.writeFileSync(wsFile, JSON.stringify({ folders: [{ uri: 'wdmem:/news', name: 'news' }], settings: { 'wirediff.canonical': CANONICAL } }, null, 2));
  const server = await startCodeServer({ vsix: [VSIX, provider] });
  let vsc;
  try {
    vsc = await launchVSCode({ url: `${server.baseUrl}?workspace=${encodeURIComponent(wsFile)}`, viewport: { width: 1600, height: 1000 } });
    await vsc.step('the virtual folder is the workspace', async () => {
      await waitFor(async (saw) => saw(await vsc.page.$$eval('.explorer-folders-view .monaco-list-row', (rs) => rs.map((r) => r.textContent))).some((x) => x.includes(ARTICLE)), 'the article in the Explorer', 60_000);
    });
    await vsc.step('compare the article, read from the provider, with the canonical named by the setting', async () => {
      await vsc.page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().click();
      await waitFor(async (saw) => saw(await vsc.page.$eval('.editor-group-container.active .tab.active', (e) => e.textContent).catch(() => '(no tab)')).includes(ARTICLE), 'the article open');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await vsc.waitForDecoration(/^−adding the fighters/);
      await waitFor(async () => /\d+ high · \d+ medium · \d+ low/.test(await statusText(vsc)), 'the counts in the status bar');
      await panelFrame(vsc, 'constants');
      await vsc.screenshot('30-virtual-workspace');
    });
    await vsc.step('compare all files in the virtual folder', async () => {
      await vsc.runCommand('WireDiff: Compare All Files in Folder');
      await waitFor(async () => /Compared|compared 1 files/.test(findLog(server.profile.userDataDir)), 'the folder run in the log', 60_000);
    });
    const errors = vsc.extensionConsoleErrors();
    assert.deepEqual(errors, [], `WireDiff's console errors: ${JSON.stringify(errors, null, 2)}`);
    const hostErrors = extensionHostErrors(server.profile.userDataDir);
    assert.deepEqual(hostErrors, [], `WireDiff's errors in the extension host log:\n${hostErrors.join('\n')}`);
    const log = findLog(server.profile.userDataDir);
    assert.match(log, new RegExp(`compared ${ARTICLE.replace('.', '\\.')} with ${CANONICAL.replace('.', '\\.')}`));
  } finally {
    if (vsc) await vsc.close();
    await server.stop();
  }
});
