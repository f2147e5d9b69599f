import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { PairSet, splitRunTogether, Vocabulary, vocabularyOf } from '../../src/core/runTogether';
import { tokenize, type Token } from '../../src/core/text';
import { partHash } from '../../src/core/hash';

const ctx = tokenizerContext('eng');
const words = (s: string) => tokenize(s, 0, s.length, ctx);

test('runTogether: a lost space reads as the two words the canonical has, cut at the seam', () => {
  const canonical = "The river's level rose on Friday by 12 inches, the state's flood office said.";
  const v = vocabularyOf([words(canonical)]);
  const copy = "The river'slevel rose onFriday by 12inches, the state's flood officesaid.";
  const split = splitRunTogether(copy, words(copy), v, ctx, true)!;
  assert.deepEqual(split.map((t) => copy.slice(t.start, t.end)), ['The', "river's", 'level', 'rose', 'on', 'Friday', 'by', '12', 'inches', 'the', "state's", 'flood', 'office', 'said']);
  // A word of its own is never cut into two of the canonical's ("nowhere" is not "now here").
  const own = 'The flood went nowhere.';
  assert.equal(splitRunTogether(own, words(own), vocabularyOf([words('The flood is now here.')]), ctx, true), null);
  // Nor a word whose parts the canonical never has side by side ("ISIS" is not "IS IS").
  const apart = 'ISIS fighters left.';
  assert.equal(splitRunTogether(apart, words(apart), vocabularyOf([words('It is what it is.')]), ctx, true), null);
  const fn = 'Some roads closed.';
  assert.equal(splitRunTogether(fn, words(fn), vocabularyOf([words('So the roads closed on me.')]), ctx, true), null);
});

test('runTogether: through compare, a copy with lost spaces has no finding, and keeps its own text', () => {
  const canonical = 'A storm hit the coast on Tuesday, killing at least 12 people, officials said.\n';
  const copy = 'A storm hit the coast onTuesday, killing at least 12people, officialssaid.\n';
  const c = compare(canonical, copy);
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), []);
  assert.equal(c.article.sentences[0]!.text, copy.trim());
  // A real change next to a lost space is still found.
  const changed = compare(canonical, 'A storm hit the coast onWednesday, killing 12people, officials said.\n');
  assert.deepEqual(changed.discrepancies.map((d) => d.kind).sort(), ['hedge', 'time']);
});

test('runTogether: without a seam, a word WordNet knows stays whole and one it does not is cut', () => {
  // Both parts stand side by side in the canonical either way; only the joined form decides.
  const known = 'The crowd saw a rainbow over the bay.';
  assert.equal(splitRunTogether(known, words(known), vocabularyOf([words('The crowd saw a rain bow over the bay.')]), ctx, true), null);
  const unknown = 'They met at the newsroom door.';
  const split = splitRunTogether(unknown, words(unknown), vocabularyOf([words('They met at the news room door.')]), ctx, true)!;
  assert.deepEqual(split.map((t) => unknown.slice(t.start, t.end)), ['They', 'met', 'at', 'the', 'news', 'room', 'door']);
  // A word no two words of the canonical make is left alone, whatever WordNet says of it.
  const alone = 'They met at the zzqx door.';
  assert.equal(splitRunTogether(alone, words(alone), vocabularyOf([words('They met at the news room door.')]), ctx, true), null);
});

test('runTogether: the vocabulary answers alike for its first questions and for later ones (words side by side, a word cut in two)', () => {
  const v = new Vocabulary([words('The air base was hit.'), words('Rescue teams reached the front lines at dawn.')]);
  const [air, base, front, lines, teams, dawn] = ['air', 'base', 'front', 'lines', 'teams', 'dawn'].map((w) => words(w)[0]!);
  const asks: Array<[Token, Token, boolean]> = [
    [air, base, true],
    [base, air, false],
    [front, lines, true],
    [teams, dawn, false],
  ];
  // Three rounds: the first questions walk the text, the later ones use its index of pairs.
  for (let round = 0; round < 3; round++) for (const [a, b, side] of asks) assert.equal(v.sideBySide(a, b), side, `${a.norm} ${b.norm}`);
  const head = (w: string, k: number): number => partHash(w, 0, k);
  assert.equal(v.splitsInto('airbase', 3, head('airbase', 3)), true);
  assert.equal(v.splitsInto('airbase', 4, head('airbase', 4)), false);
  assert.equal(v.splitsInto('frontlines', 5, head('frontlines', 5)), true);
  assert.equal(v.hasId(air.id), true);
  assert.equal(v.hasId(words('zebra')[0]!.id), false);
});

test('runTogether: PairSet holds pairs of ids exactly, however large the ids', () => {
  const p = new PairSet(4);
  p.add(1, 2 ** 21);
  p.add(0, 5);
  assert.equal(p.has(1, 2 ** 21), true);
  assert.equal(p.has(0, 5), true);
  // A pair is ordered, and (1, 2²¹) is not (2, 0), which a key of a·2²¹ + b would make them.
  assert.equal(p.has(2, 0), false);
  assert.equal(p.has(5, 0), false);
  assert.equal(p.has(2 ** 21, 1), false);
  // Added twice, held once; grown past its first size, every pair still found.
  const q = new PairSet(3);
  for (let i = 0; i < 100; i++) q.add(i % 50, 7 * (i % 50));
  for (let i = 0; i < 50; i++) assert.equal(q.has(i, 7 * i), true);
  assert.equal(q.has(3, 22), false);
});

test('runTogether: a word of the canonical that a wrap broke where it had no blank (a link, a code) reads as that word', () => {
  // Written for this test: a link longer than the line, broken by `fold` inside it.
  const canonical = 'The full ruling is at http://example.org/t?id=2149E7E:A6F02AD83191E160A32274F1892BE95021A4E82C900CD027 for readers, the court said.\n';
  const copy = 'The full ruling is at\nhttp://example.org/t?id=2149E7E:A6F02AD83191E160A32274F18\n92BE95021A4E82C900CD027 for readers, the court said.\n';
  const v = vocabularyOf([words(canonical)]);
  const split = splitRunTogether(copy, words(copy), v, ctx, true)!;
  assert.ok(split.some((t) => copy.slice(t.start, t.end) === 'A6F02AD83191E160A32274F18\n92BE95021A4E82C900CD027'));
  assert.deepEqual(compare(canonical, copy).discrepancies, []);
  // Two words of their own a line break parts stay two, though the canonical has them joined.
  const own = 'The harbour board\nmet on Monday.';
  assert.equal(splitRunTogether(own, words(own), vocabularyOf([words('The harbourboard met on Monday.')]), ctx, true), null);
});
