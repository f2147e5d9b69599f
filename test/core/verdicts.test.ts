import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';
import type { Comparison, Discrepancy } from '../../src/core/types';
import {
  applyVerdicts,
  dismissedIds,
  emptyStore,
  makeVerdict,
  parseVerdicts,
  serializeVerdicts,
  setVerdict,
  verdictKey,
  verdictsFor,
  type VerdictStore,
} from '../../src/core/verdicts';
import { main, type CliIO } from '../../src/cli/main';
import { SEEDS, seed } from '../helpers';

const CANON = seed(0);
const ARTICLE = seed(1);

const hedgeOf = (c: Comparison): Discrepancy => {
  const d = c.discrepancies.find((x) => x.kind === 'hedge' && /At least/.test(x.from ?? ''));
  assert.ok(d, 'the dropped "At least" hedge');
  return d!;
};

/** 001 with an edit in another paragraph (the quote sentence), a new paragraph on top and re-wrapped lines. */
function editedElsewhere(text: string): string {
  const edited = text
    .replace('a senior Syrian military source said.', 'a senior Syrian army source told reporters.')
    .replace('Syrian and Russian government warplanes stepped up', 'Syrian and Russian government warplanes\nstepped up');
  assert.notEqual(edited, text);
  return 'Updated at 14:00 with comment from officials.\n' + edited;
}

test('a verdict survives an edit elsewhere in the article (and re-wrapping), and not an edit of its own sentence', () => {
  const c1 = compare(CANON, ARTICLE);
  const d1 = hedgeOf(c1);
  const store = setVerdict(emptyStore(), verdictKey(c1, d1), makeVerdict(c1, d1, 'dismissed', { note: 'checked', author: 'ed' }));
  assert.ok(dismissedIds(c1, store).has(d1.id));

  const c2 = compare(CANON, editedElsewhere(ARTICLE));
  const d2 = hedgeOf(c2);
  assert.notEqual(d2.articleAnchor, d1.articleAnchor, 'the finding moved in the file');
  assert.equal(verdictKey(c2, d2), verdictKey(c1, d1), 'same content key');
  const j = applyVerdicts(c2, store);
  assert.ok(j.dismissed.has(d2.id));
  assert.ok(!j.comparison.discrepancies.some((d) => d.id === d2.id), 'hidden');
  assert.equal(j.comparison.discrepancies.length, c2.discrepancies.length - 1);
  assert.equal(j.comparison.summary.high, c2.summary.high - 1, 'summary recounted');
  assert.ok(applyVerdicts(c2, store, { showDismissed: true }).comparison.discrepancies.some((d) => d.id === d2.id), 'shown on request');
  // The other findings of the edited article have no verdict.
  assert.equal(verdictsFor(c2, store).size, 1);

  // Editing the sentence the finding is in: the verdict no longer applies.
  const c3 = compare(CANON, ARTICLE.replace('300 fighters mainly from', '300 fighters, mainly from'));
  const d3 = hedgeOf(c3);
  assert.notEqual(verdictKey(c3, d3), verdictKey(c1, d1));
  assert.equal(dismissedIds(c3, store).size, 0);
});

test('keys are content keys: kind, canonical and article sentence hashes, changed words', () => {
  const c = compare(CANON, ARTICLE);
  const keys = c.discrepancies.map((d) => verdictKey(c, d));
  for (const k of keys) assert.match(k, /^[a-z]+:[0-9a-z]{11}:[0-9a-z]{11}:[0-9a-z]{11}$/);
  assert.equal(verdictKey(c, c.discrepancies[0]!), verdictKey(compare(CANON, ARTICLE), compare(CANON, ARTICLE).discrepancies[0]!), 'stable across runs');
  const hedge = hedgeOf(c);
  assert.ok(verdictKey(c, hedge).startsWith('hedge:'));
  // The same hedge finding against another canonical text (one sentence changed elsewhere) keeps its key.
  const canon2 = CANON.replace('Hundreds of fighters', 'Several hundred fighters');
  const c2 = compare(canon2, ARTICLE);
  assert.equal(verdictKey(c2, hedgeOf(c2)), verdictKey(c, hedge));
});

test('serialise: stable, sorted, diff-friendly; parse(serialise(x)) is x; unknown fields kept', () => {
  const c = compare(CANON, ARTICLE);
  let store: VerdictStore = emptyStore();
  for (const d of c.discrepancies.slice(0, 5).reverse()) {
    store = setVerdict(store, verdictKey(c, d), makeVerdict(c, d, 'benign', { time: '2024-12-03T10:00:00.000Z' }));
  }
  const text = serializeVerdicts(store);
  assert.ok(text.endsWith('}\n'));
  const keys = Object.keys(JSON.parse(text).verdicts);
  assert.deepEqual(keys, [...keys].sort());
  assert.equal(keys.length, 5);
  const first = JSON.parse(text).verdicts[keys[0]!];
  assert.deepEqual(Object.keys(first).slice(0, 2), ['verdict', 'kind']);
  const back = parseVerdicts(text);
  assert.ok(back.ok);
  assert.equal(serializeVerdicts(back.store), text, 'round trip is byte-identical');
  // One verdict changed: one line of the file changes.
  const k = keys[2]!;
  const changed = serializeVerdicts(setVerdict(back.store, k, { ...back.store.verdicts[k]!, verdict: 'confirmed' }));
  const a = text.split('\n');
  const b = changed.split('\n');
  assert.equal(a.length, b.length);
  assert.equal(a.filter((line, i) => line !== b[i]).length, 1);
  // Unknown fields (a later version's) survive a rewrite.
  const withExtra = JSON.parse(text);
  withExtra.verdicts[k].reviewedBy = 'desk';
  const r = parseVerdicts(JSON.stringify(withExtra));
  assert.ok(r.ok);
  assert.match(serializeVerdicts(r.store), /"reviewedBy": "desk"/);
});

test('parse is tolerant and its errors are clear', () => {
  for (const ok of ['', '  \n', '\uFEFF{"version":1,"verdicts":{}}', '{}']) {
    const r = parseVerdicts(ok);
    assert.ok(r.ok, JSON.stringify(ok));
    assert.deepEqual(r.store.verdicts, {});
  }
  const mixed = parseVerdicts(
    JSON.stringify({
      version: 1,
      verdicts: {
        'hedge:00f69v7phn0:0aaaaaaaaaa:0bbbbbbbbbb': { verdict: 'dismissed', kind: 'hedge' },
        'hedge:00f69v7phn0:0aaaaaaaaaa:0ccccccccccc': { verdict: 'maybe' },
        nonsense: { verdict: 'benign' },
        'quote:1:2:3': 'confirmed',
      },
    }),
  );
  assert.ok(mixed.ok);
  assert.deepEqual(Object.keys(mixed.store.verdicts), ['hedge:00f69v7phn0:0aaaaaaaaaa:0bbbbbbbbbb']);
  assert.equal(mixed.warnings.length, 3);
  assert.match(mixed.warnings.join('\n'), /verdict must be one of confirmed, benign, dismissed, not "maybe"/);

  const bad = parseVerdicts('{\n  "version": 1,\n  "verdicts": {,}\n}');
  assert.ok(!bad.ok);
  assert.match(bad.error, /^not valid JSON \(line 3, column \d+\)$/);
  const conflict = parseVerdicts('{\n<<<<<<< HEAD\n"a": 1\n=======\n"b": 2\n>>>>>>> other\n}');
  assert.ok(!conflict.ok);
  assert.match(conflict.error, /merge conflict markers at line 2/);
  const future = parseVerdicts('{"version": 9, "verdicts": {}}');
  assert.ok(!future.ok);
  assert.match(future.error, /later wirediff/);
  assert.ok(!parseVerdicts('[1,2]').ok);
  assert.ok(!parseVerdicts('{"verdicts": []}').ok);
});

// ---------------------------------------------------------------------------------------
// CLI

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-verdicts-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], cwd = dir, env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env, cwd };
  return { code: main(args, io), out, err };
}

test('CLI: verdict dismiss hides the finding in every output; it survives an edit elsewhere; clear brings it back', () => {
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, '.wirediff'), { recursive: true });
  const sub = join(ws, 'copies', 'today');
  mkdirSync(sub, { recursive: true });
  const article = join(sub, 'copy.txt');
  writeFileSync(article, ARTICLE);
  const id = hedgeOf(compare(CANON, ARTICLE)).id;

  // Listed with its id; then dismissed from a sub-directory: the store is found in the ancestor.
  const list = run(['verdict', 'list', '--canonical', SEEDS[0]!, article], sub);
  assert.equal(list.code, 0, list.err);
  assert.ok(list.out.includes(id));
  const r = run(['verdict', 'dismiss', id.slice(0, 9), '--canonical', SEEDS[0]!, article, '--note', 'wire changed later', '--author', 'A. Editor'], sub);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /as dismissed in \.\.\/\.\.\/\.wirediff\/verdicts\.json/);
  const storePath = join(ws, '.wirediff', 'verdicts.json');
  const stored = JSON.parse(readFileSync(storePath, 'utf8'));
  const [entry] = Object.values(stored.verdicts) as Array<Record<string, string>>;
  assert.equal(entry!.verdict, 'dismissed');
  assert.equal(entry!.note, 'wire changed later');
  assert.equal(entry!.author, 'A. Editor');
  assert.equal(entry!.from, 'At least 300');
  assert.ok(!Number.isNaN(Date.parse(entry!.time!)));

  // Edit the article elsewhere: still hidden, in every format.
  writeFileSync(article, editedElsewhere(ARTICLE));
  const json = run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'json'], sub);
  assert.equal(json.code, 0, json.err);
  const doc = JSON.parse(json.out);
  assert.ok(!doc.discrepancies.some((d: Discrepancy) => d.kind === 'hedge'), 'hidden from JSON');
  const text = run(['compare', '--canonical', SEEDS[0]!, article], sub);
  assert.ok(!/Hedge\s+Drops the qualifier/.test(text.out), 'hidden from text');
  assert.match(text.out, /1 hidden by filters/);
  const md = run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'markdown'], sub);
  assert.ok(!md.out.includes('**Hedge**'), 'hidden from markdown');
  const mx = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'matrix-json'], sub).out);
  const row = mx.matrix.rows.find((x: { text: string }) => x.text.startsWith('At least 300'));
  assert.ok(!row.cells[0].kinds.includes('hedge'), 'hidden from the matrix');
  assert.equal(row.cells[0].dismissed, 1);
  const report = run(['report', '--canonical', SEEDS[0]!, article, '--format', 'markdown'], sub);
  assert.ok(!report.out.includes('Drops the qualifier'), 'hidden from the report');
  assert.match(report.out, /1 dismissed, hidden/);

  // --show-dismissed shows it again, marked.
  const shown = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'json', '--show-dismissed'], sub).out);
  const h = shown.discrepancies.find((d: Discrepancy) => d.kind === 'hedge');
  assert.ok(h);
  assert.equal(h.verdict.verdict, 'dismissed');
  assert.match(run(['report', '--canonical', SEEDS[0]!, article, '--format', 'markdown', '--show-dismissed'], sub).out, /\*\*high · Hedge\*\* _\(dismissed\)_ \(line \d+, `hedge-[0-9a-z]+`\): Drops the qualifier/);

  // Confirmed and benign findings stay visible, with their verdict.
  const quote = compare(CANON, editedElsewhere(ARTICLE)).discrepancies.find((d) => d.kind === 'mistranslation')!;
  assert.equal(run(['verdict', 'confirm', quote.id, '--canonical', SEEDS[0]!, article], sub, { WIREDIFF_AUTHOR: 'B' }).code, 0);
  const after = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'json'], sub).out);
  assert.equal(after.discrepancies.find((d: Discrepancy) => d.id === quote.id).verdict.verdict, 'confirmed');
  assert.equal(after.discrepancies.find((d: Discrepancy) => d.id === quote.id).verdict.author, 'B');

  // Clear: visible again.
  const newId = hedgeOf(compare(CANON, editedElsewhere(ARTICLE))).id;
  assert.equal(run(['verdict', 'clear', newId, '--canonical', SEEDS[0]!, article], sub).code, 0);
  const cleared = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, article, '--format', 'json'], sub).out);
  assert.ok(cleared.discrepancies.some((d: Discrepancy) => d.kind === 'hedge'));
  assert.equal(Object.keys(JSON.parse(readFileSync(storePath, 'utf8')).verdicts).length, 1, 'only the confirmation is left');
});

test('CLI: --store, a store created where none exists, and one-line errors', () => {
  const plain = join(dir, 'plain');
  mkdirSync(plain, { recursive: true });
  const id = hedgeOf(compare(CANON, ARTICLE)).id;
  // No .wirediff anywhere up from a temp dir: created in the current directory.
  const r = run(['verdict', 'benign', id, '--canonical', SEEDS[0]!, SEEDS[1]!], plain);
  assert.equal(r.code, 0, r.err);
  assert.ok(existsSync(join(plain, '.wirediff', 'verdicts.json')));
  // --store elsewhere.
  const store = join(dir, 'team', 'v.json');
  assert.equal(run(['verdict', 'dismiss', id, '--canonical', SEEDS[0]!, SEEDS[1]!, '--store', store], plain).code, 0);
  const hidden = JSON.parse(run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!, '--format', 'json', '--store', store], plain).out);
  assert.ok(!hidden.discrepancies.some((d: Discrepancy) => d.id === id));

  const errors: Array<[string[], RegExp]> = [
    [['verdict'], /missing: wirediff verdict confirm/],
    [['verdict', 'approve', id, '--canonical', SEEDS[0]!, SEEDS[1]!], /unknown verdict 'approve'/],
    [['verdict', 'confirm', id, SEEDS[1]!], /missing --canonical/],
    [['verdict', 'confirm', '--canonical', SEEDS[0]!], /missing finding ID/],
    [['verdict', 'confirm', id, '--canonical', SEEDS[0]!], /missing ARTICLE/],
    [['verdict', 'confirm', 'hedge-nope', '--canonical', SEEDS[0]!, SEEDS[1]!], /no finding 'hedge-nope'/],
    [['verdict', 'confirm', id, '--canonical', SEEDS[0]!, join(dir, 'missing.txt')], /missing\.txt: no such file/],
  ];
  for (const [args, re] of errors) {
    const e = run(args, plain);
    assert.equal(e.code, 2, args.join(' '));
    assert.match(e.err, re);
    assert.equal(e.err.trim().split('\n').length, 1, 'one line');
  }
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"version": 1, "verdicts": {"x": ');
  const e = run(['compare', '--canonical', SEEDS[0]!, SEEDS[1]!, '--store', broken], plain);
  assert.equal(e.code, 2);
  assert.match(e.err, /broken\.json: not valid JSON \(it ends early, at line 1, column 33\)/);
});
