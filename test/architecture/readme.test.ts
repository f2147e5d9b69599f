import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTORS } from '../../src/core/detect';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

test("README's how it works names the detectors of DETECTORS, in their order", () => {
  const m = /`DETECTORS` \(`detect\/index\.ts`\), one file each, from the most specific to the most\s+general \(([^;)]*)[;)]/.exec(README);
  assert.ok(m, 'the list is where the README says the detectors run');
  const listed = m[1]!.split(',').map((n) => n.replace(/\s+/g, ' ').trim());
  assert.deepEqual(listed, DETECTORS.map((d) => d.name.replace(/-/g, ' ')));
});
