/**
 * Runs the engine in a worker thread, so the extension host never blocks while
 * a long article is compared (the engine is synchronous; one call on a
 * 1,000-sentence article takes far longer than the ~50 ms the host may be
 * busy). Jobs run one at a time; a cancelled or timed-out job terminates the
 * worker (the only way to stop synchronous code), and the next job starts a
 * fresh one. No `vscode` import: unit-tested with a stand-in engine.
 */
import { Worker } from 'node:worker_threads';
import type { CompareOptions } from '../core/types';
import type { MatrixView } from '../view/matrixModel';
import type { ComparePaths, CompareResult, EngineRequest, EngineResponse, MatrixInput, NoArticleSide, ReportInput } from './protocol';

export class CancelledError extends Error {
  constructor(message = 'cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`the engine did not answer within ${Math.round(ms / 1000)} s`);
    this.name = 'TimeoutError';
  }
}

/** A side of the comparison is a web page with no article in it (a login wall, an index, an empty page). */
export class NoArticleError extends Error {
  constructor(
    message: string,
    readonly side: NoArticleSide,
  ) {
    super(message);
    this.name = 'NoArticleError';
  }
}

export interface EngineClientOptions {
  /** Extra worker `execArgv` (tests run TypeScript workers with `--import tsx`). */
  execArgv?: string[];
  /** A job running longer than this fails with TimeoutError (ms). Default 120 s. */
  timeoutMs?: number;
  /** Terminate the worker after this long without work (ms). Default 5 min. */
  idleMs?: number;
  log?: (msg: string, level: 'info' | 'warn') => void;
}

interface Job {
  req: EngineRequest;
  resolve: (v: { result: unknown; ms: number }) => void;
  reject: (e: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export class EngineClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Worker starts so far (tests and logs). */
  starts = 0;

  constructor(
    private readonly workerFile: string,
    private readonly options: EngineClientOptions = {},
  ) {}

  async compare(
    canonical: string,
    article: string,
    options?: CompareOptions,
    signal?: AbortSignal,
    paths?: ComparePaths,
  ): Promise<CompareResult & { ms: number }> {
    const r = await this.submit({ op: 'compare', canonical, article, options, paths }, signal);
    return { ...(r.result as CompareResult), ms: r.ms };
  }

  /** An evidence report (HTML or Markdown) of one or many versions. */
  async report(input: ReportInput, signal?: AbortSignal): Promise<string> {
    const r = await this.submit({ op: 'report', input }, signal);
    return r.result as string;
  }

  /** The coverage matrix and lineage of comparisons already made, as the matrix webview shows them. */
  async matrix(input: MatrixInput, signal?: AbortSignal): Promise<{ view: MatrixView; ms: number }> {
    const r = await this.submit({ op: 'matrix', input }, signal);
    return { view: r.result as MatrixView, ms: r.ms };
  }

  /** True while a job runs or waits. */
  get busy(): boolean {
    return !!this.running || this.queue.length > 0;
  }

  dispose(): void {
    this.disposed = true;
    const err = new CancelledError('the engine was shut down');
    for (const j of this.queue.splice(0)) this.finish(j, err);
    if (this.running) this.finish(this.running, err);
    this.running = undefined;
    this.stopWorker();
  }

  private submit(req: Distribute<EngineRequest>, signal?: AbortSignal): Promise<{ result: unknown; ms: number }> {
    if (this.disposed) return Promise.reject(new CancelledError('the engine was shut down'));
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
      const job: Job = { req: { ...req, id: this.nextId++ } as EngineRequest, resolve, reject, signal };
      if (signal) {
        job.onAbort = () => this.cancel(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  private cancel(job: Job): void {
    const i = this.queue.indexOf(job);
    if (i >= 0) {
      this.queue.splice(i, 1);
      this.finish(job, new CancelledError());
    } else if (this.running === job) {
      this.running = undefined;
      this.stopWorker();
      this.finish(job, new CancelledError());
      this.pump();
    }
  }

  private finish(job: Job, err: Error | null, value?: { result: unknown; ms: number }): void {
    if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
    if (err) job.reject(err);
    else job.resolve(value!);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) {
      this.armIdle();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.running = job;
    const w = this.ensureWorker();
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    this.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.running = undefined;
      this.stopWorker();
      this.finish(job, new TimeoutError(timeoutMs));
      this.pump();
    }, timeoutMs);
    w.postMessage(job.req);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.starts++;
    const w = new Worker(this.workerFile, { execArgv: this.options.execArgv });
    w.unref();
    w.on('message', (res: EngineResponse) => {
      const job = this.running;
      if (!job || job.req.id !== res.id) return; // a cancelled job's late answer
      if (this.timer) clearTimeout(this.timer);
      this.running = undefined;
      if (res.ok) {
        if (res.sentAt) this.options.log?.(`engine result received ${Date.now() - res.sentAt} ms after it was posted`, 'info');
        this.finish(job, null, { result: res.result, ms: res.ms });
      }
      else {
        const e = res.noArticle ? new NoArticleError(res.error, res.noArticle) : new Error(res.error);
        if (res.stack) e.stack = res.stack;
        this.finish(job, e);
      }
      this.pump();
    });
    w.on('error', (e) => {
      this.options.log?.(`engine worker error: ${e.stack ?? e.message}`, 'warn');
      if (this.worker === w) this.worker = undefined;
      this.failRunning(() => (e instanceof Error ? e : new Error(String(e))));
      this.pump();
    });
    w.on('exit', (code) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (this.failRunning(() => new Error(`the engine stopped unexpectedly (exit code ${code})`))) this.pump();
    });
    this.worker = w;
    return w;
  }

  /** Ends the running job, if any, with the error `error()` makes (its worker failed): whether there was one. */
  private failRunning(error: () => Error): boolean {
    const job = this.running;
    if (!job) return false;
    if (this.timer) clearTimeout(this.timer);
    this.running = undefined;
    this.finish(job, error());
    return true;
  }

  private stopWorker(): void {
    if (this.timer) clearTimeout(this.timer);
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => {
      if (!this.running && !this.queue.length) this.stopWorker();
    }, this.options.idleMs ?? 300_000);
    this.idleTimer.unref?.();
  }
}
