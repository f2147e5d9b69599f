/**
 * Posts a webview page's state as a JSON string (`JsonMessage`), and a long one in slices
 * (`JsonPartMessage`, view/jsonSlices.ts), one slice to a task of the extension host, so no
 * single task spends long in `postMessage`. A new state supersedes the slices of the last one
 * not yet posted: the page drops a state it did not get whole (media/common.js `onMessage`).
 */
import type { JsonMessage, JsonPartMessage } from '../../../media/messages';
import { JSON_SLICE, sliceJson } from '../../view/jsonSlices';

export class JsonPoster {
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly post: (m: JsonMessage | JsonPartMessage) => void,
    private readonly size: number = JSON_SLICE,
  ) {}

  /** Posts `json` (whole now, or its first slice now and the others on the next tasks); `sent` runs once the last part is posted. */
  send(json: string, sent?: (slices: number, longestMs: number) => void): void {
    this.cancel();
    const parts = sliceJson(json, this.size);
    if (parts.length === 1) {
      const t0 = performance.now();
      this.post({ type: 'json', json });
      sent?.(1, performance.now() - t0);
      return;
    }
    const seq = ++this.seq;
    let index = 0;
    let longest = 0;
    const next = (): void => {
      this.timer = undefined;
      const t0 = performance.now();
      this.post({ type: 'jsonPart', seq, index, count: parts.length, text: parts[index]! });
      longest = Math.max(longest, performance.now() - t0);
      if (++index < parts.length) this.timer = setTimeout(next, 0);
      else sent?.(parts.length, longest);
    };
    next();
  }

  /** Whether slices of the last state are still to be posted. */
  get sending(): boolean {
    return this.timer !== undefined;
  }

  /** Drops the slices not yet posted. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}
