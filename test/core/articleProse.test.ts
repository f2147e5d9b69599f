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

test("a subheading of the story that the extractor let go is kept; a heading over a box of links, or a linked one, between the story's paragraphs is not", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4, 5, 6].map(line);
  const short = 'The vote was close.';
  const html = `<html><body><h1>${title}</h1><article><p>${body[0]}</p><p>${short}</p><h2 class="subheader">What the fishermen said</h2>
    <p>${body[1]}</p><p>${body[2]}</p><h3>More on the harbour</h3><ul><li><a href="/a">Pier reopens after repairs</a></li><li><a href="/b">Ferry fares go up in May</a></li></ul>
    <p>${body[3]}</p><h2><a href="/x">Why dredging costs so much</a></h2><p>${body[4]}</p><p>${body[5]}</p></article></body></html>`;
  // The extractor kept the story's paragraphs only.
  const r = rolesOf(html, [body[0]!, short, ...body.slice(1)], title);
  assert.equal(r.get('What the fishermen said'), 'heading');
  assert.equal(r.get('More on the harbour'), 'chrome');
  assert.equal(r.get('Why dredging costs so much'), 'chrome');
  for (const p of [...body, short]) assert.equal(r.get(p), 'content', p);
});

test("links set in captions among the story (a product's card, a video) head none of its paragraphs: the paragraphs stay the story's", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4, 5].map(line);
  const card = (n: number): string => `<figure><img src="/i${n}.jpg"><figcaption><a href="/shop/${n}">Buy the harbour guide volume ${n} for the summer</a></figcaption></figure>`;
  const html = `<html><body><h1>${title}</h1><article><p>${body[0]}</p>${card(1)}<p>${body[1]}</p>${card(2)}<p>${body[2]}</p>${card(3)}<p>${body[3]}</p><p>${body[4]}</p></article></body></html>`;
  const r = rolesOf(html, body, title);
  for (const p of body) assert.equal(r.get(p), 'content', p);
  for (const n of [1, 2, 3]) assert.equal(r.get(`Buy the harbour guide volume ${n} for the summer`), 'chrome');
});

test("teasers whose cards set the linked headline, a heading, in a caption are still teasers, their summaries chrome", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4].map(line);
  const summary = (n: number): string => `Residents of the ${['north', 'east', 'west'][n - 1]} bank were told on Monday that their ferry would run on a new timetable.`;
  const card = (n: number): string =>
    `<figure><img src="/t${n}.jpg"><figcaption><h2><a href="/t${n}">Another town story number ${n} about the ferry</a></h2></figcaption></figure><p>${summary(n)}</p>`;
  const html = `<html><body><h1>${title}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}${[1, 2, 3].map(card).join('')}</article></body></html>`;
  const r = rolesOf(html, [...body, ...[1, 2, 3].map(summary)], title);
  for (const p of body) assert.equal(r.get(p), 'content', p);
  for (const n of [1, 2, 3]) assert.equal(r.get(summary(n)), 'chrome', summary(n));
});

test("a video's title set among the story, between the player's label and its caption, is chrome; a line of the story right above a photo stays", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4, 5].map(line);
  const videoTitle = 'Watch the dredger arrive at the harbour mouth';
  const storyLine = 'Part two: the fishermen';
  const html = `<html><body><h1>${title}</h1><article><p>${body[0]}</p><p>${body[1]}</p>
    <div class="player"><div class="ad-feedback">Video Ad Feedback</div><div>${videoTitle}</div><figcaption>02:15 - Source: Town TV</figcaption></div>
    <p>${body[2]}</p><p>${body[3]}</p><p>${storyLine}</p><figure><img src="/a.jpg"><figcaption>The harbour at dawn.</figcaption></figure><p>${body[4]}</p></article></body></html>`;
  const r = rolesOf(html, [...body.slice(0, 2), videoTitle, ...body.slice(2, 4), storyLine, body[4]!], title);
  assert.equal(r.get(videoTitle), 'chrome');
  assert.equal(r.get(storyLine), 'content');
  for (const p of body) assert.equal(r.get(p), 'content', p);
});

test("a post the story quotes, embedded between its paragraphs (a tweet, an Instagram post) or right after its last one (kept by the extractor), is the story's; its signature line and a post embedded in a rail beside the story are not", () => {
  const title = 'Harbour board backs dredging';
  const tweet = 'The harbour board just voted to dredge the channel at last. Good news for the fishing fleet!';
  const gram = 'Our boats will finally get in and out at low tide. Thank you to everyone who came to the meeting.';
  const railTweet = 'Read our full coverage of the port and the fishing fleet on the paper website every day.';
  const signature = '— Jane Doe (@janedoe) March 12, 2025';
  const body = [1, 2, 3, 4, 5, 6].map(line);
  const html =
    `<html><body><h1>${title}</h1><article>${body.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}` +
    `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">${tweet}</p>${signature}</blockquote></div>` +
    `${body.slice(2, 4).map((p) => `<p>${p}</p>`).join('')}` +
    `<blockquote class="instagram-media"><div><p>${gram}</p></div></blockquote>` +
    `${body.slice(4).map((p) => `<p>${p}</p>`).join('')}</article>` +
    `<div class="sidebar"><h3>On social media</h3><blockquote class="twitter-tweet"><p>${railTweet}</p></blockquote></div></body></html>`;
  const r = rolesOf(html, body, title);
  assert.equal(r.get(tweet), 'content');
  assert.equal(r.get(gram), 'content');
  assert.equal(r.get(signature), 'chrome');
  assert.equal(r.get(railTweet), 'chrome');
  for (const p of body) assert.equal(r.get(p), 'content', p);
  // Right after the story's last paragraph: the extractor kept it, the story closes on it.
  const letter = 'Sharing my full letter to the harbour board on the dredging vote. We must think of the fishing fleet first. pic.twitter.com/AbC123xYz';
  const after =
    `<html><body><h1>${title}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}` +
    `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${letter}</p>${signature}</blockquote><p>Updated at 1:23 p.m.</p></article>` +
    `<div class="more"><blockquote class="twitter-tweet"><p>${railTweet}</p></blockquote></div></body></html>`;
  const r2 = rolesOf(after, [...body, letter, signature, 'Updated at 1:23 p.m.'], title);
  assert.equal(r2.get(letter), 'content');
  for (const t of [signature, 'Updated at 1:23 p.m.', railTweet]) assert.equal(r2.get(t), 'chrome', t);
  for (const p of body) assert.equal(r2.get(p), 'content', p);
});

test("posts the story closes on, right after a line that introduces them ('See the posts:'), are the story's, each of them; their signature lines are not", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4].map(line);
  const intro = 'See the posts :';
  const posts = [
    'Harbour board resolves to: dredge the channel before the spring season.',
    'Board members thank the fishermen who came to the meeting and promise the work starts in spring.#HarbourVote',
  ];
  const signature = (n: number): string => `— Harbour Board (@harbourboard) March ${n}, 2025`;
  const embed = (k: number): string => `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${posts[k]}</p><p>${signature(10 + k)}</p></blockquote>`;
  const html =
    `<html><body><h1>${title}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}<p>${intro}</p>${embed(0)}${embed(1)}</article>` +
    `<h2><a href="/n">Subscribe to our newsletter</a></h2></body></html>`;
  const r = rolesOf(html, [...body, intro, posts[0]!, signature(10), posts[1]!, signature(11)], title);
  for (const t of [...body, intro, ...posts]) assert.equal(r.get(t), 'content', t);
  for (const t of [signature(10), signature(11)]) assert.equal(r.get(t), 'chrome', t);
});

test("a story in a script that marks no end of a sentence (Thai) is read as prose, paragraph by paragraph, under its headline; the site's name and menu are not", () => {
  const title = 'รัฐบาลประกาศแผน ช่วยเหลือเกษตรกร ภาคเหนือ หลังน้ำท่วม';
  const body = [
    'รัฐบาลประกาศแผนใหม่เพื่อช่วยเหลือเกษตรกร ในจังหวัดทางภาคเหนือ หลังจากน้ำท่วมหนัก เมื่อสัปดาห์ที่แล้ว',
    'รัฐมนตรีกล่าวว่า เงินช่วยเหลือจะถึงมือเกษตรกร ภายในสองสัปดาห์ และจะมีการตรวจสอบความเสียหาย ในทุกอำเภอ',
    'ชาวบ้านหลายคนบอกว่า พวกเขายังรอความช่วยเหลือ จากหน่วยงานท้องถิ่น และหวังว่าแผนนี้ จะช่วยได้จริง',
  ];
  const menu = ['หน้าแรก', 'ข่าวการเมือง', 'เศรษฐกิจ'];
  const html = `<html><body><h1><a href="/">ข่าวไทย</a></h1><ul>${menu.map((m) => `<li><a href="/m">${m}</a></li>`).join('')}</ul><h1>${title}</h1><div>${body.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const marked = markArticle(read, blocks, { title, blocks: [title, ...body], linkShare: 0 });
  assert.ok(!marked.noArticle, 'an article is found');
  const r = new Map(marked.blocks!.map((b) => [read.text.slice(b.start, b.end), b.role]));
  for (const p of body) assert.equal(r.get(p), 'content', p);
  for (const m of [...menu, 'ข่าวไทย']) assert.equal(r.get(m), 'chrome', m);
  assert.equal(r.get(title), 'heading');
});

test("a line or a subheading among the story that a video's title right below it repeats (the player's title set over it) is chrome; a subheading over a photo with a caption of its own stays", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4, 5, 6].map(line);
  const overVideo = 'The mayor on the dredging plan';
  const headOverVideo = 'Dredging: what is allowed again';
  const sub = 'The fishermen wait for the dredger';
  const html = `<html><body><h1>${title}</h1><article><p>${body[0]}</p><p>${body[1]}</p>
    <p><u><em>${overVideo}</em></u></p><figure class="video-inline"><div class="video__title">${overVideo}</div><figcaption>${overVideo}</figcaption></figure>
    <p>${body[2]}</p><h3>${headOverVideo}</h3><figure class="video-inline"><div class="video__title">Dredging: what is allowed again from Wednesday</div><figcaption>Dredging: what is allowed again from Wednesday</figcaption></figure>
    <p>${body[3]}</p><h3>${sub}</h3><figure><img src="/a.jpg"><figcaption>The harbour at dawn on Monday.</figcaption></figure><p>${body[4]}</p><p>${body[5]}</p></article></body></html>`;
  const article = [...body.slice(0, 2), overVideo, body[2]!, headOverVideo, body[3]!, sub, body[4]!, body[5]!];
  const r = rolesOf(html, article, title);
  // The line over the video, not the video's own title and caption (the same words: chrome as captions).
  const { read, blocks } = readHtmlBlocks(html);
  const marked = markArticle(read, blocks, { title, blocks: article, linkShare: 0 });
  assert.deepEqual(marked.blocks!.filter((b) => read.text.slice(b.start, b.end) === overVideo).map((b) => b.role), ['chrome', 'chrome', 'chrome']);
  assert.equal(r.get(headOverVideo), 'chrome');
  assert.equal(r.get(sub), 'heading');
  for (const p of body) assert.equal(r.get(p), 'content', p);
});

test("a box of figures closing the story (a tracker's heads, lines of figures and a sentence of its own under each head) is chrome; a story's table of results between its paragraphs, with its sections going on after it, stays", () => {
  const title = 'Harbour board backs dredging';
  const body = [1, 2, 3, 4, 5, 6, 7, 8].map(line);
  const box = (place: string, n: number): string =>
    `<div class="tracker"><h3>${place}</h3><div>${n * 1000 + 140}Cases</div><div>${n * 700 + 648}Active</div><div>${n * 300 + 826}Recovered</div><div>${n * 50 + 666}Deaths</div>` +
    `<div class="p">In ${place}, there are ${n * 1000 + 140} confirmed cases including ${n * 50 + 666} deaths. The number of active cases is ${n * 700 + 648} and ${n * 300 + 826} have recovered as on April 25, 2020 at 5:00 pm.</div></div>`;
  const html = `<html><body><h1>${title}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}${box('the World', 28)}${box('India', 2)}</article></body></html>`;
  const { read, blocks } = readHtmlBlocks(html);
  const article = read.text.split(/\n+/).filter((t) => t.trim() && t !== title);
  const r = rolesOf(html, article, title);
  for (const p of body) assert.equal(r.get(p), 'content', p);
  for (const t of ['the World', '28140Cases', '20248Active', 'India', '2140Cases']) assert.equal(r.get(t), 'chrome', t);
  assert.equal([...r].filter(([t, role]) => t.startsWith('In ') && t.includes('confirmed cases') && role !== 'chrome').length, 0);
  void blocks;
  // Results between the story's paragraphs, its sections going on after: the story's.
  const results = '<h3>Results</h3><div>Ward 1: 1,204</div><div>Ward 2: 980</div><div>Ward 3: 1,577</div><div>Ward 4: 1,310</div>';
  const html2 = `<html><body><h1>${title}</h1><article>${body.slice(0, 5).map((p) => `<p>${p}</p>`).join('')}${results}${body.slice(5).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const r2 = rolesOf(html2, [...body.slice(0, 5), 'Results', 'Ward 1: 1,204', 'Ward 2: 980', 'Ward 3: 1,577', 'Ward 4: 1,310', ...body.slice(5)], title);
  for (const p of body) assert.equal(r2.get(p), 'content', p);
  assert.notEqual(r2.get('Ward 1: 1,204'), 'chrome');
});

test("the lines Instagram's embed code sets around a post the story quotes (its prompt 'View this post on Instagram' and its signature 'A post shared by … (@…)', in the page's language) are chrome; the post's own words stay the story's", () => {
  // Written for this test: two posts embedded as the network's code sets them, one in English, one in German.
  const title = 'Harbour board backs dredging';
  const gram = 'Our boats will finally get in and out at low tide. Thank you to everyone who came to the meeting.';
  const body = [1, 2, 3, 4, 5, 6].map(line);
  const lines = [
    ['View this post on Instagram', 'A post shared by Harbour Fleet (@harbour.fleet) on Mar 12, 2025 at 12:30pm PDT'],
    ['Sieh dir diesen Beitrag auf Instagram an', 'Ein Beitrag geteilt von Hafen Flotte (@hafenflotte) am Mär 12, 2025 um 12:30 PDT'],
  ];
  const embed = ([prompt, signed]: string[], words: string): string =>
    `<blockquote class="instagram-media"><div><a href="/p/1"><div><div>${prompt}</div></div></a><p>${words}</p><p>${signed!.replace(/\(@/, '</a>(@').replace(/^(\S+ \S+ \S+ \S+)/, '$1 <a href="/u">')}</p></div></blockquote>`;
  const html =
    `<html><body><h1>${title}</h1><article>${body.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${embed(lines[0]!, gram)}` +
    `${body.slice(2, 4).map((p) => `<p>${p}</p>`).join('')}${embed(lines[1]!, '')}${body.slice(4).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const r = rolesOf(html, body, title);
  assert.equal(r.get(gram), 'content');
  for (const [prompt, signed] of lines) {
    assert.equal(r.get(prompt!), 'chrome', prompt);
    assert.equal([...r].find(([t]) => t.replace(/\s+/g, ' ').trim() === signed)?.[1], 'chrome', signed);
  }
  for (const p of body) assert.equal(r.get(p), 'content', p);
});

test("photos' captions set as bare <div>s between the paragraphs, each the image's alt text (a few words, or the alt text without the site's name after a dash), are chrome; a subheading that is an image's short alt text is not", () => {
  const title = 'Harbour board backs dredging';
  const photo = (alt: string, caption: string, tag = 'div'): string => `<div class="pic"><picture><img src="a.jpg" alt="${alt}"></picture></div><${tag} class="x1"><span>${caption}</span></${tag}>`;
  const long = 'The harbour master and the board chair at the quay.';
  const html = `<html><body><h1>${title}</h1><div class="story"><p>${line(1)}</p>${photo(`${long} - Harbour Daily`, long)}<p>${line(2)}</p>${photo('Board meeting', 'Board meeting')}
    ${photo('Dredging budget', 'Dredging budget', 'h2')}<p>${line(3)}</p></div></body></html>`;
  const r = rolesOf(html, [line(1), long, line(2), 'Board meeting', 'Dredging budget', line(3)], title);
  assert.equal(r.get(long), 'chrome');
  assert.equal(r.get('Board meeting'), 'chrome');
  assert.notEqual(r.get('Dredging budget'), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.get(line(n)), 'content');
});

test("the story's last paragraph, which the lead photo's alt text and <figcaption> repeat word for word, is the story's; the figcaption is chrome", () => {
  const title = 'Harbour board backs dredging';
  const last = 'Crews from the county and the coast guard also helped at the quay on Friday.';
  const html = `<html><body><h1>${title}</h1><figure><img src="a.jpg" alt="${last}"><figcaption>${last} (Photo agency)</figcaption></figure>
    <div class="story">${[1, 2, 3].map((n) => `<p>${line(n)}</p>`).join('')}<div class="ad"></div><p>${last}</p></div></body></html>`;
  const r = rolesOf(html, [`${last} (Photo agency)`, line(1), line(2), line(3), last], title);
  assert.equal(r.get(last), 'content');
  assert.equal(r.get(`${last} (Photo agency)`), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(r.get(line(n)), 'content');
});
