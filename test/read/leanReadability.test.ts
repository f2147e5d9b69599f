import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { LeanReadability } from '../../src/read/leanReadability';

type BylineTest = (this: unknown, node: unknown, matchString: string) => unknown;

test("the byline test reads an element's text only when it is named or marked as an author's, and answers as Readability's own", () => {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>
    <div class="byline">By Jane Roe</div>
    <span rel="author">  Jane Roe  </span>
    <a rel="author"></a>
    <p itemprop="author name">A. Writer</p>
    <p itemprop="">No one</p>
    <div id="dateline-box">Springfield, Monday</div>
    <div class="author-bio">${'A long biography of the writer, who has covered the council for years. '.repeat(3)}</div>
    <div class="story"><p>The council voted on the plan on Monday evening.</p></div>
    <section>\u00a0\u3000</section>
  </body></html>`);
  const own = (Readability.prototype as unknown as { _isValidByline: BylineTest })._isValidByline;
  const lean = new LeanReadability(document as never);
  let named = 0;
  for (const el of Array.from(document.querySelectorAll('*') as ArrayLike<{ className: string; id: string }>)) {
    const matchString = `${el.className} ${el.id}`;
    const expected = Boolean(own.call(lean, el, matchString));
    assert.equal(lean._isValidByline(el as never, matchString), expected, matchString);
    if (expected) named++;
  }
  assert.ok(named >= 3, `the made-up page has bylines to find (${named})`);
});

test('each try after the first starts again from a copy of the page as it stood, and finds what Readability finds when it parses the page again, with every try made', () => {
  // A short story in a box named as a comment: the first try strips it as an unlikely candidate, later tries keep it.
  const page = `<!DOCTYPE html><html><head><title>Council votes</title></head><body>
    <div class="menu"><a href="#a">Home</a> <a href="#b">World</a></div>
    <div class="comment-story"><p>The council voted on the plan on Monday evening, after a long debate, by seven votes to two.</p>
    <p>The mayor said the vote &amp; the plan were &lt;historic&gt;.<br>Work starts in May.</p><font>A note</font></div>
    <div class="sidebar"><p>Read more: other stories</p></div>
  </body></html>`;
  for (const charThreshold of [500, Number.MAX_SAFE_INTEGER]) {
    const own = new Readability(parseHTML(page).document as never, { charThreshold }).parse();
    const { document } = parseHTML(page);
    const reader = new LeanReadability(document as never, { charThreshold });
    const lean = reader.parse();
    assert.ok(own?.content, 'the made-up page has an article');
    assert.equal(lean?.content, own.content, String(charThreshold));
    assert.equal(lean?.textContent, own.textContent);
    assert.ok((reader as unknown as { _attempts: unknown[] })._attempts.length >= 3, 'the page is tried again');
    // Once Readability is done, the page's HTML is read and set as ever.
    const body = document.body as unknown as { innerHTML: string };
    assert.equal(Object.getOwnPropertyDescriptor(body, 'innerHTML'), undefined);
    body.innerHTML = '<p>x</p>';
    assert.equal(body.innerHTML, '<p>x</p>');
  }
});
