/** The processes `npm run bench` runs: the measuring child, the whole CLI, start-up; and what it measured (git, jsdiff). */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from './bundle';
import { BUILD, CHILD, HERE, ROOT } from './paths';

/** Bundles bench/measure.ts with the engine and the peer into one CommonJS file for plain node. */
export async function buildChild(): Promise<void> {
  await bundleForNode({
    stdin: { contents: "import { childMain } from './measure';\nvoid childMain();\n", resolveDir: HERE, sourcefile: 'measure-entry.ts', loader: 'ts' },
    sourcemap: true,
    sourcesContent: false,
    outfile: CHILD,
  });
}

/** Forks `file` (a bundle for plain node, or a .ts file under tsx) and waits for the one message it sends. */
export function runChild(file: string, args: string[], timeoutMs: number): Promise<unknown> {
  return new Promise((resolveP) => {
    const cp = fork(file, args, {
      execArgv: file.endsWith('.ts') ? ['--import', 'tsx', '--expose-gc'] : ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let result: unknown = null;
    let stderr = '';
    cp.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    cp.on('message', (m) => {
      result = m;
    });
    const timer = setTimeout(() => cp.kill('SIGKILL'), timeoutMs);
    cp.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result) resolveP(result);
      else resolveP({ ok: false, error: `child exited (${signal ?? code})${stderr ? ': ' + stderr.trim().split('\n').slice(-3).join(' | ') : ''}` });
    });
  });
}

/**
 * One whole CLI process, as a pipeline runs it: `node dist/cli.js compare --canonical C A
 * --format json`, its JSON read from a pipe. Wall time from spawn to exit (start-up, reading,
 * comparing, serialising, writing) and the process's peak RSS, which a preloaded hook reads from
 * the kernel (getrusage) as the process exits and writes to stderr.
 */
export function cliProcess(
  canonicalPath: string,
  articlePath: string,
  runs: number,
): { medianMs: number; maxRssMB: number; bytes: number; cpuMedianMs: number | null; mainCpuMedianMs: number | null } | { error: string } {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) return { error: 'dist/cli.js not built' };
  mkdirSync(BUILD, { recursive: true });
  const hook = join(BUILD, 'maxrss-hook.cjs');
  // Peak RSS and CPU time (all threads; and the main thread's, from /proc where there is one) as the process exits.
  writeFileSync(
    hook,
    [
      "process.on('exit', () => {",
      "  const fs = require('fs');",
      "  const r = process.resourceUsage();",
      "  let main = -1;",
      "  try {",
      "    const f = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');",
      "    main = ((Number(f[11]) + Number(f[12])) * 1000) / 100;",
      "  } catch {}",
      "  fs.writeSync(2, '\\nWIREDIFF_MAXRSS_KB=' + r.maxRSS + ' WIREDIFF_CPU_MS=' + (r.userCPUTime + r.systemCPUTime) / 1000 + ' WIREDIFF_MAIN_CPU_MS=' + main + '\\n');",
      '});',
      '',
    ].join('\n'),
  );
  const times: number[] = [];
  const cpu: number[] = [];
  const mainCpu: number[] = [];
  let rssKB = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, cli, 'compare', '--canonical', canonicalPath, articlePath, '--format', 'json'], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    times.push(performance.now() - t0);
    const err = r.stderr.toString();
    if (r.status !== 0) return { error: `exit ${r.status}: ${err.trim().slice(0, 200)}` };
    bytes = r.stdout.length;
    const m = /WIREDIFF_MAXRSS_KB=(\d+)/.exec(err);
    if (m) rssKB = Math.max(rssKB, Number(m[1]));
    const c = /WIREDIFF_CPU_MS=([\d.]+) WIREDIFF_MAIN_CPU_MS=(-?[\d.]+)/.exec(err);
    if (c) cpu.push(Number(c[1]));
    if (c && Number(c[2]) >= 0) mainCpu.push(Number(c[2]));
  }
  const median = (xs: number[]): number | null => (xs.length ? xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]! : null);
  return { medianMs: median(times)!, maxRssMB: rssKB / 1024, bytes, cpuMedianMs: median(cpu), mainCpuMedianMs: median(mainCpu) };
}

/** Medians of `node dist/cli.js --version` and of bare `node -e 0`, run in turn. */
export function startUp(runs: number): { cliMs: number; nodeMs: number } {
  const cli = join(ROOT, 'dist', 'cli.js');
  const time = (args: string[]): number => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    return performance.now() - t0;
  };
  const c: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const a = time([cli, '--version']);
    const b = time(['-e', '0']);
    // Two warm-up rounds (file cache) are not counted.
    if (i >= 2) {
      c.push(a);
      n.push(b);
    }
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { cliMs: median(c), nodeMs: median(n) };
}

/** Which engine was measured: HEAD, and a hash of src/core as it is on disk (it may have uncommitted edits). */
export function coreFingerprint(): { head: string; srcCoreHash: string; srcCoreDirty: boolean } {
  const dir = join(ROOT, 'src', 'core');
  const h = createHash('sha1');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(dir, f)));
  let head = '?';
  let dirty = false;
  try {
    head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/core'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
  } catch {
    /* not a git checkout */
  }
  return { head, srcCoreHash: h.digest('hex').slice(0, 12), srcCoreDirty: dirty };
}

export function peerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'diff', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
