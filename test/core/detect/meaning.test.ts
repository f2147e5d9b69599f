import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meaningDetector } from '../../../src/core/detect/meaning';
import { detect } from '../helpers';

test('meaning: a loaded term for another of its set, with its source', () => {
  const [f] = detect(meaningDetector, 'The junta closed the border crossing on the coast.', 'The government closed the border crossing on the coast.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['changed', 'high', 'junta', 'government']);
  assert.match(f!.reason, /AP Stylebook/);
  const [status] = detect(meaningDetector, 'Aid reached thousands of displaced families near the river.', 'Aid reached thousands of refugee families near the river.');
  assert.deepEqual([status!.canonical, status!.article], ['displaced', 'refugee']);
  assert.match(status!.reason, /legal status/);
  const [agent] = detect(meaningDetector, 'Two guards were killed at the depot.', 'Two guards died at the depot.');
  assert.deepEqual([agent!.canonical, agent!.article], ['killed', 'died']);
});

test('meaning: a WordNet synonym or a broader word is no finding; a cause for its effect is', () => {
  assert.deepEqual(detect(meaningDetector, 'The agency will help the farmers this year.', 'The agency will aid the farmers this year.'), []);
  assert.deepEqual(detect(meaningDetector, 'A strike hit the depot at dawn.', 'An attack hit the depot at dawn.'), []);
  const [sib] = detect(meaningDetector, 'The storm reached the city at dawn.', 'The storm reached the town at dawn.');
  assert.deepEqual([sib!.canonical, sib!.article, sib!.severity], ['city', 'town', 'low']);
});

test('meaning: a name replaced by a general noun is a name finding', () => {
  const [f] = detect(meaningDetector, 'Climbers camped on the Hillary Step overnight.', 'Climbers camped on the ridge overnight.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['name', 'Hillary Step', 'ridge']);
  // One capitalised word for a noun is most often rewording.
  assert.deepEqual(detect(meaningDetector, 'Officials at the Kremlin declined to comment.', 'Officials at the government declined to comment.').filter((x) => x.kind === 'name'), []);
  // The name kept in another form is no finding (“Kenya” → “Kenyan officials”).
  assert.deepEqual(detect(meaningDetector, 'Talks were held by Kenya on trade.', 'Talks were held by Kenyan officials on trade.').filter((x) => x.kind === 'name'), []);
});

test('meaning: English only', () => {
  assert.deepEqual(detect(meaningDetector, 'Le régime a fermé la frontière.', 'Le gouvernement a fermé la frontière.', { language: 'fra' }), []);
});

test('meaning: a stage of a legal process put for another ("arrested" → "charged")', () => {
  const [f] = detect(meaningDetector, 'Police arrested two men after the robbery at the bank.', 'Police charged two men after the robbery at the bank.');
  assert.deepEqual([f!.kind, f!.canonical, f!.article], ['changed', 'arrested', 'charged']);
  assert.match(f!.reason, /legal process/);
});

test('meaning: an effect verb with an object of its own keeps the agent ("burned 300 acres" / "scorched 300 acres")', () => {
  assert.deepEqual(detect(meaningDetector, 'The grass fire burned 300 acres near the town.', 'The grass fire scorched 300 acres near the town.'), []);
  assert.deepEqual(detect(meaningDetector, 'The grass fire burned the old barn near the town.', 'The grass fire scorched the old barn near the town.'), []);
  // With no object, the agent may be gone: still a shift to check.
  const [f] = detect(meaningDetector, 'Crews said the dry brush burned near the town.', 'Crews said the dry brush scorched near the town.');
  assert.equal(f?.kind, 'changed');
});

test('meaning: a name made a general noun is kept when the copy names it in another form, spelt apart ("Netherlands" / "Dutch", WordNet)', () => {
  const [f] = detect(meaningDetector, 'The envoys met at the Netherlands Embassy.', 'The envoys met at the building.');
  assert.deepEqual([f?.kind, f?.canonical, f?.article], ['name', 'Netherlands Embassy', 'building']);
  assert.deepEqual(detect(meaningDetector, 'The envoys met at the Netherlands Embassy.', 'The Dutch envoys met at the building.'), []);
});
