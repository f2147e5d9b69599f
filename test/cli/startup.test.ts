import { test } from 'node:test';
import assert from 'node:assert/strict';
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
