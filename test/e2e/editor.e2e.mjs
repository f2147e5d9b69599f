// End-to-end test of what a journalist reads in the editor, on a real story family (VOA, public
// domain: test/fixtures/families/tune/kashmir-quake-update, and a copy of another story): with word
// wrap on, every word of a row that holds a note stays in view (a note stands after the words,
// never among them: VS Code wraps a line without a decoration's text); next/previous (Alt+F9) stops
// at the text's first finding, at an omission's note, and says when it wraps round; the panel tells a screen
// reader what was found; the hover opens on the most serious finding and says what its word diff's marks mean, quotes the
// canonical sentence exactly and links only to WireDiff's own commands; the panel in a narrow side
// bar keeps each of its actions on one line and says severity in words under a high contrast theme; an
// article compared with the wrong canonical is said to share hardly a sentence with it (one notice
// in the editor, the status bar, the panel, which folds the omitted and added sentences), with a way to choose another; an article made the canonical drops its own marks. Run it with
// `npm run test:e2e`. Screenshots: test/e2e/screenshots/editor-*.png.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withVSCode, slow } from './harness.mjs';
import { FIXTURES, VSIX, comparedLine, editorRows, extensionHostErrors, logCount, panelEntries, panelFrame, skip, statusText, waitFor } from './common.mjs';

const FAMILY = path.join(FIXTURES, 'families', 'tune', 'kashmir-quake-update');
const OTHER = path.join(FIXTURES, 'families', 'tune', 'kenya-khat-ban', 'kenya-khat-ban_1.txt');
const WIRE = 'kashmir-quake-update_0.txt';
const UPDATE = 'kashmir-quake-update_2.txt';
const OTHER_STORY = 'kenya-khat-ban_1.txt';
// A family whose notes stand at the end of lines of words (no blank lines), three of them on a last row 70-74 characters full at 80 columns.
const MAIZE = path.join(FIXTURES, 'families', 'tune', 'kenya-maize-disease');
const MAIZE_WIRE = 'kenya-maize-disease_0.txt';
const MAIZE_COPY = 'kenya-maize-disease_1.txt';

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-e2e-editor-'));
  for (const f of [WIRE, UPDATE]) fs.copyFileSync(path.join(FAMILY, f), path.join(dir, f));
  for (const f of [MAIZE_WIRE, MAIZE_COPY]) fs.copyFileSync(path.join(MAIZE, f), path.join(dir, f));
  fs.copyFileSync(OTHER, path.join(dir, OTHER_STORY));
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'wirediff.canonical': WIRE, '[plaintext]': { 'editor.wordWrap': 'on' } }, null, 2));
  return dir;
}

/** The links of WireDiff's part of the hover shown (VS Code renders a Markdown link as an anchor with data-href). */
const hoverLinks = (vsc) =>
  vsc.page.$$eval('.monaco-hover .hover-row', (rows) =>
    rows
      .filter((r) => /^WireDiff ·/.test(r.textContent.trim()))
      .flatMap((r) => [...r.querySelectorAll('a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''))
      .filter(Boolean),
  );

test('the editor as a journalist reads it: hover, narrow panel, high contrast, the wrong canonical, an article made the canonical', { skip, timeout: slow(600_000) }, async (t) => {
  const workspace = makeWorkspace();
  t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
  const wire = fs.readFileSync(path.join(workspace, WIRE), 'utf8');
  await withVSCode({ workspace, vsix: VSIX, viewport: { width: 1400, height: 900 } }, async (vsc, server) => {
    await vsc.step('the later report compared with the wire story', async () => {
      await vsc.openFile(UPDATE);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      await waitFor(async () => /\d+ high · \d+ medium · \d+ low/.test(await statusText(vsc)), 'the counts in the status bar', 60_000);
      // A screen reader is told what was found, in words.
      const frame = await panelFrame(vsc, UPDATE, 60_000);
      // (Read until it names the counts: it may say something else first, as the result is on its way.)
      const said = await waitFor(async (saw) => {
        const live = saw(await frame.$eval('[role="status"]', (e) => e.textContent).catch(() => ''));
        return /High/.test(live) ? live : null;
      }, 'the live region naming the counts');
      assert.match(said, /^kashmir-quake-update_2\.txt: \d+ High, \d+ Medium, \d+ Low$/);
    });

    await vsc.step('every word of a line with a note stays in view: the notes stand after the words, one to a spot', async () => {
      const norm = (x) => x.replace(/\s+/g, ' ').trim();
      const file = norm(fs.readFileSync(path.join(workspace, UPDATE), 'utf8'));
      const rows = await waitFor(async () => {
        const r = await editorRows(vsc);
        return r.filter((x) => x.notes.length).length >= 3 ? r : null;
      }, 'the notes drawn', 30_000);
      for (const r of rows) {
        // Word wrap is on: a row shows all of its words, and only the file's own words.
        assert.equal(r.hidden, '', `out of view on the row "${r.text}"`);
        assert.ok(!norm(r.text) || file.includes(norm(r.text)), `the file's words: "${r.text}"`);
        // One spot to a row: a decoration, or its inlay hints (one to each kind of finding).
        assert.ok(r.notes.length <= 1 || r.notes.every((n) => n.pseudo === 'injected'), `one note to a row: ${JSON.stringify(r.notes)}`);
        for (const n of r.notes) assert.ok(!n.clipped, `the note "${n.text}" in view`);
        for (const n of r.notes) assert.ok(!n.wordsAfter && ['::after', 'injected'].includes(n.pseudo), `no word after the note "${n.text}" on its row "${r.text}"`);
        // VS Code's default editor.inlayHints.maximumLength (43, all the hints of a line together; WireDiff sets no default
        // for it): the notes fit, cut by WireDiff at a word's end (the canonical's words then go on with a space or a stop),
        // never by VS Code inside a word.
        const injected = r.notes.filter((n) => n.pseudo === 'injected');
        assert.ok(injected.reduce((k, n) => k + n.text.length, 0) <= 43, `the hints of one row within 43 characters: ${JSON.stringify(injected)}`);
        for (const n of injected) {
          const words = n.text.startsWith('−') ? n.text.slice(1).replace(/ \(\+\d+\)$/, '') : (/“(.*)”/.exec(n.text)?.[1] ?? '');
          if (!/.…$/.test(words)) continue;
          const kept = norm(words.slice(0, -1));
          assert.ok(new RegExp(`${kept.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(norm(wire)), `cut at a word's end: "${n.text}"`);
        }
      }
      await vsc.screenshot('editor-00-notes');
    });

    await vsc.step('next and previous (Alt+F9): the first finding from the text\'s start, its words selected, an omission at its note, round the end with a message', async () => {
      const cursor = async () => {
        const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(await statusText(vsc));
        return m ? { line: Number(m[1]), col: Number(m[2]), selected: Number(m[3] ?? 0) } : null;
      };
      /** WireDiff's message of the step (`3/36 · High · Number or date: …`), once it says `n/`. */
      const stepped = (n) => waitFor(async () => new RegExp(`(?:^|\\|)\\s*(${n}/\\d+[^|]*)`).exec(await statusText(vsc))?.[1], `the message of step ${n}`, 10_000);
      /**
       * The cursor once it has moved from `from` (the status bar's "Ln, Col" follows the selection on its own, some time
       * before or after WireDiff's message: a cursor read at once may still be where it was before the step).
       */
      const movedFrom = (from) =>
        waitFor(async () => {
          const c = await cursor();
          return c && (c.line !== from.line || c.col !== from.col || c.selected !== from.selected) ? c : null;
        }, `the cursor moved from ${JSON.stringify(from)}`, 10_000);
      await vsc.goToLine(1, 1);
      const start = await waitFor(async () => {
        const c = await cursor();
        return c?.line === 1 && c.col === 1 ? c : null;
      }, 'the cursor at the text\'s start');
      await vsc.pressInEditor('Alt+F9');
      // The text's first finding ("Pakistan: Earthquake", a heading reworded) starts at the cursor: it is the first stop, not skipped.
      const first = await stepped(1);
      assert.doesNotMatch(first, /wrapped/);
      const at = await movedFrom(start);
      assert.ok(at.line === 1 && at.selected > 0, `its words selected: ${JSON.stringify(at)}`);
      // Step on to the first omission: the cursor stands where its note is drawn (the end of the note's line).
      const notes = (await vsc.decorationTexts()).filter((d) => /^⟂/.test(d.text));
      assert.ok(notes.length > 0);
      let message = '';
      for (let i = 2; i < 40 && !/Omitted sentence/.test(message); i++) {
        await vsc.pressInEditor('Alt+F9');
        message = await stepped(i);
      }
      assert.match(message, /Omitted sentence/);
      // The omission's stop leaves nothing selected, on its note's line; a cursor read at once may still be the previous
      // stop's (the status bar's "Ln, Col" follows the selection on its own): wait for that cursor.
      const there = await waitFor(async () => {
        const c = await cursor();
        return c && c.selected === 0 && notes.some((n) => n.line === c.line) ? c : null;
      }, 'the cursor of the omission\'s stop (on a note\'s line, nothing selected)', 10_000).catch(async () => waitFor(cursor, 'the cursor'));
      assert.ok(notes.some((n) => n.line === there.line), `at a note's line: ${JSON.stringify(there)} ${JSON.stringify(notes.map((n) => [n.line, n.text]))}`);
      const lineText = fs.readFileSync(path.join(workspace, UPDATE), 'utf8').split('\n')[there.line - 1];
      assert.equal(there.col, lineText.length + 1, 'at the end of its line, where the note stands');
      assert.equal(there.selected, 0);
      // Back from the text's start: round the end, and the message says so.
      await vsc.goToLine(1, 1);
      await vsc.pressInEditor('Shift+Alt+F9');
      const last = await waitFor(async () => /\(wrapped around to the last\)[^|]*/.exec(await statusText(vsc))?.[0], 'the message of the step round the end', 10_000);
      assert.match(last, /^\(wrapped around to the last\) · (High|Medium|Low) · /);
      await vsc.screenshot('editor-01-next-previous');
      await vsc.goToLine(1, 1);
    });

    await vsc.step('the hover: the most serious finding first, the canonical sentence exactly, the word diff explained, only WireDiff\'s links', async () => {
      // "nears 20,000": a figure changed (high) inside a reworded sentence (low).
      const text = await vsc.hoverText({ text: 'nears' });
      const high = text.indexOf('High · Number or date');
      assert.ok(high >= 0, `the figure's finding: ${text}`);
      for (const other of ['Medium ·', 'Low ·']) {
        const at = text.indexOf(other);
        assert.ok(at < 0 || at > high, `${other} after High: ${text}`);
      }
      assert.match(text, /“18,000” → “20,000”/);
      assert.match(text, /Word by word \(only in the canonical · only in this article\):/);
      // The canonical sentence as the file has it (its line breaks read as spaces).
      const canonical = /Canonical:\s*\n+\s*(.+)/.exec(text)?.[1]?.trim() ?? '';
      assert.ok(canonical.length > 40 && wire.replace(/\s+/g, ' ').includes(canonical), `the canonical's own words: ${canonical}`);
      const links = await hoverLinks(vsc);
      const commands = links.filter((l) => l.startsWith('command:'));
      assert.ok(commands.length >= 4, `its links: ${links.join(' ')}`);
      for (const l of commands) assert.match(l, /^command:wirediff\.(revealCanonical|confirmFinding|markFindingBenign|dismissFinding|clearVerdict)\?/);
      await vsc.screenshot('editor-01-hover');
      await vsc.page.keyboard.press('Escape');
    });

    await vsc.step('a narrow side bar: each of the panel\'s actions on one line', async () => {
      const bar = await vsc.page.$('.part.sidebar');
      const box = await bar.boundingBox();
      await vsc.page.mouse.move(box.x + box.width, box.y + 300);
      await vsc.page.mouse.down();
      await vsc.page.mouse.move(box.x + 190, box.y + 300, { steps: 6 });
      await vsc.page.mouse.up();
      const frame = await panelFrame(vsc, UPDATE);
      const layout = await waitFor(
        (saw) =>
          frame.evaluate(() => {
            if (document.body.clientWidth > 230) return `the panel ${document.body.clientWidth} px wide`;
            const lines = (el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
            return {
              width: document.body.clientWidth,
              actions: [...document.querySelectorAll('header .row .link')].map((b) => ({ text: b.textContent, lines: lines(b) })),
            };
          }).then((x) => (typeof x === 'string' ? saw(x) && null : x)),
        'the side bar narrowed',
        20_000,
      );
      assert.equal(layout.actions.length, 3, JSON.stringify(layout));
      for (const a of layout.actions) assert.equal(a.lines, 1, `"${a.text}" on one line at ${layout.width} px`);
      await vsc.screenshot('editor-02-narrow-panel');
    });

    await vsc.step('high contrast: the panel says each finding\'s severity in words', async () => {
      await vsc.runCommand('Preferences: Color Theme');
      // The theme picker opens some time after the palette closes: keys typed before it is there are lost.
      await waitFor(async () => (await vsc.quickPickRows()).some((r) => /\b(Dark|Light)\b/.test(r.label)), 'the theme picker open');
      await vsc.page.locator('.quick-input-widget .quick-input-box input').fill('Dark High Contrast');
      await waitFor(async () => (await vsc.quickPickRows()).some((r) => r.label === 'Dark High Contrast' && r.focused), 'the theme in the list');
      await vsc.page.keyboard.press('Enter');
      const frame = await panelFrame(vsc, UPDATE);
      await waitFor(async (saw) => saw(await frame.evaluate(() => document.body.className)).split(/\s+/).includes('vscode-high-contrast'), 'the panel in high contrast', 20_000);
      const entries = await panelEntries(frame);
      assert.ok(entries.length > 3);
      const labels = await frame.$$eval('.entry .head .sev', (els) => els.map((e) => ({ text: e.textContent, visible: getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().width > 0 })));
      for (const [i, l] of labels.entries()) {
        assert.equal(l.text, { high: 'High', medium: 'Medium', low: 'Low' }[entries[i].severity], 'the severity in words');
        assert.ok(l.visible);
      }
      await vsc.screenshot('editor-03-high-contrast');
    });

    await vsc.step('another story compared with the wire story: the panel says hardly a sentence matches, and offers another canonical', async () => {
      await vsc.openFile(OTHER_STORY);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      const frame = await panelFrame(vsc, OTHER_STORY, 60_000);
      const note = await waitFor(
        async (saw) => {
          const few = await frame.$eval('header .few-matches', (e) => e.textContent).catch(() => null);
          if (few === null) saw(await frame.evaluate(() => document.querySelector('header')?.textContent ?? '').catch(() => ''));
          return few;
        },
        'the note',
        30_000,
      );
      assert.match(note, /None of the \d+ sentences of “kashmir-quake-update_0\.txt” has a counterpart here/);
      // In the editor, one notice for the canonical's sentences it lacks, after the first paragraph's words.
      const drawn = await waitFor(async () => {
        const r = await editorRows(vsc);
        return r.some((x) => x.notes.length) ? r : null;
      }, 'the notice drawn', 30_000);
      const notes = drawn.flatMap((r) => r.notes);
      assert.equal(notes.length, 1, JSON.stringify(notes));
      // At the end of the first line's words: short (the panel and the status bar say the rest).
      assert.match(notes[0].text, /^⟂ few in common \(\d+ omitted\)$/);
      assert.ok(!notes[0].wordsAfter);
      assert.ok(!notes[0].clipped, 'the notice in view');
      for (const r of drawn) assert.equal(r.hidden, '', `out of view on the row "${r.text}"`);
      await waitFor(async () => /WireDiff: hardly a sentence in common/.test(await statusText(vsc)), 'the status bar saying so');
      // The panel folds the omitted and added sentences (17 rows of omissions at line 1 said only that the texts differ).
      assert.match(note, /folded below/);
      const groups = await frame.$$eval('details.group', (ds) => ds.map((d) => ({ kind: d.dataset.kind, open: d.open, note: d.querySelector('.fold-note')?.textContent ?? '' })));
      const folded = groups.filter((g) => !g.open).map((g) => g.kind).sort();
      assert.deepEqual(folded, ['added', 'omitted'], JSON.stringify(groups));
      for (const g of groups) if (!g.open) assert.match(g.note, /hardly a sentence in common/);
      await vsc.screenshot('editor-04-few-matches');
      await frame.click('header .few-matches button.choose-canonical');
      const rows = await waitFor(async () => {
        const r = await vsc.quickPickRows();
        return r.some((x) => x.label.includes(WIRE)) ? r : null;
      }, 'the list of texts');
      assert.ok(!rows.some((r) => r.label.includes(OTHER_STORY)), 'never the article on screen');
      await vsc.page.keyboard.press('Escape');
    });

    await vsc.step('an article made the canonical drops its own marks: the panel says it is the canonical', async () => {
      await vsc.openFile(UPDATE);
      await waitFor(async () => (await vsc.decorationTexts()).length > 0, 'its marks');
      await vsc.runCommand('WireDiff: Set as Canonical');
      await panelFrame(vsc, 'is the canonical text', 60_000);
      await waitFor(async () => (await vsc.decorationTexts({ all: true })).length === 0, 'no marks left on it', 30_000);
      // The status bar is redrawn on its own, some time before or after the marks go: its counts go too.
      await waitFor(async () => !/\d+ high · \d+ medium|out of date/.test(await statusText(vsc)), 'no counts in the status bar', 30_000);
      await vsc.screenshot('editor-05-made-canonical');
    });

    await vsc.step('a note at the end of a nearly full row goes on to the next row with the words, whole, instead of running past the edge', async () => {
      // Wrapped at 80 columns: the notes of kenya-maize-disease_1 stand after last rows 70-74 characters full.
      const settings = path.join(workspace, '.vscode', 'settings.json');
      const was = JSON.parse(fs.readFileSync(settings, 'utf8'));
      fs.writeFileSync(settings, JSON.stringify({ ...was, '[plaintext]': { 'editor.wordWrap': 'wordWrapColumn', 'editor.wordWrapColumn': 80 } }, null, 2));
      await vsc.openFile(MAIZE_WIRE);
      await vsc.runCommand('WireDiff: Set as Canonical');
      await vsc.openFile(MAIZE_COPY);
      await vsc.runCommand('WireDiff: Compare with Canonical');
      /** Hovers the inlay hint that reads `text`; the text of WireDiff's hover and its links. */
      const hoverNote = async (text, want = () => true, timeoutMs = 15_000) => {
        const pt = await vsc.page.$$eval('.editor-group-container.active .view-lines span[class*="dyn-rule"]', (els, t) => {
          const el = els.find((e) => e.textContent.replace(/\u00a0/g, ' ').trim() === t);
          const b = el.getBoundingClientRect();
          return { x: b.left + Math.min(30, b.width / 2), y: b.top + b.height / 2 };
        }, text);
        await vsc.page.mouse.move(pt.x - 4, pt.y);
        await vsc.page.mouse.move(pt.x, pt.y, { steps: 3 });
        // The hover shown (an earlier one may stay in the page, hidden).
        return waitFor(async () => {
          const t = await vsc.page.$$eval('.monaco-hover', (els) =>
            els.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => e.innerText.trim()).filter((x) => /^WireDiff ·/.test(x)),
          );
          return t.find(want) ?? null;
        }, 'the note\'s hover', timeoutMs);
      };
      // The folder's settings file is watched: the 80 columns reach the editor some time after it is written (rows read
      // before would be wrapped at the window's width). Wait for them: no row longer than 80 characters, some nearly so.
      await waitFor(async (saw) => {
        const widths = (await editorRows(vsc)).map((r) => r.text.replace(/\s+$/, '').length);
        saw(`row lengths ${widths.join(' ')}`);
        return widths.length > 0 && Math.max(...widths) <= 80 && Math.max(...widths) > 60;
      }, 'the rows wrapped at 80 columns', 60_000);
      // At VS Code's default cap (43 characters for all the hints of a line), a note cut short offers to lift it, for
      // plain text, in the user's settings (WireDiff sets no default for it: other extensions' hints share it).
      const capped = await waitFor(async () => {
        const r = await editorRows(vsc);
        return r.filter((x) => x.notes.length).length >= 3 ? r : null;
      }, 'the notes at the ends of lines', 60_000);
      // A note cut shorter than it would be with no cap: one that shares its row, or ends in '…'.
      const candidates = capped.flatMap((r) => r.notes.filter((n) => r.notes.length > 1 || /…/.test(n.text)));
      let offered = null;
      for (const n of candidates) {
        await vsc.page.mouse.move(1, 1);
        await vsc.page.keyboard.press('Escape');
        offered = await hoverNote(n.text, (x) => /Show more of each note/.test(x), 4_000).catch(() => null);
        if (offered) break;
      }
      assert.ok(offered, `no note's hover offers longer notes: ${JSON.stringify(candidates.map((n) => n.text))}`);
      assert.ok((await hoverLinks(vsc)).some((l) => l.startsWith('command:wirediff.longerNotes?')), 'the link is WireDiff\'s own command');
      await vsc.page.locator('.monaco-hover a', { hasText: 'Show more of each note' }).filter({ visible: true }).first().click();
      await vsc.page.mouse.move(1, 1);
      await vsc.page.keyboard.press('Escape');
      // With no cap on a line's inlay hints: each kind's note its own room.
      await waitFor(async () => {
        const r = await editorRows(vsc);
        const texts = r.flatMap((x) => x.notes).map((n) => n.text);
        return texts.reduce((k, x) => k + x.length, 0) > capped.flatMap((x) => x.notes).reduce((k, n) => k + n.text.length, 0) ? true : null;
      }, 'the notes longer', 30_000);
      const file = fs.readFileSync(path.join(workspace, MAIZE_COPY), 'utf8').replace(/\s+/g, ' ');
      const canonical = fs.readFileSync(path.join(workspace, MAIZE_WIRE), 'utf8').replace(/\s+/g, ' ');
      const rows = await waitFor(async () => {
        const r = await editorRows(vsc);
        return r.filter((x) => x.notes.length).length >= 3 ? r : null;
      }, 'the notes at the ends of lines', 60_000);
      // Where column 80 is: the rows' left edge and the width of one character of the editor's font.
      const column = await vsc.page.$eval('.editor-group-container.active .view-lines', (e) => {
        const n = [...e.querySelectorAll('.view-line span span')].find((s) => !/dyn-rule/.test(s.className) && s.textContent.length > 20)?.firstChild;
        const r = document.createRange();
        r.setStart(n, 0);
        r.setEnd(n, 20);
        return { left: e.querySelector('.view-line').getBoundingClientRect().left, char: r.getBoundingClientRect().width / 20 };
      });
      const wrapAt = column.left + 80 * column.char;
      for (const r of rows) {
        assert.equal(r.hidden, '', `out of view on the row "${r.text}"`);
        for (const n of r.notes) {
          // Injected text, wrapped with the line: within the 80 columns, never past the edge, and whole.
          assert.equal(n.pseudo, 'injected', JSON.stringify(n));
          assert.ok(!n.wordsAfter && !n.clipped, JSON.stringify(n));
          assert.ok(n.right <= wrapAt + column.char, `the note "${n.text}" ends within 80 columns (${n.right.toFixed(0)} > ${wrapAt.toFixed(0)})`);
          // The canonical's own words, never cut by VS Code to a stub: each kind of finding a hint of its own, with its room
          // ("−serves …" was cut so when the hints of one line were held to 43 characters in all and each part was longer).
          const words = n.text.startsWith('−') ? n.text.slice(1).replace(/ \(\+\d+\)$/, '') : (/“(.*)”/.exec(n.text)?.[1] ?? '');
          if (words) assert.ok(canonical.includes(words.replace(/…$/, '').replace(/\s+/g, ' ')), `the canonical's words: "${n.text}"`);
          assert.ok(!/…/.test(words) || words.length >= 20, `cut short: "${n.text}"`);
        }
        // Only the file's own words are the row's text (a note is not the article's).
        assert.ok(!r.text.trim() || file.includes(r.text.replace(/\s+/g, ' ').trim()), `the file's words: "${r.text}"`);
      }
      // The hover of a note (its own, as an inlay hint): the whole words it stands for.
      const noteRow = rows.find((r) => r.notes.some((n) => n.text.startsWith('−')));
      const note = noteRow.notes.find((n) => n.text.startsWith('−'));
      // (The hover shown: the earlier hover of another note may stay in the page, hidden, and say the same.)
      await vsc.page.mouse.move(1, 1);
      await vsc.page.keyboard.press('Escape');
      const hover = await hoverNote(note.text);
      assert.match(hover, /Confirm · Benign · Dismiss/);
      await vsc.screenshot('editor-06-notes-wrapped');
      await vsc.page.mouse.move(1, 1);
      await vsc.page.keyboard.press('Escape');
    });

    await vsc.step('typing in the article: its notes stay, moved with the text, until the new comparison arrives (they went and came back)', async () => {
      const notes = async () => (await vsc.decorationTexts()).filter((d) => d.pseudo === 'injected' && /^[⟂−]/.test(d.text));
      const before = await notes();
      assert.ok(before.length >= 3, JSON.stringify(before));
      // A line of words with no note, above the last note.
      const lines = fs.readFileSync(path.join(workspace, MAIZE_COPY), 'utf8').split('\n');
      const noted = new Set(before.map((n) => n.line));
      const line = lines.findIndex((l, i) => /\w/.test(l) && !noted.has(i + 1) && i + 1 < Math.max(...noted)) + 1;
      assert.ok(line > 0);
      const compared = () => logCount(server.profile.userDataDir, comparedLine(MAIZE_COPY));
      const comparedBefore = await waitFor(compared, 'the comparison of the copy in the log', 30_000);
      await vsc.goToLine(line, 1);
      await vsc.focusEditor();
      await vsc.page.keyboard.type('Also ');
      // Until the new comparison is drawn (live update, 500 ms after the last key), sampled: never without notes.
      const counts = [];
      for (const t0 = Date.now(); Date.now() - t0 < 2500; ) counts.push((await notes()).length);
      assert.ok(counts.every((n) => n > 0), `the notes went while the new comparison was on its way: ${counts.join(' ')}`);
      // The new comparison's end is logged: the notes are read after it (they stayed, so a count of them alone was true
      // before it arrived).
      await waitFor(async () => compared() > comparedBefore, 'the new comparison of the edited copy', 60_000);
      await waitFor(async () => ((await notes()).length >= before.length - 1 ? true : null), 'the notes of the new comparison', 30_000);
      const comparedEdit = compared();
      await vsc.pressInEditor('Control+Z');
      // And of the text undone (its errors, if any, are in the logs read below).
      await waitFor(async () => compared() > comparedEdit, 'the comparison of the undone copy', 60_000);
    });

    assert.deepEqual(vsc.extensionConsoleErrors(), []);
    assert.deepEqual(extensionHostErrors(server.profile.userDataDir), []);
  });
});
