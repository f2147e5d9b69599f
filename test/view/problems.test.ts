import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { compare } from '../../src/core/index';
import { kindDocsAnchor, listedAt, problemsFor, ProblemsMemo, problemSeverity, problemsLevel, type ProblemsInput } from '../../src/view/diagnostics';
import { ComparisonView } from '../../src/view/result';
import { seed } from '../helpers';

const C = seed(0);
const A = seed(1);
const view = new ComparisonView(compare(C, A), A, C);

test('problems: severity mapping high → warning, medium → information, low → hint', () => {
  assert.equal(problemSeverity('high'), 'warning');
  assert.equal(problemSeverity('medium'), 'information');
  assert.equal(problemSeverity('low'), 'hint');
});

test('problems: the wirediff.problems level decides which findings are listed; bad values fall back to medium', () => {
  const ds = view.discrepancies;
  const n = (s: string) => ds.filter((d) => d.severity === s).length;
  assert.equal(problemsFor(view, ds, 'off').length, 0);
  assert.equal(problemsFor(view, ds, 'high').length, n('high'));
  assert.equal(problemsFor(view, ds, 'medium').length, n('high') + n('medium'));
  assert.equal(problemsFor(view, ds, 'all').length, ds.length);
  assert.equal(problemsLevel('bogus'), 'medium');
  assert.equal(problemsLevel(undefined), 'medium');
  assert.equal(problemsLevel('all'), 'all');
  assert.equal(listedAt('high', 'medium'), false);
});

test('problems: dismissed findings are never listed', () => {
  const ds = view.discrepancies;
  const hedge = ds.find((d) => d.kind === 'hedge')!;
  const ps = problemsFor(view, ds, 'all', new Set([hedge.id]));
  assert.equal(ps.length, ds.length - 1);
  assert.ok(!ps.some((p) => p.findingId === hedge.id));
});

test('problems: code is the kind, message the reason, the span the changed words, related the canonical sentence with its exact text', () => {
  const ps = problemsFor(view, view.discrepancies, 'all');
  for (let i = 1; i < ps.length; i++) assert.ok(ps[i]!.span.start >= ps[i - 1]!.span.start, 'document order');
  const hedge = view.discrepancies.find((d) => d.kind === 'hedge')!;
  const p = ps.find((x) => x.findingId === hedge.id)!;
  assert.equal(p.code, 'hedge');
  assert.equal(p.message, hedge.reason);
  assert.equal(p.severity, 'warning');
  assert.equal(A.slice(p.span.start, p.span.end), '300');
  assert.equal(p.related.length, 1);
  assert.equal(p.related[0]!.text, C.slice(p.related[0]!.span.start, p.related[0]!.span.end));
  assert.ok(p.related[0]!.text.startsWith('At least 300 fighters'));
  // An added sentence has no canonical sentence to relate to.
  const added = ps.find((x) => x.code === 'added')!;
  assert.deepEqual(added.related, []);
  assert.equal(kindDocsAnchor('hedge'), 'kind-hedge');
});

test('problems: another story\'s omissions are one problem that says why, not one for each of the canonical\'s sentences', () => {
  const dir = new URL('../fixtures/families/tune/', import.meta.url);
  const wire = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_0.txt', dir), 'utf8');
  const other = readFileSync(new URL('kenya-khat-ban/kenya-khat-ban_1.txt', dir), 'utf8');
  const v = new ComparisonView(compare(wire, other), other, wire);
  const omitted = v.discrepancies.filter((d) => d.kind === 'omitted');
  assert.ok(omitted.length > 10);
  const ps = problemsFor(v, v.discrepancies, 'all');
  const few = ps.filter((p) => p.code === 'omitted');
  assert.equal(few.length, 1);
  assert.equal(few[0]!.message, `Hardly a sentence in common with the canonical text: ${omitted.length} of its sentences are not here (a report written anew, or the wrong canonical text?).`);
  assert.equal(few[0]!.severity, 'warning');
  // Its added sentences (nearly all of it) are no problem each: the one problem says why.
  const added = v.discrepancies.filter((d) => d.kind === 'added');
  assert.ok(added.length > 5);
  assert.equal(ps.filter((p) => p.code === 'added').length, 0);
  assert.equal(ps.length, v.discrepancies.length - omitted.length - added.length + 1);
  // A later report of the same story: each omission its own problem.
  const copy = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_2.txt', dir), 'utf8');
  const w = new ComparisonView(compare(wire, copy), copy, wire);
  const n = w.discrepancies.filter((d) => d.kind === 'omitted').length;
  assert.equal(problemsFor(w, w.discrepancies, 'all').filter((p) => p.code === 'omitted').length, n);
  const m = w.discrepancies.filter((d) => d.kind === 'added').length;
  assert.ok(m > 0);
  assert.equal(problemsFor(w, w.discrepancies, 'all').filter((p) => p.code === 'added').length, m, 'and each added sentence');
});

test('problems: made once per result, level, kinds filter and dismissed findings, not on every edit that places them again', () => {
  let builds = 0;
  const memo = new ProblemsMemo<string>((...args) => (builds++, problemsFor(...args)));
  const input: ProblemsInput = { view, kinds: undefined, level: 'all', dismissed: new Set(), fewMatches: '{0}' };
  const first = memo.get('doc', input, (p) => p.findingId);
  assert.equal(first.length, view.discrepancies.length);
  // Typing: the same result, settings and verdicts, asked again (with new but equal sets) on each pause.
  for (let i = 0; i < 50; i++) assert.equal(memo.get('doc', { ...input, dismissed: new Set() }, (p) => p.findingId), first);
  assert.equal(builds, 1);
  const hedge = view.discrepancies.find((d) => d.kind === 'hedge')!;
  assert.equal(memo.get('doc', { ...input, dismissed: new Set([hedge.id]) }, (p) => p.findingId).length, first.length - 1);
  assert.equal(memo.get('doc', { ...input, level: 'high' }, (p) => p.findingId).length, view.discrepancies.filter((d) => d.severity === 'high').length);
  assert.deepEqual(memo.get('doc', { ...input, kinds: ['hedge'] }, (p) => p.findingId), [hedge.id]);
  // A new result of the same text: made again.
  const again = new ComparisonView(compare(C, A), A, C);
  memo.get('doc', { ...input, view: again }, (p) => p.findingId);
  assert.equal(builds, 5);
  memo.delete('doc');
  memo.get('doc', { ...input, view: again }, (p) => p.findingId);
  assert.equal(builds, 6);
});
