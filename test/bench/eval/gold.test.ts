/**
 * Every gold file of `npm run eval` (tune, held-out, fresh, seeds) is valid: its texts exist, its
 * kinds are known, and every snippet has 5–15 words and occurs exactly once in its file (see
 * test/fixtures/gold/README.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOrigins, devOriginsLabel, familyHalf, familyOrigin, goldName, isCheckOrigin, loadGoldCases, readText, validateGold, type Gold } from '../../../bench/eval/gold';

const cases = loadGoldCases();

test('there is gold in the tune and held-out sets, at least 6 pairs held out', () => {
  assert.ok(cases.some((c) => c.set === 'tune'));
  assert.ok(cases.filter((c) => c.set === 'heldout').length >= 6);
});

test('a fresh set, while there is one, has at least 6 story families and 8 pairs (test/fixtures/gold/README.md)', () => {
  const fresh = cases.filter((c) => c.set === 'fresh');
  if (fresh.length === 0) return; // between sessions: the last one was moved to tune
  assert.ok(new Set(fresh.map((c) => c.family)).size >= 6, 'at least 6 fresh families');
  assert.ok(fresh.length >= 8, 'at least 8 fresh pairs');
});

test('familyHalf splits the tune families in two by a hash of the name, the same split every time', () => {
  // 32-bit FNV-1a of the name, even or odd.
  assert.equal(familyHalf('aceh-relief-reports'), 'A');
  assert.equal(familyHalf('afghan-opium-harvest'), 'B');
  const families = [...new Set(cases.filter((c) => c.set === 'tune').map((c) => c.family))];
  const a = families.filter((f) => familyHalf(f) === 'A').length;
  assert.ok(a >= families.length / 4 && a <= (3 * families.length) / 4, `half A holds ${a} of ${families.length} families`);
});

test('familyOrigin reads a tune family\'s origin from the first line of its SOURCES.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-origin-'));
  try {
    const family = (name: string, first: string): void => {
      mkdirSync(join(dir, 'tune', name), { recursive: true });
      writeFileSync(join(dir, 'tune', name, 'SOURCES.md'), `${first}\n\nmore text naming the third fresh set\n`);
    };
    family('a', '# a (tune)');
    family('b', '# b (tune; the fresh set of 2026-11-27, moved to tune on 2026-11-27)');
    family('c', '# c (tune; the second fresh set, built on 2026-11-27 by fresh11, moved to tune on 2026-11-27)');
    family('d', '# d (tune; the Third fresh set, built by someone)');
    family('e', '# e (fresh; the fifth fresh set, built on 2026-11-27 by fresh14)');
    family('f', '# f (tune; the sixteenth fresh set, built by someone, moved to tune)');
    family('g', '# g (tune; the Twenty-First fresh set, built by someone, moved to tune)');
    family('h', '# h (fresh; the thirtieth fresh set, built by someone)');
    assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'missing'].map((f) => familyOrigin('tune', f, dir)), ['original', 'fresh 1', 'fresh 2', 'fresh 3', 'fresh 5', 'fresh 16', 'fresh 21', 'fresh 30', 'original']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const origins = new Set(cases.filter((c) => c.set === 'tune').map((c) => familyOrigin(c.set, c.family)));
  assert.ok(origins.has('original') && origins.has('fresh 1'), [...origins].join(', '));
});

test('checkOrigins: the three ex-fresh sets moved into tune last, one setting every eval tool reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-check-'));
  try {
    const ordinals = ['', 'second ', 'third ', 'fourth ', 'fifth '];
    mkdirSync(join(dir, 'tune', 'plain'), { recursive: true });
    writeFileSync(join(dir, 'tune', 'plain', 'SOURCES.md'), '# plain (tune)\n');
    ordinals.forEach((o, i) => {
      mkdirSync(join(dir, 'tune', `f${i}`), { recursive: true });
      writeFileSync(join(dir, 'tune', `f${i}`, 'SOURCES.md'), `# f${i} (tune; the ${o}fresh set, moved to tune)\n`);
    });
    assert.deepEqual(checkOrigins(dir), ['fresh 3', 'fresh 4', 'fresh 5']);
    assert.deepEqual(checkOrigins(join(dir, 'nowhere')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const real = checkOrigins();
  assert.equal(real.length, 3);
  assert.ok(real.every(isCheckOrigin) && !isCheckOrigin('original') && !isCheckOrigin('fresh 1'), real.join(', '));
  assert.match(devOriginsLabel(), /^original, fresh 1–\d+$/);
});

for (const c of cases) {
  test(`gold ${goldName(c)} is valid`, () => {
    assert.ok(existsSync(c.canonicalPath), `no canonical ${c.canonicalPath}`);
    assert.ok(existsSync(c.articlePath), `no article ${c.articlePath}`);
    assert.deepEqual(validateGold(c.gold, readText(c.canonicalPath), readText(c.articlePath), goldName(c)), []);
  });
}

test('the validator counts the words of a Japanese snippet, not its blanks: a clause of 11 characters is long enough, one of 4 too short, a paragraph too long', () => {
  const text = '山の上に小さな赤い家が一軒ありました。川の水はとても冷たいです。森の奥には古い寺があります。';
  const g = (s: string): Gold => ({ canonical: 'c', article: 'a', pairs: [], omitted: [s], added: [], findings: [] });
  assert.equal(validateGold(g('山の上に小さな赤い家が'), text, text).length, 0); // 11 characters: 8 words (山/の/上/に/小さな/赤い/家/が)
  assert.equal(validateGold(g('川の水は'), text, text).length, 1); // 4 characters: 4 words
  assert.equal(validateGold(g(text), text, text).length, 1); // 43 characters: over 15 words
});

test('the validator rejects a snippet that is missing, repeated, too short or too long', () => {
  const text = 'One two three four five six. One two three four five six. Seven eight nine ten eleven twelve.';
  const g = (s: string): Gold => ({ canonical: 'c', article: 'a', pairs: [], omitted: [s], added: [], findings: [] });
  assert.equal(validateGold(g('Seven eight nine ten eleven'), text, text).length, 0);
  assert.equal(validateGold(g('One two three four five'), text, text).length, 1); // twice
  assert.equal(validateGold(g('Seven eight nine ten'), text, text).length, 1); // 4 words
  assert.equal(validateGold(g('not in this text at all'), text, text).length, 1);
  assert.equal(validateGold(g(text), text, text).length, 1); // 18 words
  const bad = { ...g('Seven eight nine ten eleven'), findings: [{ kind: 'rumour', c: '', a: '', note: '' }] } as unknown as Gold;
  assert.equal(validateGold(bad, text, text).length, 3);
});

test('the validator counts the words of scripts written without spaces (Chinese, Japanese, Thai) as a reader does, not by spaces', () => {
  // Written for this test: a made-up notice in Chinese, in Japanese, and in Thai.
  const zh = '市政府星期二宣布，新的渡轮航线将于下个月开通。官员说，票价不会上涨。';
  const ja = '市役所は火曜日、新しいフェリーの航路を来月開設すると発表した。運賃は上がらないという。';
  const th = 'เทศบาลประกาศเมื่อวันอังคารว่าจะเปิดเส้นทางเรือข้ามฟากใหม่ในเดือนหน้า ค่าโดยสารจะไม่ขึ้น';
  const g = (s: string): Gold => ({ canonical: 'c', article: 'a', pairs: [], omitted: [s], added: [], findings: [] });
  // A clause of some ten words: one "word" by spaces, valid now.
  for (const [text, snippet] of [[zh, '新的渡轮航线将于下个月开通'], [ja, '新しいフェリーの航路を来月開設すると発表した'], [th, 'จะเปิดเส้นทางเรือข้ามฟากใหม่ในเดือนหน้า']] as const) {
    assert.deepEqual(validateGold(g(snippet), text, text), [], snippet);
  }
  // Too short (two or three words) and too long (the whole notice, more than 15) still fail.
  assert.match(validateGold(g('票价不会上涨'), zh, zh).join(), /words \(5–15\)/);
  assert.match(validateGold(g(ja), ja, ja).join(), /words \(5–15\)/);
  // Spaced text is counted by its spaces as before: a hyphenated word, an abbreviation and a figure are one word each.
  const en = 'The well-known U.S. ferry line carried 20,000 people last year.';
  assert.deepEqual(validateGold(g('well-known U.S. ferry line carried'), en, en), []);
});
