/**
 * The editor's notes of what the article lacks (src/view/ghostNotes.ts): never inside or before a
 * line's words (VS Code wraps a line without a decoration's text, so words after a note go out of
 * view), one note per spot, and one notice, not a wall of notes, for another story.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compare } from '../../src/core/compare';
import { readArticle } from '../../src/core/index';
import type { Discrepancy } from '../../src/core/types';
import { planDecorations } from '../../src/view/decorationPlan';
import { hintLabels, NOTE_HINT_LENGTH, NOTE_LABELS, noteLine, planNotes, type GhostNote } from '../../src/view/ghostNotes';
import { ComparisonView } from '../../src/view/result';
import { findingsForCursor } from '../../src/view/verdicts';

const OPTS = { ghostNotes: true, ghostLength: 40 } as const;

/** A finding of a made-up comparison (only the fields the notes read). */
function finding(id: string, kind: Discrepancy['kind'], anchor: number, extra: Partial<Discrepancy> = {}): Discrepancy {
  return { id, kind, severity: 'medium', canonical: [0], article: [], from: null, to: null, reason: '', canonicalSpans: [], articleSpans: [], articleAnchor: anchor, alignment: null, score: 0, ...extra };
}

/** A view of an article (and a canonical): only its lines and the findings' anchors matter here. */
function viewOf(articleText: string, canonicalText = 'A canonical sentence.'): ComparisonView {
  return new ComparisonView(compare(canonicalText, articleText), articleText, canonicalText);
}

const ARTICLE = [
  'Floodwater rose through the valley overnight. Crews worked until dawn.', // 0
  '', // 1
  'By noon the river had crested, officials said.', // 2
  'Schools stayed shut.', // 3
].join('\n');

test('a note stands after the paragraph it belongs to: on the blank line after it, else at the end of its line', () => {
  const v = viewOf(ARTICLE);
  const at = (s: string) => ARTICLE.indexOf(s);
  // Between two sentences of a line: after that paragraph, on the blank line below it.
  assert.equal(noteLine(v, at(' Crews')), 1);
  // Before a paragraph (nothing of the article before the anchor on its line): the blank line above.
  assert.equal(noteLine(v, at('By noon')), 1);
  // Before a paragraph with no blank line above: the end of the line above, never before the words.
  assert.equal(noteLine(v, at('Schools')), 2);
  // After the last paragraph: its own line's end.
  assert.equal(noteLine(v, ARTICLE.length), 3);
  // Before the first paragraph of all: the end of that line (or the blank line after it).
  assert.equal(noteLine(v, 0), 1);
  assert.equal(noteLine(viewOf('One line only. And more.'), 0), 0);
  // Words dropped inside a sentence: its own paragraph, even at the line's start.
  assert.equal(noteLine(v, at('By noon'), true), 2);
  assert.equal(noteLine(v, at('Schools'), true), 3);
});

test('in a web page a note skips the markup around a paragraph', () => {
  const page =
    '<!DOCTYPE html>\n<html><head><title>Floods</title></head>\n<body>\n<article>\n' + // lines 0-3
    '<p>Floodwater rose through the valley overnight, forcing 2,000 people from their homes.</p>\n' + // 4
    '<p>By noon the river had crested at 6.2 metres, officials said.</p>\n' + // 5
    '\n' + // 6
    '<p>Schools in the valley stayed shut on Tuesday.</p>\n' + // 7
    '</article>\n</body></html>\n';
  const read = readArticle(page, 'floods.html')!;
  const v = new ComparisonView(compare('A canonical sentence.', read.text), read.text, 'A canonical sentence.', { article: { source: page, read, markup: 'html' } });
  // Before "<p>By noon": the paragraph above, at its line's end (a "<p>" is no word of the article).
  assert.equal(noteLine(v, read.text.indexOf('By noon')), 4);
  // Before "<p>Schools", a blank line above: that line.
  assert.equal(noteLine(v, read.text.indexOf('Schools')), 6);
  // After "officials said.": the blank line below.
  assert.equal(noteLine(v, read.text.indexOf('officials said.') + 'officials said.'.length), 6);
});

test('notes at one spot are one note: a count, the first words cut short, the most serious colour', () => {
  const v = viewOf(ARTICLE);
  const spot = ARTICLE.indexOf('By noon');
  const omitted = [
    finding('o2', 'omitted', spot, { canonical: [2], from: 'Power failed across the eastern districts for most of the night.', severity: 'low' }),
    finding('o1', 'omitted', spot, { canonical: [1], from: 'Two bridges were closed to traffic after their piers were damaged.', severity: 'high' }),
    finding('o3', 'omitted', ARTICLE.indexOf(' Crews'), { canonical: [3], from: 'A shelter opened in the school gym.' }),
  ];
  const notes = planNotes(v, { omitted, dropped: [] }, 40);
  assert.equal(notes.length, 1, 'the three omissions stand between the same paragraphs');
  const n = notes[0]!;
  assert.equal(n.line, 1);
  assert.equal(n.severity, 'high');
  assert.equal(n.style, 'omitted');
  assert.deepEqual(n.ids, ['o1', 'o2', 'o3'], "the canonical's order");
  assert.match(n.text, /^⟂ 3 sentences omitted: “Two bridges were closed to traffic…”$/);
  // One omission: its own words.
  const one = planNotes(v, { omitted: [omitted[2]!], dropped: [] }, 40)[0]!;
  assert.equal(one.text, '⟂ omitted: “A shelter opened in the school gym.”');
  // Dropped words and an omission after one paragraph share one note.
  const shared = planNotes(v, { omitted: [omitted[2]!], dropped: [finding('d0', 'time', ARTICLE.indexOf('until'), { from: 'on Monday', severity: 'high' })] }, 40);
  assert.equal(shared.length, 1);
  assert.deepEqual([shared[0]!.line, shared[0]!.ids, shared[0]!.severity, shared[0]!.style], [1, ['o3', 'd0'], 'high', 'omitted']);
  assert.equal(shared[0]!.text, '⟂ omitted: “A shelter opened in the…”  −on Monday', 'the two share the length');
  const dropped = [
    finding('d1', 'hedge', ARTICLE.indexOf('officials'), { from: 'at least', canonicalSpans: [] }),
    finding('d2', 'attribution', ARTICLE.indexOf('By'), { from: 'police said', canonicalSpans: [] }),
  ];
  const mixed = planNotes(v, { omitted: [omitted[2]!], dropped }, 40);
  assert.deepEqual(mixed.map((m) => [m.line, m.ids]), [[1, ['o3']], [2, ['d2', 'd1']]]);
  const only = planNotes(v, { omitted: [], dropped }, 40)[0]!;
  assert.equal(only.style, 'dropped');
  // At the end of a line of words (no blank line below "By noon…"): short.
  assert.equal(only.line, 2);
  assert.equal(only.text, '−police said (+1)');
  // A quotation cut short keeps its own marks: "…" stays straight, “…” curly.
  const straight = finding('q', 'omitted', 0, { from: '"It\'s just a very active area, and we expect more aftershocks for weeks," the seismologist said.' });
  assert.equal(planNotes(v, { omitted: [straight], dropped: [] }, 40)[0]!.text, '⟂ omitted: "It\'s just a very active area, and we…"');
  // Localised words.
  const fr = planNotes(v, { omitted, dropped: [] }, 40, { ...NOTE_LABELS, omitted: 'omise :', omittedMany: '{0} phrases omises :', more: '(+{0})', fewMatches: '{0}' })[0]!;
  assert.match(fr.text, /^⟂ 3 phrases omises : “/);
});

test('the plan: every note at a line\'s end, one per line, none before a line\'s words', () => {
  const canonical = [
    'Floodwater rose through the valley overnight, forcing 2,000 people from their homes.',
    'Two bridges were closed to traffic after their piers were damaged.',
    'Power failed across the eastern districts for most of the night.',
    'By noon the river had crested at 6.2 metres, officials said.',
    'Schools in the valley stayed shut on Tuesday.',
  ].join('\n\n');
  const article = [
    'Floodwater rose through the valley overnight, forcing people from their homes.',
    'By noon the river had crested at 6.2 metres, officials said.',
    'Schools in the valley stayed shut on Tuesday.',
  ].join('\n');
  const c = compare(canonical, article);
  const v = new ComparisonView(c, article, canonical);
  const plan = planDecorations(v, v.discrepancies, OPTS);
  const omitted = v.discrepancies.filter((d) => d.kind === 'omitted');
  assert.equal(omitted.length, 2);
  // Both omissions stand before "By noon": one note, at the end of the paragraph above.
  const notes = plan.ghosts.filter((g) => g.style === 'omitted');
  assert.equal(notes.length, 1);
  assert.equal(notes[0]!.line, 0);
  // At the end of a line of words: half as long, in short words; the sentences in the hover and the panel.
  assert.equal(notes[0]!.text, '⟂ 2 omitted: “Two bridges…”  −2,000');
  assert.equal(new Set(plan.ghosts.map((g) => g.line)).size, plan.ghosts.length, 'one note per line');
  // The hover at the end of that line (where the note is drawn) shows its sentences first.
  const end = v.articleLines.lineEnd(0);
  const hits = v.findingsAt(end, v.discrepancies, plan.ghosts)!.hits;
  assert.deepEqual(hits.slice(0, 2).map((d) => d.kind), ['omitted', 'omitted']);
  // A verdict at the cursor there is asked about them first.
  const asked = findingsForCursor(v, end, v.discrepancies, plan.ghosts).candidates;
  assert.deepEqual(asked.slice(0, 2).map((d) => d.kind), ['omitted', 'omitted']);
  // Off: no note.
  assert.equal(planDecorations(v, v.discrepancies, { ...OPTS, ghostNotes: false }).ghosts.length, 0);
});

test('another story: one notice, not a note for each of the canonical\'s sentences', () => {
  const dir = new URL('../fixtures/families/tune/', import.meta.url);
  const canonical = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_0.txt', dir), 'utf8');
  const article = readFileSync(new URL('kenya-khat-ban/kenya-khat-ban_1.txt', dir), 'utf8');
  const c = compare(canonical, article);
  const v = new ComparisonView(c, article, canonical);
  const omitted = v.discrepancies.filter((d) => d.kind === 'omitted');
  assert.ok(omitted.length > 10);
  const plan = planDecorations(v, v.discrepancies, OPTS);
  const notices = plan.ghosts.filter((g) => g.style === 'notice');
  assert.equal(notices.length, 1);
  assert.equal(plan.ghosts.filter((g) => g.style === 'omitted').length, 0);
  // At the end of the first line's words (no blank line below it): the short notice.
  assert.equal(notices[0]!.text, `⟂ few in common (${omitted.length} omitted)`);
  const spaced = article.replace('\n', '\n\n');
  const w = new ComparisonView(compare(canonical, spaced), spaced, canonical);
  const own = planDecorations(w, w.discrepancies, OPTS).ghosts.filter((g) => g.style === 'notice');
  assert.equal(own[0]!.text, `⟂ hardly a sentence in common with the canonical (${omitted.length} omitted)`, 'on a blank line, a row of its own: whole');
  assert.equal(notices[0]!.severity, 'low');
  // Not before the first line's words: at the end of the first paragraph (or the blank line after it).
  const firstWords = c.article.sentences.find((s) => s.kind === 'sentence')!;
  assert.ok(notices[0]!.line >= v.articleLines.lineAt(firstWords.start));
  // Next/previous stops at the notice once, not once for each omission; each is shown there (a panel click).
  const stops = plan.ordered.filter((d) => d.kind === 'omitted');
  assert.equal(stops.length, 1);
  const end = v.articleLines.lineEnd(notices[0]!.line);
  for (const d of omitted) assert.deepEqual(plan.targets.get(d.id), { start: end, end });
  // Its added sentences (nearly all of it) are not marked one by one, nor stops: no wall of green.
  const added = v.discrepancies.filter((d) => d.kind === 'added');
  assert.ok(added.length > 5);
  assert.deepEqual([...plan.added.high, ...plan.added.medium, ...plan.added.low], []);
  assert.equal(plan.gutter.filter((g) => g.kind === 'added').length, 0);
  assert.equal(plan.ordered.filter((d) => d.kind === 'added').length, 0);
  // A panel click still finds each one's sentence.
  for (const d of added) assert.ok(plan.targets.get(d.id));
  // A later report of the same story marks its added sentences.
  const update = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_2.txt', dir), 'utf8');
  const u = new ComparisonView(compare(canonical, update), update, canonical);
  const uplan = planDecorations(u, u.discrepancies, OPTS);
  assert.ok([...uplan.added.high, ...uplan.added.medium, ...uplan.added.low].length > 0);
  assert.equal(plan.ordered.length, v.discrepancies.length - omitted.length - added.length + 1);
});

/** ARTICLE without its blank line: two omitted sentences before 'By noon' and words a sentence drops, their notes at the end of line 0. */
function lineEndSpot() {
  const text = ARTICLE.replace('\n\n', '\n');
  const v = viewOf(text);
  const spot = text.indexOf('By noon');
  const omitted = [
    finding('o1', 'omitted', spot, { canonical: [1], from: 'Two bridges were closed to traffic after their piers were damaged.' }),
    finding('o2', 'omitted', spot, { canonical: [2], from: 'Power failed across the eastern districts for most of the night.' }),
  ];
  const dropped = [finding('d1', 'attribution', text.indexOf('Crews'), { from: 'Major General Shaukat Sultan said', severity: 'high' })];
  return { text, v, spot, omitted, dropped };
}

test('a note at the end of a line of words is half as long: VS Code does not wrap it, and on a nearly full row a long one ran out of view', () => {
  // No blank line: every note stands at the end of a paragraph's line.
  const { v, omitted, dropped } = lineEndSpot();
  const [n] = planNotes(v, { omitted, dropped }, 40);
  assert.equal(n!.line, 0);
  assert.equal(n!.text, '⟂ 2 omitted: “Two bridges…”  −Major…');
  assert.equal(planNotes(v, { omitted: [omitted[0]!], dropped: [] }, 40)[0]!.text, '⟂ omitted: “Two bridges were…”');
  assert.equal(planNotes(v, { omitted: [], dropped }, 40)[0]!.text, '−Major General…');
  // On a blank line, a row of its own: the whole length (40).
  const spaced = viewOf(ARTICLE);
  assert.equal(planNotes(spaced, { omitted: [omitted[0]!], dropped: [] }, 40)[0]!.text, '⟂ omitted: “Two bridges were closed to traffic…”');
  // Half the length allowed on a row of its own, whatever that is.
  for (const length of [40, 120]) {
    const [g] = planNotes(v, { omitted: [omitted[0]!], dropped: [] }, length);
    assert.ok(g!.text.length <= length / 2 + '⟂ omitted: “”'.length, g!.text);
  }
});

/** A note's inlay hints with no cap on a line's hints (each its severity's mark and its text). */
const partsOf = (g: GhostNote, cap = 0, length = 40) => hintLabels(g.hints, cap, length).map((l) => l.mark + l.text);

test('a note also comes in parts for injected text, which VS Code wraps: one to each kind, each as long as an inlay hint shows', () => {
  const { v, spot, omitted, dropped } = lineEndSpot();
  const [n] = planNotes(v, { omitted, dropped }, 40);
  // Shared, the one note left the omitted sentence 11 characters and the dropped words 5 ('−Major…'); in parts each has its own room.
  // The dropped words are of a high finding (‼), the omissions medium (!).
  assert.deepEqual(partsOf(n!), ['!⟂ 2 omitted: “Two bridges were closed to…”', '‼−Major General Shaukat Sultan said']);
  for (const p of partsOf(n!)) assert.ok(p.length <= NOTE_HINT_LENGTH, p);
  assert.equal(planNotes(v, { omitted: [], dropped }, 40)[0]!.hints.length, 1);
  // A shorter wirediff.ghostNoteLength makes the parts shorter too.
  assert.deepEqual(partsOf(planNotes(v, { omitted: [], dropped }, 14)[0]!, 0, 14), ['‼−Major General…']);
  // On a blank line, a row of its own (which a narrow editor cuts too): the same parts.
  assert.deepEqual(partsOf(planNotes(viewOf(ARTICLE), { omitted: [omitted[0]!], dropped: [] }, 40)[0]!), ['!⟂ omitted: “Two bridges were closed to…”']);
  // Many omissions at one spot: the count, still one short part.
  const many = Array.from({ length: 12 }, (_, i) => finding(`x${i}`, 'omitted', spot, { canonical: [i], from: `Sentence ${i} of another story.` }));
  const notes = planNotes(v, { omitted: many, dropped: [] }, 40);
  for (const g of notes) for (const p of partsOf(g)) assert.ok(p.length <= NOTE_HINT_LENGTH, p);
});

test('the inlay hints of a line fit in editor.inlayHints.maximumLength together, each cut at a word\'s end (VS Code counts all the hints of a line against it)', () => {
  const { v, omitted, dropped } = lineEndSpot();
  const [n] = planNotes(v, { omitted, dropped }, 40);
  // VS Code's default cap, 43: before, the two parts took 77 characters and VS Code cut the second inside a word ('−Major Gen…').
  const fitted = partsOf(n!, 43);
  assert.deepEqual(fitted, ['!⟂ 2 omitted: “Two bridges were…”', '‼−Major…']);
  assert.ok(fitted.join('').length <= 43, fitted.join(''));
  // A wider cap gives the words more room, never more than with no cap.
  const wide = partsOf(n!, 70);
  assert.ok(wide.join('').length <= 70 && wide.join('').length > 43, wide.join(''));
  assert.deepEqual(partsOf(n!, 500), partsOf(n!, 0));
  // Too narrow for a word: the mark and '…' (the hover has the words), never a word cut inside.
  assert.deepEqual(partsOf(n!, 20), ['!⟂ 2 omitted: “…”', '‼−…']);
  // What the omitted sentence leaves goes to the dropped words ('−Major…' with the room of a third).
  const short = [{ ...omitted[0]!, from: 'Roads shut.' }];
  assert.deepEqual(partsOf(planNotes(v, { omitted: short, dropped }, 40)[0]!, 43), ['!⟂ omitted: “Roads shut.”', '‼−Major General…']);
});

test('next/previous stops where the note is: an omission and dropped words at the end of their note\'s line', () => {
  const v = viewOf(ARTICLE);
  const o = finding('o1', 'omitted', ARTICLE.indexOf('By noon'), { from: 'Two bridges were closed.' });
  const d = finding('d1', 'attribution', ARTICLE.indexOf('Schools'), { from: 'police said', article: [2] });
  const plan = planDecorations(v, [o, d], OPTS);
  // The omission's note is on the blank line (1), the dropped words' at the end of line 3.
  assert.deepEqual(plan.targets.get('o1'), { start: v.articleLines.lineEnd(1), end: v.articleLines.lineEnd(1) });
  assert.deepEqual(plan.targets.get('d1'), { start: v.articleLines.lineEnd(3), end: v.articleLines.lineEnd(3) });
  // Notes off: the anchor.
  const off = planDecorations(v, [o, d], { ...OPTS, ghostNotes: false });
  assert.equal(off.targets.get('o1')!.start, o.articleAnchor);
});
