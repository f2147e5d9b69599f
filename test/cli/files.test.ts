import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { SEEDS } from '../helpers';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-files-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env: {}, cwd: dir };
  return { code: main(args, io), out, err };
}

/** Text as UTF-16LE with its byte-order mark. */
function utf16le(s: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
}

test('a file with a UTF-16 mark that is not valid UTF-16 gets exit 2 and one line, as an article or as the canonical', () => {
  const text = 'Officials said on Monday that 12 people were hurt in the fire.';
  const odd = join(dir, 'odd.txt');
  writeFileSync(odd, Buffer.concat([utf16le(text), Buffer.from([0x41])]));
  const lone = join(dir, 'lone.txt');
  writeFileSync(lone, Buffer.concat([utf16le(text), Buffer.from([0x3d, 0xd8]), Buffer.from(' more', 'utf16le')]));
  for (const [bad, why] of [[odd, /odd number of bytes/], [lone, /lone surrogate/]] as const) {
    for (const args of [
      ['compare', '--canonical', SEEDS[0]!, bad],
      ['compare', '--canonical', bad, SEEDS[0]!],
      ['compare', '--canonical', SEEDS[0]!, bad, '--format', 'matrix'],
      ['report', '--canonical', SEEDS[0]!, bad],
    ]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.split('\n').length, 2, r.err);
      assert.ok(r.err.startsWith(`wirediff: ${bad} opens with a UTF-16 byte-order mark but is not valid UTF-16`), r.err);
      assert.match(r.err, why);
    }
  }
});

test('valid UTF-16 is read as the same text as UTF-8', () => {
  const text = 'Officials said on Monday that 12 people were hurt in the fire. Police are investigating.';
  const a = join(dir, 'a16.txt');
  writeFileSync(a, utf16le(text));
  const b = join(dir, 'a8.txt');
  writeFileSync(b, text);
  const r16 = run(['compare', '--canonical', SEEDS[0]!, a, '--format', 'json']);
  const r8 = run(['compare', '--canonical', SEEDS[0]!, b, '--format', 'json']);
  assert.equal(r16.code, 0, r16.err);
  const doc16 = JSON.parse(r16.out);
  const doc8 = JSON.parse(r8.out);
  assert.deepEqual(doc16.article.sentences.map((s: { text: string }) => s.text), doc8.article.sentences.map((s: { text: string }) => s.text));
});

const WIRE = [
  'A landslide buried part of the mining village of Orrin on Friday, and at least 14 people are missing, the police said.',
  'Rescuers dug through the night with shovels and two borrowed diggers.',
  'The provincial governor said the mine would stay closed until engineers inspect the slope.',
].join('\n\n');

/** A saved page: a signup box before the article (page chrome that comes first) and the story with one figure changed. */
const PAGE = `<!DOCTYPE html>
<html><head><title>Landslide in Orrin</title></head><body>
<nav><a href="/">Front page</a> <a href="/world">World</a></nav>
<div class="signup-box"><p>Get our evening briefing. Sign up for the newsletter today.</p></div>
<article>
<h1>Landslide buries part of Orrin</h1>
<p>A landslide buried part of the mining village of Orrin on Friday, and 14 people are missing, the police said.</p>
<p>Rescuers dug through the night with shovels and two borrowed diggers.</p>
<p>The provincial governor said the mine would stay closed until engineers inspect the slope.</p>
<p>Neighbours brought soup and blankets to the school where families waited for news.</p>
</article>
<footer><p>Copyright 2026 The Valley Courier. All rights reserved.</p></footer>
</body></html>`;

test('a saved page: the matrix, the report and verdict list give each sentence the id compare --format json gives it, and the report JSON gives offsets into the file', () => {
  const wire = join(dir, 'wire.txt');
  writeFileSync(wire, WIRE);
  mkdirSync(join(dir, 'copies'));
  const page = join(dir, 'copies', 'courier.html');
  writeFileSync(page, PAGE);

  const one = run(['compare', '-c', wire, page, '--format', 'json']);
  assert.equal(one.code, 0, one.err);
  const compared = JSON.parse(one.out) as {
    article: { sentences: Array<{ id: number; text: string; kind: string }> };
    discrepancies: Array<{ id: string; article: number[]; articleSpans: Array<{ start: number; end: number }> }>;
  };
  const idOf = (text: string): number => compared.article.sentences.find((s) => s.text.startsWith(text))!.id;
  // The chrome before the article is read (and kept apart): the headline is not sentence 0.
  assert.ok(idOf('Landslide buries') > 0, JSON.stringify(compared.article.sentences));

  const m = run(['compare', '-c', wire, join(dir, 'copies'), '--format', 'matrix-json']);
  assert.equal(m.code, 0, m.err);
  const rows = (JSON.parse(m.out) as { matrix: { rows: Array<{ text: string; cells: Array<{ article: number[] } | null> }> } }).matrix.rows;
  const cellOf = (text: string): number[] => rows.find((r) => r.text.startsWith(text))!.cells[0]!.article;
  // The page's headline over a wire text with none is linked to the lead it sums up (alignSummary.ts): in the lead's cell.
  assert.deepEqual(cellOf('A landslide buried'), [idOf('Landslide buries'), idOf('A landslide buried')]);
  assert.deepEqual(cellOf('Neighbours brought'), [idOf('Neighbours brought')]);

  const r = run(['report', '-c', wire, join(dir, 'copies'), '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const found = (JSON.parse(r.out) as { versions: Array<{ discrepancies: typeof compared.discrepancies }> }).versions[0]!.discrepancies;
  const key = (ds: typeof compared.discrepancies): string[] => ds.map((d) => JSON.stringify([d.id, d.article, d.articleSpans])).sort();
  assert.deepEqual(key(found), key(compared.discrepancies));
  // Those offsets are the file's: the changed figure's sentence starts where its words stand in the page.
  const hedge = found.find((d) => d.article[0] === idOf('A landslide buried'))!;
  assert.ok(hedge.articleSpans[0]!.start > PAGE.indexOf('<article>'));

  // The reports name the line of the page where a finding stands, not a line of the text read out of it.
  const md = run(['report', '-c', wire, join(dir, 'copies'), '--format', 'markdown']);
  assert.equal(md.code, 0, md.err);
  const pageLine = PAGE.split('\n').findIndex((l) => l.includes('A landslide buried')) + 1;
  assert.match(md.out, new RegExp(`\\(line ${pageLine}, \`${hedge.id}\`\\)`));

  const list = run(['verdict', 'list', '-c', wire, page]);
  assert.equal(list.code, 0, list.err);
  const listed = list.out.split('\n').slice(1).filter(Boolean).map((l) => l.split(/\s+/)[0]).sort();
  assert.deepEqual(listed, compared.discrepancies.map((d) => d.id).sort());
});

test('report and matrix: each version compared as compare compares it, holding only the findings --min-severity and --kinds let through (compareVersions)', () => {
  const versions = [SEEDS[1]!, SEEDS[2]!];
  const ids = (args: string[]): string[][] =>
    versions.map((v) => JSON.parse(run(['compare', '-c', SEEDS[0]!, v, '-f', 'json', ...args]).out).discrepancies.map((d: { id: string }) => d.id));
  for (const filter of [['--min-severity', 'high'], ['--kinds', 'hedge,attribution']]) {
    const report = JSON.parse(run(['report', '-c', SEEDS[0]!, ...versions, '--format', 'json', ...filter]).out);
    const shown = report.versions.map((v: { discrepancies: Array<{ id: string }> }) => v.discrepancies.map((d) => d.id));
    assert.deepEqual(shown, ids(filter), filter.join(' '));
    assert.ok(shown.flat().length < ids([]).flat().length, `${filter.join(' ')} leaves findings out`);
    // The matrix is built from the same findings: none of a kind the filter leaves out.
    const matrix = JSON.parse(run(['compare', '-c', SEEDS[0]!, ...versions, '-f', 'matrix-json', ...filter]).out).matrix;
    const found = new Set<string>(matrix.rows.flatMap((r: { cells: Array<{ findings: Array<{ id: string }> }> }) => r.cells.flatMap((c) => c.findings.map((f) => f.id))));
    assert.ok(found.size > 0, filter.join(' '));
    for (const id of found) assert.ok(shown.flat().includes(id), `${id} in the matrix, left out of the report`);
  }
});

test('a file deleted or moved between the look and the read: one line saying so, exit 2, as the article or as the canonical', () => {
  // The race made certain: fs.readFileSync removes the file just before reading it (the CLI has stat'ed it by then).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  const real = fs.readFileSync;
  for (const side of ['article', 'canonical'] as const) {
    const doomed = join(dir, `doomed-${side}.txt`);
    writeFileSync(doomed, 'The minister said on Monday that 40 people were hurt.\n');
    (fs as { readFileSync: unknown }).readFileSync = (p: unknown, ...rest: unknown[]) => {
      if (p === doomed) rmSync(doomed, { force: true });
      return (real as (...a: unknown[]) => unknown)(p, ...rest);
    };
    try {
      const r = side === 'article' ? run(['compare', '-c', SEEDS[0]!, doomed]) : run(['compare', '-c', doomed, SEEDS[1]!]);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.out, '');
      assert.match(r.err, /^wirediff: [^\n]*doomed-\w+\.txt: no such file \(deleted or moved while it was being read\)\n$/);
    } finally {
      (fs as { readFileSync: unknown }).readFileSync = real;
    }
  }
});
