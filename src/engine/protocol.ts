/** Messages between the extension host and the engine worker. */
import type { CompareOptions, Comparison } from '../core/types';

export interface ReportPaths {
  canonicalPath: string;
  articlePath: string;
}

export type EngineRequest =
  | { id: number; op: 'compare'; canonical: string; article: string; options?: CompareOptions }
  | { id: number; op: 'renderMarkdown'; comparison: Comparison; paths: ReportPaths };

export type EngineResponse =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; error: string; stack?: string };

/** What the worker needs from the engine (`src/core/index.ts`). */
export interface EngineApi {
  compare(canonicalText: string, articleText: string, options?: CompareOptions): Comparison;
  renderMarkdown(comparison: Comparison, paths: ReportPaths): string;
}
