/**
 * A webview page's state cut into slices, posted one to a task. VS Code's `postMessage` costs the
 * extension host time in proportion to the message's length (a long article's panel, ~500 KB of
 * JSON, took 50–200 ms in one task): slices of at most `JSON_SLICE` characters keep each task
 * short, and the page (media/common.js `onMessage`) joins them again before parsing. Pure (no
 * `vscode` import).
 */

/** The longest slice, in UTF-16 code units (~64 KB: a few milliseconds to post). */
export const JSON_SLICE = 64 * 1024;

/**
 * `json` in slices of at most `size` code units, in order (one slice when it is that short); a
 * slice never ends between the two halves of a surrogate pair, so each is well-formed text.
 */
export function sliceJson(json: string, size: number = JSON_SLICE): string[] {
  if (!(size >= 2)) throw new RangeError(`a slice holds at least 2 code units, not ${size}`);
  if (json.length <= size) return [json];
  const out: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + size, json.length);
    // A high surrogate last: its low half goes with it into the next slice.
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    out.push(json.slice(start, end));
    start = end;
  }
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
