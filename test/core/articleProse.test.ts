import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markArticle, type ArticleHint } from '../../src/core/article';
import { readHtmlBlocks } from '../../src/core/markup';

const line = (n: number): string =>
  `Section ${n} of the report says the harbour board approved the dredging budget after hearing from fishermen and shipping firms.`;

/** The role of each block (by its text) when the extractor's article is every block of `article`. */
function rolesOf(html: string, article: string[], title: string): Map<string, string> {
  const { read, blocks } = readHtmlBlocks(html);
  const hint: ArticleHint = { title, blocks: article, linkShare: 0 };
  const marked = markArticle(read, blocks, hint);
  return new Map(marked.blocks!.map((b) => [read.text.slice(b.start, b.end), b.role]));
}

test('a story cut into sections by ad slots and a rail of teasers (one naming the story itself) goes on after them; a lone paragraph cut off after the story is still no part of it', () => {
  const title = 'Harbour board backs dredging';
  const rail = [
    '<div class="ad-slot"><div>Advertisement</div><div>Story continues below</div></div>',
    // The rail lists this very story among others.
    `<div class="trending"><div>Trending</div><h3><a href="/self">${title}</a></h3>`,
    ...[1, 2, 3].map((n) => `<h3><a href="/t${n}">Teaser headline number ${n} about another town</a></h3><div><a href="/c">Business</a></div>`),
    '</div>',
  ].join('');
  const opening = [1, 2].map(line);
  const body = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(line);
  const bio = 'Morgan Tate writes about ports and shipping for the paper and has covered the harbour for ten years.';
  const share = ['Share', 'Facebook', 'Email', 'Print', 'Copy link', 'Reddit', 'Save', 'Comments', 'Follow'];
  const html = `<html><body><h1>${title}</h1><article>${opening.map((p) => `<p>${p}</p>`).join('')}${rail}
    ${body.map((p) => `<p>${p}</p>`).join('')}<ul>${share.map((s) => `<li><a href="/s">${s}</a></li>`).join('')}</ul><p>${bio}</p></article></body></html>`;
  const r = rolesOf(html, [...opening, ...body, bio], title);
  for (const p of [...opening, ...body]) assert.equal(r.get(p), 'content', p);
  assert.equal(r.get(bio), 'chrome');
});

test("a date line under the headline is no headline, though the page's title ends on that date", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4].map(line);
  const html = `<html><body><h1>${title}</h1><header>12.03.2025</header><article>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const r = rolesOf(html, body, `${title} – Town News – 12.03.2025`);
  assert.equal(r.get(title), 'heading');
  assert.equal(r.get('12.03.2025'), 'chrome');
});

test("a note on the writer under 'ABOUT THE AUTHOR' is chrome also when the writer's card (a linked name, a job title) comes first", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4].map(line);
  const bio = 'Morgan Tate is a producer covering ports and shipping for the paper from its bureau on the coast.';
  const html = `<html><body><h1>${title}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}
    <h2>ABOUT THE AUTHOR</h2><div><a href="/morgan-tate">Morgan Tate</a></div><p>Producer</p><p>${bio}</p></article></body></html>`;
  const r = rolesOf(html, [...body, 'ABOUT THE AUTHOR', 'Morgan Tate', 'Producer', bio], title);
  for (const p of body) assert.equal(r.get(p), 'content', p);
  assert.equal(r.get(bio), 'chrome');
  assert.equal(r.get('ABOUT THE AUTHOR'), 'chrome');
});
