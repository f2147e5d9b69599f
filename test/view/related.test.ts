/**
 * "Hardly a sentence in common" (src/view/related.ts), on real published texts and the engine's
 * own alignment: the wrong canonical is noted, a brief or a rewrite for simpler reading is not,
 * and of the tune families' copies one in seven at most is noted, none that the gold says carries
 * half of either text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compare } from '../../src/core/compare';
import { buildPanelModel } from '../../src/view/panelModel';
import { counterparts, fewCounterparts, hardlyMatches } from '../../src/view/related';
import { ComparisonView } from '../../src/view/result';

const TUNE = new URL('../fixtures/families/tune/', import.meta.url);
const text = (family: string, n: number) => readFileSync(new URL(`${family}/${family}_${n}.txt`, TUNE), 'utf8');
const families = readdirSync(TUNE).filter((f) => !f.startsWith('.')).sort();
const copies = (family: string) => readdirSync(new URL(`${family}/`, TUNE)).filter((f) => /_\d+\.txt$/.test(f) && !f.endsWith('_0.txt')).length;

test('the counts: fewer than one in ten canonical sentences and one in four of the article\'s linked', () => {
  assert.equal(fewCounterparts({ canonical: 20, linkedCanonical: 1, article: 10, linkedArticle: 1 }), true);
  assert.equal(fewCounterparts({ canonical: 20, linkedCanonical: 2, article: 10, linkedArticle: 2 }), false, 'one in ten of the canonical');
  // A brief: two sentences of a thirty-sentence story, both linked.
  assert.equal(fewCounterparts({ canonical: 30, linkedCanonical: 2, article: 2, linkedArticle: 2 }), false);
  assert.equal(fewCounterparts({ canonical: 2, linkedCanonical: 0, article: 5, linkedArticle: 0 }), false, 'too short to judge');
});

test('the wrong canonical chosen for a copy is noted', () => {
  for (const [a, b] of [
    ['kashmir-quake-update', 'kenya-khat-ban'],
    ['kenya-khat-ban', 'kashmir-quake-update'],
    ['curiosity-year', 'nustar-launch'],
  ] as const) {
    const c = compare(text(a, 0), text(b, 1));
    assert.equal(hardlyMatches(c), true, `${b}_1 against ${a}_0: ${JSON.stringify(counterparts(c))}`);
  }
});

/**
 * The share of each side's sentences the hand-written gold links (test/fixtures/gold/tune): its
 * pairs' distinct sentences, of those and the ones it lists as omitted (canonical) or added (article).
 * An article sentence carries the canonical only as one of the distinct canonical sentences it
 * stands for: a report written anew that tells one canonical sentence over four of its own (the
 * wreckage found, told by a reporter, by the authorities, by a witness) carries one sentence of
 * it, not four; so the article's share counts at most as many sentences as the canonical's.
 */
function goldShares(family: string, n: number): { canonical: number; article: number } | null {
  let gold: { pairs: Array<{ c: string; a: string }>; omitted: string[]; added: string[] };
  try {
    gold = JSON.parse(readFileSync(new URL(`../fixtures/gold/tune/${family}/${family}_${n}.json`, import.meta.url), 'utf8'));
  } catch {
    return null;
  }
  const c = new Set(gold.pairs.map((p) => p.c)).size;
  const a = new Set(gold.pairs.map((p) => p.a)).size;
  return { canonical: c / Math.max(1, c + gold.omitted.length), article: Math.min(a, c) / Math.max(1, a + gold.added.length) };
}

/**
 * Copies the gold says carry half of a text that the aligner still leaves hardly linked (a known gap of
 * the aligner, not of the note), each with why. A case here must still be noted, so the list shrinks.
 */
const KNOWN_CARRYING: Record<string, string> = {
  // The thirteenth fresh set, moved to tune on 2026-11-28: a video's caption of four sentences, written
  // anew from an earlier state of the story (its toll rounder, its title another fact); the gold pairs
  // three of them with the canonical's, the aligner none (first seen so, in the set's first-seen figures).
  'mocoa-floods-2017-voa-learning-english_2': 'a short caption written anew: the aligner links none of its sentences',
  // The sixteenth fresh set, moved to tune on 2026-11-29: a video report's introduction of three
  // sentences, from two days before the canonical (its toll and count of homes lower); the gold pairs
  // half of the copy's sentences with the canonical's, loosely; the aligner hardly any (first seen so).
  'norcal-wildfires-2017-voa-learning-english_2': 'a short introduction of an earlier state of the story: the aligner links hardly any of its sentences',
  // A translation into another script that shares too few figures, months or names with its original
  // for the translation aligner's gate (alignAcross `parallel`: one linked sentence in four pinned by
  // one, or nothing that could cross at all) is not taken for one and links nothing: the Department's
  // Arabic readout of a call (one pinned link in 7 sentences), and the twenty-first fresh set's
  // Russian translation of a statement (moved to tune on 2026-11-29). The gate keeps 1,698 of 1,888
  // unrelated pairs across languages from linking (align32, 2026-11-29); these two are its cost.
  'blinken-abbas-call-readout-arabic_1': 'a translation with too few shared figures or names for the gate on translations: nothing linked',
  'minsk-embassy-2022-voa-russian_1': 'a translation with too few shared figures or names for the gate on translations: nothing linked',
  // The same for two translations of the twenty-second fresh set (moved to tune on 2026-11-30; so
  // they scored first seen, after the gate): an embassy's Ukrainian translation of a statement that
  // the canonical story quotes, and the Department's Persian translation of a statement.
  'blinken-kyiv-2023-miller-ukrainian_1': 'a translation with too few shared figures or names for the gate on translations: nothing linked',
  'yalda-2022-price-statement-persian_1': 'a translation with too few shared figures or names for the gate on translations: nothing linked',
};

test('one in seven of the tune families\' copies at most is noted, and no copy that carries half of either text (a rewrite for simpler reading, a brief)', () => {
  const noted: string[] = [];
  const carrying: string[] = [];
  const knownSeen: string[] = [];
  let pairs = 0;
  for (const family of families) {
    for (let n = 1; n <= copies(family); n++) {
      let article: string;
      try {
        article = text(family, n);
      } catch {
        continue;
      }
      pairs++;
      const c = compare(text(family, 0), article);
      if (!hardlyMatches(c)) continue;
      noted.push(family);
      // What the gold says the two texts share: a copy that carries half the canonical's sentences
      // or half its own is a rewrite, a brief or a copy, never "hardly a sentence in common".
      const shares = goldShares(family, n);
      if (shares && (shares.canonical >= 0.5 || shares.article >= 0.5)) (KNOWN_CARRYING[`${family}_${n}`] ? knownSeen : carrying).push(`${family}_${n}: ${JSON.stringify(shares)}`);
    }
  }
  assert.ok(pairs > 80, `${pairs} pairs`);
  // A bound, not a list: which copies are noted moves with the aligner (16 of 140 when the fourth
  // fresh set joined tune). What makes a noted copy wrong is checked below against the gold, not by name.
  assert.ok(noted.length * 7 <= pairs, `${noted.length} of ${pairs}: ${noted.join(', ')}`);
  // (Until the third fresh set this asked that no family named for a rewrite, "learning-english",
  // "special-english", "translation", be noted. trump-congress-learning-english broke the rule the
  // name stood for: its copies are VOA Learning English's own story of the speech, written anew
  // from it, not a rewrite of the canonical, and its gold links 3 of the canonical's 7 sentences,
  // loosely. The gold says what a name only suggests.)
  assert.deepEqual(carrying, []);
  // Each known case must still be one: when the aligner learns it, it leaves this list.
  assert.deepEqual(knownSeen.map((k) => k.split(':')[0]).sort(), Object.keys(KNOWN_CARRYING).sort(), 'a known case is no longer noted: remove it from KNOWN_CARRYING');
});

test('the panel model carries the note and the counts it names', () => {
  const wire = text('kashmir-quake-update', 0);
  const other = text('kenya-khat-ban', 1);
  const m = buildPanelModel({ view: new ComparisonView(compare(wire, other), other, wire), uri: 'file:///k.txt', articleName: 'k.txt', canonicalName: 'w.txt' });
  assert.equal(m.fewMatches, true);
  assert.equal(m.sentences.linked, 0);
  const copy = text('kashmir-quake-update', 2);
  const m2 = buildPanelModel({ view: new ComparisonView(compare(wire, copy), copy, wire), uri: 'file:///k.txt', articleName: 'k.txt', canonicalName: 'w.txt' });
  assert.equal(m2.fewMatches, undefined);
  assert.ok(m2.sentences.linked >= 5);
  // Another story's omitted and added sentences are folded, after the other groups (not 17 rows of omissions at line 1).
  const folded = m.groups.filter((g) => g.folded).map((g) => g.kind).sort();
  assert.deepEqual(folded, ['added', 'omitted']);
  const firstFolded = m.groups.findIndex((g) => g.folded);
  assert.ok(m.groups.slice(firstFolded).every((g) => g.folded), 'folded groups last');
  assert.ok(m2.groups.every((g) => !g.folded), 'a later report of the same story: nothing folded');
});

test('a brief cut from the story is not noted', () => {
  const wire = text('kashmir-quake-update', 0);
  const brief = wire.split(/\n\n+/).slice(0, 2).join('\n\n');
  assert.equal(hardlyMatches(compare(wire, brief)), false);
});

/**
 * What decides "hardly a sentence in common" (and so one notice, and no marks on its added
 * sentences): the sentences the aligner links, not shared names and figures. The aligner already
 * links a report retold sentence by sentence through its names and figures; what it leaves
 * unlinked shares them as weakly as a report of another event (measured on tune: of the 18 copies
 * noted, shared names and figures — at least 5, and 30% of the smaller text's — would set apart
 * 5, and also 19 of 6,812 pairs of different events, through "VOA", "United States", "NASA",
 * "Pasadena"). A report written anew gets the notice, which asks "a report written anew, or another story?".
 */
const VALDORA = [
  'A magnitude 6.1 earthquake struck the mountain town of Valdora on Monday morning, the national seismology office said.',
  'At least 12 people were killed and 40 injured when houses collapsed in the old quarter, according to Governor Elena Marsh.',
  'Rescue teams from the Red Cross searched the rubble through the night with sniffer dogs.',
  'The quake was felt 200 kilometres away in the capital, Portsel, where office towers swayed.',
  'Schools in the province will stay closed until engineers have inspected every building, officials said.',
].join('\n\n');

test('made-up pairs: a report retold sentence by sentence is linked and its changed figure marked; one written anew and one of another event are noted alike', async () => {
  const { planDecorations } = await import('../../src/view/decorationPlan');
  const plan = (article: string) => {
    const c = compare(VALDORA, article);
    return { c, plan: planDecorations(new ComparisonView(c, article, VALDORA), c.discrepancies, { ghostNotes: true, ghostLength: 40 }) };
  };
  const retold = [
    'Governor Elena Marsh said on Tuesday that the death toll in Valdora had risen to 19.',
    'Searchers with the Red Cross pulled two survivors from a collapsed bakery late on Monday night.',
    'Engineers have begun checking buildings across the province; classes remain suspended.',
    "Residents of Portsel described swaying towers and cracked windows during Monday's tremor.",
    "Donations have poured in from neighbouring countries, the governor's office added.",
  ].join('\n\n');
  const r = plan(retold);
  assert.equal(hardlyMatches(r.c), false, JSON.stringify(counterparts(r.c)));
  assert.ok(r.c.discrepancies.some((d) => d.kind === 'number' && /19/.test(d.to ?? '')), 'the toll, retold, is a finding');
  assert.equal(r.plan.added.low.length, 1, 'its one added sentence marked');
  // Written anew a month later: the same town and governor, not a sentence of the wire.
  const anew = [
    'A month after the earthquake, the bakers of Valdora are selling bread from tents in the market square.',
    'Most of their ovens were lost when the old quarter crumbled, and the town council has promised loans to rebuild them.',
    'Governor Elena Marsh visited the market on Saturday and bought a loaf, to applause from the stallholders.',
    'Aid agencies say the winter will be hard for families still living in shelters on the edge of town.',
    'A memorial service for the victims will be held in the cathedral next week.',
  ].join('\n\n');
  const other = [
    'Floods swept through the river valley of Marnot on Sunday, cutting the main road to the coast, police said.',
    'The United States embassy said no Americans were among the three people reported missing.',
    'Farmers moved their cattle to higher ground as the water kept rising on Monday.',
    'Forecasters expect more rain across the region until Thursday.',
  ].join('\n\n');
  for (const article of [anew, other]) {
    const p = plan(article);
    assert.equal(hardlyMatches(p.c), true, JSON.stringify(counterparts(p.c)));
    assert.deepEqual(p.plan.ghosts.map((g) => g.style), ['notice']);
    assert.deepEqual([...p.plan.added.high, ...p.plan.added.medium, ...p.plan.added.low], []);
  }
});
