import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/core/index';
import { ComparisonView } from '../../src/view/result';
import { AlignmentIndex, canonicalMarks, sentenceAt } from '../../src/view/sideBySide';
import { seed } from '../helpers';

const C = seed(0);

test('side by side: each aligned article sentence leads to its canonical sentence, across reordering, and back', () => {
  for (const i of [1, 2, 3, 4]) {
    const c = compare(C, seed(i));
    const idx = new AlignmentIndex(c);
    for (const a of c.alignments) {
      for (const id of a.article) {
        const p = idx.partner('article', id);
        assert.ok(p.exact);
        for (const k of a.canonical) assert.ok(p.ids.includes(k));
      }
      for (const id of a.canonical) {
        const p = idx.partner('canonical', id);
        for (const k of a.article) assert.ok(p.ids.includes(k));
      }
    }
  }
});

test('side by side: by the alignment, not the line: a moved sentence leads to where its canonical sentence stands', () => {
  const canonical = 'Alpha reported ten deaths on Monday.\nBravo said the road was closed.\nCharlie promised an inquiry into the crash.';
  const article = 'Charlie promised an inquiry into the crash.\nAlpha reported ten deaths on Monday.\nA new sentence the copy adds here.\nBravo said the road was closed.';
  const c = compare(canonical, article);
  const idx = new AlignmentIndex(c);
  const at = (needle: string) => article.indexOf(needle) + 3;
  const to = (s: { span: { start: number; end: number } } | null) => (s ? canonical.slice(s.span.start, s.span.end) : null);
  assert.equal(to(idx.partnerSpan('article', at('Charlie'))), 'Charlie promised an inquiry into the crash.');
  assert.equal(to(idx.partnerSpan('article', at('Bravo'))), 'Bravo said the road was closed.');
  // An added sentence follows the aligned sentence before it, and says it is not aligned itself.
  const added = idx.partnerSpan('article', at('A new sentence'))!;
  assert.equal(added.exact, false);
  assert.equal(to(added), 'Alpha reported ten deaths on Monday.');
  // And from the canonical side back to the article.
  const back = idx.partnerSpan('canonical', canonical.indexOf('Charlie') + 2)!;
  assert.equal(article.slice(back.span.start, back.span.end), 'Charlie promised an inquiry into the crash.');
});

test('side by side: sentenceAt takes the sentence containing an offset, else the one before', () => {
  const c = compare(C, seed(1));
  const ss = c.article.sentences;
  assert.equal(sentenceAt(ss, ss[3]!.start + 2)!.id, 3);
  assert.equal(sentenceAt(ss, ss[3]!.end)!.id, 3);
  assert.ok(ss[4]!.start > ss[3]!.end);
  assert.equal(sentenceAt(ss, 0)!.id, 0);
  assert.equal(sentenceAt([], 5), undefined);
});

test('side by side: the canonical side marks omitted sentences and the changed or dropped words', () => {
  for (const i of [3, 4]) {
    const A = seed(i);
    const v = new ComparisonView(compare(C, A), A, C);
    const marks = canonicalMarks(v, v.discrepancies);
    const omitted = v.discrepancies.filter((d) => d.kind === 'omitted');
    assert.equal(Object.values(marks.omitted).flat().length, omitted.flatMap((d) => d.canonical).length);
    for (const d of omitted) assert.ok(marks.omitted[d.severity].some((s) => C.slice(s.start, s.end) === v.canonicalSentenceText(d)));
  }
  const A = seed(1);
  const v = new ComparisonView(compare(C, A), A, C);
  const marks = canonicalMarks(v, v.discrepancies);
  const words = (sev: 'high' | 'medium' | 'low') => marks.words[sev].map((s) => C.slice(s.start, s.end));
  assert.ok(words('high').includes('At least 300'));
  assert.ok(words('high').includes('constellation'));
  assert.ok(words('high').includes('Syrian and Iraqi sources said'));
  // Only the findings shown: none when none are.
  const none = canonicalMarks(v, []);
  assert.equal(Object.values(none.words).flat().length + Object.values(none.omitted).flat().length, 0);
});
