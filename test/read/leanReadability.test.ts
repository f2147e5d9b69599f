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
