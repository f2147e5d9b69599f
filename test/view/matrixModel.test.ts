/**
 * The coverage-matrix webview's model (src/view/matrixModel.ts) and the engine
 * worker's matrix and report jobs (src/engine/worker.ts), on the seed articles with
 * 000 as the canonical text: real engine output throughout.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, after } from 'node:test';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { compare } from '../../src/core/compare';
import { inferLineage } from '../../src/core/lineage';
import { matrixOf } from '../../src/core/matrix';
import { emptyStore } from '../../src/core/verdicts';
import { EngineClient } from '../../src/engine/client';
import { buildMatrixView, cellAt, rowMatches, type MatrixView, type MatrixViewRow } from '../../src/view/matrixModel';
import { applyAction, findingKeys } from '../../src/view/verdicts';
import { seed } from '../helpers';

const CANON = seed(0);
const NAMES = ['001_94cd0f0ecb5b3726.txt', '002_f1816af3885112a0.txt', '003_5ae77616bcd281ad.txt', '004_bea1bbb3ff51d658.txt'];
const comparisons = [1, 2, 3, 4].map((i) => compare(CANON, seed(i)));
const meta = {
  folder: 'seeds',
  canonical: { name: '000_1182527190e42008.txt', path: 'seeds/000_1182527190e42008.txt', uri: 'file:///w/seeds/000_1182527190e42008.txt' },
  versions: NAMES.map((n) => ({ name: n, path: `seeds/${n}`, uri: `file:///w/seeds/${n}` })),
};

function viewOf(): MatrixView {
  const m = matrixOf(comparisons);
  return buildMatrixView(m, inferLineage(comparisons, m), meta);
}

const only = (v: MatrixView, pred: (r: MatrixViewRow) => boolean, what: string): MatrixViewRow => {
  const rows = v.rows.filter(pred);
  assert.equal(rows.length, 1, `one row for ${what}: ${rows.map((r) => r.label).join(', ')}`);
  return rows[0]!;
};
const pmfRow = (v: MatrixView) => only(v, (r) => r.text.startsWith("The head of Iraq's Popular Mobilisation Forces said no group"), 'the PMF denial');
const hedgeRow = (v: MatrixView) => only(v, (r) => r.type === 'canonical' && r.text.startsWith('At least 300'), '“At least 300”');

test('matrix model: the PMF denial row is present in 002 only and stands out; columns name the files', () => {
  const v = viewOf();
  assert.deepEqual(v.versions.map((x) => x.label), ['V1', 'V2', 'V3', 'V4']);
  assert.deepEqual(v.versions.map((x) => x.name), NAMES);
  const pmf = pmfRow(v);
  assert.equal(pmf.type, 'added');
  assert.match(pmf.label, /^\+\d+$/);
  assert.deepEqual(pmf.cells.map((c) => c.s), ['a', 'v', 'a', 'a']);
  assert.deepEqual(pmf.cells.map((c) => c.code), ['·', '+', '·', '·']);
  assert.equal(pmf.cells[1]!.sev, 'high');
  assert.equal(pmf.disagrees, true);
  // The cell points at 002's sentence with the denial (what a click opens).
  const s = comparisons[1]!.article.sentences[pmf.cells[1]!.article[0]!]!;
  assert.match(s.text, /^The head of Iraq's Popular Mobilisation Forces said no group/);
  assert.equal(pmf.cells[1]!.finding, comparisons[1]!.discrepancies.find((d) => d.kind === 'added' && d.article[0] === s.id)?.id);
});

test('matrix model: the “At least 300” row is changed with a hedge in 001 only; a click finds its cell', () => {
  const v = viewOf();
  const row = hedgeRow(v);
  assert.equal(row.label, String(row.canonical! + 1));
  const c1 = row.cells[0]!;
  assert.equal(c1.s, 'c');
  assert.equal(c1.kinds[0], 'hedge');
  assert.equal(c1.code, 'h');
  assert.equal(c1.sev, 'high');
  const d = comparisons[0]!.discrepancies.find((x) => x.id === c1.finding)!;
  assert.equal(d.kind, 'hedge');
  assert.match(d.from!, /^At least/);
  for (const k of [1, 2, 3]) assert.ok(!row.cells[k]!.kinds.includes('hedge'), `no hedge in V${k + 1}`);
  assert.ok(row.disagrees);
  const hit = cellAt(v, row.id, 0)!;
  assert.equal(hit.cell, c1);
  assert.equal(hit.version.name, NAMES[0]);
  assert.equal(cellAt(v, row.id, 9), undefined);
  assert.equal(cellAt(v, 'nope', 0), undefined);
});

test('matrix model: lineage evidence, filters, JSON-safe', () => {
  const v = viewOf();
  assert.ok(v.lineage.edges.length > 0);
  for (const e of v.lineage.edges) {
    assert.ok(e.explanation.length > 0);
    for (const i of e.evidence) {
      const ch = v.lineage.changes[i]!;
      assert.ok(ch.versions.includes(e.a) && ch.versions.includes(e.b) && !ch.universal);
    }
    assert.equal(e.evidence.length > 0, e.shared > 0);
  }
  assert.equal(v.rows.filter((r) => rowMatches(r, { disagreeing: true, search: '' })).length, v.summary.disagreements);
  assert.deepEqual(v.rows.filter((r) => rowMatches(r, { disagreeing: false, search: 'popular MOBILISATION denied' })).length, 0);
  assert.deepEqual(v.rows.filter((r) => rowMatches(r, { disagreeing: true, search: 'popular MOBILISATION said' })).map((r) => r.id), [pmfRow(v).id]);
  assert.deepEqual(JSON.parse(JSON.stringify(v)), v);
});

// The real worker, bundled as `npm run build` bundles it (the engine's ESM dependencies need a bundle).
const bundleDir = mkdtempSync(join(tmpdir(), 'wirediff-worker-'));
const workerFile = join(bundleDir, 'compareWorker.js');
buildSync({
  entryPoints: [fileURLToPath(new URL('../../src/engine/worker.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: workerFile,
  logLevel: 'error',
});
const client = new EngineClient(workerFile);
after(() => {
  client.dispose();
  rmSync(bundleDir, { recursive: true, force: true });
});

test('engine worker: a comparison comes with the verdict key of each of its findings, as the host would make them', async () => {
  const r = await client.compare(seed(0), seed(1));
  assert.ok(r.keys instanceof Map && r.keys.size === r.comparison.discrepancies.length);
  assert.deepEqual([...r.keys], [...findingKeys(r.comparison)]);
});

test('engine worker: the matrix leaves dismissed findings out (and says how many), unless shown', async () => {
  const pmfId = pmfRow(viewOf()).cells[1]!.finding!;
  const d = comparisons[1]!.discrepancies.find((x) => x.id === pmfId)!;
  const store = applyAction(emptyStore(), comparisons[1]!, d, 'dismissed');
  const hidden = (await client.matrix({ comparisons, verdicts: store, meta })).view;
  assert.equal(hidden.rows.some((r) => r.text.startsWith("The head of Iraq's Popular Mobilisation Forces")), false, 'dismissed wherever it occurs: no row');
  assert.equal(hidden.versions[1]!.dismissed, 1);
  assert.equal(hidden.dismissed, 1);
  const shown = (await client.matrix({ comparisons, verdicts: store, showDismissed: true, meta: { ...meta, showDismissed: true } })).view;
  assert.equal(pmfRow(shown).cells[1]!.s, 'v');
  assert.equal(shown.dismissed, 0);
  assert.equal(shown.showDismissed, true);
  hedgeRow(hidden); // the rest is unchanged
});

test('engine worker: the HTML evidence report carries the hashes the host took, and leaves dismissed findings out', async () => {
  const file = (name: string, text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    return { path: `seeds/${name}`, text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  };
  const pmfId = pmfRow(viewOf()).cells[1]!.finding!;
  const store = applyAction(emptyStore(), comparisons[1]!, comparisons[1]!.discrepancies.find((x) => x.id === pmfId)!, 'dismissed');
  const input = {
    format: 'html' as const,
    canonical: file(meta.canonical.name, CANON),
    versions: [1, 2, 3, 4].map((i, k) => ({ ...file(NAMES[k]!, seed(i)), comparison: comparisons[k]! })),
    verdicts: store,
    tool: { name: 'WireDiff for VS Code', version: '9.9.9' },
    generatedAt: '2024-12-03T10:00:00.000Z',
  };
  const html = await client.report(input);
  assert.match(html, /^<!DOCTYPE html>/i);
  for (const f of [input.canonical, ...input.versions]) assert.ok(html.includes(f.sha256), `the SHA-256 of ${f.path}`);
  assert.ok(html.includes('9.9.9') && html.includes('2024-12-03'));
  assert.ok(!html.includes(pmfId), 'the dismissed finding is not in the report');
  const md = await client.report({ ...input, format: 'markdown', showDismissed: true });
  assert.ok(md.includes(input.versions[1]!.sha256));
  assert.ok(md.includes(pmfId), 'shown when asked');
});
