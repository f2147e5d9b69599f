import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { readDocument } from '../../src/core/document';
import { pageOptions } from '../../src/core/readText';
import { readFile } from '../../src/read/page';

// Written for this test: a made-up story, its page with a headline that holds a question and its answer.
const body = [
  'Engineers who inspected the old river bridge on Monday said its steel frame was sound and that it could stay open to traffic.',
  'The county had closed one lane last week after residents reported cracks in the road surface near the eastern ramp.',
  'The surface will be repaved in the spring, the county roads director said, at a cost of about two million dollars.',
];
const page = (headline: string, dek = ''): string =>
  '<!doctype html><html><head><title>Local news</title></head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>' +
  `<article><h1>${headline}</h1>${dek ? `<h2>${dek}</h2>` : ''}${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test("a page's headline that holds a question is one sentence, a heading, as a reader reads it", () => {
  const headline = 'Is the bridge safe? Engineers say yes.';
  const source = page(headline);
  const doc = readDocument('bridge.html', source, readFile(source, 'bridge.html'));
  assert.deepEqual(
    doc.sentences.filter((s) => s.kind !== 'boilerplate').slice(0, 2).map((s) => [s.kind, s.text]),
    [['heading', headline], ['sentence', body[0]]],
  );
  // Never misquote: the heading's text is the file's own.
  assert.equal(source.slice(doc.sentences[0]!.start, doc.sentences[0]!.end), doc.sentences.find((s) => s.kind === 'heading')!.text);
});

test('a long heading block that clearly holds several sentences keeps them', () => {
  const dek = 'The county closed one lane of the old river bridge last week after cracks appeared near its eastern ramp. Engineers have now found the steel frame sound.';
  const source = page('Bridge to stay open', dek);
  const doc = readDocument('bridge.html', source, readFile(source, 'bridge.html'));
  const texts = doc.sentences.map((s) => s.text);
  assert.ok(texts.includes('Engineers have now found the steel frame sound.'), JSON.stringify(texts));
});

test("a page's headline with a question aligns with the canonical text's headline: nothing added or omitted", () => {
  const canonical = ['Is the bridge safe? Engineers say yes', ...body].join('\n\n');
  const source = page('Is the bridge safe? Engineers say yes.');
  const read = readFile(source, 'bridge.html')!;
  const c = compare(canonical, read.text, pageOptions(null, read));
  const headline = c.article.sentences.find((s) => s.kind === 'heading')!;
  assert.equal(headline.text, 'Is the bridge safe? Engineers say yes.');
  assert.ok(c.alignments.some((a) => a.canonical.includes(0) && a.article.includes(headline.id)));
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'added' || d.kind === 'omitted').map((d) => d.kind), []);
});

test('a short standfirst of two full sentences, each closed by a full stop, keeps them', () => {
  // Made up: 15 words, under the length a heading is read whole at, but two statements a reader reads apart.
  const dek = 'The county wants a new lane by June. Residents of the eastern ramp want it sooner.';
  const source = page('Bridge to stay open', dek);
  const doc = readDocument('bridge.html', source, readFile(source, 'bridge.html'));
  const texts = doc.sentences.map((s) => s.text);
  assert.ok(texts.includes('Residents of the eastern ramp want it sooner.'), JSON.stringify(texts));
  // A headline of short phrases each closed by a stop is still one line.
  const slogan = 'Wider. Safer. Open by June?';
  const doc2 = readDocument('bridge.html', page(slogan), readFile(page(slogan), 'bridge.html'));
  assert.ok(doc2.sentences.some((s) => s.kind === 'heading' && s.text === slogan), JSON.stringify(doc2.sentences.map((s) => s.text)));
});
