import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../src/report/escape';

// markdown-it with raw HTML allowed, GFM tables and strikethrough, and bare links: the most a renderer does.
const md = new MarkdownIt('default', { html: true, linkify: true });

const htmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a reader sees: the escaped text rendered, with any bare link unwrapped (its text is the same). */
function rendered(s: string): string {
  return md.render(escapeMarkdown(s)).replace(/<a href="[^"]*">|<\/a>/g, '');
}

/** The text itself, as one paragraph (breaks and runs of spaces fold to one space; a paragraph is trimmed). */
function literal(s: string): string {
  const folded = s.replace(/\r\n?|\n/g, ' ').replace(/[ \t]{2,}|\t/g, ' ').replace(/^ | $/g, '');
  return folded ? `<p>${htmlText(folded)}</p>\n` : '';
}

test('escaped text renders as itself: no markup, HTML, entity, block or code of any kind', () => {
  const cases = [
    '# not a heading', '> not a quote', '- not a list', '1. not a list', '1) nor this', '***', '---', '```js', '~~~', '    not code',
    '*em* _em_ **strong** ~~struck~~ `code`', '[link](http://x) ![img](y) <http://z> [ref]: /url', '<img src=x onerror=alert(1)>',
    '&amp; &#65; &copy;', '| a | b |\n| - | - |', 'line\\', 'a  \nb', '$(alert) $x$', 'Setext\n===', '<!-- c -->', 'x_y_z 2*3*4',
  ];
  for (const s of cases) assert.equal(rendered(s), literal(s), s);
  const alphabet = fc.constantFrom(...'\\`*_{}[]()#+-.!|~>$<&;:/"\'=^@ \t\n\r abc1€“”'.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      assert.equal(rendered(s), literal(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});
