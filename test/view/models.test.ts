import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planDecorations, spansBySeverity, step, stepIndex } from '../../src/view/decorationPlan';
import { articleSide, canonicalSide, diffTokens } from '../../src/view/diffText';
import { countBySeverity, filterFromSettings } from '../../src/view/filter';
import { applyFilter, passes } from '../../src/core/filter';
import { buildHoverMarkdown, diffMarkdown, HOVER_COMMANDS } from '../../src/view/hover';
import { commandLink } from '../../src/view/markdown';
import { escapeMarkdown } from '../../src/report/escape';
import { buildPanelModel, entryMatches, sortFolderRows } from '../../src/view/panelModel';
import { ComparisonView, joinSentences } from '../../src/view/result';
import type { Sentence } from '../../src/core/types';
import { isArticleFileName } from '../../src/view/text';
import { checkText, decodeInput, decodeText } from '../../src/input';
import { excerpt } from '../../src/core/excerpt';
import { large, sample } from './sampleComparisons';
import { countingReads } from './countReads';

const view = (eol = '\n') => {
  const s = sample(eol);
  return new ComparisonView(s.comparison, s.articleText, s.canonicalText);
};

test('filter: min severity, kinds, dismissed; bad settings fall back to everything', () => {
  const v = view();
  const ds = v.discrepancies;
  assert.equal(applyFilter(ds, filterFromSettings('low', undefined)).length, 5);
  assert.deepEqual(applyFilter(ds, filterFromSettings('high', undefined)).map((d) => d.id), ['omit-3', 'hedge-1']);
  assert.deepEqual(applyFilter(ds, filterFromSettings('medium', ['mistranslation', 'bogus'])).map((d) => d.id), ['mis-2']);
  assert.equal(applyFilter(ds, filterFromSettings('nonsense', 'nonsense')).length, 5);
  assert.equal(passes(ds[0]!, filterFromSettings('low', [], new Set(['omit-3']))), false);
  assert.deepEqual(countBySeverity(ds), { high: 2, medium: 2, low: 1, total: 5 });
});

test('text checks: empty, binary (NUL), too large, BOM, file types', () => {
  assert.deepEqual(checkText('  \n\t', 100), { kind: 'empty' });
  assert.deepEqual(checkText('abc\u0000def', 100), { kind: 'binary' });
  assert.deepEqual(checkText('x'.repeat(101), 100), { kind: 'tooLarge', size: 101, limit: 100 });
  assert.equal(checkText('A sentence.', 100), null);
  assert.deepEqual(decodeText(new Uint8Array([0x41, 0x00, 0x42])), { ok: false, problem: { kind: 'binary' } });
  assert.deepEqual(decodeText(new TextEncoder().encode('plain text')), { ok: true, text: 'plain text' });
  assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42])), { ok: true, text: 'AB' });
  assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), { ok: true, text: 'A' });
  assert.deepEqual(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), { ok: false, problem: { kind: 'notUtf8', line: 1, byte: 0xe9, singleByte: true } });
  // A surrogate and an overlong form are not UTF-8 either, and are found where they are.
  assert.deepEqual(decodeText(new Uint8Array([0x61, 0x0a, 0xed, 0xa0, 0x80])), { ok: false, problem: { kind: 'notUtf8', line: 2, byte: 0xed, singleByte: true } });
  assert.deepEqual(decodeText(new Uint8Array([0xc3, 0xa9, 0x0a, 0xe0, 0x80, 0x80, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9])), { ok: false, problem: { kind: 'notUtf8', line: 2, byte: 0xe0, singleByte: false } });
  assert.deepEqual(decodeInput(new TextEncoder().encode('x'.repeat(50)), 10), { ok: false, problem: { kind: 'tooLarge', size: 50, limit: 10 } });
  assert.equal(isArticleFileName('a/b/Story.HTML'), true);
  assert.equal(isArticleFileName('x.json'), false);
  assert.equal(excerpt('The head of Iraq’s Popular Mobilisation Forces said no group', 30), 'The head of Iraq’s Popular…');
  assert.equal(excerpt('short', 30), 'short');
  assert.equal(excerpt('😀😀😀😀', 3).length <= 3, true);
  assert.ok(!/[\ud800-\udbff]…$/.test(excerpt('😀😀😀😀', 4)), 'never half a surrogate pair');
});

test('diff tokens keep the source spacing and punctuation', () => {
  const v = view();
  const a = v.comparison.alignments[2]!;
  const toks = diffTokens(a.diff, { canonicalText: v.canonicalText, articleText: v.articleText });
  assert.equal(canonicalSide(toks), v.comparison.canonical.sentences[2]!.text);
  assert.equal(articleSide(toks), v.comparison.article.sentences[2]!.text);
  // Without spans: spaces between words, none before punctuation.
  const loose = diffTokens([
    { op: 'equal', text: 'Hello' },
    { op: 'delete', text: 'big' },
    { op: 'insert', text: 'small' },
    { op: 'equal', text: 'world' },
    { op: 'equal', text: '.' },
  ]);
  assert.equal(canonicalSide(loose), 'Hello big world.');
  assert.equal(articleSide(loose), 'Hello small world.');
  // Focus marks the finding's own words.
  const f = diffTokens(a.diff, { canonicalText: v.canonicalText, articleText: v.articleText, focusArticle: [{ start: v.articleText.indexOf('constants'), end: v.articleText.indexOf('constants') + 9 }] });
  assert.deepEqual(f.filter((t) => t.focus).map((t) => t.text), ['constants']);
});

for (const eol of ['\n', '\r\n']) {
  test(`decoration plan (${JSON.stringify(eol)}): words, added, ghosts, gutter, order`, () => {
    const v = view(eol);
    const plan = planDecorations(v, v.discrepancies, { ghostNotes: true, ghostLength: 40 });
    const word = (s: { start: number; end: number }) => v.articleText.slice(s.start, s.end);
    assert.deepEqual(plan.words.medium.map(word), ['Citing Iraqi security sources', 'constants']);
    assert.deepEqual(plan.words.high, []);
    assert.equal(plan.added.low.length, 1);
    assert.match(word(plan.added.low[0]!), /^SEE ALSO/);
    const omitted = plan.ghosts.find((g) => g.style === 'omitted')!;
    // At the end of a line of words: half as long (the sentence is in the hover and the panel).
    assert.equal(omitted.text, '⟂ omitted: “The head of the…”');
    const dropped = plan.ghosts.find((g) => g.style === 'dropped')!;
    assert.equal(dropped.text, '−At least');
    // Each at the end of the line of its paragraph: the dropped words' own, the line above the omission's.
    assert.equal(dropped.line, v.articleLines.lineAt(v.articleText.indexOf('300')));
    assert.equal(omitted.line, v.articleLines.lineAt(v.articleText.indexOf('SEE ALSO')) - 1);
    // One gutter marker per line, the most serious finding's.
    assert.deepEqual(plan.gutter.map((g) => [g.line, g.kind, g.severity]), [[1, 'changed', 'high'], [2, 'changed', 'medium'], [3, 'omitted', 'high']]);
    // Document order for next/previous.
    assert.deepEqual(plan.ordered.map((d) => d.id), ['attr-1', 'hedge-1', 'mis-2', 'omit-3', 'add-3']);
    const off = plan.ordered.map((d) => plan.targets.get(d.id)!.start);
    // The omission is shown where its note is: at the end of the line above "SEE ALSO".
    assert.equal(off[3], v.articleLines.lineEnd(omitted.line));
    assert.equal(stepIndex(off, 0, 1), 0);
    assert.equal(stepIndex(off, off[0]!, 1), 1);
    assert.equal(stepIndex(off, off[4]! + 1, 1), 0); // wraps
    assert.equal(stepIndex(off, 0, -1), 4); // wraps back
    assert.equal(stepIndex(off, off[3]!, 1, 3), 4); // same offset: step one by one
    assert.equal(stepIndex([], 0, 1), -1);
    // Ghost notes off.
    assert.equal(planDecorations(v, v.discrepancies, { ghostNotes: false, ghostLength: 40 }).ghosts.length, 0);
  });
}

test('word spans: the more serious finding wins and contained spans are dropped', () => {
  const v = view();
  const [mis] = v.discrepancies.filter((d) => d.id === 'mis-2');
  const dup = { ...mis!, id: 'x', severity: 'high' as const };
  const plan = planDecorations(v, [mis!, dup], { ghostNotes: true, ghostLength: 40 });
  assert.equal(plan.words.high.length, 1);
  assert.equal(plan.words.medium.length, 0);
});

test('hover lookup: changed words, sentence, ghost anchor', () => {
  const v = view();
  const at = (needle: string) => v.articleText.indexOf(needle);
  const h1 = v.findingsAt(at('constants') + 2, v.discrepancies)!;
  assert.deepEqual(h1.hits.map((d) => d.id), ['mis-2']);
  assert.equal(v.articleText.slice(h1.range.start, h1.range.end), 'constants');
  const h2 = v.findingsAt(at('300 fighters') + 1, v.discrepancies)!;
  assert.deepEqual(h2.hits.map((d) => d.id).sort(), ['attr-1', 'hedge-1']);
  const h3 = v.findingsAt(at('SEE ALSO'), v.discrepancies)!;
  assert.deepEqual(h3.hits.map((d) => d.id).sort(), ['add-3', 'omit-3']);
  assert.equal(v.findingsAt(at('Hundreds'), v.discrepancies), null);
});

test('hover lookup: the most serious finding on the pointer comes first, whatever the order of the list', () => {
  const v = view();
  const at = v.articleText.indexOf('300 fighters') + 1;
  // attr-1 (medium) before hedge-1 (high) in the list given: the hover still opens on the high one.
  const list = [...v.discrepancies].sort((a, b) => (a.id === 'attr-1' ? -1 : b.id === 'attr-1' ? 1 : 0));
  const hits = v.findingsAt(at, list)!.hits;
  assert.deepEqual(hits.map((d) => d.severity), [...hits.map((d) => d.severity)].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
  assert.equal(hits[0]!.id, 'hedge-1');
  const md = buildHoverMarkdown({ view: v, hits, articleUri: 'file:///a/001.txt', canonicalName: '000.txt' });
  assert.ok(md.indexOf('High') < md.indexOf('Medium'), 'High is read first');
  // On the attribution's words (medium), the sentence's high hedge still comes first.
  const onCiting = v.findingsAt(v.articleText.indexOf('Citing') + 1, v.discrepancies)!.hits;
  assert.deepEqual(onCiting.map((d) => d.id), ['hedge-1', 'attr-1']);
  // The word diff says what its marks mean.
  assert.match(md, /Word by word \(~~only in the canonical~~ · \*\*only in this article\*\*\): /);
});

test('hover markdown: canonical sentence, word diff, reasons, only wirediff command links, untrusted text escaped', () => {
  const v = view();
  const hits = v.findingsAt(v.articleText.indexOf('constants'), v.discrepancies)!.hits;
  const md = buildHoverMarkdown({ view: v, hits, articleUri: 'file:///a/001.txt', canonicalName: '000.txt' });
  assert.ok(md.includes(escapeMarkdown('Iran’s constellation of allied militia groups has long been integral.')));
  assert.ok(md.includes('~~Iran’s constellation~~ **The constants** of allied'), md);
  assert.ok(md.includes('look\\-alike'));
  const links = [...md.matchAll(/\]\((command:[^)\s]+)/g)].map((m) => m[1]!);
  // Reveal, then the three verdicts (no verdict yet, so no "clear").
  assert.deepEqual(
    links.map((l) => l.split('?')[0]),
    ['command:wirediff.revealCanonical', 'command:wirediff.confirmFinding', 'command:wirediff.markFindingBenign', 'command:wirediff.dismissFinding'],
  );
  for (const l of links) assert.ok((HOVER_COMMANDS as readonly string[]).includes(l.slice('command:'.length).split('?')[0]!), l);
  const args = JSON.parse(decodeURIComponent(links[0]!.split('?')[1]!));
  assert.deepEqual(args, [{ uri: 'file:///a/001.txt', id: 'mis-2' }]);

  // The added sentence carries HTML and markdown: it must come out inert.
  const added = v.discrepancies.filter((d) => d.id === 'add-3');
  const md2 = buildHoverMarkdown({ view: v, hits: added, articleUri: 'u', canonicalName: 'c' });
  assert.ok(!/(^|[^\\])</.test(md2), 'no unescaped <');
  assert.ok(md2.includes('&lt;img src=x onerror=alert\\(1\\)\\>'));
  assert.ok(!/\]\(command:evil/.test(md2));
  assert.ok(!md2.includes('*bold*'));
  // Verdict links only: an added sentence has no canonical to reveal.
  assert.deepEqual([...md2.matchAll(/command:(wirediff\.\w+)/g)].map((m) => m[1]), ['wirediff.confirmFinding', 'wirediff.markFindingBenign', 'wirediff.dismissFinding']);
});

test('markdown escaping makes any text literal', () => {
  assert.equal(escapeMarkdown('$(alert) [x](y) `c` <b> &amp; *e* _u_ ~~s~~ | # > !'), '\\$\\(alert\\) \\[x\\]\\(y\\) \\`c\\` &lt;b\\> &amp;amp; \\*e\\* \\_u\\_ \\~\\~s\\~\\~ \\| \\# \\> \\!');
  // No line of its own, no indented code block: breaks and runs of spaces fold to one space.
  assert.equal(escapeMarkdown('    # heading\r\n\n1. next'), ' \\# heading 1\\. next');
  assert.match(commandLink('Go [now]', 'wirediff.x', [{ a: ')' }]), /^\[Go \\\[now\\\]\]\(command:wirediff\.x\?%5B%7B%22a%22%3A%22\)%22%7D%5D\)$/);
  assert.equal(diffMarkdown([{ op: 'delete', text: '*a*', after: ' ' }, { op: 'insert', text: '_b_', after: '' }]), '~~\\*a\\*~~ **\\_b\\_**');
});

test('panel model: most serious first, grouped by kind, texts and diff, search, dismissed', () => {
  const v = view();
  const m = buildPanelModel({ view: v, uri: 'u', articleName: '001.txt', canonicalName: '000.txt', dismissed: new Set(['add-3']) });
  assert.deepEqual(m.groups.map((g) => g.kind), ['omitted', 'hedge', 'mistranslation', 'attribution', 'added']);
  assert.deepEqual(m.counts, { high: 2, medium: 2, low: 0, total: 4 });
  assert.equal(m.dismissedCount, 1);
  const mis = m.groups.find((g) => g.kind === 'mistranslation')!.entries[0]!;
  assert.equal(mis.line, 3);
  // The sentences travel as the diff's tokens.
  assert.equal(mis.canonical, '');
  assert.equal(canonicalSide(m.diffs[mis.diff!]!), 'Iran’s constellation of allied militia groups has long been integral.');
  assert.equal(articleSide(m.diffs[mis.diff!]!), 'The constants of allied militia groups has long been integral.');
  assert.equal(mis.revealable, true);
  const tokens = m.diffs[mis.diff!]!;
  assert.deepEqual(mis.focus.map((i) => tokens[i]!.text), ['constellation', 'constants']);
  const omitted = m.groups[0]!.entries[0]!;
  assert.equal(omitted.diff, null);
  assert.equal(omitted.article, '');
  assert.match(omitted.canonical, /^The head of the forces/);
  const f = { severities: ['high', 'medium', 'low'] as const, kinds: null, search: '', showDismissed: false };
  const all = m.groups.flatMap((g) => g.entries);
  assert.equal(all.filter((e) => entryMatches(e, { ...f, severities: [...f.severities] })).length, 4);
  assert.equal(all.filter((e) => entryMatches(e, { ...f, severities: [...f.severities], showDismissed: true })).length, 5);
  assert.deepEqual(all.filter((e) => entryMatches(e, { ...f, severities: ['medium'], search: 'CONSTANTS' }, m.diffs)).map((e) => e.id), ['mis-2']);
  assert.deepEqual(all.filter((e) => entryMatches(e, { ...f, severities: [...f.severities], search: 'integral' }, m.diffs)).map((e) => e.id), ['mis-2']);
  assert.deepEqual(all.filter((e) => entryMatches(e, { ...f, severities: [...f.severities], kinds: ['hedge'] })).map((e) => e.id), ['hedge-1']);
  // JSON-safe: it is posted to the webview.
  assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
});

test('folder rows: most serious files first, errors last', () => {
  const c = (high: number, medium: number, low: number) => ({ high, medium, low, total: high + medium + low });
  const rows = sortFolderRows([
    { uri: 'a', name: 'a', counts: c(0, 5, 0) },
    { uri: 'b', name: 'b', error: 'binary' },
    { uri: 'c', name: 'c', counts: c(2, 0, 0) },
    { uri: 'd', name: 'd', counts: c(0, 5, 1) },
  ]);
  assert.deepEqual(rows.map((r) => r.name), ['c', 'd', 'a', 'b']);
  // Another story (hardly a sentence in common) has the most omissions, but it is put apart, after the others.
  const other = sortFolderRows([
    { uri: 'a', name: 'a', counts: c(0, 5, 0) },
    { uri: 'b', name: 'b', error: 'binary' },
    { uri: 'o', name: 'other-story', counts: c(30, 2, 40), fewMatches: true },
    { uri: 'c', name: 'c', counts: c(2, 0, 0) },
  ]);
  assert.deepEqual(other.map((r) => r.name), ['c', 'a', 'other-story', 'b']);
  // When every file is so, none is apart: they are sorted by their findings.
  const allFew = sortFolderRows([
    { uri: 'a', name: 'a', counts: c(1, 0, 0), fewMatches: true },
    { uri: 'o', name: 'o', counts: c(9, 0, 0), fewMatches: true },
  ]);
  assert.deepEqual(allFew.map((r) => r.name), ['o', 'a']);
});

test('scale: plan, panel model, hover and view grow about linearly from 100 to 1,000 findings (reads counted, not time)', () => {
  // The speed targets are the bench's (npm run bench); this checks the shape only: ten times the
  // findings, about ten times the work, where a quadratic step (a loop over the findings inside one
  // over the findings: a lookup by id with `find`, a scan of the sentences per finding) does a
  // hundred times. Work is counted as the reads each makes of the comparison and the view it is
  // given (countReads.ts), a number no load on the machine changes, so the limit can sit close:
  // CPU time, which this test once measured, flaked on a loaded machine at forty times.
  const costs = (n: number): Record<string, number> => {
    const b = large(n);
    const reads = (f: (v: ComparisonView) => void): number => {
      const c = countingReads(new ComparisonView(b.comparison, b.articleText, b.canonicalText));
      f(c.value);
      return c.reads();
    };
    const built = countingReads(b.comparison);
    new ComparisonView(built.value, b.articleText, b.canonicalText);
    return {
      plan: reads((v) => planDecorations(v, v.discrepancies, { ghostNotes: true, ghostLength: 60 })),
      panel: reads((v) => JSON.stringify(buildPanelModel({ view: v, uri: 'u', articleName: 'a', canonicalName: 'c' }))),
      hover: reads((v) => {
        const h = v.findingsAt(v.articleText.length - 10, v.discrepancies)!;
        buildHoverMarkdown({ view: v, hits: h.hits, articleUri: 'u', canonicalName: 'c' });
      }),
      view: built.reads(),
    };
  };
  const small = costs(100);
  const big = costs(1000);
  for (const name of Object.keys(big)) assert.ok((big[name]! + 1) / (small[name]! + 1) < 20, `${name}: ${small[name]} reads for 100 findings, ${big[name]} for 1,000`);
  // The count sees a quadratic step: a lookup by id for each finding.
  const byIdEach = (n: number): number => {
    const b = large(n);
    const c = countingReads(new ComparisonView(b.comparison, b.articleText, b.canonicalText));
    for (const d of c.value.discrepancies) c.value.byId(d.id);
    return c.reads();
  };
  assert.ok(byIdEach(1000) / byIdEach(100) > 50);
});

test('diff tokens restore the punctuation between multi-word parts (engine-style diff)', () => {
  const c = 'Fighters crossed into Syria overnight to help rebels who seized Aleppo last week, Syrian and Iraqi sources said on Monday.';
  const a = 'Fighters crossed into Syria last night to help the rebels who seized Aleppo last week.';
  const sp = (t: string, s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
  const parts = [
    { op: 'equal' as const, text: 'Fighters crossed into Syria', canonical: sp(c, 'Fighters crossed into Syria'), article: sp(a, 'Fighters crossed into Syria') },
    { op: 'delete' as const, text: 'overnight', canonical: sp(c, 'overnight') },
    { op: 'insert' as const, text: 'last night', article: sp(a, 'last night') },
    { op: 'equal' as const, text: 'to help', canonical: sp(c, 'to help'), article: sp(a, 'to help') },
    { op: 'insert' as const, text: 'the', article: sp(a, 'the rebels') && { start: a.indexOf('the rebels'), end: a.indexOf('the rebels') + 3 } },
    { op: 'equal' as const, text: 'rebels who seized Aleppo last week', canonical: sp(c, 'rebels who seized Aleppo last week'), article: sp(a, 'rebels who seized Aleppo last week') },
    { op: 'delete' as const, text: 'Syrian and Iraqi sources said on Monday', canonical: sp(c, 'Syrian and Iraqi sources said on Monday') },
  ];
  const toks = diffTokens(parts, { canonicalText: c, articleText: a });
  assert.equal(canonicalSide(toks), c);
  assert.equal(articleSide(toks), a);
  assert.equal(
    diffMarkdown(toks),
    'Fighters crossed into Syria ~~overnight~~ **last night** to help **the** rebels who seized Aleppo last week, ~~Syrian and Iraqi sources said on Monday~~\\.',
  );
});

test('ghost notes of omitted quotations do not double the quotation marks', () => {
  const s = sample();
  const q = '“These are fresh reinforcements being sent to aid our comrades on the front lines in the north,” a source said.';
  // A blank line after the first paragraph: the note has a row of its own, and quotes.
  const article = s.articleText.replace(/\r?\n/, '\n\n');
  const d = { ...s.comparison.discrepancies[0]!, kind: 'omitted' as const, from: q, articleAnchor: 0 };
  const v = new ComparisonView(s.comparison, article, s.canonicalText);
  const g = planDecorations(v, [d], { ghostNotes: true, ghostLength: 40 }).ghosts[0]!;
  assert.match(g.text, /^⟂ omitted: “These are fresh[^“]*…”$/);
});

test('hover on a ghost note puts the omitted sentence first', () => {
  const v = view();
  const omit = v.discrepancies.find((d) => d.id === 'omit-3')!;
  const h = v.findingsAt(omit.articleAnchor, v.discrepancies)!;
  assert.equal(h.hits[0]!.id, 'omit-3');
});

test('joinSentences: sentences that touch in the file stay touching; neighbours get one space; others " … "', () => {
  const text = 'Rain fell.Roads shut.  Schools closed. A note. Shops opened.';
  const at = (s: string, id: number): Sentence => {
    const start = text.indexOf(s);
    return { id, start, end: start + s.length, text: s, kind: 'sentence', paragraph: 0 };
  };
  assert.equal(joinSentences([at('Rain fell.', 0), at('Roads shut.', 1)], text), 'Rain fell.Roads shut.');
  assert.equal(joinSentences([at('Roads shut.', 1), at('Schools closed.', 2)], text), 'Roads shut. Schools closed.');
  assert.equal(joinSentences([at('Schools closed.', 2), at('Shops opened.', 4)], text), 'Schools closed. … Shops opened.');
});

test('spansBySeverity: a span marked by several findings once, at the most serious severity; empty spans left out; sorted', () => {
  const words = spansBySeverity([
    { spans: [{ start: 10, end: 14 }, { start: 0, end: 3 }], severity: 'low' },
    { spans: [{ start: 10, end: 14 }, { start: 5, end: 5 }], severity: 'high' },
    { spans: [{ start: 0, end: 3 }, { start: 0, end: 2 }], severity: 'medium' },
  ]);
  assert.deepEqual(words, { high: [{ start: 10, end: 14 }], medium: [{ start: 0, end: 2 }, { start: 0, end: 3 }], low: [] });
});

test('next/previous: a finding at the cursor is the first stop when the cursor is on none yet; a step round the end says so', () => {
  const off = [0, 10, 10, 25];
  // At the text's start, nothing selected, nothing stepped to: the finding there is the first stop.
  assert.deepEqual(step(off, 0, 1, undefined, true), { index: 0, wrapped: false });
  assert.deepEqual(step(off, 0, 1), { index: 1, wrapped: false });
  assert.deepEqual(step(off, 26, 1), { index: 0, wrapped: true });
  assert.deepEqual(step(off, 25, 1, 3), { index: 0, wrapped: true });
  assert.deepEqual(step(off, 0, -1, 0), { index: 3, wrapped: true });
  assert.deepEqual(step(off, 10, 1, 1), { index: 2, wrapped: false });
  assert.deepEqual(step(off, 10, -1, 2), { index: 1, wrapped: false });
  assert.deepEqual(step(off, 5, -1), { index: 0, wrapped: false });
});
