/**
 * Checks and clean-up of input text before it reaches the engine, and small
 * text helpers for the UI. Pure (no `vscode` import).
 */

export type InputProblem =
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'tooLarge'; size: number; limit: number };

/**
 * Decodes file bytes as UTF-8 the way VS Code opens a file: a UTF-8 byte order
 * mark is dropped (so offsets match the open document's), and so is a UTF-16
 * BOM's text decoded accordingly.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

/** True when the bytes look like a binary file: a NUL byte in the first 8 KB (what git and VS Code check). */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text has NULs but a BOM says so.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Same check for text already decoded (an open editor). */
export function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0) return true;
  return false;
}

/** What is wrong with a text as comparison input, or null. `size` is in UTF-16 units (≈ bytes for Latin text). */
export function checkText(text: string, maxSize: number): InputProblem | null {
  if (text.length > maxSize) return { kind: 'tooLarge', size: text.length, limit: maxSize };
  if (textLooksBinary(text)) return { kind: 'binary' };
  if (text.trim().length === 0) return { kind: 'empty' };
  return null;
}

/** Collapses white space and cuts a text to `max` characters, ending with an ellipsis when cut (never inside a surrogate pair). */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = Math.max(1, max - 1);
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  // Prefer a word boundary when one is near the end.
  const space = flat.lastIndexOf(' ', cut);
  if (space > cut * 0.6) cut = space;
  return flat.slice(0, cut).trimEnd() + '…';
}

/** Human-readable size: 1.2 MB, 340 KB. */
export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** File name of a path or URI path. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/** Extensions WireDiff treats as articles (text, markdown, HTML). */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'] as const;

export function isArticleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}
