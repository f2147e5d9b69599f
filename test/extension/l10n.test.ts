import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('l10n/bundle.l10n.json lists every vscode.l10n.t string (node scripts/l10n.mjs regenerates it)', async () => {
  // @ts-expect-error plain JS module without types
  const { extract } = await import('../../scripts/l10n.mjs');
  const bundle = JSON.parse(readFileSync(new URL('../../l10n/bundle.l10n.json', import.meta.url), 'utf8'));
  assert.deepEqual(bundle, extract());
});

test('package.nls.json has every %key% the manifest uses', () => {
  const pkg = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const nls = JSON.parse(readFileSync(new URL('../../package.nls.json', import.meta.url), 'utf8'));
  const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.length > 20);
  for (const k of keys) assert.ok(k in nls, `package.nls.json lacks ${k}`);
});
