// End-to-end test of WireDiff in Restricted Mode (an untrusted workspace, as code-server
// opens a folder here) in a real VS Code: the folder's own .vscode/settings.json names a file
// outside the folder as the canonical text; WireDiff does not read it, says why in one
// message, compares nothing and logs no error; a canonical inside the folder is compared as
// usual; once the user trusts the folder, an article whose canonical was refused (and that has
// no comparison to come back to) is compared by itself. A restricted setting the folder sets
// (`wirediff.showDismissed`) is ignored until the folder is trusted: a finding dismissed stays
// hidden, then shows. Run it with `npm run test:e2e`. The texts are the test's own.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withVSCode, slow } from './harness.mjs';
import { VSIX, extensionHostErrors, notificationTexts, panelEntries, panelFrame, skip, statusText, waitFor } from './common.mjs';

const WIRE = 'The river burst its banks on Sunday and flooded at least 300 homes, the fire service said.';
const COPY = 'The river burst its banks on Sunday and flooded 300 homes, the fire service said.';
const SECOND = 'The river burst its banks on Monday and flooded at least 300 homes, the fire service said.';

test('Restricted Mode: a canonical outside the folder named by its settings is not read, and says why; one inside is compared; a restricted setting of the folder is ignored; trusted, the article is compared again and the setting applies', { skip, timeout: slow(600_000) }, async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-e2e-restricted-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const workspace = path.join(root, 'story');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  // A private file beside the folder: the folder's settings point at it.
  fs.writeFileSync(path.join(root, 'private-notes.txt'), WIRE);
  fs.writeFileSync(path.join(workspace, 'wire.txt'), WIRE);
  fs.writeFileSync(path.join(workspace, 'copy.txt'), COPY);
  fs.writeFileSync(path.join(workspace, 'second.txt'), SECOND);
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'wirediff.canonical': '../private-notes.txt' }, null, 2));

  await withVSCode({ workspace, vsix: VSIX }, async (vsc, server) => {
    await vsc.step('the canonical outside the folder is refused with the reason', async () => {
      await vsc.openFile('copy.txt');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const said = await waitFor(async () => (await notificationTexts(vsc)).find((s) => /Restricted Mode/.test(s)), 'the Restricted Mode message');
      assert.match(said, /private-notes\.txt/);
      assert.doesNotMatch(await statusText(vsc), /\d+ high/, 'nothing is compared, so nothing is counted');
      await vsc.screenshot('restricted-01-refused');
      await vsc.dismissNotifications();
    });

    await vsc.step('a canonical inside the folder is compared as usual', async () => {
      // The folder also asks to show dismissed findings: a restricted setting, not read until trusted.
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'wirediff.canonical': 'wire.txt', 'wirediff.showDismissed': true }, null, 2));
      // The setting's change reaches the window (the settings file is watched).
      await waitFor(async () => {
        await vsc.dismissNotifications();
        await vsc.runCommand('WireDiff: Compare with Canonical');
        const counted = () => statusText(vsc).then((s) => /\d+ high · \d+ medium · \d+ low/.test(s));
        return waitFor(counted, 'the counts', 5_000).then(() => true, () => false);
      }, 'the article compared with wire.txt', 90_000);
      // The dropped "at least" before 300: one high finding.
      assert.match(await statusText(vsc), /1 high · 0 medium · 0 low/);
      await vsc.screenshot('restricted-02-compared');
    });

    await vsc.step('the folder\'s wirediff.showDismissed is ignored in Restricted Mode: a dismissed finding stays hidden', async () => {
      const frame = await panelFrame(vsc, 'copy.txt', 60_000);
      const [entry] = await panelEntries(frame);
      assert.ok(entry, 'the finding is listed');
      // The entry's buttons show on hover (or focus).
      await frame.hover(`.entry[data-id="${entry.id}"]`);
      await frame.click(`.entry[data-id="${entry.id}"] button.dismiss`);
      await waitFor(async () => /\.wirediff/.test(fs.readdirSync(workspace).join(' ')), '.wirediff/verdicts.json written', 30_000);
      await waitFor(async () => (await panelEntries(frame)).every((e) => e.hidden), 'the dismissed finding hidden in the panel, as if the setting were unset', 30_000);
      assert.equal(await frame.$eval('.show-dismissed', (e) => e.checked).catch(() => null), false, 'the panel\'s "Show dismissed" is not ticked');
      // Nor counted: the status bar is redrawn on its own, some time before or after the panel.
      await waitFor(async () => !/1 high/.test(await statusText(vsc)), 'the dismissed finding not counted in the status bar', 30_000);
      await vsc.screenshot('restricted-02b-setting-ignored');
    });

    await vsc.step('the workspace trusted, an article refused its canonical is compared by itself', async () => {
      // Back to the canonical outside the folder; a second article, never compared, is refused.
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'wirediff.canonical': '../private-notes.txt', 'wirediff.showDismissed': true }, null, 2));
      await waitFor(async () => /out of date|not compared/.test(await statusText(vsc)), 'the comparison out of date', 60_000);
      await vsc.dismissNotifications();
      await vsc.openFile('second.txt');
      await waitFor(async () => {
        await vsc.runCommand('WireDiff: Compare with Canonical');
        return waitFor(async () => (await notificationTexts(vsc)).some((x) => /Restricted Mode/.test(x)), 'the refusal', 5_000).then(() => true, () => false);
      }, 'the second article refused', 60_000);
      assert.doesNotMatch(await statusText(vsc), /\d+ high/);
      await vsc.dismissNotifications();
      // The user trusts the folder in the Workspace Trust editor. The article had no comparison to
      // come back to: only WireDiff's answer to the trust granted compares it.
      await vsc.runCommand('Workspaces: Manage Workspace Trust');
      const trust = vsc.page.getByRole('button', { name: /^Trust( Folder)?$/ }).first();
      await trust.waitFor({ timeout: 30_000 });
      await trust.click();
      await vsc.page.getByText(/You trust this (folder|workspace)/i).first().waitFor({ timeout: 30_000 });
      await vsc.screenshot('restricted-03-trusted');
      await vsc.page.keyboard.press('Escape');
      await vsc.openFile('second.txt');
      await waitFor(async () => /0 high · 1 medium · 0 low|\d+ high · \d+ medium · \d+ low/.test(await statusText(vsc)), 'the second article compared with ../private-notes.txt', 60_000);
      const frame = await panelFrame(vsc, 'second.txt', 60_000);
      // The panel names the article before its findings arrive (it said why it was refused): wait for them.
      await waitFor(async () => (await panelEntries(frame)).length > 0, 'the panel listing its findings', 60_000);
      await vsc.screenshot('restricted-04-compared-after-trust');
    });

    await vsc.step('trusted, the folder\'s wirediff.showDismissed applies: the dismissed finding shows, marked', async () => {
      await vsc.openFile('copy.txt');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const frame = await panelFrame(vsc, 'copy.txt', 60_000);
      const shown = await waitFor(async () => (await panelEntries(frame)).find((e) => e.verdict === 'dismissed' && !e.hidden), 'the dismissed finding shown', 60_000);
      assert.match(shown.text, /Dismissed/);
      await vsc.screenshot('restricted-05-setting-applies');
    });

    assert.deepEqual(extensionHostErrors(server.profile.root), []);
  });
});
