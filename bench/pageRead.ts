/**
 * Read time per KB of every tune page, warm, in one process: where a page read's CPU time goes.
 *
 *   node --import tsx --expose-gc bench/pageRead.ts [--reads=N] [--top=N] [--only=SUBSTRING] [--all]
 *
 * For each tune page (test/fixtures/pages/manifest.json; held-out pages are never timed apart),
 * the best of N reads (CPU time of the process, a full GC before each) of:
 *   - read: `readFile` whole, as the CLI and the editor read a page (the DOM bundle loaded);
 *   - own: WireDiff's own reading of the page's blocks (`readHtmlBlocks`, htmlparser2);
 *   - dom: the article finder (`findArticle`: the page cut lean, linkedom's DOM, the consent,
 *     comment and sidebar passes, Readability), as `readFile` calls it (once, or twice when asked again);
 *   - mark: the rest of `readFile` (`markArticle`: which blocks are the article's, core/article*.ts);
 *   - doc: `readDocument` after it (the read text segmented: what the pages eval times besides).
 * Prints the pages sorted by read time per KB (slowest first, `--top` of them; `--all`: every page)
 * and the totals. Best of N: the least disturbed read on a busy machine.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../src/core/document';
import { readArticle, readHtmlBlocks } from '../src/core/markup';
import { articleFinder, readFile } from '../src/read/page';

const ROOT = resolve(__dirname, '..');
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

interface Row {
  page: string;
  kb: number;
  read: number;
  own: number;
  dom: number;
  mark: number;
  doc: number;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** The least CPU time of `reads` calls of `f`, a full GC before each. */
function best(reads: number, f: () => void): number {
  let least = Infinity;
  for (let k = 0; k < reads; k++) {
    gc();
    const t = cpu();
    f();
    least = Math.min(least, cpu() - t);
  }
  return least;
}

function timePage(page: string, reads: number): Row {
  const source = readFileSync(join(PAGES, page), 'utf8');
  const find = articleFinder();
  readFile(source, page);
  const read = best(reads, () => readFile(source, page));
  const own = best(reads, () => readHtmlBlocks(source));
  // The finder's share of a whole read: timed inside `readArticle`, as it calls it.
  let dom = Infinity;
  for (let k = 0; k < reads; k++) {
    gc();
    let spent = 0;
    readArticle(source, page, (html, again) => {
      const t = cpu();
      const hint = find(html, again);
      spent += cpu() - t;
      return hint;
    });
    dom = Math.min(dom, spent);
  }
  const text = readFile(source, page);
  const doc = best(reads, () => readDocument(page, source, text));
  return { page, kb: source.length / 1024, read, own, dom, mark: Math.max(0, read - own - dom), doc };
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const reads = Number(opt('reads') ?? 5);
  const top = args.includes('--all') ? Infinity : Number(opt('top') ?? 25);
  const only = opt('only');
  const manifest = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8')) as { pages: Array<{ page: string; part: string }> };
  const pages = manifest.pages.filter((m) => m.part === 'tune' && (!only || m.page.includes(only))).map((m) => m.page);
  const rows = pages.map((p) => timePage(p, reads));
  rows.sort((a, b) => b.read / b.kb - a.read / a.kb);
  const f = (x: number): string => x.toFixed(1).padStart(7);
  console.log(`${'page'.padEnd(40)}      KB  read ms  ms/100KB    own    dom   mark    doc   (CPU, best of ${reads})`);
  for (const r of rows.slice(0, top)) {
    console.log(`${r.page.padEnd(40)} ${r.kb.toFixed(0).padStart(7)} ${f(r.read)}  ${f((100 * r.read) / r.kb)} ${f(r.own)}${f(r.dom)}${f(r.mark)}${f(r.doc)}`);
  }
  const sum = (k: keyof Omit<Row, 'page'>): number => rows.reduce((a, r) => a + r[k], 0);
  console.log(
    `${rows.length} pages, ${sum('kb').toFixed(0)} KB: read ${sum('read').toFixed(0)} ms (own ${sum('own').toFixed(0)}, dom ${sum('dom').toFixed(0)}, ` +
      `mark ${sum('mark').toFixed(0)}), ${((100 * sum('read')) / sum('kb')).toFixed(1)} ms per 100 KB; doc ${sum('doc').toFixed(0)} ms`,
  );
}

main();
