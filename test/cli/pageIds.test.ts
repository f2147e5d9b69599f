import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-pageids-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env: {}, cwd: dir };
  return { code: main(args, io), out, err };
}

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
  assert.deepEqual(cellOf('Landslide buries'), [idOf('Landslide buries')]);
  assert.deepEqual(cellOf('A landslide buried'), [idOf('A landslide buried')]);
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
