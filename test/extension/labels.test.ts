/**
 * The editor's names (src/extension/labels.ts) against the one list of kinds
 * (src/report/labels.ts, `KINDS`): the editor hands each name to `vscode.l10n.t` as a literal,
 * so the list cannot be read there; this test keeps the two the same. In Node, with a stand-in
 * `vscode` whose `l10n.t` gives back the English.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../../src/core/types';
import { kindLabel, webviewLabels } from '../../src/extension/labels';
import { KIND_LABELS, KINDS } from '../../src/report/labels';

test('KINDS names every kind the engine reports, and only those', () => {
  assert.deepEqual(Object.keys(KINDS).sort(), [...DISCREPANCY_KINDS].sort());
  for (const k of DISCREPANCY_KINDS) {
    assert.ok(KINDS[k].label && KINDS[k].editor, k);
    assert.equal(KIND_LABELS[k], KINDS[k].label, `the reports print KINDS' label for ${k}`);
  }
});

test("the editor's name of each kind is KINDS' editor name (its l10n literal agrees with the list)", () => {
  for (const k of DISCREPANCY_KINDS) assert.equal(kindLabel(k), KINDS[k].editor, k);
  // The webview pages get the same names.
  const w = webviewLabels();
  for (const k of DISCREPANCY_KINDS) assert.equal(w[`kind.${k}`], KINDS[k].editor, k);
});

test('a kind the editor does not know (an old result) is shown as it is', () => {
  assert.equal(kindLabel('someday' as DiscrepancyKind), 'someday');
  assert.equal(kindLabel('constructor' as DiscrepancyKind), 'constructor');
});
