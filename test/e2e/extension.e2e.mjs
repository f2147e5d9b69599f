// End-to-end test of the packaged WireDiff extension in a real VS Code
// (code-server) driven by headless Chromium. Run it with `npm run test:e2e`
// (scripts/e2e.sh builds and packages wirediff.vsix and installs the tools).
//
//   WIREDIFF_VSIX=path/to.vsix   test that package instead of ./wirediff.vsix
//   E2E_REQUIRED=1               fail (instead of skip) when the tools are missing
//
// Screenshots go to test/e2e/screenshots/ (gitignored).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { loadFactor, noteRead, withVSCode, slow } from './harness.mjs';
import {
  CANONICAL,
  FIXTURES,
  activeTab,
  VSIX,
  assertNoWireDiffErrors,
  findLog,
  highlightsOn,
  logCount,
  makeWorkspace as seedWorkspace,
  matrixFrame,
  notificationTexts,
  panelEntries,
  panelFrame,
  skip,
  statusText,
  waitFor,
} from './common.mjs';

const XSS_FILE = 'zz_untrusted_markup.txt';
const LONG_FILE = 'zz_long_article.txt';
const CRLF_FILE = 'zz_windows_line_ends.txt';
const EMPTY_FILE = 'zz_empty.txt';
const LATIN1_FILE = 'zz_latin1.txt';
const PAGE_FILE = 'zz_saved_page.html';
const CHROME_PAGE_FILE = 'zz_saved_page_with_chrome.html';
/** Words of the chrome around the article in CHROME_PAGE_FILE: none of them is news. */
const CHROME_WORDS = /cookie|Related stories|tariff threats|penalty shootout|Reader comments|morning briefing|All rights reserved|Share this article/i;
const XSS_LINE = 'Officials said <img src=x onerror="document.title=\'PWNED\'"> and <script>document.title="PWNED"</script> were planted in this copy.';

/** A temp copy of the seed articles with 000 preset as the canonical text, plus an article carrying markup. */
function makeWorkspace() {
  const dir = seedWorkspace('wirediff-e2e-ws-', { 'wirediff.largeFileThreshold': 100 });
  // The canonical with one extra sentence that carries HTML: it must show as text.
  const canonical = fs.readFileSync(path.join(FIXTURES, CANONICAL), 'utf8');
  const paras = canonical.split('\n\n');
  paras.splice(2, 0, XSS_LINE);
  fs.writeFileSync(path.join(dir, XSS_FILE), paras.join('\n\n'));
  // A long article (~1,000 sentences, ~140 KB): the seed copies one after another.
  const copies = ['001_94cd0f0ecb5b3726.txt', '002_f1816af3885112a0.txt', '003_5ae77616bcd281ad.txt', '004_bea1bbb3ff51d658.txt'].map((f) =>
    fs.readFileSync(path.join(FIXTURES, f), 'utf8'),
  );
  let long = '';
  for (let k = 0; long.length < 140_000; k++) long += `Part ${k + 1}\n\n${copies[k % copies.length]}\n\n`;
  fs.writeFileSync(path.join(dir, LONG_FILE), long);
  // The 001 copy with Windows line ends, and an empty file.
  fs.writeFileSync(path.join(dir, CRLF_FILE), fs.readFileSync(path.join(FIXTURES, '001_94cd0f0ecb5b3726.txt'), 'utf8').replace(/\r?\n/g, '\r\n'));
  fs.writeFileSync(path.join(dir, EMPTY_FILE), '');
  // A copy saved in Latin-1 (é as one byte): not UTF-8, so the editor shows � in its place.
  fs.writeFileSync(path.join(dir, LATIN1_FILE), Buffer.from('Caf\xe9 owners in the capital said the fighters crossed on Sunday night.\n', 'latin1'));
  // The 001 copy as a saved web page: head, navigation, a script, links, character references.
  const esc = (x) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/’/g, '&rsquo;');
  const copyParas = fs
    .readFileSync(path.join(FIXTURES, '001_94cd0f0ecb5b3726.txt'), 'utf8')
    .split(/\n+/)
    .filter((p) => p.trim());
  const asHtml = (ps) => ps.map((p) => `<p>\n  ${esc(p).replace(/\bIran\b/, '<a href="/tag/iran">Iran</a>')}\n</p>`).join('\n');
  const body = asHtml(copyParas);
  fs.writeFileSync(
    path.join(dir, PAGE_FILE),
    `<!DOCTYPE html>\n<html><head><title>Copy</title><script>var x = "</p>";</script></head>\n<body><nav><a href="/">Home</a></nav>\n<article>\n${body}\n</article>\n<footer>Subscribe</footer></body></html>\n`,
  );
  // The same copy saved with the chrome of a real news page around it: a cookie notice, a share
  // bar, related stories, a comments section, a newsletter box. Only the article is news.
  fs.writeFileSync(
    path.join(dir, CHROME_PAGE_FILE),
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Iraqi fighters cross into Syria | Example News</title></head>\n<body>\n` +
      `<div class="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing you accept our cookie policy.</p><button>Accept all cookies</button></div>\n` +
      `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>\n` +
      `<main><article>\n<h1>${esc(copyParas[0])}</h1>\n<div class="share">Share this article on Facebook, Twitter and WhatsApp</div>\n${asHtml(copyParas.slice(1))}\n</article>\n` +
      `<aside class="related"><h2>Related stories</h2><ul>` +
      `<li><a href="/a">Markets slide as investors weigh the latest round of tariff threats from Washington</a></li>` +
      `<li><a href="/b">Storm leaves thousands without power along the coast as crews work through the night</a></li>` +
      `<li><a href="/c">Champions league holders knocked out after a dramatic penalty shootout in Madrid</a></li></ul></aside>\n` +
      `<section class="comments"><h2>Comments</h2><p>Reader comments are moderated and may take a few minutes to appear below this story.</p></section>\n` +
      `<div class="newsletter"><p>Sign up for our morning briefing and get the top stories delivered to your inbox every day.</p></div></main>\n` +
      `<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>\n</body></html>\n`,
  );
  return dir;
}

/** Hover over a ghost note (an inlay hint, or an `after` decoration, whose text matches `re`) and return the hover's text. */
async function hoverGhost(vsc, re, want = /./, timeoutMs = 15_000) {
  await vsc.page.mouse.move(1, 1);
  await vsc.page.keyboard.press('Escape');
  const pt = await vsc.page.$$eval(
    '.editor-instance .monaco-editor .view-lines span',
    (spans, src) => {
      const rx = new RegExp(src);
      for (const s of spans) {
        // An inlay hint: its label is the span's own text.
        if (/dyn-rule/.test(s.className) && rx.test(s.textContent.replace(/\u00a0/g, ' '))) {
          const r = s.getBoundingClientRect();
          return { x: r.left + Math.min(60, r.width / 2), y: r.top + r.height / 2 };
        }
        const c = getComputedStyle(s, '::after').content;
        if (c && c !== 'none' && rx.test(c)) {
          const r = s.getBoundingClientRect(); // includes the ::after text
          return { x: r.left + Math.min(60, r.width / 2), y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    re.source,
  );
  assert.ok(pt, `a ghost note matching ${re}`);
  await vsc.page.mouse.move(pt.x - 4, pt.y);
  await vsc.page.mouse.move(pt.x, pt.y, { steps: 3 });
  return waitFor(async () => {
    const texts = await vsc.page.$$eval('.monaco-hover', (els) =>
      els
        .filter((e) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => e.innerText.trim())
        .filter(Boolean),
    );
    noteRead('hovers', texts);
    // The hover fills in part by part (a provider's part may show before WireDiff's): the one that holds `want`.
    return texts.find((x) => !/^Loading/.test(x) && want.test(x)) ?? null;
  }, `the hover of the ghost note, with ${want}`, timeoutMs);
}

test('WireDiff in a real VS Code: compare, decorations, hover, panel, escaping', { skip, timeout: slow(600_000) }, async (t) => {
  const workspace = makeWorkspace();
  t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
  const t0 = Date.now();
  await withVSCode({ workspace, vsix: VSIX, viewport: { width: 1600, height: 1000 } }, async (vsc, server) => {
    t.diagnostic(`workbench ready after ${Date.now() - t0} ms`);

    // --- 001: the machine-translated copy ---------------------------------
    await vsc.step('compare 001', async () => {
      await vsc.openFile('001_94cd0f0ecb5b3726.txt');
      const tc = Date.now();
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await vsc.waitForDecoration(/^−adding the fighters/);
      t.diagnostic(`001 decorated ${Date.now() - tc} ms after the command`);
    });

    await vsc.step('ghost note of omitted words in 001', async () => {
      const ghosts = await vsc.decorationTexts();
      const dropped = ghosts.find((d) => /^−adding the fighters/.test(d.text));
      assert.ok(dropped, `ghost note for the lost clause; seen ${JSON.stringify(ghosts.map((g) => g.text))}`);
      assert.equal(dropped.line, 4);
      // At the end of its line, after the article's words (view/ghostNotes.ts): an inlay hint, which VS Code wraps with the line.
      assert.equal(dropped.pseudo, 'injected');
    });

    await vsc.step('"constants" highlighted', async () => {
      const spans = await waitFor(async () => {
        const s = await highlightsOn(vsc, 'constants');
        return s.length ? s : null;
      }, 'a decoration on "constants"');
      // The highlight is the word, not the whole line.
      assert.ok(spans.some((s) => s.width < s.wordWidth * 1.5), JSON.stringify(spans));
    });

    let frame;
    await vsc.step('panel lists the mistranslation', async () => {
      frame = await panelFrame(vsc, 'constants');
      const entries = await panelEntries(frame);
      const mis = entries.find((e) => e.kind === 'mistranslation' && /constants/.test(e.text));
      assert.ok(mis, `mistranslation entry; saw kinds ${entries.map((e) => e.kind).join(',')}`);
      assert.match(mis.text, /constellation/);
      // Most serious first.
      const order = { high: 0, medium: 1, low: 2 };
      const groups = await frame.$$eval('details.group', (ds) => ds.map((d) => d.className));
      assert.ok(groups.length > 3, 'grouped by kind');
      assert.ok(order[entries[0].severity] === 0, 'the first entry is high severity');
      // A finding between sentences the alignment does not link (the dateline for another) shows
      // the canonical's own sentence, exactly, and is not said to be missing from the canonical.
      const quotes = await frame.$$eval('.entry', (els) =>
        els.map((e) => ({ kind: e.dataset.kind, sides: [...e.querySelectorAll('.quote .side')].map((x) => x.textContent), wire: [...e.querySelectorAll('.quote.wire.sentence .text')].map((x) => x.textContent) })),
      );
      for (const q of quotes.filter((x) => !['added', 'boilerplate', 'omitted'].includes(x.kind))) {
        assert.ok(!q.sides.some((x) => /not in the canonical/i.test(x)), `a ${q.kind} finding said to be missing from the canonical: ${JSON.stringify(q)}`);
      }
      const canonicalText = fs.readFileSync(path.join(workspace, CANONICAL), 'utf8');
      const elsewhere = quotes.filter((x) => x.wire.length);
      assert.ok(elsewhere.length > 0, 'a finding between unlinked sentences shows the canonical sentence');
      for (const q of elsewhere) for (const w of q.wire) assert.ok(w && canonicalText.includes(w), `not the canonical's text: ${w}`);
      await vsc.screenshot('01-compare-001');
    });

    await vsc.step('hover shows the canonical sentence', async () => {
      const text = await vsc.hoverText({ text: 'constants' });
      assert.match(text, /Iran’s constellation of allied regional militia groups has long been integral/);
      assert.match(text, /Mistranslation/);
      assert.match(text, /Reveal in canonical/);
      assert.match(text, /Dismiss/);
      await vsc.screenshot('02-hover-001');
    });

    await vsc.step('search and severity filters in the panel', async () => {
      await frame.fill('input.search', 'constellation');
      await waitFor(async () => {
        const vis = (await panelEntries(frame)).filter((e) => !e.hidden);
        return vis.length > 0 && vis.every((e) => /constellation/i.test(e.text)) ? vis : null;
      }, 'search to filter the entries');
      await frame.fill('input.search', '');
      await frame.click('button.sev-toggle.sev-low');
      await waitFor(async () => {
        const all = await panelEntries(frame);
        return all.filter((e) => e.severity === 'low').every((e) => e.hidden) && all.some((e) => !e.hidden) ? all : null;
      }, 'the low-severity toggle to hide low entries');
      await frame.click('button.sev-toggle.sev-low');
    });

    await vsc.step('click in the panel reveals the finding in the editor', async () => {
      const mis = await frame.$('.entry[data-kind="mistranslation"]');
      await mis.click();
      await waitFor(async () => {
        const sel = await vsc.page.$$eval('.editor-instance .monaco-editor .selected-text', (e) => e.length);
        return noteRead('selected-text boxes', sel) > 0;
      }, 'a selection in the editor');
    });

    await vsc.step('dismiss from the panel, then restore', async () => {
      const before = /(\d+) high · (\d+) medium · (\d+) low/.exec(await statusText(vsc));
      assert.ok(before, 'status bar counts');
      const mis = await frame.$('.entry[data-kind="mistranslation"]');
      const sev = await mis.getAttribute('data-severity');
      await mis.hover();
      await frame.click('.entry[data-kind="mistranslation"] button.dismiss');
      await waitFor(async () => {
        const e = (await panelEntries(frame)).find((x) => x.kind === 'mistranslation');
        return e && e.hidden;
      }, 'the dismissed entry to be hidden');
      const idx = { high: 1, medium: 2, low: 3 }[sev];
      await waitFor(async () => {
        const now = /(\d+) high · (\d+) medium · (\d+) low/.exec(await statusText(vsc));
        return now && Number(now[idx]) === Number(before[idx]) - 1;
      }, 'the status bar count to drop by one');
      assert.equal((await highlightsOn(vsc, 'constants')).length, 0, 'the dismissed finding is no longer decorated');
      await vsc.runCommand('WireDiff: Restore Dismissed Findings');
      await waitFor(async () => (await highlightsOn(vsc, 'constants')).length > 0, 'the restored decoration');
      frame = await panelFrame(vsc, 'constants');
    });

    await vsc.step('next discrepancy (Alt+F9) moves the cursor', async () => {
      await vsc.focusEditor();
      await vsc.page.keyboard.press('Alt+F9');
      await waitFor(async () => {
        const msg = await statusText(vsc);
        return /\d+\/\d+ · /.test(msg) ? msg : null;
      }, 'the status bar message of the next discrepancy');
    });

    await vsc.step('status bar counts', async () => {
      const txt = await vsc.page.$eval('#wirediff\\.wirediff\\.wirediff\\.status, [id$="wirediff.status"]', (e) => e.textContent).catch(() => null);
      const all = txt ?? (await statusText(vsc));
      assert.match(all, /\d+ high · \d+ medium · \d+ low/);
    });

    await vsc.step('live update: an edit is compared again after a pause', async () => {
      const before = (await panelEntries(frame)).length;
      await vsc.focusEditor();
      await vsc.page.keyboard.press('Control+End');
      const typed = ' The spokesman denied that any fighter was killed.';
      await vsc.page.keyboard.type(typed, { delay: 5 });
      // Every key arrived (the deletion below counts them): the whole sentence is in the editor.
      await waitFor(async () => (await vsc.editorText()).replace(/\s+/g, '').includes(typed.replace(/\s+/g, '')), 'the typed sentence in the editor');
      frame = await panelFrame(vsc, 'spokesman denied');
      const after = (await panelEntries(frame)).length;
      assert.ok(after > before, `a finding for the typed sentence (${before} -> ${after})`);
      await vsc.screenshot('08-live-edit');
      // Delete the sentence again: back to the original findings.
      // Each key once the editor holds the focus (a key lost would leave a character of the sentence).
      await vsc.pressInEditor('Control+End');
      for (let i = 0; i < typed.length; i++) await vsc.pressInEditor('Shift+ArrowLeft');
      await vsc.pressInEditor('Delete');
      await waitFor(async () => {
        const es = await panelEntries(frame).catch(() => []);
        return es.length === before && !es.some((e) => /spokesman denied/.test(e.text));
      }, 'the findings of the saved text after undo');
    });

    await vsc.step('open the canonical side by side at the matching sentence', async () => {
      await vsc.focusEditor();
      await vsc.goToLine(5, 10);
      await vsc.runCommand('WireDiff: Open Canonical Side by Side');
      await waitFor(async () => noteRead('editor groups', (await vsc.page.$$('.editor-group-container')).length) >= 2, 'a second editor group');
      await waitFor(
        async () => noteRead('tabs', await vsc.page.$$eval('.tab', (tabs) => tabs.map((t) => t.textContent))).some((x) => x.includes(CANONICAL)),
        'the canonical tab',
      );
      // The canonical editor selects the sentence that 001's line 5 renders.
      const sel = await waitFor(async () => {
        const lines = noteRead('groups', await vsc.page.$$eval('.editor-group-container', (gs) =>
          gs.map((g) => (g.querySelector('.view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ')),
        ));
        return lines.some((l) => /Iran.s constellation of allied regional militia groups/.test(l)) ? lines : null;
      }, 'the canonical sentence in view');
      assert.ok(sel);
      await vsc.screenshot('09-side-by-side');
      await vsc.runCommand('View: Close Editors in Other Groups');
    });

    await vsc.step('copy the findings as Markdown from the panel, and as plain text from the palette', async () => {
      await vsc.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl }).catch(() => undefined);
      const clipboard = async () => noteRead('clipboard', await vsc.page.evaluate(() => navigator.clipboard.readText()).catch(() => ''));
      const panel = await panelFrame(vsc, 'constants');
      await panel.click('button.copy-markdown');
      await waitFor(async () => (await notificationTexts(vsc)).find((x) => /clipboard as Markdown/.test(x)), 'the copy to be confirmed');
      const md = await waitFor(async () => ((await clipboard()).startsWith('# WireDiff report') ? clipboard() : null), 'Markdown on the clipboard');
      // Markdown escapes (\_, \.) undone, as a CMS renders them.
      const rendered = md.replace(/\\(.)/g, '$1');
      assert.match(rendered, /^# WireDiff report: 001_94cd0f0ecb5b3726\.txt$/m);
      assert.match(rendered, /\*\*000_1182527190e42008\.txt\*\*/, 'names the canonical');
      assert.match(rendered, /^ {2}- article: \*\*constants\*\*$/m);
      await vsc.dismissNotifications();
      await vsc.focusEditor();
      await vsc.runCommand('WireDiff: Copy Findings as Plain Text (for an E-mail)');
      const text = await waitFor(async () => ((await clipboard()).startsWith('WireDiff: ') ? clipboard() : null), 'plain text on the clipboard');
      assert.match(text, /^WireDiff: 001_94cd0f0ecb5b3726\.txt, compared with the canonical 000_1182527190e42008\.txt$/m);
      assert.doesNotMatch(text, /\u001b/, 'no terminal colours');
      // Each quoted sentence is the file's own words, whole.
      const files = [CANONICAL, '001_94cd0f0ecb5b3726.txt'].map((f) => fs.readFileSync(path.join(workspace, f), 'utf8').replace(/\s+/g, ' '));
      const quoted = [...text.matchAll(/^ {6}([−+]) (.*)$/gm)];
      assert.ok(quoted.length > 3, text.slice(0, 400));
      for (const [, sign, q] of quoted) {
        for (const piece of q.split(' … ')) assert.ok(files[sign === '−' ? 0 : 1].includes(piece.trim()), `not the file's words: ${piece}`);
      }
      await vsc.dismissNotifications();
    });

    await vsc.step('export a Markdown report', async () => {
      await vsc.runCommand('WireDiff: Export Report…');
      // HTML or Markdown, this article or all versions: a quick pick.
      const rows = await waitFor(async () => {
        const r = await vsc.quickPickRows();
        return r.some((x) => /Markdown report: this article/.test(x.label)) ? r : null;
      }, 'the export choices');
      assert.ok(rows.some((x) => /HTML evidence report: this article/.test(x.label)), JSON.stringify(rows));
      await vsc.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown report: this article' }).first().click();
      // code-server's save dialog is a quick input with the proposed path: accept it.
      const box = vsc.page.locator('.quick-input-widget .quick-input-box input').first();
      await waitFor(async (saw) => /\.wirediff\.md$/.test(saw(await box.inputValue().catch(() => '(no box)'))), 'the save dialog');
      await vsc.page.keyboard.press('Enter');
      const report = path.join(workspace, '001_94cd0f0ecb5b3726.wirediff.md');
      // The report opens in the editor once it is written: a file read as soon as it exists may be empty, the write under way.
      await waitFor(async () => /wirediff\.md/.test(await activeTab(vsc)), 'the report to open');
      await waitFor(() => fs.existsSync(report), 'the report file');
      const md = fs.readFileSync(report, 'utf8');
      assert.match(md, /^# WireDiff/);
      assert.match(md, /constants/);
    });

    // --- 002: the longer Reuters feed with page chrome -------------------
    await vsc.step('002: PMF denial among the high-severity entries', async () => {
      await vsc.openFile('002_f1816af3885112a0.txt');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      frame = await panelFrame(vsc, 'Popular Mobilisation');
      const entries = await waitFor(async () => {
        const es = await panelEntries(frame);
        return es.some((e) => /Popular Mobilisation/.test(e.text)) ? es : null;
      }, 'the 002 entries');
      const pmf = entries.find((e) => /The head of Iraq's Popular Mobilisation Forces said no group/.test(e.text));
      assert.ok(pmf, 'PMF denial listed');
      assert.equal(pmf.severity, 'high');
      const highs = await frame.$$eval('.entry.sev-high', (els) => els.map((e) => e.textContent));
      assert.ok(highs.some((h) => /Popular Mobilisation Forces said no group/.test(h)));
      await vsc.goToLine(14, 200);
      await vsc.screenshot('03-compare-002');
    });

    // --- 004: a later version with an omitted sentence --------------------
    await vsc.step('004: ghost note of an omitted sentence', async () => {
      await vsc.openFile('004_bea1bbb3ff51d658.txt');
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const ghost = await vsc.waitForDecoration(/^⟂ omitted: “.+”/);
      assert.equal(ghost.pseudo, 'injected');
      // The note is cut short; its hover has the whole sentence.
      const hover = await hoverGhost(vsc, /⟂ omitted/, /Omitted sentence/);
      assert.match(hover, /Omitted sentence/);
      assert.match(hover, /These are fresh reinforcements being sent to aid our comrades on the front lines in the north/);
      await vsc.screenshot('04-compare-004-ghost-hover');
    });

    await vsc.step('the panel\'s “Choose Canonical…” offers the workspace\'s texts, never the article on screen', async () => {
      await vsc.openFile('003_5ae77616bcd281ad.txt');
      frame = await panelFrame(vsc, '003_5ae77616bcd281ad.txt');
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      const before = fs.readFileSync(settingsFile, 'utf8');
      await frame.click('button:has-text("Choose Canonical")');
      const rows = await waitFor(async () => {
        const r = await vsc.quickPickRows();
        return r.some((x) => /000_1182527190e42008\.txt/.test(x.label)) ? r : null;
      }, 'the list of texts to choose from');
      assert.ok(!rows.some((x) => /003_5ae77616bcd281ad\.txt/.test(x.label)), `the article on screen is not offered: ${rows.map((x) => x.label).join(' | ')}`);
      await vsc.page.keyboard.press('Escape');
      assert.equal(fs.readFileSync(settingsFile, 'utf8'), before, 'nothing chosen, nothing changed');
    });

    // --- untrusted markup ------------------------------------------------
    await vsc.step('markup in an article shows as text in the panel and the hover', async () => {
      await vsc.openFile(XSS_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      frame = await panelFrame(vsc, 'onerror');
      const probe = await frame.evaluate(() => ({
        imgs: document.querySelectorAll('#app img, #app script').length,
        text: document.getElementById('app').textContent,
        title: document.title,
      }));
      assert.equal(probe.imgs, 0, 'no element was created from article text');
      assert.ok(probe.text.includes('<img src=x onerror="document.title=\'PWNED\'">'), 'the markup is shown literally');
      assert.ok(probe.text.includes('<script>document.title="PWNED"</script>'));
      assert.notEqual(probe.title, 'PWNED');
      assert.notEqual(await vsc.page.title(), 'PWNED');
      const hover = await vsc.hoverText({ text: 'planted' });
      assert.match(hover, /<img src=x onerror=/);
      assert.equal(await vsc.page.$$eval('.monaco-hover img', (e) => e.length), 0);
      await vsc.screenshot('05-untrusted-markup');
    });

    // --- CRLF and bad input ---------------------------------------------------
    await vsc.step('Windows line ends: decorations land on the same words', async () => {
      await vsc.openFile(CRLF_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const ghost = await vsc.waitForDecoration(/^−adding the fighters/);
      assert.equal(ghost.line, 4);
      await waitFor(async () => (await highlightsOn(vsc, 'constants')).length > 0, 'the highlight on "constants" in the CRLF file');
      assert.match(await statusText(vsc), /CRLF/);
    });

    await vsc.step('a saved web page: compared by its text, marks on the words in its source', async () => {
      await vsc.openFile(PAGE_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const ghost = await vsc.waitForDecoration(/^−adding the fighters/);
      assert.ok(ghost.line > 4, `the ghost note is on the page's line of that paragraph (${ghost.line})`);
      const spans = await waitFor(async () => {
        const found = await highlightsOn(vsc, 'constants');
        return found.length ? found : null;
      }, 'the highlight on "constants" in the page');
      assert.ok(spans.some((x) => x.width < x.wordWidth * 1.5), 'the word, not its tags or line');
      const text = await vsc.hoverText({ text: 'constants' });
      assert.match(text, /Iran’s constellation of allied regional militia groups/);
      frame = await panelFrame(vsc, 'constants');
      const entries = await panelEntries(frame);
      assert.ok(!entries.some((e) => /<p>|&rsquo;|<a href/.test(e.text)), 'no markup in the panel');
      await vsc.screenshot('05b-saved-web-page');
    });

    await vsc.step('a saved news page: its chrome is dimmed, counted once, and never a finding', async () => {
      await vsc.openFile(CHROME_PAGE_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await vsc.waitForDecoration(/^−adding the fighters/);
      // Dimmed: the text of the editor's spans drawn with WireDiff's chrome decoration (opacity).
      // (Monaco splits a line into several spans and draws spaces as no-break spaces.)
      const dimmed = await waitFor(async () => {
        const texts = await vsc.page.$$eval('.editor-group-container.active .monaco-editor .view-lines span span', (spans) =>
          spans.filter((x) => Number(getComputedStyle(x).opacity) < 0.9).map((x) => x.textContent || ''),
        );
        const joined = noteRead('dimmed', texts.join('').replace(/\s+/g, ' '));
        return /cookie policy/.test(joined) ? joined : null;
      }, 'the cookie notice drawn dimmed');
      assert.match(dimmed, /Share this article/);
      assert.doesNotMatch(dimmed, /Militia Cross|constants|Popular Mobilisation/, 'neither the headline nor an article sentence is dimmed');
      frame = await panelFrame(vsc, 'constants');
      const entries = await panelEntries(frame);
      assert.ok(entries.length > 0, 'the article has findings');
      const chrome = entries.filter((e) => CHROME_WORDS.test(e.text));
      assert.deepEqual(chrome.map((e) => e.text.slice(0, 120)), [], 'no page chrome among the findings');
      assert.ok(!entries.some((e) => e.kind === 'added' && /Copyright|Comments/.test(e.text)), 'no chrome read as added news');
      await vsc.screenshot('05c-saved-page-chrome');
    });

    await vsc.step('Export Report of the saved page names the lines of the HTML the editor shows', async () => {
      // The chrome page is the active editor, compared above.
      await vsc.runCommand('WireDiff: Export Report…');
      await waitFor(async () => (await vsc.quickPickRows()).some((x) => /Markdown report: this article/.test(x.label)), 'the export choices');
      await vsc.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown report: this article' }).first().click();
      const box = vsc.page.locator('.quick-input-widget .quick-input-box input').first();
      await waitFor(async (saw) => /\.wirediff\.md$/.test(saw(await box.inputValue().catch(() => '(no box)'))), 'the save dialog');
      await vsc.page.keyboard.press('Enter');
      const report = path.join(workspace, CHROME_PAGE_FILE.replace(/\.html$/, '.wirediff.md'));
      // Read once written: the report opens in the editor after the write.
      await waitFor(async () => /saved_page_with_chrome\.wirediff\.md/.test(await activeTab(vsc)), 'the report to open');
      await waitFor(() => fs.existsSync(report) && fs.statSync(report).size > 0, 'the report file');
      const md = fs.readFileSync(report, 'utf8');
      const finding = md.split('\n').find((l) => /\(line \d+, `mistranslation-/.test(l) && /constants/.test(l));
      assert.ok(finding, 'the report lists the mistranslation');
      const page = fs.readFileSync(path.join(workspace, CHROME_PAGE_FILE), 'utf8');
      const line = page.slice(0, page.indexOf('constants')).split('\n').length;
      assert.equal(Number(/\(line (\d+),/.exec(finding)[1]), line, 'the line of the page where the editor marks "constants"');
    });

    await vsc.step('a file that is not UTF-8 gets a clear message, not findings on �', async () => {
      await vsc.openFile(LATIN1_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const msg = await waitFor(async () => {
        const texts = await notificationTexts(vsc);
        return texts.find((x) => /not UTF-8 text/.test(x)) ?? null;
      }, 'the "not UTF-8" notification');
      assert.match(msg, /zz_latin1\.txt/);
      // As the CLI says it: where, and what to do.
      assert.match(msg, /line 1, byte 0xE9 is not UTF-8: it looks written in Latin-1 or Windows-1252/);
      assert.match(msg, /Reopen with Encoding/);
      await vsc.dismissNotifications();
    });

    await vsc.step('an empty file gets a clear message', async () => {
      await vsc.openFile(EMPTY_FILE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const msg = await waitFor(async () => {
        const texts = await notificationTexts(vsc);
        return texts.find((x) => /is empty/.test(x)) ?? null;
      }, 'the "empty" notification');
      assert.match(msg, /zz_empty\.txt/);
      await vsc.dismissNotifications();
    });

    // --- a long article ------------------------------------------------------
    await vsc.step('a ~1,000-sentence article: results, panel and search stay fast', async () => {
      await vsc.openFile(LONG_FILE);
      const tc = Date.now();
      await vsc.runCommand('WireDiff: Compare with Canonical');
      frame = await panelFrame(vsc, LONG_FILE, 60_000);
      const n = await waitFor(async () => {
        const k = noteRead('entries', await frame.$$eval('.entry', (e) => e.length).catch(() => 0));
        return k > 500 ? k : null;
      }, 'hundreds of panel entries', 60_000);
      t.diagnostic(`long article: ${n} panel entries ${Date.now() - tc} ms after the command`);
      const ts = Date.now();
      await frame.fill('input.search', 'Mobilisation');
      await waitFor(async () => {
        const vis = noteRead('shown entries', await frame.$$eval('.entry:not([hidden])', (els) => els.length));
        return vis > 0 && vis < n ? vis : null;
      }, 'the search to filter the long list');
      t.diagnostic(`long article: search filtered ${n} entries in ${Date.now() - ts} ms (including the 60 ms debounce)`);
      await frame.fill('input.search', '');
      await waitFor(async () => noteRead('shown entries', await frame.$$eval('.entry:not([hidden])', (els) => els.length)) === n, 'the search to be cleared');
      await vsc.screenshot('07-long-article');
      // Two more runs: the host's longest task is judged on the best of three, so a
      // moment when the machine is busy elsewhere does not count as our blocking.
      // Each run waited for, to its report in the log (a fixed pause left the next step to start while a run went on).
      // On a loaded machine the timing says nothing (it is reported, never asserted): one run only.
      const reports = () => logCount(server.profile.userDataDir, new RegExp(`${LONG_FILE.replace('.', '\\.')}: longest host task`));
      const extra = loadFactor() > 1.5 ? 0 : 2;
      if (!extra) t.diagnostic(`long article: one run only (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: timings mean nothing)`);
      await waitFor(reports, 'the long article\'s run reported in the log', 60_000);
      for (let k = 0; k < extra; k++) {
        const had = await waitFor(reports, 'the long article\'s run reported in the log', 60_000);
        await vsc.focusEditor();
        await vsc.runCommand('WireDiff: Compare with Canonical');
        await waitFor(async () => reports() > had, `run ${k + 2} of the long article reported in the log`, 90_000);
      }
    });

    // --- folder ------------------------------------------------------------
    await vsc.step('compare all in folder lists every article', async () => {
      await vsc.runCommand('WireDiff: Compare All Files in Folder');
      // The coverage matrix opens in the editor area (test/e2e/matrix.e2e.mjs tests it in depth).
      const matrix = await matrixFrame(vsc, 90_000);
      const heads = await matrix.$$eval('.hrow .vh', (els) => els.map((e) => e.textContent));
      // The four seed copies and the workspace's own articles (long, two saved pages, markup, CRLF).
      assert.equal(heads.length, 9, `one column per compared file (the empty one is left out): ${heads.join(' | ')}`);
      assert.ok(!heads.some((h) => /zz_empty/.test(h)), 'the empty file has no column');
      assert.match(await matrix.$eval('header.top', (e) => e.textContent), /zz_empty\.txt/);
      // Markup in an article is text in the matrix, too.
      const probe = await matrix.evaluate(() => ({ n: document.querySelectorAll('#app img, #app script').length, title: document.title }));
      assert.equal(probe.n, 0);
      assert.notEqual(probe.title, 'PWNED');
      await vsc.screenshot('06-folder-matrix');
      frame = await panelFrame(vsc, 'Folder');
      const rows = await waitFor(async () => {
        const r = noteRead('folder rows', await frame.$$eval('.folder-row', (els) => els.map((e) => e.textContent)));
        return r.length >= 9 ? r : null;
      }, 'a row for each of the 9 other files');
      assert.ok(rows.some((r) => r.includes(EMPTY_FILE) && /empty/.test(r)), 'the empty file is listed with its problem');
      for (const n of ['001_', '002_', '003_', '004_', XSS_FILE, CRLF_FILE, PAGE_FILE]) assert.ok(rows.some((r) => r.includes(n)), `${n} listed`);
      assert.ok(!rows.some((r) => r.includes(CANONICAL)), 'the canonical is not compared with itself');
      // A click on a row opens that article with its results.
      await frame.click('.folder-row:has-text("003_")');
      await waitFor(async () => /003_5ae77616bcd281ad\.txt/.test(await activeTab(vsc)), 'the 003 tab');
      await vsc.waitForDecoration(/./);
      await vsc.dismissNotifications();
      await vsc.screenshot('06-folder');
    });

    await vsc.step('the panel follows the active editor: the canonical text itself', async () => {
      await vsc.openFile(CANONICAL);
      await panelFrame(vsc, 'is the canonical text');
    });

    // Only WireDiff's own errors fail the test; the workbench's noise is reported, not asserted.
    assertNoWireDiffErrors(t, vsc, server.profile.userDataDir);

    const log = findLog(server.profile.userDataDir);
    const m = /WireDiff activated in ([\d.]+) ms/.exec(log);
    // Timings are reported, not asserted: speed targets belong to the benchmark, and a
    // busy two-core CI box would make a timed assertion flaky.
    if (m) t.diagnostic(`activate() took ${m[1]} ms (target < 100 ms)`);
    else t.diagnostic('activation log not found');
    for (const line of log.split('\n').filter((l) => /compared |longest host task|panel:|decorations of|received/.test(l))) t.diagnostic(line.replace(/^.*\] /, ''));
    const lags = [...log.matchAll(new RegExp(`${LONG_FILE.replace('.', '\\.')}: longest host task while comparing and drawing: (\\d+) ms`, 'g'))].map((m) => Number(m[1]));
    assert.ok(lags.length >= 1, 'the extension logged its event-loop delay for the long article');
    t.diagnostic(`long article: extension host blocked at most ${lags.join(' / ')} ms in ${lags.length} runs (target ~50 ms)`);
  });
  t.diagnostic(`e2e done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
