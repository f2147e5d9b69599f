/**
 * The notes (at the end of a line of words, and on a blank line) are inlay hints (injected text, which VS Code wraps with
 * the line; a decoration's text is not wrapped and ran past the edge of a nearly full row), one to
 * each kind of finding; with inlay hints turned off the decorator draws them at the line's end as
 * before.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { emptyStore } from '../../src/core/verdicts';
import { compare } from '../../src/core/compare';
import { DecorationSet } from '../../src/extension/editor/decorations';
import { Decorator } from '../../src/extension/editor/decorator';
import { LONGER_NOTES_COMMAND, NoteHints } from '../../src/extension/editor/noteHints';
import { ResultStore, type DocResult } from '../../src/extension/results';
import type { VerdictFiles } from '../../src/extension/verdicts';
import { ComparisonView } from '../../src/view/result';
import * as vscode from './fakeVscode';

const tick = () => new Promise((r) => setTimeout(r, 0));

const WIRE = [
  'Volunteers planted 2,000 oak saplings along the river on Saturday, the park service said.',
  'The saplings were grown from acorns gathered in the valley last autumn by local schoolchildren.',
  'The service hopes the new trees will shade the water and help trout survive the hotter summers.',
  'A second planting day is planned for the spring if enough volunteers sign up, organisers said.',
];

function setup(article: string) {
  const canonical = WIRE.join('\n');
  const verdicts = { onDidChange: () => ({ dispose() {} }), state: (uri: vscode.Uri) => ({ uri, store: emptyStore(), exists: false, warnings: [], text: undefined }) };
  const store = new ResultStore(verdicts as unknown as VerdictFiles, { configured: () => undefined } as never);
  const uri = vscode.Uri.file('/w/copy.txt');
  const doc = new vscode.FakeDocument(uri, article);
  const r: DocResult = { key: uri.toString(), uri: uri as never, version: undefined, view: new ComparisonView(compare(canonical, article), article, canonical), canonicalUri: vscode.Uri.file('/w/wire.txt') as never, ms: 1, stale: false };
  const [editor] = vscode.showEditors(doc);
  const decorations = new DecorationSet(vscode.Uri.file('/ext') as never);
  const decorator = new Decorator(store, () => decorations, { info() {}, warn() {}, error() {} } as never);
  const hints = new NoteHints(store);
  const all = new vscode.Range(0, 0, 1000, 0);
  const noteDecorations = () =>
    [...editor!.decorations.values()].flat().flatMap((o) => {
      const text = (o as { renderOptions?: { after?: { contentText?: string } } }).renderOptions?.after?.contentText;
      return text ? [text] : [];
    });
  const done = () => (hints.dispose(), decorator.dispose(), decorations.dispose(), store.dispose());
  return { store, r, doc, editor: editor!, hints, all, noteDecorations, done };
}

afterEach(() => vscode.reset());

test('a note at the end of a line of words is an inlay hint at that line\'s end, not a decoration; inlay hints off, a decoration again', async () => {
  // One line to a paragraph, no blank line: the omitted second sentence's note stands at the end of line 0.
  const article = [WIRE[0], WIRE[2], WIRE[3]].join('\n');
  const t = setup(article);
  let fired = 0;
  t.hints.onDidChangeInlayHints(() => fired++);
  t.store.set(t.r);
  await tick();
  assert.ok(fired > 0, 'the editor is told to ask for hints again');
  const hints = t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown as vscode.InlayHint[];
  assert.equal(hints.length, 1);
  assert.match(String(hints[0]!.label), /^⟂ omitted: “The saplings were grown/);
  assert.deepEqual([hints[0]!.position.line, hints[0]!.position.character], [0, WIRE[0]!.length]);
  assert.equal(hints[0]!.paddingLeft, true);
  assert.deepEqual(t.noteDecorations(), [], 'not drawn twice');
  // Outside the range asked for: none.
  assert.equal((t.hints.provideInlayHints(t.doc as never, new vscode.Range(1, 0, 2, 0) as never) as unknown[]).length, 0);
  // Inlay hints turned off: the note is a decoration at the line's end again.
  vscode.setEditorSetting('inlayHints.enabled', 'off');
  await tick();
  assert.equal((t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown[]).length, 0);
  assert.equal(t.noteDecorations().length, 1);
  assert.match(t.noteDecorations()[0]!, /^⟂ omitted: “The saplings/);
  vscode.setEditorSetting('inlayHints.enabled', 'offUnlessPressed');
  await tick();
  assert.equal(t.noteDecorations().length, 1, 'hidden unless a key is held: still a decoration');
  vscode.setEditorSetting('inlayHints.enabled', 'onUnlessPressed');
  await tick();
  assert.equal(t.noteDecorations().length, 0);
  assert.equal((t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown[]).length, 1);
  t.done();
});

test('a note on a blank line is an inlay hint too (a narrow editor cut it as a decoration), and a decoration with inlay hints off', async () => {
  const article = [WIRE[0], WIRE[2], WIRE[3]].join('\n\n');
  const t = setup(article);
  t.store.set(t.r);
  await tick();
  const hints = t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown as vscode.InlayHint[];
  assert.equal(hints.length, 1);
  assert.deepEqual([hints[0]!.position.line, hints[0]!.position.character], [1, 0]);
  assert.equal(t.noteDecorations().length, 0);
  vscode.setEditorSetting('inlayHints.enabled', 'off');
  await tick();
  assert.equal(t.noteDecorations().length, 1);
  t.done();
});

test('the hints of a line fit in the editor\'s editor.inlayHints.maximumLength (WireDiff sets no default for it), and a high or medium note says its severity in a label part of its own', async () => {
  // Line 0 drops the figure and who said it (high), and the second sentence is omitted after it.
  const article = ['Volunteers planted oak saplings along the river on Saturday.', WIRE[2], WIRE[3]].join('\n');
  const t = setup(article);
  t.store.set(t.r);
  await tick();
  const labels = (cap?: number) => {
    if (cap !== undefined) vscode.setEditorSetting('inlayHints.maximumLength', cap);
    const hints = t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown as vscode.InlayHint[];
    return hints.filter((h) => h.position.line === 0).map((h) => (typeof h.label === 'string' ? [h.label] : h.label.map((p) => p.value)));
  };
  // VS Code's default (43): all of line 0's hints together, its marks counted.
  const line0 = labels();
  assert.ok(line0.length >= 2, JSON.stringify(line0));
  assert.ok(line0.flat().join('').length <= 43, JSON.stringify(line0));
  // The severity's mark is a part before the note's own text, which starts with its kind's mark.
  const marked = line0.filter((l) => l.length === 2);
  assert.ok(marked.length > 0, JSON.stringify(line0));
  for (const [mark, text] of marked) assert.ok(['‼', '!'].includes(mark!) && /^[⟂−]/.test(text!), JSON.stringify([mark, text]));
  // No cap (0): each part as long as before, so the line's hints take more than 43.
  assert.ok(labels(0).flat().join('').length > 43);
  t.done();
});

test('while the article is edited and its new comparison is on its way, the notes stay, moved with the text, but not on a line an edit touched; none once no comparison is coming', async () => {
  // Notes at the ends of lines 0 and 2 (each followed by an omitted sentence of the wire).
  const article = [WIRE[0], WIRE[2], 'Rain is forecast for Sunday across the region.'].join('\n');
  const t = setup(article);
  t.store.set(t.r);
  await tick();
  const shown = () =>
    (t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown as vscode.InlayHint[]).map((h) => [h.position.line, h.position.character, String(h.label).slice(0, 12)]);
  const before = shown();
  assert.ok(before.length >= 2, JSON.stringify(before));
  const lines = new Set(before.map((h) => h[0]));
  assert.ok(lines.has(0) && lines.size >= 2, JSON.stringify(before));
  // A word typed at the start of the text (line 0 touched) while the new comparison is scheduled.
  t.store.setBusy(t.r.key, true);
  t.doc.change([{ start: 0, end: 0, text: 'Hundreds of ' }]);
  const during = shown();
  assert.ok(during.length > 0, 'the notes of untouched lines stay');
  assert.ok(!during.some((h) => h[0] === 0), `no note on the line typed in: ${JSON.stringify(during)}`);
  assert.deepEqual(during, before.filter((h) => h[0] !== 0), 'the others where they were (the edit moved no line)');
  // A line inserted above: the notes move down with their lines.
  t.doc.change([{ start: 0, end: 0, text: 'A new first line.\n' }]);
  assert.deepEqual(shown(), during.map((h) => [(h[0] as number) + 1, h[1], h[2]]));
  // Typing at the end of a line with a note (after the note's spot): that note goes.
  const [line, character] = shown()[0]! as [number, number];
  t.doc.change([{ start: t.doc.offsetAt(new vscode.Position(line, character)), end: t.doc.offsetAt(new vscode.Position(line, character)), text: ' More.' }]);
  assert.ok(!shown().some((h) => h[0] === line));
  // No comparison on its way (live updates off): no note on text the result was not made on.
  t.store.setBusy(t.r.key, false);
  assert.deepEqual(shown(), []);
  t.done();
});

test('a note cut shorter than with no cap offers, in its hover, to lift the cap for the document\'s language in the user\'s settings (the user\'s choice: WireDiff sets no default)', async () => {
  const article = ['Volunteers planted oak saplings along the river on Saturday.', WIRE[2], WIRE[3]].join('\n');
  const t = setup(article);
  (t.doc as unknown as { languageId: string }).languageId = 'plaintext';
  t.store.set(t.r);
  await tick();
  const tooltips = () => (t.hints.provideInlayHints(t.doc as never, t.all as never) as unknown as vscode.InlayHint[]).map((h) => h.tooltip as vscode.MarkdownString & { isTrusted?: { enabledCommands: string[] } });
  const cut = tooltips().filter((m) => m.value.includes(`command:${LONGER_NOTES_COMMAND}?`));
  assert.ok(cut.length > 0, 'a note cut at the default cap (43) offers it');
  assert.ok(cut[0]!.value.includes(encodeURIComponent(JSON.stringify(['plaintext']))));
  assert.ok(cut[0]!.isTrusted!.enabledCommands.includes(LONGER_NOTES_COMMAND));
  // The command: the user's settings, for that language, no cap.
  const updates: unknown[][] = [];
  const was = vscode.workspace.getConfiguration;
  vscode.workspace.getConfiguration = ((section?: string, scope?: unknown) => ({
    ...was(section),
    update: async (...args: unknown[]) => void updates.push([section, scope, ...args]),
  })) as typeof was;
  try {
    await vscode.commands.registered.get(LONGER_NOTES_COMMAND)!('plaintext');
  } finally {
    vscode.workspace.getConfiguration = was;
  }
  assert.deepEqual(updates, [['editor', { languageId: 'plaintext' }, 'inlayHints.maximumLength', 0, vscode.ConfigurationTarget.Global, true]]);
  // With no cap, nothing is cut: no such link.
  vscode.setEditorSetting('inlayHints.maximumLength', 0);
  assert.ok(tooltips().every((m) => !m.value.includes(LONGER_NOTES_COMMAND)));
  t.done();
});
