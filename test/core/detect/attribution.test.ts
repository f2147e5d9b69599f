import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionDetector, findAttributions } from '../../../src/core/detect/attribution';
import { contextOf, detect, group, sideOf } from '../helpers';
import type { Finding, GroupSide } from '../../../src/core/detect';
import { quotations, quotedMask } from '../../../src/core/quotes';
import { compare } from '../../../src/core/compare';

const CLAIM = 'Troops crossed the border overnight';

test('attribution: a dropped source', () => {
  const [f, ...rest] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}.`);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'high', 'the defence ministry said', '']);
});

test('attribution: another source in its place is one change', () => {
  const found = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, a rebel commander said.`);
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.canonical, found[0]!.article], ['the defence ministry said', 'a rebel commander said']);
  assert.match(found[0]!.reason, /now attributed to someone else/);
});

test('attribution: a neutral reporting verb swapped for a loaded one', () => {
  const [f] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, the defence ministry claimed.`);
  assert.deepEqual([f!.severity, f!.canonical, f!.article], ['medium', 'said', 'claimed']);
  assert.match(f!.reason, /casts doubt/);
});

test('attribution: an added source (“according to …”)', () => {
  const [f] = detect(attributionDetector, `${CLAIM}.`, `${CLAIM}, according to the rebel commander.`);
  assert.deepEqual([f!.severity, f!.article], ['medium', 'according to the rebel commander']);
});

test('attribution: the same source is no finding, and its words are claimed for the detectors after it', () => {
  const input = group(`${CLAIM}, the defence ministry said.`, `Overnight troops crossed the border, the defence ministry said.`);
  const ctx = contextOf(input);
  attributionDetector.run(ctx);
  assert.deepEqual(ctx.findings, []);
  const ministry = input.canonical.tokens.findIndex((t) => t.norm === 'ministry');
  assert.equal(ctx.cClaim[ministry], 1);
});

test('attribution: a source named only by a pronoun, dropped, in the middle or at the end of the sentence', () => {
  const [mid] = detect(attributionDetector, 'The climber, he says, was planning a new route up the south face.', 'The climber was planning a new route up the south face.');
  assert.deepEqual([mid!.severity, mid!.canonical, mid!.article], ['medium', 'he says', '']);
  const [end] = detect(attributionDetector, `${CLAIM}, she said.`, `${CLAIM}.`);
  assert.deepEqual([end!.severity, end!.canonical], ['medium', 'she said']);
  // Kept as a continuation ("he added that …"), or with the named source made a pronoun: no finding.
  assert.deepEqual(detect(attributionDetector, `“${CLAIM},” he said.`, `He added that “${CLAIM}.”`), []);
  assert.deepEqual(detect(attributionDetector, `The ministry said ${CLAIM.toLowerCase()}.`, `It said ${CLAIM.toLowerCase()}.`), []);
  // The same source set apart by commas, with the same verb.
  assert.deepEqual(detect(attributionDetector, `The ministry says ${CLAIM.toLowerCase()}.`, `The defence department, the ministry, says ${CLAIM.toLowerCase()}.`), []);
});

test('attribution: a reporting verb of another stance (said → confirmed, admitted → said)', () => {
  const [up] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, the defence ministry confirmed.`);
  assert.deepEqual([up!.severity, up!.canonical, up!.article], ['medium', 'said', 'confirmed']);
  assert.match(up!.reason, /presents the claim as confirmed/);
  const [down] = detect(attributionDetector, `${CLAIM}, the defence ministry admitted.`, `${CLAIM}, the defence ministry said.`);
  assert.match(down!.reason, /no longer reads as an admission/);
  const [pronoun] = detect(attributionDetector, `${CLAIM}, he said.`, `${CLAIM}, he claimed.`);
  assert.match(pronoun!.reason, /casts doubt/);
  // The stances are the lexicon's, per language.
  const [fr] = detect(attributionDetector, 'Les troupes ont franchi la frontière, a dit le ministère.', 'Les troupes ont franchi la frontière, a confirmé le ministère.', { language: 'fra' });
  assert.deepEqual([fr!.canonical, fr!.article], ['dit', 'confirmé']);
});

test('attribution: a claim sourced to evidence (“footage showed”) loses its source', () => {
  const [f] = detect(attributionDetector, 'Footage showed soldiers firing on the crowd near the square.', 'Soldiers fired on the crowd near the square.');
  assert.deepEqual([f!.severity, f!.canonical], ['high', 'Footage showed']);
  // A verb of evidence without evidence for its subject sources nothing.
  assert.deepEqual(detect(attributionDetector, 'The team showed great courage in the final.', 'The team fought with great courage in the final.'), []);
});

test('attribution: a speaker’s label before the quotation is the same source', () => {
  const said = '“The telescope will see what no other can,” explained Hertz.';
  assert.deepEqual(detect(attributionDetector, said, 'Paul Hertz: “The telescope will see what no other can.”'), []);
  const [f] = detect(attributionDetector, said, '“The telescope will see what no other can.”');
  assert.deepEqual([f!.severity, f!.canonical], ['high', 'explained Hertz']);
});

test('attribution: an acronym and its full form, a name made shorter, and a verb nobody says by are not changes of source', () => {
  assert.deepEqual(detect(attributionDetector, 'But HRW says the schools exploit children.', 'But the group Human Rights Watch says the schools exploit children.'), []);
  assert.deepEqual(detect(attributionDetector, 'The schools must close, explains Matt Wells.', 'The schools must close, explains Wells.'), []);
  assert.deepEqual(detect(attributionDetector, 'The plan starts in 2016, though officials have not said where.', 'The plan starts in 2016.'), []);
  assert.deepEqual(detect(attributionDetector, '“If you want to say it, say it,” the coach told them.', '“If you want to say it, say it,” the coach told the players.'), []);
});

test('attribution: "He says" put before what the canonical states with no source, but not before a quotation it continues', () => {
  const [f] = detect(attributionDetector, 'They need to meet their daily quota or face serious consequences.', 'He says they need to meet their daily quota or face serious consequences.');
  assert.deepEqual([f!.kind, f!.severity, f!.article], ['attribution', 'medium', 'He says']);
  assert.deepEqual(detect(attributionDetector, 'They need to meet their daily quota, the report says.', 'He says they need to meet their daily quota.').filter((x) => /without a source/.test(x.reason)), []);
});

test('attribution: a source named in the canonical and only described in the article is a name made general', () => {
  const [f, ...rest] = detect(attributionDetector, '“The river rose in an hour,” said Tomas Brenner.', '“The river rose in an hour,” a fisherman in Ulm says.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['name', 'medium', 'Tomas Brenner', 'a fisherman in Ulm says']);
  const [study] = detect(attributionDetector, 'A Gallup study found most voters back the plan.', 'A telephone survey showed most voters back the plan.');
  assert.deepEqual([study!.kind, study!.canonical], ['name', 'Gallup']);
  // Another named source in its place stays a change of source; so does a description put for a description.
  const [other] = detect(attributionDetector, '“The river rose in an hour,” said Tomas Brenner.', '“The river rose in an hour,” said Anna Weiss.');
  assert.equal(other!.kind, 'attribution');
  const [desc] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, a rebel commander said.`);
  assert.equal(desc!.kind, 'attribution');
});

test('attribution: a named speaker made a pronoun is low, and no finding when the sentences still name the speaker', () => {
  const [f, ...rest] = detect(attributionDetector, '“The bridge will open in May,” said Ines Varga.', '“The bridge will open in May,” she said.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'low', 'said Ines Varga', 'she said']);
  // Another tense of the verb, the speaker introduced in the sentence before it: the same source.
  assert.deepEqual(
    detect(attributionDetector, 'City engineer Ines Varga said the bridge will open in May.', 'Ines Varga is the city engineer. She says the bridge will open in May.'),
    [],
  );
});

test('attribution: a counted reporting word is a noun, and a subject before the verb leaves no source after it', () => {
  const cAll = findAttributions(group('She has written several reports on the fishery.', 'x').canonical, group('a', 'b').lexicon);
  assert.deepEqual(cAll, []);
  const two = findAttributions(group('The inspectors filed two reports on the mill.', 'x').canonical, group('a', 'b').lexicon);
  assert.deepEqual(two, []);
  // "She says the ferry sails in May": the pronoun is the source, not "the ferry sails in May".
  const [a] = findAttributions(group('She says the ferry sails in May.', 'x').canonical, group('a', 'b').lexicon);
  assert.equal(a!.strong, false);
});

test('attribution: a reporting word after "of" ("head of state") is a noun, no source', () => {
  const lex = group('a', 'b').lexicon;
  assert.deepEqual(findAttributions(group("She became Africa's first elected female head of state.", 'x').canonical, lex), []);
  assert.deepEqual(
    detect(attributionDetector, "Sirleaf was sworn in as president, becoming Africa's first elected female head of state.", 'Sirleaf was inaugurated as president, the first elected female head of state in Africa.'),
    [],
  );
});

test('attribution: a speech tag dropped from a quotation of several sentences concerns every sentence of it, and a tag moved before it is kept', () => {
  const canon = 'Rain fell all week in the valley.\n\n“The dam held through the night. We were lucky, and we know it,” said Ruth Okafor.\n';
  const dropped = compare(canon, 'Rain fell all week in the valley.\n\n“The dam held through the night. We were lucky, and we know it.”\n');
  const f = dropped.discrepancies.find((d) => d.kind === 'attribution');
  assert.ok(f);
  assert.equal(f.from, 'said Ruth Okafor');
  assert.deepEqual([f.canonical, f.article], [[1, 2], [1, 2]]);
  // The article names her before the quotation opens, in a sentence of another group: the source moved, it is not dropped.
  assert.deepEqual(runLast(canon, 'Ruth Okafor said the town was spared, “the dam held through the night. We were lucky, and we know it.”\n'), []);
  assert.equal(runLast(canon, 'The town was spared, “the dam held through the night. We were lucky, and we know it.”\n').length, 1);
});

/** The last sentence of a text as a group side, with the text before it (what a group in the middle of a story sees). */
function lastOf(text: string): GroupSide {
  const whole = sideOf(text);
  const s = whole.sentences[whole.sentences.length - 1]!;
  const tokens = whole.tokens.slice(s.from, s.to);
  const quotes = quotations(text);
  return { text, tokens, sentences: [{ start: s.start, end: s.end, from: 0, to: tokens.length }], quotes, quoted: quotedMask(tokens, quotes) };
}
function runLast(canonical: string, article: string): Finding[] {
  const ctx = contextOf({ canonical: lastOf(canonical), article: lastOf(article), lexicon: group('a', 'b').lexicon, similarity: 0.8, relation: 'match' });
  attributionDetector.run(ctx);
  return ctx.findings;
}

test('attribution: a source the canonical names just before, or a report the sentence continues, is not added', () => {
  // The canonical's speaker named in the sentence before: the article naming her again adds no source.
  assert.deepEqual(runLast('Lena Ortiz runs the clinic. She says the wards are full.', 'Lena Ortiz runs the clinic. Dr. Ortiz says the wards are full.'), []);
  assert.equal(runLast('The clinic opened in May. The wards are full.', 'The clinic opened in May. Dr. Ortiz says the wards are full.').length, 1);
  // Named before, but the canonical states the sentence as fact: the copy puts it in her mouth.
  assert.equal(runLast('Lena Ortiz runs the clinic. The wards are full.', 'Lena Ortiz runs the clinic. Dr. Ortiz says the wards are full.').length, 1);
  // "He says X. They go without …" → "He says they go without …": the report goes on, in the same paragraph only.
  assert.deepEqual(runLast('He says the nurses work long shifts. They go without breaks.', 'He says the nurses work long shifts. He says they go without breaks.'), []);
  assert.equal(runLast('The clinic opened in May, he said.\n\nThey go without breaks.', 'The clinic opened in May, he said.\n\nHe says they go without breaks.').length, 1);
  // Both name the person the pronoun stands for.
  assert.deepEqual(detect(attributionDetector, 'The union leader, Omar Haddad, calls the ban unfair.', 'Omar Haddad leads the union, he says the ban is unfair.'), []);
});

test('attribution: a source put as "officials" where the canonical names who is a vaguer source', () => {
  const [f, ...rest] = detect(attributionDetector, 'The bridge will reopen in June, according to the city engineers.', 'The bridge will reopen in June, according to officials.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.article], ['attribution', 'medium', 'according to officials']);
  assert.match(f!.reason, /more vaguely/);
  // A pronoun in its place is no vaguer: the source is named in the sentence before.
  assert.deepEqual(detect(attributionDetector, 'The bridge will reopen in June, the city engineers said.', 'The bridge will reopen in June, they said.'), []);
});

test('attribution: a claim reported with "saying" and put as a warning is a change of stance', () => {
  const found = detect(attributionDetector, 'The mayor shut the bridge, saying the river could flood the old town.', 'The mayor shut the bridge. She warned that the river could flood the old town.');
  assert.deepEqual(found.map((f) => [f.kind, f.canonical, f.article]), [['attribution', 'saying', 'warned']]);
  assert.match(found[0]!.reason, /makes the claim a warning/);
});

test('attribution: "added" as the speech tag of a quotation is a source, and its drop a finding; "added" elsewhere is not', () => {
  const [f] = detect(attributionDetector, '“The ferry will run again in April,” she added.', '“The ferry will run again in April.”');
  assert.deepEqual([f!.kind, f!.canonical], ['attribution', 'she added']);
  const [g] = detect(attributionDetector, '“The ferry will run again in April,” added Marta Kowalczyk.', '“The ferry will run again in April.”');
  assert.deepEqual([g!.kind, g!.canonical], ['attribution', 'added Marta Kowalczyk']);
  assert.deepEqual(findAttributions(group('The port added two ferries in April.', 'x').canonical, group('a', 'b').lexicon), []);
});

test('attribution: a named tag dropped from a quotation is medium when the copy names the speaker just before it, high otherwise', () => {
  const canon = 'Ruth Okafor has run the dam for ten years.\n\n“The dam held through the night, and the town is safe,” said Ruth Okafor.\n';
  const named = compare(canon, 'Ruth Okafor has run the dam for ten years.\n\n“The dam held through the night, and the town is safe.”\n');
  assert.deepEqual(named.discrepancies.filter((d) => d.kind === 'attribution').map((d) => [d.severity, d.from]), [['medium', 'said Ruth Okafor']]);
  const unnamed = compare(canon, 'The dam has stood for ten years.\n\n“The dam held through the night, and the town is safe.”\n');
  assert.deepEqual(unnamed.discrepancies.filter((d) => d.kind === 'attribution').map((d) => [d.severity, d.from]), [['high', 'said Ruth Okafor']]);
});

test('attribution: a quotation too long to be one speaker’s words is not extended over', () => {
  const body = Array.from({ length: 30 }, (_, k) => `The ${['north', 'south', 'east', 'west'][k % 4]} dyke number ${k + 1} held through the whole of the long night.`).join(' ');
  const canon = `Rain fell all week in the valley.\n\n“${body}” said Ruth Okafor.\n`;
  const r = compare(canon, `Rain fell all week in the valley.\n\n“${body}”\n`);
  const f = r.discrepancies.find((d) => d.kind === 'attribution');
  assert.ok(f);
  assert.equal(f.canonical.length, 1);
});

test('attribution: a relative clause with its own subject ("…, which engineers say") sources the claim to that subject', () => {
  const [a] = findAttributions(group('The storm damaged the dam, which engineers say was built in 1950.', 'x').canonical, group('a', 'b').lexicon);
  const side = group('The storm damaged the dam, which engineers say was built in 1950.', 'x').canonical;
  assert.equal(a!.source.map((i) => side.tokens[i]!.norm).join(' '), 'engineers');
  // "X, who said …": the source is X, before the comma.
  const [b] = findAttributions(group('The mayor, who said the dam held, left at noon.', 'x').canonical, group('a', 'b').lexicon);
  const side2 = group('The mayor, who said the dam held, left at noon.', 'x').canonical;
  assert.match(b!.source.map((i) => side2.tokens[i]!.norm).join(' '), /mayor/);
});

test('attribution: a passive reporting verb is sourced to its agent after "by", never to its subject', () => {
  // The same source, the sentence turned round: no finding.
  assert.deepEqual(detect(attributionDetector, 'The city council announced a new plan to widen the ring road.', 'A new plan to widen the ring road was announced by the city council.'), []);
  assert.deepEqual(detect(attributionDetector, 'Nine new cases were reported by the Ministry of Health on Friday.', 'The Ministry of Health reported nine new cases on Friday.'), []);
  // Another agent is another source.
  const [f] = detect(attributionDetector, 'The city council announced a new plan to widen the ring road.', 'A new plan to widen the ring road was announced by the opposition.');
  assert.deepEqual([f!.canonical, f!.article], ['The city council announced', 'announced by the opposition']);
  // A passive with no agent names no source: the canonical's is dropped.
  const [g] = detect(attributionDetector, 'The Ministry of Health reported nine new cases on Friday.', 'Nine new cases were reported on Friday.');
  assert.match(g!.reason, /^Drops the attribution/);
});

test('attribution: a named speaker set apart by an appositive before the verb is the source', () => {
  const cAll = findAttributions(group('Lena Park, a spokeswoman for the water board, said the dam held.', 'x').canonical, group('a', 'b').lexicon);
  assert.equal(cAll.length, 1);
  assert.ok(cAll[0]!.strong);
  assert.deepEqual([...cAll[0]!.keys].slice(0, 2), ['lena', 'park']);
  // An age as the appositive ("Roe, 61, said").
  const aged = findAttributions(group('The dam held, Omar Haddad, 61, said.', 'x').canonical, group('a', 'b').lexicon);
  assert.ok(aged[0]!.strong);
  // Dropped, it is an attribution finding, not a clause dropped.
  const [f] = detect(attributionDetector, 'Lena Park, a spokeswoman for the water board, said the dam held.', 'The dam held.');
  assert.deepEqual([f!.kind, f!.severity, f!.canonical], ['attribution', 'high', 'Lena Park, a spokeswoman for the water board, said']);
  // Not an appositive: a clause before a comma ("After the storm, the board said") keeps its own reading.
  const plain = findAttributions(group('After the storm passed, the board said the dam held.', 'x').canonical, group('a', 'b').lexicon);
  assert.deepEqual([...plain[0]!.keys], ['board']);
});

test('attribution: one piece of evidence for another is the same kind of source; a firmer or weaker verb of proof is a hedge', () => {
  const swapped = compare('A poll taken in May indicated that turnout would rise.', 'A survey in May found that turnout would rise.').discrepancies;
  assert.deepEqual(swapped.filter((d) => d.kind !== 'changed').map((d) => [d.kind, d.from, d.to]), [['hedge', 'indicated', 'found']]);
  const weaker = compare('Fewer birds nest on the cliffs, a count shows.', 'Fewer birds nest on the cliffs, a count suggests.').discrepancies;
  assert.deepEqual(weaker.map((d) => [d.kind, d.from, d.to]), [['hedge', 'shows', 'suggests']]);
  assert.match(weaker[0]!.reason, /now reads as only pointed to/);
  // The same verb of proof, other evidence: nothing to say.
  assert.deepEqual(compare('Hospital records showed the ward was full.', 'Hospital data showed the ward was full.').discrepancies.filter((d) => d.kind !== 'changed'), []);
  // A person in the place of evidence is another source.
  assert.deepEqual(compare('Satellite images showed the bridge was down.', 'Villagers said the bridge was down.').discrepancies.map((d) => d.kind), ['attribution']);
});

test('attribution: evidence kept as the source, its word of provision ("preliminary", "initial") dropped or added, is a hedge', () => {
  const [f, ...rest] = detect(attributionDetector, 'Provisional figures showed exports fell in the spring.', 'Figures showed exports fell in the spring.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['hedge', 'medium', 'Provisional', '']);
  assert.match(f!.reason, /now reads as established/);
  const [g] = detect(attributionDetector, 'A survey in May found that turnout would rise.', 'A preliminary survey in May found that turnout would rise.');
  assert.deepEqual([g!.kind, g!.canonical, g!.article], ['hedge', '', 'preliminary']);
  // Both provisional, in other words: nothing to say.
  assert.deepEqual(detect(attributionDetector, 'Preliminary figures showed exports fell.', 'Initial figures showed exports fell.'), []);
});

test('attribution: a reporting word after a determiner and names or figures ("the U.S. state", "the 50th U.S. state") is a noun, no source', () => {
  const lex = group('a', 'b').lexicon;
  assert.deepEqual(findAttributions(sideOf('The quake struck the U.S. state, Hawaii, on Sunday.'), lex), []);
  assert.deepEqual(findAttributions(sideOf('Hawaii, the 50th U.S. state, lies in the Pacific.'), lex), []);
  // A name with no determiner before it is a subject ("U.S. officials state that …").
  assert.equal(findAttributions(sideOf('U.S. officials state that the toll is 40.'), lex).length, 1);
  // A past or -s form is a verb ("the U.S. Embassy said"), and so is a bare form after a plural name.
  assert.equal(findAttributions(sideOf('The U.S. Embassy said the toll is 40.'), lex).length, 1);
  assert.equal(findAttributions(sideOf('Police officials in the Philippines say the toll is 40.'), lex).length, 1);
});

test('attribution: a reporting word right before a verb of speech or proof is its noun ("a report showed")', () => {
  assert.deepEqual(compare('Official figures showed prices rose in June.', 'A ministry report showed prices rose in June.').discrepancies.filter((d) => d.kind !== 'changed'), []);
});

test('attribution: "added that" goes on with the same source; "added" before an object is no source', () => {
  assert.deepEqual(detect(attributionDetector, 'The coach said the pitch had been too wet.', 'The coach added that the pitch had been too wet.'), []);
  assert.deepEqual(detect(attributionDetector, 'The coach said the pitch had been too wet.', 'The coach added: the pitch had been too wet.'), []);
  const [f] = detect(attributionDetector, 'The bakery said it added two ovens in May.', 'The bakery added two ovens in May.');
  assert.deepEqual([f!.kind, f!.canonical], ['attribution', 'The bakery said']);
});

test('attribution: a reporting word inside the source of "according to" is a noun, not a second source', () => {
  const found = findAttributions(sideOf('Rents rose by a fifth, according to the council’s latest reports.'), group('a', 'b').lexicon);
  assert.equal(found.length, 1);
});

test('attribution: a reporting word right before "are" or "have" is a noun ("the estimates are"), but "say" stays a verb ("which experts say was")', () => {
  const lex = group('a', 'b').lexicon;
  assert.deepEqual(findAttributions(sideOf('The new harvest estimates are far above last year’s.'), lex), []);
  assert.deepEqual(findAttributions(sideOf('Early reports have put the toll at nine.'), lex), []);
  const say = findAttributions(sideOf('The flood, which engineers say was the worst in decades, hit the port.'), lex);
  assert.equal(say.length, 1);
});

test('attribution: an accusation is a source that takes a stance ("accuse … of")', () => {
  const [f] = detect(attributionDetector, 'Farm unions accuse the mill of dumping waste in the river.', 'The mill dumped waste in the river.');
  assert.deepEqual([f!.kind, f!.canonical], ['attribution', 'Farm unions accuse']);
  const [g] = detect(attributionDetector, 'Farm unions say the mill dumped waste in the river.', 'Farm unions accuse the mill of dumping waste in the river.');
  assert.deepEqual([g!.canonical, g!.article], ['say', 'accuse']);
});

test('attribution: evidence that only pointed to a claim, dropped, is a hedge dropped; firm evidence dropped is a source dropped', () => {
  const [f] = detect(attributionDetector, 'Early tallies suggest the mayor kept her seat in the east.', 'The mayor kept her seat in the east.');
  assert.deepEqual([f!.kind, f!.canonical], ['hedge', 'Early tallies suggest']);
  assert.match(f!.reason, /only pointed to/);
  const [g] = detect(attributionDetector, 'Provisional data showed exports fell in the spring.', 'Exports fell in the spring.');
  assert.equal(g!.kind, 'hedge');
  const [h] = detect(attributionDetector, 'Satellite images showed the dam had burst in the night.', 'The dam had burst in the night.');
  assert.deepEqual([h!.kind, h!.severity], ['attribution', 'high']);
});

test('attribution: two verbs of one subject ("refused … and said") keep one source; dropping the first verb drops no source', () => {
  const kinds = (c: string, a: string): string[] => compare(c, a).discrepancies.map((d) => `${d.kind}:${d.from ?? ''}→${d.to ?? ''}`);
  // The verb the copy keeps shares the subject of the one it drops: no attribution dropped.
  assert.deepEqual(
    kinds('The mayor refused the offer and said the bridge would reopen in spring.', 'The mayor said the bridge would reopen in spring.').filter((k) => k.startsWith('attribution')),
    [],
  );
  assert.deepEqual(
    kinds('Officials announced the closure and told residents the water was unsafe.', 'Officials told residents the water was unsafe.').filter((k) => k.startsWith('attribution')),
    [],
  );
  // A verb that is not a reporting verb before "and said": its object is not part of the source.
  assert.deepEqual(kinds('The utility thanked its crews and said power was back in most homes.', 'The utility said power was back in most homes.').filter((k) => k.startsWith('attribution')), []);
  assert.deepEqual(kinds('The utility said power was back in most homes.', 'The utility thanked its crews and said power was back in most homes.').filter((k) => k.startsWith('attribution')), []);
  // Another subject is still another source.
  assert.deepEqual(
    compare('The utility thanked its crews and said power was back in most homes.', 'The council thanked its crews and said power was back in most homes.')
      .discrepancies.filter((d) => d.kind === 'attribution').length,
    1,
  );
});

test('attribution: an acronym spelled like a function word ("WHO") names the source it abbreviates', () => {
  const found = compare('The World Meteorological Organization declared the drought over in May.', 'The WMO declared the drought over in May.').discrepancies;
  assert.deepEqual(found, []);
  const who = compare('The World Health Organization declared the drought over in May.', 'The WHO declared the drought over in May.').discrepancies;
  assert.deepEqual(who.map((d) => d.kind), []);
  // Written with dots and spelled like a pronoun ("U.S." / "us"): a name all the same.
  const dotted = compare('Earlier, the United States said the ferry operator ignored two warnings.', 'Earlier, the U.S. said the ferry operator ignored two warnings.').discrepancies;
  assert.deepEqual(dotted.map((d) => d.kind), []);
  const un = compare('Earlier, the United Nations said the ferry operator ignored two warnings.', 'Earlier, the U.N. said the ferry operator ignored two warnings.').discrepancies;
  assert.deepEqual(un.map((d) => d.kind), []);
});

test('attribution: a hedge between the subject and its verb is not a word of the source', () => {
  const found = compare('The ministry has so far confirmed 14 cases of the disease.', 'The ministry has confirmed 14 cases of the disease.').discrepancies;
  assert.deepEqual(found.map((d) => d.kind), ['hedge']);
});

test('attribution: a neutral reporting verb in another tense or another neutral verb is the same attribution', () => {
  assert.deepEqual(compare('Nine miners were rescued on Sunday, officials said.', 'Nine miners were rescued on Sunday, officials say.').discrepancies, []);
  assert.deepEqual(compare('Nine miners were rescued on Sunday, the mine operator said.', 'Nine miners were rescued on Sunday, the mine operator stated.').discrepancies, []);
  // A verb of another stance is still reported.
  assert.deepEqual(compare('Nine miners were rescued on Sunday, officials said.', 'Nine miners were rescued on Sunday, officials claimed.').discrepancies.map((d) => d.kind), ['attribution']);
});

test('attribution: blame laid by a source ("which the army blamed on …") is an attribution; dropping it states the blame as fact', () => {
  const found = compare('Four guards died in the raid, which the ministry blamed on smugglers.', 'Four guards died in the raid by smugglers.').discrepancies;
  assert.deepEqual(found.filter((d) => d.kind === 'attribution').map((d) => d.from), ['the ministry blamed']);
  assert.deepEqual(compare('Police accused the driver of fleeing the scene.', 'Police accused the driver of fleeing the scene.').discrepancies, []);
});

test('attribution: a named source the article only describes, but names in the same sentence or elsewhere, is no name made general', () => {
  // The name still stands in the article's sentence, outside its source.
  const same = compare('A Gallup survey showed that most voters back the plan.', 'A public opinion survey showed that most voters back the plan, which Gallup ran in May.');
  assert.equal(same.discrepancies.find((d) => d.kind === 'name'), undefined);
  // Named in another sentence of the article: rewording, low.
  const other = compare(
    'A Gallup survey showed that most voters back the new transit plan.\n\nConstruction of the first tram line would begin in 2027.\n\nGallup interviewed 1,200 adults by telephone.',
    'A public opinion survey showed that most voters back the new transit plan.\n\nConstruction of the first tram line would begin in 2027.\n\nGallup interviewed 1,200 adults by telephone.',
  );
  assert.deepEqual(other.discrepancies.map((d) => [d.kind, d.severity, d.from]), [['changed', 'low', 'Gallup']]);
  assert.match(other.discrepancies[0]!.reason, /names it elsewhere/);
});

test('attribution: one source with two verbs ("denied … and said") keeps its source for both; the denial dropped is no source dropped', () => {
  const side = sideOf('The club denied that it had fielded the player and said it would appeal the fine.');
  const found = findAttributions(side, group('x', 'y').lexicon).map((a) => side.text.slice(side.tokens[a.source[0]!]!.start, side.tokens[a.source[a.source.length - 1]!]!.end));
  assert.deepEqual(found, ['The club', 'The club']);
  const c = compare('The club denied that it had fielded the player and said it would appeal the fine.', 'The club said it would appeal the fine.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from]), [['negation', 'denied']]);
});

test('attribution: a reporting word last in its sentence with nothing setting it off is a noun ("in Kano state."), not a source', () => {
  const side = sideOf('Gunmen attacked a market in Kano state.');
  assert.deepEqual(findAttributions(side, group('x', 'y').lexicon), []);
  // A source after its claim stands apart from it.
  assert.equal(findAttributions(sideOf('The market will reopen, the governor said.'), group('x', 'y').lexicon).length, 1);
  const c = compare('Gunmen attacked a market in northern Kano state.', 'Gunmen attacked a market in southern Kano state.');
  assert.equal(c.discrepancies.find((d) => d.kind === 'attribution'), undefined);
});

test('attribution: every source the article adds is read the same, the first and the ones after it', () => {
  // Two sources added where the canonical gave none: two findings.
  const two = detect(attributionDetector, 'The wards are full and the staff are tired.', 'The wards are full, the nurses say, and the staff are tired, the doctors say.');
  assert.deepEqual(two.map((f) => f.article), ['the nurses say', 'the doctors say']);
  // Hearsay given two sources: the canonical's "allegedly" is taken by the first.
  const hearsay = detect(attributionDetector, 'The two women allegedly poisoned him at the airport.', 'Police say the two women poisoned him at the airport, officials said.');
  assert.deepEqual(hearsay.map((f) => f.canonical), ['allegedly', '']);
  // Both sources carried: nothing.
  assert.deepEqual(detect(attributionDetector, 'The wards are full, the nurses say.', 'The wards are full, the nurses said.'), []);
});

test('attribution: a headline given a source before a colon ("Aid Group: …") is a credit added; a place there is a topic', () => {
  const c = compare('Flood Kills About 12 in Northern Chile\n\nHeavy rain has killed about a dozen people in northern Chile.', 'Aid Group: Death Toll from Chile Flood Rises to 26\n\nHeavy rain has killed about 26 people in northern Chile.');
  assert.ok(c.discrepancies.some((d) => d.kind === 'attribution' && d.to === 'Aid Group'));
  const topic = compare('Death Toll Rising in South Asia Earthquake\n\nThe quake killed hundreds of people in northern Pakistan.', 'Pakistan: Earthquake Death Toll Rising\n\nThe quake killed hundreds of people in northern Pakistan.');
  assert.ok(!topic.discrepancies.some((d) => d.kind === 'attribution'));
});

test('attribution: a speaker whose place is kept as its initials ("officials in the United States said" → "officials in the U.S. said") is the same speaker', () => {
  const c = compare(
    'Flood waters rose on Friday. Officials in the United States said aid would arrive soon. Roads stayed shut.',
    'Flood waters rose on Friday. Officials in the U.S. said aid would arrive soon. Roads stayed shut.',
  );
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), []);
});

test('attribution: a reporting word that is the object of a verb ("takes notes", "filed reports") sources nothing', () => {
  const c = 'Schools closed in May. Doris Ansumana takes notes now from her radio classes in Freetown. Prices rose.';
  const a = 'Schools closed in May. Doris Ansumana now listens to radio classes in Freetown. Prices rose.';
  assert.deepEqual(compare(c, a).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.from), []);
  // A reporting verb after its subject still sources the claim.
  const said = compare('Schools closed in May. Doris Ansumana notes that the radio classes work. Prices rose.', 'Schools closed in May. The radio classes work. Prices rose.');
  assert.deepEqual(said.discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.from), ['Doris Ansumana notes']);
});

test('attribution: "per the ministry" set off from its claim is a source, dropped like "according to the ministry"; "40 cents per the kilo" is none', () => {
  const c = 'Schools closed in May. The toll rose to 40, per the ministry. Prices rose.';
  const found = compare(c, 'Schools closed in May. The toll rose to 40. Prices rose.').discrepancies;
  assert.deepEqual(found.map((d) => [d.kind, d.from]), [['attribution', 'per the ministry']]);
  const price = compare('Schools closed in May. Rice costs 40 cents per the kilo in the city. Prices rose.', 'Schools closed in May. Rice costs 40 cents per kilo in the city. Prices rose.');
  assert.deepEqual(price.discrepancies.filter((d) => d.kind === 'attribution'), []);
});

test('attribution: "the mayor told The Associated Press" dropped whole is one finding, not one for the source and one for the agency', () => {
  const c = 'Schools closed in May. The toll rose to 40, the mayor told The Associated Press on Monday. Prices rose.';
  const dropped = compare(c, 'Schools closed in May. The toll rose to 40 on Monday. Prices rose.').discrepancies;
  assert.deepEqual(dropped.map((d) => [d.kind, d.from]), [['attribution', 'the mayor told']]);
  // The agency alone put for another: still whom the source spoke to.
  const other = compare(c, c.replace('The Associated Press', 'reporters')).discrepancies;
  assert.deepEqual(other.map((d) => d.kind), ['attribution']);
  assert.match(other[0]!.reason, /spoke to ‘The Associated Press’/);
});

test('attribution: reports with no one named, added to or dropped from a claim the other side states as fact', () => {
  const claim = 'The plane sent a distress signal just after it took off from Cameroon.';
  const lower = claim[0]!.toLowerCase() + claim.slice(1);
  // Added: what the canonical states now rests on reports.
  const [added, ...more] = detect(attributionDetector, claim, `Reports say that ${lower}`);
  assert.equal(more.length, 0);
  assert.deepEqual([added!.kind, added!.severity, added!.canonical, added!.article], ['attribution', 'medium', '', 'Reports say']);
  const [lead] = detect(attributionDetector, claim, `${claim.slice(0, -1)}, according to reports.`);
  assert.deepEqual([lead!.severity, lead!.article], ['medium', 'according to reports']);
  // Dropped: what rested on reports reads as established.
  const [dropped] = detect(attributionDetector, `Reports said ${lower}`, claim);
  assert.deepEqual([dropped!.kind, dropped!.severity, dropped!.canonical, dropped!.article], ['attribution', 'medium', 'Reports said', '']);
  assert.match(dropped!.reason, /rested on reports/);
  // Kept on both sides, in another tense: no finding.
  assert.deepEqual(detect(attributionDetector, `Reports said ${lower}`, `Reports say ${lower}`), []);
});

test('attribution: a second source joined to the one kept ("the ministry" → "the ministry and a rebel commander") is a source added', () => {
  const [f, ...more] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, the defence ministry and a rebel commander said.`);
  assert.equal(more.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'medium', '', 'a rebel commander']);
  assert.match(f!.reason, /second source/);
  const [lead] = detect(attributionDetector, `${CLAIM}, according to the defence ministry.`, `${CLAIM}, according to the defence ministry and the United Nations.`);
  assert.deepEqual([lead!.kind, lead!.article], ['attribution', 'the United Nations']);
  // Evidence joined by other evidence: another source of the claim all the same.
  const [data] = detect(attributionDetector, 'Aircraft data indicate the storm has grown stronger.', 'Radar data from Martinique and aircraft data indicate the storm has grown stronger.');
  assert.deepEqual([data!.kind, data!.canonical], ['attribution', '']);
  assert.match(data!.article, /Martinique/);
  // One name that runs on over "and" ("the Ministry of Health and Social Affairs"), words of the
  // source the canonical gives elsewhere in the sentence, or the same two sources: no source added.
  assert.deepEqual(detect(attributionDetector, `${CLAIM}, the Ministry of Health said.`, `${CLAIM}, the Ministry of Health and Social Affairs said.`), []);
  assert.deepEqual(detect(attributionDetector, `A report by the United Nations Office on Drugs and Crime warns that ${CLAIM.toLowerCase()}.`, `A report by the UN Office on Drugs and Crime warns that ${CLAIM.toLowerCase()}.`), []);
  assert.deepEqual(detect(attributionDetector, `The rebel commander agreed: ${CLAIM.toLowerCase()}, the defence ministry said.`, `The rebel commander agreed: ${CLAIM.toLowerCase()}, the defence ministry and the rebel commander said.`).filter((x) => x.kind === 'attribution'), []);
  assert.deepEqual(detect(attributionDetector, `${CLAIM}, the ministry and a rebel commander said.`, `${CLAIM}, the ministry and a rebel commander say.`), []);
});

test('attribution: a speaker the canonical names in the group only as someone who acts, not as a source, is a source added when the copy gives a claim as theirs', () => {
  const canonical = 'Maria Lopez, 17, now follows her lessons on the radio. It is a big change for the student, who misses her friends.';
  const article = 'Student Maria Lopez, 17, says the radio lessons are a big change, and she misses her friends.';
  const added = detect(attributionDetector, canonical, article);
  assert.deepEqual(added.map((f) => [f.kind, f.article]), [['attribution', 'Student Maria Lopez, 17, says']]);
  // Named as a speaker there ("She says", a pronoun's source standing for her), the same source: quiet.
  const said = 'Maria Lopez, 17, now follows her lessons on the radio. She says it is a big change, and she misses her friends.';
  assert.deepEqual(detect(attributionDetector, said, article), []);
});

test('attribution: a past form after a figure is the verb, not a counted noun: the date between a source and its verb ("USAID on June 20 announced") keeps the source', () => {
  const lex = group('a', 'b').lexicon;
  const [a] = findAttributions(group('In support of the effort, USAID on June 20 announced $231 million for new schools.', 'x').canonical, lex);
  assert.ok(a, 'a source');
  assert.deepEqual(
    detect(attributionDetector, 'In support of the effort, USAID also announced $231 million for new schools.', 'In support of the effort, USAID on June 20 announced $231 million for new schools.'),
    [],
  );
});

test('attribution: a past form after a figure that counts is what the figure counts, no verb ("12 confirmed cases"): the figure changed is a number finding, not a new source', () => {
  const lex = group('a', 'b').lexicon;
  assert.deepEqual(findAttributions(group('A total of 12 confirmed or suspected cases of the fever were recorded.', 'x').canonical, lex), []);
  const found = detect(attributionDetector, 'A total of 12 confirmed cases of the fever were recorded in the district.', 'There are now 19 confirmed cases of the fever in the district.');
  assert.deepEqual(found, []);
  // After a date's figure, still the verb: "the agency on May 3 confirmed".
  const [a] = findAttributions(group('The agency on May 3 confirmed two cases of the fever.', 'x').canonical, lex);
  assert.ok(a, 'a source');
  // "said", "told" name nothing counted: after a count they are still the verb ("of the crew, 12 said").
  const [b] = findAttributions(group('Of the forty sailors on board, 12 said they saw the flare.', 'x').canonical, lex);
  assert.ok(b, 'a source');
  const kinds = compare('A total of 12 confirmed cases of the fever were recorded in the district.', 'There are now 19 confirmed cases of the fever in the district.').discrepancies.map((d) => d.kind);
  assert.ok(kinds.includes('number') && !kinds.includes('attribution'), kinds.join());
});

test('attribution: a speech tag moved before its quotation, the speaker named as the copy opens it with a comma or colon, whatever the verb ("Bolden cheered, “…”"), is no source dropped; a quotation opened by other words still drops it', () => {
  const c = '“Today we can add another reason to cheer, Juno is at Jupiter,” said NASA administrator, Charlie Bolden.';
  const kinds = (a: string): string[] => compare(c, a).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.severity);
  assert.deepEqual(kinds('NASA administrator Charlie Bolden cheered, “Today we can add another reason to cheer- Juno is at Jupiter.”'), []);
  assert.deepEqual(kinds('The agency cheered, “Today we can add another reason to cheer- Juno is at Jupiter.”'), ['high']);
});
