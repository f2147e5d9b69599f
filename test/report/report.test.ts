import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';
import { buildEvidence } from '../../src/report/evidence';
import { renderHtmlReport, escapeHtml } from '../../src/report/htmlReport';
import { renderMarkdownReport } from '../../src/report/markdownReport';
import { findingWords, markedPieces, readingOf } from '../../src/report/evidence';
import type { AlignmentRelation } from '../../src/core/types';
import { main, type CliIO } from '../../src/cli/main';
import { SEEDS, seed } from '../helpers';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-report-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env, cwd: dir };
  return { code: main(args, io), out, err };
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

const EVIL_LINE =
  'Officials said <script>document.title="PWNED"</script> and <img src=x onerror="document.title=\'PWNED\'"> ' +
  'and "><svg onload=alert(1)> & <a href="https://evil.example/">a link</a> were planted here.';

/** The canonical text with a markup-laden sentence added in a paragraph of its own, and in a quote change. */
function evilArticle(): string {
  const paras = seed(0).split('\n\n');
  paras.splice(2, 0, EVIL_LINE);
  return paras.join('\n\n').replace('fresh reinforcements', 'fresh <b onmouseover=alert(2)>reinforcements</b>');
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'b', 'i', 'nav', 'a', 'div', 'span', 'table',
  'thead', 'tbody', 'tr', 'th', 'td', 'colgroup', 'col', 'ul', 'ol', 'li', 'code', 'del', 'ins', 'section', 'footer', 'br',
]);

/** Every tag in the document is one the report itself writes, with only safe attributes. */
function assertOnlyOwnMarkup(html: string): void {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
  assert.ok(tags.length > 100);
  for (const [whole, name, attrs] of tags) {
    assert.ok(ALLOWED_TAGS.has(name!.toLowerCase()), `unexpected tag ${whole}`);
    assert.match(attrs!, /^(?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*\s*$/, `well-formed attributes in ${whole}`);
    for (const [, attr] of attrs!.matchAll(/\s([a-zA-Z-]+)(?:="[^"]*")?/g)) {
      assert.ok(['class', 'id', 'href', 'title', 'lang', 'charset', 'http-equiv', 'content', 'name', 'style'].includes(attr!), `attribute ${attr} in ${whole}`);
    }
    const href = /href="([^"]*)"/.exec(attrs!)?.[1];
    if (href !== undefined) assert.match(href, /^#[\w-]+$/, `only in-page links: ${whole}`);
  }
}

test('HTML report: untrusted text is inert (escaped), in article text, findings, paths and verdict notes', () => {
  const evilPath = join(dir, 'copy <img src=x onerror=alert(3)>.txt');
  writeFileSync(evilPath, evilArticle());
  const store = join(dir, 'evil-verdicts.json');
  const finding = compare(seed(0), evilArticle()).discrepancies.find((d) => d.kind === 'added')!;
  const note = '<script>alert(4)</script> checked </li></ol><img src=y onerror=alert(5)>';
  const v = run(['verdict', 'confirm', finding.id, '--canonical', SEEDS[0]!, evilPath, '--store', store, '--note', note, '--author', '<i>me</i>']);
  assert.equal(v.code, 0, v.err);
  const r = run(['report', '--canonical', SEEDS[0]!, evilPath, SEEDS[1]!, '--store', store]);
  assert.equal(r.code, 0, r.err);
  const html = r.out;
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assertOnlyOwnMarkup(html);
  assert.ok(!/<script/i.test(html) && !/<img/i.test(html) && !/<svg/i.test(html), 'no injected element');
  // Outside quoted (escaped) attribute values, no tag carries an event handler.
  assert.ok(!/<[^>]*\son\w+=/i.test(html.replace(/="[^"]*"/g, '=""')), 'no event handler inside any tag');
  // The text is there, as text.
  assert.ok(html.includes('&#60;script&#62;document.title=&#34;PWNED&#34;&#60;/script&#62;'));
  assert.ok(html.includes('copy &#60;img src=x onerror=alert(3)&#62;.txt'));
  assert.ok(html.includes('&#60;b onmouseover=alert(2)&#62;'), 'in the word diff too');
  assert.ok(html.includes('verdict note: &#60;script&#62;alert(4)&#60;/script&#62; checked &#60;/li&#62;&#60;/ol&#62;&#60;img'), 'the verdict note');
  assert.ok(html.includes('(&#60;i&#62;me&#60;/i&#62;)'), 'the verdict author');
  assert.ok(html.includes('<span class="verdict confirmed"'));
  // Self-contained: a CSP that forbids everything but inline styles, no URL anywhere in markup.
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
  assert.ok(!/(src|href)="(https?:)?\/\//i.test(html));
  assert.ok(!/@import|url\(/i.test(html), 'no CSS fetches');
  assert.match(html, /@media print \{/);
});

test('HTML report: hashes, tool version, time, matrix, lineage and per-version sections', () => {
  const r = run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, SEEDS[2]!, SEEDS[3]!, SEEDS[4]!, '--out', 'r.html'], { SOURCE_DATE_EPOCH: '1733220000' });
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  assert.match(r.err, /^wirediff: wrote r\.html \(html, 4 versions, \d+ rows, \d+ where versions disagree, \d+ KB\)\n$/);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  for (const p of SEEDS) assert.ok(html.includes(sha(p)), `SHA-256 of ${p}`);
  assert.ok(html.includes('2024-12-03T10:00:00.000Z'), 'the time (SOURCE_DATE_EPOCH)');
  assert.match(html, /by wirediff \d+\.\d+\.\d+/);
  assert.ok(html.includes('<h2 id="matrix">Coverage matrix</h2>'));
  assert.ok(html.includes('<h2 id="lineage">Lineage</h2>'));
  for (const v of [1, 2, 3, 4]) assert.ok(html.includes(`<section class="version" id="v${v}">`));
  // The matrix's "At least 300" row: V1's cell says hedge and links to V1's aligned row.
  const row = /<tr id="row-c2"[\s\S]*?<\/tr>/.exec(html)![0];
  assert.match(row, /At least 300 fighters/);
  assert.match(row, /<td class="cell changed sev-high" title="[^"]*Hedge[^"]*"><a href="#v1-c2">hedge/);
  assert.ok(html.includes('id="v1-c2"'), 'the link target exists');
  // The PMF denial's row: only V2 has it.
  const pmf = [...html.matchAll(/<tr id="row-a\d+"[^>]*>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((t) => t.includes('Popular Mobilisation Forces said no group'))!;
  assert.equal((pmf.match(/class="cell added/g) ?? []).length, 1);
  assert.match(pmf, /class="added disagree"/);
  // The word diff of V1's hedge, side by side.
  assert.match(html, /<del>At least<\/del> 300 fighters/);
  // Findings with reasons.
  assert.ok(html.includes('Drops the qualifier'));
  // Every in-page link has a target.
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target} exists`);
});

test('report formats: by the extension of --out, --format, stdout; Markdown is escaped; JSON has the bundle', () => {
  const md = run(['report', '--canonical', SEEDS[0]!, join(dir, 'evil.txt'), '--format', 'markdown']);
  assert.equal(md.code, 2, 'missing file');
  writeFileSync(join(dir, 'evil.txt'), evilArticle());
  const m = run(['report', '--canonical', SEEDS[0]!, join(dir, 'evil.txt'), SEEDS[1]!, '--out', 'r.md']);
  assert.equal(m.code, 0, m.err);
  const text = readFileSync(join(dir, 'r.md'), 'utf8');
  assert.match(text, /^# WireDiff evidence report/);
  assert.ok(!text.includes('<script') && !text.includes('<img') && !text.includes('<b '), 'no raw HTML in Markdown');
  assert.ok(text.includes('&lt;script\\>'), 'shown as text');
  assert.ok(text.includes(sha(SEEDS[1]!)));
  assert.match(text, /\| # \| Canonical sentence \/ added content \| V1 \| V2 \|/);
  assert.match(text, /~~At least~~ 300 fighters/);
  // Every table row of the matrix has as many cells as the header.
  const header = text.split('\n').find((l) => l.startsWith('| # |'))!;
  const cols = header.split(/(?<!\\)\|/).length;
  const matrixRows = text.split('\n## Lineage')[0]!.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Role') && !l.startsWith('| Canonical |') && !/^\| V\d \|/.test(l));
  for (const l of matrixRows.slice(2)) assert.equal(l.split(/(?<!\\)\|/).length, cols, l);

  // An --out whose extension names no format is a usage error (it wrote HTML into report.pdf), unless --format says which.
  const pdf = run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--out', 'report.pdf']);
  assert.equal(pdf.code, 2);
  assert.match(pdf.err, /^wirediff: report\.pdf: .*\.html, \.md or \.json.*--format/);
  assert.ok(!existsSync(join(dir, 'report.pdf')), 'nothing written');
  assert.equal(run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--out', 'report.txt', '--format', 'markdown']).code, 0);
  assert.match(readFileSync(join(dir, 'report.txt'), 'utf8'), /^# WireDiff evidence report/);

  const j = run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, SEEDS[2]!, '--format', 'json']);
  assert.equal(j.code, 0, j.err);
  const doc = JSON.parse(j.out);
  assert.equal(doc.version, 1);
  assert.equal(doc.canonical.sha256, sha(SEEDS[0]!));
  assert.equal(doc.versions.length, 2);
  assert.equal(doc.versions[0].label, 'V1');
  assert.ok(Array.isArray(doc.versions[0].discrepancies));
  assert.equal(doc.matrix.versions[1].path, SEEDS[2]);
  assert.ok(Array.isArray(doc.lineage.edges));

  // Filtered reports hold only what the filter lets through, and say so.
  const f = JSON.parse(run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--format', 'json', '--min-severity', 'high']).out);
  assert.equal(f.filter, 'severity high and above');
  assert.ok(f.versions[0].discrepancies.length > 0 && f.versions[0].discrepancies.every((d: { severity: string }) => d.severity === 'high'));
  assert.match(run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--kinds', 'hedge']).out, /<p><b>Filtered:<\/b> kinds hedge\./);
  assert.equal(run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--min-severity', 'huge']).code, 2);
  const h = run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!]);
  assert.match(h.out, /^<!DOCTYPE html>/, 'HTML on stdout by default');
  assert.equal(run(['report', '--canonical', SEEDS[0]!, SEEDS[1]!, '--format', 'pdf']).code, 2);
  assert.equal(run(['report', SEEDS[1]!]).code, 2);
  assert.equal(run(['report', '--canonical', SEEDS[0]!]).code, 2);
});

test('a folder of versions: its text and HTML files, sorted, without the canonical', () => {
  const folder = join(dir, 'versions');
  mkdirSync(folder);
  for (const i of [0, 1, 2]) writeFileSync(join(folder, `${i}.txt`), seed(i));
  // A saved web page of version 1: read as its text, it carries what 1.txt carries.
  const page = seed(1).split(/\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  writeFileSync(join(folder, '3.html'), `<!doctype html><html><head><title>x</title></head><body><nav>Home</nav>${page}</body></html>`);
  writeFileSync(join(folder, 'notes.pdf'), 'not text');
  writeFileSync(join(folder, '.hidden.txt'), seed(3));
  const r = run(['compare', '--canonical', join(folder, '0.txt'), folder, '--format', 'matrix-json']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.deepEqual(
    doc.matrix.versions.map((v: { path: string }) => v.path),
    [join(folder, '1.txt'), join(folder, '2.txt'), join(folder, '3.html')],
  );
  const counts = (v: Record<string, unknown>) => [v.verbatim, v.changed, v.absent, v.added, v.high, v.medium, v.low];
  assert.deepEqual(counts(doc.matrix.versions[2]), counts(doc.matrix.versions[0]));
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const e = run(['report', '--canonical', SEEDS[0]!, empty]);
  assert.equal(e.code, 2);
  assert.match(e.err, /has no article files/);
});

test('the report model: the aligned reading keeps every sentence of the version once, in order', () => {
  const versions = [1, 2, 3, 4].map((i) => ({ path: SEEDS[i]!, sha256: 'x', bytes: 0, text: seed(i), comparison: compare(seed(0), seed(i)) }));
  const ev = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: SEEDS[0]!, sha256: 'x', bytes: 0, text: seed(0) },
    versions,
  });
  const html = renderHtmlReport(ev);
  const md = renderMarkdownReport(ev);
  for (const v of versions) {
    for (const s of v.comparison.article.sentences) {
      // Each sentence's words appear in both renderings (escaped).
      const words = s.text.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w));
      for (const w of words.slice(0, 2)) {
        assert.ok(html.includes(w), `${w} in the HTML`);
        assert.ok(md.includes(w), `${w} in the Markdown`);
      }
    }
  }
  assert.deepEqual(markedPieces('abcdef', 0, 6, [{ start: 4, end: 5 }, { start: 1, end: 3 }]), [
    { text: 'a', marked: false },
    { text: 'bc', marked: true },
    { text: 'd', marked: false },
    { text: 'e', marked: true },
    { text: 'f', marked: false },
  ]);
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&\``), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
  // Many versions: one-character codes in a compact matrix whose sentence column stays in view.
  const many = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: SEEDS[0]!, sha256: 'x', bytes: 0, text: seed(0) },
    versions: Array.from({ length: 13 }, (_, i) => versions[i % 4]!),
  });
  const wide = renderHtmlReport(many);
  assert.match(wide, /<table class="matrix compact">/);
  const row = /<tr id="row-c2"[\s\S]*?<\/tr>/.exec(wide)![0];
  assert.match(row, /<a href="#v1-c2">h<\/a>/, 'h for the hedge of V1');
  assert.match(wide, /table\.matrix \.rid, table\.matrix \.txt \{ position: sticky;/);
  assert.ok(!html.includes('class="matrix compact"'), 'four versions: kinds spelled out');
});

test("the report model: a copy's headline over a wire lead with no headline is shown in the lead's row, with the figure it changes", () => {
  const wire = 'Storms cut power to 40,000 homes across the coast on Tuesday, the utility said. Crews worked through the night.';
  const copy = 'Storms cut power to 45,000 coastal homes\n\n' + wire;
  const comparison = compare(wire, copy);
  const ev = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: 'wire.txt', sha256: 'x', bytes: 0, text: wire },
    versions: [{ path: 'copy.txt', sha256: 'x', bytes: 0, text: copy, comparison }],
  });
  const rows = readingOf(ev.versions[0]!, ev.matrix);
  assert.deepEqual(rows.map((r) => r.type), ['aligned', 'aligned']);
  const lead = rows[0]!;
  assert.ok(lead.type === 'aligned' && !lead.findings.some((d) => d.kind === 'added'), JSON.stringify(lead.findings));
  assert.ok(lead.findings.some((d) => d.kind === 'number' && d.from === '40,000' && d.to === '45,000'), "the changed figure is on the lead's row, which shows the headline");
  // A comparison's alignment is never a summary: the relation is the engine's own, inside a group.
  // @ts-expect-error 'summary' is no relation of an alignment
  const relation: AlignmentRelation = 'summary';
  assert.ok(comparison.alignments.every((a) => a.relation !== relation));
});

test("both evidence reports show a finding's words alike (findingWords): long ones cut at one length, with … at the cut", () => {
  const c = compare(seed(0), seed(2));
  const i = c.discrepancies.findIndex((d) => d.from && d.kind !== 'boilerplate' && d.kind !== 'added');
  assert.ok(i >= 0);
  const long = 'word '.repeat(100).trim();
  const comparison = { ...c, discrepancies: c.discrepancies.map((d, k) => (k === i ? { ...d, from: long } : d)) };
  const ev = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: SEEDS[0]!, sha256: 'x', bytes: 0, text: seed(0) },
    versions: [{ path: SEEDS[2]!, sha256: 'x', bytes: 0, text: seed(2), comparison }],
  });
  const cut = findingWords(comparison.discrepancies[i]!).from!;
  assert.ok(cut.length <= 400 && cut.length > 300, String(cut.length));
  assert.ok(cut.endsWith('…'));
  assert.ok(renderHtmlReport(ev).includes(`<del>${cut}</del>`));
  assert.ok(renderMarkdownReport(ev).includes(`~~${cut}~~`));
});

test('compare --format text and markdown say in their header that the article is a translation, in which languages, and what is compared', () => {
  const canonical = join(dir, 'tr-canon.txt');
  const article = join(dir, 'tr-article.txt');
  writeFileSync(canonical, 'The minister said on Monday that the government would build 300 new schools in the north of the country before the end of the year. He added that the work would cost about 45 million dollars and that the first schools would open in March.\n');
  writeFileSync(article, "Le ministre a déclaré lundi que le gouvernement construirait 300 nouvelles écoles dans le nord du pays avant la fin de l'année. Il a ajouté que les travaux coûteraient environ 45 millions de dollars et que les premières écoles ouvriraient en mars.\n");
  const text = run(['compare', '--canonical', canonical, article]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /English → French \(a translation/);
  const md = run(['compare', '--canonical', canonical, article, '--format', 'markdown']);
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /\(English\)/);
  assert.match(md.out, /a translation into French: only figures, dates, names/);
  // A copy in the canonical's language says nothing of a translation.
  const same = run(['compare', '--canonical', canonical, canonical, '--format', 'markdown']);
  assert.doesNotMatch(same.out, /translation/);
});
