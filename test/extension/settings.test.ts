/**
 * The numeric settings (src/extension/settings.ts) as settings.json may hold them when written by
 * hand: a value out of bounds, not whole, or not a number is clamped or replaced by the default,
 * and the user is told once, in one message, not on every read. The manifest declares the
 * same bounds. In Node, with a stand-in `vscode` (fakeVscode.ts).
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { forgetSettingWarnings, NUMBER_SETTINGS, readSettings } from '../../src/extension/settings';
import * as vscode from './fakeVscode';

afterEach(() => {
  vscode.reset();
  forgetSettingWarnings();
});

test('the manifest declares each numeric setting with the bounds readSettings keeps, whole numbers as integers', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
  const props: Record<string, { type: string; default: number; minimum: number; maximum: number }> = Object.assign(
    {},
    ...[manifest.contributes.configuration].flat().map((c: { properties: object }) => c.properties),
  );
  for (const [key, spec] of Object.entries(NUMBER_SETTINGS)) {
    const p = props[`wirediff.${key}`]!;
    assert.equal(p.type, spec.integer ? 'integer' : 'number', key);
    assert.deepEqual([p.default, p.minimum, p.maximum], [spec.def, spec.lo, spec.hi], key);
  }
  const numeric = Object.entries(props).filter(([, p]) => p.type === 'number' || p.type === 'integer').map(([k]) => k.replace('wirediff.', ''));
  assert.deepEqual(numeric.sort(), Object.keys(NUMBER_SETTINGS).sort(), 'every numeric setting is read through NUMBER_SETTINGS');
});

test('bad numeric values from settings.json are clamped or replaced, in one message, said once', () => {
  Object.assign(vscode.settings, { maxFileSize: 0, liveUpdateDelay: 120.6, ghostNoteLength: 'long', largeFileThreshold: -5, similarityThreshold: 0.5 });
  const s = readSettings();
  assert.equal(s.maxFileSize, 1 * 1024 * 1024, 'below the minimum: the minimum');
  assert.equal(s.liveUpdateDelay, 121, 'not whole: rounded');
  assert.equal(s.ghostNoteLength, 40, 'not a number: the default');
  assert.equal(s.largeFileThreshold, 1 * 1024);
  assert.equal(s.similarityThreshold, 0.5, 'a fraction where one makes sense');
  assert.equal(vscode.window.warnings.length, 1, 'one message for all of them');
  const said = String(vscode.window.warnings[0]![0]);
  for (const k of ['maxFileSize', 'liveUpdateDelay', 'ghostNoteLength', 'largeFileThreshold']) assert.ok(said.includes(`wirediff.${k}`), `${k} named: ${said}`);
  assert.ok(!said.includes('similarityThreshold'));
  assert.match(said, /“wirediff\.ghostNoteLength” is "long": WireDiff uses 40/);

  readSettings();
  readSettings();
  assert.equal(vscode.window.warnings.length, 1, 'not again on every read');
  vscode.settings['maxFileSize'] = 5000;
  assert.equal(readSettings().maxFileSize, 1024 * 1024 * 1024);
  assert.equal(vscode.window.warnings.length, 2, 'a new bad value is told');
  assert.match(String(vscode.window.warnings[1]![0]), /maxFileSize” is 5000: WireDiff uses 1024/);
  assert.doesNotMatch(String(vscode.window.warnings[1]![0]), /liveUpdateDelay/, 'what was told is not told again');
});

test('good values and unset settings say nothing', () => {
  Object.assign(vscode.settings, { maxFileSize: 16, liveUpdateDelay: 300 });
  const s = readSettings();
  assert.equal(s.maxFileSize, 16 * 1024 * 1024);
  assert.equal(s.liveUpdateDelay, 300);
  assert.equal(s.ghostNoteLength, 40);
  assert.equal(vscode.window.warnings.length, 0);
});
