import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFacts, mayStateFact, type FactStatement } from '../../../src/core/detect/facts';
import { tokenize, type Token } from '../../../src/core/text';
import { tokenizerContext } from '../../../src/core/tokenizerContext';
import { sideOf } from '../helpers';

const lex = tokenizerContext('eng').lexicon;
/** The fact statements of one sentence, each as "sense value [bound] @places #times". */
function facts(sentence: string): string[] {
  const side = sideOf(sentence);
  return findFacts(side, lex).map((f: FactStatement) => {
    const bound = f.bound.length ? ` [${side.text.slice(side.tokens[f.bound[0]!]!.start, side.tokens[f.bound[f.bound.length - 1]!]!.end)}]` : '';
    const places = f.places.length ? ` @${f.places.map((p) => p.norm).join(',')}` : '';
    const times = f.times.length ? ` #${f.times.join(',')}` : '';
    return `${f.sense} ${f.value}${bound}${places}${times}`;
  });
}

test('a count of people takes the sense of its predicate, its qualifier and the place of its clause', () => {
  assert.deepEqual(facts('Officials in Peru say at least 42 people were killed when the bridge collapsed.'), ['dead #42 [at least] @peru']);
  assert.deepEqual(facts('The landslide injured 17 miners and left about 300 families homeless.'), ['injured #17', 'displaced #300 [about]']);
  assert.deepEqual(facts('More than 60 remain unaccounted for.'), ['missing #60 [More than]']);
  assert.deepEqual(facts('Police said they had arrested 12 protesters.'), ['arrested #12']);
  assert.deepEqual(facts("The regional hospital's director said 9 were wounded."), ['injured #9']);
});

test('a cue after what a figure counts stands in its phrase only before a conjunction, which starts the next item', () => {
  // "and injured many others" is the next item's: the dozen were killed.
  assert.deepEqual(facts('The earthquake has killed about a dozen people and injured many others.'), ['dead #12 [about]']);
  assert.deepEqual(facts('About a dozen people were killed and injured.'), ['dead #12 [About]']);
  assert.deepEqual(facts('The blast left 40 people and destroyed the bridge.'), []);
});

test('a cue before a figure past a conjunction is the item before\'s when a cue follows the figure: its own predicate', () => {
  assert.deepEqual(facts('At least 40 were killed, 200 were injured and hundreds are still unaccounted for.'), ['dead #40 [At least]', 'injured #200', 'missing v:hundr']);
  // With no cue after it, the cue before still gives its sense.
  assert.deepEqual(facts('The blast killed and injured about 30 people.'), ['injured #30 [about]']);
});

test('a noun after the figure that counts no people makes it no fact; a sense noun after it is its sense', () => {
  assert.deepEqual(facts('The storm flooded 12 villages and killed 3 fishermen.'), ['dead #3']);
  assert.deepEqual(facts('Crews worked for 4 days.'), []);
  assert.deepEqual(facts('The clashes caused 14 deaths.'), ['dead #14']);
});

test('"the death toll" governs a figure far after it in its clause, not past a comma or another figure', () => {
  assert.deepEqual(facts('The death toll in the mountain district that bore the worst of the flooding could climb to 2,500.'), ['dead #2500']);
  assert.deepEqual(facts('The death toll rose, and 40 buildings fell.'), []);
});

test('a rate is not a total, and a running total replaces the count it adds to', () => {
  assert.deepEqual(facts('Volunteers are recovering dozens of bodies a day.'), []);
  assert.deepEqual(facts('Nine more bodies were found on Tuesday, bringing the total to 61.'), ['dead #61']);
});

test('the quake: a magnitude, not a count of quakes, and not an aftershock', () => {
  assert.deepEqual(facts('A 6.1 magnitude earthquake shook the coast.'), ['magnitude #6.1']);
  assert.deepEqual(facts('The tremor measured 5.4 on the Richter scale.'), ['magnitude #5.4']);
  assert.deepEqual(facts('Only four earthquakes since 1950 were stronger.'), []);
  assert.deepEqual(facts('Aftershocks measuring between 4.9 and 5.6 followed.'), []);
  assert.deepEqual(facts('It was a seven-point-two quake.'), []);
});

test('a definite count of residents is the population; years and another time set a statement apart', () => {
  assert.deepEqual(facts('Nearly all of the 600 residents of the hamlet were evacuated.'), ['population #600']);
  assert.deepEqual(facts('A flood in 1998 killed 700 people.'), ['dead #700 #1998']);
  assert.deepEqual(facts('Ten years ago a similar storm killed 80 people.'), ['dead #80 #before']);
  assert.deepEqual(facts('A separate blast in the market killed 8 people.'), ['dead #8 #before']);
});

test('an opening place phrase scopes the sentence; a title-case headline names no place', () => {
  assert.deepEqual(facts('In Honduras, the toll has reached 210.'), ['dead #210 @honduras']);
  assert.deepEqual(facts('Flood Death Toll Passes 300 In Northern Valley'), ['dead #300']);
});

test('the quick test keeps its answers apart per tokenizer context: two languages that share a lexicon number their words apart', () => {
  // Indonesian and Malay share one lexicon, and each context numbers its word forms from 0.
  const ind = tokenizerContext('ind');
  const zlm = tokenizerContext('zlm');
  assert.equal(ind.lexicon, zlm.lexicon);
  const words = (text: string, ctx: typeof ind): Token[] => tokenize(text, 0, text.length, ctx);
  const cue = words('killed', ind)[0]!;
  // A word of the other context that has the cue's number, and no cue of its own.
  let other: Token | undefined;
  for (let i = 0; !other && i < cue.nid + 2; i++) other = words(`kata${i}`, zlm).find((t) => t.nid === cue.nid);
  assert.ok(other, 'a word of the other context with the same number');
  const figure = words('300', zlm)[0]!;
  assert.equal(mayStateFact([...words('300', ind), cue], ind), true);
  assert.equal(mayStateFact([figure, other], zlm), false);
  // And the other way round, each asked first.
  const cue2 = words('died', zlm)[0]!;
  let other2: Token | undefined;
  for (let i = 0; !other2 && i < cue2.nid + 2; i++) other2 = words(`kalimat${i}`, ind).find((t) => t.nid === cue2.nid);
  assert.ok(other2);
  assert.equal(mayStateFact([words('300', ind)[0]!, other2], ind), false);
  assert.equal(mayStateFact([figure, cue2], zlm), true);
});

test('a part of a count, an earlier figure and an increment state no whole count; an increment after a count of another sense is a list\'s next item', () => {
  // Made up. A part ("three of those killed"), a figure compared with or revised from.
  assert.deepEqual(facts('At least three of those killed were tourists from the coast.'), []);
  assert.deepEqual(facts('The toll is far higher than the 12 deaths reported on the first day.'), []);
  assert.deepEqual(facts('Officials revised the number of dead from 15 to 40 overnight.'), []);
  // An increment, and the counts of its sense beside it in its sentence; a total it brings the count to stays.
  assert.deepEqual(facts('Rescuers recovered another 12 bodies on Monday.'), []);
  assert.deepEqual(facts('The governor fears there may be up to 50 more dead under the mud.'), []);
  assert.deepEqual(facts('A doctor said 30 bodies had been identified and a further 10 were still in the mud.'), []);
  assert.deepEqual(facts('Rescuers recovered another 12 bodies on Monday, bringing the toll to 40.'), ['dead #40']);
  // After a count of another sense, "another" names the next item: a whole count of its own.
  assert.deepEqual(facts('The blast killed 10 people and injured another 20.'), ['dead #10', 'injured #20']);
  assert.deepEqual(facts('The storm killed at least 40 people, and another 25 are missing.'), ['dead #40 [at least]', 'missing #25']);
});
