import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markArticle, type ArticleHint } from '../../src/core/article';
import { SECOND_RATIO } from '../../src/core/articleSecond';
import { readHtmlBlocks } from '../../src/core/markup';

const para = (n: number): string =>
  `Paragraph ${n} of the guide says that the council voted on the plan after a long debate in the town hall on Monday evening.`;
const lead = 'The best programs of the year, ranked by what they cost and how their students fare, in a guide for readers who want to study while they work.';
const PAGE = `<html><body><h1>Best programs</h1><div><p>${lead}</p></div>
  <div>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<h3>School ${n}</h3><p>${para(n)}</p>`).join('')}</div></body></html>`;
const hint = (blocks: string[]): ArticleHint => ({ title: 'Best programs', blocks, linkShare: 0 });

/** The blocks the article keeps, given the extractor's first answer and what it says when asked again. */
function kept(first: string[], again?: () => ArticleHint | null): string[] {
  const { read, blocks } = readHtmlBlocks(PAGE);
  const marked = markArticle(read, blocks, hint(first), again);
  return marked.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
}

test('the ratio: a page doubts an article with a third of its prose or less; a second answer replaces it with three times its prose', () => {
  assert.equal(SECOND_RATIO, 3);
});

test("an extractor's article far shorter than the page's prose is asked again, and its second answer, three times longer or more, replaces it", () => {
  const all = [lead, ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [`School ${n}`, para(n)])];
  const read = kept([lead], () => hint(all));
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) assert.ok(read.includes(para(n)), `paragraph ${n}`);
  // Without a second opinion, as before: the lead alone.
  assert.deepEqual(kept([lead]).filter((t) => t.startsWith('Paragraph')), []);
});

test('a second answer under three times the first one\'s prose leaves the first; nothing is asked again of an article the page does not doubt', () => {
  // Three paragraphs elsewhere against two: the first answer stays (its lead is kept).
  const little = kept([lead, para(1)], () => hint([para(6), para(7), para(8)]));
  assert.ok(little.includes(lead));
  const whole = [lead, ...[1, 2, 3, 4, 5, 6, 7, 8].map(para)];
  const read = kept(whole, () => {
    throw new Error('asked again');
  });
  assert.ok(read.includes(para(8)));
  // A second answer that finds nothing leaves the first.
  assert.ok(kept([lead], () => null).includes(lead));
});

test("a long section of readers' comments, named so by a word run together with \"comment\" (\"box_commentthread\"), is no prose of the page: the story is not doubted for it, and no comment is read as the article", () => {
  // Written for this test.
  const story = [1, 2, 3].map(para);
  const reply = (n: number): string =>
    `Reply ${n}: I read the whole piece twice and I still think the council should have listened to the people who live by the harbour before it voted.`;
  const page = (section: string): string => `<html><body><div class="story commentary"><h1>Council votes</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="${section}"><h2>Readers</h2><ul class="thread">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `<li><a class="person"><h4>Reader ${n}</h4></a><p>${reply(n)}</p></li>`).join('')}</ul></div></body></html>`;
  for (const section of ['box_commentthread', 'allComments', 'user-comments']) {
    const { read, blocks } = readHtmlBlocks(page(section));
    const all = [...story, ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(reply)];
    const marked = markArticle(read, blocks, hint(story), () => ({ title: 'Council votes', blocks: all, linkShare: 0 }));
    const kept = marked.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
    for (const p of story) assert.ok(kept.includes(p), `${section}: ${p}`);
    assert.ok(!kept.some((t) => t.startsWith('Reply')), `${section}: ${kept.join(' | ')}`);
  }
  // A section so named that holds the page's headline wraps the page: its story is read.
  const { read, blocks } = readHtmlBlocks(`<html><body><div class="page-with-commentsblock"><h1>Council votes</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
  const marked = markArticle(read, blocks, hint(story));
  const kept = marked.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
  for (const p of story) assert.ok(kept.includes(p), p);
});
