import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../../src/core/compare';
import type { DetectContext } from '../../../src/core/detect/context';
import { compareInlineCredits, compareLeadIns } from '../../../src/core/detect/credit';
import { contextOf, group, show, type Shown } from '../helpers';

const HEAD = 'Dock Workers Walk Out\n\n';
const STORY = 'Dock workers in the port walked out on Friday over unpaid wages and a new shift plan.\n';
const attributions = (c: string, a: string): Array<[string, string | null, string | null]> =>
  compare(c, a).discrepancies.filter((d) => d.kind === 'attribution').map((d) => [d.severity, d.from, d.to]);

test('credit: the lead-in where a dateline stands, in title case, added, dropped or replaced', () => {
  assert.deepEqual(attributions(`${HEAD}— ${STORY}`, `${HEAD}Harbourwatch — ${STORY}`), [['medium', null, 'Harbourwatch']]);
  assert.deepEqual(attributions(`${HEAD}Mombasa — ${STORY}`, `${HEAD}${STORY}`), [['medium', 'Mombasa', null]]);
  assert.deepEqual(attributions(`${HEAD}Mombasa — ${STORY}`, `${HEAD}Dar es Salaam — ${STORY}`).map((x) => x[0]), ['medium']);
  // The same lead-in, or a dash in the middle of running text, is no finding.
  assert.deepEqual(attributions(`${HEAD}Mombasa — ${STORY}`, `${HEAD}Mombasa — ${STORY.replace('Friday', 'Saturday')}`), []);
  assert.deepEqual(attributions(`${HEAD}${STORY}`, `${HEAD}Dock workers — in the port — walked out on Friday over unpaid wages and a new shift plan.\n`), []);
});

test('credit: a headline source in lower case after a colon ("…: police", "…: state media") dropped or replaced; a label or a line with a full stop is none', () => {
  const head = (h: string): string => `${h}\n\n${STORY}`;
  assert.deepEqual(attributions(head('Dock Strike Halts Port For Third Day: union'), head('Dock Strike Halts Port For Third Day')), [['medium', 'union', null]]);
  assert.deepEqual(attributions(head('Dock Strike Halts Port For Third Day: port officials'), head('Dock Strike Halts Port For Third Day: police')), [['medium', 'port officials', 'police']]);
  assert.deepEqual(attributions(head('Dock Strike Halts Port For Third Day: live updates'), head('Dock Strike Halts Port For Third Day')), []);
  assert.deepEqual(attributions(head('Dock Strike Halts Port For Third Day: union'), head('Dock Strike Halts Port For Third Day: union')), []);
  // Two words before the colon are a label's place ("Port strike: what"), not a headline's.
  assert.deepEqual(attributions(head('Port strike: union'), head('Port strike')), []);
});

test('credit: "told Reuters" dropped says the source no longer spoke to the agency, not that the story lost its credit line', () => {
  const c = `${HEAD}A port spokesman told Reuters the walkout would last until Monday at the earliest.\n`;
  const a = `${HEAD}A port spokesman said the walkout would last until Monday at the earliest.\n`;
  const found = compare(c, a).discrepancies.filter((d) => d.kind === 'attribution');
  assert.deepEqual(found.map((d) => [d.severity, d.from]), [['medium', 'Reuters']]);
  assert.match(found[0]!.reason, /spoke to ‘Reuters’/);
  const credit = compare(`${HEAD}Dock workers walked out on Friday over unpaid wages (Reuters).\n`, `${HEAD}Dock workers walked out on Friday over unpaid wages.\n`).discrepancies.filter((d) => d.kind === 'attribution');
  assert.match(credit[0]!.reason, /credit to ‘Reuters’/);
});

// The credit comparisons on their own, on one group (without the rest of the attribution detector).
const creditsOf = (step: (ctx: DetectContext) => void | (() => void), c: string, a: string): Shown[] => {
  const input = group(c, a);
  const ctx = contextOf(input);
  // (compareInlineCredits leaves a dropped "told Reuters" for after the sources are compared: here, at once.)
  step(ctx)?.();
  return show(input, ctx.findings);
};

test('credit, alone: an agency credit in the sentence dropped or put for another; kept, no finding', () => {
  const wages = 'Dock workers walked out on Friday over unpaid wages';
  assert.deepEqual(creditsOf(compareInlineCredits, `${wages} (Reuters).`, `${wages}.`).map((f) => [f.kind, f.severity, f.canonical, f.article]), [['attribution', 'medium', 'Reuters', '']]);
  assert.deepEqual(creditsOf(compareInlineCredits, `${wages} (Reuters).`, `${wages} (AFP).`).map((f) => [f.canonical, f.article]), [['Reuters', 'AFP']]);
  assert.deepEqual(creditsOf(compareInlineCredits, `${wages} (Reuters).`, `${wages.replace('Friday', 'Saturday')} (Reuters).`), []);
});

test('credit, alone: the place where a dateline stands dropped is a lead-in lost; kept, no finding', () => {
  const story = 'Dock workers in the port walked out on Friday.';
  assert.deepEqual(creditsOf(compareLeadIns, `Mombasa — ${story}`, story).map((f) => [f.kind, f.canonical]), [['attribution', 'Mombasa']]);
  assert.deepEqual(creditsOf(compareLeadIns, `Mombasa — ${story}`, `Mombasa — ${story.replace('Friday', 'Saturday')}`), []);
});

test('credit, alone: a dateline in capitals glued to the story by a hyphen ("WASHINGTON-Dock workers") is a lead-in; a capitalised compound is none', () => {
  const story = 'Dock workers in the port walked out on Friday.';
  assert.deepEqual(creditsOf(compareLeadIns, `WASHINGTON-${story}`, story).map((f) => [f.kind, f.canonical]), [['attribution', 'WASHINGTON']]);
  assert.deepEqual(creditsOf(compareLeadIns, `NEW YORK-${story}`, story).map((f) => [f.kind, f.canonical]), [['attribution', 'NEW YORK']]);
  assert.deepEqual(creditsOf(compareLeadIns, `WASHINGTON-${story}`, `WASHINGTON-${story.replace('Friday', 'Saturday')}`), []);
  // Not a word in title case before a hyphen, nor an acronym that makes a compound the story keeps.
  assert.deepEqual(creditsOf(compareLeadIns, `Mombasa-${story}`, story), []);
  assert.deepEqual(creditsOf(compareLeadIns, `PORT REPORT - ${story}`, story), []);
  assert.deepEqual(creditsOf(compareLeadIns, 'NATO-Led forces crossed the river.', 'Forces crossed the river.'), []);
});

test('credit: a headline source before a colon at its start written as an acronym, or a list of them ("NOAA: …", "NOAA, NASA: …"), added, dropped or put for another; a country\'s ("US: …") is the topic', () => {
  const head = (h: string): string => `${h}\n\n${STORY}`;
  assert.deepEqual(attributions(head('PWA: Dock Strike Halts Port For Third Day'), head('PWA, ILO: Dock Strike Halts Port For Third Day')), [['medium', 'PWA', 'PWA, ILO']]);
  assert.deepEqual(attributions(head('PWA: Dock Strike Halts Port For Third Day'), head('Dock Strike Halts Port For Third Day')), [['medium', 'PWA', null]]);
  assert.deepEqual(attributions(head('PWA: Dock Strike Halts Port For Third Day'), head('PWA: Dock Strike Halts Port For Third Day')), []);
  assert.deepEqual(attributions(head('US: Dock Strike Halts Port For Third Day'), head('Dock Strike Halts Port For Third Day')), []);
  // A label the canonical's own sentence names is the same source set as a label: no credit added.
  assert.deepEqual(attributions(head("PWA's Dock Strike Halts Port For Third Day"), head('PWA: Dock Strike Halts Port For Third Day')), []);
});

test('credit: an outlet\'s tag in brackets after a headline ("… (Harbour News)") dropped or added while the other text names that outlet elsewhere says who published it, as that text does: no finding', () => {
  const body = 'From Harbour News, this is the port report.\n\nDock workers in the port walked out on Friday over unpaid wages and a new shift plan.\n';
  const bare = 'Dock workers in the port walked out on Friday over unpaid wages and a new shift plan.\n';
  assert.deepEqual(attributions(`Dock Workers Walk Out (Harbour News)\n\n${body}`, `Dock Workers Walk Out\n\n${body}`), []);
  assert.deepEqual(attributions(`Dock Workers Walk Out\n\n${body}`, `Dock Workers Walk Out (Harbour News)\n\n${body}`), []);
  // Named nowhere else in the other text: who published it is no longer said, or newly said.
  assert.deepEqual(attributions(`Dock Workers Walk Out (Harbour News)\n\n${bare}`, `Dock Workers Walk Out\n\n${bare}`).map((x) => x[1]), ['Harbour News']);
  assert.deepEqual(attributions(`Dock Workers Walk Out\n\n${bare}`, `Dock Workers Walk Out (Harbour News)\n\n${bare}`).map((x) => x[2]), ['Harbour News']);
});
