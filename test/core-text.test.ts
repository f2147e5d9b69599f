import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../src/core/text';
import { tokenizerContext } from '../src/core/lang';

const words = (s: string, lang = 'eng') => tokenize(s, 0, s.length, tokenizerContext(lang)).map((t) => s.slice(t.start, t.end));

test('tokens: words, abbreviations, figures with their signs, contractions', () => {
  assert.deepEqual(words('The U.S. paid $5.5 billion, 12.5% more; they don’t say (AMMAN/BEIRUT) 10:55.'), [
    'The', 'U.S.', 'paid', '$5.5', 'billion', '12.5%', 'more', 'they', 'don’t', 'say', 'AMMAN', 'BEIRUT', '10:55',
  ]);
  assert.deepEqual(words('Près de 3 000 habitants, l’État et €4,5 millions', 'fra'), ['Près', 'de', '3 000', 'habitants', 'l’État', 'et', '€4,5', 'millions']);
  assert.deepEqual(words('On May 12 500 people marched'), ['On', 'May', '12', '500', 'people', 'marched']);
  assert.deepEqual(words('“Quoted” — café naïve 😀 Ω'), ['Quoted', 'café', 'naïve', 'Ω']);
});

test('tokens of any string: in order, apart, each the text it spans, none starting inside a word', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('eng', 'fra', 'und'), (s, lang) => {
      const toks = tokenize(s, 0, s.length, tokenizerContext(lang));
      let prev = 0;
      for (const t of toks) {
        assert.ok(t.start >= prev && t.end > t.start && t.end <= s.length);
        if (t.start > prev) assert.ok(!/[A-Za-z0-9]/.test(s[t.start - 1]!), `a token starts inside a word at ${t.start}`);
        prev = t.end;
      }
    }),
  );
});
