/**
 * A finding that names a canonical sentence and an article sentence the alignment does not
 * link (a figure one text states once and the other restates elsewhere: `alignment: null`,
 * `canonical: [c]`, `article: [a]`). Every view must quote the canonical sentence exactly
 * and lead to it, as it does for a finding inside a linked pair.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alignment, Comparison, Discrepancy } from '../../src/core/types';
import { planDecorations } from '../../src/view/decorationPlan';
import { problemsFor } from '../../src/view/diagnostics';
import { buildHoverMarkdown } from '../../src/view/hover';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';
import { canonicalMarks } from '../../src/view/sideBySide';
import { escapeMarkdown } from '../../src/report/escape';
import { segment, spanOf, wordDiff } from './sampleComparisons';

function crossSentence(): { view: ComparisonView; finding: Discrepancy; canonicalSentence: string; articleSentence: string } {
  const canonicalText = [
    'Floods swept through the river valley on Tuesday, officials said.',
    'Rescue teams reached the worst-hit villages by boat.',
    'In all, 94,000 people have left their homes since the rains began.',
  ].join('\n\n');
  const articleText = [
    'Floods swept through the river valley on Tuesday, officials said, and more than 100,000 people have fled.',
    'Rescue teams reached the worst-hit villages by boat.',
  ].join('\n\n');
  const cs = segment(canonicalText);
  const as = segment(articleText);
  const alignments: Alignment[] = [0, 1].map((k) => ({
    id: k, canonical: [k], article: [k], similarity: 0.8, relation: 'match', moved: false, identical: k === 1,
    diff: wordDiff(canonicalText, cs[k]!, articleText, as[k]!),
  }));
  const from = spanOf(canonicalText, '94,000');
  const to = spanOf(articleText, 'more than 100,000');
  const finding: Discrepancy = {
    id: 'number-x', kind: 'number', severity: 'high', canonical: [2], article: [0], from: '94,000', to: 'more than 100,000',
    reason: 'The count of people who left their homes changed (stated in another sentence).',
    canonicalSpans: [from], articleSpans: [to], articleAnchor: to.start, alignment: null, score: 90,
  };
  const comparison: Comparison = {
    version: 1, language: 'eng', canonical: { sentences: cs }, article: { sentences: as }, alignments, discrepancies: [finding],
    summary: { high: 1, medium: 0, low: 0, byKind: {}, identical: 1, canonicalSentences: cs.length, articleSentences: as.length },
  };
  return { view: new ComparisonView(comparison, articleText, canonicalText), finding, canonicalSentence: cs[2]!.text, articleSentence: as[0]!.text };
}

test('cross-sentence finding: the hover quotes the canonical sentence it names, exactly, and offers to reveal it', () => {
  const { view, finding, canonicalSentence } = crossSentence();
  const hit = view.findingsAt(view.articleText.indexOf('100,000'), view.discrepancies);
  assert.ok(hit && hit.hits.includes(finding));
  const md = buildHoverMarkdown({ view, hits: hit.hits, articleUri: 'file:///a.txt', canonicalName: 'wire.txt' });
  assert.ok(md.includes(`> ${escapeMarkdown(canonicalSentence)}`), md);
  // Said to be another sentence than the one aligned with the article's.
  assert.ok(md.includes(`Canonical, in a sentence not aligned with this one:\n\n> ${escapeMarkdown(canonicalSentence)}`), md);
  assert.ok(md.includes('wirediff.revealCanonical'), md);
  // The sentence the article's own sentence is linked with is not passed off as this finding's canonical.
  assert.ok(!md.includes(escapeMarkdown('Floods swept through the river valley on Tuesday, officials said.')), md);
});

test('cross-sentence finding: the panel shows both sentences exactly, and it can be revealed', () => {
  const { view, canonicalSentence, articleSentence } = crossSentence();
  const m = buildPanelModel({ view, uri: 'file:///a.txt', articleName: 'a.txt', canonicalName: 'wire.txt' });
  const e = m.groups.flatMap((g) => g.entries).find((x) => x.id === 'number-x');
  assert.ok(e);
  assert.equal(e.canonical, canonicalSentence);
  assert.equal(e.article, articleSentence);
  assert.equal(e.revealable, true);
  assert.equal(e.line, 1);
});

test('cross-sentence finding: the editor marks its words, the canonical editor its figure, and "reveal" goes to the named sentence', () => {
  const { view, finding } = crossSentence();
  const plan = planDecorations(view, view.discrepancies, { ghostNotes: true, ghostLength: 60 });
  assert.deepEqual(plan.words.high, [finding.articleSpans[0]]);
  assert.equal(plan.gutter.length, 1);
  const t = view.canonicalTarget(finding)!;
  assert.equal(view.canonicalText.slice(t.start, t.end), '94,000');
  const marks = canonicalMarks(view, view.discrepancies);
  assert.deepEqual(marks.words.high, [finding.canonicalSpans[0]]);
  const [p] = problemsFor(view, view.discrepancies, 'all');
  assert.ok(p);
  assert.deepEqual(p.related.map((r) => r.text), [view.comparison.canonical.sentences[2]!.text]);
});

test('cross-sentence finding: a finding between two sentences neither of which is aligned (a dateline for another) is quoted as the canonical plainly', () => {
  const { view, finding } = crossSentence();
  const alone = { ...finding, id: 'attribution-x', kind: 'attribution' as const, article: [1], canonical: [2], articleSpans: [], canonicalSpans: [] };
  const c = { ...view.comparison, alignments: view.comparison.alignments.filter((g) => !g.article.includes(1)), discrepancies: [alone] };
  const v = new ComparisonView(c, view.articleText, view.canonicalText);
  const md = buildHoverMarkdown({ view: v, hits: [alone], articleUri: 'file:///a.txt', canonicalName: 'wire.txt' });
  assert.ok(md.includes(`Canonical:\n\n> ${escapeMarkdown(view.comparison.canonical.sentences[2]!.text)}`), md);
});
