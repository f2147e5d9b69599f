/**
 * The worker side: runs engine calls posted by the extension host, one at a
 * time, and posts results back. Kept apart from the entry point so tests can
 * serve a stand-in engine.
 */
import { parentPort } from 'node:worker_threads';
import type { EngineApi, EngineRequest, EngineResponse } from './protocol';

export function serve(engine: EngineApi): void {
  const port = parentPort;
  if (!port) throw new Error('serve() must run in a worker thread');
  port.on('message', (req: EngineRequest) => {
    const t0 = performance.now();
    let res: EngineResponse;
    try {
      const result =
        req.op === 'compare'
          ? engine.compare(req.canonical, req.article, req.options, req.paths)
          : req.op === 'report'
            ? engine.report(req.input)
            : engine.matrix(req.input);
      res = { id: req.id, ok: true, result, ms: performance.now() - t0, sentAt: Date.now() };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      // A page with no article is the input's problem, not the engine's: the host words it for the user.
      const side = (err as { noArticle?: unknown }).noArticle;
      res = { id: req.id, ok: false, error: err.message, stack: err.stack, ...(side === 'article' || side === 'canonical' ? { noArticle: side } : {}) };
    }
    port.postMessage(res);
  });
}
