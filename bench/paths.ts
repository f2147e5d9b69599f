/** Where `npm run bench` reads its fixtures and writes its inputs, bundles and results. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const RESULTS = join(HERE, 'results');
export const INPUTS = join(RESULTS, 'inputs');
export const MATRIX = join(HERE, 'matrix.bench.ts');
export const BUILD = join(RESULTS, 'build');
export const CHILD = join(BUILD, 'measure.cjs');
