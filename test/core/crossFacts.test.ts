import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, compareWith, type Comparison, type Discrepancy } from '../../src/core/index';
import { ComparisonView } from '../../src/view/result';
import { buildPanelModel } from '../../src/view/panelModel';
import { buildHoverMarkdown } from '../../src/view/hover';
import { buildEvidence, readingOf } from '../../src/report/evidence';
import { renderHtmlReport } from '../../src/report/htmlReport';
import { renderMarkdownReport } from '../../src/report/markdownReport';
import { escapeMarkdown } from '../../src/report/escape';
import { factSentencePairs } from '../../src/core/crossFacts';
import { tokenizerContext } from '../../src/core/tokenizerContext';
import { prepareCanonical } from '../../src/core/compare';

const canonical = [
  'Heavy rain has caused a dam to burst in the north of the country.',
  'The provincial governor said at least 40 people have died.',
  'Rescue teams from Kananga are searching the mud for survivors.',
  'Roads into the Lulua valley remain closed.',
].join('\n\n');
const shared = ['Rescue teams from Kananga are searching the mud for survivors.', 'Roads into the Lulua valley remain closed.'];
const articleWith = (...lines: string[]): string => [...shared, ...lines].join('\n\n');
/**
 * An article whose toll stands in a sentence the aligner links with another canonical sentence
 * (article sentence 1, with the canonical's last): the two statements of the toll stand in no one
 * group, and are compared across. (A toll in a sentence of its own, the article's one statement
 * of it, is linked with the canonical's: see the last tests.)
 */
const linkedElsewhere = (clause: string): string => [shared[0], `Roads into the Lulua valley remain closed, and ${clause}`].join('\n\n');

/** The findings of a comparison that name a sentence of each side and no alignment: the cross-sentence ones. */
const across = (c: Comparison): Discrepancy[] => c.discrepancies.filter((d) => d.alignment === null && d.canonical.length > 0 && d.article.length > 0 && d.kind !== 'attribution');
/** The cross-sentence attribution findings (who gives the fact). */
const acrossSources = (c: Comparison): Discrepancy[] => c.discrepancies.filter((d) => d.alignment === null && d.canonical.length > 0 && d.article.length > 0 && d.kind === 'attribution');
const slice = (text: string, d: Discrepancy, side: 'canonicalSpans' | 'articleSpans'): string => d[side].map((s) => text.slice(s.start, s.end)).join(' … ');

test('a toll restated in a sentence not linked with its own, with another figure: one number finding naming both sentences', () => {
  const article = linkedElsewhere('a week after the disaster, hospital staff report that more than 65 are confirmed dead.');
  const c = compare(canonical, article);
  const found = across(c);
  assert.equal(found.length, 1);
  const d = found[0]!;
  assert.equal(d.kind, 'number');
  assert.equal(d.severity, 'high');
  assert.deepEqual(d.canonical, [1]);
  assert.deepEqual(d.article, [1]);
  // Every quoted side is the file's own text, at the spans.
  assert.equal(d.from, 'at least 40');
  assert.equal(d.to, 'more than 65');
  assert.equal(slice(canonical, d, 'canonicalSpans'), d.from);
  assert.equal(slice(article, d, 'articleSpans'), d.to);
  assert.match(d.reason, /death toll: ‘at least 40’ in the canonical \(‘The provincial governor said at least 40 people have died\.’\), ‘more than 65’ here/);
});

test('the same toll with its qualifier dropped is one hedge finding; with the same qualifier, nothing', () => {
  const dropped = across(compare(canonical, linkedElsewhere('a week after the disaster, hospital staff report that 40 are confirmed dead.')));
  assert.equal(dropped.length, 1);
  assert.equal(dropped[0]!.kind, 'hedge');
  assert.equal(dropped[0]!.severity, 'high');
  assert.equal(dropped[0]!.from, 'at least 40');
  assert.equal(dropped[0]!.to, '40');
  assert.match(dropped[0]!.reason, /the qualifier ‘at least’ is dropped/);
  assert.deepEqual(across(compare(canonical, linkedElsewhere('a week after the disaster, hospital staff report that at least 40 are confirmed dead.'))), []);
});

test('quiet when it is ambiguous: two tolls on one side, or another place', () => {
  const two = articleWith('A week after the disaster, hospital staff report that more than 65 are confirmed dead.', 'An earlier count had said 52 people died.');
  assert.deepEqual(across(compare(canonical, two)), []);
  const here = canonical.replace('at least 40 people have died', 'at least 40 people have died in Kasai');
  assert.deepEqual(across(compare(here, articleWith('Hospital staff in Kwilu report that more than 65 are confirmed dead.'))), []);
  // A past disaster's toll (a year named) is not this one's.
  assert.deepEqual(across(compare(canonical, articleWith('A similar flood in 1998 killed 700 people, hospital records show.'))), []);
});

test('quiet across two stories: reports that name none of the same people or places compare no tolls', () => {
  const flood = [
    'Heavy rain caused a dam on the Lomami River to burst near Kabinda on Sunday.',
    'Governor Jean-Pierre Mbuyi said at least 40 people have died.',
    'The Congolese Red Cross sent boats from Mbuji-Mayi.',
  ].join('\n\n');
  const avalanche = [
    'An avalanche buried a hotel in the Tyrolean village of Galtür on Tuesday.',
    'Austrian police say 12 people were killed.',
    'Chancellor Viktor Klima flew to Innsbruck.',
  ].join('\n\n');
  assert.deepEqual(across(compare(flood, avalanche)), []);
  // The same story, retold with its names, compares them (each text's one toll: the two sentences are linked).
  const update = ['Rescuers at Kabinda on the Lomami River are still searching.', 'The Congolese Red Cross now says more than 65 people died.'].join('\n\n');
  const tolls = compare(flood, update).discrepancies.filter((d) => d.kind === 'number');
  assert.deepEqual(tolls.map((d) => [d.canonical, d.article]), [[[1], [1]]]);
});

test('quiet when one alignment group holds both statements: the group compares them itself', () => {
  const article = articleWith('The provincial governor said at least 65 people have died.');
  const c = compare(canonical, article);
  assert.deepEqual(across(c), []);
  const inGroup = c.discrepancies.filter((d) => d.kind === 'number');
  assert.equal(inGroup.length, 1);
  assert.notEqual(inGroup[0]!.alignment, null);
});

test('the finding shows everywhere with the canonical sentence as the file writes it: panel, hover, and the reports', () => {
  // The new toll stands in a sentence the aligner links to another canonical sentence.
  const article = ['Rescue teams from Kananga are searching the mud for survivors, and more than 65 are now confirmed dead.', shared[1]].join('\n\n');
  const c = compare(canonical, article);
  const d = across(c)[0];
  assert.ok(d, 'the cross-sentence finding');
  const canonicalSentence = 'The provincial governor said at least 40 people have died.';
  const view = new ComparisonView(c, article, canonical);
  const entry = buildPanelModel({ view, uri: 'file:///a.txt', articleName: 'a.txt', canonicalName: 'c.txt' })
    .groups.flatMap((g) => g.entries)
    .find((e) => e.id === d.id);
  assert.ok(entry);
  assert.equal(entry.canonical, canonicalSentence);
  assert.equal(entry.revealable, true);
  const hover = buildHoverMarkdown({ view, hits: [d], articleUri: 'file:///a.txt', canonicalName: 'c.txt' });
  assert.ok(hover.includes(`> ${escapeMarkdown(canonicalSentence)}`), hover);
  const ev = buildEvidence({
    tool: { name: 'wirediff', version: 'test' },
    generatedAt: 'now',
    canonical: { path: 'c.txt', sha256: 'x', bytes: 0, text: canonical },
    versions: [{ path: 'a.txt', sha256: 'x', bytes: 0, text: article, comparison: c }],
  });
  // In the version read in its own order, the finding stands on its article sentence's row, aligned or not.
  const row = readingOf(ev.versions[0]!, ev.matrix).find((r) => r.findings.some((f) => f.id === d.id));
  assert.ok(row, 'a row of the reading carries the finding');
  assert.ok(renderHtmlReport(ev).includes(d.id));
  assert.ok(renderMarkdownReport(ev).includes('more than 65'));
});

test('a translation and a text in another language are left alone', () => {
  const fr = ['De fortes pluies ont provoqué la rupture d’un barrage dans le nord du pays.', 'Le gouverneur a déclaré qu’au moins 40 personnes sont mortes.'].join('\n\n');
  const frArticle = ['Les secours fouillent la boue.', 'Une semaine plus tard, plus de 65 morts sont confirmés.'].join('\n\n');
  assert.deepEqual(across(compare(fr, frArticle)), []);
});

test('a toll restated in a sentence not linked with its own, given by another speaker: one attribution finding naming both sentences', () => {
  const c = compare(canonical, linkedElsewhere('a week after the disaster, hospital staff report that more than 65 are confirmed dead.'));
  const [d, ...rest] = acrossSources(c);
  assert.equal(rest.length, 0);
  assert.deepEqual([d!.kind, d!.severity, d!.canonical, d!.article], ['attribution', 'medium', [1], [1]]);
  assert.equal(d!.from, 'The provincial governor said');
  assert.equal(d!.to, 'hospital staff report');
  assert.match(d!.reason, /death toll comes from ‘The provincial governor said’ in the canonical .*, from ‘hospital staff report’ here/);
  // The same speaker, or none given in the copy's sentence: nothing is said of the source.
  assert.deepEqual(acrossSources(compare(canonical, linkedElsewhere('a week after the disaster, the provincial governor reports that more than 65 are confirmed dead.'))), []);
  assert.deepEqual(acrossSources(compare(canonical, linkedElsewhere('a week after the disaster, more than 65 are confirmed dead.'))), []);
});

test('a toll sourced in one text and given with no source in the other, in sentences not linked: one attribution finding naming both; quiet in a headline, and where the sentence gives a source of any claim', () => {
  const bare = linkedElsewhere('a week after the disaster, more than 65 people have died.');
  const [d, ...rest] = acrossSources(compare(canonical, bare));
  assert.equal(rest.length, 0);
  assert.deepEqual([d!.kind, d!.severity, d!.canonical, d!.article, d!.from], ['attribution', 'medium', [1], [1], 'The provincial governor said']);
  assert.match(d!.reason, /death toll comes from ‘The provincial governor said’ in the canonical .*; here it is given with no source/);
  // The other way: the canonical gives the toll with no source, the copy names one.
  const unsourced = bare.replace(shared[0]!, `Heavy rain has caused a dam to burst in the north of the country.\n\n${shared[0]}`);
  const [e] = acrossSources(compare(unsourced, canonical));
  assert.deepEqual([e!.kind, e!.to], ['attribution', 'The provincial governor said']);
  assert.match(e!.reason, /comes from ‘The provincial governor said’ here; the canonical gives it with no source/);
  // A headline gives no source as a rule.
  assert.deepEqual(acrossSources(compare(canonical, ['More Than 65 Dead In Lulua Valley', ...shared].join('\n\n'))), []);
  // A sentence that gives a source of any kind (here evidence, no speaker) may give this fact's: nothing is said.
  assert.deepEqual(acrossSources(compare(canonical, linkedElsewhere('hospital records show that a week after the disaster, more than 65 people have died.'))), []);
});

test('across sentences, one place named as a country and as its adjective spelt apart ("Switzerland" / "Swiss", WordNet) is one place', () => {
  const c = [
    'Storms swept the Alps and the Jura over the weekend.',
    'At least 40 people have died in Switzerland.',
    'In Austria, 12 people have died.',
    'Roads into the high valleys remain closed.',
  ].join('\n\n');
  const a = [
    'Storms swept the Alps and the Jura over the weekend.',
    // The toll in a sentence linked with another (a sentence of its own would be linked with the canonical's).
    'Roads into the high valleys remain closed, and a week later more than 65 are confirmed dead across the Swiss cantons.',
  ].join('\n\n');
  const found = across(compare(c, a));
  assert.deepEqual(found.map((d) => [d.kind, d.from, d.to]), [['number', 'At least 40', 'more than 65']]);
});

test('two sentences left over that are each its text\'s one statement of a toll are linked, and the toll compared inside the pair', () => {
  const article = articleWith('A week after the disaster, hospital staff report that more than 65 are confirmed dead.');
  assert.deepEqual(factSentencePairs(prepareCanonical(canonical).doc, prepareCanonical(article).doc, tokenizerContext('eng')), [[1, 2, true]]);
  const c = compare(canonical, article);
  const group = c.alignments.find((g) => g.canonical.includes(1));
  assert.ok(group, 'the two tolls linked');
  assert.deepEqual([group.canonical, group.article], [[1], [2]]);
  assert.deepEqual(across(c), []);
  const inGroup = c.discrepancies.filter((d) => d.kind === 'number');
  assert.deepEqual(inGroup.map((d) => [d.alignment, d.from, d.to]), [[group.id, 'at least 40', 'more than 65']]);
});

test('a toll stated twice in the copy, once in a sentence linked elsewhere: the one statement left over is linked with the canonical\'s when they share two words, in order, each the other\'s best; not when two are left over', () => {
  const toll = 'More than 65 people are now confirmed dead, hospital staff in the provincial capital say, as the water recedes from the lower towns and the first aid convoys arrive.';
  const base = ['Heavy rain has caused a dam to burst in the north of the country.', toll, shared[0]!];
  // The copy's other toll stands inside the sentence linked with the canonical's last.
  const once = compare(canonical, [...base, 'Roads into the Lulua valley remain closed, and in the south a second dam burst killed 12 people.'].join('\n\n'));
  const group = once.alignments.find((g) => g.canonical.includes(1));
  assert.ok(group, 'the two tolls linked');
  assert.deepEqual([group.canonical, group.article], [[1], [1]]);
  assert.deepEqual(once.discrepancies.filter((d) => d.kind === 'number' && d.alignment === group.id).map((d) => [d.from, d.to]), [['at least 40', 'More than 65']]);
  // The other toll in a sentence of its own, left over too: which one is the canonical's is not beyond doubt.
  const twice = compare(canonical, [...base, shared[1]!, 'In the south of the country, a second dam burst killed 12 people.'].join('\n\n'));
  assert.equal(twice.alignments.some((g) => g.canonical.includes(1)), false);
});

test('no link by a fact stated twice on one side, nor across two stories', () => {
  // Two tolls in the copy: which one the canonical's is, is not beyond doubt (the first, sharing no word with it, stays apart).
  const two = compare(canonical, articleWith('A week after the disaster, hospital staff report that more than 65 are confirmed dead.', 'An earlier count had said 52 people died.'));
  assert.equal(two.alignments.some((g) => g.article.includes(2)), false);
  const flood = ['Heavy rain caused a dam on the Lomami River to burst near Kabinda on Sunday.', 'Governor Jean-Pierre Mbuyi said at least 40 people have died.'].join('\n\n');
  const avalanche = ['An avalanche buried a hotel in the Tyrolean village of Galtür on Tuesday.', 'Austrian police say 12 people were killed.'].join('\n\n');
  assert.deepEqual(compare(flood, avalanche).alignments, []);
});

test('a part of the toll ("three of those killed", "two of the dead"), an earlier figure ("higher than the 12", "from 15 to 40") or an increment ("50 more dead", "another 12 bodies") is no second statement of it: the toll is still compared', () => {
  const article = linkedElsewhere('a week after the disaster, hospital staff report that more than 65 are confirmed dead.');
  for (const extra of [
    'At least three of those killed were children from a school in the valley.',
    'Two of the dead were members of the rescue teams.',
    'The governor fears there may be up to 50 more dead under the mud.',
    'Rescuers recovered another 12 bodies on Monday.',
    // The sentence's other count of the toll is a part too: the two make the whole.
    'A doctor said 30 bodies had been identified and a further 10 were still in the mud.',
    // An earlier figure, set against the count.
    'The toll is far higher than the 12 deaths reported on the first day.',
    'Officials revised the number of dead from 15 to 40 overnight.',
  ]) {
    const found = across(compare(canonical + '\n\n' + extra, article));
    assert.deepEqual(found.map((d) => [d.kind, d.from, d.to]), [['number', 'at least 40', 'more than 65']], extra);
    const inArticle = across(compare(canonical, article + '\n\n' + extra));
    assert.deepEqual(inArticle.map((d) => [d.kind, d.from, d.to]), [['number', 'at least 40', 'more than 65']], extra);
  }
  // A total the increment brings the toll to is the sentence's statement of it: the same toll as the canonical's, or a second one in the article.
  const total = 'Rescuers recovered another 12 bodies on Monday, bringing the toll to 40.';
  assert.deepEqual(across(compare(canonical + '\n\n' + total, article)).map((d) => [d.kind, d.from, d.to]), [['number', 'at least 40', 'more than 65']]);
  assert.deepEqual(across(compare(canonical, article + '\n\n' + total)), []);
});

test('articles compared one after another with one prepared canonical (the coverage matrix) get what each comparison alone gives: the canonical\'s facts and names are read once', () => {
  const articles = [
    linkedElsewhere('a week after the disaster, hospital staff report that more than 65 are confirmed dead.'),
    articleWith('A week after the disaster, hospital staff report that more than 65 are confirmed dead.'),
    [canonical, 'Officials in Kananga now say at least 52 people died.'].join('\n\n'),
    canonical.replace('at least 40', 'about 40'),
    linkedElsewhere('the governor now says 40 people have died.'),
  ];
  const prepared = prepareCanonical(canonical);
  const one = (c: Comparison): string => JSON.stringify([c.alignments, c.discrepancies]);
  for (const [round, order] of [articles, [...articles].reverse()].entries()) {
    const p = round ? prepareCanonical(canonical) : prepared;
    for (const a of order) assert.equal(one(compareWith(p, a)), one(compare(canonical, a)), a);
  }
});
