import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { STEMMERS, loadFranc, loadHtmlParser, loadMarkdownIt } from '../../src/core/load';

const CORE = join(__dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The places a source calls `require` or declares it. */
function requires(name: string, source: string): string[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    const called = ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'require';
    const declared = ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'require';
    if (called || declared) out.push(`${name}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

// The engine has no Node types: what it loads on first use is required in load.ts and nowhere else.
test('load: no file of core but load.ts declares or calls require', () => {
  const elsewhere = files(CORE)
    .filter((f) => !/[\\/]data[\\/]/.test(f) && relative(CORE, f) !== 'load.ts')
    .flatMap((f) => requires(relative(CORE, f), readFileSync(f, 'utf8')));
  assert.deepEqual(elsewhere, []);
  assert.ok(requires('load.ts', readFileSync(join(CORE, 'load.ts'), 'utf8')).length > 4);
});

test('load: each loader loads its package once and hands back the same object', () => {
  const franc = loadFranc();
  assert.equal(loadFranc(), franc);
  assert.equal(franc('The storm flooded farms across the delta on Monday, and officials said the waters were still rising.', { minLength: 20 }), 'eng');
  assert.equal(loadHtmlParser(), loadHtmlParser());
  let text = '';
  const parser = new (loadHtmlParser())({ ontext: (t) => (text += t) });
  parser.end('<p>Floods <b>swamp</b> farms</p>');
  assert.equal(text, 'Floods swamp farms');
  const Md = loadMarkdownIt();
  assert.equal(loadMarkdownIt(), Md);
  assert.ok(new Md('commonmark').parse('*Floods* swamp farms', {}).length > 0);
  assert.equal(STEMMERS.english(), STEMMERS.english());
  assert.equal(STEMMERS.english()('flooding'), 'flood');
});
