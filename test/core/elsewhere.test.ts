/**
 * A fact moved, not lost (src/core/elsewhere.ts): what one sentence drops or adds and the other
 * text states in another sentence is low rewording, not a fact finding; a figure or a day that
 * the other sentence holds for a fact of its own (its linked sentence gives it too) still is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, type Comparison } from '../../src/core/index';

const FACT = new Set(['number', 'time', 'clause', 'hedge', 'name', 'attribution', 'quote', 'negation']);

/** The fact findings on the group that holds the canonical sentence starting with `starts`. */
function factsOn(c: Comparison, starts: string): string[] {
  const s = c.canonical.sentences.find((x) => x.text.startsWith(starts));
  assert.ok(s, `no canonical sentence starting with ${starts}`);
  return c.discrepancies.filter((d) => FACT.has(d.kind) && d.canonical.includes(s.id)).map((d) => `${d.kind}: ${d.reason}`);
}

test('a figure and its unit dropped from a sentence that the copy gives in another sentence moved', () => {
  const canonical = [
    'A 6.1 magnitude quake struck 40 kilometers south of Ridgeton on Monday, damaging the old market hall.',
    'Rescue teams searched the ruins of the market through the night.',
    "Officials said the town's water supply had been cut.",
  ].join('\n\n');
  const article = [
    'A strong quake struck near Ridgeton on Monday, damaging the old market hall.',
    'Rescue teams searched the ruins of the market through the night.',
    "Officials said the town's water supply had been cut.",
    'Seismologists said the 6.1 magnitude quake was centered 40 kilometers south of the town, at a shallow depth.',
  ].join('\n\n');
  const c = compare(canonical, article);
  assert.deepEqual(factsOn(c, 'A 6.1 magnitude'), []);
  const moved = c.discrepancies.filter((d) => d.kind === 'changed' && /another sentence/.test(d.reason));
  assert.equal(moved.length, 2, 'each figure moved is shown as low rewording');
  for (const d of moved) {
    assert.equal(d.severity, 'low');
    assert.match(d.reason, /Seismologists said the 6\.1 magnitude quake/);
  }
});

test('a figure that a shortened copy gives in the sentence before, the one it kept, is no figure added', () => {
  const canonical = [
    'Its capsule landed in the desert of western Utah early on Sunday morning, local time.',
    'Scientists will study the dust it carried for years.',
    'The probe spent seven years in space before its capsule came home.',
  ].join('\n\n');
  const article = [
    'After seven years in space, its capsule landed in the desert of western Utah early on Sunday morning, local time.',
    'Scientists will study the dust it carried for years.',
  ].join('\n\n');
  const c = compare(canonical, article);
  assert.deepEqual(factsOn(c, 'Its capsule landed'), []);
});

test('a figure the other sentence holds for a fact of its own is still dropped', () => {
  // "20 km" in the copy's second sentence is the second quake's, as in the canonical: the first lost its distance.
  const canonical = [
    'The first quake struck 20 km north of the harbour town of Ridgeton and shook houses along the coast.',
    'The second quake struck 20 km west of the airport and shook houses along the coast.',
  ].join('\n\n');
  const article = [
    'The first quake struck north of the harbour town of Ridgeton and shook houses along the coast.',
    'The second quake struck 20 km west of the airport and shook houses along the coast.',
  ].join('\n\n');
  const c = compare(canonical, article);
  assert.ok(factsOn(c, 'The first quake').some((f) => f.startsWith('number')), JSON.stringify(factsOn(c, 'The first quake')));
});

test('a bare figure, one word alone, is too little to say the fact moved', () => {
  const canonical = [
    'Officials said the death toll in the flooded valley had risen to 12.',
    'Aid workers handed out blankets and bottled water.',
  ].join('\n\n');
  const article = [
    'Officials said the death toll in the flooded valley had risen.',
    'Aid workers handed out blankets and bottled water.',
    'Schools in 12 districts stayed closed.',
  ].join('\n\n');
  const c = compare(canonical, article);
  assert.ok(factsOn(c, 'Officials said').some((f) => f.startsWith('number')), JSON.stringify(factsOn(c, 'Officials said')));
});

// A time reference moved to a sentence near its own is read here too (it was the time detector's
// own check of the text around the group), by the words' keys in a row: a possessive ("Tuesday" /
// "Tuesday's") is the same words. (test/core/detect/time.test.ts: one given only far off is dropped.)
test('a time reference that a sentence near it gives, or that its linked sentence writes as a possessive, is there', () => {
  const canonical = 'Officials at the port said Tuesday that the strike by dockworkers had ended after a week.\nThe union will hold a vote next month on the new contract offered by the authority.\n';
  const article = "Officials at the port say the strike by dockworkers has ended after a week.\nThe union will hold a vote next month on the new contract offered at Tuesday's meeting by the authority.\n";
  const moved = compare(canonical, article).discrepancies.filter((d) => d.from === 'Tuesday');
  assert.deepEqual(moved.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  assert.match(moved[0]!.reason, /the article gives it in another sentence, ‘The union will hold a vote/);
  // Its words in the linked sentence itself, where no reference was read: still there.
  const c = 'The rebel assault last week caught many in the region unaware, officials said.';
  const a = "Last week's rebel assault caught many in the region unaware, officials said.";
  const own = compare(c, a).discrepancies.filter((d) => d.from === 'last week');
  assert.deepEqual(own.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  assert.match(own[0]!.reason, /the article still has its words, in ‘Last week's rebel assault/);
});

test("a measure one headline adds that the other text's body gives is the story's figure; a toll a headline adds is its news", () => {
  const body = ['An earthquake shook the East Coast on Tuesday afternoon, killing 12 people.', 'The quake had a magnitude of 5.8, the survey said.', 'Buildings were evacuated across the capital.'];
  const canonical = ['East Coast Shakes from Earthquake', ...body].join('\n\n');
  const measure = compare(canonical, ['Magnitude-5.8 Earthquake Strikes Capital Area', ...body].join('\n\n'));
  assert.deepEqual(factsOn(measure, 'East Coast Shakes'), []);
  const toll = compare(canonical, ['Earthquake Kills 12 on East Coast', ...body].join('\n\n'));
  assert.equal(factsOn(toll, 'East Coast Shakes').filter((f) => f.startsWith('number')).length, 1);
});

test('a time reference that a sentence near the group gives with another word for one unit ("for a year" / "for one year") moved', () => {
  const canonical = [
    'Engineers in Darmstadt said on Saturday that the probe is healthy.',
    'The team plans to keep it circling for a year.',
    'Its cameras will map the craters of the far side in fine detail.',
    'The first pictures are expected next month.',
  ].join('\n\n');
  const article = [
    'Engineers in Darmstadt said on Saturday that the probe is healthy.',
    'Its cameras will map the craters of the far side in fine detail for one year.',
    'The first pictures are expected next month.',
  ].join('\n\n');
  const added = compare(canonical, article).discrepancies.filter((d) => d.to === 'for one year');
  assert.deepEqual(added.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  assert.match(added[0]!.reason, /the canonical gives it in another sentence, ‘The team plans to keep it circling for a year/);
});

test("a day a sentence near the group gives is not the day dropped when that sentence's own linked sentence gives it too", () => {
  const canonical = [
    'Fishermen told reporters on Friday that the ferry listed sharply before it sank near the harbour.',
    'The harbour master said the ferry had been carrying too many cars.',
    'The provincial governor said Friday that 40 of the passengers were rescued.',
  ].join('\n\n');
  const article = [
    'On Friday, fishermen told reporters the ferry listed sharply before it sank.',
    'The harbour master said the ferry had been carrying too many cars.',
    'The provincial governor says 40 of the passengers were rescued.',
  ].join('\n\n');
  // The fishermen's Friday is the fishermen's (their sentences are linked and both say it): the governor's day is dropped.
  const dropped = compare(canonical, article).discrepancies.filter((d) => d.from === 'Friday' && d.canonical.length === 1);
  const governor = dropped.filter((d) => d.article.length === 1);
  assert.deepEqual(governor.map((d) => [d.kind, d.severity]), [['time', 'medium']], JSON.stringify(dropped.map((d) => d.reason)));
});

test("a time one headline gives and the other leaves out is the story's time when the other text's body names it, its year aside; a time the body names nowhere is still dropped", () => {
  const body = ['The unemployment rate fell to 4.9 percent in August, the Labor Department said.', 'Employers added 169,000 jobs over the month.', 'Economists expect the storm to slow hiring.'];
  const other = ['The unemployment rate fell to 4.9 percent, the Labor Department said.', 'Employers added 169,000 jobs over the month.', 'Economists expect the storm to slow hiring.'];
  const canonical = ['Unemployment Rate Falls in August 2005', ...body].join('\n\n');
  const headline = 'US Unemployment Rate Falls Before Storm';
  const named = compare(canonical, [headline, ...body].join('\n\n'));
  assert.deepEqual(factsOn(named, 'Unemployment Rate Falls'), []);
  const moved = named.discrepancies.filter((d) => d.from === 'in August 2005');
  assert.deepEqual(moved.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  const nowhere = compare(['Unemployment Rate Falls in August 2005', ...other].join('\n\n'), [headline, ...other].join('\n\n'));
  assert.equal(factsOn(nowhere, 'Unemployment Rate Falls').filter((f) => f.startsWith('time')).length, 1);
});
