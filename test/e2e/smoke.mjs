// Self-check of the e2e infrastructure (not of WireDiff): builds a throwaway
// extension in a temp folder, packages it with vsce, installs it into
// code-server, runs its command from the palette in Chromium and reads the
// result back from the DOM (decoration ::after text, hover, webview view).
//
//   bash scripts/e2e-setup.sh && node test/e2e/smoke.mjs
//
// Skips (does not fail) when the e2e tools are not installed, unless
// E2E_REQUIRED=1.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadPaths } from '../../scripts/code-server.mjs';
import { withVSCode, slow } from './harness.mjs';

let paths;
let skip = false;
try {
  paths = loadPaths();
} catch (e) {
  if (process.env.E2E_REQUIRED === '1') throw e;
  skip = e.message;
}

const EXTENSION_JS = `
const vscode = require('vscode');
exports.activate = (context) => {
  const deco = vscode.window.createTextEditorDecorationType({
    after: { contentText: 'HELLO-E2E', margin: '0 0 0 1em', color: 'red' },
  });
  context.subscriptions.push(deco, vscode.commands.registerCommand('helloE2E.decorate', () => {
    const ed = vscode.window.activeTextEditor;
    if (!ed) return vscode.window.showErrorMessage('Hello E2E: no active editor');
    ed.setDecorations(deco, [{ range: ed.document.lineAt(0).range, hoverMessage: 'HOVER-E2E from hello' }]);
  }), vscode.window.registerWebviewViewProvider('helloE2E.view', {
    resolveWebviewView(view) {
      view.webview.options = { enableScripts: true };
      view.webview.html = '<!DOCTYPE html><html><head><title>Hello View</title></head><body>' +
        '<h1 id="greet">WEBVIEW-E2E</h1><button id="b">Click</button><p id="out"></p>' +
        '<script>document.getElementById("b").onclick = () => { document.getElementById("out").textContent = "CLICKED"; };</script>' +
        '</body></html>';
    },
  }));
};
`;

function buildExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'hello-e2e',
    displayName: 'Hello E2E',
    description: 'Throwaway extension for the e2e smoke test',
    version: '0.0.1',
    publisher: 'wirediff-test',
    license: 'MIT',
    engines: { vscode: '^1.90.0' },
    main: './extension.js',
    activationEvents: [],
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
    contributes: {
      commands: [{ command: 'helloE2E.decorate', title: 'Hello E2E: Decorate Line 1' }],
      viewsContainers: { panel: [{ id: 'helloE2EPanel', title: 'Hello Panel', icon: '$(beaker)' }] },
      views: { helloE2EPanel: [{ type: 'webview', id: 'helloE2E.view', name: 'Hello View' }] },
    },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), EXTENSION_JS);
  fs.writeFileSync(path.join(dir, 'README.md'), '# hello-e2e\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(dir, 'hello-e2e.vsix');
  execFileSync(process.execPath, [paths.vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return vsix;
}

test('code-server + chromium run an installed extension', { skip, timeout: slow(240_000) }, async (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-smoke-'));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const vsix = buildExtension(path.join(tmp, 'ext'));
  const workspace = path.join(tmp, 'ws');
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(workspace, 'sample.txt'), 'first line\nsecond line\nthird\n');

  const t0 = Date.now();
  await withVSCode({ workspace, vsix }, async (vsc) => {
    t.diagnostic(`workbench ready after ${Date.now() - t0} ms`);
    await vsc.openFile('sample.txt');
    await vsc.runCommand('Hello E2E: Decorate Line 1');
    const deco = await vsc.waitForDecoration('HELLO-E2E');
    assert.equal(deco.pseudo, '::after');
    assert.equal(deco.line, 1);
    assert.match(await vsc.editorText(), /^first line\nsecond line/);
    assert.equal(await vsc.hoverText({ text: 'first' }), 'HOVER-E2E from hello');
    t.diagnostic(`screenshot ${await vsc.screenshot('smoke-decoration')}`);

    await vsc.runCommand('Hello Panel: Focus on Hello View View');
    const frame = await vsc.webviewFrame({ extensionId: 'wirediff-test.hello-e2e', purpose: 'webviewView', contains: 'WEBVIEW-E2E' });
    assert.equal(await frame.title(), 'Hello View');
    await frame.click('#b');
    await frame.waitForSelector('#out:text("CLICKED")');
    t.diagnostic(`screenshot ${await vsc.screenshot('smoke-webview')}`);

    const errors = vsc.unexpectedConsoleErrors();
    assert.deepEqual(errors, [], `unexpected console errors: ${JSON.stringify(errors, null, 2)}`);
    t.diagnostic(`all done after ${Date.now() - t0} ms`);
  });
});
