/**
 * Entry point of the engine worker (bundled to dist/compareWorker.js): the
 * extension host posts texts, this thread runs the synchronous engine.
 */
import * as core from './core/index';
import type { EngineApi } from './engine/protocol';
import { serve } from './engine/serve';

const api = core as unknown as Partial<EngineApi>;

serve({
  compare: core.compare,
  renderMarkdown: (comparison, paths) => {
    if (typeof api.renderMarkdown !== 'function') throw new Error('this engine build has no Markdown report');
    return api.renderMarkdown(comparison, paths);
  },
});
