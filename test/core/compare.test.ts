import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, compareWith, prepareCanonical, type Comparison, type Discrepancy } from '../../src/core/index';
import { seed } from '../helpers';

const canonical = seed(0);
const find = (c: Comparison, pred: (d: Discrepancy) => boolean): Discrepancy | undefined => c.discrepancies.find(pred);
const sentenceId = (c: Comparison, side: 'canonical' | 'article', starts: string): number => {
  const s = c[side].sentences.find((x) => x.text.startsWith(starts));
  assert.ok(s, `no ${side} sentence starting with ${starts}`);
  return s.id;
};

test('001 (machine-translated back): mistranslation, hedge, quote, attribution, split', () => {
  const c = compare(canonical, seed(1));
  assert.equal(c.language, 'eng');

  const mis = find(c, (d) => d.kind === 'mistranslation' && d.from === 'constellation');
  assert.ok(mis, 'constellation → constants mistranslation');
  assert.equal(mis.to, 'constants');
  assert.notEqual(mis.severity, 'low');
  const art = seed(1);
  assert.equal(art.slice(mis.articleSpans[0]!.start, mis.articleSpans[0]!.end), 'constants');

  const hedge = find(c, (d) => d.kind === 'hedge' && /At least/.test(d.from ?? ''));
  assert.ok(hedge, 'the dropped "At least" hedge');
  assert.equal(hedge.severity, 'high');
  assert.match(hedge.reason, /At least/);

  const quoteSentence = sentenceId(c, 'canonical', '“These are fresh reinforcements');
  const quote = find(c, (d) => d.kind === 'quote' && d.canonical.includes(quoteSentence));
  assert.ok(quote, 'the reworded quote');
  assert.equal(quote.severity, 'high');
  assert.match(quote.to ?? '', /new reinforcements/);

  const attr = find(c, (d) => d.kind === 'attribution' && /two Iraqi security sources said/.test(d.from ?? ''));
  assert.ok(attr, 'the changed attribution');
  assert.match(attr.to ?? '', /Citing Iraqi security sources/);

  const araqchi = sentenceId(c, 'canonical', 'Iranian Foreign Minister Abbas Araqchi');
  const half1 = sentenceId(c, 'article', 'Iranian Foreign Minister Abbas Araqchi');
  const half2 = sentenceId(c, 'article', '"The resistance group will help');
  const split = c.alignments.find((a) => a.canonical.includes(araqchi));
  assert.ok(split);
  assert.deepEqual(split.article, [half1, half2]);
  assert.equal(split.relation, 'split');
  // …with the clause it lost.
  assert.ok(find(c, (d) => d.kind === 'clause' && d.canonical.includes(araqchi) && /referring to the regional militia groups/.test(d.from ?? '')));
  // The page chrome of the Indonesian site.
  assert.ok(find(c, (d) => d.kind === 'boilerplate' && d.to === 'SEE ALSO:'));
});

test('002 (Business Standard copy): the PMF denial ranks high, the shrine clause is added, chrome is boilerplate', () => {
  const c = compare(canonical, seed(2));
  const denial = find(c, (d) => d.kind === 'added' && (d.to ?? '').startsWith("The head of Iraq's Popular Mobilisation Forces said no group"));
  assert.ok(denial, 'the PMF denial is an added sentence');
  assert.equal(denial.severity, 'high');
  // It ranks above every medium and low finding.
  const rank = c.discrepancies.indexOf(denial);
  assert.ok(c.discrepancies.slice(rank).every((d) => d.severity === 'high' || d.score < denial.score));
  assert.ok(c.discrepancies.filter((d) => d.severity !== 'high').every((d) => c.discrepancies.indexOf(d) > rank));

  assert.ok(find(c, (d) => d.kind === 'clause' && /defend a Shi'ite shrine/.test(d.to ?? '')), 'the added shrine clause');

  const chrome = c.discrepancies.filter((d) => d.kind === 'boilerplate').map((d) => d.to ?? '');
  for (const bit of ['5 min read', 'Topics :', 'First Published']) {
    assert.ok(chrome.some((t) => t.includes(bit)), `${bit} is boilerplate`);
  }
  assert.ok(c.discrepancies.filter((d) => d.kind === 'boilerplate').every((d) => d.severity === 'low'));
  // News content is never called boilerplate.
  assert.ok(!chrome.some((t) => t.includes('Popular Mobilisation')));
});

test('003 (rewrite): spelling variants of names are found, paraphrase stays low', () => {
  const c = compare(canonical, seed(3));
  const names = c.discrepancies.filter((d) => d.kind === 'name').map((d) => `${d.from}→${d.to}`);
  assert.ok(names.includes('Araqchi→Araghchi'), names.join(', '));
  assert.ok(names.includes('Nujabaa→Nujaba'), names.join(', '));
  // Paraphrased but faithful sentences are not reported as serious; a loaded term put for a
  // neutral one is a shift of meaning ("government" → "regime"), not a paraphrase.
  const changed = c.discrepancies.filter((d) => d.kind === 'changed');
  const loaded = changed.filter((d) => /a loaded term/.test(d.reason));
  assert.ok(loaded.some((d) => d.from === 'government' && d.to === 'regime'), loaded.map((d) => d.reason).join('\n'));
  assert.ok(changed.length > loaded.length);
  assert.ok(changed.filter((d) => !loaded.includes(d)).every((d) => d.severity === 'low'));
});

test('004 (later, longer version): the moved paragraph is moved, not omitted plus added', () => {
  const c = compare(canonical, seed(4));
  const con = sentenceId(c, 'canonical', 'Iran’s constellation');
  const moved = find(c, (d) => d.kind === 'moved' && d.canonical.includes(con));
  assert.ok(moved, 'constellation paragraph moved');
  assert.ok(!find(c, (d) => d.kind === 'omitted' && d.canonical.includes(con)));
  assert.ok(!find(c, (d) => d.kind === 'added' && (d.to ?? '').startsWith('Iran’s constellation')));
  // The added OCHA casualty figures rank high.
  const ocha = find(c, (d) => d.kind === 'added' && /At least 44 civilians/.test(d.to ?? ''));
  assert.ok(ocha);
  assert.equal(ocha.severity, 'high');
  // The quote that 004 drops is omitted, with a place to show it.
  const omitted = find(c, (d) => d.kind === 'omitted' && /fresh reinforcements/.test(d.from ?? ''));
  assert.ok(omitted);
  assert.ok(omitted.articleAnchor > 0 && omitted.articleAnchor <= seed(4).length);
});

test('the canonical against itself: no discrepancies, every sentence identical', () => {
  const c = compare(canonical, canonical);
  assert.deepEqual(c.discrepancies, []);
  assert.ok(c.alignments.every((a) => a.identical && !a.moved));
});

test('trivial differences are quiet: curly quotes, British spelling, case, white space, CRLF', () => {
  const a = 'The organisation’s “fresh” reinforcements stabilised the front in 2020.\nOfficials said the defence was ready.';
  const b = 'The organization\'s "fresh" reinforcements  stabilized the front in 2020.\r\nOfficials said the defense was ready.';
  assert.deepEqual(compare(a, b).discrepancies, []);
});

test('a changed number, a dropped negation and an added hedge are each found', () => {
  const base = 'Rebels killed 12 civilians in the town on Monday, the army said. The ministry said it did not order the strike.';
  const num = compare(base, base.replace('12', '21'));
  const n = num.discrepancies.find((d) => d.kind === 'number');
  assert.ok(n);
  assert.equal(n.from, '12');
  assert.equal(n.to, '21');
  assert.equal(n.severity, 'high');

  const neg = compare(base, base.replace('did not order', 'ordered'));
  assert.ok(neg.discrepancies.some((d) => d.kind === 'negation' && d.severity === 'high'));

  const hedged = compare(base, base.replace('killed 12', 'reportedly killed 12'));
  assert.ok(hedged.discrepancies.some((d) => d.kind === 'hedge' && d.to === 'reportedly'));
});

test('ids are stable across runs and across edits elsewhere in the article', () => {
  const art = seed(1);
  const a = compare(canonical, art);
  const b = compare(canonical, art);
  assert.deepEqual(a.discrepancies.map((d) => d.id), b.discrepancies.map((d) => d.id));
  const edited = art.replace('Kurdish-led forces', 'Kurdish-led fighters');
  const e = compare(canonical, edited);
  const mis = (c: Comparison) => c.discrepancies.find((d) => d.kind === 'mistranslation')!.id;
  assert.equal(mis(a), mis(e));
  assert.equal(new Set(a.discrepancies.map((d) => d.id)).size, a.discrepancies.length);
});

test('another language: Indonesian texts are detected and compared', () => {
  const id1 = 'Ratusan pejuang dari milisi Irak menyeberang ke Suriah pada malam hari untuk membantu pemerintah. Setidaknya 300 pejuang menyeberang pada hari Minggu, kata dua sumber keamanan Irak.';
  const id2 = 'Ratusan pejuang dari milisi Irak menyeberang ke Suriah pada malam hari untuk membantu pemerintah. 300 pejuang menyeberang pada hari Minggu, kata sumber keamanan Irak.';
  const c = compare(id1, id2);
  assert.equal(c.language, 'ind');
  assert.ok(c.discrepancies.some((d) => d.kind === 'hedge' && /Setidaknya/.test(d.from ?? '')), JSON.stringify(c.discrepancies.map((d) => d.reason)));
});

test('French: elided negation, a dropped hedge before a spelled-out number, a name that loses its accents', () => {
  const fc = "PARIS (AFP) - Au moins 12 personnes ont été tuées jeudi à Marseille, selon les pompiers.\n\nLe maire Benoît Payan s'est rendu sur place.\n\nLe gouvernement n'a pas exclu de nouvelles évacuations.";
  const fa = "Douze personnes ont été tuées jeudi à Marseille, selon les pompiers.\n\nLe maire Benoit Payan s'est rendu sur place.\n\nLe gouvernement a exclu de nouvelles évacuations.";
  const c = compare(fc, fa);
  assert.equal(c.language, 'fra');
  const kinds = c.discrepancies.map((d) => d.kind).sort();
  // The copy also drops the dateline and its agency credit, "PARIS (AFP) -".
  assert.deepEqual(kinds, ['attribution', 'hedge', 'name', 'negation'], c.discrepancies.map((d) => d.reason).join('\n'));
  assert.equal(c.discrepancies.find((d) => d.kind === 'attribution')!.from, 'PARIS (AFP) -');
  assert.match(c.discrepancies.find((d) => d.kind === 'hedge')!.from!, /Au moins 12/);
  // Accents are folded to align the sentence, but the name is still written differently: low, and each side quoted as written.
  const name = c.discrepancies.find((d) => d.kind === 'name')!;
  assert.deepEqual([name.severity, name.from, name.to], ['low', 'Benoît', 'Benoit']);
  assert.equal(c.discrepancies.find((d) => d.kind === 'negation')!.severity, 'high');
});

test('a qualifier of a figure that changed too: "at least 300" → "500" is a number finding and a hedge finding', () => {
  const c = compare('At least 300 people died in the floods, officials said.', '500 people died in the floods, officials said.');
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['number', '300', '500'], ['hedge', 'At least', null]], c.discrepancies.map((d) => d.reason).join('\n'));
  assert.match(c.discrepancies[1]!.reason, /Drops the qualifier ‘At least’ of the figure/);
  const back = compare('500 people died in the floods, officials said.', 'More than 300 people died in the floods, officials said.');
  assert.match(back.discrepancies.find((d) => d.kind === 'hedge')!.reason, /Adds the qualifier ‘More than’/);
  // Of the same sense, the qualifier goes with the figure in one finding.
  const same = compare('More than 300 people died in the floods, officials said.', 'At least 500 people died in the floods, officials said.');
  assert.deepEqual(same.discrepancies.map((d) => [d.kind, d.from]), [['number', 'More than 300']]);
});

test('figures are read in the convention of the language: 3 000 and 3.000 in French and German, 3,000 in English', () => {
  const fr = compare('Les secours ont évacué près de 3 000 habitants pendant la nuit, a dit le préfet.', 'Les secours ont évacué 5 000 habitants pendant la nuit, a dit le préfet.');
  assert.equal(fr.language, 'fra');
  const n = fr.discrepancies.find((d) => d.kind === 'number');
  assert.ok(n, fr.discrepancies.map((d) => d.reason).join('\n'));
  assert.equal(n.from, '3 000');
  assert.equal(n.to, '5 000');
  assert.equal(fr.discrepancies.find((d) => d.kind === 'hedge')?.from, 'près de');
  // The same figure with a no-break space and a plain one is no change at all.
  assert.deepEqual(compare('Les secours ont évacué 3\u00a0000 habitants pendant la nuit, a dit le préfet.', 'Les secours ont évacué 3 000 habitants pendant la nuit, a dit le préfet.').discrepancies, []);
  const de = compare('Die Behörden haben nach eigenen Angaben mehr als 3.000 Menschen in Sicherheit gebracht.', 'Die Behörden haben nach eigenen Angaben mehr als 3000 Menschen in Sicherheit gebracht.');
  assert.equal(de.language, 'deu');
  assert.deepEqual(de.discrepancies, []);
  // English prose does not group with spaces: “May 12 500 people” is a date and a count.
  const en = compare('On May 12 500 people marched in the capital, police said.', 'On May 12 600 people marched in the capital, police said.');
  const e = en.discrepancies.find((d) => d.kind === 'number');
  assert.ok(e);
  assert.equal(e.from, '500');
});

test('Spanish: "no … nunca" is one negation; a dateline with a lower-case month is a dateline', () => {
  const es1 = 'MADRID, 3 mar (Reuters) - Al menos 15 personas murieron el lunes en un incendio en Valencia, informaron las autoridades.\n\n"Es una tragedia que no habíamos vivido nunca", declaró el alcalde a la prensa local.\n\nLa policía negó que el fuego hubiera sido provocado.';
  const es2 = 'Al menos 15 personas murieron el lunes en un incendio en Valencia, informaron las autoridades.\n\n"Es una tragedia que nunca habíamos vivido", declaró el alcalde a la prensa local.\n\nLa policía dijo que el fuego había sido provocado.';
  const c = compare(es1, es2);
  assert.equal(c.language, 'spa');
  assert.equal(c.canonical.sentences[0]!.kind, 'dateline');
  const neg = c.discrepancies.filter((d) => d.kind === 'negation');
  assert.deepEqual(neg.map((d) => d.from), ['negó'], c.discrepancies.map((d) => d.reason).join('\n'));
  assert.ok(!c.discrepancies.some((d) => d.kind === 'clause'), 'the dropped dateline is not a dropped clause');
});

test('German: a source after a lead ends where the claim starts; a past-tense denial is a denial', () => {
  const de1 = 'Bei einem Zugunglück in Bayern sind nach Angaben der Polizei mindestens vier Menschen ums Leben gekommen.\n\nDie Deutsche Bahn wies Berichte zurück, wonach das Signal defekt gewesen sei.';
  const de2 = 'Bei einem Zugunglück in Bayern sind vier Menschen ums Leben gekommen.\n\nDas Signal sei defekt gewesen, berichteten lokale Medien.';
  const c = compare(de1, de2);
  assert.equal(c.language, 'deu');
  const hedge = c.discrepancies.find((d) => d.kind === 'hedge');
  assert.ok(hedge, c.discrepancies.map((d) => d.reason).join('\n'));
  assert.match(hedge.from!, /^mindestens/);
  const attr = c.discrepancies.find((d) => d.kind === 'attribution');
  assert.equal(attr?.from, 'nach Angaben der Polizei', 'the dropped source, without the claim that follows it');
  assert.ok(c.discrepancies.some((d) => d.kind === 'negation' && d.from === 'wies'), 'the dropped denial');
});

test('English: a title or month spelled out is no change; a figure dropped with its words names them', () => {
  const c = 'Two people were killed and 14 injured when a tornado struck the town on Dec. 3, officials said.\n\nGov. Kevin Stitt declared a state of emergency.';
  const same = compare(c, c.replace('Gov.', 'Governor').replace('Dec.', 'December'));
  assert.deepEqual(same.discrepancies.map((d) => d.reason), []);
  const cut = compare(c, c.replace('killed and 14 injured', 'injured'));
  const n = cut.discrepancies.find((d) => d.kind === 'number');
  assert.ok(n, cut.discrepancies.map((d) => d.reason).join('\n'));
  assert.equal(n.from, 'killed and 14');
  assert.match(n.reason, /Drops ‘killed and 14’, with the figure ‘14’/);
});

test('a negation dropped from a quote makes the quote change substantive (Indonesian "tidak")', () => {
  const c = compare('"Kami tidak menduga hujan akan sebesar ini," kata Bupati Agam kepada wartawan pada hari Sabtu.', '"Kami menduga hujan akan sebesar ini," kata Bupati Agam kepada wartawan pada hari Sabtu.');
  assert.equal(c.language, 'ind');
  const q = c.discrepancies.find((d) => d.kind === 'quote');
  assert.ok(q, c.discrepancies.map((d) => d.reason).join('\n'));
  assert.equal(q.severity, 'high');
  assert.match(q.reason, /drops ‘tidak’/);
});

test('one word swapped in a sentence otherwise carried word for word is a change to check, not rewording', () => {
  const base = 'Two people were killed when the bridge collapsed on Tuesday, police said.\n\nThe mayor blamed the state for years of neglect.';
  const c = compare(base, base.replace('killed', 'injured').replace('the state', 'the company'));
  const swaps = c.discrepancies.filter((d) => d.kind === 'changed');
  assert.deepEqual(swaps.map((d) => [d.from, d.to, d.severity]), [['state', 'company', 'medium']]);
  // "killed" → "injured" says what befell the two people counted: the figure's fate changed, a high number finding.
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'number').map((d) => [d.from, d.to, d.severity]), [['Two … killed', 'Two … injured', 'high']]);
  // "the state" is a noun there: the mayor is still the source.
  assert.ok(!c.discrepancies.some((d) => d.kind === 'attribution'), c.discrepancies.map((d) => d.reason).join('\n'));
  // A reporting verb for another is not such a change.
  const said = compare(base, base.replace('police said', 'police stated'));
  assert.ok(!said.discrepancies.some((d) => d.severity !== 'low'), said.discrepancies.map((d) => d.reason).join('\n'));
});

test('a figure whose scale changed is one change; "$1.2bn" is "$1.2 billion"', () => {
  const base = 'The company reported a $1.2 billion loss on Tuesday, its chief executive said.';
  assert.deepEqual(compare(base, 'The company reported a loss of $1.2bn on Tuesday, its chief executive said.').discrepancies, []);
  const c = compare(base, base.replace('billion', 'million'));
  assert.deepEqual(c.discrepancies.map((d) => [d.kind, d.from, d.to]), [['number', '$1.2 billion', '$1.2 million']]);
});

test('a word swapped in a headline between the same words is a change to check (001: "seized" → "Rebut")', () => {
  const c = compare(canonical, seed(1));
  const d = c.discrepancies.find((x) => x.kind === 'changed' && x.to === 'Rebut');
  assert.ok(d, c.discrepancies.map((x) => x.reason).join('\n'));
  assert.equal(d.from, 'seized');
  assert.equal(d.severity, 'medium');
});

test('compare: a moved sentence is placed after the canonical sentence before it that the article carries, never after an omitted one', () => {
  const canonical = 'Storms hit the coast on Monday. Power failed in the north. Schools closed for a week. The army sent trucks with water.';
  // "Power failed" is omitted: the moved "Schools closed" is placed after "Storms hit", which the article has.
  const article = 'Schools closed for a week. Storms hit the coast on Monday.';
  const moved = compare(canonical, article).discrepancies.filter((d) => d.kind === 'moved');
  assert.equal(moved.length, 1);
  assert.match(moved[0]!.reason, /follows ‘Storms hit the coast on Monday\.’/);
});

test('compare: a finding over a hard-wrapped line quotes it whole, as the unwrapped text does', () => {
  const flat = 'The ferry operator said on Monday that "every passenger was counted twice before we sailed from the harbour".\n';
  const wrapped = 'The ferry operator said on Monday that "every passenger was counted\ntwice before we sailed from the harbour".\n';
  const article = 'The ferry operator said on Monday that "every passenger was counted once before we sailed from the harbour".\n';
  const show = (c: ReturnType<typeof compare>) => c.discrepancies.map((d) => [d.kind, d.from, d.to]);
  const a = show(compare(flat, article));
  assert.ok(a.length > 0);
  assert.deepEqual(show(compare(wrapped, article)), a);
  assert.ok(a.every(([, from]) => !String(from).includes('…')), JSON.stringify(a));
  // A line break between two sentences still sets them apart.
  const two = compare('Roads were closed.\nThe ferry did not sail.\n', 'Roads stayed open. The ferry sailed.\n');
  assert.ok(two.discrepancies.every((d) => !/closed\.? The/.test(d.from ?? '')));
});

test('compare: a headline over a canonical with none is shown with the lead it sums up, not added, and a fact it changes is still found', () => {
  const canonical = 'Floodwaters cut off 12 villages in the northern valley on Monday, officials said. Army trucks carried food to the stranded families.';
  const c = compare(canonical, 'Floods cut off 20 villages in northern valley\n\n' + canonical);
  assert.deepEqual(c.alignments.find((a) => a.article.includes(0))?.canonical, [0], JSON.stringify(c.alignments));
  assert.ok(!c.discrepancies.some((d) => d.kind === 'added' && d.article[0] === 0), JSON.stringify(c.discrepancies));
  const number = c.discrepancies.find((d) => d.kind === 'number' && d.article[0] === 0);
  assert.ok(number && number.alignment === null && number.from === '12' && number.to === '20', JSON.stringify(c.discrepancies));
});

test('compare: two headlines in other words drop and add no clause; a figure a headline drops is still one', () => {
  const body = '\n\nHeavy rains flooded farms across the delta on Monday, officials said.\n';
  const reworded = compare(`Delta Farmers Count Losses After Week of Heavy Rains${body}`, `Floods Swamp Farms in the Delta${body}`);
  assert.deepEqual(reworded.discrepancies.filter((d) => d.kind === 'clause'), []);
  const figure = compare(`Floods Swamp 300 Farms in the Delta${body}`, `Floods Swamp Farms in the Delta${body}`);
  assert.ok(figure.discrepancies.some((d) => d.kind === 'number' && d.from === '300'));
});

test('compare: a chrome line in another house style ("Sept. 25, 2008" / "September 25, 2008") or with other dates, times and counts is the same line; other chrome is a one-sided finding quoting the article', () => {
  const body = 'NASA will put the capsule on display.\n\nThe capsule landed in Utah in 2006.\n';
  const same = compare(`Sept. 25, 2008\n\n${body}`, `September 25, 2008\n\n${body}`);
  assert.deepEqual(same.discrepancies.map((d) => `${d.kind}: ${d.to}`), []);
  const back = compare(`September 6, 2005\n\n${body}`, `Sept. 6, 2005\n\n${body}`);
  assert.deepEqual(back.discrepancies.map((d) => `${d.kind}: ${d.to}`), []);
  // What the page changes from copy to copy (the date it was put up, a clock time, a count) is
  // the page's, not the story's: the same chrome line.
  for (const [c, a] of [
    ['Sept. 25, 2008', 'October 2, 2009'],
    ['12 comments', '15 comments'],
    ['Updated 10:42 GMT', 'Updated 11:15 GMT'],
  ]) {
    assert.deepEqual(compare(`${c}\n\n${body}`, `${a}\n\n${body}`).discrepancies.map((d) => `${d.kind}: ${d.to}`), [], `${c} / ${a}`);
  }
  // Other words are other chrome: a finding on the article's line, its exact text, with no canonical side.
  const copy = `Topics: space, NASA\n\n${body}`;
  const other = compare(`Sept. 25, 2008\n\n${body}`, copy);
  const chrome = other.discrepancies.filter((d) => d.kind === 'boilerplate');
  assert.equal(chrome.length, 1);
  assert.equal(chrome[0]!.from, null);
  assert.deepEqual(chrome[0]!.canonical, []);
  assert.equal(copy.slice(chrome[0]!.articleSpans[0]!.start, chrome[0]!.articleSpans[0]!.end), chrome[0]!.to);
});

test('versions compared in one run with shared paragraph cuts read exactly as each compared alone', () => {
  const canonical = [
    'HARBOURTON (Wire) -- The city council voted 7-2 on Monday to close the old ferry pier, officials said.',
    '',
    'The pier, built in 1931, carried 4,000 passengers a day until last year. Repairs would cost $12 million, the mayor said.',
    '',
    'Residents who rely on the ferry said they were not consulted.',
  ].join('\n');
  const changed = 'The pier, built in 1931, carried about 4,000 passengers a day. Repairs would cost $15 million, Mayor Ana Ruiz told reporters.';
  const versions = [
    canonical.replace(/The pier, built.*said\./, changed),
    // The same changed paragraph in a copy of that copy, another paragraph dropped.
    canonical.replace(/The pier, built.*said\./, changed).replace(/\n\nResidents.*$/, ''),
    // A transcript's speakers' labels: its paragraphs are cut by the whole text, never shared.
    ['MAYOR RUIZ: The pier closes on Friday. We had no choice.', '', 'REPORTER: Why now?', '', 'MAYOR RUIZ: ' + changed].join('\n'),
    canonical.replace(/The pier, built.*said\./, changed + ' Ferries will stop on Friday.'),
  ];
  const prepared = prepareCanonical(canonical);
  const shared = new Map();
  for (const v of versions) assert.deepEqual(compareWith(prepared, v, undefined, shared), compare(canonical, v));
  assert.ok(shared.size > 0);
});
