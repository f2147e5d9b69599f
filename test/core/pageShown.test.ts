import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtmlBlocks } from '../../src/core/markup';
import { withWrappersShown } from '../../src/core/pageShown';

const para = (n: number): string =>
  `Paragraph ${n} of the story says the harbour board approved the new ferry timetable after a long meeting on Monday, and that the first boats run in June.`;
const story = (n: number): string => `<h1>Harbour board backs new ferry timetable</h1>${Array.from({ length: n }, (_, k) => `<p>${para(k + 1)}</p>`).join('')}`;
const menu = '<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>';
const page = (body: string): string => `<!DOCTYPE html><html><head><title>Harbour board backs new ferry timetable</title></head><body>${body}</body></html>`;

test('a page whose whole body is hidden until a script shows it (display: none, hidden, aria-hidden, the class "hidden") is read as shown', () => {
  for (const hiding of ['style="display: none;"', 'hidden', 'aria-hidden="true"', 'class="page hidden"', 'style="visibility:hidden"']) {
    const html = page(`<div id="wrap" ${hiding}>${menu}<div class="main">${story(5)}</div><div class="foot">Contact us</div></div><script>show('wrap')</script>`);
    const { read, shown } = readHtmlBlocks(html);
    assert.deepEqual([...shown], [html.indexOf('<div id="wrap"')], hiding);
    for (const n of [1, 3, 5]) assert.ok(read.text.includes(para(n)), `${hiding}: paragraph ${n} read`);
    assert.ok(read.text.includes('Harbour board backs new ferry timetable'), `${hiding}: the headline read`);
  }
});

test('a wrapper hidden inside another hidden one, both around the whole page, are both read as shown', () => {
  const html = page(`<div style="display:none"><div hidden>${menu}${story(4)}</div></div>`);
  const { read, shown } = readHtmlBlocks(html);
  assert.equal(shown.size, 2);
  assert.ok(read.text.includes(para(4)));
});

test('hidden boxes beside a story stay unread: a menu, a sign-in box, a cookie notice, a hidden copy of the story, a modal dialog with a headline of its own', () => {
  const notice = '<div class="cookie-notice" hidden><p>We use cookies to improve your experience on our site.</p></div>';
  const signIn = '<div style="display: none"><h2>Sign in</h2><p>Enter your email address to continue reading.</p></div>';
  const hiddenMenu = `<div class="drawer" style="display:none">${menu}</div>`;
  const dialog = (attrs: string): string =>
    `<div ${attrs} style="display:none"><h1>Join our readers</h1>${Array.from({ length: 12 }, (_, k) => `<p>Offer ${k + 1}: subscribe today and read every story on any device for a year at half the price of print.</p>`).join('')}</div>`;
  const pages = [
    page(`${hiddenMenu}${signIn}${notice}<div class="main">${story(4)}</div>`),
    // A hidden copy of the story holds the first headline, but not most of the page: the story shown beside it is as long.
    page(`${menu}<div class="print-copy" hidden>${story(4)}</div><div class="main">${story(4)}</div>`),
    // A modal dialog before the story, longer than it: a dialog, never a wrapper of the page.
    page(`${dialog('role="dialog"')}<div class="main"><h2>Harbour board backs new ferry timetable</h2><p>${para(1)}</p></div>`),
    page(`${dialog('aria-modal="true"')}<div class="main"><h2>Harbour board backs new ferry timetable</h2><p>${para(1)}</p></div>`),
  ];
  for (const html of pages) {
    const { read, shown } = readHtmlBlocks(html);
    assert.equal(shown.size, 0, html.slice(0, 300));
    for (const hidden of ['Sign in', 'We use cookies', 'Join our readers', 'Offer 1']) assert.ok(!read.text.includes(hidden), hidden);
    assert.equal(read.text.split(para(1)).length, 2, 'the story read once');
  }
});

test('a hidden wrapper that holds the headline but not most of the page stays hidden: the visible text around it is the page', () => {
  const long = Array.from({ length: 20 }, (_, k) => `<p>Other news ${k + 1}: the council met again on Tuesday to discuss the budget for the coming year and its roads.</p>`).join('');
  const html = page(`<div hidden>${story(2)}</div><div class="more">${long}</div>`);
  const { read, shown } = readHtmlBlocks(html);
  assert.equal(shown.size, 0);
  assert.ok(!read.text.includes(para(1)));
});

test('the page given to the article extractor has the hiding blanked out of the shown tags only, every offset where it was', () => {
  const html = page(`<div id="wrap" class="page" style="display: none; color: red" aria-hidden="true">${story(3)}<p style="display:none">A note.</p></div>`);
  const { shown } = readHtmlBlocks(html);
  const out = withWrappersShown(html, shown);
  assert.equal(out.length, html.length);
  const at = html.indexOf('<div id="wrap"');
  assert.match(out.slice(at, out.indexOf('>', at) + 1), /^<div id="wrap" class="page"\s+>$/);
  assert.ok(out.includes('<p style="display:none">A note.</p>'), 'a hidden box inside stays hidden');
  assert.equal(out.replace(/<[^>]*>/g, ''), html.replace(/<[^>]*>/g, ''));
});
