/**
 * The side panel's page scripts (media/common.js, panelEntry.js, panelFolder.js, panel.js) on a DOM in Node (linkedom),
 * with a stand-in for VS Code's webview API: what a keyboard user's keys do, and what the
 * page posts back to the extension.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';
import { MATRIX_PAGE, PANEL_PAGE } from '../../src/view/webviewPages';
import { sample } from './sampleComparisons';
import { press, webviewPage } from './webviewPage';

/** The panel page showing a comparison; `posted` collects what it sends to the extension. */
function panelPage() {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  return page;
}

test('panel, keyboard: Enter on an entry jumps to its finding', () => {
  const { window, document, posted } = panelPage();
  const entry = document.querySelector('.entry');
  assert.ok(entry, 'the findings are listed');
  press(window, entry, 'Enter');
  assert.deepEqual(posted.filter((m) => m.type !== 'ready').map((m) => m.type), ['reveal']);
});

test('panel, keyboard: Enter on a verdict button inside an entry sets the verdict; it does not jump instead', () => {
  const { window, document, posted } = panelPage();
  const entry = document.querySelector('.entry');
  assert.ok(entry);
  const id = entry.getAttribute('data-id');
  for (const [cls, type] of [['confirm', 'verdict'], ['dismiss', 'dismiss']] as const) {
    posted.length = 0;
    const b = entry.querySelector(`button.${cls}`);
    assert.ok(b, `the entry has a ${cls} button`);
    press(window, b, 'Enter');
    assert.deepEqual(posted.map((m) => [m.type, m.id]), [[type, id]], `Enter on ${cls}`);
  }
});

test('panel: the icon buttons of an entry are named for a screen reader, not by their glyph', () => {
  const { document } = panelPage();
  const buttons = [...document.querySelectorAll('.entry button.icon')];
  assert.ok(buttons.length > 0);
  for (const b of buttons) assert.ok((b.getAttribute('aria-label') ?? '').length > 1, `${b.textContent}: ${b.getAttribute('aria-label')}`);
});

test('panel: the folder run\'s header says its canonical text is gone, in words', () => {
  const page = webviewPage(PANEL_PAGE);
  const why = 'The canonical text “Untitled-1” (an unsaved editor) was closed since the comparison: these findings are out of date.';
  const rows = [{ uri: 'file:///news/a.txt', name: 'a.txt', counts: { high: 1, medium: 0, low: 2, total: 3 }, stale: true }];
  page.send({ type: 'state', status: 'none', model: null, folder: { folder: 'news', canonical: 'Untitled-1', rows, canonicalGone: why }, showDismissed: false, verdictError: null } as { type: string });
  const folder = page.document.querySelector('.folder');
  assert.equal(folder?.querySelector('.canonical-gone')?.textContent, why);
  // The counts say their severities in words too, not by colour alone.
  assert.match(folder?.querySelector('.folder-row .counts')?.getAttribute('aria-label') ?? '', /1 high, 0 medium, 2 low/i);
  // A row opens its file: a button, from the keyboard too.
  const row = folder?.querySelector('.folder-row');
  assert.ok(row);
  assert.equal(row.getAttribute('role'), 'button');
  assert.equal(row.getAttribute('tabindex'), '0');
  press(page.window, row, 'Enter');
  assert.deepEqual(JSON.parse(JSON.stringify(page.posted.filter((m) => m.type === 'openFile'))), [{ type: 'openFile', uri: 'file:///news/a.txt' }]);
});

test('panel: in a folder run, another story sits apart under a heading that says why, after the versions of the story', () => {
  const page = webviewPage(PANEL_PAGE);
  const n = (high: number, medium: number, low: number) => ({ high, medium, low, total: high + medium + low });
  // As sortFolderRows orders them: the versions by their findings, then the other story, then a file not compared.
  const rows = [
    { uri: 'file:///news/b.txt', name: 'b.txt', counts: n(1, 0, 0) },
    { uri: 'file:///news/a.txt', name: 'a.txt', counts: n(0, 2, 0) },
    { uri: 'file:///news/other.txt', name: 'other.txt', counts: n(20, 3, 30), fewMatches: true },
    { uri: 'file:///news/x.bin', name: 'x.bin', error: 'binary' },
  ];
  page.send({ type: 'state', status: 'none', model: null, folder: { folder: 'news', canonical: 'wire.txt', rows }, showDismissed: false, verdictError: null } as { type: string });
  const table = page.document.querySelector('.folder-rows');
  const order = [...(table?.children ?? [])].map((e) => (e.classList.contains('folder-apart') ? 'apart' : (e.querySelector('.file')?.textContent ?? '')));
  assert.deepEqual(order, ['b.txt', 'a.txt', 'apart', 'other.txt', 'x.bin']);
  const apart = table?.querySelector('.folder-apart');
  assert.equal(apart?.getAttribute('role'), 'heading');
  assert.equal(apart?.textContent, 'fewMatchesApart'); // the key: no strings are loaded here
});

test('panel: hardly a sentence in common with the canonical is said above the findings, with a way to choose another canonical', () => {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = { ...buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' }), fewMatches: true as const };
  model.sentences = { ...model.sentences, linked: 1, canonical: 17 };
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  const note = page.document.querySelector('header .few-matches');
  assert.ok(note, 'the note is in the header');
  assert.match(note.textContent ?? '', /^⚠ fewMatches/, 'its text is the localised string (the key, here)');
  const choose = note.querySelector('button.choose-canonical');
  assert.ok(choose);
  press(page.window, choose, 'Enter');
  assert.deepEqual(JSON.parse(JSON.stringify(page.posted.filter((m) => m.type === 'command'))), [{ type: 'command', command: 'wirediff.setCanonical' }]);
});

test('panel: each entry is an item of its group\'s list, named by the group, and says its severity in words', () => {
  const { document } = panelPage();
  const items = [...document.querySelectorAll('[role="listitem"]')];
  assert.ok(items.length > 0);
  for (const item of items) {
    const list = item.parentElement;
    assert.equal(list?.getAttribute('role'), 'list', 'a list item in a list');
    assert.equal(list?.getAttribute('aria-label'), list?.closest('details')?.querySelector('summary .group-label')?.textContent);
    assert.match(item.querySelector('.head .sev')?.textContent ?? '', /^(high|medium|low)$/i);
  }
});

test('panel: a screen reader is told when a comparison starts and what it found, by severity in words', () => {
  const page = webviewPage(PANEL_PAGE);
  const live = page.document.querySelector('[role="status"]');
  assert.ok(live, 'a live region');
  assert.equal(live.getAttribute('aria-live'), 'polite');
  page.send({ type: 'state', status: 'busy', name: 'copy.txt', model: null, folder: null, showDismissed: false, verdictError: null } as { type: string });
  assert.equal(live.textContent, 'comparing');
  const s = sample();
  const model = buildPanelModel({ view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  assert.equal(live.textContent, `copy.txt: ${model.counts.high} high, ${model.counts.medium} medium, ${model.counts.low} low`);
  assert.ok(!page.document.getElementById('app')?.contains(live), 'outside the part drawn anew');
});

test('panel, keyboard: a finding dismissed from its button, the focus goes to the next finding, not to the top of the page', () => {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const model = buildPanelModel({ view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  const state = (m: typeof model) => ({ type: 'state', status: 'ready', name: 'copy.txt', model: m, folder: null, showDismissed: false, verdictError: null }) as { type: string };
  page.send(state(model));
  const [first, second] = [...page.document.querySelectorAll('.entry')];
  assert.ok(first && second);
  (first.querySelector('button.dismiss') as unknown as { focus(): void }).focus();
  // The extension answers with the finding dismissed: the page is drawn anew.
  const id = first.getAttribute('data-id');
  const next = { ...model, groups: model.groups.map((g) => ({ ...g, entries: g.entries.map((e) => (e.id === id ? { ...e, dismissed: true } : e)) })) };
  page.send(state(next));
  const active = page.document.activeElement as unknown as { getAttribute(n: string): string | null; classList: { contains(c: string): boolean } };
  assert.ok(active.classList.contains('entry'), 'an entry has the focus');
  assert.equal(active.getAttribute('data-id'), second.getAttribute('data-id'));
});

test('panel: the search box keeps the focus when a new state comes while one types', () => {
  const { document, send } = panelPage();
  const box = document.querySelector('input.search') as unknown as { focus(): void };
  box.focus();
  const s = sample();
  const model = buildPanelModel({ view: new ComparisonView(s.comparison, s.articleText, s.canonicalText), uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  const active = document.activeElement as unknown as { classList: { contains(c: string): boolean } };
  assert.ok(active.classList.contains('search'));
  assert.notEqual(active, box, 'the new box, drawn anew');
});

test('panel: another story\'s omitted and added sentences are folded, said so on their group; stepping to one of them opens it', () => {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  for (const g of model.groups) if (g.kind === 'omitted' || g.kind === 'added') g.folded = true;
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  const groups = [...page.document.querySelectorAll('details.group')] as unknown as { open: boolean; dataset: { kind: string }; querySelector(s: string): { textContent: string } | null }[];
  const folded = groups.filter((g) => !g.open);
  assert.deepEqual(folded.map((g) => g.dataset.kind).sort(), ['added', 'omitted']);
  for (const g of folded) assert.equal(g.querySelector('.fold-note')?.textContent, 'folded');
  assert.ok(groups.filter((g) => g.open).length > 0, 'the other groups open');
  // Next/previous in the editor stepped to an omission: its group opens to show it.
  const omitted = model.groups.find((g) => g.kind === 'omitted')!.entries[0]!;
  page.send({ type: 'select', id: omitted.id } as { type: string });
  assert.equal(groups.find((g) => g.dataset.kind === 'omitted')!.open, true);
});

test('panel: a long changed passage is cut at a word\'s end, never inside a word', () => {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  const e = model.groups.flatMap((g) => g.entries).find((x) => x.kind !== 'omitted' && x.kind !== 'added')!;
  const from = 'Major General Shaukat Sultan, the chief military spokesman, said in an official statement in Islamabad';
  e.from = from;
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  const shown = page.document.querySelector(`.entry[data-id="${e.id}"] .change del`)?.textContent ?? '';
  assert.equal(shown, 'Major General Shaukat Sultan, the chief military spokesman, said in an official statement…');
  assert.ok(from.startsWith(shown.slice(0, -1)) && from[shown.length - 1] === ' ', 'the passage\'s own words up to a space');
});

test('panel: a passage cut after a sentence\'s own stop shows the ellipsis apart ("jobs. …", not "jobs.…")', () => {
  const page = webviewPage(PANEL_PAGE);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  const e = model.groups.flatMap((g) => g.entries).find((x) => x.kind !== 'omitted' && x.kind !== 'added')!;
  const from = 'The factory will add 300 temporary jobs over the winter months in the valley. Private-sector hiring rose in May across the whole of the region.';
  e.from = from;
  page.send({ type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null } as { type: string });
  const shown = page.document.querySelector(`.entry[data-id="${e.id}"] .change del`)?.textContent ?? '';
  assert.equal(shown, 'The factory will add 300 temporary jobs over the winter months in the valley. …');
});

test('panel: versions whose names share a long beginning are listed from its last word, the whole name in the tooltip', () => {
  const page = webviewPage(PANEL_PAGE);
  const n = (high: number) => ({ high, medium: 0, low: 0, total: high });
  const names = ['listeria-cantaloupe-cdc-updates_3.txt', 'listeria-cantaloupe-cdc-updates_1.txt', 'listeria-cantaloupe-cdc-updates_2.txt'];
  const rows = names.map((name, i) => ({ uri: `file:///news/${name}`, name, counts: n(3 - i) }));
  page.send({ type: 'state', status: 'none', model: null, folder: { folder: 'news', canonical: 'wire.txt', rows }, showDismissed: false, verdictError: null } as { type: string });
  const files = [...page.document.querySelectorAll('.folder-rows .file')];
  assert.deepEqual(files.map((e) => e.textContent), ['…updates_3.txt', '…updates_1.txt', '…updates_2.txt']);
  assert.deepEqual(files.map((e) => e.getAttribute('title')), names);
  // Names with no long beginning in common are shown whole.
  const other = webviewPage(PANEL_PAGE);
  const short = ['a.txt', 'b.txt'].map((name) => ({ uri: `file:///news/${name}`, name, counts: n(1) }));
  other.send({ type: 'state', status: 'none', model: null, folder: { folder: 'news', canonical: 'wire.txt', rows: short }, showDismissed: false, verdictError: null } as { type: string });
  assert.deepEqual([...other.document.querySelectorAll('.folder-rows .file')].map((e) => e.textContent), ['a.txt', 'b.txt']);
});

test('webview pages: every script of media/ is loaded by a page, common.js first and each page\'s own script last', () => {
  const pages = [PANEL_PAGE, MATRIX_PAGE];
  const loaded = new Set(pages.flatMap((p) => p.scripts));
  const inMedia = readdirSync(new URL('../../media/', import.meta.url)).filter((f) => f.endsWith('.js'));
  assert.deepEqual([...loaded].sort(), inMedia.sort());
  for (const p of pages) assert.equal(p.scripts[0], 'common.js');
  assert.equal(PANEL_PAGE.scripts.at(-1), 'panel.js');
  assert.equal(MATRIX_PAGE.scripts.at(-1), 'matrix.js');
});
