/**
 * A byte for each small non-negative integer (a token's key or norm id: dense per language
 * context), 0 until set: a set or a memo of word ids in a typed array that grows as larger
 * ids come, so that asking about a word costs an index instead of hashing its string.
 */
export class IdBytes {
  private bytes: Uint8Array;

  /** `size`: about how many ids to expect. */
  constructor(size = 1024) {
    this.bytes = new Uint8Array(Math.max(16, size));
  }

  get(id: number): number {
    return id < this.bytes.length ? this.bytes[id]! : 0;
  }

  /** Sets the byte of `id` (0..255). */
  set(id: number, value: number): void {
    if (id >= this.bytes.length) {
      let n = this.bytes.length * 2;
      while (n <= id) n *= 2;
      const grown = new Uint8Array(n);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[id] = value;
  }
}
