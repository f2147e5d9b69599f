import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/index';
import { articleSide, canonicalSide, diffTokens } from '../../src/view/diffText';

const findings = (a: string, b: string) => compare(a, b).discrepancies.map((d) => [d.kind, d.severity, d.from, d.to]);

test('equal words written differently: each side of the diff keeps its own words', () => {
  const a = 'The fighters crossed on Sunday night using land roads to avoid official border crossings, sources said.';
  const b = 'The fighters crossed on Sunday night using land road to avoid official border crossing, sources said.';
  const c = compare(a, b);
  assert.deepEqual(c.discrepancies, [], 'an inflection outside a quotation or a name says nothing');
  const diff = c.alignments[0]!.diff;
  assert.ok(diff.every((p) => p.op === 'equal'));
  const variants = diff.filter((p) => p.articleText !== undefined).map((p) => [p.text, p.articleText]);
  assert.deepEqual(variants, [
    ['roads', 'road'],
    ['crossings', 'crossing'],
  ]);
  for (const p of diff) assert.equal(b.slice(p.article!.start, p.article!.end), p.articleText ?? p.text);
  const tokens = diffTokens(diff, { canonicalText: a, articleText: b });
  assert.equal(canonicalSide(tokens), a);
  assert.equal(articleSide(tokens), b);
  assert.deepEqual(
    tokens.filter((t) => t.variant).map((t) => [t.op, t.text]),
    [
      ['delete', 'roads'],
      ['insert', 'road'],
      ['delete', 'crossings'],
      ['insert', 'crossing'],
    ],
  );
});

test('a word inside a quotation that changes form is a quote finding, also when the quotation opened sentences before', () => {
  assert.deepEqual(findings('“The resistance groups will help,” he said on Monday in Tehran.', '“The resistance group will help,” he said on Monday in Tehran.'), [
    ['quote', 'medium', 'groups', 'group'],
  ]);
  const a = 'He spoke at length. “We have waited for years. The fighters will come back to their villages soon. Nobody can stop them,” he said.';
  const b = 'He spoke at length. “We have waited for years. The fighter will come back to their villages soon. Nobody can stop them,” he said.';
  assert.deepEqual(findings(a, b), [['quote', 'medium', 'fighters', 'fighter']]);
  // A change of spelling convention inside a quotation ranks low; a change of case says nothing.
  assert.deepEqual(findings('“We honour our neighbours,” the mayor said on Monday.', '“We honor our neighbors,” the mayor said on Monday.'), [['quote', 'low', 'honour … neighbours', 'honor … neighbors']]);
});

test('a name written differently is a name finding; capitals at a sentence start or in a title-case headline are not names', () => {
  assert.deepEqual(findings('The talks were led by José Müller and the minister on Tuesday.', 'The talks were led by Jose Muller and the minister on Tuesday.'), [['name', 'low', 'José Müller', 'Jose Muller']]);
  assert.deepEqual(findings('The report was written by Anna Daniels for the ministry last year.', 'The report was written by Anna Daniel for the ministry last year.'), [['name', 'medium', 'Daniels', 'Daniel']]);
  assert.deepEqual(findings('Roads were closed across the north of the country on Monday.', 'Road were closed across the north of the country on Monday.'), []);
  assert.deepEqual(findings('Rebels Raise Flags Of Many Colours Over The Town\n\nText.', 'Rebels Raise Flags Of Many Colors Over The Town\n\nText.'), []);
  // Short forms read as their full word, and a possessive, are not spelling changes.
  assert.deepEqual(findings('The plan was backed by Gov. Smith and by Iran’s allies, officials said.', 'The plan was backed by Governor Smith and by Iran allies, officials said.'), []);
});

test('a figure whose currency or per cent sign changes is a number finding; digit grouping is not', () => {
  assert.deepEqual(findings('The deal is worth $5 million, the company said in a statement.', 'The deal is worth €5 million, the company said in a statement.'), [['number', 'high', '$5', '€5']]);
  assert.deepEqual(findings('Prices rose 5% last year, the agency said in a statement.', 'Prices rose 5 last year, the agency said in a statement.'), [['number', 'high', '5%', '5']]);
  assert.deepEqual(findings('About 3,000 people fled the town, the agency said in a statement.', 'About 3000 people fled the town, the agency said in a statement.'), []);
});

test('variants: a per cent sign and the word "percent" after the same figure are one unit', () => {
  const unit = (c: string, a: string): string[] => compare(c, a).discrepancies.filter((d) => /unit changes/.test(d.reason)).map((d) => d.reason);
  assert.deepEqual(unit('Prices rose 5 percent last year.', 'Prices rose 5% last year.'), []);
  assert.deepEqual(unit('Prices rose 5% last year.', 'Prices rose 5 pct last year.'), []);
  assert.equal(unit('Prices rose 5 percent last year.', 'Prices rose $5 last year.').length, 1);
  // Nothing else differs: nothing to report.
  assert.deepEqual(compare('Prices rose 5 percent last year.', 'Prices rose 5% last year.').discrepancies, []);
});

test('variants: a currency sign and the currency word after the same figure are one unit', () => {
  const unit = (c: string, a: string): string[] => compare(c, a).discrepancies.filter((d) => /unit changes/.test(d.reason)).map((d) => d.reason);
  assert.deepEqual(unit('The new school will cost $4 million, the council said.', 'The new school will cost 4 million dollars, the council said.'), []);
  assert.deepEqual(unit('The fine was €20,000 for each breach.', 'The fine was 20,000 euros for each breach.'), []);
  assert.deepEqual(unit('The firm raised $2 billion last year.', 'The firm raised 2 billion US dollars last year.'), []);
  // Another currency is still another unit.
  assert.equal(unit('The new school will cost $4 million, the council said.', 'The new school will cost 4 million euros, the council said.').length, 1);
});

test('variants: a possessive whose apostrophe a copy lost is the same name (“the Agency’s” / “the Agencys”)', () => {
  const c = compare('The forecast follows the Weather Bureau’s new guidance on coastal storms.\n', 'The forecast follows the Weather Bureaus new guidance on coastal storms.\n');
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'name'), []);
  // Another spelling of the name is still one.
  const other = compare('The forecast follows the Weather Bureau’s new guidance on coastal storms.\n', 'The forecast follows the Weather Burea’s new guidance on coastal storms.\n');
  assert.equal(other.discrepancies.filter((d) => d.kind === 'name').length, 1);
});

test('variants: a spelling variant or an inflection in plain prose says nothing; the same words inside a quotation are a quote finding', () => {
  const a = 'The council will organise a programme of repairs for the damaged harbours next spring.';
  const b = 'The council will organize a program of repairs for the damaged harbour next spring.';
  assert.deepEqual(findings(a, b), []);
  const qa = '“We will organise a programme of repairs for the harbours,” the mayor said on Monday.';
  const qb = '“We will organize a program of repairs for the harbour,” the mayor said on Monday.';
  assert.deepEqual(findings(qa, qb), [['quote', 'medium', 'organise … programme … harbours', 'organize … program … harbour']]);
});
