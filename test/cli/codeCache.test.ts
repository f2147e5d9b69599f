import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachePath } from '../../src/cli/codeCache';

const MODULE = join(__dirname, '..', '..', 'src', 'cli', 'codeCache.ts');

test('code cache: kept per Node and build of the bundle, where NODE_COMPILE_CACHE says; none when turned off or with no bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-cc-'));
  try {
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, 'module.exports = 1;\n');
    const path = cachePath(bundle, { NODE_COMPILE_CACHE: join(dir, 'cache') });
    assert.ok(path?.startsWith(join(dir, 'cache')), path ?? 'null');
    assert.ok(path!.includes(process.version.replace(/[^\w.-]/g, '_')), path!);
    assert.equal(cachePath(bundle, { NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: dir }), null);
    assert.equal(cachePath(join(dir, 'missing.js'), {}), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('code cache: the first process leaves one as it exits, the next compiles with it; a broken one is written again; the module runs the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-cc-'));
  try {
    const bundle = join(dir, 'bundle.js');
    // A bundle that requires a neighbour and a built-in, as dist/cli-commands.js does.
    writeFileSync(join(dir, 'neighbour.js'), 'module.exports = { n: 41 };\n');
    writeFileSync(bundle, "const { n } = require('./neighbour.js');\nconst { join } = require('node:path');\nexports.answer = () => n + 1;\nexports.here = join(__dirname, 'x') === join(" + JSON.stringify(dir) + ", 'x');\n");
    const child = join(dir, 'child.ts');
    writeFileSync(
      child,
      `import { cachePath, requireWithCodeCache } from ${JSON.stringify(MODULE)};\n` +
        `const path = cachePath(${JSON.stringify(bundle)}, process.env);\n` +
        `const m = requireWithCodeCache(${JSON.stringify(bundle)}, path) as { answer(): number; here: boolean };\n` +
        `console.log(JSON.stringify({ answer: m.answer(), here: m.here }));\n`,
    );
    const cacheDir = join(dir, 'cache');
    const run = (): { answer: number; here: boolean } => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { answer: number; here: boolean };
    };
    assert.deepEqual(run(), { answer: 42, here: true });
    const files = readdirSync(cacheDir);
    assert.equal(files.length, 1);
    const cacheFile = join(cacheDir, files[0]!);
    assert.deepEqual(run(), { answer: 42, here: true });
    // Bytes that are no cache: V8 turns them down, the module runs as without, and a good cache replaces them.
    writeFileSync(cacheFile, 'not a code cache');
    assert.deepEqual(run(), { answer: 42, here: true });
    assert.notEqual(statSync(cacheFile).size, 'not a code cache'.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
