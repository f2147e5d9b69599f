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

/** ASCII bytes as a string (the core has no TextDecoder); throws on any other byte. */
function ascii(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    if (chunk.some((b) => b > 0x7f)) throw new Error('word-vector table with a word not in ASCII');
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** Reads a table's bytes; throws on bytes that are not one. */
export function parseVectorTable(bytes: Uint8Array): WordVectors {
  if (bytes.length < 16 || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== MAGIC) throw new Error('not a word-vector table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  if (dims === 0 || 16 + wordBytes + size * dims !== bytes.length) throw new Error('word-vector table of the wrong length');
  const words = ascii(bytes.subarray(16, 16 + wordBytes)).split('\n');
  if (words.length !== size) throw new Error('word-vector table with the wrong number of words');
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
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
    rowOf: (word) => rows.get(word) ?? -1,
    cosine(a, b) {
      const la = lengthOf(a), lb = lengthOf(b);
      if (la === 0 || lb === 0) return 0;
      let s = 0;
      for (let i = a * dims, j = b * dims, e = i + dims; i < e; i++, j++) s += data[i]! * data[j]!;
      return s / (la * lb);
    },
  };
}
