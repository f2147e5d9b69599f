import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formsRemap } from '../../src/core/alignForms';
import type { AlignDoc } from '../../src/core/alignTerms';

/** Key ids, one per key across documents (as a tokenizer context gives them). */
const ids = new Map<string, number>();

/** A document of made-up tokens: only what formsRemap reads (content, num, key, id). */
function doc(sentences: string[][]): AlignDoc {
  const id = (k: string): number => ids.get(k) ?? (ids.set(k, ids.size + 100), ids.size + 99);
  const tokens = sentences.map((ws) => ws.map((k) => ({ key: k, id: id(k), content: !k.startsWith('_'), num: k.startsWith('#') ? 1 : null })));
  return { sentences: [], tokens } as unknown as AlignDoc;
}

/** The rule as written: every key of the texts in order, each the least of the forms reached from it. */
function byEveryKey(docs: AlignDoc[], related: (k: string) => readonly string[]): Map<number, number> {
  const idOf = new Map<string, number>();
  for (const d of docs) for (const ts of d.tokens) for (const t of ts) if (t.content && t.num === null) idOf.set(t.key, t.id);
  const remap = new Map<number, number>();
  for (const key of [...idOf.keys()].sort()) {
    if (remap.has(idOf.get(key)!)) continue;
    const forms = [key];
    for (let i = 0; i < forms.length; i++) for (const r of related(forms[i]!)) if (idOf.has(r) && !forms.includes(r)) forms.push(r);
    for (const f of forms) if (f !== key) remap.set(idOf.get(f)!, idOf.get(key)!);
  }
  return remap;
}

test('formsRemap: the forms of one thing count as the least of them; words with no form in the texts are left alone', () => {
  const table = new Map([
    ['china', ['chines']],
    ['chines', ['china']],
    ['presid', ['presidenti']],
    ['presidenti', ['presid']],
  ]);
  const related = (k: string): readonly string[] => table.get(k) ?? [];
  const canon = doc([['presid', 'visit', 'china'], ['_the', 'talk']]);
  const art = doc([['presidenti', 'visit', 'chines', 'offici']]);
  const remap = formsRemap([canon, art], related);
  const id = (k: string): number => [canon, art].flatMap((d) => d.tokens.flat()).find((t) => t.key === k)!.id;
  assert.deepEqual(
    [...remap].sort(([a], [b]) => a - b),
    [
      [id('presidenti'), id('presid')],
      [id('chines'), id('china')],
    ].sort(([a], [b]) => a! - b!),
  );
  // A form that only the lexicon knows, not the texts, joins nothing.
  assert.equal(formsRemap([doc([['china', 'talk']])], related).size, 0);
});

test('formsRemap: the same remap as asking every key in order, for any relation (one-way, chains, words of their own)', () => {
  const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', '_x', '#1'];
  const words = fc.array(fc.array(fc.constantFrom(...keys), { maxLength: 6 }), { maxLength: 4 });
  const relation = fc.dictionary(fc.constantFrom(...keys), fc.array(fc.constantFrom(...keys, 'zz'), { maxLength: 3 }));
  fc.assert(
    fc.property(words, words, relation, (c, a, rel) => {
      const related = (k: string): readonly string[] => (Object.hasOwn(rel, k) ? rel[k]! : []);
      const docs = [doc(c), doc(a)];
      assert.deepEqual(formsRemap(docs, related), byEveryKey(docs, related));
    }),
    { numRuns: 500 },
  );
});
