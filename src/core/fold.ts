/**
 * Folding of surface forms a reader calls the same word: typographic punctuation, British
 * spelling, accents. The tokenizer (`text.ts`) folds a word's comparison key with these; the
 * detectors that tell written variants apart (`variants.ts`) and the cross-script readers ask
 * them too.
 */
import { BRITISH_SPELLINGS } from './data/spellings';
import { once } from './once';

/** Folds typographic variants of quotes, apostrophes, dashes and spaces to ASCII. */
export function foldPunctuation(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A\u300C\u300D]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ');
}

/**
 * Folds British spellings to American ones. It is applied to both sides of every
 * comparison, so it only has to be consistent, not correct: two different words must
 * never fold together, and the rules are written with that in mind. A word the rules and
 * the stemmer do not fold ("centred" / "centered", "grey" / "gray", "kilometres" /
 * "kilometers", "behaviour" / "behavior") is read from a list (`data/spellings.ts`, built by
 * scripts/build-spellings.mjs from a published list of British and American spellings) as its
 * American word, folded as that word is.
 */
export function foldSpelling(w: string): string {
  const american = listedSpellings().get(w);
  if (american !== undefined) w = american;
  return w.length < 5 || !mayFoldSpelling(w) ? w : spellingRules(w);
}

/** The British words of `BRITISH_SPELLINGS` and their American spelling, read on first use. */
const listedSpellings = once((): Map<string, string> => {
  const listed = new Map<string, string>();
  for (const row of BRITISH_SPELLINGS.split('\n')) {
    const sp = row.indexOf(' ');
    listed.set(row.slice(0, sp), row.slice(sp + 1));
  }
  return listed;
});

/** `foldSpelling`'s rules, applied in turn to any word (`foldSpelling` spares them the words none applies to). */
export function spellingRules(w: string): string {
  if (w.length < 5) return w;
  let s = w;
  s = s.replace(/is(ation|ations|e|ed|es|er|ers|ing)$/, 'iz$1');
  s = s.replace(/ys(e|ed|es|er|ers|ing)$/, 'yz$1');
  if (s.length >= 6) s = s.replace(/([^aeiou])our(s|ed|ing|ite|ites|able|hood|hoods|ful|less)?$/, '$1or$2');
  s = s.replace(/(defen|offen|licen|preten)ce(s?)$/, '$1se$2');
  s = s.replace(/([^aeiou])tre(s?)$/, '$1ter$2');
  s = s.replace(/([^aeiou])tred$/, '$1tered');
  s = s.replace(/ogue(s?)$/, 'og$1');
  s = s.replace(/mme(s?)$/, 'm$1');
  if (s.length >= 8) s = s.replace(/([aeiou][^aeiou])l(ed|ing|er|ers)$/, (m, a: string, b: string) => (a.endsWith('l') ? m : a + b));
  if (s.length >= 8) s = s.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  s = s.replace(/(\p{L}{2})(ae|oe)(\p{L}{2})/u, '$1e$3');
  return s;
}

/**
 * Any of `foldSpelling`'s patterns, its length conditions aside, in one expression: a word none
 * of them matches is left as it is by every rule in turn (a rule changes only a word its pattern
 * matches), so it is tested once instead of ten times. Most words are such words.
 */
const SPELLING_PATTERNS =
  /is(?:ation|ations|e|ed|es|er|ers|ing)$|ys(?:e|ed|es|er|ers|ing)$|[^aeiou]our(?:s|ed|ing|ite|ites|able|hood|hoods|ful|less)?$|(?:defen|offen|licen|preten)ces?$|[^aeiou]tre[sd]?$|ogues?$|mmes?$|[aeiou][^aeiou]l(?:ed|ing|er|ers)$|[aeiou]ll(?:ed|ing|er|ers)$|\p{L}{2}(?:ae|oe)\p{L}{2}/u;

/** Whether `foldSpelling` may change a word: false only for a word it leaves as it is. */
export function mayFoldSpelling(w: string): boolean {
  return SPELLING_PATTERNS.test(w);
}

/** Strips accents and other combining marks (Benoît / Benoit), after stemming: the stemmers expect them. */
export function foldDiacritics(s: string): string {
  // Plain ASCII is by far the most common case: skip the normalisation for it.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  }
  return s;
}
