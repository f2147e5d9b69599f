/**
 * The coverage matrix's page script (media/common.js, matrixSide.js, matrix.js) on a DOM in Node
 * (linkedom): what it draws when its messages come in either order, and what a keyboard user
 * (and a screen reader) gets from the grid.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compare } from '../../src/core/compare';
import { inferLineage } from '../../src/core/lineage';
import { matrixOf } from '../../src/core/matrix';
import { buildMatrixView, type MatrixView } from '../../src/view/matrixModel';
import { MATRIX_PAGE } from '../../src/view/webviewPages';
import { seed } from '../helpers';
import { press, webviewPage } from './webviewPage';

const NAMES = ['001_94cd0f0ecb5b3726.txt', '002_f1816af3885112a0.txt'];
let cached: MatrixView | undefined;
function view(): MatrixView {
  if (cached) return cached;
  const comparisons = [1, 2].map((i) => compare(seed(0), seed(i)));
  const m = matrixOf(comparisons);
  cached = buildMatrixView(m, inferLineage(comparisons, m), {
    folder: 'seeds',
    canonical: { name: '000_1182527190e42008.txt', path: 'seeds/000_1182527190e42008.txt', uri: 'file:///w/seeds/000_1182527190e42008.txt' },
    versions: NAMES.map((n) => ({ name: n, path: `seeds/${n}`, uri: `file:///w/seeds/${n}` })),
  });
  return cached;
}

const STRINGS = { type: 'strings', strings: { title: 'Coverage matrix', rowHead: 'Canonical sentence / added content', severity: 'Severity:', high: 'High', medium: 'Medium', low: 'Low' } };
const state = () => ({ type: 'state', view: view(), busy: false, stale: false, error: null });

test('matrix page: a state that comes before the strings is drawn again with them (no keys for words)', () => {
  const page = webviewPage(MATRIX_PAGE);
  // Shown again after being hidden, the page can get the state first (posted while it loaded).
  page.send(state());
  assert.equal(page.document.querySelector('h1')?.textContent, 'title', 'drawn before the strings came');
  page.send(STRINGS);
  page.send(state());
  assert.equal(page.document.querySelector('h1')?.textContent, 'Coverage matrix');
  assert.equal(page.document.querySelector('.hrow .txt')?.textContent, 'Canonical sentence / added content');
});

test('matrix page, keyboard: focus lands on a cell, arrows move it, and a screen reader is told the cell and its severity in words', () => {
  const page = webviewPage(MATRIX_PAGE);
  page.send(STRINGS);
  page.send(state());
  const grid = page.document.querySelector('.grid');
  assert.ok(grid);
  assert.equal(grid.getAttribute('role'), 'grid');
  assert.equal(grid.getAttribute('aria-label'), 'Coverage matrix');
  grid.dispatchEvent(new page.window.Event('focus'));
  const first = grid.getAttribute('aria-activedescendant');
  assert.ok(first, 'a cell is active once the grid has the focus');
  assert.ok(page.document.getElementById(first)?.classList.contains('active'));
  // Down the rows to a cell with a finding: its name says how serious it is, in words.
  const v = view();
  const target = v.rows.findIndex((r, i) => i > 0 && r.cells[0]!.sev === 'high');
  assert.ok(target > 0, 'the seeds have a high-severity cell in V1 below the first row');
  for (let i = 0; i < target; i++) press(page.window, grid, 'ArrowDown');
  const id = grid.getAttribute('aria-activedescendant')!;
  assert.equal(id, `cell-${target}-0`);
  const label = page.document.getElementById(id)?.getAttribute('aria-label') ?? '';
  assert.match(label, /V1/);
  assert.match(label, /Severity: High/);
  press(page.window, grid, 'ArrowRight');
  assert.equal(grid.getAttribute('aria-activedescendant'), `cell-${target}-1`);
  press(page.window, grid, 'Enter');
  assert.deepEqual(JSON.parse(JSON.stringify(page.posted.filter((m) => m.type === 'openCell').at(-1))), { type: 'openCell', row: v.rows[target]!.id, version: 1 });
});

test('matrix page, more than 12 versions (one-character codes): the legend says what every code in the grid stands for', () => {
  // Thirteen versions: the seeds again and again (the grid turns compact above twelve).
  const comparisons = Array.from({ length: 13 }, (_, i) => compare(seed(0), seed(1 + (i % 4))));
  const m = matrixOf(comparisons);
  const names = comparisons.map((_, i) => `v${i + 1}.txt`);
  const big = buildMatrixView(m, inferLineage(comparisons, m), {
    folder: 'seeds',
    canonical: { name: 'wire.txt', path: 'seeds/wire.txt', uri: 'file:///w/seeds/wire.txt' },
    versions: names.map((n) => ({ name: n, path: `seeds/${n}`, uri: `file:///w/seeds/${n}` })),
  });
  const page = webviewPage(MATRIX_PAGE);
  page.send(STRINGS);
  page.send({ type: 'state', view: big, busy: false, stale: false, error: null } as { type: string });
  assert.ok(page.document.querySelector('.grid.compact'), 'a compact grid');
  const legend = new Map(
    [...page.document.querySelectorAll('.legend .legend-item')].map((i) => [i.querySelector('.chip')?.textContent ?? '', i.textContent ?? ''] as const),
  );
  const shown = new Set(
    [...page.document.querySelectorAll('.grid .cell')].map((c) => (c.textContent ?? '').replace('↕', '')).filter((x) => x && !/^[=≈·+×]$/.test(x)),
  );
  assert.ok(shown.size >= 3, `codes in the grid: ${[...shown].join(' ')}`);
  for (const code of shown) assert.ok(legend.has(code), `the legend says what ${code} stands for (legend: ${[...legend.keys()].join(' ')})`);
  // Each code is named by its kind (the page's strings say the words).
  const time = big.rows.flatMap((r) => (r.type === 'canonical' ? r.cells : [])).find((c) => c.s === 'c' && c.kinds[0] === 'time');
  assert.ok(time, 'a time cell in the seeds');
  assert.match(legend.get(time.code.replace('^', ''))!, /kind\.time/);
});

test('matrix page: the subtitle counts one version as one (“1 version”, not “1 versions”)', () => {
  const strings = { ...STRINGS.strings, subtitle: '{0} versions in “{1}” against the canonical “{2}”', subtitleOne: '1 version in “{0}” against the canonical “{1}”' };
  const one = { ...view(), versions: view().versions.slice(0, 1), rows: view().rows.map((r) => ({ ...r, cells: r.cells.slice(0, 1) })) };
  const subtitle = (v: MatrixView) => {
    const page = webviewPage(MATRIX_PAGE);
    const messages = [{ type: 'strings', strings }, { ...state(), view: v }];
    for (const m of messages) page.send(m);
    return page.document.querySelector('h1 .muted')?.textContent ?? page.document.querySelector('.muted')?.textContent;
  };
  assert.equal(subtitle(one), '1 version in “seeds” against the canonical “000_1182527190e42008.txt”');
  assert.equal(subtitle(view()), '2 versions in “seeds” against the canonical “000_1182527190e42008.txt”');
});

test('matrix: the added content only another story carries is folded, behind one link in its banner', () => {
  const dir = new URL('../fixtures/families/tune/', import.meta.url);
  const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
  const wire = read('kashmir-quake-update/kashmir-quake-update_0.txt');
  const texts = [read('kashmir-quake-update/kashmir-quake-update_2.txt'), read('kenya-khat-ban/kenya-khat-ban_1.txt')];
  const comparisons = texts.map((t) => compare(wire, t));
  const m = matrixOf(comparisons);
  const names = ['update.txt', 'other.txt'];
  const v = buildMatrixView(m, inferLineage(comparisons, m), {
    folder: 'f',
    canonical: { name: 'wire.txt', path: 'f/wire.txt', uri: 'file:///f/wire.txt' },
    versions: names.map((n) => ({ name: n, path: `f/${n}`, uri: `file:///f/${n}` })),
  });
  assert.equal(v.versions[1]!.fewMatches, true);
  const other = v.rows.filter((r) => r.otherStory);
  assert.ok(other.length > 5, `${other.length} rows only the other story carries`);
  for (const r of other) assert.ok(r.type === 'added' && r.cells[0]!.s === 'a' && r.cells[1]!.s !== 'a');
  // The update's own added rows are not folded.
  assert.ok(v.rows.some((r) => r.type === 'added' && r.cells[0]!.s !== 'a' && !r.otherStory));
  const page = webviewPage(MATRIX_PAGE);
  page.send({ type: 'strings', strings: { showOtherStories: 'Show {0}', foldOtherStories: 'Fold' } } as { type: string });
  page.send({ type: 'state', view: v, busy: false, stale: false, error: null } as { type: string });
  const shown = () => [...page.document.querySelectorAll('.grid [data-row]')].filter((e) => !(e as { hidden: boolean }).hidden).map((e) => (e as unknown as { dataset: { row?: string } }).dataset.row);
  for (const r of other) assert.ok(!shown().includes(r.id), `${r.id} folded`);
  const link = page.document.querySelector('.few-matches button.other-stories') as unknown as { textContent: string; click(): void };
  assert.equal(link.textContent, `Show ${other.length}`);
  link.click();
  for (const r of other) assert.ok(shown().includes(r.id), `${r.id} shown`);
  assert.equal(link.textContent, 'Fold');
});
