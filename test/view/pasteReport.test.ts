/**
 * The findings as users paste them into an e-mail (plain text) or a CMS (Markdown),
 * src/view/pasteReport.ts: every quoted text is its file's words, whole (white space folded);
 * the lines named are the document's lines (a saved web page's own); what the reader does not
 * see (a severity below the setting, a dismissed finding) is left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/core/index';
import { toSourceComparison } from '../../src/core/readText';
import { readFile } from '../../src/read/page';
import { pasteReport } from '../../src/view/pasteReport';
import { ComparisonView } from '../../src/view/result';
import { seed } from '../helpers';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
const unescapeMarkdown = (s: string): string => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

/** The quoted lines of a pasted report: [side, text] ('−'/'+' lines of the text, canonical/article lines of the Markdown). */
function quotes(report: string, format: 'text' | 'markdown'): Array<['canonical' | 'article', string]> {
  const out: Array<['canonical' | 'article', string]> = [];
  for (const line of report.split('\n')) {
    if (format === 'text') {
      const m = /^ {6}([−+]) (.*)$/.exec(line);
      if (m) out.push([m[1] === '−' ? 'canonical' : 'article', m[2]!]);
    } else {
      const m = /^ {2}- (canonical|article): (?:~~|\*\*)(.*)(?:~~|\*\*)$/.exec(line);
      if (m) out.push([m[1] as 'canonical' | 'article', unescapeMarkdown(m[2]!)]);
    }
  }
  return out;
}

test('every ordered pair of seeds, pasted as text and as Markdown: each quote is the whole of its file\'s words', () => {
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      if (i === j) continue;
      const canonical = seed(i);
      const article = seed(j);
      const c = compare(canonical, article);
      const view = new ComparisonView(c, article, canonical);
      for (const format of ['text', 'markdown'] as const) {
        const report = pasteReport([{ view, articleName: `${j}.txt`, canonicalName: `${i}.txt`, filter: {} }], format);
        const q = quotes(report, format);
        assert.ok(q.length > 0 || c.discrepancies.length === 0, `${i}→${j} ${format}: quotes found`);
        for (const [side, text] of q) {
          assert.ok(!text.endsWith('…') || fold(side === 'canonical' ? canonical : article).includes(fold(text)), `${i}→${j} ${format}: a quote cut short: ${text}`);
          for (const piece of text.split(' … ')) {
            assert.ok(fold(side === 'canonical' ? canonical : article).includes(fold(piece)), `${i}→${j} ${format}: not the ${side}'s text: ${JSON.stringify(piece)}`);
          }
        }
        assert.doesNotMatch(report, /\u001b\[/, 'no terminal colours');
      }
    }
  }
});

test('a long sentence is quoted whole, not cut to a terminal\'s width', () => {
  const long = 'The committee, which met behind closed doors for more than eleven hours on Thursday and again on Friday morning before it agreed on the final wording, said that at least 300 households would be moved.';
  const canonical = `${long}\n\nThe move starts in May.`;
  const article = 'The move starts in May.';
  const view = new ComparisonView(compare(canonical, article), article, canonical);
  for (const format of ['text', 'markdown'] as const) {
    const report = pasteReport([{ view, articleName: 'a.txt', canonicalName: 'c.txt', filter: {} }], format);
    assert.ok(quotes(report, format).some(([side, t]) => side === 'canonical' && unescapeMarkdown(t) === long), `${format}: ${report}`);
  }
});

test('a saved web page: the lines named are the page\'s own, the quotes its words', () => {
  const wire = 'Volunteers planted 2,000 oak saplings along the river on Saturday, the park service said.\n\nA second planting day is planned for the spring.';
  const page = '<!DOCTYPE html>\n<html><head><title>Oaks</title></head>\n<body>\n<nav><a href="/">Home</a></nav>\n<article>\n<p>Volunteers planted 1,500 oak saplings along the river on Saturday, the park service said.</p>\n<p>A second planting day is planned for the spring.</p>\n</article>\n</body></html>\n';
  const read = readFile(page, 'oaks.html')!;
  const view = new ComparisonView(compare(wire, read.text), read.text, wire, { article: { source: page, read, markup: 'html' }, canonical: null });
  const text = pasteReport([{ view, articleName: 'oaks.html', canonicalName: 'wire.txt', filter: {} }], 'text');
  const line = page.split('\n').findIndex((l) => l.includes('1,500')) + 1;
  assert.match(text, new RegExp(`L${line}\\b`), `names line ${line} of the page: ${text}`);
  assert.ok(text.includes('      + 1,500\n'), text);
  const md = pasteReport([{ view, articleName: 'oaks.html', canonicalName: 'wire.txt', filter: {} }], 'markdown');
  assert.match(md, new RegExp(`\\(line ${line}\\)`));
  // The same line numbers as the CLI's report on the file (offsets moved into the page).
  assert.equal(toSourceComparison(view.comparison, null, read).discrepancies.length, view.comparison.discrepancies.length);
});

test('what the reader does not see is not pasted: findings below the severity setting, dismissed ones', () => {
  const canonical = seed(0);
  const article = seed(4);
  const c = compare(canonical, article);
  const view = new ComparisonView(c, article, canonical);
  const reasons = (filter: object) => pasteReport([{ view, articleName: 'a.txt', canonicalName: 'c.txt', filter }], 'markdown').split('\n').filter((l) => /^- \*\*/.test(l)).length;
  const all = reasons({});
  assert.equal(all, c.discrepancies.length);
  assert.equal(reasons({ minSeverity: 'high' }), c.discrepancies.filter((d) => d.severity === 'high').length);
  const one = c.discrepancies[0]!;
  assert.equal(reasons({ dismissed: new Set([one.id]) }), all - 1);
});

test('a folder run: one report per version, in order', () => {
  const canonical = seed(0);
  const views = [1, 2].map((j) => new ComparisonView(compare(canonical, seed(j)), seed(j), canonical));
  const md = pasteReport(views.map((view, k) => ({ view, articleName: `v${k + 1}.txt`, canonicalName: 'wire.txt', filter: {} })), 'markdown');
  assert.deepEqual([...md.matchAll(/^# WireDiff report: (\S+)$/gm)].map((m) => unescapeMarkdown(m[1]!)), ['v1.txt', 'v2.txt']);
  const text = pasteReport(views.map((view, k) => ({ view, articleName: `v${k + 1}.txt`, canonicalName: 'wire.txt', filter: {} })), 'text');
  assert.deepEqual([...text.matchAll(/^WireDiff: (\S+),/gm)].map((m) => m[1]), ['v1.txt', 'v2.txt']);
});
