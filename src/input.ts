/**
 * Turning a file's bytes into article text, with a clear problem for everything that is
 * not a text a person could compare: empty, binary, not UTF-8 or UTF-16, too large. Shared by the
 * CLI (English messages, `describeProblem`) and the extension (which reads bytes through
 * `workspace.fs` and words the problems with `vscode.l10n`). No `vscode` import.
 */

/** Largest input accepted, in bytes. A news article is a few kilobytes; 8 MB is some 50,000 sentences, compared in seconds. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** Why a file cannot be compared. `size` and `limit` are bytes (or UTF-16 units for a decoded text). */
export type InputProblem =
  | { kind: 'empty' }
  | { kind: 'noWords' }
  | { kind: 'binary' }
  | { kind: 'notUtf8' }
  /** Opens with a UTF-16 byte-order mark, but an odd number of bytes follow it or a surrogate stands alone. */
  | { kind: 'notUtf16'; reason: 'oddLength' | 'loneSurrogate' }
  | { kind: 'tooLarge'; size: number; limit: number };

export type Decoded = { ok: true; text: string } | { ok: false; problem: InputProblem };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const fatalUtf16le = new TextDecoder('utf-16le', { fatal: true });
const fatalUtf16be = new TextDecoder('utf-16be', { fatal: true });

/** How far a NUL byte is looked for (what git and VS Code check). */
const BINARY_PROBE = 8192;

/**
 * Decodes bytes as text: UTF-16 with a byte-order mark, else UTF-8 (a UTF-8 byte-order
 * mark is dropped, so offsets match the text an editor shows). A NUL byte means binary,
 * and bytes that are not UTF-8, or not UTF-16 after a UTF-16 mark, are refused rather
 * than garbled.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    if (bytes.length % 2 !== 0) return { ok: false, problem: { kind: 'notUtf16', reason: 'oddLength' } };
    try {
      return { ok: true, text: (bytes[0] === 0xff ? fatalUtf16le : fatalUtf16be).decode(bytes) };
    } catch {
      // With an even number of bytes, the only way UTF-16 can be invalid.
      return { ok: false, problem: { kind: 'notUtf16', reason: 'loneSurrogate' } };
    }
  }
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { ok: false, problem: { kind: 'binary' } };
  try {
    return { ok: true, text: fatalUtf8.decode(bytes) };
  } catch {
    return { ok: false, problem: { kind: 'notUtf8' } };
  }
}

/** What is wrong with a text as comparison input, or null. `limit` is in UTF-16 units (≈ bytes for Latin text). */
export function checkText(text: string, limit = MAX_INPUT_BYTES): InputProblem | null {
  if (text.length > limit) return { kind: 'tooLarge', size: text.length, limit };
  for (let i = 0, n = Math.min(text.length, BINARY_PROBE); i < n; i++) if (text.charCodeAt(i) === 0) return { kind: 'binary' };
  if (text.trim().length === 0) return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'noWords' };
  return null;
}

/** Decodes and checks a file's bytes: the text, or the problem that stops it being compared. */
export function decodeInput(bytes: Uint8Array, limit = MAX_INPUT_BYTES): Decoded {
  if (bytes.length > limit) return { ok: false, problem: { kind: 'tooLarge', size: bytes.length, limit } };
  const d = decodeText(bytes);
  if (!d.ok) return d;
  const problem = checkText(d.text, limit);
  return problem ? { ok: false, problem } : d;
}

/** The problem in one line of English, naming the file (the CLI's wording). */
export function describeProblem(p: InputProblem, name: string): string {
  switch (p.kind) {
    case 'empty':
      return `${name} is empty`;
    case 'noWords':
      return `${name} has no words to compare`;
    case 'binary':
      return `${name} looks like a binary file (it contains NUL bytes), not text`;
    case 'notUtf8':
      return `${name} is not valid UTF-8 text; save it as UTF-8 and try again`;
    case 'notUtf16':
      return `${name} opens with a UTF-16 byte-order mark but is not valid UTF-16 (${p.reason === 'oddLength' ? 'an odd number of bytes' : 'a lone surrogate'}); save it as UTF-8 and try again`;
    case 'tooLarge':
      return `${name} is too large to compare (${formatBytes(p.size)}; the limit is ${formatBytes(p.limit)})`;
  }
}

/** Human-readable size: 1.2 MB, 340 KB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
