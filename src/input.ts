/**
 * Turning the bytes of a file into article text, with a clear message for everything
 * that is not a text a person could compare: empty, binary, not UTF-8, too large.
 * Shared by the CLI and the extension (which reads bytes through `workspace.fs`).
 */

/** Largest input accepted, in bytes. A news article is a few kilobytes; 8 MB is some 50,000 sentences, compared in seconds. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are accepted. `name` is used in messages only.
 */
export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: `${name} is too large to compare (${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_INPUT_BYTES)}).`,
    };
  }
  let text: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    if (bytes.includes(0)) return { ok: false, message: `${name} looks like a binary file (it contains NUL bytes), not text.` };
    try {
      text = fatalUtf8.decode(bytes);
    } catch {
      return { ok: false, message: `${name} is not valid UTF-8 text. Save it as UTF-8 and try again.` };
    }
  }
  const check = checkText(text, name);
  return check ?? { ok: true, text };
}

/** A message when a decoded text cannot be compared (empty, no words), else null. */
export function checkText(text: string, name: string): { ok: false; message: string } | null {
  if (text.length > MAX_INPUT_BYTES) {
    return { ok: false, message: `${name} is too large to compare (${text.length.toLocaleString('en')} characters).` };
  }
  if (text.trim().length === 0) return { ok: false, message: `${name} is empty.` };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, message: `${name} has no words to compare.` };
  return null;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
