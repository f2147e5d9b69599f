/**
 * The hover of an article that hardly shares a sentence with the canonical (another story, or one
 * written anew): at the end of its notice's line it says so, with a link to the panel (which offers
 * another canonical); its added sentences, not marked in the editor, show no hover of their own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compare } from '../../src/core/compare';
import { planDecorations } from '../../src/view/decorationPlan';
import { buildHoverMarkdown, hoverAt } from '../../src/view/hover';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';

const dir = new URL('../fixtures/families/tune/', import.meta.url);
const wire = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_0.txt', dir), 'utf8');
const OPTS = { ghostNotes: true, ghostLength: 40 } as const;

test('another story: the notice has a hover of its own, and its unmarked added sentences none', () => {
  const other = readFileSync(new URL('kenya-khat-ban/kenya-khat-ban_1.txt', dir), 'utf8');
  const v = new ComparisonView(compare(wire, other), other, wire);
  const plan = planDecorations(v, v.discrepancies, OPTS);
  const notice = plan.ghosts.find((g) => g.style === 'notice')!;
  const omitted = v.discrepancies.filter((d) => d.kind === 'omitted').length;
  const end = v.articleLines.lineEnd(notice.line);
  const at = hoverAt(v, end, v.discrepancies, plan.ghosts)!;
  assert.equal(at.notice, omitted);
  assert.ok(at.hits.every((d) => d.kind !== 'omitted' && d.kind !== 'added'), JSON.stringify(at.hits.map((d) => d.kind)));
  const md = buildHoverMarkdown({ view: v, hits: at.hits, articleUri: 'file:///k.txt', canonicalName: 'wire.txt', notice: at.notice! });
  assert.match(md, new RegExp(`Hardly a sentence of this article has a counterpart in the canonical text: ${omitted} of its sentences are not here`));
  assert.match(md, /\]\(command:wirediff\.showPanel\?/);
  // The pointer on an added sentence (not marked): nothing.
  const added = v.discrepancies.find((d) => d.kind === 'added' && v.articleLines.lineAt(v.articleTarget(d).start) > notice.line)!;
  const inside = v.articleTarget(added).start + 3;
  const there = hoverAt(v, inside, v.discrepancies, plan.ghosts);
  assert.ok(!there || there.hits.every((d) => d.kind !== 'added'));
});

test('a later report of the same story: no notice, and its added sentences have their hover', () => {
  const update = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_2.txt', dir), 'utf8');
  const v = new ComparisonView(compare(wire, update), update, wire);
  const plan = planDecorations(v, v.discrepancies, OPTS);
  const added = v.discrepancies.find((d) => d.kind === 'added')!;
  const at = hoverAt(v, v.articleTarget(added).start + 1, v.discrepancies, plan.ghosts)!;
  assert.ok(at.hits.some((d) => d.id === added.id));
  assert.equal(at.notice, undefined);
  for (const g of plan.ghosts) assert.equal(hoverAt(v, v.articleLines.lineEnd(g.line), v.discrepancies, plan.ghosts)?.notice, undefined);
});

test('the panel lists a finding shown as a note at its note\'s line, and says so', () => {
  const update = readFileSync(new URL('kashmir-quake-update/kashmir-quake-update_2.txt', dir), 'utf8');
  const v = new ComparisonView(compare(wire, update), update, wire);
  const plan = planDecorations(v, v.discrepancies, OPTS);
  const model = buildPanelModel({ view: v, uri: 'file:///u.txt', articleName: 'u.txt', canonicalName: 'w.txt', shown: plan });
  const entries = model.groups.flatMap((g) => g.entries);
  const omitted = entries.filter((e) => e.kind === 'omitted');
  assert.ok(omitted.length > 3);
  const noteLines = new Set(plan.ghosts.map((g) => g.line + 1));
  for (const e of omitted) {
    assert.equal(e.atNote, true);
    assert.ok(noteLines.has(e.line), `line ${e.line} holds a note (${[...noteLines].join(', ')})`);
  }
  // The anchor's line is not always the note's: the note stands after the paragraph, on the blank line below it.
  const before = buildPanelModel({ view: v, uri: 'file:///u.txt', articleName: 'u.txt', canonicalName: 'w.txt' }).groups.flatMap((g) => g.entries);
  assert.ok(omitted.some((e) => before.find((b) => b.id === e.id)!.line !== e.line), 'some were listed at another line than their note');
  // A finding in the article's own words: its line, not a note.
  const worded = entries.find((e) => e.kind === 'number')!;
  assert.equal(worded.atNote, false);
});
