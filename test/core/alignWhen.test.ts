import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/index';
import { whenTerms } from '../../src/core/alignWhen';
import { lexiconFor } from '../../src/core/lexicon';
import { prepare } from './helpers';

/** The pairs of sentence texts the comparison links, canonical first. */
function links(canonical: string, article: string): Array<[string, string]> {
  const r = compare(canonical, article);
  return r.alignments.map((g) => [g.canonical.map((i) => r.canonical.sentences[i]!.text).join(' '), g.article.map((i) => r.article.sentences[i]!.text).join(' ')]);
}

// A first-day report and a follow-up written weeks later: both give the day the ferries sank.
const REPORT = [
  'Two ferries carrying tourists and crew sank in a storm off the rocky island of Kelby early on Friday morning, June 6.',
  'Rescuers pulled two fishermen from the water.',
  'The coast guard said two more boats were missing.',
  'No one died, police said.',
].join(' ');
const FOLLOW_UP = [
  'Investigators have found that an engine fire caused the accident.',
  'Since the morning of June 6, two smaller vessels have sailed between the northern ports each day, the company said.',
  'The company plans to buy a new boat next year.',
].join(' ');

test('alignWhen: the date two reports both give is no evidence for a weak link: the day the ferries sank and the vessels sailing since are two facts', () => {
  const got = links(REPORT, FOLLOW_UP);
  assert.ok(!got.some(([, a]) => a.startsWith('Since the morning of June 6')), JSON.stringify(got));
});

test('alignWhen: a sentence that states the same fact as well as the date still links', () => {
  const later = 'The two ferries that sank off Kelby in a storm on June 6 were carrying tourists, investigators say.';
  const got = links(REPORT, later);
  assert.ok(got.some(([c, a]) => c.startsWith('Two ferries carrying tourists') && a === later), JSON.stringify(got));
});

test('alignWhen: the words that name when are the words of a date (with its modifier, "early") and its day, a week day, a part of the day; not a clock time, a year, nor a count', () => {
  const doc = prepare('Early on Friday morning, June 6, 2025, at 7:30 a.m., two ferries sank. Since the morning of June 6th, 40 boats have sailed.');
  const terms = new Map<number, string>();
  const termOf = (t: { norm: string }): number => {
    for (const [k, v] of terms) if (v === t.norm) return k;
    terms.set(terms.size, t.norm);
    return terms.size - 1;
  };
  const when = whenTerms([doc, doc], lexiconFor('eng').time, termOf as never);
  const words = (i: number): string[] => [...when.of(0, i)].map((k) => terms.get(k)!).sort();
  assert.deepEqual(words(0), ['6', 'early', 'friday', 'june', 'morning']);
  assert.deepEqual(words(1), ['6', 'june', 'morning', 'th']); // "6th" is read as "6" and its ordinal ending
  // Without time words (a language with none), nothing names when.
  assert.equal(whenTerms([doc, doc], undefined, termOf as never).of(0, 0).size, 0);
});
