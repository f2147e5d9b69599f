/**
 * A long webview state in slices (src/view/jsonSlices.ts): each slice short, in order, never
 * between the halves of a surrogate pair, and joined again by the page (media/common.js) into the
 * very state posted; a slice of a newer state, or a state posted whole, drops the slices of an
 * older state not yet whole; the panel keeps the model it has when told it is the same.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JSON_SLICE, sliceJson } from '../../src/view/jsonSlices';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';
import { PANEL_PAGE } from '../../src/view/webviewPages';
import { large } from './sampleComparisons';
import { webviewPage } from './webviewPage';

test('slices: at most the size each, in order, the whole text when joined; a short text is one slice', () => {
  assert.deepEqual(sliceJson('{"a":1}', 16), ['{"a":1}']);
  assert.deepEqual(sliceJson('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  assert.deepEqual(sliceJson('', 4), ['']);
  assert.throws(() => sliceJson('abc', 1), RangeError);
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
      const parts = sliceJson(text, size);
      assert.equal(parts.join(''), text);
      for (const p of parts) assert.ok(p.length <= size && (p.length > 0 || text === ''));
    }),
  );
});

test('slices: a slice never ends between the two halves of a surrogate pair (an emoji, a CJK extension character)', () => {
  // 'x' then pairs: a cut after 4 code units would fall inside the second pair.
  const text = 'x😀😀😀𠀋z';
  const parts = sliceJson(text, 4);
  assert.equal(parts.join(''), text);
  for (const p of parts) {
    assert.ok(!/[\uD800-\uDBFF]$/.test(p), `ends on a high surrogate: ${JSON.stringify(p)}`);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(p), `starts on a low surrogate: ${JSON.stringify(p)}`);
  }
});

/** The panel page and a long state (many findings) as the extension would post it. */
function longState(n = 400) {
  const s = large(n);
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///long.txt', articleName: 'long.txt', canonicalName: 'wire.txt' });
  return { type: 'state', status: 'ready', name: 'long.txt', model, folder: null, showDismissed: false, verdictError: null };
}

/** A state's JSON as the extension's poster sends it: its slices, each a message. */
const partsOf = (json: string, seq: number, size: number) => {
  const texts = sliceJson(json, size);
  return texts.map((text, index) => ({ type: 'jsonPart', seq, index, count: texts.length, text }));
};

test('the panel page joins a long state\'s slices and draws it only when the last one is in', () => {
  const page = webviewPage(PANEL_PAGE);
  const state = longState();
  const json = JSON.stringify(state);
  assert.ok(json.length > JSON_SLICE, `a state longer than a slice (${json.length})`);
  const parts = partsOf(json, 1, JSON_SLICE);
  assert.ok(parts.length >= 2);
  for (const p of parts.slice(0, -1)) page.send(p);
  assert.equal(page.document.querySelectorAll('.entry').length, 0, 'nothing drawn from a part of the state');
  page.send(parts.at(-1)!);
  assert.equal(page.document.querySelectorAll('.entry').length, 400, 'every finding listed');
});

test('the panel page drops the slices of a state superseded before it was whole, and a state with a slice missing', () => {
  const page = webviewPage(PANEL_PAGE);
  const older = partsOf(JSON.stringify(longState(300)), 1, 20_000);
  const newer = partsOf(JSON.stringify(longState(200)), 2, 20_000);
  page.send(older[0]!);
  page.send(older[1]!);
  for (const p of newer) page.send(p);
  // The older state's last slices, late: no state of theirs is drawn.
  for (const p of older.slice(2)) page.send(p);
  assert.equal(page.document.querySelectorAll('.entry').length, 200, 'the newer state, whole');
  // A state posted whole drops slices under way.
  const third = partsOf(JSON.stringify(longState(300)), 3, 20_000);
  page.send(third[0]!);
  page.send({ type: 'state', status: 'none', model: null, folder: null, showDismissed: false, verdictError: null } as { type: string });
  for (const p of third.slice(1)) page.send(p);
  assert.equal(page.document.querySelectorAll('.entry').length, 0, 'the state posted whole is the one shown');
  // A slice lost: the state is not drawn from the others.
  const fourth = partsOf(JSON.stringify(longState(250)), 4, 20_000);
  for (const p of fourth.filter((_, i) => i !== 1)) page.send(p);
  assert.equal(page.document.querySelectorAll('.entry').length, 0);
});

test('the panel keeps the model it has when the state says the model is the same (a comparison starting: busy), and asks again when it has none', () => {
  const page = webviewPage(PANEL_PAGE);
  const state = longState(50);
  page.send(state);
  assert.equal(page.document.querySelectorAll('.entry').length, 50);
  page.send({ ...state, status: 'busy', model: null, sameModel: true } as { type: string });
  assert.equal(page.document.querySelectorAll('.entry').length, 50, 'the entries stay');
  assert.ok(page.document.querySelector('.badge.busy'), 'and the page says a comparison is under way');
  assert.ok(!page.posted.some((m) => m.type === 'ready' && page.posted.indexOf(m) > 0), 'nothing asked');
  // A page loaded anew (no model yet) told the model is the same: it asks for the whole state.
  const fresh = webviewPage(PANEL_PAGE);
  const before = fresh.posted.filter((m) => m.type === 'ready').length;
  fresh.send({ ...state, model: null, sameModel: true } as { type: string });
  assert.equal(fresh.posted.filter((m) => m.type === 'ready').length, before + 1);
  assert.equal(fresh.document.querySelectorAll('.entry').length, 0);
});
