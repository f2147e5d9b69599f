import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Issue 10's size rules, checked over src/, bench/ and media/: no file over 600 lines, and no
// function (a declaration, a method, an arrow function or a function expression) over 150.

const ROOT = join(__dirname, '..', '..');
const MAX_FILE_LINES = 600;
const MAX_FUNCTION_LINES = 150;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(?:ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

const checked = ['src', 'bench', 'media'].flatMap((d) => files(join(ROOT, d))).filter((f) => !/[\\/]src[\\/]core[\\/]data[\\/]/.test(f));

/** A webview script's whole-file wrapper, `(function () { … })();` or `(() => { … })();`: the file, not a function. */
function moduleWrapper(n: ts.Node): boolean {
  if (!ts.isFunctionExpression(n) && !ts.isArrowFunction(n)) return false;
  const paren = n.parent;
  const call = paren && ts.isParenthesizedExpression(paren) ? paren.parent : undefined;
  return !!call && ts.isCallExpression(call) && ts.isExpressionStatement(call.parent) && ts.isSourceFile(call.parent.parent);
}

/** Every function-like node of a source, with its first line and its length in lines. */
export function longFunctions(name: string, source: string, max: number): string[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    const fn = ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n);
    if (fn && !moduleWrapper(n)) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (last - first + 1 > max) out.push(`${name}:${first + 1} (${last - first + 1} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

test('the size check sees declarations, methods and arrow functions', () => {
  const body = (n: number): string => Array.from({ length: n }, (_, i) => `  x += ${i};`).join('\n');
  assert.equal(longFunctions('a.ts', `function f() {\n${body(10)}\n}`, 5).length, 1);
  assert.equal(longFunctions('a.ts', `class A { m() {\n${body(10)}\n} }`, 5).length, 1);
  assert.equal(longFunctions('a.ts', `const g = () => {\n${body(10)}\n};`, 5).length, 1);
  assert.equal(longFunctions('a.ts', `function f() {\n${body(3)}\n}`, 5).length, 0);
  // A script's whole-file wrapper is the file; a long function inside it is still one.
  assert.equal(longFunctions('a.js', `(function () {\n${body(10)}\n})();`, 5).length, 0);
  assert.equal(longFunctions('a.js', `(function () {\nfunction h() {\n${body(10)}\n}\n})();`, 5).length, 1);
});

test(`no source file is over ${MAX_FILE_LINES} lines (generated data apart)`, () => {
  assert.ok(checked.length > 100);
  const long = checked.filter((f) => readFileSync(f, 'utf8').split('\n').length > MAX_FILE_LINES).map((f) => relative(ROOT, f));
  assert.deepEqual(long, []);
});

test(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
  const long = checked.flatMap((f) => longFunctions(relative(ROOT, f), readFileSync(f, 'utf8'), MAX_FUNCTION_LINES));
  assert.deepEqual(long, []);
});
