import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CancelledError, EngineClient, NoArticleError, TimeoutError } from '../../src/engine/client';

const workerFile = fileURLToPath(new URL('./fakeEngineBoot.mjs', import.meta.url));
const client = (opts = {}) => new EngineClient(workerFile, opts);

test('compare and render run in the worker; errors come back as rejections', async () => {
  const c = client();
  try {
    const r = await c.compare('abc', 'de');
    assert.equal(r.comparison.language, '3:2');
    assert.ok(r.ms >= 0);
    const file = (path: string, text: string) => ({ path, text, sha256: '0'.repeat(64), bytes: text.length });
    const input = { format: 'markdown' as const, canonical: file('c.txt', 'abc'), versions: [{ ...file('a.txt', 'de'), comparison: r.comparison }], tool: { name: 't', version: '0' }, generatedAt: '' };
    assert.equal(await c.report(input), '# markdown: a.txt vs c.txt (3:2)');
    const m = await c.matrix({ comparisons: [r.comparison, r.comparison], meta: { folder: 'f', canonical: { name: 'c', path: 'c', uri: 'u' }, versions: [] } });
    assert.deepEqual(m.view.lineage.notes, ['2 comparisons']);
    await assert.rejects(c.compare('x', 'THROW'), (e: Error) => /boom/.test(e.message) && !(e instanceof NoArticleError));
    // A page with no article is the input's problem: it comes back as such, naming the side.
    await assert.rejects(c.compare('x', 'NO ARTICLE'), (e: unknown) => e instanceof NoArticleError && e.side === 'article');
    // The worker survives an engine exception.
    assert.equal((await c.compare('x', 'y')).comparison.language, '1:1');
    assert.equal(c.starts, 1);
  } finally {
    c.dispose();
  }
});

test('a long synchronous compare does not block the host, and cancelling it stops the worker', async () => {
  const c = client();
  try {
    await c.compare('warm', 'up');
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const ac = new AbortController();
    const p = c.compare('x', 'SPIN20000', undefined, ac.signal);
    // Meanwhile other work goes on in the host; a queued job waits its turn.
    const queued = c.compare('q', 'rs');
    await new Promise((r) => setTimeout(r, 400));
    ac.abort();
    await assert.rejects(p, CancelledError);
    // The queued job runs on a fresh worker.
    assert.equal((await queued).comparison.language, '1:2');
    assert.equal(c.starts, 2);
    h.disable();
    // In-thread, the 20 s spin would have held the loop for all of its 20,000 ms (the 400 ms timer
    // and the abort could not even run: `p` would have resolved, not rejected). The bound sits far
    // below that and twenty times what a loaded machine descheduling this process was seen to add
    // (251 ms once under a load of 20). (The worker is stopped at the abort: the spin costs 400 ms.)
    assert.ok(h.max / 1e6 < 5000, `event loop blocked for ${(h.max / 1e6).toFixed(1)} ms`);
  } finally {
    c.dispose();
  }
});

test('a job that never ends times out; an aborted signal rejects at once; dispose rejects pending work', async () => {
  const c = client({ timeoutMs: 300 });
  try {
    await assert.rejects(c.compare('x', 'SPIN5000'), TimeoutError);
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(c.compare('x', 'y', undefined, ac.signal), CancelledError);
    const pending = c.compare('x', 'SPIN2000');
    c.dispose();
    await assert.rejects(pending, CancelledError);
    await assert.rejects(c.compare('x', 'y'), CancelledError);
  } finally {
    c.dispose();
  }
});
