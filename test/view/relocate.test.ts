/**
 * Finding a sentence of a compared document again after the document was edited (a matrix
 * cell opened on a version changed since the folder run): by its place outside the edit, by
 * its own characters (a web page's source, tags and all) inside it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticle } from '../../src/core/index';
import { compare } from '../../src/core/compare';
import { ComparisonView } from '../../src/view/result';
import { relocate } from '../../src/view/shift';

const WIRE = [
  'Storm Ida brought down power lines across the county on Sunday night, the utility said.',
  'Crews restored electricity to 12,000 homes by Monday noon, a spokesman for the utility said.',
  'Schools in three towns stayed closed while fallen trees were cleared from the roads.',
].join('\n\n');
// The same story saved as a page, its headline repeated in the title, a sentence holding tags.
const PAGE =
  '<!DOCTYPE html>\n<html><head><title>Crews restored electricity to 12,000 homes</title></head>\n<body>\n<article>\n' +
  '<p>Storm Ida brought down power lines across the county on Sunday night, the utility said.</p>\n' +
  '<p>Crews restored electricity to <b>12,000</b> homes by Monday noon, a spokesman for the utility said.</p>\n' +
  '<p>Schools in three towns stayed closed while fallen trees were cleared from the roads.</p>\n' +
  '</article>\n</body></html>\n';

function pageView(): ComparisonView {
  const read = readArticle(PAGE, 'storm.html')!;
  return new ComparisonView(compare(WIRE, read.text), read.text, WIRE, { article: { source: PAGE, read, markup: 'html' } });
}

test('a sentence of an edited web page is found again by its source, tags and all, not by the text read out of it', () => {
  const view = pageView();
  const s = view.comparison.article.sentences.find((x) => x.text.startsWith('Crews restored'))!;
  const src = view.articleSourceSpan(s);
  const sourceText = PAGE.slice(src.start, src.end);
  assert.ok(sourceText.includes('<b>12,000</b>'), 'the sentence holds a tag in the page');
  // A paragraph added above it: the sentence moved down; its read text is nowhere in the page.
  const edited = PAGE.replace('<article>\n', '<article>\n<p>Updated at 9 a.m. with school closures.</p>\n');
  assert.equal(edited.indexOf(s.text), -1);
  const at = relocate(PAGE, edited, src)!;
  assert.equal(edited.slice(at.start, at.end), sourceText);
  // Edited after it: the same place. Edited inside it: found by its characters if they are still there, else not at all.
  assert.deepEqual(relocate(PAGE, PAGE.replace('three towns', 'four towns'), src), src);
  assert.equal(relocate(PAGE, PAGE.replace('<b>12,000</b>', '<b>14,000</b>'), src), null);
});

test('an edited text: the nearest occurrence of a repeated sentence, not the first', () => {
  const line = 'The river rose again overnight.';
  const before = `${line}\nOfficials urged caution.\n${line}\nRoads were closed.\n`;
  const second = { start: before.lastIndexOf(line), end: before.lastIndexOf(line) + line.length };
  const after = `Note: updated.\n${before.replace('Officials urged caution.', 'Officials urged residents to stay away from the banks.')}`;
  const at = relocate(before, after, second)!;
  assert.equal(at.start, after.lastIndexOf(line));
  // Before the edit, after it: shifted by what the edit added.
  const roads = before.indexOf('Roads');
  const r = relocate(before, after, { start: roads, end: roads + 5 })!;
  assert.equal(after.slice(r.start, r.end), 'Roads');
});
