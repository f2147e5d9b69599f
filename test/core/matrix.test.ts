import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { buildMatrix, matrixOf, type CoverageMatrix, type MatrixRow } from '../../src/core/matrix';
import { renderMatrixText } from '../../src/report/matrixText';
import { buildEvidence } from '../../src/report/evidence';
import { renderHtmlReport } from '../../src/report/htmlReport';
import { renderMarkdownReport } from '../../src/report/markdownReport';
import { buildMatrixView } from '../../src/view/matrixModel';
import { inferLineage } from '../../src/core/lineage';
import { seed } from '../helpers';
import { wordVectors } from '../../src/read/wordVectors';

const CANON = seed(0);
const VERSIONS = [1, 2, 3, 4].map((i) => ({ label: `00${i}`, text: seed(i) }));

let cached: CoverageMatrix | null = null;
const seedMatrix = (): CoverageMatrix => (cached ??= buildMatrix(CANON, VERSIONS));

const rowWith = (m: CoverageMatrix, pred: (r: MatrixRow) => boolean, what: string): MatrixRow => {
  const rows = m.rows.filter(pred);
  assert.equal(rows.length, 1, `exactly one row for ${what}, got ${rows.map((r) => r.id).join(', ') || 'none'}`);
  return rows[0]!;
};

test('seeds, 000 canonical: the PMF denial is one added row, present in 002 only, and it stands out', () => {
  const m = seedMatrix();
  const pmf = rowWith(m, (r) => r.text.includes("Popular Mobilisation Forces said no group"), 'the PMF denial');
  assert.equal(pmf.type, 'added');
  assert.equal(pmf.canonical, null);
  assert.deepEqual(
    pmf.cells.map((c) => c.status !== 'absent'),
    [false, true, false, false],
    'carried by 002 (column 2) only',
  );
  const cell = pmf.cells[1]!;
  assert.equal(cell.article.length, 1);
  assert.deepEqual(cell.kinds, ['added']);
  assert.equal(cell.findings[0]!.severity, 'high', 'the denial contradicts the lead: high');
  assert.equal(pmf.severity, 'high');
  assert.equal(pmf.present, 1);
  assert.ok(pmf.disagrees, 'a weighty claim only one version adds stands out');
  // The cell points at 002's sentence with the denial.
  const c2 = compare(CANON, seed(2));
  assert.match(c2.article.sentences[cell.article[0]!]!.text, /^The head of Iraq's Popular Mobilisation Forces said no group/);
});

test('seeds, 000 canonical: the "At least 300" row is changed with a hedge finding in 001 only', () => {
  const m = seedMatrix();
  const row = rowWith(m, (r) => r.type === 'canonical' && r.text.startsWith('At least 300 fighters'), '"At least 300"');
  const v1 = row.cells[0]!;
  assert.equal(v1.status, 'changed');
  assert.ok(v1.kinds.includes('hedge'), `001 has a hedge finding (kinds: ${v1.kinds.join(', ')})`);
  const hedge = v1.findings.find((f) => f.kind === 'hedge')!;
  assert.equal(hedge.severity, 'high');
  // The finding id is the one in 001's own comparison, and it is the dropped "At least".
  const d = compare(CANON, seed(1)).discrepancies.find((x) => x.id === hedge.id)!;
  assert.equal(d.kind, 'hedge');
  assert.match(d.from!, /^At least/);
  for (const v of [1, 2, 3]) {
    const cell = row.cells[v]!;
    assert.notEqual(cell.status, 'absent', `${VERSIONS[v]!.label} carries the sentence`);
    assert.ok(!cell.kinds.includes('hedge') && !cell.findings.some((f) => f.kind === 'hedge'), `no hedge finding in ${VERSIONS[v]!.label}`);
  }
  assert.ok(row.disagrees);
});

test('seeds: one row per canonical content sentence, in order, and one cell per version', () => {
  const m = seedMatrix();
  const c = compare(CANON, seed(1));
  const content = c.canonical.sentences.filter((s) => s.kind === 'sentence' || s.kind === 'heading');
  const canonRows = m.rows.filter((r) => r.type === 'canonical');
  assert.deepEqual(
    canonRows.map((r) => r.canonical),
    content.map((s) => s.id),
  );
  assert.ok(!canonRows.some((r) => r.text.includes('AMMAN/BEIRUT:')), 'the dateline is not a content row');
  for (const r of m.rows) assert.equal(r.cells.length, 4, r.id);
  assert.equal(m.summary.rows, m.rows.length);
  assert.equal(m.summary.canonicalRows + m.summary.addedRows, m.rows.length);
  assert.deepEqual(JSON.parse(JSON.stringify(m)), m, 'JSON-serialisable as is');
  // 004 moves "Iran's constellation…" up: its cell is flagged moved.
  const constellation = rowWith(m, (r) => r.type === 'canonical' && r.text.startsWith('Iran’s constellation'), 'constellation');
  assert.equal(constellation.cells[3]!.moved, true);
  assert.equal(constellation.cells[1]!.moved, false);
});

test('every added sentence of every version is in exactly one added row, and no row holds two of one version', () => {
  const m = seedMatrix();
  VERSIONS.forEach((v, i) => {
    const c = compare(CANON, v.text);
    const added = c.discrepancies.filter((d) => d.kind === 'added').map((d) => d.article[0]!);
    const inRows = m.rows.filter((r) => r.type === 'added').flatMap((r) => r.cells[i]!.article);
    assert.deepEqual([...inRows].sort((x, y) => x - y), [...added].sort((x, y) => x - y), v.label);
  });
  // The same added sentence in several versions is one row: "Turkey also has a military presence…"
  // is in all four (001 without "a strip of").
  const turkey = rowWith(m, (r) => r.type === 'added' && /^Turkey also (has|maintains) a military presence/.test(r.text), 'Turkey');
  assert.deepEqual(
    turkey.cells.map((c) => c.status !== 'absent'),
    [true, true, true, true],
  );
  assert.ok(!turkey.disagrees, 'carried by all: no disagreement');
  assert.equal(turkey.disagreement, 0);
});

test('precomputed comparisons are reused, and dismissed findings can be hidden', () => {
  const comparisons = VERSIONS.map((v) => compare(CANON, v.text));
  const fromComparisons = buildMatrix(CANON, comparisons.map((comparison, i) => ({ label: VERSIONS[i]!.label, comparison })));
  assert.deepEqual(fromComparisons, seedMatrix());
  // A comparison that was not made with the texts given shows: buildMatrix did not recompute it.
  const other = buildMatrix(CANON, [{ label: 'x', text: seed(1), comparison: comparisons[1] }]);
  assert.ok(other.rows.some((r) => r.text.includes('Popular Mobilisation Forces')), 'used the 002 comparison passed in');

  const hedgeId = comparisons[0]!.discrepancies.find((d) => d.kind === 'hedge')!.id;
  const hidden = matrixOf(comparisons, { hide: (v, d) => v === 0 && d.id === hedgeId });
  const row = hidden.rows.find((r) => r.type === 'canonical' && r.text.startsWith('At least 300'))!;
  assert.ok(!row.cells[0]!.kinds.includes('hedge'));
  assert.equal(row.cells[0]!.dismissed, 1);
  assert.equal(hidden.versions[0]!.dismissed, 1);
  // Hiding every version's "added" finding for a sentence removes its row.
  const pmf = comparisons[1]!.discrepancies.find((d) => d.kind === 'added' && d.to!.includes('Popular Mobilisation'))!;
  const without = matrixOf(comparisons, { hide: (v, d) => v === 1 && d.id === pmf.id });
  assert.ok(!without.rows.some((r) => r.text.includes('Popular Mobilisation')));
});

test('clustering of added sentences works in another language and keeps different sentences apart', () => {
  const canon = [
    'Le gouvernement a annoncé lundi un nouveau plan de transport pour la région.',
    'Le projet coûtera environ deux milliards d’euros sur dix ans, selon le ministère.',
    'Les syndicats ont appelé à la grève pour jeudi prochain.',
  ].join('\n\n');
  const denial = 'Le maire de Lyon a démenti toute participation de la ville au financement du projet.';
  const denial2 = 'Le maire de Lyon a démenti jeudi toute participation de la ville au financement du projet.';
  const other = 'Les travaux doivent commencer au printemps dans la banlieue nord.';
  const v1 = canon + '\n\n' + denial;
  const v2 = canon.replace('Les syndicats', denial2 + '\n\nLes syndicats');
  const v3 = canon + '\n\n' + other;
  const m = buildMatrix(canon, [{ text: v1 }, { text: v2 }, { text: v3 }]);
  assert.equal(m.language, 'fra');
  const added = m.rows.filter((r) => r.type === 'added');
  assert.equal(added.length, 2, added.map((r) => r.text).join(' | '));
  const d = added.find((r) => r.text.includes('démenti'))!;
  assert.deepEqual(
    d.cells.map((c) => c.status),
    ['verbatim', 'changed', 'absent'],
    'v2 has a reworded variant of v1’s sentence',
  );
  const o = added.find((r) => r.text === other)!;
  assert.deepEqual(
    o.cells.map((c) => c.status),
    ['absent', 'absent', 'verbatim'],
  );
  // Identical texts: everything verbatim, nothing stands out.
  const same = buildMatrix(canon, [{ text: canon }, { text: canon }]);
  assert.ok(same.rows.every((r) => r.type === 'canonical' && r.cells.every((c) => c.status === 'verbatim') && !r.disagrees));
});

test('no versions, empty and odd texts never throw', () => {
  assert.equal(buildMatrix(CANON, []).rows.every((r) => r.cells.length === 0), true);
  for (const t of ['', '   ', '\u0000\u0001', '!!!', 'a']) {
    const m = buildMatrix(t, [{ text: t }, { text: CANON }]);
    assert.ok(Array.isArray(m.rows));
  }
});

test('the terminal matrix shows a row per line with one code per version and a legend', () => {
  const m = seedMatrix();
  const text = renderMatrixText(m, null, { width: 120 });
  const lines = text.split('\n');
  const row = lines.find((l) => l.includes('At least 300 fighters') && /\sh\s/.test(l));
  assert.ok(row, 'the "At least 300" line shows h (hedge) in column 1');
  const cells = row!.slice(row!.length - 12).trim().split(/\s+/);
  assert.equal(cells[0], 'h');
  const pmf = lines.find((l) => l.includes('Popular Mobilisation Forces'))!;
  assert.match(pmf, /^≠/);
  assert.deepEqual(pmf.slice(pmf.length - 12).trim().split(/\s+/), ['·', '+', '·', '·']);
  assert.match(text, /Cells: = verbatim/);
  assert.ok(!text.includes('\x1b['), 'no colour unless asked');
  assert.ok(renderMatrixText(m, null, { color: true }).includes('\x1b['));
});

test('the terminal matrix of a very long article: as many rows as it has, no stack overflow', () => {
  // A 7 MB article with a sentence per line makes ~150,000 rows; spreading them into one call overflowed the stack.
  const m = seedMatrix();
  const rows = Array.from({ length: 200_000 }, (_, i) => ({ ...m.rows[i % m.rows.length]!, id: `c${i}` }));
  const text = renderMatrixText({ ...m, rows }, null, { width: 100 });
  assert.ok(text.split('\n').length > 200_000);
});

test('CLI: --format matrix and matrix-json, filters, and --format json still an array per article', async () => {
  const { main } = await import('../../src/cli/main');
  const { SEEDS } = await import('../helpers');
  const run = (args: string[]): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const code = main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 120, env: {} });
    return { code, out, err };
  };
  const all = ['--canonical', SEEDS[0]!, ...SEEDS.slice(1)];
  const j = run(['compare', ...all, '--format', 'matrix-json']);
  assert.equal(j.code, 0, j.err);
  const doc = JSON.parse(j.out);
  assert.deepEqual(Object.keys(doc), ['version', 'matrix', 'lineage']);
  assert.equal(doc.matrix.canonical.path, SEEDS[0]);
  assert.deepEqual(
    doc.matrix.versions.map((v: { label: string; path: string }) => [v.label, v.path]),
    SEEDS.slice(1).map((p, i) => [`V${i + 1}`, p]),
  );
  // The CLI hands the engine the word vectors it reads (src/read/wordVectors.ts): the library, given them too, builds the same matrix.
  const withVectors = buildMatrix(CANON, VERSIONS, { vectors: wordVectors() });
  assert.deepEqual(doc.matrix.rows, JSON.parse(JSON.stringify(withVectors.rows)), 'the same matrix as the library builds');

  // --kinds hedge: the matrix is built from hedge findings only.
  const h = JSON.parse(run(['compare', ...all, '--format', 'matrix-json', '--kinds', 'hedge']).out);
  const changed = h.matrix.rows.flatMap((r: MatrixRow) => r.cells.map((c, v) => [r.id, v, c.status] as const)).filter(([, , s]: readonly [string, number, string]) => s === 'changed');
  // V1 drops "At least" before 300; V2 drops "major" before "turning point".
  assert.equal(changed.length, 2, JSON.stringify(changed));
  assert.equal(changed[0][1], 0, 'V1');
  assert.equal(h.matrix.rows.find((r: MatrixRow) => r.id === changed[0][0]).text.slice(0, 12), 'At least 300');
  assert.equal(changed[1][1], 1, 'V2');
  assert.match(h.matrix.rows.find((r: MatrixRow) => r.id === changed[1][0]).text, /a major turning point/);
  assert.equal(h.matrix.rows.filter((r: MatrixRow) => r.type === 'added').length, 0, 'added sentences are not hedge findings');

  const t = run(['compare', ...all, '--format', 'matrix']);
  assert.equal(t.code, 0);
  assert.match(t.out, /^WireDiff coverage matrix: 4 versions against the canonical /);
  assert.match(t.out, /\nLineage \(from changes versions share that the canonical lacks\)\n/);
  assert.match(t.out, /V2 ⟷ V4 {2}sibling, strong/);

  const arr = JSON.parse(run(['compare', ...all, '--format', 'json']).out);
  assert.ok(Array.isArray(arr) && arr.length === 4 && arr[0].version === 1 && arr[0].article.path === SEEDS[1]);
  assert.equal(run(['compare', ...all, '--format', 'matrices']).code, 2);
});

test('a version that translates the canonical is carried in translation, never verbatim: in the matrix JSON, its text, the HTML and Markdown reports and the editor model', () => {
  const wire = [
    'The city council approved a budget of 45 million euros for new schools on Tuesday.',
    'The mayor said the first two schools would open in September.',
    'Opposition members voted against the plan.',
  ].join(' ');
  const spanish = [
    'El consejo de la ciudad aprobó el martes un presupuesto de 45 millones de euros para nuevas escuelas.',
    'El alcalde dijo que las dos primeras escuelas abrirían en septiembre.',
    'Los miembros de la oposición votaron en contra del plan.',
  ].join(' ');
  const english = wire.replace('Opposition members', 'Members of the opposition');
  const comparisons = [compare(wire, english), compare(wire, spanish)];
  assert.equal(comparisons[1]!.articleLanguage, 'spa', 'the Spanish copy is read as a translation');
  const m = matrixOf(comparisons);
  const [en, es] = m.versions;
  assert.deepEqual([en!.translation, en!.language], [false, 'eng']);
  assert.deepEqual([es!.translation, es!.language, es!.verbatim, es!.translated], [true, 'spa', 0, 3]);
  for (const row of m.rows.filter((r) => r.type === 'canonical')) assert.equal(row.cells[1]!.status, 'translated', row.text);
  assert.equal(m.rows[0]!.cells[0]!.status, 'verbatim');

  const text = renderMatrixText(m, null);
  assert.match(text, /a translation into Spanish, compared on figures, dates and names only: 3 translated/);
  assert.match(text, /≈ carried in translation/);
  const evidence = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: 'wire.txt', sha256: 'x', bytes: 0, text: wire },
    versions: [
      { path: 'en.txt', sha256: 'x', bytes: 0, text: english, comparison: comparisons[0]! },
      { path: 'es.txt', sha256: 'x', bytes: 0, text: spanish, comparison: comparisons[1]! },
    ],
  });
  const html = renderHtmlReport(evidence);
  assert.match(html, /<td class="cell translated" title="carried in translation: only its figures, dates and names are compared, and they agree">/);
  assert.doesNotMatch(html, /<td class="cell verbatim" title="carried verbatim"><a href="#v2-/);
  assert.match(renderMarkdownReport(evidence), /\| 1 \| The city council[^\n]*\| = \| ≈ \|/);

  const view = buildMatrixView(m, inferLineage(comparisons, m), { folder: 'f', canonical: { name: 'wire', path: 'wire', uri: '' }, versions: [] });
  assert.deepEqual(view.rows[0]!.cells.map((c) => c.s), ['v', 't']);
  assert.deepEqual([view.versions[1]!.translation, view.versions[1]!.translated], [true, 3]);
});
