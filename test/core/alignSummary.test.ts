import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, type Comparison } from '../../src/core/index';

// Texts of my own: a wire story with a headline, and copies of it.
const BODY = [
  'Snowplows worked through the night to clear drifts up to two meters deep near the summit.',
  'The regional transport office said the road would reopen on Thursday if the snow stopped.',
  'Drivers were told to carry chains and blankets and to stay with their vehicles.',
];
const text = (...paragraphs: string[]): string => paragraphs.map((p) => p + '\n\n').join('');
const WIRE = text(
  'Storm Closes Mountain Pass and Strands Hundreds of Truckers',
  'A late spring storm closed the main mountain pass between the two provinces on Tuesday, stranding hundreds of truckers on the highway, police said.',
  ...BODY,
);

/** The copy under no headline: the wire's lead reworded, the rest carried. */
const COPY = text(
  'Hundreds of truckers were stranded on Tuesday after a late spring storm closed the main mountain pass between the two provinces, police said.',
  ...BODY,
);

const groupOf = (c: Comparison, side: 'canonical' | 'article', id: number) => c.alignments.find((a) => a[side].includes(id));

test('alignSummary: the wire headline a copy dropped is linked to the copy sentence that states its fact, not omitted', () => {
  const c = compare(WIRE, COPY);
  assert.equal(c.canonical.sentences[0]!.kind, 'heading');
  const g = groupOf(c, 'canonical', 0);
  assert.ok(g, JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  assert.deepEqual(g.article, [0]);
  // The lead is in the same group: the headline joined the lead's link.
  assert.ok(g.canonical.includes(1));
  assert.ok(!c.discrepancies.some((d) => d.kind === 'omitted' && d.canonical.includes(0)), JSON.stringify(c.discrepancies));
});

test("alignSummary: what the copy's lead says besides the wire headline is no finding on the headline", () => {
  const c = compare(WIRE, COPY);
  const onHeadline = c.discrepancies.filter((d) => d.canonical.includes(0) && d.kind !== 'changed');
  assert.deepEqual(onHeadline.map((d) => [d.kind, d.from, d.to]), []);
});

test("alignSummary: a figure the wire headline states and the copy's lead changes is still a finding", () => {
  const wire = WIRE.replace('Hundreds of Truckers', '300 Truckers').replace('stranding hundreds of truckers', 'stranding 300 truckers');
  const copy = COPY.replace('Hundreds of truckers were', '500 truckers were');
  const c = compare(wire, copy);
  assert.ok(groupOf(c, 'canonical', 0)?.article.includes(0), JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  // (Which of the copy's words the detector sets against it is the number detector's matter.)
  const n = c.discrepancies.find((d) => d.kind === 'number' && d.canonical.includes(0));
  assert.ok(n && n.from === '300' && n.alignment === null, JSON.stringify(c.discrepancies.map((d) => [d.kind, d.canonical, d.article, d.from, d.to])));
});

test('alignSummary: a heading lower in the text (a section head) is not linked as a headline', () => {
  const wire = WIRE.replace('Drivers were told', 'Advice for Drivers on the Mountain Pass\n\nDrivers were told');
  const c = compare(wire, COPY);
  const head = c.canonical.sentences.findIndex((s) => s.text.startsWith('Advice for Drivers'));
  assert.ok(head > 0 && c.canonical.sentences[head]!.kind === 'heading');
  assert.equal(groupOf(c, 'canonical', head), undefined);
});

// The copy's headline over a wire text with no headline: the same rule the other way round.
const BARE = WIRE.slice(WIRE.indexOf('A late spring'));
const HEADED = (headline: string, body = COPY): string => headline + '\n\n' + body;

test("alignSummary: a copy's headline over a wire text that has none is linked to the wire sentence that states its fact, not added", () => {
  const c = compare(BARE, HEADED('Spring Storm Strands Hundreds of Truckers at Mountain Pass'));
  assert.equal(c.article.sentences[0]!.kind, 'heading');
  const g = groupOf(c, 'article', 0);
  assert.ok(g, JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  // It joined the lead's group: the wire's lead, the copy's lead and the headline over it.
  assert.deepEqual(g.canonical, [0]);
  assert.deepEqual(g.article, [0, 1]);
  assert.ok(!c.discrepancies.some((d) => d.kind === 'added' && d.article.includes(0)), JSON.stringify(c.discrepancies));
});

test("alignSummary: what the wire's lead says besides the copy's headline is no finding on the headline", () => {
  // The wire's lead (and the copy's) place the pass in the north of a province; the headline leaves the point out, as headlines do.
  const north = (t: string): string => t.replace('the main mountain pass between the two provinces', 'the main mountain pass in northern Ohio');
  const wire = north(BARE);
  const copy = HEADED('Storm Closes Mountain Pass in Ohio, Strands Hundreds of Truckers', north(COPY));
  const c = compare(wire, copy);
  assert.ok(groupOf(c, 'article', 0), JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  const onHeadline = c.discrepancies.filter((d) => d.article.includes(0) && d.kind !== 'changed');
  assert.deepEqual(onHeadline.map((d) => [d.kind, d.from, d.to]), []);
});

test("alignSummary: a figure the copy's headline changes from the wire's lead is still a finding", () => {
  const wire = BARE.replace('stranding hundreds of truckers', 'stranding 300 truckers');
  const copy = HEADED('Spring Storm Strands 500 Truckers at Mountain Pass', COPY.replace('Hundreds of truckers were', '300 truckers were'));
  const c = compare(wire, copy);
  assert.ok(groupOf(c, 'article', 0)?.canonical.includes(0), JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  const n = c.discrepancies.find((d) => d.kind === 'number' && d.article.includes(0));
  assert.ok(n && n.from === '300' && n.to === '500' && n.alignment === null, JSON.stringify(c.discrepancies.map((d) => [d.kind, d.canonical, d.article, d.from, d.to])));
});

test("alignSummary: a copy's heading that states nothing of the wire text stays added", () => {
  const c = compare(BARE, HEADED('Ski Resorts Hope for a Long Season After Snowfall'));
  assert.equal(groupOf(c, 'article', 0), undefined);
  assert.ok(c.discrepancies.some((d) => d.kind === 'added' && d.article[0] === 0));
});

test("alignSummary: a figure the copy's lead adds is a finding on the lead, not on the wire headline it sums up", () => {
  const copy = COPY.replace('Hundreds of truckers were stranded', 'Hundreds of truckers and 60 buses were stranded');
  const c = compare(WIRE, copy);
  assert.ok(groupOf(c, 'canonical', 0)?.article.includes(0));
  const numbers = c.discrepancies.filter((d) => d.kind === 'number').map((d) => [d.canonical, d.article, d.from, d.to]);
  assert.ok(numbers.some(([cs, , , to]) => (cs as number[]).includes(1) && to === '60'), JSON.stringify(numbers));
  assert.ok(!numbers.some(([cs]) => (cs as number[]).includes(0)), JSON.stringify(numbers));
});

test("alignSummary: the headline joins the link of the lead under it where the lead's partner shares its words, though a later sentence holds more of them", () => {
  const copy = text(
    'A late spring storm closed the main mountain pass between the two provinces on Tuesday, leaving hundreds of drivers stuck on the highway, police said.',
    BODY[0]!,
    BODY[1]!,
    'Truckers stranded by the storm at the mountain pass said hundreds of trucks waited in line for hours while families in nearby villages opened their homes, cooked soup for the drivers and lent them blankets, phones and dry boots.',
  );
  const c = compare(WIRE, copy);
  const g = groupOf(c, 'canonical', 0);
  assert.ok(g, JSON.stringify(c.alignments.map((a) => [a.canonical, a.article])));
  assert.deepEqual(g.article, [0]);
});

// Two headlined texts: the titles share a word and are linked to each other (step 3e); the leads are linked.
const COPY_HEADED = (headline: string, lead = COPY.split('\n\n')[0]!): string => text(headline, lead, ...BODY);
const shown = (c: Comparison) => c.alignments.map((a) => [a.canonical, a.article]);

test("alignSummary: two titles over leads that say one thing join the leads' link when a title sums up the other text's lead", () => {
  // The wire's headline states the copy's lead's fact; the copy's headline states another (a follow-up's question).
  const c = compare(WIRE, COPY_HEADED('Truckers Wait for Word on When the Mountain Pass Will Reopen'));
  const g = groupOf(c, 'canonical', 0);
  assert.ok(g, JSON.stringify(shown(c)));
  // One group: the wire's headline with the copy's lead (the pair a reader makes), and with the copy's headline still.
  assert.deepEqual([g.canonical, g.article], [[0, 1], [0, 1]], JSON.stringify(shown(c)));
  assert.equal(c.alignments.filter((a) => a.canonical.includes(0) || a.article.includes(0)).length, 1);
  // The copy's headline does not sum up the wire's lead: it is compared with the wire's headline only, not with that lead.
  const withFigure = compare(WIRE, COPY_HEADED('Truckers Wait 12 Hours for Word on When the Mountain Pass Will Reopen'));
  assert.ok(groupOf(withFigure, 'canonical', 0)?.article.includes(1), JSON.stringify(shown(withFigure)));
  const onLead = withFigure.discrepancies.filter((d) => d.article.includes(0) && d.canonical.includes(1));
  assert.deepEqual(onLead.map((d) => [d.kind, d.from, d.to]), []);
});

test('alignSummary: the two titles that joined the leads are still compared with each other: a figure one changes is a finding on their alignment', () => {
  const wire = WIRE.replace('Hundreds of Truckers', '300 Truckers').replace('stranding hundreds of truckers', 'stranding 300 truckers');
  const copy = COPY_HEADED('500 Truckers Wait for Word on When the Mountain Pass Will Reopen', COPY.split('\n\n')[0]!.replace('Hundreds of truckers', '300 truckers'));
  const c = compare(wire, copy);
  const g = groupOf(c, 'canonical', 0);
  assert.ok(g && g.article.includes(1), JSON.stringify(shown(c)));
  // (Which of the wire headline's words the detector sets against it is the number detector's matter.)
  const n = c.discrepancies.find((d) => d.kind === 'number' && d.canonical.includes(0) && d.article.includes(0));
  assert.ok(n && n.to === '500' && n.alignment === g.id, JSON.stringify(c.discrepancies.map((d) => [d.kind, d.canonical, d.article, d.from, d.to, d.alignment])));
});

test("alignSummary: two titles neither of which sums up the other text's lead stay linked to each other alone", () => {
  const wire = WIRE.replace('Storm Closes Mountain Pass and Strands Hundreds of Truckers', 'Transport Office Tells Truckers to Carry Chains');
  const c = compare(wire, COPY_HEADED('Truckers Wait for Word on When the Mountain Pass Will Reopen'));
  const g = groupOf(c, 'canonical', 0);
  assert.ok(g, JSON.stringify(shown(c)));
  assert.deepEqual([g.canonical, g.article], [[0], [0]], JSON.stringify(shown(c)));
});
