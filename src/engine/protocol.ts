/** Messages between the extension host and the engine worker. */
import type { CompareOptions, Comparison } from '../core/types';

/** What a Markdown report is made of: the two files (paths as shown, texts) and the comparison. */
export interface ReportInput {
  /** `bytes`: the file as saved, when `text` is what it holds (for the report's SHA-256); else the text's UTF-8. */
  canonical: { path: string; text: string; bytes?: Uint8Array };
  article: { path: string; text: string; bytes?: Uint8Array };
  comparison: Comparison;
  tool: { name: string; version: string };
  /** ISO 8601 time of the report. */
  generatedAt: string;
}

export type EngineRequest =
  | { id: number; op: 'compare'; canonical: string; article: string; options?: CompareOptions }
  | { id: number; op: 'renderMarkdown'; input: ReportInput };

export type EngineResponse =
  | { id: number; ok: true; result: unknown; ms: number; /** Date.now() when posted (to measure the transfer). */ sentAt?: number }
  | { id: number; ok: false; error: string; stack?: string };

/** What the worker needs from the engine (`src/core/index.ts`). */
export interface EngineApi {
  compare(canonicalText: string, articleText: string, options?: CompareOptions): Comparison;
  renderMarkdown(input: ReportInput): string;
}
