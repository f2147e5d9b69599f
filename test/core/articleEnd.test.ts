import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markArticle, type ArticleHint } from '../../src/core/article';
import { readHtmlBlocks } from '../../src/core/markup';

const para = (n: number): string =>
  `Paragraph ${n} of the story says that the council voted on the plan after a long debate in the town hall on Monday evening.`;

/** The role of each block (by its trimmed text) when the extractor's article is every block of `article`. */
function rolesOf(html: string, article: string[], title = 'Council backs plan'): Map<string, string> {
  const { read, blocks } = readHtmlBlocks(html);
  const hint: ArticleHint = { title, blocks: article, linkShare: 0 };
  const marked = markArticle(read, blocks, hint);
  return new Map(marked.blocks!.map((b) => [read.text.slice(b.start, b.end).trim(), b.role]));
}

test("the story's one-line last paragraph set between two advert labels ('Advertisement') is the story's; the labels are chrome", () => {
  const last = '"What would the town be without a library, Mayor?"';
  const ad = '<div class="ad-slot">Advertisement</div>';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${ad}<p>${last}</p>${ad}</div>
    <div class="more"><a href="/a">Other story</a></div></body></html>`;
  const r = rolesOf(html, [para(1), para(2), para(3), last]);
  assert.equal(r.get(last), 'content');
  assert.equal(r.get('Advertisement'), 'chrome');
});

test("the story's closing sentence set over several lines, one paragraph each (a song's verse it quotes), is the story's; lines that never close a sentence are not", () => {
  const verse = ['As the old song goes (and it is always worth going back to the old songs): "The town was quiet when they left,', 'The ones who sold the square for glass,', 'We count the lamps that we have lost', 'Will it be as I imagine it, or a town at peace?".'];
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${verse.map((l) => `<p>${l}</p>`).join('')}</div>
    <h3 class="related">Related videos</h3></body></html>`;
  const r = rolesOf(html, [para(1), para(2), para(3), ...verse]);
  for (const l of verse) assert.equal(r.get(l), 'content', l);
  // Short lines that never close a sentence (a list of names, a menu the extractor kept) stay out.
  const names = ['Jane Doe, mayor,', 'John Roe, clerk', 'Town Herald staff'];
  const html2 = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${names.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
  const r2 = rolesOf(html2, [para(1), para(2), para(3), ...names]);
  for (const l of names) assert.equal(r2.get(l), 'chrome', l);
});

test("answers each signed on a line under it (a panel's question, each answer then its writer): the last answer's signature is the story's as the others are", () => {
  const answer = (n: number): string => `Answer ${n}: I ride the train twice a week and the council should add more stops near the harbour and the new library.`;
  const sign = (n: number): string => `Person ${n}, president, Harbour Firm ${n}`;
  const body = [1, 2, 3, 4].map((n) => `<p>${answer(n)}</p><p>${sign(n)}</p><p>==========</p>`).join('');
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p>${body.replace(/<p>==========<\/p>$/, '')}</div>
    <h2 class="related">Related content</h2><ul><li><a href="/a">Other story</a></li></ul></body></html>`;
  const r = rolesOf(html, [para(1), ...[1, 2, 3, 4].flatMap((n) => [answer(n), sign(n)])]);
  for (const n of [1, 2, 3, 4]) assert.equal(r.get(sign(n)), 'content', sign(n));
  // A story with no such lines among it: a short line after its last paragraph stays chrome.
  const html2 = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>Jane Doe, Town Herald</p></div></body></html>`;
  assert.equal(rolesOf(html2, [para(1), para(2), para(3), 'Jane Doe, Town Herald']).get('Jane Doe, Town Herald'), 'chrome');
});
