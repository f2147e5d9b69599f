import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/core/index';
import type { Discrepancy } from '../../src/core/types';
import { applyEdits, deleteChromeFix, fixesFor, insertOmittedFix, restoreAllHigh, restoreFix, sentenceInsertion, unavailableFix } from '../../src/view/fixes';
import { ComparisonView } from '../../src/view/result';
import { escapeForMarkup } from '../../src/view/markupEscape';
import { OffsetShift } from '../../src/view/shift';
import { readArticle } from '../../src/core/index';
import { seed } from '../helpers';

const C = seed(0);
const views = new Map<number, ComparisonView>();
function seedView(i: number): ComparisonView {
  let v = views.get(i);
  if (!v) views.set(i, (v = new ComparisonView(compare(C, seed(i)), seed(i), C)));
  return v;
}
const find = (v: ComparisonView, kind: string, from: string): Discrepancy => {
  const d = v.discrepancies.find((x) => x.kind === kind && x.from === from);
  assert.ok(d, `no ${kind} finding from ${from}`);
  return d;
};

test('restore on 001: "300" becomes "At least 300", one edit on the finding\'s own span, and the hedge finding is gone', () => {
  const v = seedView(1);
  const A = v.articleText;
  const d = find(v, 'hedge', 'At least 300');
  const f = restoreFix(v, d);
  assert.ok(f);
  assert.equal(f.edits.length, 1);
  const e = f.edits[0]!;
  assert.equal(A.slice(e.start, e.end), '300');
  assert.equal(e.text, 'At least 300');
  const out = applyEdits(A, f.edits);
  // Nothing outside the span changed.
  assert.equal(out.slice(0, e.start), A.slice(0, e.start));
  assert.equal(out.slice(e.start + e.text.length), A.slice(e.end));
  const again = compare(C, out);
  assert.ok(!again.discrepancies.some((x) => x.kind === 'hedge' && x.from === 'At least 300'), 'the hedge finding remains after the restore');
  assert.ok(again.discrepancies.length < v.discrepancies.length);
});

test('restore: mistranslation and a reworded quote get the canonical words back', () => {
  const v = seedView(1);
  const m = restoreFix(v, find(v, 'mistranslation', 'constellation'))!;
  assert.deepEqual(m.edits.map((e) => [v.articleText.slice(e.start, e.end), e.text]), [['constants', 'constellation']]);
  const q = v.discrepancies.find((x) => x.kind === 'quote' && x.severity === 'high')!;
  const f = restoreFix(v, q)!;
  assert.equal(f.edits.length, 1);
  assert.equal(f.edits[0]!.text, q.from);
  const out = applyEdits(v.articleText, f.edits);
  assert.ok(!compare(C, out).discrepancies.some((x) => x.kind === 'quote' && x.from === q.from), 'the quote finding remains');
});

test('restore: every text a fix puts in is the canonical text exactly (a slice of it), on every seed', () => {
  for (const i of [1, 2, 3, 4]) {
    const v = seedView(i);
    for (const d of v.discrepancies) {
      for (const f of fixesFor(v, d)) {
        for (const e of f.edits) {
          assert.ok(e.start <= e.end && e.end <= v.articleText.length);
          if (f.kind === 'restore' && e.text) assert.ok(C.includes(e.text), `${d.kind}: inserted text is not the canonical's: ${e.text}`);
          if (f.kind === 'insertOmitted') assert.ok(C.includes(f.canonical) && e.text.includes(f.canonical));
          if (f.kind === 'deleteChrome') assert.equal(e.text, '');
        }
        // A restore touches only its finding's words: each replaced range lies within the span (plus one separator).
        if (f.kind === 'restore') {
          for (const e of f.edits) {
            const inside = d.articleSpans.some((s) => e.start >= s.start - 3 && e.end <= s.end + 1) || (e.start === e.end && e.start === d.articleAnchor);
            assert.ok(inside, `${d.kind} edit ${e.start}-${e.end} outside the finding's span`);
          }
        }
      }
    }
  }
});

test('restore: dropped words go back at the anchor with the canonical separator; added words go with one space', () => {
  const v = seedView(1);
  const attr = find(v, 'attribution', 'Syrian and Iraqi sources said');
  const f = restoreFix(v, attr)!;
  assert.equal(f.edits.length, 1);
  assert.equal(f.edits[0]!.text, ', Syrian and Iraqi sources said');
  assert.ok(applyEdits(v.articleText, f.edits).includes('Aleppo last week, Syrian and Iraqi sources said.\n'));
  // An added word goes with one space: an added negation taken out.
  const canonical = 'The night attack was noticed by many people in the region. It was the biggest blow to the government in years.';
  const article = 'The night attack was not noticed by many people in the region. It was the biggest blow to the government in years.';
  const w = new ComparisonView(compare(canonical, article), article, canonical);
  const neg = w.discrepancies.find((x) => x.kind === 'negation' && x.to === 'not')!;
  const n = restoreFix(w, neg)!;
  assert.equal(applyEdits(article, n.edits), canonical);
});

test('restore: several changed words pair up only when each pair stands in its own gap of shared words', () => {
  // 001's "intensified … held … strike … displaced" ↔ "stepped … controlled … attack … refugee" do not line up.
  const v = seedView(1);
  const low = v.discrepancies.find((x) => x.kind === 'changed' && x.canonicalSpans.length === 4)!;
  assert.equal(restoreFix(v, low), null);
  // Rewording in several places is not restored word by word, on any seed; single words are.
  for (const i of [1, 2, 3, 4]) {
    const w = seedView(i);
    for (const d of w.discrepancies.filter((x) => x.kind === 'changed' && x.articleSpans.length > 1)) assert.equal(restoreFix(w, d), null);
  }
  const one = seedView(3).discrepancies.find((x) => x.kind === 'changed' && x.from === 'retains' && x.to === 'maintains');
  assert.ok(one && restoreFix(seedView(3), one), 'a single reworded word is restored');
});

test('after an edit shifted the offsets, the next restore still lands right (OffsetShift)', () => {
  const v = seedView(1);
  const A = v.articleText;
  const hedge = restoreFix(v, find(v, 'hedge', 'At least 300'))!;
  const mis = restoreFix(v, find(v, 'mistranslation', 'constellation'))!;
  const attr = restoreFix(v, find(v, 'attribution', 'Syrian and Iraqi sources said'))!;
  // Apply the hedge restore, as the editor would, and record the change.
  const shift = new OffsetShift();
  let text = applyEdits(A, hedge.edits);
  shift.record(hedge.edits);
  // The next two restores, computed on the original comparison, mapped through the shift.
  for (const f of [mis, attr]) {
    const moved = f.edits.map((e) => ({ ...shift.span(e)!, text: e.text }));
    assert.ok(moved.every((e) => e.start !== undefined));
    for (const [i, e] of moved.entries()) assert.equal(text.slice(e.start, e.end), A.slice(f.edits[i]!.start, f.edits[i]!.end));
    text = applyEdits(text, moved);
    shift.record(moved);
  }
  // Same text as the three applied at once on the original.
  assert.equal(text, applyEdits(A, [...hedge.edits, ...mis.edits, ...attr.edits]));
  assert.ok(text.includes('At least 300 fighters') && text.includes('The constellation of regional') && text.includes('last week, Syrian and Iraqi sources said.'));
});

test('OffsetShift: before, after, at the edges, inside; several changes in one event', () => {
  const s = new OffsetShift();
  s.record([{ start: 5, end: 8, text: 'abcdef' }]); // +3 at 5..8
  assert.deepEqual(s.span({ start: 10, end: 12 }), { start: 13, end: 15 });
  assert.deepEqual(s.span({ start: 0, end: 5 }), { start: 0, end: 5 });
  assert.deepEqual(s.span({ start: 8, end: 9 }), { start: 11, end: 12 });
  assert.equal(s.span({ start: 6, end: 7 }), null);
  assert.equal(s.span({ start: 4, end: 6 }), null);
  const t = new OffsetShift();
  t.record([{ start: 3, end: 3, text: 'XX' }]);
  assert.deepEqual(t.span({ start: 3, end: 5 }), { start: 5, end: 7 }, 'inserted at the start: before the span');
  assert.deepEqual(t.span({ start: 1, end: 3 }), { start: 1, end: 3 }, 'inserted at the end: after the span');
  assert.equal(t.span({ start: 2, end: 4 }), null, 'inserted inside');
  assert.deepEqual(t.span({ start: 3, end: 3 }), { start: 5, end: 5 }, 'a point moves after text inserted at it');
  // One event with two changes in offsets of the text before it (VS Code's contentChanges).
  const u = new OffsetShift();
  const text = 'one two three four';
  const changes = [{ start: 0, end: 3, text: '1' }, { start: 8, end: 13, text: '3333333' }];
  u.record(changes);
  const after = applyEdits(text, changes);
  const four = u.span({ start: 14, end: 18 })!;
  assert.equal(after.slice(four.start, four.end), 'four');
  const two = u.span({ start: 4, end: 7 })!;
  assert.equal(after.slice(two.start, two.end), 'two');
  // And back: an offset now to the original text.
  assert.equal(u.original(four.start), 14);
  assert.equal(u.original(two.start), 4);
  assert.equal(u.original(after.indexOf('3333333') + 3), 8, 'inside inserted text: where it was inserted');
  assert.equal(u.original(0), 0);
});

test('restore all high: one list of non-overlapping edits; applying it clears the high wording findings', () => {
  const v = seedView(1);
  const { fixes, edits } = restoreAllHigh(v, v.discrepancies);
  assert.ok(fixes.length >= 3);
  assert.ok(fixes.every((f) => f.finding.severity === 'high'));
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i]!.start > edits[i - 1]!.end);
  const out = applyEdits(v.articleText, edits);
  assert.ok(out.includes('At least 300') && out.includes('constellation'));
  const again = compare(C, out);
  const highBefore = v.discrepancies.filter((d) => d.severity === 'high' && fixes.some((f) => f.finding === d));
  for (const d of highBefore) assert.ok(!again.discrepancies.some((x) => x.kind === d.kind && x.from === d.from && x.to === d.to), `${d.kind} still there`);
});

test('insert the omitted sentence: the canonical sentence exactly, with white space that fits', () => {
  let checked = 0;
  for (const i of [1, 2, 3, 4]) {
    const v = seedView(i);
    for (const d of v.discrepancies.filter((x) => x.kind === 'omitted')) {
      const f = insertOmittedFix(v, d)!;
      assert.ok(f);
      const s = v.canonicalSentences(d);
      assert.equal(f.canonical, C.slice(s[0]!.start, s[s.length - 1]!.end));
      const out = applyEdits(v.articleText, f.edits);
      const at = out.indexOf(f.canonical);
      assert.ok(at >= 0);
      // Separated from the text around it: never glued to a word.
      assert.ok(at === 0 || /\s/.test(out[at - 1]!), 'glued before');
      assert.ok(at + f.canonical.length === out.length || /\s/.test(out[at + f.canonical.length]!), 'glued after');
      // The omitted finding is gone once it is back.
      assert.ok(!compare(C, out).discrepancies.some((x) => x.kind === 'omitted' && x.from === d.from));
      checked++;
    }
  }
  assert.ok(checked >= 2);
  // The white space rules themselves.
  assert.deepEqual(sentenceInsertion('One.\n\nThree.', 6, 'Two.', true), { start: 6, end: 6, text: 'Two.\n\n' });
  assert.deepEqual(sentenceInsertion('One.\n\nThree.', 4, 'Two.', true), { start: 4, end: 4, text: '\n\nTwo.' });
  assert.deepEqual(sentenceInsertion('One.\r\n\r\nThree.', 8, 'Two.', true), { start: 8, end: 8, text: 'Two.\r\n\r\n' });
  assert.deepEqual(sentenceInsertion('One. Three.', 5, 'Two.', false), { start: 5, end: 5, text: 'Two. ' });
  assert.deepEqual(sentenceInsertion('One. Three.', 4, 'Two.', false), { start: 4, end: 4, text: ' Two.' });
  assert.deepEqual(sentenceInsertion('One.', 4, 'Two.', true), { start: 4, end: 4, text: '\n\nTwo.' });
  assert.deepEqual(sentenceInsertion('One.\n', 5, 'Two.', true, '\n'), { start: 5, end: 5, text: '\nTwo.' });
});

test('delete page chrome: the line goes with its line break; nothing else', () => {
  const v = seedView(1);
  const d = v.discrepancies.find((x) => x.kind === 'boilerplate' && x.to === 'SEE ALSO:')!;
  const f = deleteChromeFix(v, d)!;
  const out = applyEdits(v.articleText, f.edits);
  assert.equal(out, v.articleText.replace('SEE ALSO:\n', ''));
  assert.equal(restoreFix(v, d), null);
  assert.equal(insertOmittedFix(v, d), null);
});

test('restore fixes in a web page: only where the words are plain text in the source', () => {
  const canonical = 'At least 300 people fled the town on Sunday. Officials said 40 died in the attack.';
  const html = '<html><body><p>300 people fled the <b>town</b> on Sunday.</p><p>Officials said 41 died in the attack.</p></body></html>';
  const read = readArticle(html, 'a.html')!;
  const view = new ComparisonView(compare(canonical, read.text), read.text, canonical, { article: { source: html, read } });
  let restores = 0;
  for (const d of view.discrepancies) {
    for (const f of fixesFor(view, d)) {
      assert.equal(f.kind, 'restore');
      restores++;
      // Edits are in the page's source and replace exactly the words the reader sees there.
      for (const e of f.edits) {
        const src = html.slice(e.start, e.end);
        assert.ok(!src.includes('<') && !src.includes('>'), `edit crosses markup: ${src}`);
      }
      const out = applyEdits(html, f.edits);
      assert.ok(out.startsWith('<html><body><p>') && out.endsWith('</p></body></html>'));
    }
  }
  const results = view.discrepancies.flatMap((d) => fixesFor(view, d)).map((f) => applyEdits(html, f.edits));
  assert.ok(results.includes(html.replace('41', '40')));
  assert.ok(results.includes(html.replace('<p>300', '<p>At least 300')));
  assert.equal(restores, 2);
});

test('restore from a hard-wrapped canonical puts the words back on the article\'s own line', () => {
  const canonical = 'The mayor said the bridge "will reopen to all traffic\nbefore the first snow of the winter".\n';
  const article = 'The mayor said the bridge "will reopen to some traffic before the first snow of the winter".\n';
  const v = new ComparisonView(compare(canonical, article), article, canonical);
  const d = v.discrepancies.find((x) => x.kind === 'quote');
  assert.ok(d, JSON.stringify(v.discrepancies.map((x) => [x.kind, x.from])));
  assert.ok(!(d.from ?? '').includes('\n') && !(d.from ?? '').includes('…'), d.from ?? '');
  const f = restoreFix(v, d);
  assert.ok(f);
  assert.ok(f.edits.every((e) => !e.text.includes('\n')), JSON.stringify(f.edits));
  assert.ok(!compare(canonical, applyEdits(article, f.edits)).discrepancies.some((x) => x.kind === 'quote'));
});

/** The restore fixes of a document read out of markup, each applied to its source and read again. */
function restoredReadings(canonical: string, source: string, path: string, markup?: 'html' | 'markdown'): Array<{ fix: string; reads: string; source: string }> {
  const read = readArticle(source, path)!;
  const view = new ComparisonView(compare(canonical, read.text), read.text, canonical, { article: { source, read, ...(markup ? { markup } : {}) } });
  const out: Array<{ fix: string; reads: string; source: string }> = [];
  for (const d of view.discrepancies) {
    const f = restoreFix(view, d);
    if (!f) continue;
    const edited = applyEdits(source, f.edits);
    out.push({ fix: f.canonical, reads: readArticle(edited, path)!.text, source: edited });
  }
  return out;
}

test('restore in a web page: dropped words go back with one space on each side, not run into the next word', () => {
  const canonical = 'Officials said on Monday that 40 people died in the attack. The bridge would reopen.';
  const html = '<html><body><p>Officials said that 40 people died in the attack.</p><p>The bridge would reopen.</p></body></html>';
  const r = restoredReadings(canonical, html, 'a.html', 'html').find((x) => x.fix.includes('on Monday'));
  assert.ok(r, 'no restore of "on Monday"');
  assert.match(r.reads, /^Officials said on Monday that 40 people died/);
  assert.ok(r.source.includes('<p>Officials said on Monday that 40'), r.source);
});

test('restore in a web page: the canonical words are escaped as HTML, so the page reads them exactly', () => {
  // The canonical is plain text that holds what HTML would take as markup: an entity and a tag.
  const canonical = 'The minister said the Q&amp;A session on <Plan B> drew 40 people on Monday. The bridge would reopen.';
  const html = '<html><body><p>The minister said the session on the plan drew 41 people on Monday.</p><p>The bridge would reopen.</p></body></html>';
  const rs = restoredReadings(canonical, html, 'a.html', 'html');
  assert.ok(rs.length > 0, 'no restore fix');
  for (const r of rs) assert.ok(r.reads.includes(r.fix), `the page reads ${JSON.stringify(r.reads)}, not the canonical's ${JSON.stringify(r.fix)}`);
  assert.ok(rs.some((r) => /[&<]/.test(r.fix)), 'no fix carries a character HTML would read otherwise');
});

test('restore in Markdown: the canonical words are escaped as Markdown, so the file reads them exactly', () => {
  const canonical = 'The minister said: "We will rebuild the *old* bridge [at Vinh] & the road within a year." The port would reopen.';
  const md = 'The minister said: "We will rebuild the bridge within a year."\n\nThe port would reopen.\n';
  const rs = restoredReadings(canonical, md, 'a.md', 'markdown');
  assert.ok(rs.length > 0, 'no restore fix');
  for (const r of rs) assert.ok(r.reads.includes(r.fix), `the file reads ${JSON.stringify(r.reads)}, not the canonical's ${JSON.stringify(r.fix)}`);
  assert.ok(rs.some((r) => /[*[&]/.test(r.fix)), 'no fix carries a character Markdown would read otherwise');
});

test('escapeForMarkup: what Markdown or HTML would read as markup is escaped, and the file reads the text back exactly', () => {
  const texts = ['- 40 people', '12. They fled', '# one', '> quoted', 'AT&T & Q&amp;A', 'a <b>bold</b> claim', 'x_y *z* `code` [link](u) ~~s~~ a|b \\ back', 'plain words, 5 < 6'];
  for (const t of texts) {
    const md = escapeForMarkup(t, 'markdown', true);
    assert.equal(readArticle(`${md}\n`, 'a.md')!.text, t, `markdown: ${md}`);
    const html = escapeForMarkup(t, 'html', true);
    assert.equal(readArticle(`<html><body><p>${html}</p></body></html>`, 'a.html')!.text, t, `html: ${html}`);
  }
  // Only what would be read otherwise: plain prose is left as it is.
  assert.equal(escapeForMarkup('At least 300 people, officials said.', 'markdown', true), 'At least 300 people, officials said.');
  assert.equal(escapeForMarkup('U.S.-backed forces', 'markdown', false), 'U.S.-backed forces');
});

test('restore from a saved web page as canonical: words across a tag or holding an entity go back as the page reads them, never as its markup', () => {
  const page =
    '<html><body><p>The council said the Q&amp;A session drew <b>at least</b> 400 residents on Tuesday evening.</p>' +
    '<p>Engineers from <i>Smith &amp; Sons</i> will inspect the bridge, the mayor said.</p></body></html>';
  const article = 'The council said the Q&A session drew 400 residents on Tuesday evening.\n\nEngineers from Jones will inspect the bridge, the mayor said.\n';
  const read = readArticle(page, 'canonical.html')!;
  const view = new ComparisonView(compare(read.text, article), article, read.text, { canonical: { source: page, read } });
  const restored = view.discrepancies.map((d) => restoreFix(view, d)).filter((f) => f !== null);
  const texts = restored.flatMap((f) => f.edits.map((e) => e.text));
  assert.ok(texts.some((t) => t.includes('at least 400')), `no restore across <b>: ${JSON.stringify(texts)}`);
  assert.ok(texts.some((t) => t.includes('Smith & Sons')), `no restore of the entity, decoded: ${JSON.stringify(texts)}`);
  for (const t of texts) assert.ok(!/[<>]|&amp;/.test(t), `markup put into the article: ${t}`);
  const after = applyEdits(article, restored.flatMap((f) => f.edits));
  assert.equal(compare(read.text, after).discrepancies.length, 0, after);
});

/** A page or Markdown article of my own against a plain canonical, and what each whole-sentence fix makes the page read. */
function wholeSentenceFixes(canonical: string, source: string, path: string) {
  const read = readArticle(source, path)!;
  const view = new ComparisonView(compare(canonical, read.text), read.text, canonical, { article: { source, read } });
  return view.discrepancies
    .filter((d) => d.kind === 'omitted' || d.kind === 'boilerplate')
    .map((d) => {
      const f = fixesFor(view, d).find((x) => x.kind !== 'restore');
      const edited = f ? applyEdits(source, f.edits) : null;
      return { d, f, edited, reads: edited === null ? null : readArticle(edited, path)!.text, before: read.text };
    });
}

const FLOOD_CANONICAL =
  'Floods closed the coastal road on Monday. Officials said 40 homes were damaged. Repairs will take a month.\n\n' +
  'The regional governor visited the town on Tuesday. She promised new funds for the harbour.\n\nSchools will reopen next week.\n';

test('omitted sentences and page chrome in a saved web page: inserted where the page reads them exactly, deleted with the element that held only them', () => {
  const page =
    '<!doctype html><html><head><title>Floods</title></head><body>\n<article><h1>Floods close coastal road</h1>\n' +
    '<p>Floods closed the coastal road on Monday. Repairs will take a month.</p>\n<p>She promised new funds for the harbour.</p>\n' +
    '<p>Schools will reopen next week.</p>\n<p class="share">Share this article</p>\n</article></body></html>';
  const fixes = wholeSentenceFixes(FLOOD_CANONICAL, page, 'floods.html');
  assert.equal(fixes.length, 3, JSON.stringify(fixes.map((x) => x.d.kind)));
  for (const { d, f, edited, reads, before } of fixes) {
    assert.ok(f && edited !== null && reads !== null, `no fix for ${d.kind}`);
    if (d.kind === 'omitted') {
      assert.ok(reads.includes(f.canonical), `the page reads ${JSON.stringify(reads)}`);
      // Nothing else the page reads changed.
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      assert.equal(norm(reads.replace(f.canonical, '')), norm(before));
    } else {
      assert.ok(!reads.includes('Share this article'), reads);
      assert.ok(!edited.includes('class="share"'), 'the empty element was left behind');
      assert.ok(edited.includes('<p>Schools will reopen next week.</p>\n</article>'), edited);
    }
  }
  // The governor's sentence opens a paragraph in the canonical: it gets a <p> of its own.
  assert.ok(fixes.some((x) => x.edited?.includes('</p>\n<p>The regional governor visited the town on Tuesday.</p>\n<p>She promised')));
  // The officials' sentence stood inside a paragraph: it goes in with a space.
  assert.ok(fixes.some((x) => x.edited?.includes('on Monday. Officials said 40 homes were damaged. Repairs')));
});

test('omitted sentences and page chrome in Markdown: a blank line for a paragraph, a space inside one; a chrome list item goes with its mark and line', () => {
  const md = '# Floods close coastal road\n\nFloods closed the coastal road on Monday. Repairs will take a month.\n\nShe promised new funds for the harbour.\n\n- Share this article\n\nSchools will reopen next week.\n';
  const fixes = wholeSentenceFixes(FLOOD_CANONICAL, md, 'floods.md');
  assert.equal(fixes.length, 3, JSON.stringify(fixes.map((x) => x.d.kind)));
  for (const { d, f, reads } of fixes) {
    assert.ok(f && reads !== null, `no fix for ${d.kind}`);
    if (d.kind === 'omitted') assert.ok(reads.includes(f.canonical), reads);
    else assert.ok(!reads.includes('Share'), reads);
  }
  const edited = fixes.map((x) => x.edited!);
  assert.ok(edited.includes(md.replace('month.\n\nShe', 'month.\n\nThe regional governor visited the town on Tuesday.\n\nShe')));
  assert.ok(edited.includes(md.replace('Monday. Repairs', 'Monday. Officials said 40 homes were damaged. Repairs')));
  assert.ok(edited.includes(md.replace('- Share this article\n\n', '\n')) || edited.includes(md.replace('\n- Share this article\n', '')), JSON.stringify(edited));
});

test('page chrome whose words cross a tag is not deleted from a web page, and the editor is told why (unavailableFix)', () => {
  const page = '<html><body><article><p>Schools will reopen next week.</p>\n<p class="share">Share <b>this</b> article</p></article></body></html>';
  const read = readArticle(page, 'p.html')!;
  const view = new ComparisonView(compare('Schools will reopen next week.', read.text), read.text, 'Schools will reopen next week.', { article: { source: page, read } });
  const d = view.discrepancies.find((x) => x.kind === 'boilerplate');
  assert.ok(d, JSON.stringify(view.discrepancies.map((x) => x.kind)));
  assert.equal(deleteChromeFix(view, d), null);
  assert.equal(unavailableFix(view, d), 'deleteChrome');
});

test('OffsetShift.untouched: a line moves with edits elsewhere, and is lost to an edit at either of its ends (typing after a note, joining lines)', () => {
  // "One.\nTwo.\nThree." — line 1 is [5, 9).
  const line = { start: 5, end: 9 };
  const at = (changes: { start: number; end: number; text: string }[]) => {
    const s = new OffsetShift();
    s.record(changes);
    return s.untouched(line);
  };
  assert.deepEqual(at([{ start: 0, end: 0, text: 'Hi. ' }]), { start: 9, end: 13 }, 'text typed on the line above moves it');
  assert.deepEqual(at([{ start: 12, end: 12, text: '!' }]), line, 'an edit below leaves it');
  assert.equal(at([{ start: 9, end: 9, text: ' More.' }]), null, 'typed at its end (where a note stands)');
  assert.equal(at([{ start: 5, end: 5, text: 'So ' }]), null, 'typed at its start');
  assert.equal(at([{ start: 4, end: 5, text: ' ' }]), null, 'joined with the line above');
  assert.equal(at([{ start: 9, end: 10, text: ' ' }]), null, 'joined with the line below');
  // `span` keeps a span that an insertion at its end only follows.
  const s = new OffsetShift();
  s.record([{ start: 9, end: 9, text: ' More.' }]);
  assert.deepEqual(s.span(line), line);
});
