import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionDetector, findAttributions } from '../../../src/core/detect/attribution';
import { tokensText } from '../../../src/core/detect/tokens';
import { lexiconFor } from '../../../src/core/lexicon';
import { detect, sideOf } from '../helpers';

const lex = lexiconFor('eng');

/** Each attribution of a text as "source | verb". */
function read(text: string): string[] {
  const side = sideOf(text);
  return findAttributions(side, lex).map((a) => `${tokensText(side, a.source.filter((i) => i !== a.verb))} | ${side.tokens[a.verb]!.norm}`);
}

test('sources: a subject with words set off by commas before its verb ("The harbour master, speaking from the quay, reported that …")', () => {
  assert.deepEqual(read('The harbour master of the port, speaking from the quay, reported that two ferries had sunk.'), ['The harbour master of the port | reported']);
  assert.deepEqual(read('The head of the clinic, a former army doctor, said: the wards are full.'), ['The head of the clinic | said']);
  // A speech tag after its claim keeps the speaker after the verb.
  assert.deepEqual(read('The river rose two metres, the highest in a decade, said Ana Lopes.'), ['Ana Lopes | said']);
  // Dropped in the copy, it is a dropped source.
  const [f, ...rest] = detect(
    attributionDetector,
    'The harbour master of the port, speaking from the quay, reported that two ferries had sunk.',
    'Two ferries had sunk at the port.',
  );
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical], ['attribution', 'high', 'The harbour master of the port … reported']);
});

test('sources: a named speaker made a group ("Mayor Ana Lopes says" → "city officials say") is a vaguer source, not a name made general', () => {
  const [f, ...rest] = detect(attributionDetector, 'Mayor Ana Lopes says four people died when the footbridge fell.', 'City officials say four people died when the footbridge fell.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'medium', 'Mayor Ana Lopes says', 'City officials say']);
  assert.match(f!.reason, /sourced more vaguely/);
  // A plural group for a named organisation.
  const [g] = detect(attributionDetector, 'The spill had reached the estuary, Greenpeace said.', 'The spill had reached the estuary, environmental groups said.');
  assert.deepEqual([g!.kind, g!.article], ['attribution', 'environmental groups said']);
  // The same person described ("the mayor") stays a name made general, the name detectors' finding; the same source in other words and a neutral verb in another tense are no finding.
  assert.deepEqual(detect(attributionDetector, 'Mayor Ana Lopes says four people died when the footbridge fell.', 'The mayor says four people died when the footbridge fell.').filter((x) => x.kind === 'attribution'), []);
  assert.deepEqual(detect(attributionDetector, 'The U.S. Coast Guard said the ferry had sunk.', 'The Coast Guard said the ferry had sunk.'), []);
  assert.deepEqual(detect(attributionDetector, 'Harbour police said the ferry had sunk.', 'Harbour police say the ferry had sunk.'), []);
});

test('sources: "Officials said" → "It was reported that": the claim no longer says who gave it', () => {
  const [f, ...rest] = detect(attributionDetector, 'Officials said the ferry service would resume on Monday.', 'It was reported that the ferry service would resume on Monday.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'medium', 'Officials said', 'It was reported']);
  assert.match(f!.reason, /no longer says who gave it/);
  // The same for a speaker named by a pronoun; one passive for another is no finding.
  const [g] = detect(attributionDetector, 'The ferry service will resume on Monday, he said.', 'The ferry service will resume on Monday, it was announced.');
  assert.deepEqual([g!.canonical, g!.article], ['he said', 'it was announced']);
  assert.deepEqual(detect(attributionDetector, 'It was reported that the ferry service would resume.', 'It was announced that the ferry service would resume.'), []);
});

test('sources: an acronym first in its sentence is a name ("UNICEF said" → "The agency said" is the name made general, not someone else)', () => {
  const found = detect(attributionDetector, 'UNICEF said the camps had run out of clean water.', 'The agency said the camps had run out of clean water.');
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.kind, found[0]!.canonical], ['name', 'UNICEF']);
  assert.doesNotMatch(found[0]!.reason, /someone else/);
});

test('sources: the same source in other words is no finding ("according to a statement from the ministry" / "the ministry said in a statement"; "officials now say")', () => {
  const CLAIM = 'the ferry service would resume on Monday';
  assert.deepEqual(detect(attributionDetector, `According to a statement from the harbour authority, ${CLAIM}.`, `The harbour authority said in a statement ${CLAIM}.`), []);
  assert.deepEqual(read(`According to a statement from the harbour authority, ${CLAIM}.`), ['to a statement from the harbour authority | according']);
  // A word that places the statement in time is not the source's.
  assert.deepEqual(detect(attributionDetector, `Officials say ${CLAIM}.`, `Officials now say ${CLAIM}.`), []);
  assert.deepEqual(detect(attributionDetector, `The harbour authority said ${CLAIM}.`, `The harbour authority later said ${CLAIM}.`), []);
});

test('sources: a source made reports with no one behind them ("Local radio reported" → "Reports said") is a vaguer source', () => {
  const CLAIM = 'the ferry had capsized near the harbour mouth';
  for (const copy of [`Reports said ${CLAIM}.`, `Early reports said ${CLAIM}.`]) {
    const [f, ...rest] = detect(attributionDetector, `Local radio reported that ${CLAIM}.`, copy);
    assert.equal(rest.length, 0, copy);
    assert.deepEqual([f!.kind, f!.severity, f!.canonical], ['attribution', 'medium', 'Local radio reported'], copy);
    assert.match(f!.reason, /sourced more vaguely/);
  }
});

test('sources: hearsay given a source ("allegedly struck" → "officials say … struck") is one attribution finding, not a hedge and a clause', () => {
  const [f, ...rest] = detect(attributionDetector, 'The ferry allegedly struck a reef near the harbour mouth.', 'Coast guard officials say the ferry struck a reef near the harbour mouth.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'medium', 'allegedly', 'Coast guard officials say']);
  // Without hearsay in the canonical, a source it gives elsewhere in the group is still not new;
  // one it names there only as someone who acts is (the claim is now theirs).
  assert.deepEqual(detect(attributionDetector, 'The coast guard said it searched the harbour. The ferry struck a reef.', 'The ferry struck a reef, the coast guard said.'), []);
  assert.deepEqual(detect(attributionDetector, 'The coast guard searched the harbour. The ferry struck a reef.', 'The ferry struck a reef, the coast guard said.').map((f) => f.article), ['the coast guard said']);
});

test('sources: a speech tag after its claim with an unnamed speaker after the verb ("…, said the harbour master.")', () => {
  assert.deepEqual(read('The ferry left an hour late, said the harbour master.'), ['the harbour master | said']);
  assert.deepEqual(read('“The ferry left late,” said a deckhand on the quay.'), ['a deckhand on the quay | said']);
  // A relative clause after the speaker describes it; the speaker ends before it.
  assert.deepEqual(read('The ferry left an hour late, said an official who asked not to be named.'), ['an official | said']);
  // Not a source: what an "-ing" verb or a verb with no comma before it is followed by, or a phrase with a figure.
  assert.deepEqual(read('The crew cheered, saying the ferry had left.'), [' | saying']);
  assert.deepEqual(read('The port reopened, confirmed the loss of 12 containers.'), [' | confirmed']);
  const [f, ...rest] = detect(attributionDetector, 'The ferry left an hour late, said the harbour master.', 'The ferry left an hour late.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.canonical], ['attribution', 'said the harbour master']);
});

test('sources: a passive with a word of sequence before its verb ("are now confirmed dead", "was first reported by the BBC") has its agent as source, or none; its subject is what was reported', () => {
  assert.deepEqual(read('At least six people are now confirmed dead in the town.'), [' | confirmed']);
  assert.deepEqual(read('The sinking happened on Friday but was first reported by the harbour police on Sunday.'), ['by the harbour police | reported']);
});

test('sources: a reporting word after a determiner and one word in the singular is a noun ("issued a tsunami warning", "released a new report"); its "-ing" form after a preposition is a gerund ("after pleading guilty", "for reporting information")', () => {
  assert.deepEqual(read('The agency issued a tsunami warning for the coast.'), []);
  assert.deepEqual(read('The ministry has released a new report on the oil fields.'), []);
  assert.deepEqual(read('He was sentenced on Friday after pleading guilty to the charges.'), []);
  assert.deepEqual(read('He attacked the newspapers for reporting stories critical of him.'), []);
  // A verb still: a plural subject before it, or the word after a name.
  assert.deepEqual(read('The local officials report that the road is open.'), ['The local officials | report']);
});

test('sources: a title that opens the sentence and the name set off after it by commas are the source ("The mayor, Ana Ruiz, says …"), not the claim after the verb', () => {
  assert.deepEqual(read('The mayor, Ana Ruiz, says the bridge will reopen on Monday.'), ['The mayor, Ana Ruiz | says']);
  assert.deepEqual(read("Her guardian, Yabonett Sesay, says she watches the girl."), ['Her guardian, Yabonett Sesay | says']);
  // A claim and a speech tag after it keep the source after the verb.
  assert.deepEqual(read('The toll rose, the highest in years, said Roe.'), ['Roe | said']);
});

test('sources: a long subject cut by the walk back\'s length limit keeps the words one copy spells as two ("percent" / "per cent") before its cut', () => {
  // The walk back from "reported" stops after ten words: with "per cent" (two words) the cut falls after the figure.
  const canonical = 'The 3.1 percent drop was the steepest fall trade officials have reported since 2009.';
  const article = 'The 3.1 per cent drop was the steepest fall trade officials have reported since 2009.';
  assert.deepEqual(detect(attributionDetector, canonical, article), []);
  // A word of the source the copy really drops is still dropped.
  const [f] = detect(attributionDetector, canonical, 'The 3.1 percent drop was the steepest fall officials have reported since 2009.');
  assert.deepEqual([f?.kind, f?.reason.includes('‘trade’')], ['attribution', true]);
});

test('sources: a reporting word after a preposition, at once or past one word that describes it, is a noun ("relies less on state aid", "met with fierce protest", "amid street protests")', () => {
  assert.deepEqual(read('The town wants a bus service that relies less on state aid.'), []);
  assert.deepEqual(read('The mayor will shut the bridge, a plan that has met with fierce protest from drivers.'), []);
  assert.deepEqual(read('The shops stayed shut amid street protests in the capital.'), []);
  // Dropped in the copy, such a word is no dropped source.
  assert.deepEqual(detect(attributionDetector, 'The mayor will shut the bridge, a plan that has met with fierce protest from drivers.', 'The mayor will shut the bridge.').filter((x) => x.kind === 'attribution'), []);
  // A verb still: a plural, a name or a function word between ("people in towns report", "officials in Lagos say").
  assert.deepEqual(read('Officials in Lagos say the road is open.'), ['Officials in Lagos | say']);
  assert.deepEqual(read('Workers in factories report that the air is bad.'), ['Workers in factories | report']);
  // Before "that", what follows is sourced to it ("amid reports that …"): still read as a source.
  assert.equal(read('Troops moved in amid reports that stores had been looted.').length, 1);
});

test('sources: a reporting word that is the object of a verb in the progressive ("have been staging noisy protests") is a noun, not the verb of a source', () => {
  assert.deepEqual(read('Since the flood, farmers have been staging noisy protests outside the council offices.'), []);
  assert.deepEqual(read('Dock workers were holding protests at the gates.'), []);
  // A verb still after a relative clause's progressive ("officials who are investigating report").
  assert.deepEqual(read('Officials who are investigating report that the dam held.'), ['Officials who are investigating | report']);
  assert.deepEqual(read('New cases were being reported by the clinics.'), ['by the clinics | reported']);
  // A reporting verb's own progressive keeps its source ("is confirming reports").
  assert.deepEqual(read('The health agency is confirming reports that six people died.').length, 1);
});
