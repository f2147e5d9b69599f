/**
 * A count one headline gives and the other leaves out, speaking of something else, while the other
 * text's body states that count (src/core/headlineFacts.ts): the fact is compared where the bodies
 * state it, and the headline's choice is low rewording. A headline that speaks of the same fact
 * and drops its figure, or a count the other text states nowhere, is still a finding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, type Comparison } from '../../src/core/index';

const canonical = [
  'Storm Kills At Least 40 in Coastal Province',
  'A tropical storm struck the coastal province on Monday, killing at least 40 people, officials said.',
  'Thousands of homes were flooded and roads were cut.',
  'Relief teams reached the worst-hit villages by boat on Tuesday.',
].join('\n\n');

const bodyWith = (toll: string): string[] => [
  `A tropical storm struck the coastal province on Monday, ${toll}, officials said.`,
  'Thousands of homes were flooded and roads were cut.',
  'Relief teams reached the worst-hit villages by boat on Tuesday.',
];

/** The findings on the two headlines, in their group (which may hold the two leads too: alignSummary.ts, `joinTitlesToLeads`). */
function onHeadlines(c: Comparison): Array<[string, string]> {
  const group = c.alignments.find((a) => a.canonical.includes(0) && a.article.includes(0));
  assert.ok(group, 'the two headlines are linked');
  return c.discrepancies.filter((d) => d.alignment === group.id && (d.canonical.includes(0) || d.article.includes(0))).map((d) => [d.kind, d.severity]);
}

test("a toll a headline leaves out, speaking of something else, while its body states the toll, is compared in the body: low on the headline", () => {
  const c = compare(canonical, ['Relief Teams Reach Storm-Hit Coastal Province', ...bodyWith('killing at least 52 people')].join('\n\n'));
  assert.deepEqual(onHeadlines(c).filter(([k]) => k === 'number'), []);
  const note = c.discrepancies.find((d) => d.alignment !== null && d.from === '40' && d.kind === 'changed');
  assert.ok(note, 'the headline drop is a low note');
  assert.equal(note.severity, 'low');
  assert.match(note.reason, /its body states that count, in ‘A tropical storm struck/);
  // The toll itself is still compared, where the bodies state it.
  assert.ok(c.discrepancies.some((d) => d.kind === 'number' && d.from === '40' && d.to === '52' && d.alignment !== null));
});

test('a headline that speaks of the same toll and drops its figure still drops a fact', () => {
  const c = compare(canonical, ['Storm Death Toll Rises in Coastal Province', ...bodyWith('killing at least 52 people')].join('\n\n'));
  assert.ok(onHeadlines(c).some(([k]) => k === 'number'));
});

test('a toll the other text states nowhere is still a finding on the headline', () => {
  const c = compare(canonical, ['Relief Teams Reach Storm-Hit Coastal Province', ...bodyWith('and deaths were reported')].join('\n\n'));
  assert.ok(onHeadlines(c).some(([k]) => k === 'number'));
});
