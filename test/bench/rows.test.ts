import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseSpec, Measure } from '../../bench/measure';
import { caseRow, growthOf, growthRow, matrixRows, type Row } from '../../bench/rows';

// The bench's verdict on a case: its targets (time, memory, ratio to jsdiff) and the rule that
// no case is slower than jsdiff, whose time is a lower bound when it gave up.

const plan = { warm: { min: 1, ms: 0, max: 1, capMs: 0 }, timed: { min: 1, ms: 0, max: 1, capMs: 0 } };
const spec = (over: Partial<CaseSpec>): CaseSpec => ({ name: 'a case', kind: 'synth', canonicalPath: 'c', articlePath: 'a', plan, peerTimeoutMs: 10_000, ...over });
const ours = (medianMs: number, over: Partial<Measure> = {}): Measure => ({ engine: 'ours', ok: true, medianMs, peakRssMB: 100, peakHeapMB: 20, sentences: '10/12', ...over });
const peer = (medianMs: number, over: Partial<Measure> = {}): Measure => ({ engine: 'peer', ok: true, medianMs, peakHeapMB: 10, ...over });

test('a case under its time target but slower than jsdiff fails, and says by how much', () => {
  const r = caseRow(spec({ targetMs: 2 }), { ours: ours(1.5), peer: peer(1) }, false, undefined);
  assert.equal(r.target, '<2 ms');
  assert.equal(r.pass, false);
  assert.equal(r.timeRatio, 1.5);
  assert.equal(r.memRatio, 2);
  assert.deepEqual(r.notes, ['slower than the peer (1.50×)']);
  assert.equal(r.sentences, '10/12');
});

test('a ratio target holds at or below the ratio; without the peer it is not checked', () => {
  const s = spec({ targetRatio: 0.25 });
  assert.equal(caseRow(s, { ours: ours(100), peer: peer(500) }, false, undefined).pass, true);
  assert.equal(caseRow(s, { ours: ours(200), peer: peer(500) }, false, undefined).pass, false);
  const alone = caseRow(s, { ours: ours(200) }, true, { canonicalSentences: 3, articleSentences: 4 });
  assert.equal(alone.pass, null);
  assert.equal(alone.target, '');
});

test('a time and memory target both hold or the case fails; an engine error fails a case with a target', () => {
  const s = spec({ targetMs: 1500, targetMB: 300 });
  assert.equal(caseRow(s, { ours: ours(1000, { peakRssMB: 250 }) }, true, undefined).pass, true);
  assert.equal(caseRow(s, { ours: ours(1000, { peakRssMB: 350 }) }, true, undefined).pass, false);
  assert.equal(caseRow(s, { ours: { engine: 'ours', ok: false, error: 'boom' } }, true, undefined).pass, false);
});

test('a peer that gave up is a lower bound: ours is not called slower, and the note says so', () => {
  const r = caseRow(spec({ peerTimeoutMs: 90_000 }), { ours: ours(3000), peer: peer(2000, { timedOut: true }) }, false, undefined);
  assert.equal(r.pass, null);
  assert.deepEqual(r.notes, ['peer gave up at its 90 s limit: its time is a lower bound']);
});

test('the growth exponent over ten times the sentences: linear time is 1', () => {
  const row = (name: string, ms: number, n: number): Row => caseRow(spec({ name }), { ours: ours(ms), peer: peer(ms * 2) }, false, { canonicalSentences: n, articleSentences: n });
  const g = growthOf([row('synth 100', 10, 100), row('synth 1,000', 100, 1000), row('synth 10,000', 1000, 10_000)]);
  assert.equal(g.ours1k10k, 1);
  assert.equal(g.peer100to1k, 1);
  assert.equal(growthRow(g)!.pass, true);
  assert.equal(growthRow({ ...g, ours1k10k: null }), null);
});

test('matrix entries: the table shows what tells them apart, a target is checked when there is one', () => {
  const rows = matrixRows({ ok: true, entries: [{ name: '50 versions, compare --format matrix (CLI process)', medianMs: 900, targetMs: 1000 }, { name: 'report', medianMs: 5000 }] });
  assert.deepEqual(rows.map((r) => [r.name, r.target, r.pass]), [['matrix: compare --format matrix', '<1000 ms', true], ['matrix: report', '', null]]);
  assert.deepEqual(matrixRows({ ok: false, error: 'x' }), []);
});
