#!/usr/bin/env node
// `npm run demo`: WireDiff in a real VS Code in your browser.
// Builds and packages the extension, installs the e2e tools if needed
// (scripts/e2e-setup.sh: code-server, Node 24; cached), opens a workspace with
// the seed articles and 000 preset as the canonical text, and prints the URL.
// Runs until Ctrl+C.
//
//   npm run demo                 port from $DEMO_PORT, else 8080 if free, else any
//   npm run demo -- --port 9000
//   npm run demo -- --no-build   reuse ./wirediff.vsix
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const run = (cmd, argv) => execFileSync(cmd, argv, { cwd: ROOT, stdio: 'inherit' });

if (!args.includes('--no-build')) {
  console.log('[demo] building and packaging wirediff.vsix…');
  run('npm', ['run', '--silent', 'package']);
}
console.log('[demo] checking the VS Code (code-server) install…');
run('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')]);

// A fresh copy of the seed articles, with 000 as the canonical text.
const workspace = path.join(ROOT, '.wirediff-cache', 'demo-workspace');
fs.rmSync(workspace, { recursive: true, force: true });
fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
const fixtures = path.join(ROOT, 'test', 'fixtures');
for (const f of fs.readdirSync(fixtures)) if (/^\d{3}_.*\.txt$/.test(f)) fs.copyFileSync(path.join(fixtures, f), path.join(workspace, f));
fs.writeFileSync(
  path.join(workspace, '.vscode', 'settings.json'),
  JSON.stringify(
    {
      'wirediff.canonical': '000_1182527190e42008.txt',
      '[plaintext]': { 'editor.wordWrap': 'on' },
    },
    null,
    2,
  ) + '\n',
);

const { startCodeServer } = await import('./code-server.mjs');
const free = (port) =>
  new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
let port = Number(arg('--port') || process.env.DEMO_PORT || 0) || undefined;
if (!port && (await free(8080))) port = 8080;

const server = await startCodeServer({ workspace, vsix: path.join(ROOT, 'wirediff.vsix'), port });
console.log(`
WireDiff demo is running in VS Code (code-server, bound to 127.0.0.1 only):

    ${server.url}

Open a seed article (Ctrl+P, "001"), then F1 → "WireDiff: Compare with Canonical".
000_1182527190e42008.txt is the canonical text (.vscode/settings.json).
Workspace: ${workspace}
Ctrl+C stops the server.`);

// The server's process is unref'd by code-server.mjs: keep this one alive.
const keepAlive = setInterval(() => {}, 1 << 30);
await new Promise((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});
clearInterval(keepAlive);
console.log('\n[demo] stopping…');
await server.stop();
process.exit(0);
