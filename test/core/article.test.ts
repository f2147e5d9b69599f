import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markArticle, wordsOf, type ArticleHint } from '../../src/core/article';
import { readHtmlBlocks } from '../../src/core/markup';

const para = (n: number): string =>
  `Paragraph ${n} of the story says that the council voted on the plan after a long debate in the town hall on Monday evening.`;

/** The roles of a page's blocks when the extractor's article is every block of `article`. */
function roles(html: string, article: string[], title = 'Council backs plan'): Array<[string, string]> {
  const { read, blocks } = readHtmlBlocks(html);
  const hint: ArticleHint = { title, blocks: article, linkShare: 0 };
  const marked = markArticle(read, blocks, hint);
  return marked.blocks!.map((b) => [b.role, read.text.slice(b.start, b.end)]);
}

test('words of scripts written without spaces are single characters; other scripts by runs', () => {
  assert.deepEqual(wordsOf('港特首道歉 Hello, world 2012年'), ['港', '特', '首', '道', '歉', 'hello', 'world', '2012', '年']);
  assert.deepEqual(wordsOf('ภาษา'), ['ภ', 'า', 'ษ', 'า']);
  assert.deepEqual(wordsOf('Ünïcode ça'), ['ünïcode', 'ça']);
});

test('controls set inside the article (a text-size widget) are chrome; the prose around them is kept', () => {
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>
    <div><h4>Text Size</h4><ul><li>-</li><li>+</li><li>reset</li></ul></div><p>${para(3)}</p><p>${para(4)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Text Size', '-', '+', 'reset', para(3), para(4)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of ['Text Size', '-', '+', 'reset']) assert.equal(role(t), 'chrome', t);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content');
  assert.equal(role('Council backs plan'), 'heading');
});

test('a short list in the prose, with no symbol-only line, stays in the article', () => {
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><ul><li>New library</li><li>Two parks</li><li>A pool</li></ul><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), 'New library', 'Two parks', 'A pool', para(2)]);
  for (const t of ['New library', 'Two parks', 'A pool']) assert.equal(r.find(([, x]) => x === t)?.[0], 'content', t);
});

test('a few words after a photo in its block are its label; a paragraph after an inline image is prose', () => {
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>
    <div class="photo"><img src="a.jpg"><span>Jane Doe, mayor</span></div>
    <p><img src="b.jpg">${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), 'Jane Doe, mayor', para(2), para(3)]);
  assert.equal(r.find(([, x]) => x === 'Jane Doe, mayor')?.[0], 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test('paragraphs set apart by <br> in one block read as prose, whatever the last line', () => {
  const body = [1, 2, 3].map(para).join('<br><br>');
  const html = `<html><body><h1>Council backs plan</h1><div>${body}<br><br>John Smith, reporter</div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const marked = markArticle(read, blocks, { title: 'Council backs plan', blocks: [1, 2, 3].map(para), linkShare: 0 });
  assert.ok(!marked.noArticle);
  assert.ok(marked.blocks!.some((b) => b.role === 'content' && read.text.slice(b.start, b.end).includes(para(2))));
});

test('a wrapper whose class merely names captions is no caption; a real caption inside it is', () => {
  const html = `<html><body class="f_caption_muted_videos_on no-caption"><h1>Council backs plan</h1><div>
    <p>${para(1)}</p><div class="caption">Jane Doe, mayor, in the hall</div>${[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `<p>${para(n)}</p>`).join('')}</div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const share = (t: string): number | undefined => blocks.find((b) => read.text.slice(b.start, b.end) === t)?.captionShare;
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) assert.equal(share(para(n)), 0, `paragraph ${n}`);
  assert.equal(share('Jane Doe, mayor, in the hall'), 1);
  const r = roles(html, [para(1), 'Jane Doe, mayor, in the hall', ...[2, 3, 4, 5, 6, 7, 8, 9].map(para)]);
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test('a subheading in a block after a photo set apart from it is no photo label', () => {
  const html = `<html><body><h1>Council backs plan</h1><div><img src="a.jpg"><p>${para(1)}</p>
    <h3>What comes next</h3><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), 'What comes next', para(2)]);
  assert.equal(r.find(([, x]) => x === 'What comes next')?.[0], 'heading');
  for (const n of [1, 2]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test('a flattened copy of the article elsewhere on the page is chrome; the article as set is kept', () => {
  const body = [1, 2, 3, 4].map((n) => `<p>${para(n)}</p>`).join('');
  const flat = [1, 2, 3, 4].map(para).join(' ');
  const html = `<html><body><h1>Council backs plan</h1><div>${body}</div><ul><li><a href="/a">Other story</a></li></ul>
    <div itemprop="articleBody">${flat}</div></body></html>`;
  const r = roles(html, [1, 2, 3, 4].map(para));
  for (const n of [1, 2, 3, 4]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
  assert.equal(r.find(([, x]) => x === flat)?.[0], 'chrome');
});

test('a box the page names as chrome (a newsletter pitch, a related rail) is chrome inside the article; a story wholly inside such a name is kept', () => {
  const body = (n: number[]): string => n.map((k) => `<p>${para(k)}</p>`).join('');
  const pitch = 'Get breaking news alerts and special reports delivered to your inbox every morning.';
  const html = `<html><body><h1>Council backs plan</h1><div>${body([1, 2])}
    <div class="signupMessage___3ctJh"><div>${pitch}</div></div>${body([3, 4])}</div></body></html>`;
  const r = roles(html, [para(1), para(2), pitch, para(3), para(4)]);
  assert.equal(r.find(([, x]) => x === pitch)?.[0], 'chrome');
  for (const n of [1, 2, 3, 4]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
  // An ad slot left open around a short story: the name says nothing of it.
  const open = `<html><body><h1>Council backs plan</h1><div class="inline-ad"><div class="post-body">${body([1, 2])}</div></body></html>`;
  const r2 = roles(open, [para(1), para(2)]);
  for (const n of [1, 2]) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `open slot, paragraph ${n}`);
});

test('a date line under the headline is no standfirst; "Contributing: …" and "… contributed reporting from …" are credits', () => {
  const dateLine = 'AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)';
  const credits = ['Contributing: Liz Szabo, Michael Winter, Associated Press.', 'Keith Bradsher contributed reporting from Hong Kong.'];
  const html = `<html><body><h1>Council backs plan</h1><div>${dateLine}</div><div><p>${para(1)}</p><p>${para(2)}</p>
    ${credits.map((c) => `<p>${c}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), ...credits]);
  assert.equal(r.find(([, x]) => x === dateLine)?.[0], 'chrome');
  for (const c of credits) assert.notEqual(r.find(([, x]) => x === c)?.[0], 'content', c);
});

test('a byline ending on a bracket is no standfirst; a "no_caption" box is no caption; an author bio box is chrome', () => {
  const byline = 'Par Martin Untersinger et Damien Leloup, envoyés spéciaux à Kiev (avec AFP)';
  const lede = 'The mother of a woman who took the pills has described how her daughter was burning up from within before her death.';
  const bio = 'Steven Mufson covers the White House. Since joining The Post, he has covered economics, China, foreign policy and energy.';
  const html = `<html><body><h1>Council backs plan</h1><div>${byline}</div><div><div class="item no_caption"><h2>${lede}</h2></div>
    <p>${para(1)}</p><p>${para(2)}</p><div class="post-body-bio has-photo">${bio}</div></div></body></html>`;
  const r = roles(html, [byline, lede, para(1), para(2), bio]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(byline), 'chrome');
  assert.notEqual(role(lede), 'chrome');
  assert.equal(role(bio), 'chrome');
  for (const n of [1, 2]) assert.equal(role(para(n)), 'content');
});

test("closing credits ('With assistance from …', 'To contact the reporter …', '… was used in this report') are credits; follow-and-reach lines are chrome", () => {
  const credits = [
    'With assistance from Jane Doe in London.',
    'To contact the reporter on this story: John Roe in New York at jroe@example.com',
    'Information from The Associated Press was used in this report.',
  ];
  const follow = 'Have a tip? Amy Example may be reached at amy@example.com. Follow her on Twitter @AmyEx.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>
    ${[...credits, follow].map((c) => `<p>${c}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), ...credits, follow]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const c of credits) assert.notEqual(role(c), 'content', c);
  assert.equal(role(follow), 'chrome');
  for (const n of [1, 2]) assert.equal(role(para(n)), 'content');
  // A sentence of the story that names a way to reach someone is no such line.
  const story = 'The island can be reached by boat from the mainland, officials said on Monday after the storm.';
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${story}</p><p>${para(2)}</p></div></body></html>`, [para(1), story, para(2)]);
  assert.equal(r2.find(([, x]) => x === story)?.[0], 'content');
});

test('text in a gallery, slideshow or photo box is a caption; a figure caption stays one inside a wrapper too long to be a box', () => {
  const slide = 'The mayor signs the plan in the town hall on Monday evening, watched by members of the council.';
  const long = [3, 4, 5, 6, 7, 8, 9].map((n) => `<p>${para(n)}</p>`).join('');
  const cap = 'A view of the new library from the square, as the architects drew it for the council.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>
    <div class="slideshow"><div class="slide"><img src="a.jpg"><p>${slide}</p></div></div><p>${para(2)}</p>
    <div class="article-image-wrapper">${long}<figure><img src="b.jpg"><figcaption>${cap}</figcaption></figure></div></div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const share = (t: string): number | undefined => blocks.find((b) => read.text.slice(b.start, b.end) === t)?.captionShare;
  assert.equal(share(slide), 1);
  assert.equal(share(cap), 1);
  for (const n of [1, 2, 3, 9]) assert.equal(share(para(n)), 0, `paragraph ${n}`);
});

test("what a figure shows as text (a table, a quotation, code) is no caption, inside a wrapper too long to be a box too; its caption is, and a figure's text beside its image", () => {
  const quote = 'We will build the library first and the parks after it, as the town asked us to do.';
  const cap = 'Votes by ward, as the clerk counted them on Monday night.';
  const rows = ['Ward Votes for Votes against', 'North 1,204 310', 'South 998 402'];
  const table = `<table><tr><th>Ward</th><th>Votes for</th><th>Votes against</th></tr><tr><td>North</td><td>1,204</td><td>310</td></tr><tr><td>South</td><td>998</td><td>402</td></tr></table>`;
  const figures = `<figure class="wp-block-table">${table}<figcaption>${cap}</figcaption></figure>
    <figure aria-label="Embedded quote"><blockquote><p>${quote}</p></blockquote><figcaption>Jane Doe, mayor</figcaption></figure>
    <figure><img src="a.jpg"><p>The mayor in the town hall</p></figure><figure class="photo-box"><table><tr><td>Photo by John Roe</td></tr></table></figure>`;
  const long = [3, 4, 5, 6, 7, 8, 9].map((n) => `<p>${para(n)}</p>`).join('');
  for (const html of [
    `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${figures}<p>${para(2)}</p></div></body></html>`,
    `<html><body><h1>Council backs plan</h1><div class="article-image-wrapper"><p>${para(1)}</p>${figures}<p>${para(2)}</p>${long}</div></body></html>`,
  ]) {
    const { read, blocks } = readHtmlBlocks(html);
    const share = (t: string): number | undefined => blocks.find((b) => read.text.slice(b.start, b.end).replace(/\s+/g, ' ') === t)?.captionShare;
    for (const t of [...rows, quote]) assert.equal(share(t), 0, t);
    for (const t of [cap, 'Jane Doe, mayor', 'The mayor in the town hall', 'Photo by John Roe']) assert.equal(share(t), 1, t);
  }
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${figures}<p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), ...rows, cap, quote, 'Jane Doe, mayor', 'The mayor in the town hall', 'Photo by John Roe', para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x.replace(/\s+/g, ' ') === t)?.[0];
  for (const t of [...rows, quote]) assert.equal(role(t), 'content', t);
  assert.equal(role(cap), 'chrome');
});

test('short lines late in the article with more of the prose after them head a section: what follows is kept', () => {
  const section = (name: string, from: number): string =>
    `<h2>${name}</h2><dl><dt>Photo:</dt><dd>from her archive</dd></dl><p>${para(from)}</p><p>${para(from + 1)}</p>`;
  const names = ['Anna Example', 'Boris Sample', 'Clara Instance', 'Dmitri Case', 'Elena Test'];
  const html = `<html><body><h1>Council backs plan</h1><div>${names.map((n, k) => section(n, 2 * k + 1)).join('')}</div></body></html>`;
  const r = roles(html, names.flatMap((n, k) => [n, 'Photo:', 'from her archive', para(2 * k + 1), para(2 * k + 2)]));
  for (let n = 1; n <= 10; n++) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test('the last of many sections, its head of short lines set as every section before it is set, is kept however little of the prose follows it', () => {
  const section = (name: string, from: number): string =>
    `<h2>${name}</h2><dl><dt>Photo:</dt><dd>from her archive</dd></dl><p>${para(from)}</p>`;
  const names = Array.from({ length: 12 }, (_, k) => `Contestant ${'ABCDEFGHIJKL'[k]} Example`);
  const html = `<html><body><h1>Council backs plan</h1><div>${names.map((n, k) => section(n, k + 1)).join('')}</div></body></html>`;
  const r = roles(html, names.flatMap((n, k) => [n, 'Photo:', 'from her archive', para(k + 1)]));
  for (let n = 1; n <= 12; n++) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
  // A box of short lines seen nowhere before in the story still closes it.
  const box = `<h3>Fact box</h3><p>Budget: $4m</p><p>Vote: 7 to 2</p><p>Next: May</p><p>${para(20)}</p>`;
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `<p>${para(n)}</p>`).join('')}${box}</div></body></html>`,
    [...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(para), 'Fact box', 'Budget: $4m', 'Vote: 7 to 2', 'Next: May', para(20)]);
  assert.equal(r2.find(([, x]) => x === para(20))?.[0], 'chrome');
});

test('a list right after the prose, under its subheading and with no item a link, is the article; a list of links after it is not', () => {
  const items = ['England (Group A): 10th appearance', 'Spain (Group F): 11th appearance', 'France (Group H): 10th appearance'];
  const more = ['Another story', 'One more story'];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><h3>Qualified teams</h3>
    <ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul><ul>${more.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul></div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Qualified teams', ...items, ...more]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of items) assert.equal(role(t), 'content', t);
  assert.equal(role('Qualified teams'), 'heading');
  for (const t of more) assert.equal(role(t), 'chrome', t);
});

test('a list set as paragraphs right after the prose, each opening as the others do (a date and a colon, a figure), is the article; furniture lines after a story are not', () => {
  const events = [
    'Jan. 15-18: Harbour Boat Show, Civic Center, 500',
    'Jan. 16-19: Regional Hockey Tournament, Ice Arena, 200',
    'Jan. 21-25: Medical Alliance, Southern Regional Meeting, Harbour Hotel, 150',
    'Jan. 27-28: Spring Career Fair, Convention Hall, 300',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>Coming events</p>${events.map((e) => `<p>${e}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Coming events', ...events]);
  for (const e of events) assert.equal(r.find(([, x]) => x === e)?.[0], 'content', e);
  const furniture = ['Photo: Jane Doe/Harbour Times', 'Follow Jane Doe on Twitter: @janedoe', 'Copyright: Harbour Times 2019'];
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>${furniture.map((e) => `<p>${e}</p>`).join('')}</div></body></html>`, [para(1), para(2), ...furniture]);
  for (const e of furniture) assert.equal(r2.find(([, x]) => x === e)?.[0], 'chrome', e);
});

test('teasers of other stories (a paragraph under each linked headline, three or more in a row) are chrome; a subheading under a cited address is not', () => {
  const teasers = [1, 2, 3].map((k) => `Teaser ${k} tells of another story the site ran this week about the town council and its many plans.`);
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    ${teasers.map((t, k) => `<h3><a href="/s${k}">Another story number ${k} of the week</a></h3><p>${t}</p>`).join('')}
    <p>${para(4)}</p><p><a href="http://example.com/source.html">http://example.com/source.html</a></p><h2>What comes next for the plan</h2><p>${para(5)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), ...teasers, para(4), 'What comes next for the plan', para(5)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of teasers) assert.equal(role(t), 'chrome', t);
  for (const n of [1, 2, 3, 4, 5]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
  assert.equal(role('What comes next for the plan'), 'heading');
});

test("a pointer to another story boxed in a figure's table among the story's paragraphs heads no teaser: the paragraph under each box stays the story's", () => {
  const box = (k: number): string =>
    `<figure class="wp-block-table"><table><tbody><tr><td></td></tr><tr><td><a href="/guide${k}"><strong>Step-by-step guide number ${k} to the new town hall</strong></a></td></tr></tbody></table></figure>`;
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${[2, 3, 4].map((n) => `${box(n)}<p>${para(n)}</p>`).join('')}<p>${para(5)}</p></div></body></html>`;
  const r = roles(html, [1, 2, 3, 4, 5].flatMap((n) => (n > 1 && n < 5 ? [`Step-by-step guide number ${n} to the new town hall`, para(n)] : [para(n)])));
  for (const n of [1, 2, 3, 4, 5]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test("furniture labels set among the story ('Advertisement', 'Read more: …', a list's label: 'Lire aussi', 'Читайте также') are chrome; a list's label right above the story's prose, and a sentence opening with such a word, are kept", () => {
  const labels = ['Advertisement', 'Read more: Council names new chief', 'Lire aussi', 'Читайте также:', "DON'T MISS"];
  const links = '<ul><li><a href="/a">Town opens its new library</a></li><li><a href="/b">Mayor names a new chief</a></li></ul>';
  const lead = 'More than 100 people came to the hall to hear the council vote on the plan on Monday.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${labels.map((l, k) => `<div>${l}</div>${k > 1 ? links : ''}<p>${para(k + 2)}</p>`).join('')}<p>${lead}</p><div>See also:</div><p>${para(8)}</p><p>${para(9)}</p></div></body></html>`;
  const article = [para(1), ...labels.flatMap((l, k) => [l, para(k + 2)]), lead, 'See also:', para(8), para(9)];
  const r = roles(html, article);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const l of labels) assert.equal(role(l), 'chrome', l);
  for (const n of [1, 2, 3, 4, 5, 6, 8, 9]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
  assert.equal(role(lead), 'content');
  assert.equal(role('See also:'), 'content');
});

test('a short label over a list of links in the story is chrome with the items that hold links; a short item or line before one link, and the headline over a share bar, are kept', () => {
  const html = `<html><body><h1>Council backs plan</h1><ul><li><a href="/c">12 Comments</a></li><li><a href="/e">Email</a></li></ul>
    <div><p>${para(1)}</p><p>${para(2)}</p>
    <h4>Stories you may want</h4><h4><a href="/a">Town opens its new library</a></h4><h4><a href="/b">Mayor names a new chief</a></h4>
    <ul><li><a href="/c">Parks</a> get a new budget for the year</li></ul>
    <p>${para(3)}</p><ul><li>Two parks</li><li>A pool</li></ul><div><a href="/shop">Buy the town guide for ten dollars</a></div><p>${para(4)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Stories you may want', 'Parks get a new budget for the year', para(3), 'Two parks', 'A pool', para(4)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role('Stories you may want'), 'chrome');
  assert.equal(role('Parks get a new budget for the year'), 'chrome');
  assert.equal(role('A pool'), 'content');
  assert.equal(role('Council backs plan'), 'heading');
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a photo's credit line ('Фото:' over its source, 'Photo: …') and a gallery's counter ('Image 2 of 5') are chrome", () => {
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><dl><dt>Фото:</dt><dd>личный архив Андрея Рудькова</dd></dl>
    <p>${para(2)}</p><div>Image 2 of 5</div><p>${para(3)}</p><div>Photo: John Smith / City Hall</div><p>${para(4)}</p></div></body></html>`;
  const r = roles(html, [para(1), 'Фото:', 'личный архив Андрея Рудькова', para(2), 'Image 2 of 5', para(3), 'Photo: John Smith / City Hall', para(4)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of ['Фото:', 'личный архив Андрея Рудькова', 'Image 2 of 5', 'Photo: John Smith / City Hall']) assert.equal(role(t), 'chrome', t);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a call to the reader ('Like this story? Share it…', 'Join our forums…', 'Abonnez-vous…') is chrome; a story's sentence opening with 'Join' or 'Follow' is kept", () => {
  const calls = [
    'Like this story? Share it with a friend!',
    'Join our forums to keep talking about the town and its plans, and tell us what you think.',
    'Abonnez-vous à notre lettre pour recevoir les nouvelles de la ville chaque matin.',
    'Follow @TownNews on Twitter to keep up with the latest from the council.',
    'Sign up for our newsletter to get the news of the town every morning.',
    'Have an opinion on this story? Share it!',
  ];
  const story = [
    'Join the two halves of the town and the plan will cost more, the mayor said on Monday evening.',
    'Follow-up meetings will be held in the spring, when the council expects to vote on the budget.',
    'Sign up for a streaming account for $12 a month and the first week is free, the company said.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${calls[0]}</p><p>${story[0]}</p><p>${para(2)}</p><p>${calls[1]}</p><p>${story[1]}</p><p>${para(3)}</p><p>${story[2]}</p><p>${calls[2]}</p><p>${calls[3]}</p><p>${calls[4]}</p><p>${calls[5]}</p></div></body></html>`;
  const r = roles(html, [para(1), calls[0]!, story[0]!, para(2), calls[1]!, story[1]!, para(3), story[2]!, calls[2]!, calls[3]!, calls[4]!, calls[5]!]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const c of calls) assert.equal(role(c), 'chrome', c);
  for (const t of story) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("an author's note ending on a follow line, a caption ending on its photo credit, a call closing a paragraph and a standfirst set twice are chrome; a quoted call is the story's", () => {
  const dek = 'Work on the plan starts in the spring, the mayor says.';
  const bio = 'Jane Doe\'s book about the town, "Our Hall" (Town Press, 2018), is out now. Follow her on Twitter @janedoe.';
  const caption = 'The town hall after the vote on Monday evening, with the new plan on the wall. (credit: City of Springfield)';
  const closing = "There's plenty more where that came from. Sign up for our newsletter to get it every morning.";
  const quote = '“The plan has my complete support. Get out and vote for it on Tuesday, @TownCouncil!”';
  const html = `<html><body><h1>Council backs plan</h1><div>${dek}</div><div>By Jane Doe</div><div>${dek}</div><div><p>${para(1)}</p><p>${caption}</p><p>${para(2)}</p>
    <p>${quote}</p><p>${para(3)}</p><p>${closing}</p><p>${bio}</p></div></body></html>`;
  const r = roles(html, [dek, para(1), caption, para(2), quote, para(3), closing, bio]);
  const all = (t: string): string[] => r.filter(([, x]) => x === t).map(([role]) => role);
  assert.deepEqual(all(dek), ['content', 'chrome']);
  for (const t of [bio, caption, closing]) assert.deepEqual(all(t), ['chrome'], t);
  assert.deepEqual(all(quote), ['content']);
  for (const n of [1, 2, 3]) assert.deepEqual(all(para(n)), ['content'], `paragraph ${n}`);
});

test("the rules of a page's comments and a site's disclaimer are chrome; a story's paragraph about comments and approval is kept", () => {
  const rules = [
    'Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
    'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
    'Disclaimer: The views expressed by the experts on this site are their own and not those of the site.',
    'This page is archived, and is no longer publicly editable. Articles presented here reflect the time at which they were written.',
  ];
  const news = 'The council approved the plan on Monday after hearing public comments and the guidelines of the state.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${news}</p><p>${para(2)}</p>${rules.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), news, para(2), ...rules]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of rules) assert.equal(role(t), 'chrome', t);
  assert.equal(role(news), 'content');
  for (const n of [1, 2]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("comment rules that ask the reader to log in or name the site's terms, a form's legal line and a form's labels are chrome; news of terms and comments is kept", () => {
  const furniture = [
    'To leave a comment, sign in with your library card first. Comments must follow our terms of use.',
    'By clicking Join you accept the Town Herald privacy policy and agree to get our morning letter.',
    "En vous inscrivant, vous acceptez les conditions d'utilisation du site.",
    'Type your email address here',
    'Subscribe now',
  ];
  const news = [
    'Residents who post comments on the council website will have to log in with their real names from May, the clerk said.',
    'Every member of the club must accept the new terms of use before the season opens in April.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${news[0]}</p><p>${para(2)}</p><p>${news[1]}</p><p>${para(3)}</p>${furniture.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), news[0]!, para(2), news[1]!, para(3), ...furniture]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture) assert.equal(role(t), 'chrome', t);
  for (const t of news) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a notice about cookies, a plea for donations and a timestamp the page sets (a time ago, a date with a time, 'Updated …') are chrome; cookies, donations, a date and a bare clock time heading the story's section are kept", () => {
  const furniture = [
    'We use cookies to make this site work better for you. By staying on the page you agree to our use of cookies.',
    'Cette page utilise des cookies. Consultez notre politique de cookies.',
    'Support local news',
    'Your donation keeps our reporters at city hall. Give what you can before midnight.',
    'Updated 10:42 GMT',
    '12 minutes ago',
    'Thursday, October 17, 2013, 8:09 PM',
    'il y a 5 minutes',
  ];
  const story = [
    'The bakery on Main Street will sell cookies at the fair, and every sale goes to the school.',
    'Residents may donate old books at the library until Friday, the clerk said.',
    'March 3, 2020',
    'Doors open at 7:30pm',
    '10 p.m.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${story[0]}</p><p>${para(2)}</p><p>${story[1]}</p><h3>${story[2]}</h3><p>${para(3)}</p><p>${story[3]}</p><h3>${story[4]}</h3><p>${para(4)}</p>${furniture.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), story[0]!, para(2), story[1]!, story[2]!, para(3), story[3]!, story[4]!, para(4), ...furniture]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.notEqual(role(t), 'chrome', t);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a paragraph of the story that the extractor let go between two of its paragraphs is kept; a linked headline or a call to the reader there is not", () => {
  const cited = 'The findings were set out on Tuesday in <a href="/r">a report to the state</a> by the planning office.';
  const citedText = 'The findings were set out on Tuesday in a report to the state by the planning office.';
  const teaser = '<a href="/x">Mayor opens the new bridge over the river at last</a>';
  const call = 'Sign up for our newsletter to get the town news every morning in your inbox.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${cited}</p><p>${para(3)}</p><p>${teaser}</p><p>${para(4)}</p><p>${call}</p><p>${para(5)}</p></div></body></html>`;
  const r = roles(html, [1, 2, 3, 4, 5].map(para));
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(citedText), 'content');
  assert.equal(role('Mayor opens the new bridge over the river at last'), 'chrome');
  assert.equal(role(call), 'chrome');
  for (const n of [1, 2, 3, 4, 5]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a story's tags, a picture's credit line and a page's controls ('Suggest a correction', 'Loading Slideshow') are chrome; a sentence that opens the same way is kept", () => {
  const furniture = [
    'Filed under: Town Hall, Budget, Schools',
    'Archivado en: Ayuntamiento, Presupuestos',
    'Photographs by Maria Lopez for the Town Herald',
    'Thumbnail image courtesy of Flickr, Tom Hale',
    'Foto de Reuters',
    'Suggest a correction',
    'Loading Slideshow',
  ];
  const story = ['Video by a bystander shows the mayor leaving the hall.', 'Photos by residents were shown at the meeting on Monday, the clerk said.'];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${furniture.slice(2, 5).map((t) => `<p>${t}</p>`).join('')}<p>${story[0]}</p><p>${para(2)}</p><p>${story[1]}</p><p>${para(3)}</p>${furniture.slice(5).map((t) => `<p>${t}</p>`).join('')}<p>${para(4)}</p>${furniture.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), ...furniture.slice(2, 5), story[0]!, para(2), story[1]!, para(3), ...furniture.slice(5), para(4), ...furniture.slice(0, 2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a pitch that speaks to the reader and closes on a click, and a call to try the site's letter, are chrome; a story's paragraph with a click in a quotation or no word to the reader is kept", () => {
  const pitch = "Want to know which parks open first this summer? You will find the answer in our free guide. To read it today, just click here.";
  const call = 'Try our morning letter, The Town Daily, and see what you have been missing!';
  const story = 'The council posted the plan on its website on Monday. Residents who want a copy were told to click here, on the page of the clerk.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${story}</p><p>${para(3)}</p><p>${pitch}</p><p>${call}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), story, para(3), pitch, call]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [pitch, call]) assert.equal(role(t), 'chrome', t);
  assert.equal(role(story), 'content');
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("notes on the writers that close a piece with no byline above it are chrome; a closing paragraph about someone in the story is kept", () => {
  const notes = ['Ana María Ruiz is a senior fellow at the Institute for Town Planning.', 'Tom J. Hale was a reporter for the Town Herald for 20 years. He lives in Springfield.'];
  const closing = 'Jane Roe, the mayor, is expected to sign the plan into law on Friday.';
  const story = 'Peter Smith is a baker on Main Street whose shop stood where the new hall will go, and he said he was glad to move.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${story}</p><p>${para(3)}</p><p>${closing}</p>${notes.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), story, para(3), closing, ...notes]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of notes) assert.equal(role(t), 'chrome', t);
  for (const t of [story, closing]) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
  // A closing line on someone's job that is no writer's calling is the story's.
  const job = 'Maria Gonzalez is the director of the housing office.';
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${job}</p></div></body></html>`, [para(1), para(2), job]);
  assert.equal(r2.find(([, x]) => x === job)?.[0], 'content');
});

test("a list label said at length, a privacy banner's head, an agency's photo credit and a call to become a member, in several languages, are chrome; a line of the story ending on a colon is kept", () => {
  const furniture = ['Lesen Sie auch die folgenden Beiträge:', 'Wir respektieren deine Privatsphäre', 'AFP / MARIA LOPEZ', 'Hazte miembro y disfruta de beneficios exclusivos'];
  const story = 'More than 300 people signed the letter, among them:';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${furniture[2]}</p><p>${para(2)}</p><p>${story}</p><ul><li>Jane Roe</li><li>Tom Hale</li></ul><p>${para(3)}</p><p>${furniture[3]}</p><p>${para(4)}</p>
    <p>${furniture[0]}</p><ul><li><a href="/a">Mayor opens the bridge</a></li><li><a href="/b">Schools get new roofs</a></li></ul><p>${furniture[1]}</p></div></body></html>`;
  const r = roles(html, [para(1), furniture[2]!, para(2), story, 'Jane Roe', 'Tom Hale', para(3), furniture[3]!, para(4), furniture[0]!, 'Mayor opens the bridge', 'Schools get new roofs', furniture[1]!]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [...furniture, 'Mayor opens the bridge']) assert.equal(role(t), 'chrome', t);
  for (const t of [story, 'Jane Roe', 'Tom Hale']) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a comments section headed with the piece's title ('2 thoughts on “…”') or 'Leave a Reply' ends the story, even when the extractor kept the comments", () => {
  const comment = (n: number): string => `Comment ${n}: I was at the meeting on Monday evening and I think the council made the right call on the plan for the town hall.`;
  for (const head of ['2 thoughts on “Council backs plan”', 'Leave a Reply', 'Vos réactions (2)']) {
    const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><h3>${head}</h3><p>${comment(1)}</p><p>${comment(2)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2), para(3), head, comment(1), comment(2)]);
    const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
    for (const t of [head, comment(1), comment(2)]) assert.equal(role(t), 'chrome', `${head}: ${t}`);
    for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
  }
});

test("a call for the reader's own story and a call to the reader in German, French or Spanish are chrome; a question in the story is kept", () => {
  const calls = ['SHARE YOUR STORY', 'Do you have a problem with a landlord that you have not been able to fix? Write to the Herald desk.', 'Gefällt dir unser Stadtmagazin? Dann teile es mit Freunden.', 'Vous avez aimé cet article ? Partagez-le.'];
  const story = 'Do residents want the new hall? The council asked them in a survey last spring, and most said yes.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${story}</p><p>${para(2)}</p><p>${para(3)}</p>${calls.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), story, para(2), para(3), ...calls]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of calls) assert.equal(role(t), 'chrome', t);
  assert.equal(role(story), 'content');
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("a byline on its own line, a note on what the site earns from its links, a player's notice and a control's label are chrome; a sentence opening with 'By' is kept", () => {
  const furniture = [
    'By Maria Lopez and Tom Hale on Tuesday, March 3rd, 2020 at 9:15 a.m.',
    'Par Jeanne Martin, le 4 mars 2020',
    'The Town Herald may earn a small commission if you buy something through the links in this story.',
    'To watch this clip, JavaScript must be enabled in the settings of the page.',
    'Sorry, this video is not available where you live.',
    'Caption',
    'Close',
  ];
  const story = [
    'By Tuesday, officials had counted 4,000 ballots and said the plan had won by a wide margin.',
    'The shop will earn a commission on every sale of the new bikes, the council said in its report.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${furniture[0]}</p><p>${para(1)}</p><p>${furniture[1]}</p><p>${story[0]}</p><p>${furniture[2]}</p><p>${para(2)}</p>
    ${furniture.slice(3).map((t) => `<p>${t}</p>`).join('')}<p>${story[1]}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [furniture[0]!, para(1), furniture[1]!, story[0]!, furniture[2]!, para(2), ...furniture.slice(3), story[1]!, para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture.filter((t) => !t.startsWith('Sorry'))) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test('the headline is the line that says the title, not a share line that holds it', () => {
  const dek = 'The vote ends a year of debate over the money, and work starts in the spring.';
  const html = `<html><body><h1>Council backs plan</h1><ul><li>Share this story on: Council backs plan</li></ul><p>${dek}</p><div><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role('Council backs plan'), 'heading');
  assert.equal(role('Share this story on: Council backs plan'), 'chrome');
  assert.equal(role(dek), 'content');
});

test('a paragraph of the story mostly in links is kept while some of it is not a link; a linked teaser is not', () => {
  const cited = 'The mayor faces <a href="/a">a vote of the whole council on the cost of the plan</a> in the spring.';
  const teaser = '<a href="/b">Plane lands safely after the storm over the bay</a> [VIDEO]';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${cited}</p><p>${teaser}</p><p>${para(2)}</p></div></body></html>`;
  const citedText = 'The mayor faces a vote of the whole council on the cost of the plan in the spring.';
  const teaserText = 'Plane lands safely after the storm over the bay [VIDEO]';
  const r = roles(html, [para(1), citedText, teaserText, para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(citedText), 'content');
  assert.equal(role(teaserText), 'chrome');
});

test("a last paragraph signed by its agency ('… the US. PTI') or citing its journal in a link closes the prose; a first paragraph with no stop is the story's", () => {
  const lead = 'The council backed the plan for the new library and two parks on Monday evening after a debate of four hours in the town hall';
  const signed = 'On Friday, more than 300 people came to the hall to hear the plan, the first such meeting in ten years. PTI';
  const journal = 'The figures were published today in <a href="/j">the Town Journal</a>.';
  const html = `<html><body><h1>Council backs plan</h1><div><div>${lead}</div><p>${para(1)}</p><p>${para(2)}</p><p>${journal}</p></div></body></html>`;
  const r = roles(html, [lead, para(1), para(2), 'The figures were published today in the Town Journal.']);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(lead), 'content');
  assert.equal(role('The figures were published today in the Town Journal.'), 'content');
  const html2 = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${signed}</p></div><ul><li><a href="/x">Other news</a></li></ul></body></html>`;
  const r2 = roles(html2, [para(1), para(2), signed]);
  assert.equal(r2.find(([, x]) => x === signed)?.[0], 'content');
});

test("a newsletter's pitch, a copyright notice, a media label ('VIDEO: …'), a form's call and a broader note on commissions are chrome; a story about copyright or a newsletter is kept", () => {
  const furniture = [
    'Love the town? Our Morning Hall newsletter has the best of it, delivered right to your inbox.',
    'Copyright 2014 The Town Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'VIDEO: The mayor speaks after the vote',
    'Have a question about the plan? Fill out the form below and our team will answer it.',
    'We use affiliate links in our guides and earn commissions when you buy through them.',
    "If you're enjoying this article, consider supporting our journalism with a subscription.",
  ];
  const story = [
    'Copyright claims against the town rose last year, when 40 artists sued over the murals in the hall.',
    'The newsletter of the council, sent to 3,000 homes, will now carry the minutes of every meeting.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${furniture.map((t) => `<p>${t}</p>`).join('')}<p>${story[0]}</p><p>${story[1]}</p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), ...furniture, ...story, para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
});

test("teasers set as a linked headline, a date line and a summary, three in a row after the story, are chrome; the story's own paragraphs between linked headlines are kept", () => {
  const items = [1, 2, 3].map((k) => [`<h4><a href="/t${k}">Other story number ${k} from the town</a></h4>`, `updated 4:1${k} PM EST, Fri January ${k}, 2013`, `Summary ${k} of another story that the site ran this week about the town.`]);
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    ${items.map(([h, d, t]) => `${h}<div>${d}</div><p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), ...items.flatMap(([, d, t]) => [d!, t!])]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const [, d, t] of items) {
    assert.equal(role(t!), 'chrome', t);
    assert.equal(role(d!), 'chrome', d);
  }
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
  // Inline links to other stories between the story's paragraphs, two paragraphs under each: the story.
  const inline = `<html><body><h1>Council backs plan</h1><div>${[1, 2, 3, 4].map((k) => `<p><a href="/o${k}">Other story number ${k} from the town</a></p><p>${para(2 * k)}</p><p>${para(2 * k + 1)}</p>`).join('')}</div></body></html>`;
  const r2 = roles(inline, [2, 3, 4, 5, 6, 7, 8, 9].map(para));
  for (const n of [2, 3, 4, 5, 6, 7, 8, 9]) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test("teasers set as a linked headline, a summary and a line of its writer and date under it ('By Jane Roe · 03/02/2020'), three in a row after the story, are chrome", () => {
  // Written for this test.
  const items = [1, 2, 3].map((k) => [`<h3><a href="/t${k}">Other story number ${k} from the town</a></h3>`, `Summary ${k} of another story that the site ran this week about the town and its harbour, the ferry and the long debate in the hall. It says the vote was close.`, `By Writer Number${k}\nOn 0${k}/02/2020`]);
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    ${items.map(([h, t, d]) => `${h}<p>${t}</p><div>${d!.replace('\n', '<br>')}</div>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), ...items.flatMap(([, t, d]) => [t!, d!])]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const [, t] of items) assert.equal(role(t!), 'chrome', t);
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content', `paragraph ${n}`);
});

test("notes set under the story that open on a reference mark ('※ …') and a key to the marks set in the story (list items opening on an ellipsis) are chrome; the story's own paragraphs, its list, a note mark among its paragraphs, and an interview's questions opening on an asterisk are kept", () => {
  // Written for this test.
  const key = ['…the names of people', '…the names of towns and places'];
  const notes = ['※ Words underlined in the story are explained in the glossary at the foot of the page, and a press on a word opens its entry and reads it out.', '※ The names of the children have been changed at the request of their families, who asked that they not be named.'];
  const list = ['Two new parks for the north of the town', 'A pool by the harbour for the summer'];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><ul>${list.map((l) => `<li>${l}</li>`).join('')}</ul><p>${para(3)}</p>
    <ul>${key.map((k) => `<li>${k}</li>`).join('')}</ul>${notes.map((n) => `<p>${n}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), ...list, para(3), ...key, ...notes]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [...key, ...notes]) assert.equal(role(t), 'chrome', t);
  for (const t of [para(1), para(2), para(3), ...list]) assert.equal(role(t), 'content', t);
  // A note among the story's paragraphs, the story going on after it, is the story's.
  const among = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${notes[0]}</p><p>${para(2)}</p></div></body></html>`;
  assert.equal(roles(among, [para(1), notes[0]!, para(2)]).find(([, x]) => x === notes[0])?.[0], 'content');
  // An interview whose questions open on an asterisk, down to the last: the story.
  const qa = [1, 2, 3].map((n) => `*Question ${n}: what did the council decide on the plan for the harbour, and why?<br>-${para(n)}`);
  const interview = `<html><body><h1>Council backs plan</h1><div><p>${para(4)}</p>${qa.map((q) => `<p>${q}</p>`).join('')}</div></body></html>`;
  const r3 = roles(interview, [para(4), ...qa.map((q) => q.replace('<br>', '\n'))]);
  for (const n of [1, 2, 3]) assert.equal(r3.find(([, x]) => x.startsWith(`*Question ${n}`))?.[0], 'content', `question ${n}`);
});

test("a line pointing elsewhere ('Watch more of the vote »', '… click here'), a reporter's address on its own line, a call for readers' experiences with its rules and a note on where the story first ran are chrome", () => {
  const furniture = [
    'Watch more of the debate in the hall »',
    'For the latest from the council, click here.',
    'jane.doe@townherald.example',
    'Have you been affected by the flooding? You can send your experiences using the form below.',
    'A selection of your comments may be published, with your name and town unless you ask otherwise.',
    'This story appears in the March 4, 2013 issue of the Town Herald.',
  ];
  const story = ['The council said it would click into action once the money for the plan arrives in the spring.'];
  const subheading = 'Les « boîtes noires »';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${furniture.map((t) => `<p>${t}</p>`).join('')}<p>${story[0]}</p><h3>${subheading}</h3><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), ...furniture, ...story, subheading, para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of furniture) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
  assert.equal(role(subheading), 'heading');
});

test("a paragraph closing on a pointer to a video ('… the vote. Watch more of the debate »') keeps its sentences; the pointer is chrome of its own", () => {
  const said = 'The mayor said the vote would stand, whatever the courts decide about the money."';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>"${said} <span><img alt="Video"> <a href="#v">Watch more of the debate »</a></span></p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), `"${said} Watch more of the debate »`, para(2)]);
  assert.deepEqual(
    r.filter(([, t]) => t.includes('mayor said the vote') || t.includes('Watch more')).map(([role, t]) => [role, t.trim()]),
    [
      ['content', `"${said}`],
      ['chrome', 'Watch more of the debate »'],
    ],
  );
});

test("a list that closes the story keeps its last short item, and items with a small link in them ('… archived at @handle')", () => {
  const items = [1, 2, 3].map((k) => `Member ${k} of the council: you can still write to the member at the town hall, and the old letters will be kept in the archive.`);
  const last = 'Jane Roe: her letters will be kept at <a href="/jr">@JaneRoe</a>.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><ul>${items.map((t) => `<li>${t}</li>`).join('')}<li>${last}</li></ul></div><div class="related"><ul><li><a href="/a">Other story</a></li></ul></div></body></html>`;
  const lastText = 'Jane Roe: her letters will be kept at @JaneRoe.';
  const r = roles(html, [para(1), para(2), ...items, lastText]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [...items, lastText]) assert.equal(role(t), 'content', t);
});

test("the story's dateline on a line of its own right above its first paragraph ('NEW YORK -') is kept; a date line elsewhere above the story is not", () => {
  const html = `<html><body><h1>Council backs plan</h1><div>Updated 10.06.08, 6:20 PM ET</div><div>NEW YORK -</div><div><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role('NEW YORK -'), 'content');
  assert.equal(role('Updated 10.06.08, 6:20 PM ET'), 'chrome');
});

test("a caption set as a paragraph that ends on its photographer, agency and date ('… (Jane Doe, AP / March 4, 2013)') is chrome; a sentence citing a poll in brackets is kept", () => {
  const caption = 'Workers paint the new hall on Friday, ahead of the vote. (Jane Doe, AP / March 4, 2013)';
  const poll = 'Most voters back the plan, a survey found (Town Herald/Ipsos, 2013).';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${caption}</p><p>${poll}</p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [para(1), caption, poll, para(2)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(caption), 'chrome');
  assert.equal(role(poll), 'content');
});

test("the reporter's e-mail address on the last line of the story's paragraphs (set apart by <br>) is chrome of its own; the paragraphs stay", () => {
  const html = `<html><body><h1>Council backs plan</h1><div class="story">${para(1)}<br><br>${para(2)}<br><br>${para(3)}<br><br><a href="mailto:jane.doe@townherald.example">jane.doe@townherald.example</a></div></body></html>`;
  const r = roles(html, [[para(1), para(2), para(3), 'jane.doe@townherald.example'].join(' ')]);
  assert.deepEqual(r.filter(([, t]) => t.includes('@')).map(([role, t]) => [role, t.trim()]), [['chrome', 'jane.doe@townherald.example']]);
  assert.ok(r.some(([role, t]) => role === 'content' && t.includes(para(3))));
});

test("lines of the page's furniture among the story's lines set apart by <br> ('Read more: …', a copyright notice) are chrome of their own; the story's lines stay", () => {
  const furniture = ['Read more: Council delays vote on the budget', 'Copyright 2011 The Town Press. All rights reserved.'];
  const html = `<html><body><h1>Council backs plan</h1><div class="story">${para(1)}<br>${furniture[0]}<br>${para(2)}<br>${para(3)}<br>${furniture[1]}</div></body></html>`;
  const r = roles(html, [[para(1), furniture[0], para(2), para(3), furniture[1]].join(' ')]);
  for (const t of furniture) assert.deepEqual(r.filter(([, x]) => x.includes(t)).map(([role, x]) => [role, x.trim()]), [['chrome', t]], t);
  for (const n of [1, 2, 3]) assert.ok(r.some(([role, x]) => role === 'content' && x.includes(para(n))), `paragraph ${n}`);
});

test("a block of the story whose every line is furniture, one <br> apart ('Posted: …' then 'Updated: …'), is chrome whole", () => {
  const stamps = ['Posted: 3 March 2021 10:15', 'Updated: 3 March 2021 12:40'];
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${stamps.join('<br>')}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), stamps.join(' ')]);
  for (const t of stamps) assert.ok(!r.some(([role, x]) => role !== 'chrome' && x.includes(t)), t);
  for (const n of [1, 2, 3]) assert.ok(r.some(([role, x]) => role === 'content' && x.includes(para(n))), `paragraph ${n}`);
});

test("an author's note that opens on the name the byline gave ('Jane Doe is a reporter who…', 'Max Poe teaches at…') is chrome; a paragraph about someone else is the story's", () => {
  const note = 'Jane Doe is a reporter who has covered the town council for the Herald since 2009.';
  const teaches = 'Max Poe teaches at the state university. His book on the harbour comes out in May.';
  const other = 'John Roe is the mayor who put the plan to the council, and he has said he will sign it.';
  const html = `<html><body><h1>Council backs plan</h1><div>By Jane Doe and Max Poe</div><div><p>${para(1)}</p><p>${other}</p><p>${para(2)}</p><p>${note}</p><p>${teaches}</p></div></body></html>`;
  const r = roles(html, [para(1), other, para(2), note, teaches]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(note), 'chrome');
  assert.equal(role(teaches), 'chrome');
  assert.equal(role(other), 'content');
});

test("a standfirst in a box named as chrome is kept when it is the page's own description; without one it stays chrome", () => {
  const dek = 'The harbour authority will close the old ferry pier for a year while engineers rebuild its rotting timber piles.';
  const html = `<html><body><div class="story-promo"><h2>Ferry pier to close for repairs</h2><p class="story-teaser">${dek}</p>
    <div>By Ann Lee | March 3</div></div><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const roleOf = (excerpt: string | null, t: string): string | undefined => {
    const hint: ArticleHint = { title: 'Ferry pier to close for repairs', blocks: [1, 2, 3].map(para), linkShare: 0, excerpt };
    const b = markArticle(read, blocks, hint).blocks!.find((x) => read.text.slice(x.start, x.end) === t);
    return b?.role;
  };
  assert.equal(roleOf(dek, dek), 'content');
  // A description cut short by the site still names the block it opens.
  assert.equal(roleOf('The harbour authority will close the old ferry pier for a year while', dek), 'content');
  assert.equal(roleOf(null, dek), 'chrome');
  // A description that is another text says nothing of the box.
  assert.equal(roleOf('Read the latest local news, weather and sport from the coast every day.', dek), 'chrome');
});

test('a list set as lines (<br>) under a short label right after the prose is the article; a list of links there is not', () => {
  const dates = 'May 2 – Leeds, Town Hall<br>May 4 – York, Grand Opera House<br>May 9 – Hull, City Hall';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>
    <p><strong>Tour dates</strong></p><p>${dates}</p><p><a href="/a">Share on Facebook</a><br><a href="/b">Share by e-mail</a></p></div></body></html>`;
  const lines = dates.split('<br>');
  const r = roles(html, [para(1), para(2), 'Tour dates', lines.join(' '), 'Share on Facebook Share by e-mail']);
  const role = (t: string): string | undefined => r.find(([, x]) => x.includes(t))?.[0];
  assert.equal(role('Tour dates'), 'content');
  for (const l of lines) assert.equal(role(l), 'content', l);
  assert.equal(role('Share on Facebook'), 'chrome');
});

test("a paywall's notice to the reader is chrome; a sentence reporting what a publisher said of its subscribers is news", () => {
  const notices = [
    'To read the rest of this report, please log in or subscribe to the Valley Courier.',
    'Already a subscriber? You can sign in for full access to this story.',
    'Cet article est réservé aux abonnés.',
  ];
  const news = 'Subscribers who log in before Friday will keep their discount, the publisher said in a statement on Monday.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${notices.map((t) => `<p>${t}</p>`).join('')}
    <p>${para(2)}</p><p>${news}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), ...notices, para(2), news, para(3)]);
  for (const t of notices) assert.equal(r.find(([, x]) => x === t)?.[0], 'chrome', t);
  assert.equal(r.find(([, x]) => x === news)?.[0], 'content');
});

test('a comments section under a short story is not the article, however long its comments; a table column named "Comment" is no such head', () => {
  const story =
    'The county library will open on Sundays from next month, its board decided on Tuesday after a vote of five to two. Staff will be paid at the weekend rate.';
  const said = 'I have waited years for this and I will be there on the first Sunday with my children and our library cards.';
  const other = 'Sunday hours cost money that the county would do better to spend on the roads that flood every single spring.';
  const html = `<html><body><h1>Library to open on Sundays</h1><div><p>${story}</p><h2>Listen to the board meeting</h2>
    <p>Recent comments on our stories</p><p>${said}</p><p>${other}</p></div></body></html>`;
  const r = roles(html, [story, 'Listen to the board meeting', 'Recent comments on our stories', said, other], 'Library to open on Sundays');
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(story), 'content');
  for (const t of ['Listen to the board meeting', 'Recent comments on our stories', said, other]) assert.equal(role(t), 'chrome', t);
  // A table's column named "Comment", among the story: the story goes on under it.
  const table = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><table><tr><td>Item</td><td>Comment</td></tr>
    <tr><td>Parks</td><td>Approved</td></tr></table><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r2 = roles(table, [para(1), 'Item Comment', 'Parks Approved', para(2), para(3)]);
  for (const n of [1, 2, 3]) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test("a pitch to sign up for the site's newsletter or to download its app is chrome; what a company said of its app or newsletter is news", () => {
  const pitches = [
    'Never miss a story from the valley by signing up to our free morning newsletter today!',
    'For breaking news alerts from the Courier, download our app for iPhone and Android.',
  ];
  const news = [
    'Customers can download the bank’s new app for iOS and Android from Monday, a spokeswoman said.',
    'The mayor said residents who sign up for the council newsletter will hear about road closures first.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>${pitches.map((t) => `<p>${t}</p>`).join('')}
    <p>${para(2)}</p>${news.map((t) => `<p>${t}</p>`).join('')}<p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), ...pitches, para(2), ...news, para(3)]);
  for (const t of pitches) assert.equal(r.find(([, x]) => x === t)?.[0], 'chrome', t);
  for (const t of news) assert.equal(r.find(([, x]) => x === t)?.[0], 'content', t);
});

test('a last paragraph of a few words that states a fact closes the story; one that speaks to the reader does not', () => {
  const closing = 'Police are investigating.';
  const html = (last: string): string =>
    `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${last}</p></div><ul><li><a href="/a">Other story</a></li></ul></body></html>`;
  assert.equal(roles(html(closing), [para(1), para(2), closing]).find(([, x]) => x === closing)?.[0], 'content');
  for (const line of ['Thanks for reading!', 'Enjoy the weekend.', 'See you next week.'])
    assert.equal(roles(html(line), [para(1), para(2), line]).find(([, x]) => x === line)?.[0], 'chrome', line);
});

test('the one word "Comments" set among the story as a toolbar\'s label does not end it; as a heading under the story it does', () => {
  const html = (label: string): string =>
    `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>${label}<p>${para(3)}</p><p>${para(4)}</p></div></body></html>`;
  const article = [para(1), para(2), 'Comments', para(3), para(4)];
  const inBar = roles(html('<div><span>Comments</span></div>'), article);
  for (const n of [1, 2, 3, 4]) assert.equal(inBar.find(([, x]) => x === para(n))?.[0], 'content', `toolbar, paragraph ${n}`);
  const asHead = roles(html('<h3>Comments</h3>'), article);
  for (const n of [1, 2]) assert.equal(asHead.find(([, x]) => x === para(n))?.[0], 'content', `heading, paragraph ${n}`);
  for (const n of [3, 4]) assert.equal(asHead.find(([, x]) => x === para(n))?.[0], 'chrome', `heading, paragraph ${n}`);
});

test("a box above the story that repeats its first paragraph is no standfirst, even when that paragraph is the page's description", () => {
  const lead = para(1);
  const html = `<html><body><h1>Council backs plan</h1><div class="share-summary"><p>${lead}</p></div>
    <div><p>${lead}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const hint: ArticleHint = { title: 'Council backs plan', blocks: [lead, para(2), para(3)], linkShare: 0, excerpt: lead };
  const kept = markArticle(read, blocks, hint).blocks!.filter((b) => b.role === 'content' && read.text.slice(b.start, b.end) === lead);
  assert.equal(kept.length, 1);
});

test("a shop's button closing a line ('Buy on Amazon', a product's blurb ending 'Order on Amazon', 'Jetzt kaufen') and a pointer opening on 'Learn more' are chrome; a story's sentence about buying is kept", () => {
  const chrome = [
    'Buy on Amazon',
    'The Field Guide to Garden Birds: every bird you will see at the feeder, with maps. Order on Amazon',
    'Wanderschuhe für den Winter Jetzt kaufen',
    'Learn more about our accounting software for small firms and find the plan that suits you.',
    'Find out more',
  ];
  const story = [
    'Analysts told investors to buy now, before the council votes on the plan next month.',
    'Shoppers who order on Monday will get their parcels on Friday, the postal service said in a statement.',
    'Learning more about the plan took residents weeks of meetings, the mayor said on Monday.',
  ];
  const body = [para(1), chrome[0]!, para(2), chrome[1]!, story[0]!, chrome[2]!, story[1]!, chrome[3]!, story[2]!, chrome[4]!, para(3)];
  const html = `<html><body><h1>Council backs plan</h1><div>${body.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, body);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of chrome) assert.equal(role(t), 'chrome', t);
  for (const t of [...story, para(1), para(2), para(3)]) assert.equal(role(t), 'content', t);
});

test("a byline opening 'Posted by', 'Publicado por:' or 'Publié par', and a name with the time it was filed ('Ruth Okafor 04.11.09, 7:15 PM ET') are chrome; a sentence opening 'Published by' is kept", () => {
  const chrome = ['Posted by Ruth Okafor on April 11, 2009 at 7:15 pm', 'Publicado por: Ana Lima', 'Publié par Jean Dupont le 12 mars 2019', 'Ruth Okafor 04.11.09, 7:15 PM ET'];
  const story = 'Published by the council on Monday, the plan sets out how the town will pay for its new roads.';
  const body = [chrome[0]!, para(1), chrome[1]!, para(2), chrome[2]!, story, chrome[3]!, para(3)];
  const html = `<html><body><h1>Council backs plan</h1><div>${body.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, body);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of chrome) assert.equal(role(t), 'chrome', t);
  for (const t of [story, para(1), para(2), para(3)]) assert.equal(role(t), 'content', t);
});

test('a lead of a few words right above the prose ("The vote was close.") is the story\'s; a short line above it with no stop or speaking to the reader is not', () => {
  const lead = 'The vote was close.';
  for (const [above, kept] of [
    [lead, true],
    ['Council news', false],
    ['You will want to read this.', false],
  ] as const) {
    const html = `<html><body><h1>Council backs plan</h1><div><p>${above}</p><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
    const r = roles(html, [above, para(1), para(2)]);
    assert.equal(r.find(([, x]) => x === above)?.[0], kept ? 'content' : 'chrome', above);
    assert.equal(r.find(([, x]) => x === para(1))?.[0], 'content');
  }
});

test('a closing line right after a list that closes the story is the story\'s; a link list after it is not', () => {
  const items = ['Roads get new lights in the spring.', 'The library opens on Sundays.', 'Buses run later on Fridays.'];
  const last = 'The council meets again in May.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul><p>${last}</p>
    <ul><li><a href="/a">Other story one about roads</a></li><li><a href="/b">Other story two about buses</a></li></ul></div></body></html>`;
  const r = roles(html, [para(1), para(2), ...items, last, 'Other story one about roads', 'Other story two about buses']);
  for (const t of [...items, last]) assert.equal(r.find(([, x]) => x === t)?.[0], 'content', t);
  assert.equal(r.find(([, x]) => x === 'Other story one about roads')?.[0], 'chrome');
});

test("a box summing the story up under 'Story highlights', 'Key points', 'The short version', 'Kort fortalt', 'I korthet', 'Kortversjonen', 'Kurz gefasst', 'L'essentiel' or 'Lo esencial' is chrome, head and points; a list under another subheading is kept", () => {
  const points = ['Council votes 7 to 2 for the plan', 'New roads to be built by 2027'];
  const other = ['Roads get new lights in the spring.', 'The library opens on Sundays.'];
  for (const label of ['Story highlights', 'KEY POINTS:', 'The short version', 'Kort fortalt', 'I korthet', 'Kortversjonen', 'Kortversionen', 'Kurz gefasst', 'L’essentiel', 'Lo esencial']) {
    const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><h3>${label}</h3><ul>${points.map((t) => `<li>${t}</li>`).join('')}</ul>
      <p>${para(2)}</p><h3>What changes</h3><ul>${other.map((t) => `<li>${t}</li>`).join('')}</ul><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [para(1), label, ...points, para(2), 'What changes', ...other, para(3)]);
    const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
    for (const t of [label, ...points]) assert.equal(role(t), 'chrome', t);
    for (const t of [...other, para(1), para(2), para(3)]) assert.equal(role(t), 'content', t);
    assert.equal(role('What changes'), 'heading');
  }
});

/** Two readers' comments under `heads`, after a story with `line` among its paragraphs: the thread is chrome, the story (and `line`) content. */
function assertThreadEndsStory(line: string, heads: readonly [string, string]): void {
  const comments = ['I think the plan is a waste of money and the roads were fine as they were before.', 'The council should have asked us first, as it always promised it would do before a vote.'];
  const body = [para(1), line, para(2), heads[0], comments[0]!, heads[1], comments[1]!];
  const html = `<html><body><h1>Council backs plan</h1><div>${body.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, body);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [para(1), line, para(2)]) assert.equal(role(t), 'content', t);
  for (const t of [...heads, ...comments]) assert.equal(role(t), 'chrome', t);
}

test("readers' comments with no heading over them, each under a name, a time and 'says:' / 'wrote:', end the story; a quotation introduced by 'said:' does not", () => {
  const quote = 'The mayor said: we will build the roads by 2027 and pay for them at 10:00 on the dot.';
  assertThreadEndsStory(quote, ['Sam Reader says: March 3, 2019 at 10:42 am', 'On March 3, 2019, at 11:05 PM, townfan wrote:']);
});

test("a list the story announces with a colon (a linked name, then a paragraph, three or more) is the story's own, headlines and all; the same list with no such sentence above is teasers", () => {
  const items = [1, 2, 3].map((k) => [
    `Harbour firm number ${k} buys a rival`,
    `The harbour firm number ${k} said on Friday it would buy a smaller rival for an undisclosed sum. The deal should close next year.`,
  ]);
  const list = items.map(([h, t]) => `<p><a href="/deal${h!.length}">${h}</a></p><p>${t}</p>`).join('');
  const intro = 'These are the largest deals that harbour firms announced during the month of March:';
  const page = (lead: string): string => `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${lead}</p>${list}<p>${para(2)}</p></div></body></html>`;
  const announced = roles(page(intro), [para(1), intro, ...items.flat(), para(2)]);
  for (const t of items.flat()) assert.equal(announced.find(([, x]) => x === t)?.[0], 'content', t);
  // Without the sentence announcing them, three linked headlines with a summary each are teasers.
  const plain = roles(page(para(3)), [para(1), para(3), ...items.flat(), para(2)]);
  for (const [, t] of items) assert.equal(plain.find(([, x]) => x === t)?.[0], 'chrome', t);
  // A heading ending on a colon is a box's head ("Looking for more? These shops have it all:"), not the story's sentence.
  const head = 'Looking for more harbour news from the town? You will find it all here:';
  const boxed = roles(page(para(3)).replace(`<p>${para(3)}</p>`, `<p>${para(3)}</p><h3>${head}</h3>`), [para(1), para(3), head, ...items.flat(), para(2)]);
  for (const [h, t] of items) {
    assert.equal(boxed.find(([, x]) => x === t)?.[0], 'chrome', t);
    assert.equal(boxed.find(([, x]) => x === h)?.[0], 'chrome', h);
  }
});

test("subheadings set as links, each over paragraphs of the story (a guide's items linked to their shop), are the story's headings; a lone linked heading among the story is chrome", () => {
  const guide = ['Harbour Ferry Pass for the Summer', 'Riverside Bicycle with Two Baskets'];
  const body = (k: number): string => `<p>${para(k)}</p><p>${para(k + 1)}</p>`;
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p>
    <h3><a href="/shop/a">${guide[0]}</a></h3>${body(2)}<h3><a href="/shop/b">${guide[1]}</a></h3>${body(4)}</div></body></html>`;
  const r = roles(html, [para(1), guide[0]!, para(2), para(3), guide[1]!, para(4), para(5)]);
  for (const t of guide) assert.equal(r.find(([, x]) => x === t)?.[0], 'heading', t);
  for (const n of [1, 2, 3, 4, 5]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
  // One linked heading set among the story points elsewhere.
  const lone = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><h3><a href="/other">${guide[0]}</a></h3>${body(2)}</div></body></html>`;
  const r2 = roles(lone, [para(1), guide[0]!, para(2), para(3)]);
  assert.equal(r2.find(([, x]) => x === guide[0])?.[0], 'chrome');
});

test("a closing note on a company ('About Acme Harbour Services', then a paragraph opening on that name) or on the writer ('Über den Autor') is chrome with the paragraphs under it; a subheading of the story opening on 'About' stays", () => {
  const note = ['About Acme Harbour Services', 'Acme Harbour Services runs port logistics in nine countries and employs 1,200 people. It was founded in 1990.', 'Acme Harbour Services is listed in Oslo.'];
  const writer = ['Über den Autor', 'Hans Berger schreibt seit 1998 über Häfen und Schifffahrt für die Zeitung.'];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p><strong>${note[0]}</strong></p><p>${note[1]}</p><p>${note[2]}</p><h3>${writer[0]}</h3><p>${writer[1]}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), ...note, ...writer]);
  for (const t of [...note, ...writer]) assert.equal(r.find(([, x]) => x === t)?.[0], 'chrome', t);
  // The story's own subheading: the paragraph under it does not open on the name it gives.
  const sub = 'About the harbour plan';
  const story = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><h2>${sub}</h2><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r2 = roles(story, [para(1), sub, para(2), para(3)]);
  assert.equal(r2.find(([, x]) => x === sub)?.[0], 'heading');
  for (const n of [1, 2, 3]) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test("a call to comment or to write in ('What do you make of the plan? Leave a comment below.', 'Tell us what you think', 'Diskutieren Sie mit!', 'Laissez un commentaire') is chrome; the story's sentences on comments and letters are kept", () => {
  const calls = [
    'What do you make of the harbour plan? Leave a comment below.',
    'Tell us what you think about the new ferry timetable.',
    'We want to hear from you about the state of the pier.',
    'Submit your letter to the editor using the form on this page.',
    'Ihre Meinung ist gefragt! Diskutieren Sie mit über den Hafen.',
    'Laissez un commentaire sur le projet du port.',
  ];
  const story = [
    'Residents were asked to leave a comment on the council website by Friday, and more than 400 did.',
    'The mayor wrote a letter to the editor of the Herald last year about the pier.',
    // The story's last paragraph closing on such a call keeps its other sentences.
    'Picking the best ferry of the year was hard. Really hard. Surely we left out some of yours. Leave a comment and tell us which.',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${story[0]}</p><p>${para(2)}</p><p>${story[1]}</p><p>${para(3)}</p><p>${story[2]}</p>${calls.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), story[0]!, para(2), story[1]!, para(3), story[2]!, ...calls]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of calls) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
});

test("a pitch that names its price for a while ('Subscribe to the Town Herald for just $1 a week', 'Abonnez-vous pour 1 € par mois') is chrome; the story's sentences on prices and subscribers, and a product's price, are kept", () => {
  const pitches = [
    'Subscribe to the Town Herald for just $1 a week and read every story without limits.',
    'Get unlimited access to every story for $4.99/month.',
    'Abonnez-vous pour 1 € par mois, sans engagement.',
    'You can become a subscriber today: it costs only $2 a week.',
  ];
  const story = [
    'Subscribers now pay $5 a month for the digital edition, up from $3 a year ago.',
    'Passengers will pay $30 a month for a ferry pass from April, the council said.',
    'Get the Harbour Tides chart book for free (upgrade to the atlas for $2.99/mo)',
  ];
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${story[0]}</p><p>${para(2)}</p><p>${story[1]}</p><p>${para(3)}</p><p>${story[2]}</p><p>${para(4)}</p>${pitches.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), story[0]!, para(2), story[1]!, para(3), story[2]!, para(4), ...pitches]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of pitches) assert.equal(role(t), 'chrome', t);
  for (const t of story) assert.equal(role(t), 'content', t);
});

test("the line right under the headline is its deck (standfirst) though it has no stop at its end; a date line there with a clock time is not", () => {
  const deck = 'Report claims the harbour district has waited too long for a new library and two parks';
  const html = `<html><body><h1>Council backs plan</h1><p>${deck}</p><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)]);
  assert.equal(r.find(([, x]) => x === deck)?.[0], 'content');
  const stamp = 'Last updated on the evening of Monday 12 March 2025 at 10:41 in the town of Dover';
  const dated = `<html><body><h1>Council backs plan</h1><div>${stamp}</div><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  assert.equal(roles(dated, [para(1), para(2), para(3)]).find(([, x]) => x === stamp)?.[0], 'chrome');
});

test("a slideshow's own <h1> right above the story is its caption, not the story's headline", () => {
  const caption = 'In this photo taken on Tuesday the rocket is installed on a launch pad';
  const html = `<html><body><header><div>Council backs plan</div></header><div class="slideshow"><h1 class="slideshow-headline">${caption}</h1></div>
    <div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [caption, para(1), para(2), para(3)], 'Town News - Latest News and Headlines');
  assert.equal(r.find(([, x]) => x === caption)?.[0], 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test('a last paragraph closing on a German closing quote („…“) ends the story as a sentence does: it and its subheading are kept', () => {
  const last = 'Es gehe nicht bloß um höhere Einkünfte, wird in der Mitteilung betont: „Für die Stars gibt es Zuschläge, während der Nachwuchs kaum eine Chance hat.“';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><h3>Nicht bloß mehr Geld</h3><p>${last}</p></div>
    <div><a href="/1">1</a> <a href="/2">2</a></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), 'Nicht bloß mehr Geld', last]);
  assert.equal(r.find(([, x]) => x === last)?.[0], 'content');
  assert.equal(r.find(([, x]) => x === 'Nicht bloß mehr Geld')?.[0], 'heading');
});

test("a video's title set among the story (in a box named for the video or its player) is chrome; the story's paragraphs around it are kept", () => {
  const title = 'Le previsioni meteo da oggi a domenica';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p>
    <div class="inline-embed"><div class="responsive-video__title">${title}</div></div><p>${para(3)}</p><p>${para(4)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), title, para(3), para(4)]);
  assert.equal(r.find(([, x]) => x === title)?.[0], 'chrome');
  for (const n of [1, 2, 3, 4]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test("a photo's box among the story named with the caption word run into another ('photobox_right') holds a caption: chrome; the story around it is kept", () => {
  const caption = 'A new study looks at when the moment of insight takes place in the brain, and how it compares with a decision.';
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><div class="photobox_right">${caption}</div><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), caption, para(2), para(3)]);
  assert.equal(r.find(([, x]) => x === caption)?.[0], 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test('a short sentence in a subheading right under the headline is its deck; a short label there is not', () => {
  const deck = 'But only hardcore gamers will appreciate it.';
  const html = `<html><body><h1>Council backs plan</h1><h2>${deck}</h2><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  assert.notEqual(roles(html, [para(1), para(2), para(3)]).find(([, x]) => x === deck)?.[0], 'chrome');
  const label = `<html><body><h1>Council backs plan</h1><h2>Town hall news</h2><div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  assert.equal(roles(label, [para(1), para(2), para(3)]).find(([, x]) => x === 'Town hall news')?.[0], 'chrome');
});

test("with no title and no <h1>, a line of who filed the story and when right above the prose is no headline: the line above it is ('Associated Press - January 2, 2008 7:33 AM ET', 'Staff and agencies 29 December, 2007')", () => {
  const headline = 'More flights and fewer crashes mark a good year';
  for (const stamps of [['Associated Press - January 2, 2008 7:33 AM ET'], ['Staff and agencies 29 December, 2007', 'Fri Dec 28, 7:05 AM ET']]) {
    const html = `<html><body><table><tr><td><a href="/">Home</a></td></tr><tr><td>${headline}</td></tr></table>
      ${stamps.map((s) => `<p>${s}</p>`).join('')}<div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [...stamps, para(1), para(2), para(3)], '');
    const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
    assert.equal(role(headline), 'heading', stamps[0]);
    for (const s of stamps) assert.equal(role(s), 'chrome', s);
    for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content');
  }
  // A line that reads as a headline right above the prose stays the headline, a dated line above it chrome.
  const html = `<html><body><p>Jane Doe, Jan. 8, 2008</p><p>${headline}</p><div><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
  const r = roles(html, [headline, para(1), para(2)], '');
  assert.equal(r.find(([, x]) => x === headline)?.[0], 'heading');
  assert.equal(r.find(([, x]) => x === 'Jane Doe, Jan. 8, 2008')?.[0], 'chrome');
});

test("readers' comments under 'Posted by' the name and the time (a thread of the 2000s: 'Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08', '# posted by Joe : 11:58 AM') end the story; a story's sentence on what was posted by whom is kept", () => {
  const posted = 'Posted by a resident on a town forum, the video drew hundreds of replies before noon.';
  assertThreadEndsStory(posted, ['Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08', 'Posted by: King Eric on 9:55am Wed 2 Jan 08']);
  assertThreadEndsStory(posted, ['# posted by Joe : 11:58 AM', '# posted by Mark Field : 11:56 PM']);
});

test("a comments section whose head says it is closed ('Comments are now closed for this story'), set as the first line of a block that holds the comments under it, ends the story", () => {
  const comments = ['Stephen B', 'The time has come for the council to cut its own spending before it asks us for more.', 'Lina', 'The plan is a good one and I hope they build it soon.'];
  for (const head of ['Comments are now closed for this story', 'Comments are closed.', 'Commenting has been closed on this article']) {
    const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><hr><div><b>${head}</b><br><br>${comments.map((c) => `${c}<br>`).join('')}</div></div></body></html>`;
    const r = roles(html, [para(1), para(2), [head, ...comments].join(' ')]);
    const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
    for (const n of [1, 2]) assert.equal(role(para(n)), 'content', head);
    assert.ok(r.every(([role, x]) => role === 'chrome' || !comments.some((c) => x.includes(c))), head);
  }
});

test("a wire photo's long caption set as a paragraph and ending on its credit ('… (AP Photo/Matt Dunham)') is chrome; the story's long paragraphs are kept", () => {
  const caption =
    "Jamaica's Usain Bolt, foreground left, goes to cross the finish line ahead of Jamaica's Yohan Blake, third from right, United States' Tyson Gay, second from right, and Trinidad's Richard Thompson in the men's 100-meter final during the athletics in the Olympic Stadium at the 2012 Summer Olympics, London, Sunday, Aug. 5, 2012. (AP Photo/Matt Dunham)";
  const html = `<html><body><h1>Council backs plan</h1><div><p>${para(1)}</p><p>${para(2)}</p><p>${caption}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), caption, para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(caption), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content');
});

test("the one word 'Comments' over the readers' comments ends the story when the page's furniture closed the story before it ('Have your say', a share line, 'Related articles'); set among the story's paragraphs it does not", () => {
  const comments = ['What a marvellous opportunity for the council to show it can spend our money well for once.', 'The roads were fine as they were and nobody asked for a new library, as far as I can tell.'];
  const furniture = ['Post this story to: Digg | Reddit | Fark', 'Related articles'];
  const after = [para(1), para(2), ...furniture, 'Comments', ...comments];
  const html = `<html><body><h1>Council backs plan</h1><div>${after.map((t) => `<div>${t}</div>`).join('')}</div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Comments', ...comments]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const n of [1, 2]) assert.equal(role(para(n)), 'content');
  for (const t of ['Comments', ...comments]) assert.equal(role(t), 'chrome', t);
  // Among the story, right under a paragraph of it, the word does not end it.
  const among = [para(1), 'Comments', para(2), para(3)];
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div>${among.map((t) => `<div>${t}</div>`).join('')}</div></body></html>`, among);
  for (const n of [1, 2, 3]) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `among ${n}`);
});

test("a reference to the paper the story reports on, set under it and citing the paper by its DOI ('More information: … DOI: 10.1234/…'), is chrome; a sentence of the story that names a journal is kept", () => {
  const cite = 'More information: Jane Doe et al. Old roads and new libraries in small towns, Journal of Town Planning (2019). DOI: 10.1234/jtp.2019.0042.';
  const named = 'The study was published in the Journal of Town Planning on Monday, and its authors say the vote followed it.';
  // A closing notice in sentences under it (printed only) leaves the reference among the article's blocks.
  const notice = 'Parts of this text are protected by the law on copying. No part of it may be printed again without the written leave of the publisher.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${named}</p><p>${para(2)}</p><p>${para(3)}</p>
    <hr><div class="more">${cite}</div><p>${notice}</p></div></body></html>`;
  const r = roles(html, [para(1), named, para(2), para(3), cite, notice]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(cite), 'chrome');
  for (const t of [para(1), named, para(2), para(3)]) assert.equal(role(t), 'content', t);
  // Also in its other usual forms: a link to doi.org, "doi:" in lower case.
  for (const c of [
    'Journal reference: Jane Doe et al., Old roads and new libraries, Journal of Town Planning (2019). https://doi.org/10.1234/jtp.2019.0042',
    'Doe, J. et al. Old roads and new libraries. J. Town Plan. 12, 34–56 (2019); doi:10.1234/jtp.2019.0042',
  ]) {
    const h = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${c}</p><p>${notice}</p></div></body></html>`;
    const r2 = roles(h, [para(1), para(2), para(3), c, notice]);
    assert.equal(r2.find(([, x]) => x === c)?.[0], 'chrome', c);
  }
});

test("a paragraph closing on a colon right above a list of links that is chrome (a box's pitch: 'This story is from our July issue… Highlights of the issue:') is chrome with the list; a story's paragraph that opens its own list is kept", () => {
  const pitch = 'This story is from the July issue of Town Monthly, on sale from 20 June at newsstands and in our shop.\nHighlights of the issue:';
  const links = ['Old roads, new towns', 'The bridge nobody wanted', 'Why the ferry stopped', 'Order the issue'];
  const opens = 'The plan lists three buildings that the council will sell to pay for it:';
  const items = ['the old post office on the market square', 'the depot behind the station', 'the school on the hill'];
  const html = `<html><body><h1>Council backs plan</h1><div class="box"><figure><img src="c.jpg"><figcaption>Town Monthly July</figcaption></figure>
    <p>${pitch}</p><ul>${links.map((l, k) => `<li><a href="/m/${k}">${l}</a></li>`).join('')}</ul></div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${opens}</p><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [pitch, para(1), para(2), opens, ...items, para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x.replace(/\s+/g, ' ') === t.replace(/\s+/g, ' '))?.[0];
  assert.equal(role(pitch), 'chrome');
  for (const l of links) assert.equal(role(l), 'chrome', l);
  for (const t of [para(1), para(2), opens, ...items, para(3)]) assert.equal(role(t), 'content', t);
});

test("a short note closing the story wholly in italics, under its last paragraph in roman type ('Read the full story in our July issue…'), is chrome; a story whose paragraphs are all in italics keeps its last one", () => {
  const note = 'Read the whole report in the July issue of Town Monthly, at newsstands and in our shop.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p><em>Read the whole report in the July issue of Town Monthly,</em> <em>at newsstands and in our shop.</em></p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), note]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(note), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content');
  // Every paragraph in italics (a diary, a letter): the last is the story's.
  const all = `<html><body><h1>Council backs plan</h1><div class="story">${[1, 2, 3].map((n) => `<p><i>${para(n)}</i></p>`).join('')}<p><i>${note}</i></p></div></body></html>`;
  const r2 = roles(all, [para(1), para(2), para(3), note]);
  assert.equal(r2.find(([, x]) => x === note)?.[0], 'content');
  // A word or two in italics (a title, a stress) does not make a paragraph a note.
  const some = `<p>Read the whole report in the July issue of <em>Town Monthly</em>, at newsstands and in our shop.</p>`;
  const r3 = roles(`<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${some}</div></body></html>`, [para(1), para(2), para(3), note]);
  assert.equal(r3.find(([, x]) => x === note)?.[0], 'content');
});

test("a gallery set inside the story as a list of slides, each a picture then its title and caption, is captions however long its slides run together; a wrapper named for its pictures that holds the story is not", () => {
  const slides = [1, 2, 3, 4, 5, 6].map(
    (n) => `Slide ${n} shows the town hall as it stood in the year ${1900 + 10 * n}, when the council first argued over a library on the square and the plans were drawn up again and again by architects who never saw them built.`,
  );
  const gallery = `<div class="gallery"><ul class="slides">${slides.map((s, k) => `<li><div class="pic"><img src="${k}.jpg"></div><div class="wrap"><h4>The town hall through the years</h4><h2>Year ${k + 1}</h2><p>${s}</p></div></li>`).join('')}</ul></div>`;
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p>${gallery}<p>${para(3)}</p><p>${para(4)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), ...slides, para(3), para(4)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const s of slides) assert.equal(role(s), 'chrome', s);
  for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content');
  // The story itself in a wrapper named for its pictures, a picture beside some of its paragraphs: the story's.
  const all = [1, 2, 3, 4, 5, 6, 7, 8];
  const story = all.map((n) => `<p>${para(n)}</p>${n % 2 ? `<img src="${n}.jpg">` : ''}`).join('');
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div class="photo-story">${story}</div></body></html>`, all.map(para));
  for (const n of all) assert.equal(r2.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
});

test("a box named for a slide or its pictures that holds the page's whole story, one picture above it and a gallery of pictured links under it, is no gallery: the story is read", () => {
  // The story runs on with no picture among its paragraphs: longer than any slide's caption.
  const gallery = `<h3>Photo Gallery</h3><ul>${[1, 2, 3, 4, 5, 6].map((n) => `<li><img src="g${n}.jpg"><a href="/g${n}">Pictures of the week ${n}</a></li>`).join('')}</ul>`;
  const tags = `<ul class="tags">${['Council', 'Library', 'Town hall'].map((t) => `<li><a href="/t">${t}</a></li>`).join('')}</ul>`;
  const story = [1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('');
  const page = `<html><body><div class="news img_box" id="slide-1041"><h1>Council backs plan</h1><div><img src="top.jpg"><div class="caption">The town hall on Monday.</div></div><div class="text">${story}</div>${tags}${gallery}</div></body></html>`;
  const r = roles(page, [1, 2, 3, 4, 5, 6].map(para));
  for (const n of [1, 2, 3, 4, 5, 6]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `paragraph ${n}`);
  assert.equal(r.find(([, x]) => x === 'The town hall on Monday.')?.[0], 'chrome');
});

test("paragraphs named as chrome ('paywall') are the story's when the page gives that name to paragraphs of its story too long for any box; a box so named with no such paragraph stays chrome", () => {
  // A site that marks the paragraphs it hides from readers who do not subscribe, long and short alike.
  const long = (n: number): string => [1, 2, 3, 4, 5, 6, 7].map((k) => para(10 * n + k)).join(' ');
  const short = [para(3), para(5)];
  const story = `<p>${para(1)}</p><p class="paywall">${long(1)}</p><p class="paywall">${short[0]}</p><p class="paywall">${long(2)}</p><p class="paywall">${short[1]}</p><p class="paywall">${long(3)}</p>`;
  const pitch = 'Subscribe now to read every story in full, with a year of the magazine at half price.';
  const page = `<html><body><h1>Council backs plan</h1><div class="story">${story}</div><div class="paywall-bar"><p>${pitch}</p></div></body></html>`;
  const r = roles(page, [para(1), long(1), short[0], long(2), short[1], long(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [para(1), ...short, long(1), long(2), long(3)]) assert.equal(role(t), 'content', t.slice(0, 40));
  assert.equal(role(pitch), 'chrome');
  // Paragraphs so named, none of them longer than a box: boxes of chrome set among the story.
  const promo = 'Sign up for our morning newsletter and get the best of the town news in your inbox.';
  const boxes = `<p>${para(1)}</p><p>${para(2)}</p><p class="promo">${promo}</p><p>${para(3)}</p><p>${para(4)}</p>`;
  const r2 = roles(`<html><body><h1>Council backs plan</h1><div class="story">${boxes}</div></body></html>`, [para(1), para(2), promo, para(3), para(4)]);
  assert.equal(r2.find(([, x]) => x === promo)?.[0], 'chrome');
});

test("the page's own names on <body> and <html> (a template's feature flags: 'site-gallery__on') name no gallery: a story on a page of many pictured links is read", () => {
  // A menu of stories, each a picture and a title: as many list items as pictures, and little text for each.
  const menu = `<ul class="more">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<li><img src="${n}.jpg"><a href="/s${n}">Other story ${n}</a></li>`).join('')}</ul>`;
  const story = [1, 2, 3].map((n) => `<p>${para(n)}</p>`).join('');
  for (const [html, body] of [
    ['', '<body class="single site-gallery__on">'],
    [' class="photo-site"', '<body>'],
  ]) {
    const page = `<html${html}>${body}${menu}<h1>Council backs plan</h1><div class="story">${story}</div>${menu}</body></html>`;
    const r = roles(page, [1, 2, 3].map(para));
    for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content', `${body} ${n}`);
  }
});

test('two paragraphs or more closing the story in italics are a passage of the story, not an editors\' note: each is kept', () => {
  const a = 'Hundreds of tenants marched to the town hall, carrying signs. Footage shows the police closing the square.';
  const b = 'According to witnesses, the crowd stayed on the steps until late in the evening.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p> <em>${a}</em></p> <p> <em>${b}</em></p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), a, b]);
  const role = (t: string): string | undefined => r.find(([, x]) => x.trim() === t)?.[0];
  for (const t of [para(1), para(2), para(3), a, b]) assert.equal(role(t), 'content', t);
  // One such paragraph alone under the story is still its note.
  const note = 'Read the whole report in the July issue of Town Monthly, at newsstands and in our shop.';
  const one = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p><em>${note}</em></p></div></body></html>`;
  assert.equal(roles(one, [para(1), para(2), para(3), note]).find(([, x]) => x.trim() === note)?.[0], 'chrome');
});

test("a paragraph closing on a wire's copyright credit ('… the analyst said.(c)AFP/Jane DOE', '… 述べた。©KYODO') is the story's last paragraph: its sentences kept, the credit chrome of its own", () => {
  const last = 'An analyst said the council had the money and the will to build the bridge before the winter.';
  for (const credit of ['(c)AFP/Jane DOE', ' © Town Wire/John Roe', '(C) KYODO']) {
    const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${last}${credit}</p></div><div class="more"><a href="/a">Other story</a></div></body></html>`;
    const r = roles(html, [para(1), para(2), para(3), `${last}${credit}`]);
    assert.deepEqual(
      r.filter(([, t]) => t.includes('An analyst') || t.includes(credit.trim())).map(([role, t]) => [role, t.trim()]),
      [
        ['content', last],
        ['chrome', credit.trim()],
      ],
      credit,
    );
  }
  // A paragraph closing on a list's item "(c)" and lower-case words is no credit.
  const item = 'The rules say three things: (a) the fee is due in May; (b) it is paid once; (c) then the council may waive it';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${item}</p><p>${para(3)}</p></div></body></html>`;
  assert.ok(!roles(html, [para(1), para(2), item, para(3)]).some(([role, t]) => role === 'chrome' && t.includes('waive')));
});

test("a staff credit closing a Chinese story on a line of its own ('（编辑：…）') is a credit, not the story's last paragraph", () => {
  const p = (n: number): string => `市议会第${n}次会议周一批准了新桥计划，议员们在市政厅经过长时间辩论后投票通过了这项计划，工程将在明年春天开始。`;
  const staff = '（编辑：张小明 李华）';
  const html = `<html><body><h1>市议会批准新桥计划</h1><div class="story"><p>${p(1)}</p><p>${p(2)}</p><p>${p(3)}</p><p>${staff}</p></div></body></html>`;
  const r = roles(html, [p(1), p(2), p(3), staff], '市议会批准新桥计划');
  assert.equal(r.find(([, x]) => x.trim() === staff)?.[0], 'credit');
  for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x.trim() === p(n))?.[0], 'content');
});

test("a Chinese story's dateline on a line of its own ('城市日报 10月14日报道') opens it; a translator's credit closing its last paragraph ('。（编译/张三）'), a label of recommended videos and a survey's question on the article are chrome", () => {
  const p = (n: number): string => `市议会第${n}次会议周一批准了新桥计划，议员们在市政厅经过长时间辩论后投票通过了这项计划，工程将在明年春天开始。`;
  const last = '市长表示，新桥将在两年内建成，届时市民过河只需五分钟。';
  const credit = '（编译/张三）';
  for (const line of ['城市日报 10月14日报道', '城市日报北京10月14日电', '城市日报2016年10月14日讯']) {
    const survey = '您认为这篇文章与“城市日报（08008.HK）”相关度高吗？';
    const html = `<html><body><h1>市议会批准新桥计划</h1><div class="story"><p>${line}</p><p>${p(1)}</p><p>${p(2)}</p><p>${p(3)}</p><p>${last}${credit}</p><p>精彩视频推荐</p><h2><a href="/v">全城都在看的一段视频，你看了吗</a></h2><div>${survey}</div></div></body></html>`;
    const r = roles(html, [line, p(1), p(2), p(3), `${last}${credit}`, '精彩视频推荐', survey], '市议会批准新桥计划');
    const role = (t: string): string | undefined => r.find(([, x]) => x.trim() === t)?.[0];
    assert.equal(role(line), 'content', line);
    for (const n of [1, 2, 3]) assert.equal(role(p(n)), 'content');
    assert.equal(role(last), 'content');
    assert.equal(role(credit), 'chrome');
    assert.equal(role('精彩视频推荐'), 'chrome');
    assert.equal(role(survey), 'chrome');
  }
  // A sentence of the story that ends on a date and a report, and a bracket closing a sentence that names no staff, are the story's.
  const said = '据城市日报10月14日报道，市长表示新桥将在两年内建成。';
  const aside = '市长表示，新桥将在两年内建成（全长五百米）。';
  const html = `<html><body><h1>市议会批准新桥计划</h1><div class="story"><p>${said}</p><p>${p(1)}</p><p>${p(2)}</p><p>${aside}</p></div></body></html>`;
  const r = roles(html, [said, p(1), p(2), aside], '市议会批准新桥计划');
  for (const t of [said, aside]) assert.equal(r.find(([, x]) => x.trim() === t)?.[0], 'content', t);
});

test("a line set as a subheading saying the story goes on after a gallery or a video ('Story continues below gallery') is chrome; a subheading of the story is kept", () => {
  const sub = 'The vote on the bridge';
  for (const line of ['Story continues below gallery', 'Article continues below video']) {
    const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><div class="separator"><h4>${line}</h4></div><h3>${sub}</h3><p>${para(3)}</p><p>${para(4)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2), line, sub, para(3), para(4)]);
    const role = (t: string): string | undefined => r.find(([, x]) => x.trim() === t)?.[0];
    assert.equal(role(line), 'chrome', line);
    assert.equal(role(sub), 'heading');
    for (const n of [1, 2, 3, 4]) assert.equal(role(para(n)), 'content');
  }
});

test("a byline set in the headline's element after a line break ('<h1>Title<br><span>By Jane Doe</span></h1>') is chrome of its own; the headline stays a heading, and a headline's second line that is no byline stays in it", () => {
  for (const byline of ['By Jane Doe and John Roe', '編集委員　中沢克二']) {
    const html = `<html><body><h1><span>Council backs plan</span><br/><span>${byline}</span></h1><div><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2)]);
    const role = (t: string): string | undefined => r.find(([, x]) => x.trim() === t)?.[0];
    assert.equal(role(byline), 'chrome', byline);
    assert.equal(role('Council backs plan'), 'heading', byline);
  }
  const two = `<html><body><h1>Council backs plan<br>Library and Two Parks First</h1><div><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
  assert.ok(roles(two, [para(1), para(2)]).some(([role, t]) => role === 'heading' && t.includes('Library and Two Parks First')));
});


test("a photo's caption set as the story's own paragraph under the picture, with its credit alone in brackets under it, is chrome; a story's paragraph under the credit is kept", () => {
  const caption = 'Boxes of files seized during the arrest of two suspects at the town hall on Wednesday.';
  const credit = '(Jane Doe/jdoe@herald.example)';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>town hall seized files.jpg</p><p>${caption}</p><p><em>${credit}</em></p>
    <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = new Map(roles(html, ['town hall seized files.jpg', caption, credit, para(1), para(2), para(3)]).map(([role, x]) => [x.trim(), role]));
  assert.equal(r.get(caption), 'chrome');
  assert.equal(r.get(credit), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.get(para(n)), 'content');
  // A credit under a paragraph of the story's running prose credits a picture elsewhere: the paragraph stays.
  const html2 = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p><em>${credit}</em></p><p>${para(3)}</p></div></body></html>`;
  assert.equal(roles(html2, [para(1), para(2), credit, para(3)]).find(([, x]) => x === para(2))?.[0], 'content');
});

test("an editors' note in italics under the story, then a follow line opening on its network ('On Twitter: Follow …'), are both chrome", () => {
  const note = 'This story is part of a series on town budgets. For more, visit The Town Desk.';
  const follow = 'On Twitter: Follow Jane Doe and get more council coverage at TownDesk.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    <p><i>This story is part of a series on town budgets. For more, visit </i><a href="/desk"><i>The Town Desk</i></a><i>.</i></p>
    <p><i>On Twitter: Follow </i><a href="/jd"><i>Jane Doe</i></a><i> and get more council coverage at </i><a href="/td"><i>TownDesk</i></a><i>.</i></p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), note, follow]);
  assert.equal(r.find(([, x]) => x === note)?.[0], 'chrome');
  assert.equal(r.find(([, x]) => x === follow)?.[0], 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
});

test("a brief, one paragraph of prose under a headline that is the page's title, is an article though short; the same paragraph under a headline that is not the title, or a short notice under the title, is none", () => {
  // Written for this test: a wire brief of one sentence, 19 words, under a seven-word headline.
  const brief = 'The harbour ferry will stop running for two weeks from Monday while engineers replace its engine, the operator said.';
  const headline = 'Harbour ferry to stop for engine repairs';
  const page = (h1: string, body: string): string =>
    `<html><body><ul><li><a href="/">News</a></li><li><a href="/sport">Sport</a></li></ul><h1>${h1}</h1><div class="story"><p>${body}</p></div></body></html>`;
  const mark = (html: string, title: string, article: string[]) => {
    const { read, blocks } = readHtmlBlocks(html);
    const marked = markArticle(read, blocks, { title, blocks: article, linkShare: 0 });
    return { marked, role: (t: string) => marked.blocks!.find((b) => read.text.slice(b.start, b.end) === t)?.role };
  };
  const a = mark(page(headline, brief), headline, [brief]);
  assert.ok(!a.marked.noArticle, 'a brief is an article');
  assert.equal(a.role(headline), 'heading');
  assert.equal(a.role(brief), 'content');
  // The page's title is the site's, not the headline: a teaser of one paragraph on an index page.
  assert.ok(mark(page('Latest news', brief), 'Town Herald - Latest news and sport', [brief]).marked.noArticle);
  // A short notice under the title, no prose.
  const notice = 'Already a subscriber? Log in to read the rest.';
  assert.ok(mark(page(headline, notice), headline, [notice]).marked.noArticle);
});

test("a pull quote among the story's paragraphs (a table's cell, a quote box) that repeats most of the words of a paragraph near it, its attribution or a phrase reworded, is chrome; the paragraph it repeats, a short paragraph quoting the same words, and a summary's list items are the story's", () => {
  // Written for this test: the quote boxes repeat paragraphs 2 and 5 in part, with "the mayor said" for "she said".
  const p2 = 'The mayor spoke for an hour. “If the council backs the library now, we can open its doors before the winter comes,” she said, adding that the money was already set aside.';
  const p5 = 'The vote is due next week. “We are not going to wait for another year while the old building falls apart around the readers,” she said at the end of the meeting.';
  const pull1 = '“If the council backs the library now, we can open its doors before the winter comes,” the mayor said.';
  const pull2 = 'The mayor wants the vote next week. “We are not going to wait for another year while the old building falls apart.”';
  const short = '“We are not going to wait,” she said.';
  const items = ['The council backs the library plan now', 'The mayor wants the vote next week, before the winter comes'];
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p>
    <table align="right"><tr><td class="box">${pull1}</td></tr></table><p>${p2}</p><p>${para(3)}</p><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul><p>${para(4)}</p>
    <div class="box"><em>${pull2}</em></div><p>${p5}</p><p>${short}</p><p>${para(6)}</p></div></body></html>`;
  const r = roles(html, [para(1), pull1, p2, para(3), ...items, para(4), pull2, p5, short, para(6)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(pull1), 'chrome');
  assert.equal(role(pull2), 'chrome');
  for (const t of [p2, p5, short, ...items, para(1), para(3), para(6)]) assert.equal(role(t), 'content', t);
});

test("a pointer to another story opening on 'read also' with no colon ('Lire aussi Jane Doe, « <a>Title</a> », …'), a link in it, is chrome; a story's paragraph that opens on 'More' with a link is the story's", () => {
  const pointer = 'Lire aussi Jeanne Dupont & Paul Martin, « Au port, la dernière traversée », La Revue du Port, juin 2018.';
  const more = 'More than 200 people came to the meeting, the council said in a statement on its website on Tuesday.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><div>Lire aussi Jeanne Dupont &amp; Paul Martin, « <a href="/port">Au port, la dernière traversée</a> », <i>La Revue du Port</i>, juin 2018.</div>
    <p>${para(1)}</p><p>${para(2)}</p><p><a href="/s">More than 200 people</a> came to the meeting, the council said in a statement on its website on Tuesday.</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [pointer, para(1), para(2), more, para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(pointer), 'chrome');
  for (const t of [more, para(1), para(2), para(3)]) assert.equal(role(t), 'content', t);
});

test("a list's first item that labels the links under it as more on a topic ('MORE HARBOUR NEWS', 'More Ferries') is chrome with them; a list of the story's whose first item is plain and the rest linked stays the story's", () => {
  const links = [1, 2, 3].map((n) => `<li><a href="/s${n}">Other harbour story number ${n} of the week</a></li>`).join('');
  for (const label of ['MORE HARBOUR NEWS', 'More Ferries']) {
    const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><ul><li>${label}</li>${links}</ul><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2), label, para(3)]);
    assert.equal(r.find(([, x]) => x === label)?.[0], 'chrome', label);
    for (const n of [1, 2, 3]) assert.equal(r.find(([, x]) => x === para(n))?.[0], 'content');
  }
  const story = `<ul><li>The new library</li><li><a href="/parks">Two parks</a> by the river</li><li><a href="/pool">A pool</a> for the school</li></ul>`;
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p>${story}<p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), 'The new library', 'Two parks by the river', 'A pool for the school', para(3)]);
  assert.equal(r.find(([, x]) => x === 'The new library')?.[0], 'content');
});

test("a pull quote in a box named so ('wp-block-pullquote'), a paragraph with the speaker's name under it, is chrome though its words are no paragraph's whole; the paragraphs it draws on are the story's", () => {
  const p2 = 'To be a migrant is to be caught in a series of procedures. Those without papers must wait for years. Meanwhile they gather papers to convince the offices that they deserve a permit.';
  const pull = 'To be a migrant is to be caught in a series of procedures. They gather papers to convince the offices that they deserve a permit.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${p2}</p>
    <figure class="wp-block-pullquote"><blockquote><p>${pull}</p><cite>Jane Doe</cite></blockquote></figure><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), p2, pull, 'Jane Doe', para(2), para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(pull), 'chrome');
  for (const t of [p2, para(1), para(2), para(3)]) assert.equal(role(t), 'content', t);
});

test("a quote module among the story's paragraphs (a box named as a quote: the speaker's words, then his name and role as lines of their own) is chrome, though it repeats no paragraph; a box so named without a name line under it, and a <blockquote> the story quotes, are the story's", () => {
  const words = '“We will rebuild every bridge the river took, whatever it costs the county.”';
  const letter = 'The letter to the council said the bridge would stay shut until the spring and that the ferry would run twice a day.';
  const cited = 'The engineers wrote that the piers had moved by four inches since the flood and could not be trusted with heavy traffic.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p>
    <div class="module-quote"><blockquote>${words}</blockquote><p class="who">Mary Smith</p><p class="role">Mayor of the county</p></div>
    <p>${para(2)}</p><div class="story-quote"><p>${letter}</p></div><blockquote class="quote"><p>${cited}</p><p>Harbour Engineers</p></blockquote><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), words, 'Mary Smith', 'Mayor of the county', para(2), letter, cited, 'Harbour Engineers', para(3)]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  for (const t of [words, 'Mary Smith', 'Mayor of the county']) assert.equal(role(t), 'chrome', t);
  for (const t of [para(1), para(2), letter, cited, para(3)]) assert.equal(role(t), 'content', t);
});

test("a story set in <div>s, one short paragraph of it saying again most of what a longer one near it said, keeps both: a pull quote is set in another element than the paragraph it repeats", () => {
  const long = 'The mayor spoke for an hour. “If the council backs the library now, we can open its doors before the winter comes,” she said, adding that the money was already set aside.';
  const again = '“If the council backs the library now, we can open its doors before the winter comes,” the mayor said again.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><div>${para(1)}</div><div>${long}</div><div>${para(2)}</div><div>${again}</div><div>${para(3)}</div></div></body></html>`;
  const r = roles(html, [para(1), long, para(2), again, para(3)]);
  for (const t of [long, again, para(1), para(2), para(3)]) assert.equal(r.find(([, x]) => x === t)?.[0], 'content', t);
});

test("a last line in italics under the story that leads on a colon into the clip under it ('Here is how the launch went:') is the story's, not an editors' note; one that names the video is", () => {
  const lead = 'Here is how the second launch from the old quay went on Sunday:';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p><i>${lead}</i></p>
    <div class="video"><video src="v.mp4"></video></div></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3), lead]);
  const role = (t: string): string | undefined => r.find(([, x]) => x === t)?.[0];
  assert.equal(role(lead), 'content');
  for (const n of [1, 2, 3]) assert.equal(role(para(n)), 'content');
  // A line that names the video it leads into is the page's pointer to its player: still a note.
  const pointer = 'The video below shows the whole launch from the old quay:';
  const r2 = roles(html.replace(lead, pointer), [para(1), para(2), para(3), pointer]);
  assert.equal(r2.find(([, x]) => x === pointer)?.[0], 'chrome');
});
