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

test("a roundup set in sections under subheadings of one kind: its first and last sections of short lines (results, scores) are the story's, as the sections between; an 'About the author' heading of another kind after it is not", () => {
  // Written for this test: a town's weekend results, each sport under a subheading in capitals,
  // each game a line of its result and lines of who scored.
  const section = (head: string, games: string[]) => `<h2>${head}</h2>${games.map((g) => `<p>${g}</p>`).join('')}`;
  const first = ['Harbour d. Millbrook 3-1', 'Harbour (2-0): Ana Ruiz 2 goals. Tom Lee 1 goal.', 'Millbrook (0-2): Sam Fox 1 goal.'];
  const long = (n: number) => `Northfield (${n}-1): Jo Park scored twice in the first half, and Lee Chan added a third after the break before the visitors closed the gap late.`;
  const middle = ['Northfield d. Eastbay 4-2', long(1), long(2)];
  const last = ['Westport d. Lakeside 2-0', 'Westport (1-1): Kim Ode 1 goal. Ray Stone 1 goal.', 'Lakeside (0-3): Ben Cole 5 saves.'];
  const middle2 = ['Southgate d. Eastbay 2-1', long(3), long(4)];
  const body = section('GIRLS SOCCER', first) + section('BOYS SOCCER', middle) + section('BOYS HOCKEY', middle2) + section('GIRLS HOCKEY', last);
  const all = ['GIRLS SOCCER', ...first, 'BOYS SOCCER', ...middle, 'BOYS HOCKEY', ...middle2, 'GIRLS HOCKEY', ...last];
  const html = `<html><body><h1>Council backs plan</h1><div class="story">${body}</div><div class="date">Published 2:16 AM Nov 20, 2025</div></body></html>`;
  const r = rolesOf(html, [...all, 'Published 2:16 AM Nov 20, 2025']);
  for (const l of all) assert.notEqual(r.get(l), 'chrome', l);
  assert.equal(r.get('Published 2:16 AM Nov 20, 2025'), 'chrome');
  // A heading not written as the story's subheadings are, after its last section, opens no section of it.
  const bio = 'Jane Doe writes about sport.';
  const html2 = `<html><body><h1>Council backs plan</h1><div class="story">${body}<h2>About the author</h2><p>${bio}</p></div></body></html>`;
  const r2 = rolesOf(html2, [...all, 'About the author', bio]);
  assert.equal(r2.get('About the author'), 'chrome');
  assert.equal(r2.get(bio), 'chrome');
});

test("a box under the story of a heading over a plea for support ('Congrats!' / '… please support us …') is chrome, heading and all; a call to like the blog's page and the line thanking the reader under it, closing the post, are chrome too", () => {
  // Written for this test: an editor's weekly letter with a box under it, as a blog sets one.
  const pitch = 'You read this long letter all the way down. Do you enjoy reading the Harbour Blog? If you do, please support us so that we can keep up our work.';
  const html = `<html><body><h1>Council backs plan</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    <div class="box"><h1>Congrats!</h1><p>${pitch}</p></div></div></body></html>`;
  const r = rolesOf(html, [para(1), para(2), para(3), 'Congrats!', pitch]);
  assert.equal(r.get('Congrats!'), 'chrome');
  assert.equal(r.get(pitch), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.get(para(n)), 'content');
  // A post in Chinese closing on a call to like the blog's page, and a line thanking the reader under it.
  const post = ['港口的早市每天清晨五點開始，漁船回港後，攤販就在碼頭邊擺出當天的漁獲，價格比市區便宜許多。', '營地在山腰上，一共有十二個帳位，每個帳位都有遮雨棚，旁邊有乾淨的衛浴和熱水可以使用。', '營地主人很親切，晚上還會準備熱茶給露營的客人，星空非常漂亮，適合全家一起來。'];
  const call = '如果您喜歡「港邊小屋」的圖文分享 邀請您到 FB 粉絲團 按個讚!';
  const thanks = '每週都會更新旅遊和露營的圖文訊息 謝謝!';
  const zh = `<html><body><h1>港邊露營記</h1><div class="post">${post.map((p) => `<p>${p}</p>`).join('')}<p>${call}</p><p>${thanks}</p></div></body></html>`;
  const z = rolesOf(zh, [...post, call, thanks], '港邊露營記');
  assert.equal(z.get(call), 'chrome');
  assert.equal(z.get(thanks), 'chrome');
  for (const p of post) assert.equal(z.get(p), 'content', p);
});

test("the story's last paragraph, a quotation closed and its speaker named after it with no stop at the end, just above the share buttons, is the story's; an unstopped line there that closes no quotation is not", () => {
  const quote = '“We held ninety meetings with the town to teach people how to keep their homes safe, and we ask them to work with us,” said Jane Doe';
  const line = 'Read the full statement of the council and its members on the town website';
  for (const [last, kept] of [
    [quote, true],
    [line, false],
  ] as const) {
    const html = `<html><body><h1>Council backs plan</h1><div class="entry"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${last}</p>
      <div class="share-buttons"><div>Total</div><div>0</div><div>Shares</div><div>Share 0</div><div>Tweet 0</div></div></div></body></html>`;
    const r = rolesOf(html, [para(1), para(2), para(3), last]);
    assert.equal(r.get(last), kept ? 'content' : 'chrome', last);
  }
});

test("the story's last paragraph signed in lenticular brackets after its stop (the reporters' places and names, as Japanese papers sign) is the story's", () => {
  const paras = ['市議会は月曜日の夜、長い議論の末に新しい図書館の計画を賛成多数で可決した。', '市長は記者会見で、建設は来年の春に始まり、三年後に完成する見通しだと述べた。', '反対した議員は、費用が予算を大きく上回るおそれがあると指摘している。'];
  const last = '一方で、住民団体は計画の見直しを求める署名を集め、来月にも市に提出する方針だ。【港町・山田花子、北市・田中一郎】';
  const html = `<html><body><h1>図書館計画を可決</h1><div class="story">${paras.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></div>
    <div class="more"><a href="/a">他の記事</a></div></body></html>`;
  const r = rolesOf(html, [...paras, last], '図書館計画を可決');
  assert.equal(r.get(last), 'content');
  for (const p of paras) assert.equal(r.get(p), 'content');
});
