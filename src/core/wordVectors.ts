/**
 * Word vectors: a table of English words, each with a short vector whose cosine with another
 * word's says how alike their uses are ("killed" / "died", "maize" / "corn"). The engine is
 * handed the table (the CLI and the engine worker read data/word-vectors.bin, which
 * scripts/build-vectors.ts makes, on their first comparison); it never reads a file itself.
 *
 * The table's bytes: `WDV1`, then three little-endian uint32: the number of words, the
 * number of dimensions, the byte length of the words; then the words (ASCII, one per line,
 * most frequent first), then each word's vector as int8, one after another. A vector is
 * stored scaled to its own largest component: a cosine does not see a vector's length.
 */
export interface WordVectors {
  readonly size: number;
  readonly dims: number;
  /** The row of a word (lower case), or -1. */
  rowOf(word: string): number;
  /** The cosine of two rows' vectors (-1..1). */
  cosine(a: number, b: number): number;
  /** The rows' vectors, `dims` a row, and each row's length. */
  readonly data: Int8Array;
  readonly lengths: Float32Array;
}

const MAGIC = 'WDV1';

/** FNV-1a: its start, and one code unit (or byte) taken in. */
const FNV_START = 0x811c9dc5;
const fnv = (h: number, unit: number): number => Math.imul(h ^ unit, 16777619);

/** FNV-1a over `s`'s UTF-16 code units (over a word's ASCII bytes, the same number). */
function hashWord(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h >>> 0;
}

/**
 * The row of a word, looked up in the table's own bytes: an open-addressing hash of where each
 * word starts, made in one pass over the words without a string for any of them (a Map of the
 * 40,000 words, each sliced out of a decoded string, cost a command about 60 ms of CPU before
 * its first comparison). A word that is in the table twice is the row of its last line, as a
 * Map filled in row order has it. Throws on a byte that is not ASCII, or when the lines are not
 * `size` words.
 */
function wordIndex(words: Uint8Array, size: number): (word: string) => number {
  const notAscii = (from: number): void => {
    for (let i = from; i < words.length; i++) if (words[i]! > 0x7f) throw new Error('word-vector table with a word not in ASCII');
  };
  const wrongCount = (): Error => new Error('word-vector table with the wrong number of words');
  // starts[row]: where the row's word starts; its end is the next row's start less the line break.
  const starts = new Int32Array(size + 1);
  let slots = 2;
  while (slots < size * 2) slots *= 2;
  const mask = slots - 1;
  // Row + 1 per slot, 0 for an empty one.
  const table = new Int32Array(slots);
  /** Whether the row's word is the `n` units `unitAt` gives. */
  const rowIs = (row: number, n: number, unitAt: (i: number) => number): boolean => {
    const from = starts[row]!;
    if (starts[row + 1]! - 1 - from !== n) return false;
    for (let i = 0; i < n; i++) if (words[from + i] !== unitAt(i)) return false;
    return true;
  };
  let at = 0;
  for (let row = 0; row < size; row++) {
    if (at > words.length) throw wrongCount();
    starts[row] = at;
    let h = FNV_START;
    let end = at;
    for (let b = words[end]; end < words.length && b !== 0x0a; b = words[++end]) {
      if (b! > 0x7f) throw new Error('word-vector table with a word not in ASCII');
      h = fnv(h, b!);
    }
    starts[row + 1] = end + 1;
    let k = h & mask;
    const start = at;
    while (table[k] !== 0 && !rowIs(table[k]! - 1, end - at, (i) => words[start + i]!)) k = (k + 1) & mask;
    table[k] = row + 1;
    at = end + 1;
  }
  if (at <= words.length) {
    notAscii(at);
    throw wrongCount();
  }
  return (word) => {
    const n = word.length;
    const unitAt = (i: number): number => word.charCodeAt(i);
    for (let k = hashWord(word) & mask; table[k] !== 0; k = (k + 1) & mask) if (rowIs(table[k]! - 1, n, unitAt)) return table[k]! - 1;
    return -1;
  };
}

/** Reads a table's bytes; throws on bytes that are not one. */
export function parseVectorTable(bytes: Uint8Array): WordVectors {
  if (bytes.length < 16 || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== MAGIC) throw new Error('not a word-vector table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  if (dims === 0 || 16 + wordBytes + size * dims !== bytes.length) throw new Error('word-vector table of the wrong length');
  const rowOf = wordIndex(bytes.subarray(16, 16 + wordBytes), size);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + 16 + wordBytes, size * dims);
  // Each row's length when first asked (-1 until then): a comparison meets a few thousand of the
  // table's words, and a command reads the table once per process.
  const lengths = new Float32Array(size).fill(-1);
  const lengthOf = (row: number): number => {
    let l = lengths[row]!;
    if (l < 0) {
      let s = 0;
      for (let d = row * dims, e = d + dims; d < e; d++) s += data[d]! * data[d]!;
      // Stored as a float32 and read back, as the cosine has always seen it.
      lengths[row] = Math.sqrt(s);
      l = lengths[row]!;
    }
    return l;
  };
  return {
    size,
    dims,
    data,
    get lengths() {
      for (let i = 0; i < size; i++) lengthOf(i);
      return lengths;
    },
    rowOf,
    cosine(a, b) {
      const la = lengthOf(a), lb = lengthOf(b);
      if (la === 0 || lb === 0) return 0;
      let s = 0;
      for (let i = a * dims, j = b * dims, e = i + dims; i < e; i++, j++) s += data[i]! * data[j]!;
      return s / (la * lb);
    },
  };
}
