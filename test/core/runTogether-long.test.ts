import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { Vocabulary } from '../../src/core/runTogether';
import { tokenize } from '../../src/core/text';

const ctx = tokenizerContext('eng');

test('Vocabulary.sideBySide: a long text (its pairs indexed at the first question) answers as a walk through it would, question after question', () => {
  // About 30,000 neighbouring words: sentences of numbered place names, each pair of names in one order only.
  const sentences: string[] = [];
  for (let i = 0; i < 2500; i++) sentences.push(`Convoy ${i} reached camp ${i + 1} near river ${i % 97} before dawn on day ${i % 31}.`);
  const tokens = sentences.map((s) => tokenize(s, 0, s.length, ctx));
  const vocab = new Vocabulary(tokens);
  const word = (w: string) => tokenize(w, 0, w.length, ctx)[0]!;
  const walk = (a: string, b: string): boolean => {
    const x = word(a).id;
    const y = word(b).id;
    return tokens.some((ts) => ts.some((t, i) => i > 0 && ts[i - 1]!.id === x && t.id === y));
  };
  const asks: Array<[string, string]> = [
    ['reached', 'camp'],
    ['camp', 'reached'],
    ['before', 'dawn'],
    ['dawn', 'before'],
    ['river', 'before'],
    ['convoy', 'convoy'],
    ['near', 'river'],
    ['day', 'near'],
  ];
  for (const [a, b] of asks) assert.equal(vocab.sideBySide(word(a), word(b)), walk(a, b), `${a} ${b}`);
  assert.ok(asks.some(([a, b]) => walk(a, b)) && asks.some(([a, b]) => !walk(a, b)));
});
