/**
 * esbuild for the benchmark's tools: TypeScript bundled into one CommonJS file that
 * plain `node` runs (as scripts/build.mjs builds the CLI and the extension).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

export type CompareFn = typeof import('../src/core/index').compare;

/** Bundles for Node (CommonJS, node18) into `options.outfile`, its folder made if need be; returns the file. */
export async function bundleForNode(options: BuildOptions & { outfile: string }): Promise<string> {
  const esbuild = await import('esbuild');
  mkdirSync(dirname(options.outfile), { recursive: true });
  await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning', ...options });
  return options.outfile;
}

/** The `compare` of a copy of src/core (`coreDir`: to try a patch without touching the tree), bundled into `outfile` and loaded. */
export async function loadCompare(coreDir: string, outfile: string, options: BuildOptions = {}): Promise<CompareFn> {
  await bundleForNode({
    stdin: { contents: `export { compare } from ${JSON.stringify(join(coreDir, 'index'))};\n`, resolveDir: HERE, sourcefile: basename(outfile, '.cjs') + '.ts', loader: 'ts' },
    nodePaths: [join(ROOT, 'node_modules')],
    outfile,
    ...options,
  });
  return (createRequire(import.meta.url)(outfile) as { compare: CompareFn }).compare;
}
