import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { findArticle } from '../../src/read/dom';
import { holdsText } from '../../src/read/leanReadability';
import { readFile } from '../../src/read/page';

const para = (n: number): string =>
  `Paragraph ${n} of the story says that the council voted on the plan after a long debate in the town hall on Monday evening, and that the mayor will sign it.`;

test('what Readability reads of an element survives the trimmed tags: a hiding style, a class, a link to a fragment', () => {
  const html = `<!DOCTYPE html><html><head><title>Council backs plan</title></head><body>
    <div class="story-body" data-tracking="x1" onclick="go()">${[1, 2, 3].map((n) => `<p data-n="${n}" title="p${n}">${para(n)}</p>`).join('')}
    <p style="color: red; display: none; margin: 0">A hidden note that no reader sees on the page at all, however long it is made to be here.</p>
    <p>${para(4)} <a href="https://example.com/a/very/long/address?with=query&amp;and=more" target="_blank">a link</a></p></div></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  assert.equal(hint.title, 'Council backs plan');
  for (const n of [1, 2, 3, 4]) assert.ok(hint.blocks.some((b) => b.startsWith(`Paragraph ${n} `)), `paragraph ${n}`);
  assert.ok(!hint.blocks.some((b) => b.includes('hidden note')), 'the hidden paragraph is not read');
  assert.ok(hint.linkShare > 0 && hint.linkShare < 0.1);
});

test('a tag with an unclosed quote is left as the page has it, and the page is still read', () => {
  const html = `<!DOCTYPE html><html><head><title>Council backs plan</title><meta name="generator" content="Me :)>
    <link rel="stylesheet" href="x.css"></head><body><div>${[1, 2, 3, 4].map((n) => `<p>${para(n)}</p>`).join('')}</div></body></html>`;
  const hint = findArticle(html);
  assert.notEqual(hint, undefined);
});

test("a table in the article gives its rows as blocks, the cells side by side, as WireDiff's own reading sets them", () => {
  const rows = [['Ward', 'Yes', 'No'], ['North', '1,204', '87'], ['South', '998', '150']];
  const html = `<!DOCTYPE html><html><head><title>Council backs plan</title></head><body><div class="story-body">${[1, 2, 3].map((n) => `<p>${para(n)}</p>`).join('')}
    <table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>${para(4)}</p></div></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  for (const r of rows) assert.ok(hint.blocks.includes(r.join(' ')), r.join(' '));
});

test("the page's description is its summary of the article; a page without one has none (not the article's first paragraph)", () => {
  const summary = 'The council backed the plan for a new library after a long debate on Monday evening.';
  const body = `<body><div class="story-body">${[1, 2, 3, 4].map((n) => `<p>${para(n)}</p>`).join('')}</div></body>`;
  const withMeta = findArticle(`<!DOCTYPE html><html><head><title>Council backs plan</title><meta name="description" content="${summary}"></head>${body}</html>`);
  assert.equal(withMeta?.excerpt, summary);
  const without = findArticle(`<!DOCTYPE html><html><head><title>Council backs plan</title></head>${body}</html>`);
  assert.ok(without);
  assert.equal(without.excerpt, null);
});

test("a consent manager's box (its notices longer than the story) is not taken for the article; the story is", () => {
  const notice = (n: number): string =>
    `Notice ${n}: these cookies help the website work and remember your choices, and you may switch them off in the settings, though some parts of the site may then not work as you expect them to.`;
  const story = [1, 2, 3].map(para);
  const html = `<!DOCTYPE html><html><head><title>Council backs plan</title></head><body>
    <div class="story">${story.map((p) => `<p>${p}</p>`).join('')}</div>
    <div id="onetrust-consent-sdk"><div class="ot-pc-content"><h2>Manage Consent Preferences</h2>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${notice(n)}</p>`).join('')}</div></div></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  for (const p of story) assert.ok(hint.blocks.includes(p), p);
  assert.ok(!hint.blocks.some((b) => b.startsWith('Notice')), 'no notice is the article');
});

test("a page built of Adobe Experience Manager components ('cmp-text', 'cmp-title': 'cmp' for component) keeps its story; a box named 'cmp' for a consent manager that speaks of cookies is still taken out, consentmanager.net's 'cmpbox' too", () => {
  const story = [1, 2, 3].map(para);
  const notice = (n: number): string =>
    `Notice ${n}: we use cookies and similar technologies to store and access information on your device, and you may accept all or choose in the settings which ones we may set.`;
  const page = (box: string): string => `<!DOCTYPE html><html><head><title>Council backs plan</title></head><body>
    <div class="cmp-container"><div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Council backs plan</h2></div></div>
    ${story.map((p) => `<div class="text"><div class="cmp-text"><p>${p}</p></div></div>`).join('')}
    <div class="image"><div class="cmp-image"><img src="a.jpg" alt=""><span class="cmp-image__title">The town hall.</span></div></div></div>
    ${box}</body></html>`;
  const notices = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${notice(n)}</p>`).join('');
  for (const box of [
    `<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section">${notices}</div></div>`,
    `<div class="cmp-banner"><div class="cmp-banner__text">${notices}</div><div class="cmp-banner__buttons"><button>Accept all</button><button>Reject all</button></div></div>`,
    // consentmanager.net's box: its names run 'cmp' into one word ('cmpbox', 'cmpboxinner', 'cmpboxtxt').
    `<div id="cmpbox" class="cmpbox cmpstyleroot"><div class="cmpboxinner"><div class="cmpboxtxt cmptxt_txt">${notices}</div><div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnyes">Accept</a></div></div></div>`,
  ]) {
    const hint = findArticle(page(box));
    assert.ok(hint, box.slice(0, 30));
    for (const p of story) assert.ok(hint.blocks.includes(p), p);
    assert.ok(!hint.blocks.some((b) => b.startsWith('Notice')), `no notice is the article: ${box.slice(0, 30)}`);
  }
});

test("a thread of readers' comments longer than a short post is not taken for the article; the post is", () => {
  const comment = (n: number): string =>
    `Comment ${n}: thanks for writing this up, I had been wondering about the same thing for weeks and finally signed up for the letters myself, they are great so far.`;
  const post = `I have been getting these great e-mails from a small company for the past week or so, and each one of them has been worth reading twice over before the day starts.`;
  const html = `<!DOCTYPE html><html><head><title>Keeper emails</title></head><body>
    <div class="post"><h2>Keeper emails</h2><p>${post}</p></div>
    <div id="comments"><h3>3 Responses</h3><ol class="commentlist">${[1, 2, 3, 4, 5].map((n) => `<li class="comment"><div class="comment-author">Reader ${n}</div><div class="comment-text"><p>${comment(n)}</p></div></li>`).join('')}</ol></div></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  assert.ok(hint.blocks.includes(post), 'the post is the article');
  assert.ok(!hint.blocks.some((b) => b.startsWith('Comment')), 'no comment is the article');
});

test("a teaser of another story in the page's sidebar, longer than the story a paywall cuts short, is not taken for the article; a column the story stands in, named for its sidebar, still is", () => {
  // Written for this test.
  const teaser = (n: number): string =>
    `Teaser ${n}: the harbour board met again on Tuesday and heard the divers' report on the old ferry, which sank at its moorings in the storm of the winter before last.`;
  const story = ['Dear subscriber,', 'The council voted on the harbour plan on Monday evening after a long debate in the town hall, and the mayor will sign it this week.', 'Read the rest with your subscription.'];
  const page = (sideClass: string): string => `<!DOCTYPE html><html><head><title>The council votes on the harbour plan</title></head><body>
    <div id="content"><article><h1>The council votes on the harbour plan</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></div>
    <div class="${sideClass}"><h2>Latest</h2><ul><li><article class="entry"><h3>The old ferry</h3>${[1, 2, 3, 4].map((n) => `<p>${teaser(n)}</p>`).join('')}</article></li></ul></div></body></html>`;
  const hint = findArticle(page('aside-box aside-latest'));
  assert.ok(hint);
  assert.ok(hint.blocks.includes(story[1]!), hint.blocks.join('\n'));
  assert.ok(!hint.blocks.some((b) => b.startsWith('Teaser')), 'no teaser is the article');
  // A column named for the layout around a sidebar holds the story: it stays.
  const column = `<!DOCTYPE html><html><head><title>The council votes</title></head><body><h1>The council votes</h1>
    <div class="l-sidebar-fixed l-article-body-segment">${[1, 2, 3, 4, 5].map((n) => `<p>${para(n)}</p>`).join('')}</div></body></html>`;
  assert.ok(findArticle(column)?.blocks.includes(para(3)));
});

test("a table of stock quotes set in a story (a ticker column, a change column) is not read as the story's words; a table of the story's own figures is", () => {
  // Written for this test.
  const page = (head: string[], rows: string[][]): string => `<!DOCTYPE html><html><head><title>Harbour shares fall</title></head><body><article><h1>Harbour shares fall</h1>
    <p>${para(1)}</p><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>
    <p>${para(2)}</p><p>${para(3)}</p></article></body></html>`;
  const quotes = findArticle(page(['Ticker', 'Security', 'Last', 'Change', 'Change %'], [['HBR', 'HARBOUR FERRIES INC.', '12.40', '-0.85', '-6.42%']]));
  assert.ok(quotes);
  assert.ok(quotes.blocks.includes(para(2)));
  assert.ok(!quotes.blocks.some((b) => /HARBOUR FERRIES INC|Ticker/.test(b)), quotes.blocks.join('\n'));
  const own = findArticle(page(['Ward', 'Votes', 'Change'], [['North', '1,204', '+80']]));
  assert.ok(own?.blocks.some((b) => b.includes('North') && b.includes('1,204')), own?.blocks.join('\n'));
});

test("a page whose description (its metadata) is its standfirst, set as the article's first paragraph, gives it as its description; a page with none gives none", () => {
  // Written for this test.
  const lead = 'The harbour board has unveiled a plan to cut ferry fares by half by 2030 and to run a boat every hour.';
  const page = (meta: string): string => `<!DOCTYPE html><html><head><title>Ferry fares to fall</title>${meta}</head><body><article><h1>Ferry fares to fall</h1>
    <div class="entry-byline"><div class="lead-text"><p>${lead}</p></div></div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></article></body></html>`;
  assert.equal(findArticle(page(`<meta property="og:description" content="${lead}">`))?.excerpt, lead);
  assert.equal(findArticle(page(''))?.excerpt, null);
});

test('a page that holds no article once its comments are out (a post that is a list of links) is read whole, as it is', () => {
  const links = Array.from({ length: 30 }, (_, n) => `<a href="/post/${n}">Post number ${n} on the question of the day</a>`).join('<br>');
  const comment = (n: number): string => `Comment ${n}: this is a useful list of the posts that would make a good collection in print one day, thank you for it.`;
  const page = (section: string, item: string): string => `<!DOCTYPE html><html><head><title>Posts on the question</title></head><body>
    <div class="post"><p>For ease of reference, here are our posts: ${links}</p></div>
    <div class="${section}">${[1, 2, 3].map((n) => `<div class="${item}"><p>${comment(n)}</p></div>`).join('')}</div></body></html>`;
  const hint = findArticle(page('blogComments', 'blogComment'));
  assert.ok(hint);
  assert.deepEqual(hint, findArticle(page('box', 'entry')));
});

test("a page whose <head> is never closed (no </head>, no <body>) is read as a browser reads it: the story after the head's last tag is found, and the title where the page set it", () => {
  const story = [1, 2, 3, 4].map(para);
  for (const html of [
    `<html><head><title>Council backs plan</title><meta http-equiv="Content-Type" content="text/html"><table><tr><td><a href="/">Home</a></td></tr></table><div>${story.map((p) => `<p>${p}</p>`).join('')}</div></html>`,
    `<html><head><meta name="keywords" content="council"><p><title>Council backs plan</title></p>${story.map((p) => `<p>${p}</p>`).join('')}</html>`,
  ]) {
    const hint = findArticle(html);
    assert.ok(hint, html.slice(0, 60));
    for (const p of story) assert.ok(hint.blocks.includes(p), p);
    assert.equal(hint.title, 'Council backs plan');
  }
});

test("asked again, Readability loosens its rules: a guide's schools in a box it takes for unlikely ('supplemental') are found, and the page reads them as its article", () => {
  const lead =
    'The best online programs of the year, ranked by what they cost, what they teach and how their students fare after they finish: a guide to the schools that lead the field, written for readers who want to study while they work, with the costs of every program set side by side so that no reader has to look for them elsewhere, and the questions to ask of every school before applying to it, from the cost of a credit to the share of its students who find work in their field within a year of their last term at the school.';
  const html = `<!DOCTYPE html><html><head><title>Best programs</title></head><body><h1>Best programs</h1><div class="intro"><p>${lead}</p></div>
    <div class="supplemental">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<div class="item"><h3>School ${n}</h3><p>${para(n)}</p></div>`).join('')}</div></body></html>`;
  assert.deepEqual(findArticle(html)?.blocks, [lead], 'Readability, as it is, takes the lead alone');
  const again = findArticle(html, true);
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) assert.ok(again?.blocks.includes(para(n)), `asked again: paragraph ${n}`);
  const read = readFile(html, 'guide.html')!;
  const article = read.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) assert.ok(article.includes(para(n)), `read: paragraph ${n}`);
});

test('an element holds text exactly when its textContent trimmed is not empty (the cheap test Readability is given)', () => {
  // Blank text of every kind trim takes off (tabs, no-break and ideographic spaces, line and
  // paragraph separators), nested deep, beside comments and empty elements; one text after it all.
  const blanks = [' ', '\t\n', '\u00a0', '\u3000', '\u2028\u2029', '\ufeff', ''];
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
  const tree = (depth: number, text: boolean): string => {
    let html = '';
    for (let i = 0, n = next(4); i < n; i++) {
      const pick = next(6);
      if (pick === 0 && depth < 6) html += `<div>${tree(depth + 1, text)}</div>`;
      else if (pick === 1) html += '<br>';
      else if (pick === 2) html += '<!-- a comment that is no text -->';
      else if (pick === 3 && depth < 6) html += `<span class="x">${tree(depth + 1, text)}</span>`;
      else if (pick === 4 && text && next(3) === 0) html += 'Words.';
      else html += blanks[next(blanks.length)];
    }
    return html;
  };
  let holding = 0;
  let blank = 0;
  for (let k = 0; k < 400; k++) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><section id="r">${tree(0, k % 2 === 0)}</section></body></html>`);
    for (const el of Array.from(document.querySelectorAll('*') as ArrayLike<{ textContent: string | null; outerHTML: string }>)) {
      const expected = (el.textContent ?? '').trim().length > 0;
      assert.equal(holdsText(el as never), expected, el.outerHTML);
      if (expected) holding++;
      else blank++;
    }
  }
  assert.ok(holding > 100 && blank > 100, `the made-up trees test both answers (${holding} holding text, ${blank} blank)`);
});

test("a page that wraps its story in an <aside> (its body named by the page's microdata) has the story read; a sidebar's <aside> stays unread", () => {
  // Written for this test: a wire brief of one paragraph, printed twice (the page's summary and the story's body).
  const brief =
    'PORTVILLE (Wire) - The harbour board has voted to cut ferry fares by half from next spring, after a year of falling passenger numbers on the island routes, its chairman said on Monday.';
  const teaser = 'Teaser: the old lighthouse on the north pier is to be sold to a trust that plans to open it to visitors in the summer months.';
  const page = (inner: string): string => `<!DOCTYPE html><html><head><title>Ferry fares to be halved</title></head><body>
    <main class="content"><aside class="column column-direct"><section class="story">${inner}<h1 class="headline">Ferry fares to be halved</h1>
    <div class="summary"><p>${brief}</p></div><article><div class="story-text" itemprop="articleBody"><p>${brief}</p></div></article></section></aside>
    <aside class="latest"><h2>Latest</h2><p>${teaser}</p></aside></main></body></html>`;
  for (const inner of ['', '<header><aside class="share-line"><a href="#">Share</a></aside></header>']) {
    const read = readFile(page(inner), 'brief.html')!;
    assert.ok(!read.noArticle, `an article (${inner ? 'with' : 'without'} an aside inside)`);
    const shown = read.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
    assert.ok(shown.includes('Ferry fares to be halved'), shown.join('\n'));
    assert.equal(shown.filter((t) => t === brief).length, 1, shown.join('\n'));
    assert.ok(!read.text.includes('Teaser:'), 'the sidebar is not read');
  }
});

test('a page set with furigana (<ruby> readings over the words) has its article found and read as its base text, the readings left out', () => {
  // Written for this test.
  const sentences = [
    '市役所は月曜日に新しい図書館の計画を発表しました。',
    '図書館は駅の近くに建てて、二年後に開く予定です。',
    '市長は子どもたちが本を読む場所を増やしたいと話しました。',
    '計画には公園や広場を作ることも入っています。',
  ];
  // Each kanji run annotated with a made-up reading, as such pages set them (every other reading's closing tag left out, as HTML allows).
  let n = 0;
  const annotate = (s: string): string => s.replace(/\p{Script=Han}+/gu, (k) => `<ruby>${k}<rt>${'よみ'.repeat(k.length)}${n++ % 2 ? '' : '</rt>'}</ruby>`);
  const html = `<!DOCTYPE html><html lang="ja"><head><title>新しい図書館の計画</title></head><body><article><h1>${annotate('新しい図書館の計画')}</h1>
    ${sentences.map((s, n) => `<p>${annotate(s)}${annotate(sentences[(n + 1) % 4]!)}</p>`).join('')}</article></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  assert.ok(!hint.blocks.some((b) => b.includes('よみ')), hint.blocks.join('\n'));
  const read = readFile(html, 'ruby.html')!;
  assert.ok(!read.noArticle);
  const shown = read.blocks!.filter((b) => b.role !== 'chrome').map((b) => read.text.slice(b.start, b.end));
  assert.ok(shown.includes('新しい図書館の計画'), shown.join('\n'));
  assert.ok(shown.includes(sentences[0]! + sentences[1]!), shown.join('\n'));
});

test("a page that sets stories one after another as a list of articles reads the one its title names; the others, under their own headlines, are chrome", () => {
  // Written for this test: a series page that loads the next stories of the series under the story.
  const story = [1, 2, 3].map(para);
  const other = (n: number): string =>
    `Story ${n} of the series, paragraph: the harbour board heard on Tuesday that the divers had found the old ferry's engine, which will be raised in the spring once the weather allows.`;
  const item = (head: string, paras: string[]): string =>
    `<article class="list__item"><header><span class="topline">Harbour</span><h2>${head}</h2></header><div class="detail">${paras.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
  const html = `<!DOCTYPE html><html><head><title>Council backs the harbour plan | Example News</title></head><body><h1>Latest stories</h1><div class="list">
    ${item('Council backs the harbour plan', story)}${[1, 2, 3].map((n) => item(`Divers find the engine, part ${n}`, [1, 2, 3, 4, 5, 6].map(() => other(n)))).join('')}</div></body></html>`;
  const hint = findArticle(html);
  assert.ok(hint);
  for (const p of story) assert.ok(hint.blocks.includes(p), hint.blocks.join('\n'));
  assert.ok(!hint.blocks.some((b) => b.startsWith('Story ')), hint.blocks.join('\n'));
  // Named by no story of the list (an index of stories), the page is read as Readability reads it.
  const index = findArticle(html.replace('Council backs the harbour plan |', 'All stories |'));
  assert.ok(index?.blocks.some((b) => b.startsWith('Story ')));
});
