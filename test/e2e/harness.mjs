// End-to-end harness: drives a real VS Code (code-server, see
// scripts/code-server.mjs) in Debian's Chromium through playwright-core.
// playwright-core is resolved from the e2e cache (scripts/e2e-setup.sh), not
// from the project's dependencies. Plain ESM; runs on Node 20.
//
//   import { withVSCode } from './harness.mjs';
//   await withVSCode({ workspace, vsix: 'wirediff.vsix' }, async (vsc) => {
//     await vsc.openFile('a.txt');
//     await vsc.runCommand('WireDiff: Compare with Clipboard');
//     expect(await vsc.decorationTexts()).toContain('HELLO');
//     await vsc.screenshot('after-compare');
//   });
//
// See test/e2e/README.md for the full API and the pitfalls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadPaths, startCodeServer } from '../../scripts/code-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS_DIR = process.env.E2E_SCREENSHOTS_DIR || path.join(HERE, 'screenshots');

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-background-networking', // the machine's network is closed:
  '--disable-component-update', //       no phoning home
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]);

/**
 * How much slower than a quiet machine this one is now: the one-minute load average per core,
 * between 1 and 8 (`E2E_SLOW` sets it). Every wait of the harness and of the WireDiff e2e files
 * (`waitFor`, common.mjs) and each test's own timeout is scaled by it (`slow`), so a wait that
 * takes 20 s on a quiet machine is given 100 s at load 10 on two cores, and a wait that fails on a
 * quiet machine still fails within its written time. Read at each wait (the load moves during a run).
 */
export function loadFactor() {
  const set = Number(process.env.E2E_SLOW);
  if (set > 0) return set;
  const perCore = os.loadavg()[0] / Math.max(1, os.cpus().length);
  return Math.min(8, Math.max(1, perCore));
}

/** `ms` as this machine's load makes it (`loadFactor`); `factor` the factor read once, e.g. for a test's own timeout. */
export const slow = (ms, factor = loadFactor()) => Math.round(ms * factor);

export const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS) || 30_000;
const LOAD_TIMEOUT = Number(process.env.E2E_LOAD_TIMEOUT_MS) || 90_000;

// Console noise a code-server without network always prints; not our bugs.
export const KNOWN_CONSOLE_NOISE = [
  /ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/,
  /Failed to load resource/,
  /marketplace|gallery|open-vsx|update\.code\.visualstudio/i,
  /net::ERR_/,
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * What the readers (editorText, decorationTexts, quickPickRows; statusText and the others in
 * common.mjs) last returned, by reader: a wait that times out (common.mjs `waitFor`) says what it
 * saw, not only `false`.
 */
export const lastReads = new Map();
/** Records what `reader` returned (kept short) and returns it unchanged. */
export function noteRead(reader, value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  lastReads.set(reader, text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text);
  return value;
}

// ------------------------------------------------------------ playwright ---

let playwright;
/** playwright-core from E2E_PLAYWRIGHT_CORE, the e2e cache, or the project. */
export function loadPlaywright(paths) {
  if (playwright) return playwright;
  const tried = [];
  const bases = [];
  if (process.env.E2E_PLAYWRIGHT_CORE) bases.push(path.join(path.resolve(process.env.E2E_PLAYWRIGHT_CORE), 'noop.js'));
  try {
    paths ??= loadPaths();
    if (paths.toolsDir) bases.push(path.join(paths.toolsDir, 'package.json'));
  } catch (e) {
    tried.push(e.message);
  }
  bases.push(path.join(HERE, '..', '..', 'package.json'));
  for (const base of bases) {
    try {
      const req = createRequire(base);
      playwright = req(process.env.E2E_PLAYWRIGHT_CORE ? path.resolve(process.env.E2E_PLAYWRIGHT_CORE) : 'playwright-core');
      return playwright;
    } catch (e) {
      tried.push(`${base}: ${e.code || e.message}`);
    }
  }
  throw new Error(`playwright-core not found; run: bash scripts/e2e-setup.sh\n  tried ${tried.join('\n  tried ')}`);
}

function chromiumPath(paths) {
  const p = process.env.E2E_CHROMIUM || paths?.chromium || '/usr/bin/chromium';
  if (!fs.existsSync(p)) throw new Error(`${p} not found; run: bash scripts/e2e-setup.sh`);
  return p;
}

// ------------------------------------------------------------------ VSCode ---

const Q = {
  workbench: '.monaco-workbench',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  activeEditor: '.editor-group-container.active .monaco-editor',
  hover: '.monaco-hover:not(.hidden)',
  toasts: '.notifications-toasts .notification-toast',
};

export class VSCode {
  /** Use launchVSCode() rather than this constructor. */
  constructor({ context, page, browserDir, timeoutMs = DEFAULT_TIMEOUT, screenshotsDir = SCREENSHOTS_DIR }) {
    this.context = context;
    this.page = page;
    this.browserDir = browserDir;
    this.timeoutMs = timeoutMs;
    this.screenshotsDir = screenshotsDir;
    /** @type {{type:string,text:string,url?:string}[]} every console error and page error */
    this.consoleErrors = [];
    this._shots = 0;
    page.setDefaultTimeout(slow(timeoutMs));
    const record = (p) => {
      p.on('console', (msg) => {
        if (msg.type() === 'error') this.consoleErrors.push({ type: 'console', text: msg.text(), url: msg.location()?.url });
      });
      p.on('pageerror', (err) => this.consoleErrors.push({ type: 'pageerror', text: String(err?.stack || err) }));
    };
    record(page);
    context.on('page', record);
  }

  /** Console errors minus KNOWN_CONSOLE_NOISE (and `ignore` patterns). */
  unexpectedConsoleErrors(ignore = []) {
    const pats = [...KNOWN_CONSOLE_NOISE, ...ignore];
    return this.consoleErrors.filter((e) => !pats.some((re) => re.test(e.text)));
  }

  /**
   * The console and page errors that come from the extension under test: those raised in its
   * webviews (their scripts are served from the extension's folder, so the location names it) or
   * whose text names it. The workbench's own noise (an authentication provider that did not
   * register in time on a busy machine, the offline gallery, telemetry) is not the extension's and
   * does not fail a test. `name` matches the extension's id, bundle or log prefix.
   */
  extensionConsoleErrors(name = /wirediff/i) {
    return this.consoleErrors.filter((e) => name.test(e.text) || (e.url !== undefined && name.test(e.url)));
  }

  /** Open a workbench URL and wait until it is usable. */
  async open(url, { timeoutMs = LOAD_TIMEOUT } = {}) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: slow(timeoutMs) });
    await this.waitForWorkbench({ timeoutMs });
  }

  /** Wait for `.monaco-workbench`, the explorer or status bar, then tidy up. */
  async waitForWorkbench({ timeoutMs = LOAD_TIMEOUT } = {}) {
    await this._do(`workbench did not load (${Q.workbench})`, async () => {
      await this.page.waitForSelector(Q.workbench, { state: 'visible', timeout: slow(timeoutMs) });
      // The status bar is rendered once the workbench is restored; the
      // remote indicator shows once the server connection is up.
      await this.page.waitForSelector('.monaco-workbench .part.statusbar', { state: 'visible', timeout: slow(timeoutMs) });
      await this.page
        .waitForSelector('.monaco-workbench .part.statusbar #status\\.host, .monaco-workbench .statusbar-item.remote-kind', {
          state: 'attached',
          timeout: 5000,
        })
        .catch(() => {});
    });
    await this.dismissNotifications();
    await this.closeWelcome();
  }

  /** Clear notification toasts (and the notification center). */
  async dismissNotifications() {
    const page = this.page;
    for (let i = 0; i < 10; i++) {
      const toast = page.locator(Q.toasts).first();
      if (!(await toast.isVisible().catch(() => false))) break;
      await toast.hover().catch(() => {});
      const clear = toast.locator('.codicon-notifications-clear, .codicon-close').first();
      if (await clear.isVisible().catch(() => false)) await clear.click().catch(() => {});
      else await page.keyboard.press('Escape');
      await sleep(100);
    }
  }

  /** Close Welcome / walkthrough / release-notes editors if any opened. */
  async closeWelcome() {
    const tabs = this.page.locator('.tabs-container .tab').filter({ hasText: /^(Welcome|Walkthrough|Release Notes|Getting Started)/ });
    for (let i = 0; i < 5 && (await tabs.count()) > 0; i++) {
      const tab = tabs.first();
      await tab.hover().catch(() => {});
      await tab.locator('.codicon-close, .action-label.codicon').first().click().catch(() => {});
      await sleep(150);
    }
  }

  async _quickInputClosed() {
    await this.page.waitForSelector(Q.quickInput, { state: 'hidden', timeout: slow(this.timeoutMs) }).catch(() => {});
  }

  async _closeQuickInput() {
    if (await this.page.locator(Q.quickInput).isVisible().catch(() => false)) {
      await this.page.keyboard.press('Escape');
      await this._quickInputClosed();
    }
  }

  /** Rows currently shown in the quick input: [{label, description, aria, focused}] */
  async quickPickRows() {
    return noteRead('quickPickRows', await this.page.$$eval(Q.quickRows, (rows) =>
      rows.map((r) => ({
        label: (r.querySelector('.label-name')?.textContent || '').replace(/\u00a0/g, ' ').trim(),
        description: (r.querySelector('.label-description')?.textContent || '').trim(),
        aria: r.getAttribute('aria-label') || '',
        focused: r.classList.contains('focused'),
      })),
    ));
  }

  /**
   * Open a workspace file by name with Quick Open (Ctrl+P).
   * @param {string} name  file name or workspace-relative path
   */
  async openFile(name, { timeoutMs = this.timeoutMs } = {}) {
    const base = path.basename(name);
    await this._do(`openFile(${JSON.stringify(name)})`, async () => {
      const row = this.page.locator(Q.quickRows).filter({ has: this.page.locator('.label-name', { hasText: base }) }).first();
      // File search runs on the server (ripgrep): wait for a matching row. The first search of a
      // busy machine can outlast the wait; Quick Open is asked once more (the search is warm then).
      for (let attempt = 1; ; attempt++) {
        await this._closeQuickInput();
        await this.page.keyboard.press('Control+P');
        const box = this.page.locator(Q.quickInputBox);
        await box.waitFor({ state: 'visible', timeout: slow(timeoutMs) });
        await box.fill(name);
        try {
          await row.waitFor({ state: 'visible', timeout: slow(timeoutMs) });
          break;
        } catch (e) {
          if (attempt >= 2) throw e;
        }
      }
      const rows = await this.quickPickRows();
      if (rows[0]?.label === base) await this.page.keyboard.press('Enter');
      else await row.click();
      await this._quickInputClosed();
      await this.page
        .locator(Q.activeTab)
        .filter({ hasText: base })
        .waitFor({ state: 'visible', timeout: slow(timeoutMs) });
      await this.page.locator(Q.activeEditor).first().waitFor({ state: 'visible', timeout: slow(timeoutMs) });
    });
  }

  /**
   * Run a command from the command palette (F1), by its title as shown there
   * ("Category: Title"). Picks the row whose label equals the title, waiting
   * for it to appear (extension commands appear once the extension host has
   * read the manifests).
   */
  async runCommand(title, { timeoutMs = this.timeoutMs } = {}) {
    await this._do(`runCommand(${JSON.stringify(title)})`, async () => {
      await this._closeQuickInput();
      const deadline = Date.now() + slow(timeoutMs);
      for (let attempt = 0; ; attempt++) {
        await this.page.keyboard.press('F1');
        const box = this.page.locator(Q.quickInputBox);
        await box.waitFor({ state: 'visible', timeout: slow(timeoutMs) });
        await box.fill(`>${title}`);
        const want = title.toLowerCase();
        let rows = [];
        const until = Math.min(deadline, Date.now() + 3000);
        while (Date.now() < until) {
          rows = await this.quickPickRows();
          if (rows.some((r) => r.label.toLowerCase() === want)) break;
          await sleep(100);
        }
        const idx = rows.findIndex((r) => r.label.toLowerCase() === want);
        if (idx >= 0) {
          if (rows[idx].focused) await this.page.keyboard.press('Enter');
          else await this.page.locator(Q.quickRows).nth(idx).click();
          await this._quickInputClosed();
          return;
        }
        if (Date.now() >= deadline) {
          throw new Error(`no command titled ${JSON.stringify(title)} in the palette; rows: ${JSON.stringify(rows.map((r) => r.label))}`);
        }
        await this.page.keyboard.press('Escape');
        await this._quickInputClosed();
        await sleep(500);
      }
    });
  }

  /**
   * Run a command and wait until `ran()` says it took effect (a dialog shown, a line logged); run it
   * again when it did not within `waitMs`. The palette closing only says a row was picked: on a
   * loaded machine the pick can be lost with nothing run. Only for a command that is safe to run
   * twice (it asks first, or its effect is idempotent). Throws after `tries` runs, naming what it
   * waited for.
   */
  async runCommandUntil(title, ran, what, { tries = 3, waitMs = 15_000 } = {}) {
    for (let run = 1; ; run++) {
      await this.runCommand(title);
      const deadline = Date.now() + waitMs;
      while (Date.now() < deadline) {
        if (await ran()) return run;
        await sleep(200);
      }
      if (run >= tries) throw new Error(`runCommand(${JSON.stringify(title)}) ${tries} times; never saw ${what}`);
      await this._closeQuickInput();
      if (await ran()) return run; // it took effect while the palette was being closed
    }
  }

  /**
   * Focus the active text editor's input (click-free), and wait until it holds the focus: a modal
   * dialog or a webview closing hands the focus back later, and a key pressed before that is lost.
   */
  async focusEditor({ timeoutMs = this.timeoutMs } = {}) {
    await this._closeQuickInput();
    const ta = this.page.locator(`${Q.activeEditor} textarea.inputarea, ${Q.activeEditor} .native-edit-context`).first();
    const deadline = Date.now() + slow(timeoutMs);
    let where = '';
    for (;;) {
      await ta.focus();
      where = await this.page.evaluate((sel) => {
        const ae = document.activeElement;
        return ae?.closest(sel) ? '' : `${ae?.tagName ?? 'nothing'}.${String(ae?.className ?? '').slice(0, 80)}`;
      }, Q.activeEditor);
      if (!where) return;
      if (Date.now() >= deadline) throw new Error(`the editor never took the focus; it is on ${where}`);
      await sleep(100);
    }
  }

  /** Press a key in the active editor, once its input holds the focus. */
  async pressInEditor(key) {
    await this.focusEditor();
    await this.page.keyboard.press(key);
  }

  /** Move the cursor with Ctrl+G ("line" or "line:column", 1-based). */
  async goToLine(line, column) {
    await this._do(`goToLine(${line}${column ? ':' + column : ''})`, async () => {
      const box = this.page.locator(Q.quickInputBox);
      // Ctrl+G reaches the workbench only from the editor or the workbench: a webview (WireDiff's
      // panel, just opened by a compare) may hold the focus and keep the key. Then focus the
      // editor and press it again.
      // (The box may also close or turn inert before it is filled, when the focus moves on as a
      // comparison's result arrives: then open it again.)
      for (let attempt = 1; ; attempt++) {
        await this._closeQuickInput();
        if (attempt > 1) await this.focusEditor();
        await this.page.keyboard.press('Control+G');
        try {
          await box.waitFor({ state: 'visible', timeout: slow(attempt < 3 ? 10_000 : 30_000) });
          await box.fill(`:${line}${column ? ':' + column : ''}`, { timeout: slow(attempt < 3 ? 10_000 : 30_000) });
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
        }
      }
      await this.page.keyboard.press('Enter');
      await this._quickInputClosed();
    });
  }

  /**
   * The file's words in the active editor's rendered rows (those in view), top to bottom, a row to
   * a line. Injected text is left out: an inlay hint's label is drawn as text of the row (in a span
   * of a generated `dyn-rule-…` class) but is no word of the file, and it comes and goes as the
   * hints are asked for again after each edit. For the document's whole text, save it and read the
   * file.
   */
  async editorText() {
    const text = await this.page.$eval(Q.activeEditor, (ed) =>
      [...ed.querySelectorAll('.view-lines .view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => {
          let own = '';
          const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
          for (let n; (n = walker.nextNode()); ) if (!n.parentElement?.closest('span[class*="dyn-rule"]')) own += n.textContent;
          return own.replace(/\u00a0/g, ' ');
        })
        .join('\n'),
    );
    return noteRead('editorText', text);
  }

  /**
   * Texts of `before`/`after` decorations (contentText) in the active editor's
   * visible lines. Monaco renders them as empty spans whose text lives in CSS
   * `::before`/`::after { content: "..." }`, so textContent does not show them.
   * @returns {Promise<{text:string, pseudo:'::before'|'::after', line:number, className:string}[]>}
   */
  async decorationTexts({ all = false } = {}) {
    const sel = all ? '.monaco-editor' : Q.activeEditor;
    const texts = await this.page.$$eval(sel, (eds) => {
      const out = [];
      const unquote = (c) => {
        if (!c || c === 'none' || c === 'normal') return null;
        const m = /^"(.*)"$/s.exec(c) || /^'(.*)'$/s.exec(c);
        return m ? m[1].replace(/\\([0-9a-fA-F]{1,6}) ?/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/\\(.)/g, '$1') : c;
      };
      for (const ed of eds) {
        const lineTops = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].map((n) => ({
          top: n.getBoundingClientRect().top,
          n: Number(n.textContent.trim()),
        }));
        for (const el of ed.querySelectorAll('.view-lines .view-line span, .view-overlays div, .contentWidgets *')) {
          for (const pseudo of ['::before', '::after']) {
            const text = unquote(getComputedStyle(el, pseudo).content);
            if (text === null || text === '') continue;
            // A wrapped line's number stands at its first row: the element is on the
            // last numbered line that starts at or above it.
            const top = el.getBoundingClientRect().top;
            const ln = lineTops.reduce((best, l) => (l.top <= top + 2 && (!best || l.top > best.top) ? l : best), null);
            out.push({ text, pseudo, line: ln ? ln.n : -1, className: String(el.className) });
          }
        }
        // Injected text (an inlay hint: VS Code draws its label as text of the line, in a span
        // of a generated class, and wraps the line with it): `pseudo` is 'injected'.
        for (const el of ed.querySelectorAll('.view-lines .view-line span[class*="dyn-rule"]')) {
          const text = el.textContent.replace(/\u00a0/g, ' ').trim();
          if (!text) continue;
          const top = el.getBoundingClientRect().top;
          const ln = lineTops.reduce((best, l) => (l.top <= top + 2 && (!best || l.top > best.top) ? l : best), null);
          out.push({ text, pseudo: 'injected', line: ln ? ln.n : -1, className: String(el.className) });
        }
      }
      return out;
    });
    noteRead('decorationTexts', texts.map((d) => d.text));
    return texts;
  }

  /** Wait until a decoration with this text (string or RegExp) is rendered. */
  async waitForDecoration(text, { timeoutMs = this.timeoutMs } = {}) {
    const match = (t) => (text instanceof RegExp ? text.test(t) : t.includes(text));
    const deadline = Date.now() + slow(timeoutMs);
    let last = [];
    while (Date.now() < deadline) {
      last = await this.decorationTexts();
      const hit = last.find((d) => match(d.text));
      if (hit) return hit;
      await sleep(150);
    }
    const shot = await this._failShot('waitForDecoration');
    throw new Error(`no decoration text matching ${text} within ${slow(timeoutMs)} ms; seen: ${JSON.stringify(last.map((d) => d.text))}\n  screenshot: ${shot}`);
  }

  /**
   * Hover a position in the active editor and return the hover's text.
   * - `{ text: 'foo', nth = 0 }`: mouse over the nth rendered occurrence of `foo`
   * - `{ line, column }` (1-based): move the cursor there and run "Show or Focus Hover"
   */
  async hoverText(where, { timeoutMs = this.timeoutMs } = {}) {
    return this._do(`hoverText(${JSON.stringify(where)})`, async () => {
      const page = this.page;
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await page.waitForSelector(Q.hover, { state: 'detached', timeout: 2000 }).catch(() => {});
      if (where.text !== undefined) {
        const pt = await page.$eval(
          Q.activeEditor,
          (ed, { text, nth }) => {
            const lines = [...ed.querySelectorAll('.view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
            let seen = 0;
            for (const line of lines) {
              const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
              let node;
              const nodes = [];
              let full = '';
              while ((node = walker.nextNode())) {
                nodes.push({ node, start: full.length });
                full += node.textContent.replace(/\u00a0/g, ' ');
              }
              let idx = -1;
              while ((idx = full.indexOf(text, idx + 1)) >= 0) {
                if (seen++ < nth) continue;
                const mid = idx + Math.floor(text.length / 2);
                const hit = nodes.findLast((n) => n.start <= mid);
                const range = document.createRange();
                range.setStart(hit.node, mid - hit.start);
                range.setEnd(hit.node, Math.min(mid - hit.start + 1, hit.node.length));
                const r = range.getBoundingClientRect();
                return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
              }
            }
            return null;
          },
          { text: where.text, nth: where.nth ?? 0 },
        );
        if (!pt) throw new Error(`text ${JSON.stringify(where.text)} is not rendered in the active editor`);
        await page.mouse.move(pt.x - 3, pt.y);
        await page.mouse.move(pt.x, pt.y, { steps: 3 });
      } else if (where.line !== undefined) {
        await this.goToLine(where.line, where.column ?? 1);
        await this.runCommand('Show or Focus Hover');
      } else {
        throw new Error('hoverText wants {text} or {line, column}');
      }
      const hover = page.locator(Q.hover).filter({ hasText: /\S/ }).first();
      await hover.waitFor({ state: 'visible', timeout: slow(timeoutMs) });
      // Hovers fill in asynchronously ("Loading..." first); one provider's part (a problem's) can
      // show while another's still says "Loading..." on a line of its own: wait for all of them.
      let text = '';
      const deadline = Date.now() + slow(timeoutMs);
      while (Date.now() < deadline) {
        text = (await hover.innerText()).trim();
        if (text && !/^Loading\.\.\.$/m.test(text)) break;
        await sleep(100);
      }
      return text;
    });
  }

  /**
   * Webviews: an outer `iframe.webview` (in the workbench page; its src has
   * `extensionId=` and `purpose=` query parameters) whose document holds the
   * extension's HTML in an inner `iframe#active-frame`. Lists them all.
   * Webviews load lazily: a view's frame appears ~1-4 s after it is shown.
   * @returns {Promise<{frame: import('playwright-core').Frame, title: string, extensionId: string, purpose: string, text: string, visible: boolean}[]>}
   */
  async webviews() {
    const out = [];
    for (const outer of await this.page.$$('iframe.webview')) {
      const src = (await outer.getAttribute('src').catch(() => null)) || '';
      const q = new URL(src, 'http://x/').searchParams;
      const outerFrame = await outer.contentFrame().catch(() => null);
      if (!outerFrame) continue;
      const innerEl = await outerFrame.$('iframe#active-frame').catch(() => null);
      const frame = innerEl && (await innerEl.contentFrame().catch(() => null));
      if (!frame) continue;
      const info = await frame
        .evaluate(() => ({ title: document.title || '', text: document.body?.innerText || '' }))
        .catch(() => ({ title: '', text: '' }));
      out.push({
        frame,
        title: info.title || (await outer.getAttribute('title').catch(() => '')) || '',
        extensionId: q.get('extensionId') || '',
        purpose: q.get('purpose') || '',
        text: info.text,
        visible: await outer.isVisible().catch(() => false),
      });
    }
    return out;
  }

  /**
   * Wait for a webview and return its inner content frame. Filters (all
   * optional, string = substring, or RegExp): `title` (the HTML's <title>),
   * `contains` (body text), `extensionId`, `purpose` ('webviewView' for
   * views, 'webviewEditor' / 'customEditor' for panels and custom editors),
   * `selector` (present in the document).
   * @returns {Promise<import('playwright-core').Frame>}
   */
  async webviewFrame({ title, contains, extensionId, purpose, selector, timeoutMs = this.timeoutMs } = {}) {
    const test = (pat, s) => (pat === undefined ? true : pat instanceof RegExp ? pat.test(s) : s.includes(pat));
    const deadline = Date.now() + slow(timeoutMs);
    let seen = [];
    while (Date.now() < deadline) {
      seen = await this.webviews();
      for (const w of seen) {
        if (!test(title, w.title) || !test(contains, w.text) || !test(extensionId, w.extensionId) || !test(purpose, w.purpose)) continue;
        if (selector && !(await w.frame.$(selector).catch(() => null))) continue;
        return w.frame;
      }
      await sleep(200);
    }
    const shot = await this._failShot('webviewFrame');
    const want = { title, contains, extensionId, purpose, selector };
    throw new Error(
      `no webview matching ${JSON.stringify(want, (k, v) => (v instanceof RegExp ? String(v) : v))} within ${slow(timeoutMs)} ms; ` +
        `webviews: ${JSON.stringify(seen.map((w) => ({ title: w.title, extensionId: w.extensionId, purpose: w.purpose, text: w.text.slice(0, 80) })))}` +
        `\n  screenshot: ${shot}`,
    );
  }

  /** Save a PNG into test/e2e/screenshots/NAME.png; returns its path. */
  async screenshot(name, { fullPage = false } = {}) {
    fs.mkdirSync(this.screenshotsDir, { recursive: true });
    const file = path.join(this.screenshotsDir, `${String(name).replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file, fullPage, timeout: 15_000 });
    return file;
  }

  async _failShot(what) {
    try {
      return await this.screenshot(`FAIL-${what}-${Date.now()}`);
    } catch {
      return null;
    }
  }

  /** Run fn; on failure add a screenshot path and console errors to the error. */
  async _do(what, fn) {
    try {
      return await fn();
    } catch (e) {
      if (e && !e.e2eDecorated) {
        const shot = await this._failShot(what.replace(/\(.*$/, ''));
        const errs = this.unexpectedConsoleErrors().slice(-5).map((x) => `    ${x.text.slice(0, 300)}`);
        e.message = `${what} failed: ${e.message}\n  screenshot: ${shot ?? '(none)'}${errs.length ? `\n  console errors:\n${errs.join('\n')}` : ''}`;
        e.e2eDecorated = true;
      }
      throw e;
    }
  }

  /** Run a named test step with the same failure decoration. */
  step(name, fn) {
    return this._do(name, fn);
  }

  async close() {
    await this.context.close().catch(() => {});
    if (this.browserDir) fs.rmSync(this.browserDir, { recursive: true, force: true });
  }
}

/**
 * Launch Chromium (fresh temp profile) and, if `url` is given, open the
 * workbench there.
 * @param {{url?: string, headless?: boolean, viewport?: {width:number,height:number}, timeoutMs?: number, screenshotsDir?: string, paths?: object}} [opts]
 * @returns {Promise<VSCode>}
 */
export async function launchVSCode(opts = {}) {
  let paths = opts.paths;
  try {
    paths ??= loadPaths();
  } catch {
    paths = undefined;
  }
  const { chromium } = loadPlaywright(paths);
  const browserDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-chromium-'));
  const context = await chromium.launchPersistentContext(browserDir, {
    executablePath: chromiumPath(paths),
    headless: opts.headless ?? process.env.E2E_HEADED !== '1',
    args: [...CHROMIUM_ARGS, ...(opts.args || [])],
    viewport: opts.viewport || { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    timeout: 60_000,
  });
  const page = context.pages()[0] || (await context.newPage());
  const vsc = new VSCode({ context, page, browserDir, timeoutMs: opts.timeoutMs, screenshotsDir: opts.screenshotsDir });
  if (opts.url) {
    try {
      await vsc.open(opts.url);
    } catch (e) {
      await vsc.close();
      throw e;
    }
  }
  return vsc;
}

/**
 * Start code-server (installing `vsix`), open Chromium on `workspace`, run
 * `fn(vsc, server)`, then close both. On failure a screenshot is taken.
 * Options are those of startCodeServer() plus launchVSCode()'s.
 */
export async function withVSCode(opts, fn) {
  const server = await startCodeServer(opts);
  let vsc;
  try {
    vsc = await launchVSCode({ ...opts, url: server.url });
    return await vsc.step('test', () => fn(vsc, server));
  } catch (e) {
    // The server's temp profile goes away on stop(): keep its log.
    try {
      fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      const keep = path.join(SCREENSHOTS_DIR, `FAIL-code-server-${Date.now()}.log`);
      fs.copyFileSync(server.logFile, keep);
      e.message += `\n  code-server log: ${keep}`;
    } catch {}
    throw e;
  } finally {
    if (vsc) await vsc.close();
    await server.stop();
  }
}
