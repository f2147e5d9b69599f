// The evidence report (`wirediff report`) opened in headless Chromium: it renders with
// no console errors, makes no request besides the file itself, runs no script (the
// markup planted in an article stays text), its matrix links land on the version's
// aligned text, and its print stylesheet applies. Screenshots go to
// test/e2e/screenshots/ (report-top.png, report-version.png, report-print.png).
//
//   node --test test/e2e/report.e2e.mjs       (needs: bash scripts/e2e-setup.sh)
//   E2E_REQUIRED=1                            fail (instead of skip) when the tools are missing
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPlaywright, SCREENSHOTS_DIR, slow } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SEEDS = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => path.join(FIXTURES, f));
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const EVIL =
  'Officials said <script>document.title="PWNED";window.__pwned=1</script> and ' +
  '<img src=x onerror="document.title=\'PWNED\';window.__pwned=2"> were planted, with <b>bold</b> & "quotes".';

let playwright;
let skip = false;
try {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run bash scripts/e2e-setup.sh`);
  playwright = loadPlaywright();
} catch (e) {
  if (process.env.E2E_REQUIRED === '1') throw e;
  skip = e.message;
}

function makeReport(dir) {
  const canonical = SEEDS[0];
  const evil = path.join(dir, 'copy <img src=x onerror=alert(1)>.txt');
  const paras = fs.readFileSync(canonical, 'utf8').split('\n\n');
  paras.splice(3, 0, EVIL);
  fs.writeFileSync(evil, paras.join('\n\n'));
  const out = path.join(dir, 'report.html');
  const rel = (p) => path.relative(ROOT, p);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'report', '--canonical', rel(canonical), ...SEEDS.slice(1).map(rel), evil, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1733220000', NODE_OPTIONS: '' },
  });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

test('the HTML evidence report in headless Chromium', { skip, timeout: slow(120_000) }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-report-e2e-'));
  const file = makeReport(dir);
  const url = pathToFileURL(file).href;
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    const dialogs = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });

    // Rendered, no script ran, nothing fetched.
    assert.match(await page.title(), /^WireDiff evidence report: 5 versions against /);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no planted script ran');
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('script, img, svg, iframe, object, embed, link, form').count(), 0);
    assert.deepEqual(requests, [url], 'the document is the only request');
    const body = await page.evaluate(() => document.body.innerText);
    assert.ok(body.includes('<script>document.title="PWNED";window.__pwned=1</script>'), 'planted markup shown as text');
    assert.ok(body.includes('copy <img src=x onerror=alert(1)>.txt'), 'the file name shown as text');

    // The matrix: the PMF denial only in V2; "At least 300" changed with a hedge in V1.
    const rows = await page.$$eval('table.matrix tbody tr', (trs) =>
      trs.map((tr) => ({ id: tr.id, text: tr.querySelector('td.txt').textContent, cells: [...tr.querySelectorAll('td.cell')].map((td) => td.className) })),
    );
    assert.ok(rows.length > 20);
    const pmf = rows.find((r) => r.text.includes('Popular Mobilisation Forces said no group'));
    assert.deepEqual(
      pmf.cells.map((c) => !c.includes('absent')),
      [false, true, false, false, false],
    );
    const atLeast = rows.find((r) => r.text.startsWith('At least 300 fighters') && r.id.startsWith('row-c'));
    const v1 = await page.locator(`#${atLeast.id} td.cell`).first();
    assert.match(await v1.innerText(), /hedge/);
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'report-top.png') });

    // A click on the cell lands on V1's aligned text of that sentence, word diff marked.
    await v1.locator('a').click();
    const hash = await page.evaluate(() => location.hash);
    assert.equal(hash, `#v1-${atLeast.id.slice(4)}`);
    const target = page.locator(hash);
    assert.ok(await target.isVisible());
    const box = await target.boundingBox();
    assert.ok(box && box.y >= -1 && box.y < 900, `scrolled into view (y=${box?.y})`);
    assert.equal(await target.locator('td.c del').first().innerText(), 'At least');
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'report-version.png') });

    // The print stylesheet: no navigation, each version on a new page.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.$eval('nav.toc', (n) => getComputedStyle(n).display), 'none');
    assert.equal(await page.$eval('section.version', (s) => getComputedStyle(s).breakBefore), 'page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'report-print.png') });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    assert.ok(pdf.length > 20_000, 'prints to PDF');

    assert.deepEqual(errors, [], 'no console errors or warnings');
    assert.deepEqual(requests, [url], 'still nothing fetched');
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
