/**
 * Makes `require('vscode')` load test/extension/fakeVscode.ts: import this module
 * before any module of src/extension (the test files are loaded as CommonJS by tsx).
 */
import Module from 'node:module';
import { join } from 'node:path';

const fake = join(__dirname, 'fakeVscode.ts');
const m = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolve = m._resolveFilename;
m._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return resolve.call(this, request === 'vscode' ? fake : request, ...rest);
};
