// Desktop VS Code integration tests (see .vscode-test.mjs): run with
// `npm run test:desktop` where VS Code can be downloaded. Mocha TDD, in the
// extension host, against the seed articles in test/fixtures.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const fixture = (name) => vscode.Uri.file(path.join(FIXTURES, name));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(fn, what, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

suite('WireDiff in desktop VS Code', () => {
  let api;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('wirediff.wirediff');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    // Without a folder the canonical is remembered for the session only.
    await vscode.commands.executeCommand('wirediff.setCanonical', fixture('000_1182527190e42008.txt'));
  });

  teardown(async () => {
    await vscode.commands.executeCommand('wirediff.clear');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('compares 001 with the canonical: the mistranslation and a dropped clause', async () => {
    const uri = fixture('001_94cd0f0ecb5b3726.txt');
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('wirediff.compareWithCanonical');
    const c = await until(() => api.comparisonFor(uri), 'the comparison');
    assert.ok(c.discrepancies.some((d) => d.kind === 'mistranslation' && /constants/.test(d.to ?? '')));
    assert.ok(c.discrepancies.some((d) => d.kind === 'clause' && /adding the fighters/.test(d.from ?? '')));
  });

  test('002: the PMF denial is a high-severity finding', async () => {
    const uri = fixture('002_f1816af3885112a0.txt');
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('wirediff.compareWithCanonical');
    const c = await until(() => api.comparisonFor(uri), 'the comparison');
    const pmf = c.discrepancies.find((d) => /Popular Mobilisation Forces said no group/.test(d.to ?? ''));
    assert.ok(pmf);
    assert.equal(pmf.severity, 'high');
  });

  test('next discrepancy moves the selection; an edit is compared again', async () => {
    const uri = fixture('001_94cd0f0ecb5b3726.txt');
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('wirediff.compareWithCanonical');
    await until(() => api.comparisonFor(uri), 'the comparison');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('wirediff.nextDiscrepancy');
    assert.ok(!editor.selection.start.isEqual(new vscode.Position(0, 0)) || !editor.selection.isEmpty);
    // Live update: the added sentence shows up after the debounce.
    await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' The spokesman denied everything.'));
    await until(() => api.comparisonFor(uri)?.discrepancies.some((d) => /spokesman denied/.test(d.to ?? '')), 'the live update');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
