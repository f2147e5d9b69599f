import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { compare } from '../../src/core/index';
import { fromSourceOffset, looksLikeHtml, readArticle, readHtml, readMarkdown, toSourceComparison, toSourceSpan } from '../../src/core/markup';
import { LineIndex } from '../../src/view/lineIndex';
import { main, type CliIO } from '../../src/cli/main';
import { seed } from '../helpers';

/** A seed article as a web page: head, navigation, a script, inline markup, character references, a footer. */
function asPage(text: string): string {
  const paras = text.split(/\n+/).filter((p) => p.trim());
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/’/g, '&rsquo;').replace(/“/g, '&#8220;').replace(/”/g, '&#x201D;');
  const body = paras
    .slice(1)
    .map((p, i) => `  <p class="p${i}">\n    ${esc(p).replace(/\b(Iran)\b/, '<a href="/tag/iran">$1</a>').replace(/, /, ',\n    ')}\n  </p>`)
    .join('\n');
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><title>Story</title><style>p { margin: 0 }</style>\n' +
    '<script>window.track = "</p> not text";</script></head>\n<body>\n<nav><a href="/">Home</a> | <a href="/world">World</a></nav>\n' +
    `<article>\n<h1>${esc(paras[0]!)}</h1>\n${body}\n</article>\n<footer>© 2024 Example News</footer>\n</body></html>\n`
  );
}

test('a web page is read as a reader sees it: no tags, scripts, styles, navigation or footer; references decoded; blocks apart', () => {
  const r = readHtml(
    '<html><head><title>T</title><script>var a = "<p>x</p>";</script></head><body><nav>Home</nav>' +
      '<p>Iran&rsquo;s caf&eacute;s &amp; <b>bar</b>s &lt;b&gt;&nbsp;now</p><!-- hidden --><p>Second\n   line</p>one<br>two<footer>©</footer></body></html>',
  );
  assert.equal(r.text, 'Iran’s cafés & bars <b>\u00a0now\n\nSecond line\n\none\ntwo');
  assert.equal(r.starts.length, r.text.length + 1);
});

test('every character of the read text points at where it came from in the source', () => {
  const src = asPage(seed(0));
  const r = readHtml(src);
  for (let i = 0; i < r.text.length; i++) {
    const from = src.slice(r.starts[i], r.ends[i]);
    if (/\s/.test(r.text[i]!)) continue;
    if (from.startsWith('&')) assert.match(from, /^&[#\w]+;$/, `reference at ${i}`);
    else assert.equal(from, r.text[i], `character ${i}`);
  }
  // The way back: a source offset maps to the first read character at or after it.
  const k = r.text.indexOf('Araqchi');
  assert.equal(fromSourceOffset(r, r.starts[k]!), k);
});

test('a seed as a web page against the same seed as text: nothing to report, and the offsets land in the page', () => {
  const page = asPage(seed(0));
  const read = readArticle(page, 'story.html')!;
  assert.ok(read);
  const c = toSourceComparison(compare(read.text, seed(0)), read, null);
  assert.deepEqual(c.discrepancies.map((d) => d.reason), []);
  for (const s of c.canonical.sentences) {
    // Each sentence starts and ends at its first and last word in the source, tags between them or not.
    const slice = page.slice(s.start, s.end);
    const words = s.text.match(/[A-Za-z]+/g)!;
    assert.ok(slice.startsWith(s.text.slice(0, 1)) || slice.startsWith('&'), `${s.id}: ${slice.slice(0, 40)}`);
    assert.ok(slice.includes(words[words.length - 1]!), `${s.id} ends at its last word`);
    assert.ok(!/<\/p>\s*$/.test(slice), 'no closing tag after the last character');
  }
  // And a departure found on the page: its words' spans slice back to the words in the source.
  const edited = page.replace('At least 300 fighters', '500 fighters');
  const readEdited = readArticle(edited, 'x.html')!;
  const e = toSourceComparison(compare(seed(0), readEdited.text), null, readEdited);
  const n = e.discrepancies.find((d) => d.kind === 'number');
  assert.ok(n, e.discrepancies.map((d) => d.reason).join('\n'));
  assert.equal(edited.slice(n.articleSpans[0]!.start, n.articleSpans[0]!.end), '500');
});

test('only pages are read as HTML: a text that mentions a tag stays text', () => {
  assert.ok(looksLikeHtml('\uFEFF<!doctype html><p>x</p>'));
  assert.ok(looksLikeHtml('  <html lang="fr">'));
  assert.ok(looksLikeHtml('<?xml version="1.0"?>\n<!-- saved --><html>'));
  assert.ok(!looksLikeHtml('Officials said <img src=x onerror=alert(1)> was planted.'));
  assert.equal(readArticle('Officials said <b>no</b>.', 'copy.txt'), null);
  assert.ok(readArticle('Officials said <b>no</b>.', 'copy.HTM'));
});

test('reading never throws, and its map is ordered and inside the source (random markup)', () => {
  const piece = fc.oneof(
    fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#x1F600;', '&rsquo;', '&bogus;', '&', '<', '>', '"', '\n', ' ', '<a href="x>y">', '<![CDATA[', ']]>'),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const src = parts.join('');
      const r = readHtml(src);
      assert.equal(r.starts.length, r.text.length + 1);
      let prev = 0;
      for (let i = 0; i < r.text.length; i++) {
        assert.ok(r.starts[i]! >= prev && r.starts[i]! <= r.ends[i]! && r.ends[i]! <= src.length);
        prev = r.starts[i]!;
      }
      const span = toSourceSpan(r, { start: 0, end: r.text.length });
      assert.ok(span.start <= span.end && span.end <= src.length);
    }),
  );
});

test('LineIndex over a page: positions are the source document’s, and a cursor in the source maps back', () => {
  const src = '<p>First <b>bold</b> line.</p>\n<p>Second\nline.</p>';
  const r = readHtml(src);
  const lines = new LineIndex(r.text, { source: src, read: r });
  const k = r.text.indexOf('line.');
  const at = lines.spanAt({ start: k, end: k + 5 });
  assert.deepEqual(at.start, { line: 0, character: src.indexOf('line.') });
  assert.deepEqual(at.end, { line: 0, character: src.indexOf('line.') + 5 }, 'the end stays before </p>');
  const second = r.text.indexOf('Second');
  assert.equal(lines.lineAt(r.text.indexOf('line.', second)), 2);
  assert.equal(lines.offsetAt({ line: 1, character: 3 }), second);
  // An empty span (a ghost note's anchor) is one point.
  const p = lines.spanAt({ start: second, end: second });
  assert.deepEqual(p.start, p.end);
});

test('Markdown is read as a reader sees it: link text without targets, no emphasis, heading or list marks', () => {
  const src = '# Floods: *at least* 12 dead\n\nOfficials [said](https://example.com/x "t") on **Monday**\nthat 12 died \\* and AT&amp;T lines fell.\n\n- one item\n- two\n\n> quoted line\n\n    an indented paragraph\n\n![a photo](p.jpg)\n\n[ref]: https://example.com\n';
  const r = readMarkdown(src);
  assert.equal(r.text, 'Floods: at least 12 dead\n\nOfficials said on Monday that 12 died * and AT&T lines fell.\n\none item\n\ntwo\n\nquoted line\n\nan indented paragraph');
  const k = r.text.indexOf('Monday');
  assert.equal(src.slice(r.starts[k], r.ends[k + 5]), 'Monday');
  assert.equal(readArticle(src, 'copy.txt'), null, 'a .txt file stays text');
  assert.ok(readArticle(src, 'copy.md'));
});

test('a seed as Markdown against the same seed as text: nothing to report; a change marks the words in the Markdown source', () => {
  const paras = seed(0).split(/\n+/).filter((p) => p.trim());
  const md = `# ${paras[0]}\n\n` + paras.slice(1).map((p) => p.replace(/\bAleppo\b/, '**Aleppo**').replace(/\bIraqi\b/, '[Iraqi](https://example.com/iraq)')).join('\n\n') + '\n';
  const read = readArticle(md, 'story.md')!;
  assert.deepEqual(compare(seed(0), read.text).discrepancies.map((d) => d.reason), []);
  const edited = md.replace('At least 300', '300');
  const r2 = readArticle(edited, 'story.md')!;
  const c = toSourceComparison(compare(seed(0), r2.text), null, r2);
  const hedge = c.discrepancies.find((d) => d.kind === 'hedge');
  assert.ok(hedge);
  const span = hedge.articleSpans[0]!;
  assert.equal(edited.slice(span.start, span.end), '300');
});

test('no hang on dense markup: a long paragraph of decoded words, links and emphasis', { timeout: 30_000 }, () => {
  const words = Array.from({ length: 20_000 }, (_, k) => `caf&eacute;${k} AT&amp;T${k % 7} **bold** [x](https://example.com/${'p'.repeat(k % 300)})`);
  const md = readMarkdown(words.join(' '));
  assert.ok(md.text.startsWith('café0 AT&T0 bold x café1'));
  const html = readHtml(`<p>${words.join(' ')}</p>`);
  assert.ok(html.text.startsWith('café0 AT&T0 **bold** [x]'));
});

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirediff-markup-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('CLI: an .html canonical is compared by its text; JSON offsets point into the file', () => {
  const page = join(dir, 'canonical.html');
  writeFileSync(page, asPage(seed(0)));
  const article = join(dir, 'copy.txt');
  writeFileSync(article, seed(0).replace('At least 300', '300'));
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns: 100, env: {}, cwd: dir };
  assert.equal(main(['compare', '--canonical', page, article, '--format', 'json'], io), 0, err);
  const doc = JSON.parse(out);
  assert.deepEqual(doc.discrepancies.map((d: { kind: string }) => d.kind), ['hedge']);
  const hedge = doc.discrepancies[0];
  const pageText = asPage(seed(0));
  assert.match(pageText.slice(hedge.canonicalSpans[0].start, hedge.canonicalSpans[0].end), /^At least/);
  assert.ok(!doc.canonical.sentences.some((s: { text: string }) => /<|&amp;|window\.track|Home/.test(s.text)), 'no markup or chrome in the sentences');
});

test("a table's row is read as one line, its cells side by side; each cell's characters still point into the source", () => {
  const html = '<html><body><p>Results of the vote:</p><table><tr><th>Ward</th><th>Yes</th><th>No</th></tr><tr><td>North</td><td>1,204</td><td>87</td></tr><tr><td><p>South</p><p>(recount)</p></td><td>998</td><td>150</td></tr></table></body></html>';
  const r = readHtml(html);
  assert.equal(r.text, 'Results of the vote:\n\nWard Yes No\n\nNorth 1,204 87\n\nSouth\n\n(recount)\n\n998 150');
  const at = r.text.indexOf('1,204');
  assert.equal(html.slice(toSourceSpan(r, { start: at, end: at + 5 }).start, toSourceSpan(r, { start: at, end: at + 5 }).end), '1,204');
});

test('a page whose <head> is never closed (no </head>, no <body>) is read from the first element that has no place in a head; its title is never read', () => {
  const html = '<html><head><title>Council backs plan</title><meta charset="utf-8"><noscript><img src="pixel.gif"></noscript><link rel="x" href="y"><script>var a = "<p>not this</p>";</script><div id="story"><h1>Council backs plan</h1><p>The council voted on Monday.</p></div></html>';
  assert.equal(readHtml(html).text, 'Council backs plan\n\nThe council voted on Monday.');
  const closed = '<html><head><title>Council backs plan</title></head><body><p>The council voted on Monday.</p><svg><title>An icon</title></svg></body></html>';
  assert.equal(readHtml(closed).text, 'The council voted on Monday.');
});

test("text the page hides from the eye inside a sentence (a link's note for screen readers, a hidden span) is not read; the sentence reads as the reader sees it", () => {
  const html =
    '<html><body><p>The ministry said the report<a href="/r">, published on Monday<span class="sr-only">, opens in a new tab</span></a>, was final.' +
    '<span style="position:absolute;clip:rect(0 0 0 0);width:1px">(link opens a new window)</span> It gave no figures<span hidden> hidden note</span>.' +
    ' Aid <span class="go-vh">(öffnet im neuen Fenster)</span>arrived <span class="mobile-hidden">late</span> on Tuesday.</p></body></html>';
  const r = readHtml(html);
  assert.equal(r.text.trim(), 'The ministry said the report, published on Monday, was final. It gave no figures. Aid arrived late on Tuesday.');
  // A hidden separator still parts the words it stood between (a kicker over its headline).
  assert.equal(readHtml('<h2>Harbour<span class="visually-hidden">: </span>Board backs dredging</h2>').text.trim(), 'Harbour Board backs dredging');
  for (const words of ['was final', 'arrived late']) {
    const at = r.text.indexOf(words);
    const span = toSourceSpan(r, { start: at, end: at + words.length });
    assert.equal(html.slice(span.start, span.end).replace(/<[^>]*>/g, ''), words);
  }
});

test('a box the page hides (the class "hidden", the hidden attribute, display:none) is not read; a box shown again at some width ("hidden md:block") is', () => {
  const r = readHtml(
    '<html><body><p>The harbour board met on Monday.</p>' +
      '<div class="sign-in-group hidden"><h2>Register to unlock this article</h2><ul><li>Unlimited access on every device</li></ul></div>' +
      '<div hidden><p>Thanks for signing up!</p></div><div style="display: none"><p>Please try again.</p></div>' +
      '<div class="hidden md:block"><p>The vote passed six to one.</p></div></body></html>',
  );
  assert.equal(r.text.trim(), 'The harbour board met on Monday.\n\nThe vote passed six to one.');
});

test("a box hidden from screen readers (aria-hidden: a share bar's labels, a teaser) and a tooltip are not read; aria-hidden inside a paragraph is (a drop cap's letter spelled out for screen readers)", () => {
  const r = readHtml(
    '<html><body><div aria-hidden="true"><p>Share this with</p><p>Messenger</p></div><p>The harbour board met on Monday.</p>' +
      '<span aria-hidden="true">Mayor opens the new bridge at last</span>' +
      '<p><span aria-hidden="true">T</span>he vote passed six to one<span role="tooltip">Read later</span>.</p><div aria-hidden="false"><p>It was a close call.</p></div></body></html>',
  );
  assert.equal(r.text.trim(), 'The harbour board met on Monday.\n\nThe vote passed six to one.\n\nIt was a close call.');
});

test("a glossary tooltip's explanation inside a paragraph (hidden from screen readers inside the element whose title it shows, or a tooltip's text by its class) is not read: the sentence is the words a reader sees, each at its offset in the file", () => {
  const html =
    '<html><body><p>The crew rowed a <abbr class="gloss" tabindex="0" title="A canoe with one hull and a float beside it.">proa' +
    '<span aria-hidden="true" role="presentation">A canoe with one hull and a float beside it.</span></abbr>-style boat to the reef.</p>' +
    '<p>The council lacked a <span class="term">quorum<span class="tooltip-text">The least number of members who must be present.</span></span> on Friday.</p>' +
    '<p><span aria-hidden="true">T</span>he <a href="/v" title="The vote">vote<span aria-hidden="true">Read the minutes of the vote</span></a> passed.</p></body></html>';
  const r = readHtml(html);
  assert.equal(r.text.trim(), 'The crew rowed a proa-style boat to the reef.\n\nThe council lacked a quorum on Friday.\n\nThe vote passed.');
  // Every character read lands on the same character in the file.
  for (let i = 0; i < r.text.length; i++) {
    if (/\s/.test(r.text[i]!)) continue;
    const span = toSourceSpan(r, { start: i, end: i + 1 });
    assert.equal(html.slice(span.start, span.end), r.text[i], `character ${i}`);
  }
});

test("a card set inside a sentence, shown while the pointer rests on a name (an image and links only: the person's photo, name and stories), is not read; the sentence reads as the reader sees it", () => {
  const card =
    '<span class="people-card"><span><img src="/p/noem.jpg"><a class="name" href="/people/jane-doe">Jane Q. Doe</a>' +
    '<a href="/s/1">Governor doubles down on campaign</a> <a href="/s/2">State drops protest laws</a> <a class="more" href="/people/jane-doe">MORE</a></span></span>';
  const html = `<html><body><p>Harbour Gov. <span class="people"><a href="/people/jane-doe">Jane Doe</a>${card}</span> (R) is defending the dredging plan.</p>` +
    '<p>Read <span><a href="/a">the ruling</a> and <a href="/b">the appeal</a></span> in full.</p><p><a href="/g"><img src="/t.jpg"></a> Photos: <span><a href="/1">one</a><img src="/i.jpg"><a href="/2">two</a></span></p></body></html>';
  const r = readHtml(html);
  const [first, second] = r.text.split('\n\n');
  assert.equal(first, 'Harbour Gov. Jane Doe (R) is defending the dredging plan.');
  // Links with words of the sentence between them, and no image, are the sentence's.
  assert.equal(second, 'Read the ruling and the appeal in full.');
  const at = r.text.indexOf('(R) is defending');
  const span = toSourceSpan(r, { start: at, end: at + 16 });
  assert.equal(html.slice(span.start, span.end), '(R) is defending');
});

test("an <aside> is unread, but for one that holds the story's body (the page's microdata say so): its own asides and the page's sidebar stay unread", () => {
  // Written for this test.
  const story = '<p>The council voted on the harbour plan on Monday.</p>';
  const html = (body: string): string =>
    `<html><body><!-- <aside> itemprop="articleBody" --><aside class="col"><aside class="share">Share this</aside><h1>Harbour plan</h1>` +
    `<div ${body}>${story}</div></aside><script>var s = '<aside>';</script><aside class="rail"><p>Most read today</p></aside></body></html>`;
  const read = readHtml(html('itemprop="articleBody"')).text;
  assert.ok(read.includes('Harbour plan') && read.includes('The council voted on the harbour plan on Monday.'), read);
  assert.ok(!read.includes('Share this') && !read.includes('Most read'), read);
  // The same words held by no such body: the aside is a sidebar, unread.
  for (const body of ['class="text"', 'itemprop="text"']) assert.ok(!readHtml(html(body)).text.includes('harbour plan'), body);
});

test('ruby annotations (furigana) are no part of the text a reader reads: the base text is read, every character on its own in the file', () => {
  // Written for this test: readings in <rt>, with and without their closing tags, and the fallback brackets of <rp>.
  const html =
    '<html><body><p><ruby>市役所<rp>(</rp><rt>しやくしょ</rt><rp>)</rp></ruby>は<ruby>図<rt>と</rt>書<rt>しょ</rt>館</ruby>の<ruby>計画<rt>けいかく</ruby>を' +
    '<ruby>発表<rt>はっぴょう<rt>x</ruby>しました。</p><p>Tokyo <ruby>東京<rt>とうきょう</rt></ruby> read.</p></body></html>';
  const r = readHtml(html);
  assert.equal(r.text, '市役所は図書館の計画を発表しました。\n\nTokyo 東京 read.');
  // Every character shown is the file's own character where it stands.
  for (let i = 0; i < r.text.length; i++) {
    if (/\s/.test(r.text[i]!)) continue;
    assert.equal(html.slice(r.starts[i]!, r.ends[i]!), r.text[i], `${i}: ${r.text[i]}`);
  }
});
