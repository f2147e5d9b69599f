/**
 * The saved pages' manifest (test/fixtures/pages/manifest.json): every page in a part that
 * `bench/eval/pages.eval.ts` prints, its files where the manifest says, every saved page listed, and
 * the fresh pages from sites no tune or held-out page came from (else they would not be first seen).
 * Metadata only: no page is read here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PARTS } from '../../../bench/eval/pages.eval';
import { FIXTURES } from '../../helpers';

const PAGES = join(FIXTURES, 'pages');
interface Entry {
  page: string;
  expected: string;
  part: string;
  language: string;
  url: string | null;
  copy: string;
  licence: string;
}
const manifest = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8')) as { about: string; pages: Entry[] };

/** A page's site: its host without `www.`, cut to the name a publisher registers (`yna.co.kr`, `sky.com`). */
function site(url: string): string {
  const labels = new URL(url).hostname.toLowerCase().replace(/^www\./, '').split('.');
  const second = labels[labels.length - 2] ?? '';
  const keep = labels.length > 2 && /^(co|com|net|org|ac|gov|edu)$/.test(second) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

test('every page of the manifest is in a part the eval prints, its page and expected text in that part’s folder', () => {
  for (const e of manifest.pages) {
    assert.ok((PARTS as readonly string[]).includes(e.part), `${e.page}: part ${e.part}`);
    assert.ok(e.page.startsWith(`${e.part}/`) && e.page.endsWith('.html'), `${e.page} in ${e.part}/`);
    assert.equal(e.expected, e.page.replace(/\.html$/, '.expected.txt'));
    assert.ok(existsSync(join(PAGES, e.page)) && existsSync(join(PAGES, e.expected)), `${e.page}: files`);
    assert.match(e.language, /^[a-z]{3}$/, `${e.page}: language`);
    assert.ok(e.copy.length > 0 && e.licence.length > 0, `${e.page}: copy and licence`);
  }
});

test('every saved page in a part’s folder is listed once', () => {
  const listed = manifest.pages.map((e) => e.page);
  assert.equal(new Set(listed).size, listed.length);
  for (const part of PARTS) {
    // A part's folder may be absent (fresh/ between a set's move to tune and the next set).
    if (!existsSync(join(PAGES, part))) continue;
    for (const f of readdirSync(join(PAGES, part)).filter((n) => n.endsWith('.html'))) {
      assert.ok(listed.includes(`${part}/${f}`), `${part}/${f} listed`);
    }
  }
});

test('a site is read as one unit', () => {
  assert.equal(site('https://en.yna.co.kr/view/AEN1'), 'yna.co.kr');
  assert.equal(site('https://news.sky.com/story/1'), 'sky.com');
  assert.equal(site('https://www.lsm.lv/raksts/1'), 'lsm.lv');
  assert.equal(site('http://www.bbc.co.uk/zhongwen/1'), 'bbc.co.uk');
});

const freshPages = manifest.pages.filter((e) => e.part === 'fresh');
// fresh/ is empty between one set's move to tune (at the start of the session after it was built) and the next set.
test('the fresh pages come from sites no tune or held-out page came from', { skip: freshPages.length === 0 && 'no fresh set at the moment' }, () => {
  const fresh = freshPages;
  assert.ok(fresh.length >= 16, `${fresh.length} fresh pages`);
  const earlier = new Set(manifest.pages.filter((e) => e.part !== 'fresh' && e.url).map((e) => site(e.url!)));
  for (const e of fresh) {
    assert.ok(e.url, `${e.page}: address`);
    assert.ok(!earlier.has(site(e.url)), `${e.page}: ${site(e.url)} is already a tune or held-out site`);
  }
  assert.ok(new Set(fresh.map((e) => site(e.url!))).size >= 12, 'at least 12 sites');
  assert.ok(new Set(fresh.map((e) => e.language)).size >= 5, 'at least 5 languages');
});
