import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventOf, languageOf, SAME_EVENT, unrelatedPairs } from '../../../bench/eval/unrelated.eval';
import { FAMILIES_DIR } from '../../../bench/eval/gold';

test('unrelated eval: every family SAME_EVENT names is a tune family, and one event is one key', () => {
  for (const group of SAME_EVENT) {
    for (const family of group) assert.ok(existsSync(join(FAMILIES_DIR, 'tune', family)), `${family} is no tune family`);
    assert.equal(new Set(group.map(eventOf)).size, 1);
  }
  // Families whose names begin alike report one event; others two.
  assert.equal(eventOf('kiholo-quake-followups'), eventOf('kiholo-quake-usgs-reports'));
  assert.notEqual(eventOf('iquique-aftershock-voa'), eventOf('chile-quake-voa-versions'));
});

test('unrelated eval: the pairs across languages join texts of two languages and two events, the others two English texts', () => {
  const across = unrelatedPairs(true);
  assert.ok(across.length > 0);
  for (const { canonical, article } of across) {
    assert.notEqual(languageOf(canonical.canonicalPath), languageOf(article.articlePath));
    assert.notEqual(eventOf(canonical.family), eventOf(article.family));
  }
  for (const { canonical, article } of unrelatedPairs()) assert.deepEqual([languageOf(canonical.canonicalPath), languageOf(article.articlePath)], ['eng', 'eng']);
});
