// Writes l10n/bundle.l10n.json: every string the extension passes to vscode.l10n.t.
//   node scripts/l10n.mjs          write the bundle
//   node scripts/l10n.mjs --check  exit 1 when the bundle is out of date
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export function extract() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  // Only the extension imports vscode (docs/architecture.md), so only it passes strings to l10n.t;
  // and src/input.ts, whose messages the CLI and the editor share, takes it as its `t`.
  walk(join(root, 'src', 'extension'));
  files.push(join(root, 'src', 'input.ts'));
  const strings = new Set();
  const re = /(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g;
  for (const f of files.sort()) {
    for (const m of readFileSync(f, 'utf8').matchAll(re)) strings.add(JSON.parse(`"${m[1].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
  }
  return Object.fromEntries([...strings].sort().map((s) => [s, s]));
}

const file = join(root, 'l10n', 'bundle.l10n.json');
const text = JSON.stringify(extract(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error('l10n/bundle.l10n.json is out of date: run node scripts/l10n.mjs');
    process.exit(1);
  }
} else if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  mkdirSync(join(root, 'l10n'), { recursive: true });
  writeFileSync(file, text);
  console.log(`${file}: ${Object.keys(JSON.parse(text)).length} strings`);
}
