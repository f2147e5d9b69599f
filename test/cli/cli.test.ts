import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, type CliIO } from '../../src/cli/main';
import { SEEDS, seed } from '../helpers';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], isTTY = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  // A working directory of its own, so that no .wirediff/verdicts.json around the repo hides findings.
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY, columns: 100, env: {}, cwd: dir };
  const code = main(args, io);
  return { code, out, err };
}

const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test('compare prints a readable summary with the most serious findings first', () => {
  const r = run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!]);
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
  assert.match(r.out, /^WireDiff: /);
  assert.match(r.out, /discrepancies: \d+ high, \d+ medium, \d+ low/);
  const high = r.out.indexOf('HIGH (');
  const medium = r.out.indexOf('MEDIUM (');
  const low = r.out.indexOf('LOW (');
  assert.ok(high > 0 && high < medium && medium < low);
  assert.match(r.out, /constellation/);
  assert.match(r.out, /constants/);
  assert.ok(!r.out.includes('\x1b['), 'no colour when not a terminal');
  const tty = run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!], true);
  assert.ok(tty.out.includes('\x1b['), 'colour on a terminal');
  assert.ok(!run(['compare', '--no-color', '--canonical', SEEDS[0]!, SEEDS[1]!], true).out.includes('\x1b['));
});

test('--format json has the documented shape, with offsets that slice the files', () => {
  const r = run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!, '--format', 'json']);
  assert.equal(r.code, 0);
  const doc = JSON.parse(r.out);
  assert.equal(doc.version, 1);
  assert.equal(doc.canonical.path, SEEDS[0]);
  assert.equal(doc.article.path, SEEDS[1]);
  for (const [side, text] of [
    ['canonical', seed(0)],
    ['article', seed(1)],
  ] as const) {
    for (const s of doc[side].sentences) {
      assert.deepEqual(Object.keys(s).slice(0, 4), ['id', 'start', 'end', 'text']);
      assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
  assert.ok(doc.alignments.length > 0);
  for (const a of doc.alignments) {
    assert.ok(Array.isArray(a.canonical) && Array.isArray(a.article) && typeof a.similarity === 'number');
  }
  const kinds = new Set(['omitted', 'added', 'changed', 'moved', 'number', 'time', 'hedge', 'quote', 'name', 'attribution', 'negation', 'mistranslation', 'clause', 'boilerplate']);
  for (const d of doc.discrepancies) {
    assert.ok(kinds.has(d.kind));
    assert.ok(['high', 'medium', 'low'].includes(d.severity));
    assert.equal(typeof d.id, 'string');
    assert.equal(typeof d.reason, 'string');
    assert.ok(d.from === null || typeof d.from === 'string');
    assert.ok(d.to === null || typeof d.to === 'string');
    if (d.kind === 'added') assert.deepEqual(d.canonical, []);
    if (d.kind === 'omitted') assert.deepEqual(d.article, []);
  }
  // Ids are stable across runs.
  const again = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!, '--format', 'json']).out);
  assert.deepEqual(again.discrepancies.map((d: { id: string }) => d.id), doc.discrepancies.map((d: { id: string }) => d.id));
});

test('several articles: json is an array, text and markdown have one section each', () => {
  const r = run(['compare', '-c', SEEDS[0]!, SEEDS[1]!, SEEDS[2]!, '-f', 'json']);
  assert.equal(r.code, 0);
  const docs = JSON.parse(r.out);
  assert.ok(Array.isArray(docs));
  assert.deepEqual(docs.map((d: { article: { path: string } }) => d.article.path), [SEEDS[1], SEEDS[2]]);
  const md = run(['compare', '-c', SEEDS[0]!, SEEDS[1]!, SEEDS[2]!, '-f', 'markdown']);
  assert.equal((md.out.match(/^# WireDiff report/gm) ?? []).length, 2);
});

test('several articles: each is compared as it would be alone (the canonical prepared once for all), whether the canonical is text, a page or too short to tell its language', () => {
  const story = [
    'The river rose two metres overnight, the town council said on Tuesday, and water reached the market square before dawn.',
    'At least 40 homes were flooded and 120 people moved to a school hall on the hill, where volunteers handed out blankets and soup.',
    'The mayor said the dam upstream would not be opened before Friday, because the valley below it was still full of water.',
    'Farmers on the eastern bank said they had lost most of the barley harvest, which had been due to be brought in next week.',
    'The regional weather office expects more rain on Wednesday night, though less than fell over the weekend, a spokeswoman said.',
    'Two bridges were closed to traffic, and the railway line to the coast will stay shut until engineers have checked the embankment.',
  ];
  const page = `<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><article><h1>River floods town</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article><footer>Sign up for our newsletter</footer></body></html>`;
  const copies = [
    file('many-a.txt', 'The river rose two metres overnight, the council said on Tuesday.\n\n40 homes were flooded and 120 people moved to a school hall.\n'),
    file('many-b.txt', 'The river rose three metres overnight, the town council said on Tuesday.\n\nThe mayor said the dam would be opened before Friday.\n\nVolunteers brought food.\n'),
  ];
  for (const canonical of [file('many-canon.txt', story.join('\n\n') + '\n'), file('many-canon.html', page), file('many-short.txt', 'Flood warning.\n')]) {
    const all = JSON.parse(run(['compare', '-c', canonical, ...copies, '-f', 'json']).out);
    const alone = copies.map((c) => JSON.parse(run(['compare', '-c', canonical, c, '-f', 'json']).out));
    assert.deepEqual(all, alone, canonical);
  }
});

test('filters: --min-severity and --kinds', () => {
  const doc = JSON.parse(run(['compare', '-c', SEEDS[0]!, SEEDS[2]!, '-f', 'json', '--min-severity', 'high']).out);
  assert.ok(doc.discrepancies.length > 0);
  assert.ok(doc.discrepancies.every((d: { severity: string }) => d.severity === 'high'));
  const only = JSON.parse(run(['compare', '-c', SEEDS[0]!, SEEDS[2]!, '-f', 'json', '--kinds', 'boilerplate']).out);
  assert.ok(only.discrepancies.length >= 3);
  assert.ok(only.discrepancies.every((d: { kind: string }) => d.kind === 'boilerplate'));
});

test('two different stories: a warning that the canonical may be the wrong one', () => {
  const other = file('other-story.txt', 'TOKYO (AP) — A magnitude 7.1 earthquake struck off Japan on Thursday, killing at least 12 people.\n\nThe quake hit near Miyazaki prefecture, the agency said.');
  const r = run(['compare', '-c', SEEDS[0]!, other]);
  assert.equal(r.code, 0);
  assert.match(r.out, /share little \(0 of 12 canonical sentences found\)/);
  assert.ok(!run(['compare', '-c', SEEDS[0]!, SEEDS[1]!]).out.includes('share little'));
});

test('markdown escapes untrusted article text', () => {
  const evil = file('evil.txt', seed(0) + '\n\nThe minister said <img src=x onerror=alert(1)> and **bold** [link](javascript:alert(1)) were used.');
  const r = run(['compare', '-c', SEEDS[0]!, evil, '-f', 'markdown']);
  assert.equal(r.code, 0);
  assert.ok(!r.out.includes('<img'));
  assert.ok(r.out.includes('&lt;img'));
  assert.ok(!r.out.includes('[link](javascript'));
});

test('terminal output strips control characters from article text', () => {
  const evil = file('ansi.txt', seed(0) + '\n\nThe minister said \x1b[2J\x1b]0;pwned\x07 it was fine.');
  const r = run(['compare', '-c', SEEDS[0]!, evil]);
  assert.equal(r.code, 0);
  assert.ok(!r.out.includes('\x1b'));
});

test('bad input: one clear line on stderr and exit 2, never a stack trace', () => {
  mkdirSync(join(dir, 'folder'), { recursive: true });
  const big = join(dir, 'big.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const cases: Array<[string[], RegExp]> = [
    [['compare', '-c', join(dir, 'missing.txt'), SEEDS[1]!], /missing\.txt: no such file/],
    [['compare', '-c', SEEDS[0]!, join(dir, 'folder')], /is a directory/],
    [['compare', '-c', SEEDS[0]!, file('empty.txt', '')], /empty\.txt is empty/],
    [['compare', '-c', SEEDS[0]!, file('blank.txt', '  \n\t\n')], /blank\.txt is empty/],
    [['compare', '-c', SEEDS[0]!, file('bin.dat', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]))], /binary file/],
    [['compare', '-c', SEEDS[0]!, file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))], /not UTF-8 text .*Latin-1/],
    [['compare', '-c', SEEDS[0]!, big], /too large/],
    // A saved page with no article (a menu and a footer), as the article and as the canonical.
    [['compare', '-c', SEEDS[0]!, file('menu.html', '<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><footer>© 2026 Example Media. All rights reserved.</footer></body></html>')], /menu\.html: no article found in this page/],
    [['compare', '-c', file('menu2.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), SEEDS[1]!], /menu2\.html: no article found in this page/],
    [['compare', '-c', SEEDS[0]!, file('utf16le.txt', Buffer.from('The minister said prices rose.', 'utf16le'))], /utf16le\.txt looks like UTF-16LE text without a byte-order mark, not UTF-8.*iconv -f UTF-16LE/],
    [['compare', '-c', file('utf16be.txt', Buffer.from('The minister said prices rose.', 'utf16le').swap16()), SEEDS[1]!], /utf16be\.txt looks like UTF-16BE text without a byte-order mark/],
    [['compare', SEEDS[1]!], /missing --canonical/],
    [['compare', '-c', SEEDS[0]!], /no article/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--format', 'pdf'], /unknown --format pdf/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--min-severity', 'urgent'], /--min-severity/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--kinds', 'typo'], /unknown kind typo/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--threshold', '7'], /--threshold/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--bogus'], /bogus/],
    [['frobnicate'], /unknown command/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--language', 'en'], /--language takes an ISO 639-3 code .*write eng/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--language', 'english'], /--language takes an ISO 639-3 code/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--format', 'matrix', '--language', 'fr'], /write fra/],
    [['read', SEEDS[1]!, '--language', 'de'], /write deu/],
    // Three letters are not enough: the code must name a language WireDiff reads.
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--language', 'xyz'], /--language takes an ISO 639-3 code .*'xyz' is not a language WireDiff knows/],
    [['read', SEEDS[1]!, '--language', 'QQQ'], /'QQQ' is not a language WireDiff knows/],
    // A file name is untrusted too: a newline or an escape in it must not make a second line or drive the terminal.
    [['compare', '-c', join(dir, 'two\nlines.txt'), SEEDS[1]!], /two lines\.txt: no such file/],
    [['compare', '-c', SEEDS[0]!, join(dir, 'x\x1b[31mred.txt')], /x\[31mred\.txt: no such file/],
    [['compare', '-c', SEEDS[0]!, SEEDS[1]!, '--store', file('store.json', new Uint8Array([0x3d, 0x0a, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0x0d]))], /not valid JSON/],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')} → ${r.err}`);
    assert.equal(r.out, '');
    assert.match(r.err, message);
    assert.match(r.err, /^wirediff: [^\n]+\n$/, 'exactly one line');
    assert.ok(!/\bat .+:\d+:\d+/.test(r.err), 'no stack trace');
  }
});

test('text that is not UTF-8 but UTF-16 with a byte-order mark is read', () => {
  const text = seed(1);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const p = file('utf16.txt', utf16);
  const a = JSON.parse(run(['compare', '-c', SEEDS[0]!, p, '-f', 'json']).out);
  const b = JSON.parse(run(['compare', '-c', SEEDS[0]!, SEEDS[1]!, '-f', 'json']).out);
  assert.deepEqual(a.discrepancies.map((d: { id: string }) => d.id), b.discrepancies.map((d: { id: string }) => d.id));
});

test('help and version', () => {
  assert.match(run(['--help']).out, /wirediff compare --canonical CANON ARTICLE/);
  assert.equal(run(['--help']).code, 0);
  assert.match(run(['--version']).out, /^\d+\.\d+\.\d+/);
  assert.equal(run([]).code, 2);
  // Says what the commands take: read's --language, report's -o, the web pages of a folder.
  const help = run(['--help']).out;
  assert.match(help, /wirediff read FILE .*--language CODE/);
  assert.match(help, /-o, --out FILE/);
  assert.match(help, /directory among the versions[^]*\.html/);
});

test('the real process: exit codes and stderr', () => {
  const cli = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
  const ok = spawnSync(process.execPath, ['--import', 'tsx', cli, 'compare', '-c', SEEDS[0]!, SEEDS[3]!], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Araghchi/);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, 'compare', '-c', join(dir, 'nope.txt'), SEEDS[3]!], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});
