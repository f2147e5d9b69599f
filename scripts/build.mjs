// Bundles the extension and the CLI with esbuild.
//   node scripts/build.mjs               development build with source maps
//   node scripts/build.mjs --production  minified, no source maps (what the .vsix ships)
//   node scripts/build.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { noticesText, packagesOf } from './notices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: {
    WIREDIFF_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    // The DOM and Readability are a bundle of their own, loaded when a page is read (src/read/page.ts).
    WIREDIFF_READ_DOM: JSON.stringify('./readDom.js'),
  },
};

/** Leaves `require('./commands')` of src/cli/main.ts to load dist/cli-commands.js at run time. */
const commandsApart = {
  name: 'cli-commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, () => ({ path: './cli-commands.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The engine runs in a worker thread of the extension host (see src/engine/client.ts).
  { ...common, entryPoints: ['src/engine/worker.ts'], outfile: 'dist/compareWorker.js' },
  // The CLI in two bundles: dist/cli.js (help, version, dispatch) starts at once; it loads
  // dist/cli-commands.js (the commands, the engine, the parsers) only when a command runs.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [commandsApart] },
  { ...common, entryPoints: ['src/cli/commands.ts'], outfile: 'dist/cli-commands.js' },
  // Readability and its DOM, required by the commands and the engine worker on the first page read.
  // linkedom's stylesheet parser (for <style>.sheet, never asked for) is left out: see src/read/noStylesheets.ts.
  { ...common, entryPoints: ['src/read/dom.ts'], outfile: 'dist/readDom.js', alias: { 'cssomnom/parse': './src/read/noStylesheets.ts' } },
];

const present = builds.filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of present) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[wirediff] watching for changes…');
} else {
  const results = await Promise.all(present.map((b) => esbuild.build({ ...b, metafile: true })));
  // The licences of the third-party code the bundles hold (scripts/notices.mjs), shipped beside them.
  const inputs = results.flatMap((r) => Object.keys(r.metafile.inputs));
  writeFileSync('dist/ThirdPartyNotices.txt', noticesText(packagesOf(inputs, process.cwd()), process.cwd()));
}
// The word vectors (scripts/build-vectors.ts), read beside the bundles on the first comparison.
if (existsSync('data/word-vectors.bin')) {
  mkdirSync('dist', { recursive: true });
  copyFileSync('data/word-vectors.bin', 'dist/word-vectors.bin');
}
