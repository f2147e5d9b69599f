// The licences of the third-party code a bundle holds, for dist/ThirdPartyNotices.txt
// (scripts/build.mjs writes it from esbuild's metafile; the .vsix ships it). MIT, ISC and
// Apache-2.0 code may be shipped on the condition that its licence and notices go with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Licence and notice files of a package, by name (LICENSE, LICENSE.md, LICENCE, COPYING, NOTICE…). */
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** The package folder (relative to `root`) a bundled input comes from, or null for the project's own code. */
export function packageOf(input) {
  const path = input.replace(/\\/g, '/');
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const parts = path.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return path.slice(0, at) + 'node_modules/' + name;
}

/**
 * The packages behind `inputs` (paths of bundled files relative to `root`, as esbuild's metafile
 * names them): name, version, licence and the text of its licence files, sorted by name.
 */
export function packagesOf(inputs, root) {
  const dirs = [...new Set(inputs.map(packageOf).filter((d) => d !== null))];
  const byName = new Map();
  for (const dir of dirs) {
    const abs = join(root, dir);
    const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
    const files = readdirSync(abs).filter((f) => LICENCE_FILE.test(f)).sort();
    const texts = files.map((f) => readFileSync(join(abs, f), 'utf8').trim());
    const author = typeof pkg.author === 'string' ? pkg.author.replace(/\s*[<(].*$/, '') : (pkg.author?.name ?? pkg.name);
    byName.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license: pkg.license ?? 'unknown', author, texts });
  }
  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byName.values()].sort((a, b) => order(a.name, b.name) || order(a.version, b.version));
}

/** The MIT permission notice (the project's own LICENSE after its copyright line), for a package that ships no licence file. */
function mitNotice(root) {
  const own = readFileSync(join(root, 'LICENSE'), 'utf8');
  return own.slice(own.indexOf('Permission is hereby granted')).trim();
}

/**
 * The notices file: each package's name, version and licence, then its licence files whole (a
 * package under MIT that ships none: its author's copyright and the MIT notice); the Apache
 * License 2.0 in full once at the end when a package is under it (docs/apache-2.0.txt: the
 * Apache packages ship only a pointer to it, and the licence asks that a copy go with the code).
 */
export function noticesText(packages, root) {
  const rule = '-'.repeat(72);
  const head =
    'WireDiff ships third-party code in its bundles (dist/*.js). Their licences follow.\n' +
    'The data WireDiff ships has notices of its own: WordNet 3.1 in docs/wordnet-licence.md, the\n' +
    'British and American spellings in docs/spellings-licence.md, the word vectors and the\n' +
    "irregular verbs in the README's \"How it works\".\n";
  const body = (p) => {
    if (p.texts.length) return p.texts.join('\n\n');
    if (p.license === 'MIT') return `Copyright (c) ${p.author}\n\n${mitNotice(root)}`;
    return `The package ships no licence file; its package.json says: ${p.license}.`;
  };
  const parts = packages.map((p) => `${rule}\n${p.name} ${p.version} (${p.license})\n${rule}\n\n${body(p)}\n`);
  if (packages.some((p) => p.license === 'Apache-2.0')) {
    parts.push(`${rule}\nThe Apache License, Version 2.0 (of the packages above under Apache-2.0)\n${rule}\n\n${readFileSync(join(root, 'docs', 'apache-2.0.txt'), 'utf8').trim()}\n`);
  }
  return [head, ...parts].join('\n');
}
