import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

// The layout of docs/architecture.md, checked over every import of src/ (static, `export … from`,
// `import()`, `require()` and `import('…')` types): no import circle, `vscode` imported by
// src/extension/ alone, the engine (src/core/) pure, no Node module in report/, view/ and
// input.ts, the engine worker's host and worker sides meeting only in its protocol, and each
// folder importing only the folders the table lets it.

const SRC = join(__dirname, '..', '..', 'src');

/** One import of a file: a file of src/ (resolved) or a package (its specifier). */
interface Import {
  file: string | null;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

function importsOf(file: string): Import[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    if (!specifier.startsWith('.')) {
      out.push({ file: null, specifier, typeOnly });
      return;
    }
    const base = resolve(dirname(file), specifier);
    const hit = [base + '.ts', base + '.d.ts', join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
    assert.ok(hit, `${relative(SRC, file)}: '${specifier}' resolves to no file`);
    out.push({ file: hit, specifier, typeOnly });
  };
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      add(n.moduleSpecifier.text, ts.isImportDeclaration(n) ? !!n.importClause?.isTypeOnly : n.isTypeOnly);
    } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0]!)) {
      const dynamic = n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require');
      if (dynamic) add(n.arguments[0].text, false);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      add(n.argument.literal.text, true);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The strongly connected parts of more than one file (or a file that imports itself): each is an import circle. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

/**
 * The top folder of src/ a file is in (`core`, `cli`, …), or the file's own name at the top
 * (`input.ts`); outside src/, its top folder in the project (`media`: the webviews' message types).
 */
const folderOf = (file: string): string => {
  const r = relative(SRC, file);
  return (r.startsWith('..') ? relative(join(SRC, '..'), file) : r).split(sep)[0]!;
};

const files = sourceFiles(SRC);
const imports = new Map(files.map((f) => [f, importsOf(f)]));

test('the import circle finder finds a circle, a longer one and a file importing itself, and no circle where there is none', () => {
  assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]])), [['a', 'b']]);
  assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), [['a', 'b', 'c']]);
  assert.deepEqual(circles(new Map([['a', ['a']]])), [['a']]);
  assert.deepEqual(circles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
});

test('src/ has no import circle, type-only imports included', () => {
  const graph = new Map([...imports].map(([f, is]) => [f, is.flatMap((i) => (i.file ? [i.file] : []))]));
  assert.deepEqual(circles(graph).map((c) => c.map((f) => relative(SRC, f))), []);
});

test('only src/extension/ imports vscode', () => {
  const stray = [...imports].filter(([f, is]) => folderOf(f) !== 'extension' && is.some((i) => i.specifier === 'vscode')).map(([f]) => relative(SRC, f));
  assert.deepEqual(stray, []);
});

const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

test('src/core/ is pure: no Node module, nothing outside core/', () => {
  const stray: string[] = [];
  for (const [f, is] of imports) {
    if (folderOf(f) !== 'core') continue;
    for (const i of is) if ((i.file && folderOf(i.file) !== 'core') || NODE.has(i.specifier) || i.specifier === 'vscode') stray.push(`${relative(SRC, f)} → ${i.specifier}`);
  }
  assert.deepEqual(stray, []);
});

/** The folders (and top files) of src/ that may import Node's own modules (fs, worker_threads, …): the table's "Node". */
const NODE_FOLDERS: ReadonlySet<string> = new Set(['read', 'engine', 'cli', 'extension']);

/** Imports of Node's modules from a file outside `NODE_FOLDERS`, as `file → module`. */
function strayNodeImports(all: ReadonlyMap<string, readonly Import[]>): string[] {
  const stray: string[] = [];
  for (const [f, is] of all) if (!NODE_FOLDERS.has(folderOf(f))) for (const i of is) if (NODE.has(i.specifier)) stray.push(`${relative(SRC, f)} → ${i.specifier}`);
  return stray;
}

test('the Node-module rule sees an import of fs from view/ or report/, and lets the CLI have one', () => {
  const node = (specifier: string): Import => ({ file: null, specifier, typeOnly: false });
  const fake = new Map([
    [join(SRC, 'view', 'a.ts'), [node('node:fs')]],
    [join(SRC, 'report', 'b.ts'), [node('path')]],
    [join(SRC, 'cli', 'c.ts'), [node('node:fs')]],
  ]);
  assert.deepEqual(strayNodeImports(fake), [join('view', 'a.ts') + ' → node:fs', join('report', 'b.ts') + ' → path']);
});

test('view/, report/ and input.ts are pure as well: no Node module (and, as everywhere outside extension/, no vscode)', () => {
  assert.deepEqual(strayNodeImports(imports), []);
});

/**
 * The engine's two sides: the host side (client.ts, in the extension host) and the worker side
 * (worker.ts, its entry, serve.ts and what they use), which share only protocol.ts, the messages.
 * protocol.ts is types only and imports nothing of engine/; the host side imports nothing of the
 * worker side, nor the worker side the host's; and the extension imports only the host side and
 * the protocol.
 */
function engineCrossings(all: ReadonlyMap<string, readonly Import[]>): string[] {
  const engine = (f: string): string | null => (folderOf(f) === 'engine' ? relative(join(SRC, 'engine'), f) : null);
  const host = new Set(['client.ts']);
  const protocol = 'protocol.ts';
  const stray: string[] = [];
  for (const [f, is] of all) {
    const from = engine(f);
    for (const i of is) {
      const to = i.file ? engine(i.file) : null;
      const edge = `${relative(SRC, f)} → ${i.specifier}`;
      if (from === protocol && (!i.typeOnly || to !== null)) stray.push(edge);
      else if (to === null || to === protocol) continue;
      else if (from === null ? folderOf(f) === 'extension' && !host.has(to) : from !== protocol && host.has(from) !== host.has(to)) stray.push(edge);
    }
  }
  return stray;
}

test('the engine crossing rule sees the host reaching the worker side, the worker the host, the extension the worker, and a protocol that is more than types', () => {
  const imp = (file: string, typeOnly = false): Import => ({ file: join(SRC, file), specifier: file, typeOnly });
  const fake = new Map<string, Import[]>([
    [join(SRC, 'engine', 'client.ts'), [imp('engine/protocol.ts', true), imp('engine/serve.ts')]],
    [join(SRC, 'engine', 'serve.ts'), [imp('engine/protocol.ts', true), imp('engine/client.ts', true)]],
    [join(SRC, 'engine', 'worker.ts'), [imp('engine/serve.ts'), imp('core/compare.ts')]],
    [join(SRC, 'engine', 'protocol.ts'), [imp('core/types.ts', true), imp('engine/serve.ts', true), imp('view/matrixModel.ts')]],
    [join(SRC, 'extension', 'a.ts'), [imp('engine/client.ts'), imp('engine/protocol.ts', true), imp('engine/worker.ts')]],
  ]);
  assert.deepEqual(engineCrossings(fake), [
    'engine/client.ts → engine/serve.ts',
    'engine/serve.ts → engine/client.ts',
    'engine/protocol.ts → engine/serve.ts',
    'engine/protocol.ts → view/matrixModel.ts',
    'extension/a.ts → engine/worker.ts',
  ].map((e) => e.split('/').join(sep)));
});

test('the engine worker protocol is shared one way: the host side and the worker side meet only in protocol.ts', () => {
  assert.deepEqual(engineCrossings(imports), []);
});

test('each folder of src/ imports only the folders docs/architecture.md lets it', () => {
  // A folder imports only the folders listed before it; nothing imports extension/.
  const allowed: Record<string, readonly string[]> = {
    core: [],
    report: ['core'],
    view: ['core', 'report'],
    read: ['core'],
    'input.ts': [],
    engine: ['core', 'report', 'view', 'read'],
    cli: ['core', 'report', 'read', 'input.ts'],
    extension: ['core', 'report', 'view', 'read', 'engine', 'input.ts', 'media'],
  };
  const stray: string[] = [];
  for (const [f, is] of imports) {
    const from = folderOf(f);
    assert.ok(from in allowed, `${from}: a folder of src/ that docs/architecture.md does not place`);
    for (const i of is) {
      if (!i.file) continue;
      const to = folderOf(i.file);
      if (to !== from && !allowed[from]!.includes(to)) stray.push(`${relative(SRC, f)} → ${relative(SRC, i.file)}`);
    }
  }
  assert.deepEqual(stray, []);
});
