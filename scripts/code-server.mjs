#!/usr/bin/env node
// Runs a real VS Code (code-server) for WireDiff's end-to-end tests and demos.
// Plain Node ESM, no dependencies; runs on Node 20. code-server itself runs on
// the Node 24 that scripts/e2e-setup.sh installs into the cache folder.
//
// Library:
//   import { loadPaths, makeProfile, installExtension, writeSettings,
//            startCodeServer, freePort, DEFAULT_SETTINGS } from './code-server.mjs';
//
// CLI (node scripts/code-server.mjs --help):
//   paths                                  print the installed tools' paths
//   install <x.vsix>... [--dir D]          install into D/extensions (D/user-data)
//   start [workspace] [--dir D] [--vsix X]... [--port N] [--setting k=json]...
//         [--disable-workspace-trust] [--keep]
//                                          serve on 127.0.0.1 until Ctrl+C
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1'; // the only address we ever bind to

export const DEFAULT_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // the (empty) chat side bar
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  // Workspace trust stays ON (WireDiff declares untrusted-workspace support);
  // only the modal prompt and the banner are switched off so that they neither
  // steal keyboard focus nor shift the editor's layout in screenshots.
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
});

// ------------------------------------------------------------------ paths --

export function cacheDir() {
  return process.env.WIREDIFF_CACHE || path.join(os.homedir(), '.cache', 'wirediff-e2e');
}

/** Paths written by scripts/e2e-setup.sh ($CACHE/paths.json). */
export function loadPaths({ cache = cacheDir() } = {}) {
  const file = path.join(cache, 'paths.json');
  let paths;
  try {
    paths = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`E2E tools not installed: ${file} is missing. Run: bash scripts/e2e-setup.sh`);
  }
  for (const key of ['node24', 'codeServerEntry']) {
    if (!fs.existsSync(paths[key])) {
      throw new Error(`E2E tools incomplete: ${key} (${paths[key]}) is missing. Run: bash scripts/e2e-setup.sh`);
    }
  }
  return paths;
}

// ---------------------------------------------------------------- profile --

/**
 * An isolated code-server profile: user data, extensions, config and XDG dirs
 * all under one root. `root` defaults to a fresh temp dir.
 * @returns {{root, userDataDir, extensionsDir, configFile, logFile, cleanup(): void}}
 */
export function makeProfile(root) {
  root = root ? path.resolve(root) : fs.mkdtempSync(path.join(os.tmpdir(), 'wirediff-cs-'));
  const p = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
    logFile: path.join(root, 'code-server.log'),
    xdg: path.join(root, 'xdg'),
    cleanup() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  for (const d of [p.userDataDir, p.extensionsDir, p.xdg]) fs.mkdirSync(d, { recursive: true });
  // Our own config file, so code-server never writes ~/.config/code-server
  // (and never picks up a developer's password or bind address from there).
  if (!fs.existsSync(p.configFile)) fs.writeFileSync(p.configFile, 'auth: none\ncert: false\n');
  return p;
}

function profileOf(opts) {
  if (opts.profile) return opts.profile;
  if (opts.userDataDir && opts.extensionsDir) {
    const root = opts.root || path.dirname(opts.userDataDir);
    const p = makeProfile(root);
    return { ...p, userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir };
  }
  return makeProfile(opts.root);
}

/** Environment for code-server: Node 24 first on PATH, nothing leaking in. */
function serverEnv(paths, profile) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    // VSCODE_IPC_HOOK_CLI etc. would make code-server hand our request to the
    // VS Code the test happens to run in; PORT overrides --bind-addr's port.
    // npm_* is the lifecycle environment of the `npm run` that started the tests
    // (Node 20's user agent and paths); the Node 24 server must not inherit it.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k.startsWith('CODE_SERVER_') || /^npm_/i.test(k)) delete env[k];
  }
  for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'NODE_OPTIONS']) delete env[k];
  env.PATH = `${path.dirname(paths.node24)}${path.delimiter}${env.PATH || ''}`;
  env.XDG_CONFIG_HOME = path.join(profile.xdg, 'config');
  env.XDG_DATA_HOME = path.join(profile.xdg, 'data');
  env.XDG_CACHE_HOME = path.join(profile.xdg, 'cache');
  return env;
}

// -------------------------------------------------------------- install ---

/**
 * Install one or more .vsix files into the profile's extensions dir.
 * @returns {Promise<string[]>} ids (publisher.name) of what was installed
 */
export async function installExtension(vsix, opts = {}) {
  const paths = opts.paths || loadPaths();
  const profile = profileOf(opts);
  const files = (Array.isArray(vsix) ? vsix : [vsix]).map((f) => path.resolve(f));
  const ids = [];
  for (const file of files) {
    if (!fs.existsSync(file)) throw new Error(`installExtension: ${file} does not exist`);
    const before = new Set(fs.readdirSync(profile.extensionsDir));
    const args = [
      paths.codeServerEntry,
      '--config', profile.configFile,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--force',
      '--install-extension', file,
    ];
    const r = spawnSync(paths.node24, args, {
      env: serverEnv(paths, profile),
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = `${r.stdout || ''}${r.stderr || ''}`;
    if (r.error || r.status !== 0 || /fail|error/i.test(out) && !/successfully installed/i.test(out)) {
      throw new Error(`installing ${file} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
    }
    const added = fs.readdirSync(profile.extensionsDir).filter((d) => !before.has(d) && !d.startsWith('.') && d !== 'extensions.json');
    ids.push(...added.map((d) => d.replace(/-\d+\.\d+\.\d+.*$/, '')));
    if (opts.verbose) process.stderr.write(out);
  }
  return ids;
}

// ------------------------------------------------------------- settings ---

/** Write USERDATA/User/settings.json: DEFAULT_SETTINGS merged with `extra`. */
export function writeSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, ...extra }, null, 2) + '\n');
  return file;
}

// ---------------------------------------------------------------- start ---

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const running = new Set(); // servers to kill when this process goes away
let hooksInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const s of running) s.killNow();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const onSignal = () => {
      for (const s of running) s.killNow();
      process.removeListener(sig, onSignal);
      // Keep the default behaviour (die by the signal) unless someone else
      // (a test runner, the CLI below) handles it.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

// Kills the server's process group when the stdin pipe from its parent closes,
// which also happens when the parent is SIGKILLed and cannot clean up itself.
const WATCHDOG = `
const pgid = Number(process.argv[1]);
let done = false;
const kill = () => {
  if (done) return; done = true;
  try { process.kill(-pgid, 'SIGTERM'); } catch { process.exit(0); }
  setTimeout(() => { try { process.kill(-pgid, 'SIGKILL'); } catch {} process.exit(0); }, 3000).unref();
};
process.stdin.on('end', kill); process.stdin.on('close', kill); process.stdin.on('error', kill);
process.stdin.resume();
setInterval(() => { try { process.kill(-pgid, 0); } catch { process.exit(0); } }, 2000);
`;

function tail(file, n = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Start code-server on 127.0.0.1 and wait until it answers HTTP.
 *
 * @param {object} [opts]
 * @param {string} [opts.workspace]       folder to open (also put in `url`)
 * @param {object} [opts.profile]         from makeProfile(); else a fresh temp one
 *                                        (or built from opts.userDataDir + opts.extensionsDir)
 * @param {string|string[]} [opts.vsix]   .vsix files to install first
 * @param {object} [opts.settings]        extra user settings (merged over DEFAULT_SETTINGS)
 * @param {boolean} [opts.writeSettings=true] write settings.json (set false to keep yours)
 * @param {number} [opts.port]            default: a free port
 * @param {boolean} [opts.disableWorkspaceTrust=false]
 * @param {string[]} [opts.extraArgs]     more code-server arguments
 * @param {number} [opts.timeoutMs=60000] how long to wait for HTTP
 * @param {boolean} [opts.keepProfile]    do not delete a temp profile on stop()
 * @returns {Promise<{url, baseUrl, port, pid, profile, logFile, folderUrl(dir), log(): string, stop(): Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  const paths = opts.paths || loadPaths();
  const ownProfile = !opts.profile && !opts.userDataDir && !opts.root;
  const profile = profileOf(opts);
  if (opts.vsix) await installExtension(opts.vsix, { paths, profile });
  if (opts.writeSettings !== false) writeSettings(profile.userDataDir, opts.settings);

  const attempts = opts.port ? 1 : 3;
  let lastError;
  for (let i = 0; i < attempts; i++) {
    const port = opts.port || (await freePort());
    try {
      const server = await launch(paths, profile, port, opts);
      server.stop = wrapStop(server.stop, () => {
        if (ownProfile && !opts.keepProfile) profile.cleanup();
      });
      return server;
    } catch (e) {
      lastError = e;
      if (!e.addressInUse) break;
    }
  }
  if (ownProfile && !opts.keepProfile) profile.cleanup();
  throw lastError;
}

function wrapStop(stop, after) {
  let p;
  return () => (p ??= stop().finally(after));
}

async function launch(paths, profile, port, opts) {
  const args = [
    paths.codeServerEntry,
    '--config', profile.configFile,
    '--bind-addr', `${HOST}:${port}`,
    '--auth', 'none',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (opts.disableWorkspaceTrust) args.push('--disable-workspace-trust');
  if (opts.extraArgs) args.push(...opts.extraArgs);
  const workspace = opts.workspace ? path.resolve(opts.workspace) : undefined;
  if (workspace) args.push(workspace);

  fs.writeFileSync(profile.logFile, `$ ${paths.node24} ${args.join(' ')}\n`);
  const logFd = fs.openSync(profile.logFile, 'a');
  // detached: own process group, so stop() reaches the VS Code server, the
  // extension host, the pty host and the file watcher it forks.
  const child = spawn(paths.node24, args, {
    cwd: workspace || profile.root,
    env: serverEnv(paths, profile),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  child.unref(); // a forgotten stop() must not keep the test process alive
  const pid = child.pid;
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(pid)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.unref();
  watchdog.stdin.on('error', () => {});
  watchdog.stdin.unref?.();
  watchdog.stdin._handle?.unref?.();

  const handle = {
    killNow() {
      killGroup(pid, 'SIGTERM');
      try {
        watchdog.stdin.destroy(); // the watchdog follows up with SIGKILL
      } catch {}
    },
  };
  running.add(handle);
  installExitHooks();

  const stop = async () => {
    running.delete(handle);
    if (!exited && killGroup(pid, 'SIGTERM')) {
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await sleep(100);
    }
    killGroup(pid, 'SIGKILL'); // stragglers in the group (extension host...)
    try {
      watchdog.kill('SIGKILL');
    } catch {}
  };

  const baseUrl = `http://${HOST}:${port}/`;
  const folderUrl = (dir) => `${baseUrl}?folder=${encodeURIComponent(path.resolve(dir))}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited) {
      await stop();
      const log = tail(profile.logFile);
      const err = new Error(`code-server exited early (${JSON.stringify(exited)}); log ${profile.logFile}:\n${log}`);
      err.addressInUse = /EADDRINUSE/.test(log);
      throw err;
    }
    if ((await httpStatus(`${baseUrl}healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${baseUrl} within ${opts.timeoutMs ?? 60_000} ms; log ${profile.logFile}:\n${tail(profile.logFile)}`);
    }
    await sleep(150);
  }

  return {
    url: workspace ? folderUrl(workspace) : baseUrl,
    baseUrl,
    port,
    pid,
    profile,
    logFile: profile.logFile,
    folderUrl,
    log: () => fs.readFileSync(profile.logFile, 'utf8'),
    stop,
  };
}

// ------------------------------------------------------------------- CLI ---

const USAGE = `usage: node scripts/code-server.mjs <command> [options]

  paths                               print the installed tools' paths (needs scripts/e2e-setup.sh)
  install X.vsix... --dir D           install into D/extensions (user data in D/user-data)
  start [WORKSPACE] [options]         serve a real VS Code on 127.0.0.1 until Ctrl+C
      --dir D                         profile folder (default: a temp folder, deleted on exit)
      --vsix X.vsix                   install this first (repeatable)
      --port N                        default: a free port
      --setting key=JSON              extra user setting (repeatable), e.g. --setting editor.fontSize=16
      --disable-workspace-trust       pass --disable-workspace-trust to code-server
      --keep                          keep the temp profile folder
`;

function parseArgs(argv) {
  const o = { _: [], vsix: [], settings: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dir') o.dir = val();
    else if (a === '--vsix') o.vsix.push(val());
    else if (a === '--port') o.port = Number(val());
    else if (a === '--setting') {
      const s = val();
      const eq = s.indexOf('=');
      if (eq < 0) throw new Error(`--setting wants key=JSON, got ${s}`);
      const raw = s.slice(eq + 1);
      let v;
      try {
        v = JSON.parse(raw);
      } catch {
        v = raw;
      }
      o.settings[s.slice(0, eq)] = v;
    } else if (a === '--disable-workspace-trust') o.disableWorkspaceTrust = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o._.push(a);
  }
  return o;
}

async function main(argv) {
  const o = parseArgs(argv);
  const cmd = o._.shift();
  if (o.help || !cmd) {
    process.stdout.write(USAGE);
    return cmd || o.help ? 0 : 2;
  }
  if (cmd === 'paths') {
    process.stdout.write(JSON.stringify(loadPaths(), null, 2) + '\n');
    return 0;
  }
  if (cmd === 'install') {
    const files = [...o._, ...o.vsix];
    if (!files.length || !o.dir) throw new Error('install needs X.vsix and --dir D');
    const ids = await installExtension(files, { profile: makeProfile(o.dir) });
    console.log(`installed ${ids.join(', ') || '(already present)'} into ${path.resolve(o.dir, 'extensions')}`);
    return 0;
  }
  if (cmd === 'start') {
    const t0 = Date.now();
    const profile = o.dir ? makeProfile(o.dir) : undefined;
    const server = await startCodeServer({
      workspace: o._[0],
      profile,
      vsix: o.vsix.length ? o.vsix : undefined,
      port: o.port,
      settings: o.settings,
      disableWorkspaceTrust: o.disableWorkspaceTrust,
      keepProfile: o.keep,
    });
    console.log(`code-server ready in ${Date.now() - t0} ms: ${server.url}`);
    console.log(`profile ${server.profile.root}  log ${server.logFile}`);
    console.log('Ctrl+C to stop');
    // The server's process is unref'd (so tests can't hang on it): keep alive.
    const keepAlive = setInterval(() => {}, 1 << 30);
    await new Promise((resolve) => {
      const done = () => {
        clearInterval(keepAlive);
        resolve();
      };
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.stop();
    return 0;
  }
  throw new Error(`unknown command ${cmd}\n${USAGE}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e.message || e);
      process.exit(1);
    },
  );
}
