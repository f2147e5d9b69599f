import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleInMemory } from '../helpers';

const ROOT = join(__dirname, '..', '..');

type Package = { name: string; version: string; license: string; texts: string[] };
type Notices = {
  packageOf(input: string): string | null;
  packagesOf(inputs: string[], root: string): Package[];
  noticesText(packages: Package[], root: string): string;
};
// @ts-expect-error plain JS module without types
const notices = (): Promise<Notices> => import('../../scripts/notices.mjs') as Promise<Notices>;

test('a bundled file belongs to the package it stands in, scoped and nested ones too; the project’s own code to none', async () => {
  const { packageOf } = await notices();
  assert.equal(packageOf('node_modules/markdown-it/lib/index.mjs'), 'node_modules/markdown-it');
  assert.equal(packageOf('node_modules/@mozilla/readability/Readability.js'), 'node_modules/@mozilla/readability');
  assert.equal(packageOf('node_modules/linkedom/node_modules/htmlparser2/dist/commonjs/index.js'), 'node_modules/linkedom/node_modules/htmlparser2');
  assert.equal(packageOf('src/core/text.ts'), null);
});

test('the notices the .vsix ships name every package its bundles hold, each with its licence text, and the Apache License whole', async () => {
  const { packagesOf, noticesText } = await notices();
  // The bundles the .vsix ships: the extension, the engine worker, the page reader (scripts/build.mjs).
  const r = await bundleInMemory({
    entryPoints: ['src/extension/extension.ts', 'src/engine/worker.ts', 'src/read/dom.ts'].map((e) => join(ROOT, e)),
    outdir: join(ROOT, 'dist', 'never-written'),
    external: ['vscode'],
    absWorkingDir: ROOT,
  });
  const packages = packagesOf(Object.keys(r.metafile.inputs), ROOT);
  const names = new Set(packages.map((p) => p.name));
  for (const n of ['@mozilla/readability', 'linkedom', 'htmlparser2', 'markdown-it', 'franc-min', '@orama/stemmers']) assert.ok(names.has(n), n);
  const text = noticesText(packages, ROOT);
  for (const p of packages) {
    const own = text.slice(text.indexOf(`\n${p.name} ${p.version} (`));
    const body = own.slice(0, own.indexOf('\n---', own.indexOf('\n\n')));
    assert.ok(/copyright|licensed under/i.test(body), `${p.name} ${p.version}: no licence text`);
  }
  assert.ok(text.includes('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION'));
  // The build writes it and the .vsix ships it.
  assert.match(readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8'), /ThirdPartyNotices\.txt/);
  assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/ThirdPartyNotices\.txt$/m);
});
