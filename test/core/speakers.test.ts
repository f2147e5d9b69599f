import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/index';
import { nameWords, sameSpeaker } from '../../src/core/speakers';

// Written for this test: a briefing's transcript, and copies of it.
const briefing =
  'Harbour Board Briefing\n\n' +
  'MR ROE: Good afternoon. The new quay opened this morning, two months ahead of the date the board had set.\n\n' +
  'Q: When will the first ferry use the new quay?\n\n' +
  'MR ROE: The first ferry will use it on Monday morning, weather permitting.\n';

const attributions = (a: string): string[] => compare(briefing, a).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason);

test("a transcript's copy that gives a turn to another speaker is an attribution change, named once, on the labels", () => {
  const moved = briefing.replace('MR ROE: The first', 'MS COSTA: The first');
  const found = compare(briefing, moved).discrepancies.filter((d) => d.kind === 'attribution');
  assert.equal(found.length, 1, found.map((d) => d.reason).join('\n'));
  assert.equal(found[0]!.from, 'MR ROE:');
  assert.equal(found[0]!.to, 'MS COSTA:');
  assert.equal(found[0]!.severity, 'medium');
  assert.match(found[0]!.reason, /another speaker/);
  // The labels are never read as datelines: no "filed from another place".
  assert.ok(!found[0]!.reason.includes('dateline'));
});

test("the same speakers written otherwise (titles, case, a translated role, a blank before the colon) change nothing", () => {
  assert.deepEqual(attributions(briefing.replace(/MR ROE:/g, 'Mr. Roe:')), []);
  assert.deepEqual(attributions(briefing.replace(/MR ROE:/g, 'M. ROE :').replace('Q:', 'QUESTION:')), []);
  assert.ok(sameSpeaker('MODERATOR:', 'MODÉRATEUR :'));
  assert.ok(sameSpeaker('Q:', 'QUESTION:'));
  assert.ok(!sameSpeaker('MR ROE:', 'MS COSTA:'));
});

test("a copy that drops a speaker's label and names the speaker nowhere near the words says no longer who says them: one finding for each speaker", () => {
  const bare = briefing.replace(/^(?:MR ROE|Q): /gm, '');
  const found = compare(briefing, bare).discrepancies.filter((d) => d.kind === 'attribution');
  assert.equal(found.length, 1, found.map((d) => d.reason).join('\n'));
  assert.equal(found[0]!.from, 'MR ROE:');
  assert.equal(found[0]!.to, null);
  assert.equal(found[0]!.severity, 'medium');
  assert.match(found[0]!.reason, /Drops the speaker's label ‘MR ROE:’/);
  // The label on a line of its own, dropped the same.
  const alone = briefing.replace('MR ROE: Good afternoon.', 'MR ROE:\nGood afternoon.');
  assert.equal(compare(alone, bare).discrepancies.filter((d) => d.kind === 'attribution').length, 1);
});

test('a copy that names the speaker in its own words, or drops only a role\'s label ("Q:"), keeps who says them', () => {
  const labels = (a: string): string[] => attributions(a).filter((r) => /speaker/.test(r));
  const retold = briefing.replace('MR ROE: Good afternoon.', 'Good afternoon, said Mr Roe.').replace(/^(?:MR ROE|Q): /gm, '');
  assert.deepEqual(labels(retold), []);
  assert.deepEqual(attributions(briefing.replace('Q: ', '')), []);
  // A text without labels compared with a transcript: nothing to drop.
  assert.deepEqual(compare(briefing.replace(/^(?:MR ROE|Q): /gm, ''), briefing).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason), []);
});

test("a script's numbered reader ('VOICE ONE:', 'SPEAKER 2:') names no one: dropping that label is no finding", () => {
  // Written for this test: a radio script read by two voices.
  const script =
    'VOICE ONE:\n\nThe harbour board opened the new quay this morning, two months ahead of the date it had set.\n\n' +
    'VOICE TWO:\n\nThe first ferry will use the new quay on Monday morning, weather permitting, the board said.\n\n' +
    'VOICE ONE:\n\nThe old quay will close for repairs in the spring, and reopen as a fish market next year.\n';
  const bare = script.replace(/^VOICE (?:ONE|TWO):\n\n/gm, '');
  assert.deepEqual(compare(script, bare).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason), []);
  const numbered = script.replace('VOICE ONE:', 'SPEAKER 1:').replace('VOICE TWO:', 'SPEAKER 2:');
  assert.deepEqual(compare(numbered, bare).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason), []);
});

test("a label's titles and roles written with their accents are read as the plain ones ('SEÑOR RUIZ:', 'PRÉSIDENTE DUVAL :', 'MODÉRATEUR :')", () => {
  assert.deepEqual(nameWords('SEÑOR RUIZ:'), ['ruiz']);
  assert.deepEqual(nameWords('Señora Ruiz :'), ['ruiz']);
  assert.deepEqual(nameWords('PRÉSIDENTE DUVAL :'), ['duval']);
  assert.deepEqual(nameWords('SECRÉTAIRE DUVAL:'), ['duval']);
  assert.deepEqual(nameWords('M. PRICE :'), ['price']);
  // The name's own accents are folded, as before: "GARCÍA" and "GARCIA" are one speaker.
  assert.deepEqual(nameWords('SEÑOR GARCÍA:'), ['garcia']);
  // Written for this test: a briefing in French, and a copy that drops the moderator's label only.
  const point =
    'Point de presse du conseil portuaire\n\n' +
    "MODÉRATEUR : Bonjour à tous, et merci d'être venus si nombreux ce matin au port.\n\n" +
    'MME DUVAL : Le nouveau quai a ouvert ce matin, deux mois avant la date fixée par le conseil.\n';
  const copy = point.replace('MODÉRATEUR : ', '');
  // A role's label names no one: dropping it is no finding, with its accents too.
  assert.deepEqual(compare(point, copy).discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.reason), []);
});
