/**
 * The editor's workflow against a stand-in `vscode`: the quick fixes and the problems
 * placed in a document that is being edited (LiveOffsets), the restore-all source action.
 * The engine's real comparison of the seeds; the document and its change events are fakes.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { compare, readArticle } from '../../src/core/index';
import type { Discrepancy } from '../../src/core/types';
import { FixProvider, RESTORE_ALL_COMMAND } from '../../src/extension/editor/codeActions';
import { Problems } from '../../src/extension/problems';
import { LiveOffsets, type WorkflowResults, type WorkflowSnapshot } from '../../src/extension/workflowResults';
import { applyEdits, restoreFix } from '../../src/view/fixes';
import { ComparisonView } from '../../src/view/result';
import { seed } from '../helpers';
import * as vscode from './fakeVscode';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

const C = seed(0);
const A = seed(1);

function setup(dismissed: string[] = [], path = '/ws/001.txt', text = A, view = new ComparisonView(compare(C, A), A, C)) {
  const uri = vscode.Uri.file(path);
  const doc = new vscode.FakeDocument(uri, text);
  vscode.workspace.textDocuments.push(doc);
  const changed = new vscode.EventEmitter<void>();
  const snapOf = (v: ComparisonView): WorkflowSnapshot => ({
    result: { key: uri.toString(), uri: uri as never, version: doc.version, view: v, canonicalUri: vscode.Uri.file('/ws/000.txt') as never },
    visible: v.discrepancies,
    judgement: { dismissed: new Set(dismissed) },
  });
  let snap: WorkflowSnapshot | undefined = snapOf(view);
  let comparing = false;
  const results: WorkflowResults = {
    onDidChange: changed.event as never,
    stored: (u) => (snap && String(u) === uri.toString() ? snap : undefined),
    comparing: (u) => comparing && String(u) === uri.toString(),
    compare: async () => snap,
  };
  const live = new LiveOffsets(results);
  const fixes = new FixProvider(results, live);
  const problems = new Problems(results, live, vscode.Uri.file('/ext/docs/vscode.md') as never);
  const collection = problems.collection as unknown as { get(u: unknown): vscode.Diagnostic[] | undefined; sets: number };
  const diagnostics = () => collection.get(uri) ?? [];
  const clear = () => {
    snap = undefined;
    changed.fire();
  };
  /** The store's side of a live update: a comparison scheduled or under way (told as a change), then its new result (or none: it failed), told as one change. */
  const startComparing = () => {
    comparing = true;
    changed.fire();
  };
  const endComparing = (next?: ComparisonView) => {
    comparing = false;
    if (next) snap = snapOf(next);
    changed.fire();
  };
  return { doc, view, live, fixes, problems, diagnostics, sets: () => collection.sets, clear, changed, startComparing, endComparing, dispose: () => (live.dispose(), fixes.dispose(), problems.dispose()) };
}

/** The code actions at the first occurrence of `word` in the document as it is now. */
function actionsAt(s: ReturnType<typeof setup>, word: string, only?: vscode.CodeActionKind, triggerKind = vscode.CodeActionTriggerKind.Automatic): vscode.CodeAction[] {
  const i = s.doc.getText().indexOf(word);
  assert.ok(i >= 0, word);
  const range = new vscode.Range(s.doc.positionAt(i + 1), s.doc.positionAt(i + 1));
  return (s.fixes.provideCodeActions(s.doc as never, range as never, { diagnostics: [], only, triggerKind } as never) ?? []) as unknown as vscode.CodeAction[];
}

const find = (v: ComparisonView, kind: string, from: string): Discrepancy => v.discrepancies.find((d) => d.kind === kind && d.from === from)!;

afterEach(() => vscode.reset());

test('problems: high and medium findings, placed on their words, with the kind linked to its docs and the canonical sentence', async () => {
  const s = setup();
  const ds = s.diagnostics();
  assert.equal(ds.length, s.view.discrepancies.filter((d) => d.severity !== 'low').length);
  const hedge = ds.find((d) => typeof d.code === 'object' && d.code.value === 'hedge')!;
  assert.equal(s.doc.getText(hedge.range), '300');
  assert.equal(hedge.severity, vscode.DiagnosticSeverity.Warning);
  assert.equal(hedge.source, 'WireDiff');
  assert.equal(String((hedge.code as { target: unknown }).target), 'file:///ext/docs/vscode.md#kind-hedge');
  assert.ok(hedge.relatedInformation![0]!.message.startsWith('At least 300 fighters'));
  assert.ok(ds.some((d) => d.severity === vscode.DiagnosticSeverity.Information));
  // The setting: only high; then off.
  vscode.setSetting('problems', 'high');
  assert.ok(s.diagnostics().every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  vscode.setSetting('problems', 'off');
  assert.equal(s.diagnostics().length, 0);
  vscode.setSetting('problems', 'all');
  assert.equal(s.diagnostics().length, s.view.discrepancies.length);
  // A cleared comparison leaves no problems (listed on the task after the change's).
  s.clear();
  await tick();
  assert.equal(s.diagnostics().length, 0);
  s.dispose();
});

test('problems: a dismissed finding is never a problem', () => {
  const probe = setup();
  const hedge = find(probe.view, 'hedge', 'At least 300');
  probe.dispose();
  vscode.reset();
  const s = setup([hedge.id]);
  vscode.setSetting('problems', 'all');
  assert.ok(!s.diagnostics().some((d) => d.message === hedge.reason));
  assert.equal(s.diagnostics().length, s.view.discrepancies.length - 1);
  s.dispose();
});

test('quick fixes: restore "300", then "constants" right after (offsets moved by the first edit), each one change; problems follow', async () => {
  vscode.setSetting('liveUpdateDelay', 50);
  const s = setup();
  const first = actionsAt(s, '300 fighters').find((a) => a.title === 'Restore the canonical wording: “At least 300”');
  assert.ok(first?.edit, 'the restore of the hedge');
  assert.equal(first.isPreferred, true);
  assert.ok(actionsAt(s, '300 fighters').some((a) => a.command?.command === 'wirediff.dismissFinding'), 'the verdicts are offered too');
  await vscode.workspace.applyEdit(first.edit);
  assert.ok(s.doc.getText().includes('Citing Iraqi security sources, At least 300 fighters mainly'));
  // No new comparison yet: the next fix is placed through the change.
  const second = actionsAt(s, 'constants').find((a) => /constellation/.test(a.title));
  assert.ok(second?.edit);
  await vscode.workspace.applyEdit(second.edit);
  const both = applyEdits(A, [...restoreFix(s.view, find(s.view, 'hedge', 'At least 300'))!.edits, ...restoreFix(s.view, find(s.view, 'mistranslation', 'constellation'))!.edits]);
  assert.equal(s.doc.getText(), both);
  // The problems moved with the edits, once the edits paused: the restored ones are gone, the others still on their words.
  await tick(120);
  const ds = s.diagnostics();
  assert.ok(!ds.some((d) => /‘At least’ before ‘300’|‘constants’/.test(d.message)));
  const quote = ds.find((d) => typeof d.code === 'object' && d.code.value === 'quote' && d.severity === vscode.DiagnosticSeverity.Warning)!;
  assert.equal(s.doc.getText(quote.range), 'This is a new reinforcements sent to help our colleagues on the front lines in the north');
  // No fix is offered where an edit went through the finding's words.
  assert.ok(!actionsAt(s, 'At least 300').some((a) => /At least 300/.test(a.title)));
  s.dispose();
});

test('problems: typing in the article does not list them again per keystroke, only once the typing pauses (then on their words)', async () => {
  vscode.setSetting('liveUpdateDelay', 50);
  const s = setup();
  const before = s.sets();
  const hedge = () => s.diagnostics().find((d) => typeof d.code === 'object' && d.code.value === 'hedge')!;
  const start = s.doc.getText().indexOf('300 fighters');
  for (let i = 0; i < 30; i++) s.doc.change([{ start: 0, end: 0, text: 'x' }]);
  assert.equal(s.sets(), before, 'nothing set while typing');
  await tick(120);
  assert.equal(s.sets(), before + 1, 'set once after the pause');
  assert.equal(s.doc.getText(hedge().range), '300');
  assert.equal(s.doc.offsetAt(hedge().range.start), start + 30);
  // The result unchanged, nothing more to set.
  s.changed.fire();
  await tick();
  assert.equal(s.sets(), before + 1);
  s.dispose();
});

test('problems: a live update after typing places them once for the pause, from its new result; a live update that fails, once when it ends', async () => {
  vscode.setSetting('liveUpdateDelay', 50);
  const s = setup();
  const before = s.sets();
  // Typing: the first keystroke schedules a comparison (the store tells that it is under way), the others move its timer.
  for (let i = 0; i < 30; i++) {
    s.doc.change([{ start: 0, end: 0, text: 'x' }]);
    if (i === 0) s.startComparing();
    await tick();
  }
  assert.equal(s.sets(), before, 'nothing set while typing');
  await tick(120);
  assert.equal(s.sets(), before, 'the pause places nothing while the comparison it started runs');
  const text = s.doc.getText();
  s.endComparing(new ComparisonView(compare(C, text), text, C));
  await tick(10);
  assert.equal(s.sets(), before + 1, 'one placement for the pause: the new result');
  const hedge = s.diagnostics().find((d) => typeof d.code === 'object' && d.code.value === 'hedge')!;
  assert.equal(s.doc.getText(hedge.range), '300');
  // Typing again, and the comparison fails (no new result): the problems are placed again once, where the words now stand.
  const start = s.doc.offsetAt(hedge.range.start);
  for (let i = 0; i < 5; i++) {
    s.doc.change([{ start: 0, end: 0, text: 'y' }]);
    if (i === 0) s.startComparing();
    await tick();
  }
  await tick(120);
  assert.equal(s.sets(), before + 1);
  s.endComparing();
  await tick(10);
  assert.equal(s.sets(), before + 2);
  const moved = s.diagnostics().find((d) => typeof d.code === 'object' && d.code.value === 'hedge')!;
  assert.equal(s.doc.offsetAt(moved.range.start), start + 5);
  s.dispose();
});

test('restore all high-severity wording: asks first when more than three places change, then one edit', async () => {
  const s = setup();
  assert.equal(actionsAt(s, 'Iraqi', vscode.CodeActionKind.Source).length, 0, 'the source action is not offered unasked (the light bulb)');
  const source = actionsAt(s, 'Iraqi', vscode.CodeActionKind.Source, vscode.CodeActionTriggerKind.Invoke);
  assert.equal(source.length, 1, 'only the source action when source actions are asked for');
  assert.match(source[0]!.title, /^Restore all high-severity wording from the canonical \(\d+\)$/);
  assert.equal(source[0]!.command?.command, 'wirediff.restoreAllHighSeverity');
  let events = 0;
  const sub = vscode.workspace.onDidChangeTextDocument(() => events++);
  vscode.window.warningAnswer = undefined;
  assert.equal(await s.fixes.restoreAll(s.doc.uri as never), false, 'nothing changes when the question is dismissed');
  assert.equal(s.doc.getText(), A);
  assert.equal(vscode.window.warnings.length, 1);
  assert.match(String(vscode.window.warnings[0]![0]), /Restore the canonical wording of \d+ high-severity findings/);
  vscode.window.warningAnswer = 'Restore';
  assert.equal(await s.fixes.restoreAll(s.doc.uri as never), true);
  assert.equal(events, 1, 'one change event: one edit');
  const text = s.doc.getText();
  for (const w of ['At least 300 fighters', 'The constellation of regional', 'last week, Syrian and Iraqi sources said.', '"These are fresh reinforcements being sent to aid our comrades on the front lines in the north,"']) {
    assert.ok(text.includes(w), w);
  }
  sub.dispose();
  s.dispose();
});

test('a saved web page: the light bulb inserts an omitted sentence into the page, and names a chrome deletion it cannot make exactly, with why', async () => {
  const canonical = 'The ferry left the port at dawn. It carried 212 passengers. The crew radioed for help at noon.';
  const page = '<html><body><article><p>The ferry left the port at dawn. The crew radioed for help at noon.</p>\n<p class="tools">Share <b>this</b> story</p></article></body></html>';
  const read = readArticle(page, 'ferry.html')!;
  const view = new ComparisonView(compare(canonical, read.text), read.text, canonical, { article: { source: page, read } });
  assert.ok(view.discrepancies.some((d) => d.kind === 'omitted') && view.discrepancies.some((d) => d.kind === 'boilerplate'), JSON.stringify(view.discrepancies.map((d) => d.kind)));
  const s = setup([], '/ws/ferry.html', page, view);
  const insert = actionsAt(s, 'dawn.').find((a) => a.title === 'Insert the omitted sentence here: “It carried 212 passengers.”');
  assert.ok(insert?.edit && !insert.disabled, 'the insertion is offered');
  const chrome = actionsAt(s, 'Share').find((a) => a.title === 'Delete this page chrome');
  assert.ok(chrome?.disabled?.reason, 'the chrome deletion is named, greyed, with why');
  assert.equal(chrome.edit, undefined);
  await vscode.workspace.applyEdit(insert.edit);
  assert.ok(s.doc.getText().includes('<p>The ferry left the port at dawn. It carried 212 passengers. The crew radioed'), s.doc.getText());
  s.dispose();
});

test('the workflow parts release what they registered when disposed, once (one Disposable base, extension/dispose.ts)', () => {
  const s = setup();
  assert.ok(s.changed.listenerCount > 0);
  assert.ok(vscode.commands.registered.has(RESTORE_ALL_COMMAND));
  s.dispose();
  assert.equal(s.changed.listenerCount, 0, 'the problems no longer follow the results');
  assert.ok(!vscode.commands.registered.has(RESTORE_ALL_COMMAND));
  assert.doesNotThrow(() => s.dispose());
});
