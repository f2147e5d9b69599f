/**
 * The English word vectors the engine links paraphrases by (src/core/alignVectors.ts), read
 * once, on the first comparison that asks (never at start-up or activation): dist/word-vectors.bin
 * beside the bundle, or data/word-vectors.bin when run from source. Without the file the
 * engine compares as before, by words, stems and synonyms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVectorTable, type WordVectors } from '../core/wordVectors';

let table: WordVectors | null | undefined;

const PLACES = [join(__dirname, 'word-vectors.bin'), join(__dirname, '..', '..', 'data', 'word-vectors.bin')];

export function wordVectors(): WordVectors | undefined {
  if (table === undefined) {
    table = null;
    for (const path of PLACES) {
      try {
        // The file's own buffer (a Buffer is a Uint8Array): no copy of its 4 MB.
        table = parseVectorTable(readFileSync(path));
        break;
      } catch {
        // Not there, or not a table: the next place, else none.
      }
    }
  }
  return table ?? undefined;
}
