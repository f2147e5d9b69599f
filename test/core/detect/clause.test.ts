import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseDetector } from '../../../src/core/detect/clause';
import { detect } from '../helpers';
import { compare } from '../../../src/core/compare';

const SHORT = 'The convoy reached the city on Monday.';
const LONG = 'The convoy reached the city on Monday after crossing the desert road under heavy fire.';

test('clause: a dropped run of content words, trimmed of function words at its ends', () => {
  const [f, ...rest] = detect(clauseDetector, LONG, SHORT);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['clause', 'medium', 'crossing the desert road under heavy fire', '']);
});

test('clause: an added run', () => {
  const [f] = detect(clauseDetector, SHORT, LONG);
  assert.deepEqual([f!.canonical, f!.article], ['', 'crossing the desert road under heavy fire']);
  assert.match(f!.reason, /which the canonical sentence does not have/);
});

test('clause: a run replaced by other words in the same place is rewording, not a clause', () => {
  assert.deepEqual(
    detect(clauseDetector, 'The convoy reached the city after crossing the desert road.', 'The convoy reached the city after driving through the sandy highway.'),
    [],
  );
});

test('clause: in a sentence the copy retells, a run cut out of a phrase is rewording; a clause set off by punctuation, or a run with a figure, is still a clause', () => {
  // The copy puts words of its own in ('arrived safely'): what it lacks of the canonical's sentence is part of the retelling.
  const retold = 'The convoy arrived safely in the city on Monday.';
  assert.deepEqual(detect(clauseDetector, LONG, retold), []);
  // A copy that only cuts the sentence puts no word of its own in: the cut is a clause dropped.
  assert.equal(detect(clauseDetector, LONG, SHORT)[0]!.kind, 'clause');
  // Set off by a comma and the sentence's end, a clause the retelling leaves out is one.
  const [f, ...rest] = detect(clauseDetector, 'The convoy reached the city on Monday, crossing the desert road under heavy fire.', retold);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.canonical], ['clause', 'crossing the desert road under heavy fire']);
  // So is one added, set off by a dash.
  const [g] = detect(clauseDetector, retold, 'The trucks reached the city on Monday \u2013 crossing the desert road under heavy fire.');
  assert.deepEqual([g?.kind, g?.article], ['clause', 'crossing the desert road under heavy fire']);
  // A run that carries a figure (a year) is a fact of its own, set off or not.
  const [y] = detect(clauseDetector, 'The convoy reached the city on Monday after crossing the desert road built in 1932.', retold);
  assert.equal(y?.kind, 'clause');
});

test('clause: a run that carries a count the other side gives nowhere is a figure dropped or added (number), a year or a count given elsewhere stays a clause', () => {
  const [f] = detect(clauseDetector, 'The ferry sank off the island, where a storm with 120 km/h winds had struck overnight.', 'The ferry sank off the island.');
  assert.deepEqual([f!.kind, f!.severity], ['number', 'medium']);
  assert.match(f!.reason, /with the figure 120/);
  const [g] = detect(clauseDetector, 'Fighting resumed near the airport.', 'Fighting resumed near the airport, and dozens of families fled their homes in the night.');
  assert.equal(g!.kind, 'number');
  assert.match(g!.reason, /with the figure dozens/);
  // A year only: when, not how many.
  const [y] = detect(clauseDetector, 'The bridge reopened, replacing the old span built by engineers in 1932.', 'The bridge reopened.');
  assert.equal(y!.kind, 'clause');
  // The count still given on the other side: the words went, not the figure.
  const [k] = detect(clauseDetector, 'Some 40 workers were trapped when the mine flooded after heavy rains.', 'When the mine flooded, some 40 workers were trapped.');
  assert.ok(!k || k.kind === 'clause');
});

test('clause: words that introduce a quotation the canonical gives are not a clause added', () => {
  const c = '"We wake up every morning and wonder when the rain will finally come," he said.';
  const introduced = 'The farmer described the situation plainly: "We wake up every morning and wonder when the rain will finally come."';
  assert.deepEqual(detect(clauseDetector, c, introduced), []);
  const label = 'FARMER JOHN DOE: "We wake up every morning and wonder when the rain will finally come."';
  assert.deepEqual(detect(clauseDetector, c, label), []);
  // Words added after the quotation are still a clause.
  const after = '"We wake up every morning and wonder when the rain will finally come," he said, standing beside his dry irrigation canals.';
  assert.equal(detect(clauseDetector, c, after).length, 1);
});

test('clause: a web address dropped or added is no clause of news (a low rewording at most)', () => {
  const dropped = compare('Shaking was strongest along the coast (http://example.gov/shakemap/hi/) on Sunday.', 'Shaking was strongest along the coast on Sunday.');
  assert.deepEqual(dropped.discrepancies.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  const added = compare('Shaking was strongest along the coast on Sunday.', 'Shaking was strongest along the coast on Sunday (see www.example.org/reports/coast).');
  assert.ok(!added.discrepancies.some((d) => d.kind === 'clause' && d.to?.includes('example.org/reports')));
  // Words of news beside the address are still a finding (a clause; here, with its count, a number one).
  assert.ok(compare('Shaking was strongest along the coast on Sunday.', 'Shaking was strongest along the coast on Sunday, and bridges collapsed near the old harbour (http://example.gov/a).').discrepancies.some((d) => d.kind === 'clause'));

  // Only an address around the run's words counts: one elsewhere in the text (another sentence, or a
  // neighbour in this one) excuses nothing. And one that opens before the run's first word still holds it.
  const elsewhere = 'Maps are at http://example.gov/shakemap/coast/harbour. ';
  assert.ok(compare(elsewhere + 'Shaking was strongest along the coast on Sunday.', elsewhere + 'Shaking was strongest along the coast on Sunday, when bridges collapsed near the old harbour.').discrepancies.some((d) => d.kind === 'clause'));
  const opensBefore = compare('Shaking was strongest along the coast (maps at http://example.gov/shakemap/coast/harbour/bridges) on Sunday.', 'Shaking was strongest along the coast (maps at http://example.gov) on Sunday.');
  assert.ok(!opensBefore.discrepancies.some((d) => d.kind === 'clause'));
});

test('clause: the address a run lies in is found where the run stands, whatever else the text holds', () => {
  // Written onto the word before it ("Sunday(http://…"): still an address, no clause.
  const glued = compare('Shaking was strongest along the coast on Sunday.', 'Shaking was strongest along the coast on Sunday(http://example.gov/bridges/collapsed/old/harbour).');
  assert.deepEqual(glued.discrepancies.map((d) => [d.kind, d.severity]), [['changed', 'low']]);
  // An address in another sentence hides nothing here.
  const map = 'Officials posted a map at www.example.gov/maps/coast. ';
  const elsewhere = compare(`${map}Shaking was strongest along the coast on Sunday.`, `${map}Shaking was strongest along the coast on Sunday, and bridges collapsed near the old harbour.`);
  assert.deepEqual(elsewhere.discrepancies.map((d) => [d.kind, d.to]), [['clause', 'bridges collapsed near the old harbour']]);
});

test('clause: a run of words the other sentence says too (a phrase said twice) is no clause added or dropped', () => {
  const c = "Ellen Johnson-Sirleaf was sworn in Monday as Liberia's president, becoming Africa's first elected female head of state.";
  const a = "Ellen Johnson-Sirleaf has been inaugurated as Liberia's first elected female President, and also the first elected female head of state in Africa.";
  assert.deepEqual(detect(clauseDetector, c, a).filter((f) => f.canonical === '' && f.article === 'first elected female'), []);
  // A run with a word the other sentence lacks is still one.
  assert.equal(detect(clauseDetector, SHORT, 'The convoy reached the city on Monday after crossing the desert road.').length, 1);
});

test('clause: a run of words stays within its sentence, a small word at the next sentence\'s start included ("… night, local time. The coastal …")', () => {
  const found = detect(clauseDetector, 'The quake struck the coast late on Wednesday. Officials said the port was closed.', 'The quake struck the coast late on Wednesday night, local time. The coastal officials said the port was closed.');
  assert.deepEqual(found.map((f) => f.article), ['night, local time']);
});

test('clause: a run a retelling adds whose only figure the canonical gives, written another way ("tenth" / "10th"), is rewording, and the figure pairs', () => {
  const c = compare(
    'After winning the final, Jones collected his tenth career title - more than any rider in the history of the tour.',
    'That win gave Jones his fourth stage of the tour and a record 10th career title.',
  );
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'clause' || d.kind === 'number'), []);
  // A figure the canonical does not give stays a clause added with its figure.
  const d = compare(
    'After winning the final, Jones collected his tenth career title - more than any rider in the history of the tour.',
    'That win gave Jones his fourth stage of the tour and a record 12th career title.',
  );
  assert.ok(d.discrepancies.some((x) => x.kind === 'clause' || x.kind === 'number'));
});
