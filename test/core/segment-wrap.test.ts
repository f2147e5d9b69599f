import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compare, segment } from '../../src/core/index';
import { lexiconFor } from '../../src/core/lexicon';
import { UNSPACED_SCRIPTS } from '../../src/core/scripts';
import { FIXTURES } from '../helpers';

/**
 * What `fold -s -w width` does, then trailing blanks stripped (as wire feeds and e-mail
 * alerts deliver text): every line longer than `width` is broken after its last blank
 * within the width (or at the width when it has none).
 */
export function fold(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const blank = Math.max(rest.lastIndexOf(' ', width - 1), rest.lastIndexOf('\t', width - 1));
        const at = blank >= 0 ? blank + 1 : width;
        out.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      out.push(rest);
      return out.map((l) => l.replace(/[ \t]+$/, '')).join('\n');
    })
    .join('\n');
}

/**
 * Every plain-text fixture of the repository: the seeds and the others, but for the held-out
 * set of story families, which only `npm run eval` reads (test/fixtures/families/README.md).
 */
function fixtureTexts(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'heldout' ? [] : fixtureTexts(p);
    return name.endsWith('.txt') ? [p] : [];
  });
}

test('fold -s: lines at most the width, words whole, nothing lost but line-end blanks', () => {
  const t = 'The quick brown fox jumps over the lazy dog and keeps on running far away.';
  const f = fold(t, 20);
  for (const l of f.split('\n')) assert.ok(l.length <= 20, l);
  assert.equal(f.replace(/\n/g, ' '), t);
  assert.equal(fold('abcdefghij klm', 5), 'abcde\nfghij\n klm');
  assert.equal(fold('abcd efghij', 5), 'abcd\nefghi\nj');
});

const WIDTHS = [64, 72, 50];
const files = fixtureTexts();

test('the fixtures include the seeds and wire copy of several agencies', () => {
  assert.ok(files.filter((f) => /[/\\]00\d_[^/\\]*\.txt$/.test(f)).length >= 5);
  assert.ok(files.length >= 9);
});

/** A line break a wrap put between two characters of a script written without spaces. */
const UNSPACED_BREAK = new RegExp(`([${UNSPACED_SCRIPTS}])[ \\t]*\\r?\\n(?=[${UNSPACED_SCRIPTS}])`, 'gu');

for (const file of files) {
  test(`hard-wrapped copies of ${relative(FIXTURES, file)} read as the same sentences (widths ${WIDTHS.join(', ')})`, () => {
    const text = readFileSync(file, 'utf8');
    for (const width of WIDTHS) {
      const wrapped = fold(text, width);
      const c = compare(text, wrapped);
      const found = c.discrepancies.filter((d) => d.kind !== 'boilerplate');
      assert.deepEqual(
        found.map((d) => `${d.kind}: ${d.reason}`),
        [],
        `${relative(FIXTURES, file)} wrapped at ${width}`,
      );
      // Stronger: the same segments, of the same kinds, with line breaks read as spaces (as
      // nothing between two characters of a script written without spaces).
      const en = { locale: c.language === 'eng' || c.language === 'und' ? 'en' : c.language, lexicon: lexiconFor(c.language) };
      const read = (t: string) => segment(t, en).map((s) => `${s.kind}:${s.text.replace(UNSPACED_BREAK, '$1').replace(/\s+/g, ' ')}`);
      assert.deepEqual(read(wrapped), read(text), `${relative(FIXTURES, file)} wrapped at ${width}`);
    }
  });
}

test('a wrapped line that begins with "by", a bracket or a dash continues its sentence unless it is a credit', () => {
  const en = { locale: 'en', lexicon: lexiconFor('eng') };
  const text =
    'The plan, first made public on Monday and welcomed by most of the\n' +
    'union leaders who met the minister late into the night, was written\n' +
    'by Jane Example. It would cost 1.2 billion euros, or roughly the\n' +
    '($1.3 billion) the ministry had set aside for it over three years.\n' +
    '(Reporting by John Sample; Editing by Alex Editor)';
  assert.deepEqual(
    segment(text, en).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`),
    [
      'sentence:The plan, first made public on Monday and welcomed by most of the union leaders who met the minister late into the night, was written by Jane Example.',
      'sentence:It would cost 1.2 billion euros, or roughly the ($1.3 billion) the ministry had set aside for it over three years.',
      'credit:(Reporting by John Sample; Editing by Alex Editor)',
    ],
  );
});

test('an ellipsis after a full stop splits the same way whether a line break or a space stands before it', () => {
  const en = { locale: 'en', lexicon: lexiconFor('eng') };
  const one = 'He said the plan was sound in its present form. ... Then he asked for a vote on it.';
  const broken = one.replace('form. ...', 'form.\n...');
  const crlf = one.replace('form. ...', 'form.\r\n...');
  const read = (t: string): string[] => segment(t, en).map((s) => s.text.replace(/\s+/g, ' '));
  assert.deepEqual(read(one), ['He said the plan was sound in its present form.', '... Then he asked for a vote on it.']);
  assert.deepEqual(read(broken), read(one));
  assert.deepEqual(read(crlf), read(one));
});
