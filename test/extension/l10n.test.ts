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

test('the Settings UI describes every kind wirediff.kinds offers, and offers every kind the engine reports', async () => {
  const { DISCREPANCY_KINDS } = await import('../../src/core/types');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const nls = JSON.parse(readFileSync(new URL('../../package.nls.json', import.meta.url), 'utf8'));
  const items = pkg.contributes.configuration.properties['wirediff.kinds'].items;
  assert.deepEqual([...items.enum].sort(), [...DISCREPANCY_KINDS].sort());
  const descriptions: string[] = items.markdownEnumDescriptions ?? items.enumDescriptions ?? [];
  assert.equal(descriptions.length, items.enum.length, 'one description for each kind');
  for (const d of descriptions) {
    const text: string = d.startsWith('%') ? nls[d.slice(1, -1)] : d;
    assert.ok(text && text.length > 20, `${d}: ${text}`);
  }
});
