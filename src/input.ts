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
  /**
   * Not UTF-8: where the first byte that cannot be read is (1-based line, the byte's value), and
   * whether the file looks written in a one-byte encoding (Latin-1, Windows-1252): more bytes
   * that are not UTF-8 than characters that are.
   */
  | { kind: 'notUtf8'; line: number; byte: number; singleByte: boolean }
  /** Opens with a UTF-16 byte-order mark, but an odd number of bytes follow it or a surrogate stands alone. */
  | { kind: 'notUtf16'; reason: 'oddLength' | 'loneSurrogate' }
  /**
   * UTF-16 without a byte-order mark (what some Windows tools save): NUL bytes at every other
   * place and none between, so it is neither UTF-8 nor binary. Said so, not guessed at.
   */
  | { kind: 'utf16NoMark'; endian: 'le' | 'be' }
  | { kind: 'tooLarge'; size: number; limit: number };

export type Decoded = { ok: true; text: string } | { ok: false; problem: InputProblem };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const fatalUtf16le = new TextDecoder('utf-16le', { fatal: true });
const fatalUtf16be = new TextDecoder('utf-16be', { fatal: true });

/** How far a NUL byte is looked for (what git and VS Code check). */
const BINARY_PROBE = 8192;

/**
 * Decodes bytes as text: UTF-16 with a byte-order mark, else UTF-8 (a UTF-8 byte-order
 * mark is dropped, so offsets match the text an editor shows). A NUL byte means binary
 * (or UTF-16 without a mark, told apart by where its NUL bytes stand), and bytes that are not
 * UTF-8, or not UTF-16 after a UTF-16 mark, are refused rather than garbled.
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
  if (probe.includes(0)) {
    const endian = utf16WithoutMark(bytes, probe);
    return { ok: false, problem: endian ? { kind: 'utf16NoMark', endian } : { kind: 'binary' } };
  }
  try {
    return { ok: true, text: fatalUtf8.decode(bytes) };
  } catch {
    return { ok: false, problem: { kind: 'notUtf8', ...whereNotUtf8(bytes) } };
  }
}

/**
 * Whether bytes holding NUL look like UTF-16 text without a byte-order mark: an even length, in
 * the probe a NUL byte at one parity of place in at least half of the code units (the high byte
 * of a Latin letter) and none at the other, and the whole valid UTF-16 of that order.
 */
function utf16WithoutMark(bytes: Uint8Array, probe: Uint8Array): 'le' | 'be' | undefined {
  if (bytes.length % 2 !== 0 || probe.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) even++;
    if (probe[i + 1] === 0) odd++;
  }
  const units = probe.length >> 1;
  const endian = even === 0 && odd * 2 >= units ? 'le' : odd === 0 && even * 2 >= units ? 'be' : undefined;
  if (!endian) return undefined;
  try {
    (endian === 'le' ? fatalUtf16le : fatalUtf16be).decode(bytes);
    return endian;
  } catch {
    return undefined;
  }
}

/** The length of the UTF-8 sequence at `i` (2 to 4), or 0 when the bytes there are not one. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  // No overlong form, no surrogate, nothing above U+10FFFF (as the fatal decoder).
  const c = bytes[i + 1]!;
  if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return 0;
  return n;
}

/** The first byte of a text that is not UTF-8 (its line and value), and whether it looks written in a one-byte encoding. */
function whereNotUtf8(bytes: Uint8Array): { line: number; byte: number; singleByte: boolean } {
  let line = 1;
  let first = -1;
  let firstLine = 1;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) {
      valid++;
      i += n - 1;
      continue;
    }
    invalid++;
    if (first < 0) [first, firstLine] = [i, line];
  }
  return { line: firstLine, byte: first >= 0 ? bytes[first]! : 0, singleByte: invalid > valid };
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
      return notUtf8Message(p, name, 'cli');
    case 'notUtf16':
      return `${name} opens with a UTF-16 byte-order mark but is not valid UTF-16 (${p.reason === 'oddLength' ? 'an odd number of bytes' : 'a lone surrogate'}); save it as UTF-8 and try again`;
    case 'utf16NoMark':
      return utf16NoMarkMessage(p, name, 'cli');
    case 'tooLarge':
      return `${name} is too large to compare (${formatBytes(p.size)}; the limit is ${formatBytes(p.limit)})`;
  }
}

/** A message template filled with its arguments (`{0}`, `{1}`…): `vscode.l10n.t` in the editor, English as written elsewhere. */
export type Translate = (template: string, ...args: (string | number)[]) => string;

const asWritten: Translate = (template, ...args) => template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));

/**
 * What the CLI and the editor say of a text that is not UTF-8, in the same words: the line and
 * the value of its first byte that is not, whether it looks written in Latin-1 or Windows-1252,
 * and what to do where it was read (`cli`: convert a copy; `editor`: reopen it with its
 * encoding). `name` as the reader names a file (the editor quotes it). The extension passes
 * `vscode.l10n.t` (scripts/l10n.mjs reads these templates too).
 */
export function notUtf8Message(p: { line: number; byte: number; singleByte: boolean }, name: string, reader: 'cli' | 'editor', t: Translate = asWritten): string {
  const byte = `0x${p.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const looks = p.singleByte ? t(': it looks written in Latin-1 or Windows-1252') : '';
  const todo =
    reader === 'editor'
      ? t('reopen it with its encoding (the encoding in the status bar, then “Reopen with Encoding”{0}) or save it as UTF-8, and compare again.', p.singleByte ? t(', “Western (Windows 1252)”') : '')
      : p.singleByte
        ? t('convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 {0} > copy.txt, and compare the copy', shellWord(name))
        : t('save it as UTF-8 and try again');
  return t('{0} is not UTF-8 text (line {1}, byte {2} is not UTF-8{3}). WireDiff reads UTF-8 (or UTF-16 with a byte-order mark): {4}', name, p.line, byte, looks, todo);
}

/**
 * What the CLI and the editor say of UTF-16 text without a byte-order mark: what it looks like,
 * what WireDiff reads, and what to do where it was read (`cli`: convert a copy with iconv;
 * `editor`: reopen it with its encoding or save it as UTF-8).
 */
export function utf16NoMarkMessage(p: { endian: 'le' | 'be' }, name: string, reader: 'cli' | 'editor', t: Translate = asWritten): string {
  const enc = p.endian === 'le' ? 'UTF-16LE' : 'UTF-16BE';
  const todo =
    reader === 'editor'
      ? t('reopen it with its encoding (the encoding in the status bar, then “Reopen with Encoding”, {0}) or save it as UTF-8, and compare again.', enc)
      : t('convert it, e.g. iconv -f {0} -t UTF-8 {1} > copy.txt, and compare the copy', enc, shellWord(name));
  return t('{0} looks like {1} text without a byte-order mark, not UTF-8. WireDiff reads UTF-8 (or UTF-16 with a byte-order mark): {2}', name, enc, todo);
}

/** A file name as one shell word (single-quoted unless plain); `-` (the standard input) as FILE. */
function shellWord(name: string): string {
  if (name === '-') return 'FILE';
  return /^[\w./@%+=:,-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}

/** Human-readable size: 1.2 MB, 340 KB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
