import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachePath, KEEP, prune } from '../../src/cli/codeCache';

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
    // A cache read is marked used, so the folder keeps it over caches written since.
    const past = new Date(Date.now() - 86_400_000);
    utimesSync(cacheFile, past, past);
    assert.deepEqual(run(), { answer: 42, here: true });
    assert.ok(statSync(cacheFile).mtimeMs > past.getTime() + 3_600_000);
    // Bytes that are no cache: V8 turns them down, the module runs as without, and a good cache replaces them.
    writeFileSync(cacheFile, 'not a code cache');
    assert.deepEqual(run(), { answer: 42, here: true });
    assert.notEqual(statSync(cacheFile).size, 'not a code cache'.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('code cache: the folder keeps the caches used last and drops parts a process left; the first cache of a build written among many keeps the folder bounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-cc-'));
  try {
    const hours = (h: number): Date => new Date(Date.now() - h * 3_600_000);
    const put = (name: string, at: Date): void => {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), at, at);
    };
    for (let h = 1; h <= KEEP + 3; h++) put(`cli-commands-v0-x64-${h}.bin`, hours(h));
    put('cli-commands-v0-x64-9.bin.4242', hours(1)); // a part its writer left
    put('cli-commands-v0-x64-8.bin.4343', new Date()); // a part being written now
    put('other-tool.bin', hours(48)); // not ours: Node's own cache folder may hold it
    prune(dir);
    const kept = readdirSync(dir).sort();
    const newest = Array.from({ length: KEEP }, (_, i) => `cli-commands-v0-x64-${i + 1}.bin`);
    assert.deepEqual(kept, [...newest, 'cli-commands-v0-x64-8.bin.4343', 'other-tool.bin'].sort());
    // A process writing its cache prunes the folder as it exits.
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, 'module.exports = 1;\n');
    const cacheDir = join(dir, 'cache');
    mkdirSync(cacheDir);
    for (let h = 1; h <= KEEP + 2; h++) put(join('cache', `cli-commands-old-${h}.bin`), hours(h));
    const child = join(dir, 'child.ts');
    writeFileSync(child, `import { cachePath, requireWithCodeCache } from ${JSON.stringify(MODULE)};\nrequireWithCodeCache(${JSON.stringify(bundle)}, cachePath(${JSON.stringify(bundle)}, process.env));\n`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } });
    assert.equal(r.status, 0, r.stderr);
    const left = readdirSync(cacheDir);
    assert.equal(left.length, KEEP);
    assert.equal(left.filter((f) => !f.startsWith('cli-commands-old-')).length, 1, left.join(' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
