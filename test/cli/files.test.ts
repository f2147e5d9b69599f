import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
