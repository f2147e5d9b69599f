/**
 * The peer: what someone would build from jsdiff to get a sentence-then-word diff of an
 * article against its canonical text. `diffSentences` over the two texts, then
 * `diffWords` over each pair of removed/added sentence chunks that stand together.
 */
import { diffSentences, diffWords, type ChangeObject } from 'diff';

export interface PeerResult {
  sentences: ChangeObject<string>[];
  words: ChangeObject<string>[][];
  /** True when jsdiff gave up at the time limit (the result is then incomplete). */
  timedOut: boolean;
}

/** `timeoutMs` is passed to jsdiff's own `timeout` option (it gives up and returns undefined). */
export function peerCompare(canonical: string, article: string, timeoutMs?: number): PeerResult {
  const sentences = timeoutMs ? diffSentences(canonical, article, { timeout: timeoutMs }) : diffSentences(canonical, article);
  if (!sentences) return { sentences: [], words: [], timedOut: true };
  const words: ChangeObject<string>[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const x = sentences[i]!;
    const y = sentences[i + 1];
    if (y && ((x.removed && y.added) || (x.added && y.removed))) {
      const [removed, added] = x.removed ? [x, y] : [y, x];
      words.push(diffWords(removed.value, added.value));
      i++;
    }
  }
  return { sentences, words, timedOut: false };
}
