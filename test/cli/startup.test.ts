import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleInMemory } from '../helpers';

const ROOT = join(__dirname, '..', '..');

// `wirediff --version` must not load the engine: main.ts reaches the commands only through
// `require('./commands')`, which the build makes a bundle of its own (scripts/build.mjs).
test('the CLI entry bundles help and dispatch only: no engine, parser or language data', async () => {
  const r = await bundleInMemory({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    plugins: [{ name: 'commands-apart', setup: (b) => b.onResolve({ filter: /^\.\/commands$/ }, () => ({ path: './cli-commands.js', external: true })) }],
  });
  const inputs = Object.keys(r.metafile.inputs).map((p) => relative(ROOT, join(process.cwd(), p)).replace(/\\/g, '/')).sort();
  // terminal.ts: the control-character strip of the one error line (no imports of its own);
  // codeCache.ts: the code cache of the commands' bundle (Node's built-in modules only); help.ts: the help's text.
  assert.deepEqual(inputs, ['src/cli/codeCache.ts', 'src/cli/help.ts', 'src/cli/io.ts', 'src/cli/main.ts', 'src/core/types.ts', 'src/report/terminal.ts']);
  assert.ok(r.outputFiles[0]!.text.length < 20_000, `${r.outputFiles[0]!.text.length} bytes`);
});

// The process sets its own V8 flags (main.ts): a flag a later Node renamed or dropped would print
// "unrecognized flag" on stderr of every command, and its saving would be lost without a word.
test('the V8 flags the wirediff process sets for itself are known to this Node', async () => {
  const { V8_FLAGS } = await import('../../src/cli/main');
  const { spawnSync } = await import('node:child_process');
  const flags = V8_FLAGS.split(' ');
  assert.ok(flags.length > 0 && flags.every((f) => f.startsWith('--')), V8_FLAGS);
  const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(V8_FLAGS)})`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  // A misspelt flag is caught the same way.
  const bad = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-v8-flag-here')`], { encoding: 'utf8' });
  assert.match(bad.stderr, /unrecognized flag/);
});

// The process asks Node for its code cache where this Node has one (22.1 and later), and runs
// on without it where it has none or where asking fails.
test('the wirediff process asks for the code cache when Node offers one, and goes on without it', async () => {
  const { enableCodeCache } = await import('../../src/cli/main');
  let asked = 0;
  assert.equal(enableCodeCache({ enableCompileCache: () => asked++ }), true);
  assert.equal(asked, 1);
  assert.equal(enableCodeCache({}), false);
  assert.equal(
    enableCodeCache({
      enableCompileCache: () => {
        throw new Error('no cache folder');
      },
    }),
    false,
  );
});

// Node's crypto and child_process modules (and the modules child_process loads) are
// required by the commands that use them (a file's fingerprint, git's user name), not with the
// commands' bundle: `compare` needs neither, and loading them cost its start-up.
test('a compare loads neither crypto nor child_process', async () => {
  const r = await bundleInMemory({ entryPoints: [join(ROOT, 'src', 'cli', 'commands.ts')] });
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-lazy-'));
  try {
    const bundle = join(dir, 'cli-commands.js');
    writeFileSync(bundle, r.outputFiles[0]!.text);
    const fixtures = join(ROOT, 'test', 'fixtures');
    const [c, a] = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, f));
    const script = [
      'const before = new Set(process.moduleLoadList);',
      `const { COMMANDS } = require(${JSON.stringify(bundle)});`,
      "let out = '';",
      `const code = COMMANDS.compare(['--canonical', ${JSON.stringify(c)}, ${JSON.stringify(a)}, '--format', 'json'], { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, env: {}, cwd: ${JSON.stringify(dir)} });`,
      'process.stdout.write(JSON.stringify({ code, bytes: out.length, loaded: process.moduleLoadList.filter((m) => !before.has(m)) }));',
    ].join('\n');
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const got = JSON.parse(run.stdout) as { code: number; bytes: number; loaded: string[] };
    assert.ok(got.code <= 1 && got.bytes > 1000, run.stdout.slice(0, 200));
    for (const m of ['NativeModule crypto', 'NativeModule child_process']) assert.ok(!got.loaded.includes(m), m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
