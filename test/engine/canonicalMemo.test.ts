import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { pageOptions } from '../../src/core/readText';
import { readFile } from '../../src/read/page';
import { CanonicalMemo, compareRead } from '../../src/engine/canonicalMemo';

const CANONICAL =
  'The river rose two metres overnight, the town council said on Tuesday.\n\nAt least 40 homes were flooded and 120 people moved to a school hall.\n\nThe mayor said the dam would not be opened before Friday.';
const EDITS = [
  'The river rose two metres overnight, the council said on Tuesday.\n\n40 homes were flooded and 120 people moved to a school hall.',
  'The river rose three metres overnight, the town council said on Tuesday.\n\nThe mayor said the dam would be opened before Friday.\n\nVolunteers brought food.',
];

/** What the worker did before the memo: both files read, then `compare`. */
function direct(canonical: string, article: string, paths: { canonical?: string; article?: string } = {}, options = {}): string {
  const c = readFile(canonical, paths.canonical);
  const a = readFile(article, paths.article);
  return JSON.stringify(compare(c?.text ?? canonical, a?.text ?? article, { ...options, ...pageOptions(c, a) }));
}

function viaMemo(memo: CanonicalMemo, canonical: string, article: string, paths: { canonical?: string; article?: string } = {}, options = {}): string {
  const prepared = memo.get(canonical, paths.canonical, options);
  return JSON.stringify(compareRead({ text: canonical, ...prepared }, { text: article, read: readFile(article, paths.article) }, options));
}

test('CanonicalMemo: one canonical text, read and prepared once, compared against several articles in turn gives what compare gives each time', () => {
  const memo = new CanonicalMemo();
  const first = memo.get(CANONICAL, 'wire.txt');
  assert.ok(first.prepared);
  for (const edit of [...EDITS, ...EDITS]) assert.equal(viaMemo(memo, CANONICAL, edit, { canonical: 'wire.txt' }), direct(CANONICAL, edit, { canonical: 'wire.txt' }));
  assert.equal(memo.get(CANONICAL, 'wire.txt'), first);
});

test('CanonicalMemo: another canonical text, path, language or threshold is read and prepared anew', () => {
  const memo = new CanonicalMemo();
  const first = memo.get(CANONICAL, 'wire.txt');
  assert.notEqual(memo.get(CANONICAL + '\n\nThe roads were closed.', 'wire.txt'), first);
  const again = memo.get(CANONICAL, 'wire.txt');
  assert.notEqual(again, first);
  assert.notEqual(memo.get(CANONICAL, 'other.txt'), again);
  const strict = memo.get(CANONICAL, 'other.txt', { similarityThreshold: 0.6 });
  assert.equal(strict.prepared?.threshold, 0.6);
  assert.equal(memo.get(CANONICAL, 'other.txt', { similarityThreshold: 0.6, language: 'eng' }).prepared?.language, 'eng');
  assert.equal(viaMemo(memo, CANONICAL, EDITS[0]!, {}, { similarityThreshold: 0.6 }), direct(CANONICAL, EDITS[0]!, {}, { similarityThreshold: 0.6 }));
});

test('CanonicalMemo: a canonical text too short to tell its language is not kept prepared (compare reads the language in the article)', () => {
  const memo = new CanonicalMemo();
  const short = 'Flood warning.';
  assert.equal(memo.get(short, undefined).prepared, null);
  for (const edit of EDITS) assert.equal(viaMemo(memo, short, edit), direct(short, edit));
});

test('CanonicalMemo: a web page as the canonical is read once, by its article, its chrome kept apart, as compare reads it', () => {
  const page = `<!DOCTYPE html><html><head><title>Flood</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>River floods town</h1>${CANONICAL.split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>Sign up for our newsletter</footer></body></html>`;
  const memo = new CanonicalMemo();
  const first = memo.get(page, 'wire.html');
  assert.ok(first.read);
  for (const edit of EDITS) assert.equal(viaMemo(memo, page, edit, { canonical: 'wire.html' }), direct(page, edit, { canonical: 'wire.html' }));
  assert.equal(memo.get(page, 'wire.html').read, first.read);
});
