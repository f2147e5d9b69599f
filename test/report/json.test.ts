import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';
import { toJson, writeJson } from '../../src/report/json';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SEED = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function written(value: unknown, chunk?: number): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  writeJson(value, (s) => pieces.push(s), chunk);
  return { text: pieces.join(''), pieces };
}

test('writeJson: the same value as JSON.stringify, one record a line inside a document, in pieces', () => {
  const c = compare(SEED('000_1182527190e42008.txt'), SEED('004_bea1bbb3ff51d658.txt'));
  const doc = toJson(c, { canonicalPath: 'c.txt', articlePath: 'a.txt' });
  const { text, pieces } = written(doc, 4096);
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(doc)));
  assert.ok(text.endsWith('}\n'));
  assert.ok(pieces.length > 1, 'a long document is written in more than one piece');
  // Each sentence, alignment and discrepancy on a line of its own, which parses alone.
  const records = text.split('\n').filter((l) => /^ {4,6}\{/.test(l));
  assert.equal(records.length, doc.canonical.sentences.length + doc.article.sentences.length + doc.alignments.length + doc.discrepancies.length);
  assert.deepEqual(
    records.map((l) => JSON.parse(l.replace(/,$/, ''))),
    JSON.parse(JSON.stringify([...doc.canonical.sentences, ...doc.article.sentences, ...doc.alignments, ...doc.discrepancies])),
  );
  assert.ok(text.length < JSON.stringify(doc, null, 2).length * 0.75);
});

test('writeJson: several documents, empty lists and objects, and what JSON.stringify leaves out', () => {
  const docs = [
    { version: 1, list: [], map: {}, nums: [1, 2], skip: undefined, items: [{ a: 1, b: undefined }, null] },
    { version: 1, items: [{ nested: { deep: [1] } }] },
  ];
  const { text } = written(docs);
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(docs)));
  assert.equal(
    text,
    [
      '[',
      '  {',
      '    "version": 1,',
      '    "list": [],',
      '    "map": {},',
      '    "nums": [1,2],',
      '    "items": [',
      '      {"a":1},',
      '      null',
      '    ]',
      '  },',
      '  {',
      '    "version": 1,',
      '    "items": [',
      '      {"nested":{"deep":[1]}}',
      '    ]',
      '  }',
      ']',
      '',
    ].join('\n'),
  );
  assert.equal(written('x').text, '"x"\n');
});
