// What the WireDiff e2e tests (extension.e2e.mjs, matrix.e2e.mjs) share: the paths
// and the skip check, the seed workspace, polling, and WireDiff's side panel and
// decorations as the workbench draws them. Generic workbench helpers belong in
// harness.mjs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPaths } from '../../scripts/code-server.mjs';
import { lastReads, noteRead, slow } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const VSIX = process.env.WIREDIFF_VSIX || path.join(ROOT, 'wirediff.vsix');
export const EXT_ID = 'wirediff.wirediff';
export const CANONICAL = '000_1182527190e42008.txt';
/** The seed articles (000 is the canonical text). */
export const SEEDS = fs.readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();

/**
 * `false` when the tools and the package are there, else why not (the test is
 * skipped); with E2E_REQUIRED=1 a missing tool is an error.
 */
export const skip = (() => {
  try {
    loadPaths();
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run npm run package first`);
    return false;
  } catch (e) {
    if (process.env.E2E_REQUIRED === '1') throw e;
    return e.message;
  }
})();

/** A temp folder with the seed articles and 000 as the canonical text (`settings`: more workspace settings). */
export function makeWorkspace(prefix, settings = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of SEEDS) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(
    path.join(dir, '.vscode', 'settings.json'),
    JSON.stringify({ 'wirediff.canonical': CANONICAL, ...settings, '[plaintext]': { 'editor.wordWrap': 'on' } }, null, 2),
  );
  return dir;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` every 200 ms until it returns something truthy, and returns that; `timeoutMs` is the
 * time on a quiet machine, scaled by the machine's load (`slow`, harness.mjs). On a timeout the
 * error says what the last poll saw: its value, and what the readers it called (editorText,
 * statusText, highlightsOn, …; harness.mjs `noteRead`) returned, or what `fn` passed to its
 * argument `saw`.
 */
export async function waitFor(fn, what, timeoutMs = 20_000) {
  const allowed = slow(timeoutMs);
  const deadline = Date.now() + allowed;
  let last;
  let seen = [];
  while (Date.now() < deadline) {
    lastReads.clear();
    last = await fn((x) => noteRead('saw', x));
    if (last) return last;
    seen = [...lastReads].map(([reader, value]) => `\n    ${reader}: ${value}`);
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what} (${Math.round(allowed / 1000)} s)${last !== undefined ? ` (last: ${JSON.stringify(last)})` : ''}${seen.length ? `; the last poll saw:${seen.join('')}` : ''}`);
}

/** Where two texts first differ: the line (1-based) and each text's line there; null when equal. */
export function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: ${JSON.stringify(x[i] ?? '(none)')} ≠ ${JSON.stringify(y[i] ?? '(none)')}`;
  }
  return null;
}

/** The status bar's items, as one string. */
export const statusText = async (vsc) => noteRead('statusText', await vsc.page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent).join(' | ')));

/** The active editor group's active tab's title ('' while there is none). */
export const activeTab = async (vsc) => noteRead('activeTab', await vsc.page.$eval('.editor-group-container.active .tab.active', (e) => e.textContent).catch(() => ''));

/** The texts of the notification toasts shown. */
export const notificationTexts = async (vsc) =>
  noteRead('notificationTexts', await vsc.page.$$eval('.notifications-toasts .notification-list-item-message', (els) => els.map((e) => e.textContent)));

/**
 * The panel's frame once its text includes `contains`. Matches on textContent:
 * entries scrolled out of view use `content-visibility: auto`, which leaves
 * them out of `innerText` (what webviewFrame's `contains` reads).
 */
export async function panelFrame(vsc, contains, timeoutMs = 30_000) {
  const deadline = Date.now() + slow(timeoutMs);
  let seen = '';
  while (Date.now() < deadline) {
    for (const w of await vsc.webviews()) {
      if (w.extensionId !== EXT_ID || w.purpose !== 'webviewView') continue;
      const text = await w.frame.evaluate(() => document.getElementById('app')?.textContent ?? '').catch(() => '');
      if (text.includes(contains)) return w.frame;
      seen = text.slice(0, 200);
    }
    await sleep(200);
  }
  throw new Error(`the WireDiff panel never showed ${JSON.stringify(contains)}; it shows: ${JSON.stringify(seen)}`);
}

/** The matrix webview's inner frame, once its grid is drawn. */
export async function matrixFrame(vsc, timeoutMs = 60_000) {
  return vsc.webviewFrame({ extensionId: EXT_ID, title: 'Coverage Matrix', selector: '.grid .row', timeoutMs });
}

/** Entries of the panel: id, kind, severity, verdict, hidden, text. */
export async function panelEntries(frame) {
  const entries = await frame.$$eval('.entry', (els) =>
    els.map((e) => ({ id: e.dataset.id, kind: e.dataset.kind, severity: e.dataset.severity, verdict: e.dataset.verdict || null, hidden: e.hidden, text: e.textContent })),
  );
  noteRead('panelEntries', entries.map((e) => `${e.kind}/${e.severity}${e.verdict ? `/${e.verdict}` : ''}${e.hidden ? ' (hidden)' : ''}: ${e.text.slice(0, 50)}`));
  return entries;
}

/**
 * Painted decorations (background or underline) over a word in the active
 * editor. Monaco draws a decoration's background and border as an absolutely
 * positioned overlay (`.view-overlays .cdr`) behind the text, not on the text's
 * span: find the word's pixel box with a DOM Range and the decoration overlays
 * covering it.
 */
export async function highlightsOn(vsc, word) {
  const found = await vsc.page.$eval(
    '.editor-group-container.active .monaco-editor',
    (ed, w) => {
      const boxes = [];
      for (const line of ed.querySelectorAll('.view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
          const text = node.textContent.replace(/\u00a0/g, ' ');
          const re = new RegExp(`\\b${w}\\b`, 'g');
          let m;
          while ((m = re.exec(text))) {
            const r = document.createRange();
            r.setStart(node, m.index);
            r.setEnd(node, m.index + w.length);
            boxes.push(r.getBoundingClientRect());
          }
        }
      }
      const out = [];
      for (const box of boxes) {
        for (const o of ed.querySelectorAll('.view-overlays div[class*="TextEditorDecorationType"]')) {
          const r = o.getBoundingClientRect();
          const cs = getComputedStyle(o);
          const painted = (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent') || parseFloat(cs.borderBottomWidth) > 0;
          const covers = r.left <= box.left + 1 && r.right >= box.right - 1 && r.top <= box.top + box.height / 2 && r.bottom >= box.top + box.height / 2;
          if (painted && covers) out.push({ className: String(o.className), bg: cs.backgroundColor, border: cs.borderBottomColor, width: r.width, wordWidth: box.width });
        }
      }
      return out;
    },
    word,
  );
  noteRead(`highlightsOn(${word})`, found.length);
  return found;
}

/**
 * The rows the active editor draws, top to bottom: each row's text, the characters of it that
 * stand past the editor's right edge (out of view, with word wrap on), and WireDiff's notes on it
 * (a decoration's `::before`/`::after` text, or an inlay hint's injected text, `pseudo` 'injected',
 * starting with ⟂ or −), each with whether a word of the
 * article follows it on its row and whether it runs past the right edge (`clipped`).
 */
export async function editorRows(vsc) {
  const rows = await vsc.page.$eval('.editor-group-container.active .monaco-editor', (ed) => {
    // The text area's right edge: the minimap, when shown, covers the scrollable area's right.
    const minimap = ed.querySelector('.minimap')?.getBoundingClientRect();
    const area = ed.querySelector('.monaco-scrollable-element.editor-scrollable').getBoundingClientRect().right;
    const right = minimap && minimap.width > 0 ? Math.min(area, minimap.left) : area;
    const unquote = (c) => {
      const m = /^"(.*)"$/s.exec(c ?? '');
      return m ? m[1].replace(/\\([0-9a-fA-F]{1,6}) ?/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/\\(.)/g, '$1') : '';
    };
    const rows = [];
    for (const line of ed.querySelectorAll('.view-lines .view-line')) {
      const words = [];
      let hidden = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      // Injected text (an inlay hint, whose label VS Code draws as text of the line) is no word of the article.
      const injected = (n) => !!n.parentElement?.closest('span[class*="dyn-rule"]');
      for (let n; (n = walker.nextNode()); ) {
        const t = n.textContent.replace(/\u00a0/g, ' ');
        if (injected(n)) continue;
        if (/\S/.test(t)) words.push(n);
        for (let i = 0; i < t.length; i++) {
          if (!/\S/.test(t[i])) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          if (r.getBoundingClientRect().right > right + 1) hidden += t[i];
        }
      }
      const notes = [];
      for (const sp of line.querySelectorAll('span')) {
        for (const pseudo of ['::before', '::after']) {
          const text = unquote(getComputedStyle(sp, pseudo).content);
          if (!/^[⟂−]/.test(text)) continue;
          const follows = (n) => {
            const at = sp.compareDocumentPosition(n);
            return pseudo === '::before' ? !!(at & Node.DOCUMENT_POSITION_FOLLOWING) : !!(at & Node.DOCUMENT_POSITION_FOLLOWING) && !(at & Node.DOCUMENT_POSITION_CONTAINED_BY);
          };
          notes.push({ text, pseudo, wordsAfter: words.some(follows), clipped: sp.getBoundingClientRect().right > right + 1 });
        }
      }
      // A note drawn as an inlay hint: injected text, which VS Code wraps with the line.
      for (const sp of line.querySelectorAll('span[class*="dyn-rule"]')) {
        const text = sp.textContent.replace(/\u00a0/g, ' ').trim();
        if (!/^[⟂−]/.test(text)) continue;
        const follows = (n) => !!(sp.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING);
        notes.push({ text, pseudo: 'injected', wordsAfter: words.some(follows), clipped: sp.getBoundingClientRect().right > right + 1, right: sp.getBoundingClientRect().right });
      }
      // The row's text: the article's own (an inlay hint's label left out).
      const own = [...line.querySelectorAll('span')].filter((sp) => !sp.children.length && !/dyn-rule/.test(sp.className)).map((sp) => sp.textContent).join('');
      rows.push({ top: line.getBoundingClientRect().top, left: line.getBoundingClientRect().left, text: own.replace(/\u00a0/g, ' '), hidden, notes });
    }
    return rows.sort((a, b) => a.top - b.top);
  });
  // What a wait that times out prints: the rows with notes, and how many rows there were.
  noteRead('editorRows', { rows: rows.length, noted: rows.filter((r) => r.notes.length).map((r) => `${r.text.slice(-30)} ${r.notes.map((n) => `[${n.pseudo} ${n.text}]`).join('')}`) });
  return rows;
}

/**
 * How many lines of the extension's log (the WireDiff output channel's file under the profile)
 * match `re`. A comparison's end is logged ("compared NAME with CANONICAL: …"): a wait for one
 * more such line waits for the comparison itself, not for a drawing that may be true half-way
 * (notes that stay, moved with the text, until the new result arrives). The channel writes its
 * file some time after the line is logged, so wait on it with `waitFor`.
 */
export function logCount(root, re) {
  const n = findLog(root)
    .split('\n')
    .filter((l) => re.test(l)).length;
  return noteRead(`logCount(${re.source.slice(0, 60)})`, n);
}

/** The log's pattern of a finished comparison of `name` (any canonical). */
export const comparedLine = (name) => new RegExp(`compared ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} with `);

/** The extension's log (the WireDiff output channel's files) under a code-server profile. */
export function findLog(root) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/WireDiff\.log$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  try {
    walk(root);
  } catch {}
  return out.join('\n');
}

/**
 * Error lines of the extension host's own logs (exthost*.log, remoteexthost.log under the
 * user-data dir) that concern WireDiff: an activation that failed, an uncaught error whose stack
 * runs through its bundle, a command that threw. Lines of other extensions are not ours.
 */
export function extensionHostErrors(root, name = /wirediff/i) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost.*\.log$/i.test(e.name)) {
        const lines = fs.readFileSync(p, 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (!/\[error\]/i.test(line)) return;
          // An error entry is its line and the stack lines under it (until the next entry).
          let end = i + 1;
          while (end < lines.length && !/^\d{4}-\d\d-\d\d[ T]/.test(lines[end])) end++;
          const entry = lines.slice(i, end).join('\n');
          if (name.test(entry)) out.push(entry);
        });
      }
    }
  };
  try {
    walk(root);
  } catch {}
  return out;
}

/** Opens the light bulb's menu at the cursor (Ctrl+.) and picks the action whose title contains `title`; returns the menu's labels. */
export async function quickFix(vsc, title) {
  const rows = vsc.page.locator('.action-widget .monaco-list-row');
  const row = rows.filter({ hasText: title }).first();
  const labels = await waitFor(async () => {
    if (!(await rows.first().isVisible().catch(() => false))) {
      // Asked again with the focus checked each time: a Ctrl+. pressed while a result's arrival moved the focus is lost.
      await vsc.pressInEditor('Control+Period');
      await new Promise((r) => setTimeout(r, 600));
    }
    const all = noteRead('the light bulb menu', await rows.allTextContents().catch(() => []));
    return all.some((x) => x.includes(title)) ? all : null;
  }, `the quick fix "${title}"`, 30_000);
  await row.click();
  return labels;
}

/**
 * Only WireDiff's own errors fail a test: its webviews' console, and its entries in the extension
 * host's log under `root` (the profile's user-data dir). The workbench's noise on a busy offline
 * machine is reported as a diagnostic of `t`, not asserted.
 */
export function assertNoWireDiffErrors(t, vsc, root) {
  const errors = vsc.extensionConsoleErrors();
  assert.deepEqual(errors, [], `WireDiff's console errors: ${JSON.stringify(errors, null, 2)}`);
  const hostErrors = extensionHostErrors(root);
  assert.deepEqual(hostErrors, [], `WireDiff's errors in the extension host log:\n${hostErrors.join('\n')}`);
  const noise = vsc.unexpectedConsoleErrors().filter((e) => !errors.includes(e));
  if (noise.length) t.diagnostic(`workbench console errors, not WireDiff's (${noise.length}): ${noise.map((e) => e.text.slice(0, 120)).join(' | ')}`);
}
