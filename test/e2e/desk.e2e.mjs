// End-to-end test of a copy desk's session in a real VS Code (code-server + headless
// Chromium): a figure restated in a sentence the aligner did not link (both sentences shown
// exactly, in the hover and the panel, and "show in canonical" selecting the canonical's
// figure); a saved web page whose omitted sentence goes back in from the light bulb, as the
// page reads it; and a version of a folder run rewritten on disk by another program while
// no editor holds it, whose new finding reaches the coverage matrix. Run it with
// `npm run test:e2e`. The texts are the test's own; the expectations come from the engine.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { noteRead, withVSCode, slow } from './harness.mjs';
import { VSIX, comparedLine, extensionHostErrors, highlightsOn, logCount, matrixFrame, panelEntries, panelFrame, quickFix, skip, statusText, waitFor } from './common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TUNE = path.join(ROOT, 'test', 'fixtures', 'families', 'tune', 'aceh-relief-reports');

/** The ferry story: a wire text, and a saved page of it that drops a sentence. */
const FERRY_WIRE = [
  'The ferry left the island port at dawn on Saturday with 212 passengers on board, the coast guard said.',
  'It ran aground on a reef two hours later in heavy seas.',
  'Fishing boats took the first survivors ashore before noon.',
].join('\n\n');
const FERRY_PAGE = [
  '<!doctype html><html><head><title>Ferry runs aground</title></head><body>',
  '<article><h1>Ferry runs aground off the island</h1>',
  '<p>The ferry left the island port at dawn on Saturday with 212 passengers on board, the coast guard said.</p>',
  '<p>Fishing boats took the first survivors ashore before noon.</p>',
  '</article></body></html>',
].join('\n');
const OMITTED = 'It ran aground on a reef two hours later in heavy seas.';

function compareJson(canonical, article) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'compare', '-c', canonical, article, '-f', 'json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** The line (1-based) and column of `needle` in a file's text. */
function where(text, needle) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return { line: text.slice(0, i).split('\n').length, column: i - text.lastIndexOf('\n', i - 1) };
}

test('a copy desk in a real VS Code: a figure restated elsewhere, an omitted sentence put back into a saved page, a version rewritten on disk', { skip, timeout: slow(600_000) }, async (t) => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-e2e-desk-'));
  t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
  const wire = path.join(workspace, 'wire.txt');
  const update = path.join(workspace, 'update.txt');
  fs.copyFileSync(path.join(TUNE, 'aceh-relief-reports_0.txt'), wire);
  fs.copyFileSync(path.join(TUNE, 'aceh-relief-reports_1.txt'), update);
  const ferryDir = path.join(workspace, 'ferry');
  fs.mkdirSync(ferryDir);
  fs.writeFileSync(path.join(ferryDir, 'ferry-wire.txt'), FERRY_WIRE);
  fs.writeFileSync(path.join(ferryDir, 'ferry.html'), FERRY_PAGE);
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'wirediff.canonical': 'wire.txt', '[plaintext]': { 'editor.wordWrap': 'on' } }, null, 2));

  const engine = compareJson(wire, update);
  const cross = engine.discrepancies.find((d) => d.alignment === null && d.canonical.length && d.article.length && d.canonicalSpans.length && d.articleSpans.length);
  assert.ok(cross, 'the engine reports a figure restated in a sentence it did not link');
  const wireText = fs.readFileSync(wire, 'utf8');
  const updateText = fs.readFileSync(update, 'utf8');
  const canonicalSentence = wireText.slice(engine.canonical.sentences[cross.canonical[0]].start, engine.canonical.sentences[cross.canonical[0]].end);
  const articleSentence = updateText.slice(engine.article.sentences[cross.article[0]].start, engine.article.sentences[cross.article[0]].end);
  const figure = updateText.slice(cross.articleSpans[0].start, cross.articleSpans[0].end);
  const canonicalFigure = wireText.slice(cross.canonicalSpans[0].start, cross.canonicalSpans[0].end);

  await withVSCode({ workspace, vsix: VSIX, viewport: { width: 1600, height: 1000 } }, async (vsc, server) => {
    await vsc.step('a figure restated in another sentence: marked, and both sentences shown exactly in the hover and the panel', async () => {
      await vsc.openFile('update.txt');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await waitFor(async () => /\d/.test(await statusText(vsc)) && (await highlightsOn(vsc, figure.split(/\W+/).pop())).length > 0, `the figure "${figure}" marked`, 60_000);
      const at = where(updateText, figure);
      const hover = await vsc.hoverText({ line: at.line, column: at.column + 1 });
      const flat = (s) => s.replace(/\s+/g, ' ');
      assert.ok(flat(hover).includes(flat(canonicalSentence)), `the hover quotes the canonical sentence: ${hover}`);
      assert.ok(flat(hover).includes(cross.reason.slice(0, 40)), hover);
      await vsc.runCommand('WireDiff: Show Discrepancies');
      const frame = await panelFrame(vsc, cross.reason.slice(0, 30));
      const entry = (await panelEntries(frame)).find((e) => e.id === cross.id);
      assert.ok(entry, 'the finding is in the panel');
      assert.ok(entry.text.includes(canonicalSentence) && entry.text.includes(articleSentence), `both sentences, exactly: ${entry.text}`);
      await vsc.screenshot('60-cross-sentence');
      // "Show in canonical" opens the canonical beside the article (the focus stays in the article) with its figure selected.
      await frame.hover(`.entry[data-id="${cross.id}"]`);
      await frame.click(`.entry[data-id="${cross.id}"] button[title="Show in canonical"]`);
      // The selection's words once they are the figure: the canonical opens with its cursor at the start and is given the
      // selection after (and drawn rows may lag it): a read at once can see no selection, or the words under another.
      const shown = await waitFor(
        async (saw) => {
          const under = saw(
            await vsc.page.$$eval('.editor-group-container', (gs) => {
              for (const g of gs) {
                if (!/wire\.txt/.test(g.querySelector('.tab.active')?.textContent ?? '')) continue;
                const sel = [...g.querySelectorAll('.view-overlays .selected-text')];
                if (!sel.length) return null;
                // The text under the selection: the rendered line at the selection's height, cut at its box.
                const box = sel[0].getBoundingClientRect();
                for (const line of g.querySelectorAll('.view-lines .view-line')) {
                  const r = line.getBoundingClientRect();
                  if (r.top > box.top + 2 || r.bottom < box.bottom - 2) continue;
                  const range = document.createRange();
                  let out = '';
                  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    for (let i = 0; i < n.textContent.length; i++) {
                      range.setStart(n, i);
                      range.setEnd(n, i + 1);
                      const c = range.getBoundingClientRect();
                      if (c.left >= box.left - 1 && c.right <= box.right + 1) out += n.textContent[i];
                    }
                  }
                  return out.replace(/\u00a0/g, ' ');
                }
              }
              return null;
            }),
          );
          return under === canonicalFigure ? under : null;
        },
        `wire.txt beside, with "${canonicalFigure}" selected`,
      );
      assert.equal(shown, canonicalFigure);
    });

    await vsc.step('a saved web page: the light bulb puts the omitted sentence back as the page reads it', async () => {
      await vsc.openFile('ferry-wire.txt');
      await vsc.runCommand('WireDiff: Set as Canonical');
      await vsc.openFile('ferry.html');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await waitFor(async () => (await vsc.decorationTexts()).some((d) => d.text.includes('It ran aground')), 'the ghost note of the omitted sentence', 60_000);
      // The ghost note stands where the sentence was dropped: before the next paragraph's words.
      const at = where(FERRY_PAGE, 'Fishing boats');
      await vsc.goToLine(at.line, at.column);
      const compared = () => logCount(server.profile.userDataDir, comparedLine('ferry.html'));
      const comparedBefore = await waitFor(compared, 'the comparison of the page in the log', 30_000);
      await quickFix(vsc, 'Insert the omitted sentence here');
      await vsc.pressInEditor('Control+S');
      const saved = await waitFor(() => {
        const s = fs.readFileSync(path.join(ferryDir, 'ferry.html'), 'utf8');
        return s.includes(OMITTED) ? s : null;
      }, 'the page saved with the sentence');
      assert.ok(saved.includes(`<p>${OMITTED}</p>`), `a paragraph of its own: ${saved}`);
      assert.equal(saved.replace(`<p>${OMITTED}</p>`, '').replace(/\s+/g, ''), FERRY_PAGE.replace(/\s+/g, ''), 'nothing else changed');
      // Compared again: the comparison's end is logged. (The note alone could be gone half-way: the hints are asked for
      // again after each edit, and drawn again some time after.)
      await waitFor(async () => compared() > comparedBefore, 'the page compared again', 60_000);
      await waitFor(async () => !(await vsc.decorationTexts()).some((d) => d.text.includes('It ran aground')), 'the ghost note gone (compared again)', 60_000);
      await vsc.screenshot('61-page-insert');
    });

    await vsc.step('a version rewritten on disk while closed is compared again, and the matrix shows its finding', async () => {
      fs.writeFileSync(path.join(ferryDir, 'ferry-copy.txt'), FERRY_WIRE);
      await vsc.openFile('ferry-wire.txt');
      await vsc.runCommand('WireDiff: Compare All Files in Folder');
      let m = await matrixFrame(vsc);
      const cells = async () => noteRead('cells', await m.$$eval('.grid .row', (rows) => rows.map((r) => (r.querySelector('.txt')?.textContent ?? '') + ' ' + [...r.querySelectorAll('.cell')].map((c) => c.className).join(' '))));
      await waitFor(async () => (await cells()).some((r) => r.includes('212 passengers')), 'the matrix');
      // Another program rewrites the copy: 212 → 180.
      fs.writeFileSync(path.join(ferryDir, 'ferry-copy.txt'), FERRY_WIRE.replace('212', '180'));
      const row = await waitFor(async () => {
        m = await matrixFrame(vsc);
        const rows = await cells();
        const r = rows.find((x) => x.includes('212 passengers'));
        return r && /sev-high|sev-medium/.test(r) && !(await m.$('.banner.stale')) ? r : null;
      }, 'the rewritten copy\'s finding in the matrix, not out of date', 60_000);
      assert.ok(row);
      await vsc.screenshot('62-matrix-after-disk-change');
    });

    const ours = vsc.extensionConsoleErrors();
    assert.deepEqual(ours, [], `WireDiff's own console errors: ${ours.join('\n')}`);
    assert.deepEqual(extensionHostErrors(server.profile.root), []);
  });
});
