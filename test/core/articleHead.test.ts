import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markArticle, type ArticleHint } from '../../src/core/article';
import { readHtmlBlocks } from '../../src/core/markup';

const para = (n: number): string =>
  `Paragraph ${n} of the story says that the council voted on the plan after a long debate in the town hall on Monday evening.`;

/** The roles of a page's blocks when the extractor's article is every block of `article`. */
function roles(html: string, article: string[], title: string): Array<[string, string]> {
  const { read, blocks } = readHtmlBlocks(html);
  const hint: ArticleHint = { title, blocks: article, linkShare: 0 };
  const marked = markArticle(read, blocks, hint);
  return marked.blocks!.map((b) => [b.role, read.text.slice(b.start, b.end)]);
}
const roleOf = (r: Array<[string, string]>, t: string): string | undefined => r.find(([, x]) => x === t)?.[0];

test("the page's <h1> is its headline though an image's alt text repeats it (a thumbnail of the story); a caption with its credit is not", () => {
  // The <title> the extractor gives is a rewrite of the headline: no line holds its words.
  const html = `<html><body><ul><li><a href="/">News</a></li></ul>
    <h1><span>Council backs plan for new library</span></h1><div class="byline">Jane Doe / Updated: Oct 9, 2019</div>
    <div class="carousel"><a href="/1"><img src="1.jpg" alt="Council backs plan for new library"></a><a href="/2"><img src="2.jpg" alt="Storm closes schools across the county"></a></div>
    <div class="body"><div>File photo of the town hall. (Reuters)</div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, ['File photo of the town hall. (Reuters)', para(1), para(2), para(3)], 'Town council: vote on library plan | Local News');
  assert.equal(roleOf(r, 'Council backs plan for new library'), 'heading');
  assert.equal(roleOf(r, 'File photo of the town hall. (Reuters)'), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a part of the page's title after a separator (its section's or site's name: '… : The Two-Way : NPR') is no headline; the <h1> under it is", () => {
  const html = `<html><body><h2>The Town Desk</h2><h3>Local</h3><h1>Council backs plan for new library</h1><div>December 15, 2016 3:33 PM ET</div>
    <div class="body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], 'Town votes for library after long debate : The Town Desk : Herald');
  assert.equal(roleOf(r, 'Council backs plan for new library'), 'heading');
  assert.equal(roleOf(r, 'The Town Desk'), 'chrome');
  // A title whose part is the headline itself still finds it.
  const r2 = roles(html, [para(1), para(2), para(3)], 'Council backs plan for new library : The Town Desk : Herald');
  assert.equal(roleOf(r2, 'Council backs plan for new library'), 'heading');
});

test("a headline that holds the title's main part and a kicker the extractor cut off the title, set as a link in an <h3>, is the headline; a longer line that holds the title is not", () => {
  // Written for this test: the extractor's title lost its kicker ('Harbour :') and kept the site's name after '‹'.
  const html = `<html><body><div class="post_header"><h3><a href="/ferry">Harbour : Old ferry sinks at its moorings in the storm</a></h3></div>
    <div class="summary">Old ferry sinks at its moorings in the storm, and the harbour board said on Monday that all of its crew are safe and well</div>
    <div class="body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], 'Old ferry sinks at its moorings in the storm ‹ Town News');
  assert.equal(roleOf(r, 'Harbour : Old ferry sinks at its moorings in the storm'), 'heading');
  assert.notEqual(roleOf(r, 'Old ferry sinks at its moorings in the storm, and the harbour board said on Monday that all of its crew are safe and well'), 'heading');
});

test("a summary that repeats the story's first paragraph above the deck and byline: the paragraph is kept once where the story sets it, and the deck under the headline is kept", () => {
  const deck = 'Average price of a home that sold in September was $640,479';
  const html = `<html><body><h1>Council backs plan for new library</h1><div class="summary">${para(1)}</div>
    <h2>Social Sharing</h2><h2 class="deck">${deck}</h2><div class="byline">Jane Doe · Posted: Oct 14, 2022 9:27 AM ET</div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], 'Council backs plan for new library');
  assert.notEqual(roleOf(r, deck), 'chrome');
  assert.deepEqual(r.filter(([, t]) => t === para(1)).map(([x]) => x), ['chrome', 'content']);
  for (const n of [2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("the deck under the headline is kept though the lead picture's alt text repeats it, or a notice about the page ('This article is more than 5 years old') stands between them", () => {
  const deck = "It's been a rough few months for the town's council and its library plan";
  const pages = [
    `<h1>Council backs plan for new library</h1><div class="dek">${deck}.</div><figure><img src="a.jpg" alt="${deck}."><figcaption>The town hall on Monday.</figcaption></figure>`,
    `<h1>Council backs plan for new library</h1><div>This article is more than 5 years old</div><div class="standfirst">${deck}</div>`,
  ];
  for (const head of pages) {
    const html = `<html><body>${head}<div class="byline">By Jane Doe</div><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2), para(3)], 'Council backs plan for new library');
    assert.equal(r.find(([, t]) => t.startsWith("It's been"))?.[0], 'content', head.slice(40, 90));
    assert.notEqual(roleOf(r, 'This article is more than 5 years old'), 'content');
  }
});

test('a few short paragraphs in a row right above the first prose are the story\'s lead, however short; a caption above them is not', () => {
  const html = `<html><body><h1>Council backs plan for new library</h1><div class="byline">By Jane Doe</div>
    <figure><img src="a.jpg"><figcaption>The town hall on Monday.</figcaption></figure>
    <div class="story"><p>Libraries - "a waste of money."</p><p>The mayor has said that more than once.</p><div class="ad">Advertisement</div><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, ['Libraries - "a waste of money."', 'The mayor has said that more than once.', para(1), para(2), para(3)], 'Council backs plan for new library');
  assert.equal(roleOf(r, 'Libraries - "a waste of money."'), 'content');
  assert.equal(roleOf(r, 'The mayor has said that more than once.'), 'content');
  assert.equal(roleOf(r, 'The town hall on Monday.'), 'chrome');
});

test("a short quote opening the story, set as French typography sets it (a space inside its guillemets: '« Votez. Votez, enfin ! »'), is its lead; a line with no stop is not", () => {
  const html = `<html><body><h1>Council backs plan for new library</h1><div class="byline">By Jane Doe</div>
    <div class="story"><p>\u00ab\u00a0Votez. Votez, enfin\u00a0!\u00a0\u00bb</p><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const quote = '\u00ab\u00a0Votez. Votez, enfin\u00a0!\u00a0\u00bb';
  const r = roles(html, [quote, para(1), para(2), para(3)], 'Council backs plan for new library');
  assert.equal(roleOf(r, quote), 'content');
  // A narrow no-break space, and a plain space, as other pages set them.
  for (const space of ['\u202f', ' ']) {
    const q = `\u00ab${space}Votez. Votez, enfin${space}!${space}\u00bb`;
    const page = `<html><body><h1>Council backs plan for new library</h1><div class="story"><p>${q}</p><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
    assert.equal(roleOf(roles(page, [q, para(1), para(2)], 'Council backs plan for new library'), q), 'content', JSON.stringify(space));
  }
  // A few words with no stop above the prose (a label) are not the lead.
  const label = '\u00ab\u00a0Votez enfin\u00a0\u00bb';
  const page = `<html><body><h1>Council backs plan for new library</h1><div class="story"><p>${label}</p><p>${para(1)}</p><p>${para(2)}</p></div></body></html>`;
  assert.equal(roleOf(roles(page, [label, para(1), para(2)], 'Council backs plan for new library'), label), 'chrome');
});

test("a photo's caption closing on its credit set above the headline ('… (Getty/Jane Doe)') is no paragraph of the story: the headline under it is found, the caption is chrome", () => {
  const caption = 'Traffic on the ring road near the town hall at the start of the morning rush hour (Getty/Jane Doe)';
  const deck = 'The council has argued over the plan for most of the past ten years';
  const html = `<html><body><section class="title-container"><strong>${caption}</strong><h1>Council backs plan for new library</h1><h2>${deck}</h2></section>
    <div class="byline">Jane Doe</div><article><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></article></body></html>`;
  // The extractor takes the <h1> for the title and leaves it out of the article, as Readability does.
  const r = roles(html, [caption, deck, para(1), para(2), para(3)], 'Council backs plan for new library');
  assert.equal(roleOf(r, 'Council backs plan for new library'), 'heading');
  assert.equal(roleOf(r, caption), 'chrome');
  assert.notEqual(roleOf(r, deck), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a share box under the byline that repeats the headline ('Share this story: <headline>') is not taken for it: the <h1> above is the headline, and the deck under it kept", () => {
  const headline = 'Council backs plan for new library';
  const deck = 'The vote ends ten years of argument over where the town keeps its books.';
  const html = `<html><body><h1>${headline}</h1><p class="dek">${deck}</p><div class="byline">By Jane Doe Dec 10, 2016, 10:20am EST</div>
    <div class="share-panel"><h3>${headline}</h3><ul><li><a href="/r">Reddit</a></li><li><a href="/e">Email</a></li></ul></div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  assert.deepEqual(r.filter(([, t]) => t === headline).map(([x]) => x), ['heading', 'chrome']);
  assert.notEqual(roleOf(r, deck), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a short deck under the headline that is the page's own description, word for word, is the standfirst; a line as short that is not the description stays chrome", () => {
  const headline = 'Council backs plan for new library';
  const deck = 'The mayor explained why the vote matters.';
  for (const [excerpt, kept] of [
    [deck, true],
    ['A town votes on where it keeps its books after ten years of argument.', false],
  ] as const) {
    const html = `<html><body><h1>${headline}</h1><p>${deck}</p><p>Text: Jane Doe · 11 October 2018</p>
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const { read, blocks } = readHtmlBlocks(html);
    const hint: ArticleHint = { title: headline, blocks: [para(1), para(2), para(3)], linkShare: 0, excerpt };
    const marked = markArticle(read, blocks, hint);
    const r = marked.blocks!.map((b): [string, string] => [b.role, read.text.slice(b.start, b.end)]);
    assert.equal(roleOf(r, deck), kept ? 'content' : 'chrome', excerpt);
    assert.equal(roleOf(r, headline), 'heading');
  }
});

test("a photo's one-word caption that is part of the page's title ('Chico' under 'Award goes to Chico show') is not taken for the headline: the <h1> above it is", () => {
  const headline = '審議会、新しい図書館の計画を承認';
  const html = `<html><body><h1>${headline}</h1><div>2019年3月1日 13時16分</div>
    <figure><a href="/photo"><img src="a.jpg"></a><figcaption><a href="/photo">図書館</a></figcaption></figure>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [headline, '2019年3月1日 13時16分', para(1), para(2), para(3)], `${headline}：町新聞デジタル`);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, '図書館'), 'chrome');
});

test("a place line set apart right above the first paragraph ('Springfield/ Shelbyville:') is the story's; a desk's label or a list's label there is not", () => {
  const headline = 'Council backs plan for new library';
  for (const [line, kept] of [
    ['Springfield/ Shelbyville:', true],
    ['North Haverbrook, Ogdenville:', true],
    ['Breaking News:', false],
    ['Read More:', false],
  ] as const) {
    const html = `<html><body><h1>${headline}</h1><div class="story"><b class="place">${line} </b><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [line, para(1), para(2), para(3)], headline);
    assert.equal(r.find(([, t]) => t.trim() === line)?.[0], kept ? 'content' : 'chrome', line);
  }
});

test("a kicker set in its own element inside the headline's (class 'kicker', 'overline', 'pretitle'…) is no part of the headline: the headline is the rest; a span of another name in it is the headline's", () => {
  // Written for this test: three ways pages set a kicker inside their headline element.
  const kickers = [
    '<span class="article-heading__kicker">Transport</span><span class="visually-hidden">: </span><span class="article-heading__title">Council backs plan for new tram line</span>',
    '<span class="c-overline c-overline--article">Transport</span> Council backs plan for new tram line',
    '<span class="pretitle">TRANSPORT</span> <span class="title">Council backs plan for new tram line</span>',
  ];
  for (const inner of kickers) {
    const html = `<html><body><h1>${inner}</h1><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></body></html>`;
    const r = roles(html, [para(1), para(2), para(3)], 'Transport: Council backs plan for new tram line');
    assert.equal(roleOf(r, 'Council backs plan for new tram line'), 'heading', inner);
    assert.ok(!r.some(([role, t]) => role !== 'chrome' && /transport/i.test(t) && !/tram/.test(t)), inner);
  }
  // A span named otherwise (a headline's emphasis) stays in the headline.
  const html = `<html><body><h1><span class="highlight">Council</span> backs plan for new tram line</h1><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></body></html>`;
  assert.equal(roleOf(roles(html, [para(1), para(2), para(3)], 'Council backs plan for new tram line'), 'Council backs plan for new tram line'), 'heading');
});

test("a box named for the headline and the byline together ('headline_byline') holds the headline and the deck: they are the story's, the byline in it is not", () => {
  const deck = 'The vote came after a long debate on costs.';
  const html = `<html><body><div id="story_headline_byline" class="headline_region"><h1>Council backs plan for new tram line</h1><h2>${deck}</h2><h3>By Jane Doe</h3></div>
    <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], 'Council backs plan for new tram line');
  assert.equal(roleOf(r, 'Council backs plan for new tram line'), 'heading');
  assert.notEqual(roleOf(r, deck), 'chrome');
  assert.equal(roleOf(r, 'By Jane Doe'), 'chrome');
});

test("the page's <h1> that holds the title's words and a few more is the headline, not a video player's title over the story that repeats the page's title", () => {
  const h1 = 'Council backs plan for new tram line to the harbour';
  const video = 'Council backs plan for new tram line';
  const html = `<html><body><h1>${h1}</h1><div class="video-player"><figure><figcaption>${video}</figcaption></figure></div>
    <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></body></html>`;
  const r = roles(html, [video, para(1), para(2), para(3)], video);
  assert.equal(roleOf(r, h1), 'heading');
  assert.equal(roleOf(r, video), 'chrome');
});

test("a standfirst set in the box that holds the headline, a box the page names as chrome (a share bar's id on the story's <header>), is kept; a line of such a box beside the headline, not holding it, stays chrome", () => {
  // Written for this test: the page names the whole head of its story for the share buttons it once held.
  const headline = 'Council backs plan for new library';
  const deck = 'Ten years of argument end with a vote on where the town keeps its books';
  const pitch = 'Share this story with your friends and family on every network you use today.';
  const html = `<html><body><ul><li><a href="/">News</a></li></ul>
    <header id="share-buttons-container"><h1>${headline}</h1><div class="intro"><p>${deck}</p></div><ul><li><a href="/a">Jane Doe</a></li><li>Friday 25 December 2015</li></ul></header>
    <div class="social-share"><p>${pitch}</p></div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, deck), 'content');
  assert.equal(roleOf(r, pitch), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a standfirst set in the box that holds the headline over the lead picture, a box the page names for its picture ('header-image'), is kept; the picture's own caption in it stays chrome", () => {
  // Written for this test: the story's head drawn over its lead picture, the whole head named for the picture.
  const headline = 'Council backs plan for new library';
  const deck = 'Ten years of argument end with a vote on the town books';
  const caption = 'The old library on Main Street, closed since the flood. Photo: Jane Roe';
  const html = `<html><body><ul><li><a href="/">News</a></li></ul>
    <div class="post-header-holder header-image"><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
    <header><h1>${headline}</h1><p class="sub-title">${deck}</p><div>May 4, 2022</div></header></div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, deck), 'content');
  assert.equal(roleOf(r, caption), 'chrome');
  assert.equal(roleOf(r, 'May 4, 2022'), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a guest comment's standfirst in a box named for the piece's lead ('PageArticle_commentLead') is kept: there \"comment\" names a piece of opinion, not readers' comments", () => {
  // Written for this test: an opinion piece whose page names its head and its lead for the kind of piece.
  const headline = 'Why the library vote matters more than it seems';
  const lead = 'The council has backed a plan for a new library. Is the argument over? Our guest author thinks not, and asks the town to keep watch.';
  const html = `<html><body><div class="ArticleHeaderComment_subject"><div class="ArticleHeaderComment_tagline">Town hall</div>
    <h1 class="ArticleHeaderComment_headline">${headline}</h1></div><div class="ArticleHeaderComment_publishDate">Tuesday, 29 January 2019</div>
    <div class="PageArticle_commentLead"><div class="PageArticle_commentLead-content">${lead}</div></div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, lead), 'content');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a letter's salutation right above its first paragraph ('Dear reader,') is the story's opening; such a line with the date between it and the prose is not", () => {
  // Written for this test: a columnist's weekly letter to the paper's readers.
  const headline = 'The mayor goes on holiday';
  for (const [between, kept] of [
    ['', true],
    ['<p>Friday 28 June 2019</p>', false],
  ] as const) {
    const html = `<html><body><h1>${headline}</h1><p>Dear reader,</p>${between}
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, ['Dear reader,', para(1), para(2), para(3)], headline);
    assert.equal(roleOf(r, 'Dear reader,'), kept ? 'content' : 'chrome', between);
    for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
  }
});

test("a box of other stories between the headline and the prose, each line a linked kicker and its title ('<a>Ferry strike</a> Will the boats run again?'), gives no standfirst; a standfirst with one link in it is kept", () => {
  // Written for this test: a "more on this" box set above the story, three or more lines, each opening on a link.
  const headline = 'Council backs plan for new library';
  const deck = 'Ten years of argument end with a vote on the <a href="/books">books</a>.';
  const deckText = 'Ten years of argument end with a vote on the books.';
  const others = [
    ['Ferry strike', 'Will the harbour boats run again before summer?'],
    ['Town budget', '"We cannot pay for every plan this year"'],
    ['School year', 'Why does the new term start a week later?'],
    ['Old mill', 'Plans for flats on the mill site are back'],
  ];
  const box = `<h6>More on this</h6>${others.map(([k, t]) => `<p><a href="/x">${k}</a> ${t}</p>`).join('')}`;
  const html = `<html><body><h1>${headline}</h1><p class="intro">${deck}</p><div class="side">${box}</div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [deckText, ...others.map(([k, t]) => `${k} ${t}`), para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, deckText), 'content');
  for (const [k, t] of others) assert.equal(roleOf(r, `${k} ${t}`), 'chrome', k);
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
  // Lines of links alone above a standfirst with a link (a text-size control, a linked credit) make no such box.
  const controls = `<div><a href="/s">A</a> <a href="/m">A</a> <a href="/l">A</a></div><div><a href="/u">Town Herald</a> photo</div>`;
  const html2 = `<html><body><h1>${headline}</h1>${controls}<p class="intro">${deck}</p><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r2 = roles(html2, [deckText, para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r2, deckText), 'content');
});

test("a headline that opens on a media label ('VIDEO: …'), set as an <h2> on a page with no <h1>, is kept as the headline when it is the page's title; a media label over a player is not", () => {
  const headline = 'VIDEO: Council backs plan for new library';
  const html = `<html><body><div class="top"><span><a href="/town">Town</a></span><h2 class="heading-title">${headline}</h2><h2>By <a href="/jd">Jane Doe</a>.</h2>
    <ul><li><a href="/2023/03/03">Published March 3, 2023</a></li></ul></div>
    <div class="body"><p>${para(1)}</p><p>${para(2)}</p><h3>Video: the vote</h3><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), 'Video: the vote', para(3)], headline);
  assert.equal(roleOf(r, headline), 'heading');
  assert.equal(roleOf(r, 'Video: the vote'), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
});

test("a summary line with no stop in an <h2> right under the headline ('Seven die in house fire up north') is its deck, kept with the standfirst under it; a short label there is not", () => {
  const deck = 'Seven die in house fire up north';
  const standfirst = 'Five small children and two adults died when a fire swept through a house in the north on Saturday.';
  for (const [h2, kept] of [[deck, true], ['Latest news', false]] as const) {
    const html = `<html><body><header><div>19.10.2019 17:41</div><h1>Children die in house fire</h1><h2 class="factline">${h2}</h2><div class="teaser">${standfirst}</div></header>
      <div class="body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [standfirst, para(1), para(2), para(3)], 'Children die in house fire');
    assert.equal(roleOf(r, h2) === 'chrome', !kept, h2);
    assert.equal(roleOf(r, standfirst), 'content');
  }
});

test("a standfirst of three paragraphs under the headline keeps its short middle sentence ('Nobody spoke against it.'); a short line after the standfirst, above the byline, is not kept for it", () => {
  const headline = 'Council backs plan for new library';
  const first = 'The town council voted late on Monday to build a new library on the old market square.';
  const middle = 'Nobody spoke against it.';
  const last = 'Work on the new building is to start next spring, the mayor said.';
  const html = `<html><body><h1>${headline}</h1><div class="meta">Published 3 May 2021</div>
    <div class="lead"><p>${first}</p><p>${middle}</p><p>${last}</p></div><div class="byline">Jane Doe</div><div>00:00</div><div>Report an error</div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  for (const t of [first, middle, last]) assert.equal(roleOf(r, t), 'content', t);
  // Under the standfirst, not between two of its paragraphs, a short line is no part of it.
  const html2 = `<html><body><h1>${headline}</h1><div class="lead"><p>${first}</p><p>${last}</p><p>${middle}</p></div><div class="byline">Jane Doe</div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r2 = roles(html2, [para(1), para(2), para(3)], headline);
  assert.equal(roleOf(r2, middle), 'chrome');
});

test("the page's description word for word, with no stop at its end, set under the byline (not right under the headline) is the standfirst; a line as long under the byline that is not the description stays chrome", () => {
  const headline = 'Council backs plan for new library';
  const summary = 'The plan was approved in the night between Sunday and Monday, a few hours before the budget vote';
  for (const [excerpt, kept] of [
    [summary, true],
    ['A town votes on where it keeps its books after ten years of argument.', false],
  ] as const) {
    const html = `<html><body><h1>${headline}</h1><em class="story__author">by <a href="/jane">Jane Doe</a></em>
      <figure><img src="a.jpg" alt="${headline}"></figure><div class="story__summary"><p>${summary}</p></div>
      <div class="story__toolbar"><time>3 May 2021</time></div>
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const { read, blocks } = readHtmlBlocks(html);
    const hint: ArticleHint = { title: headline, blocks: [para(1), para(2), para(3)], linkShare: 0, excerpt };
    const marked = markArticle(read, blocks, hint);
    const r = marked.blocks!.map((b): [string, string] => [b.role, read.text.slice(b.start, b.end)]);
    assert.equal(roleOf(r, summary), kept ? 'content' : 'chrome', excerpt);
    assert.equal(roleOf(r, headline), 'heading');
  }
});

test("a standfirst the extractor took as the article's, set as lines with no stop two <br> apart (a summary in points), is kept; lines of who wrote the story and when, or a sentence broken over two lines, so set, are not", () => {
  const headline = 'Council backs plan for new library';
  const points = ['Town council votes for a new library', 'Old market square chosen over the park', 'Work to start next spring after ten years'];
  const stamp = ['By Jane Doe and John Roe', 'Updated 3 May 2021 10:41 AM'];
  // A sentence of the page's broken over two lines is no summary in points either.
  const broken = ['See what your friends have read', 'on the sites of the Town Herald'];
  for (const [lines, kept] of [
    [points, true],
    [stamp, false],
    [broken, false],
  ] as const) {
    const html = `<html><body><h2 class="title">${headline}</h2><div class="lang">Change language</div>
      <div class="midtitle">${lines.join('<br><br>')}</div><figure><img src="a.jpg"><figcaption>The old market square on Monday.</figcaption></figure>
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const { read, blocks } = readHtmlBlocks(html);
    const hint: ArticleHint = { title: headline, blocks: [lines.join('\n'), para(1), para(2), para(3)], linkShare: 0 };
    const marked = markArticle(read, blocks, hint);
    const text = (b: { start: number; end: number }): string => read.text.slice(b.start, b.end);
    for (const l of lines) {
      const b = marked.blocks!.find((x) => text(x).includes(l))!;
      assert.equal(b.role, kept ? 'content' : 'chrome', l);
    }
  }
});

test("a box between the headline and the prose that says its summary is made by AI ('This summary was made by AI …', 'KI-Zusammenfassung') is chrome, its notice and the summary's paragraphs under it; a standfirst that speaks of an AI firm and a summary is kept", () => {
  const headline = 'Council backs plan for new library';
  const standfirst = 'Work on the new building is to start next spring, the mayor said on Monday.';
  const points = ['The town council voted to build a new library on the old market square.', 'The mayor said work would start next spring after ten years of debate.'];
  for (const notice of ['This summary was made by AI from the story. Read the whole story for its full context.', 'Diese Zusammenfassung wurde mit KI erstellt und kann Fehler enthalten.']) {
    const html = `<html><body><h1>${headline}</h1><div class="tools"><p>Quick read</p><p>${notice}</p>${points.map((p) => `<p>${p}</p>`).join('')}<div>Members only</div></div>
      <div class="byline">Jane Doe</div><div class="lead">${standfirst}</div>
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const r = roles(html, [para(1), para(2), para(3)], headline);
    for (const t of [notice, ...points]) assert.equal(roleOf(r, t), 'chrome', t);
    assert.equal(roleOf(r, standfirst), 'content');
  }
  const deck = ['The AI company said on Monday that its chief would step down in the spring.', 'A summary of the results is to be published next week, the company said.'];
  const html = `<html><body><h1>${headline}</h1>${deck.map((p) => `<p>${p}</p>`).join('')}<div class="byline">Jane Doe</div>
    <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, [para(1), para(2), para(3)], headline);
  for (const t of deck) assert.equal(roleOf(r, t), 'content', t);
});

test("a headline (<h1>) and a short deck (<h2>) under it that the page's title runs together: the <h1> is the headline, the deck is kept", () => {
  const html = `<html><body><ul><li><a href="/">News</a></li></ul><h1>Ferry sinks at the harbour mouth in a storm</h1><h2>All crew rescued</h2>
    <div class="body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const r = roles(html, ['All crew rescued', para(1), para(2), para(3)], 'Ferry sinks at the harbour mouth in a storm All crew rescued');
  assert.equal(roleOf(r, 'Ferry sinks at the harbour mouth in a storm'), 'heading');
  assert.notEqual(roleOf(r, 'All crew rescued'), 'chrome');
  for (const n of [1, 2, 3]) assert.equal(roleOf(r, para(n)), 'content');
  // A title that sets a kicker apart by a colon ("Coast news: Ferry sinks …"): the kicker over the <h1> is no headline.
  const kicked = `<html><body><div>Coast news</div><h1>Ferry sinks at the harbour mouth in a storm</h1>
    <div class="body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
  const k = roles(kicked, ['Coast news', 'Ferry sinks at the harbour mouth in a storm', para(1), para(2), para(3)], 'Coast news: Ferry sinks at the harbour mouth in a storm');
  assert.equal(roleOf(k, 'Ferry sinks at the harbour mouth in a storm'), 'heading');
  assert.equal(roleOf(k, 'Coast news'), 'chrome');
});

test("a standfirst of several short paragraphs that the page's description runs together word for word is kept whole, its shortest first paragraph too; short lines the description does not say are not", () => {
  const headline = 'Council backs plan for new library';
  const standfirst = ['Books move at last.', 'The mayor explained why the vote matters.', '"We waited ten years", she wrote on the town website.'];
  const lead = 'Councillors met late on Monday.';
  for (const [excerpt, kept] of [
    [standfirst.join(' '), true],
    ['A town votes on where it keeps its books after ten years of argument.', false],
  ] as const) {
    const html = `<html><body><h1>${headline}</h1>${standfirst.map((p) => `<p>${p}</p>`).join('')}<p>${lead}</p>
      <div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></body></html>`;
    const { read, blocks } = readHtmlBlocks(html);
    const hint: ArticleHint = { title: headline, blocks: [...standfirst, lead, para(1), para(2), para(3)], linkShare: 0, excerpt };
    const marked = markArticle(read, blocks, hint);
    const r = marked.blocks!.map((b): [string, string] => [b.role, read.text.slice(b.start, b.end)]);
    assert.equal(roleOf(r, standfirst[0]!), kept ? 'content' : 'chrome', excerpt);
    for (const p of [...standfirst.slice(1), lead]) assert.equal(roleOf(r, p), 'content', p);
    assert.equal(roleOf(r, headline), 'heading');
  }
});
