/**
 * Never misquote: every text shown as one side's words is that file's own text. Checked on
 * every ordered pair of seeds and on random edits of them (inflections, case, accents,
 * quote style, dropped and doubled words, currency signs), through the JSON `from`/`to`,
 * the panel model, the hover, and the terminal and Markdown reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type Comparison } from '../../src/core/index';
import { renderMarkdown } from '../../src/report/markdown';
import { renderText } from '../../src/report/text';
import { buildHoverMarkdown } from '../../src/view/hover';
import { buildPanelModel } from '../../src/view/panelModel';
import { articleSide, canonicalSide } from '../../src/view/diffText';
import { ComparisonView } from '../../src/view/result';
import { seed } from '../helpers';

const SEED_TEXTS = [0, 1, 2, 3, 4].map(seed);

/** The reader's white-space folding: runs of white space read as one space. */
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Asserts that a shown text is its file's: each piece (pieces are joined by " … " where
 * words between them were left out) is in the file, after white-space folding. A text cut
 * short for display ends in "…": what stands before it must be in the file.
 */
function assertQuotes(shown: string | null | undefined, file: string, what: string, cut = false): void {
  if (shown === null || shown === undefined || shown === '') return;
  const folded = fold(file);
  let pieces = fold(shown).split(' … ');
  if (cut) pieces = pieces.map((p) => p.replace(/…$/, ''));
  for (const p of pieces) {
    if (!p.trim()) continue;
    assert.ok(folded.includes(p.trim()), `${what} is not the file's text: ${JSON.stringify(p)}`);
  }
}

/** Undoes the Markdown escaping of the hovers and reports (src/report/escape.ts). */
const unescapeMarkdown = (s: string): string => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

function checkEverySide(c: Comparison, canonical: string, article: string): void {
  for (const [side, text] of [
    ['canonical', canonical],
    ['article', article],
  ] as const) {
    for (const s of c[side].sentences) assert.equal(text.slice(s.start, s.end), s.text);
  }
  const both = fold(canonical) + '\u0000' + fold(article);
  for (const d of c.discrepancies) {
    assertQuotes(d.from, canonical, `from of ${d.kind}`);
    assertQuotes(d.to, article, `to of ${d.kind}`);
    // The words a reason quotes are written as in one of the files (not lower-cased or stemmed).
    for (const m of d.reason.matchAll(/‘([^‘’]+)’/g)) {
      for (const piece of m[1]!.replace(/…$/, '').split(' … ')) assert.ok(both.includes(fold(piece)), `${d.kind} reason quotes ${JSON.stringify(piece)}: ${d.reason}`);
    }
  }
  for (const a of c.alignments) {
    // Each part of the word diff lies inside its group's sentences on each side (white space
    // between neighbours aside): a part that ran from one sentence to another standing apart
    // would quote the text between them as the group's.
    const within = (span: { start: number; end: number } | undefined, ids: number[], sentences: { start: number; end: number }[], text: string, side: string): void => {
      if (!span) return;
      const inGroup = new Uint8Array(span.end - span.start);
      for (const i of ids) for (let k = Math.max(span.start, sentences[i]!.start); k < Math.min(span.end, sentences[i]!.end); k++) inGroup[k - span.start] = 1;
      for (let k = span.start; k < span.end; k++) {
        if (!inGroup[k - span.start] && /\S/.test(text[k]!)) assert.fail(`${side} diff part ${span.start}-${span.end} takes in text outside group ${a.id} at ${k}`);
      }
    };
    for (const p of a.diff) {
      if (p.op === 'equal') assert.equal(article.slice(p.article!.start, p.article!.end), p.articleText ?? p.text);
      within(p.canonical, a.canonical, c.canonical.sentences, canonical, 'canonical');
      within(p.article, a.article, c.article.sentences, article, 'article');
    }
  }
  const view = new ComparisonView(c, article, canonical);
  // The panel: each finding's from/to and sentences, and both sides of every word diff.
  const model = buildPanelModel({ view, uri: 'file:///a.txt', articleName: 'a.txt', canonicalName: 'c.txt' });
  for (const g of model.groups) {
    for (const e of g.entries) {
      assertQuotes(e.from, canonical, 'panel from');
      assertQuotes(e.to, article, 'panel to');
      assertQuotes(e.canonical, canonical, 'panel canonical sentence');
      assertQuotes(e.article, article, 'panel article sentence');
    }
  }
  for (const tokens of Object.values(model.diffs)) {
    assertQuotes(canonicalSide(tokens), canonical, 'panel canonical line');
    assertQuotes(articleSide(tokens), article, 'panel article line');
  }
  // The hover: the sentences it quotes, and each finding's words.
  for (const d of c.discrepancies.slice(0, 40)) {
    const md = buildHoverMarkdown({ view, hits: [d], articleUri: 'file:///a.txt', canonicalName: 'c.txt' });
    const plain = fold(unescapeMarkdown(md));
    const quotedLines = md.split('\n\n').filter((l) => l.startsWith('> '));
    for (const l of quotedLines) {
      for (const t of unescapeMarkdown(l.slice(2)).split(' … ')) {
        assert.ok(fold(canonical).includes(fold(t)) || fold(article).includes(fold(t)), `hover quotes ${JSON.stringify(t)}`);
      }
    }
    for (const s of [d.from, d.to]) {
      if (s && d.kind !== 'omitted' && d.kind !== 'added') assert.ok(plain.includes(fold(s).slice(0, 100)), `hover shows ${JSON.stringify(s)}`);
    }
  }
  // The reports: the − and + lines of the terminal summary, the canonical/article lines of Markdown.
  const src = { canonicalPath: 'c.txt', articlePath: 'a.txt', canonicalText: canonical, articleText: article };
  for (const line of renderText(c, src, { width: 100 }).split('\n')) {
    const m = /^ {6}([−+]) (.*)$/.exec(line);
    if (m) assertQuotes(m[2], m[1] === '−' ? canonical : article, 'terminal report', true);
  }
  for (const line of renderMarkdown(c, src).split('\n')) {
    const m = /^ {2}- (canonical|article): (?:~~|\*\*)(.*)(?:~~|\*\*)$/.exec(line);
    if (m) assertQuotes(unescapeMarkdown(m[2]!), m[1] === 'canonical' ? canonical : article, 'Markdown report', true);
  }
}

test('every ordered pair of seeds: every side shown is its own file’s text', () => {
  for (let i = 0; i < SEED_TEXTS.length; i++) {
    for (let j = 0; j < SEED_TEXTS.length; j++) {
      if (i === j) continue;
      const c = compare(SEED_TEXTS[i]!, SEED_TEXTS[j]!);
      checkEverySide(c, SEED_TEXTS[i]!, SEED_TEXTS[j]!);
    }
  }
});

test('every story family (test/fixtures/families): every side shown is its own file’s text', () => {
  const root = join(__dirname, '..', 'fixtures', 'families');
  let pairs = 0;
  for (const set of readdirSync(root).filter((f) => statSync(join(root, f)).isDirectory())) {
    for (const family of readdirSync(join(root, set))) {
      const dir = join(root, set, family);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir).filter((f) => /_\d+\.txt$/.test(f)).sort();
      const canonical = readFileSync(join(dir, files[0]!), 'utf8');
      for (const f of files.slice(1)) {
        const article = readFileSync(join(dir, f), 'utf8');
        checkEverySide(compare(canonical, article), canonical, article);
        pairs++;
      }
    }
  }
  assert.ok(pairs > 0, 'the families are there');
});

/** Edits that keep a word the same word to the engine, or change it outright. */
const EDITS: Array<(w: string) => string> = [
  (w) => (w.endsWith('s') ? w.slice(0, -1) : w + 's'), // inflection
  (w) => (w[0] === w[0]!.toUpperCase() ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)), // case
  (w) => w.normalize('NFD').replace(/\p{M}+/gu, '') || w, // accents dropped
  (w) => w.replace(/e/, 'é'), // accents added
  (w) => w.replace(/our\b/, 'or').replace(/ise\b/, 'ize'), // spelling convention
  () => '', // word dropped
  (w) => `${w} ${w}`, // word doubled
  (w) => w.slice(0, -1) || w, // a letter dropped (Borsari / Borsar)
  (w) => `“${w}”`, // quoted
];

const editArb = fc.record({ seed: fc.nat({ max: 4 }), edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: EDITS.length - 1 })), { minLength: 1, maxLength: 12 }), marks: fc.boolean(), money: fc.boolean() });

test('random edits of the seeds: every side shown is its own file’s text', () => {
  fc.assert(
    fc.property(editArb, ({ seed: k, edits, marks, money }) => {
      const canonical = SEED_TEXTS[k]!;
      let article = canonical;
      for (const [at, e] of edits) {
        const words = [...article.matchAll(/\p{L}+/gu)];
        if (!words.length) break;
        const w = words[at % words.length]!;
        article = article.slice(0, w.index) + EDITS[e]!(w[0]) + article.slice(w.index! + w[0].length);
      }
      if (marks) article = article.replace(/[“”]/g, '"').replace(/’/g, "'");
      if (money) article = article.replace(/\b(\d+)\b/, '$$$1');
      checkEverySide(compare(canonical, article), canonical, article);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
  );
});
