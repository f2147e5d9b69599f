import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionDetector } from '../../../src/core/detect/attribution';
import { contextOf, detect, group } from '../helpers';

const CLAIM = 'Troops crossed the border overnight';

test('attribution: a dropped source', () => {
  const [f, ...rest] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}.`);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.kind, f!.severity, f!.canonical, f!.article], ['attribution', 'high', 'the defence ministry said', '']);
});

test('attribution: another source in its place is one change', () => {
  const found = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, a rebel commander said.`);
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.canonical, found[0]!.article], ['the defence ministry said', 'a rebel commander said']);
  assert.match(found[0]!.reason, /now attributed to someone else/);
});

test('attribution: a neutral reporting verb swapped for a loaded one', () => {
  const [f] = detect(attributionDetector, `${CLAIM}, the defence ministry said.`, `${CLAIM}, the defence ministry claimed.`);
  assert.deepEqual([f!.severity, f!.canonical, f!.article], ['medium', 'said', 'claimed']);
  assert.match(f!.reason, /casts doubt/);
});

test('attribution: an added source (“according to …”)', () => {
  const [f] = detect(attributionDetector, `${CLAIM}.`, `${CLAIM}, according to the rebel commander.`);
  assert.deepEqual([f!.severity, f!.article], ['medium', 'according to the rebel commander']);
});

test('attribution: the same source is no finding, and its words are claimed for the detectors after it', () => {
  const input = group(`${CLAIM}, the defence ministry said.`, `Overnight troops crossed the border, the defence ministry said.`);
  const ctx = contextOf(input);
  attributionDetector.run(ctx);
  assert.deepEqual(ctx.findings, []);
  const ministry = input.canonical.tokens.findIndex((t) => t.norm === 'ministry');
  assert.equal(ctx.cClaim[ministry], 1);
});
