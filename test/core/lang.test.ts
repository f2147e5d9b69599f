import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageOtherThan, readLanguage, sampleWords, scriptOf, scriptOfText } from '../../src/core/lang';
import { DECIMAL_POINT, tokenizerContext } from '../../src/core/tokenizerContext';
import { BCP47 } from '../../src/core/languageCodes';
import fc from 'fast-check';
import { compare, prepareCanonicalAlone } from '../../src/core/compare';

// Written for these tests: the same two sentences in Spanish, Portuguese and English.
const ES = 'Los astronautas regresaron a la Tierra después de casi un año en el espacio. Los científicos estudiarán a los gemelos para saber cómo cambia el cuerpo humano en órbita.';
const PT = 'Os astronautas voltaram à Terra depois de quase um ano no espaço. Os cientistas vão estudar os gêmeos para saber como o corpo humano muda em órbita.';
const EN = 'The astronauts came back to Earth after almost a year in space. The scientists will study the twins to learn how the human body changes in orbit.';

test('languageOtherThan: Spanish or Portuguese whose function words overlap too much to be "clear" is still not English', () => {
  assert.equal(readLanguage(ES).clear, null, 'the premise: Spanish and Portuguese function words lead together');
  assert.equal(languageOtherThan(ES, 'eng'), 'spa');
  assert.equal(languageOtherThan(PT, 'eng'), 'por');
});

test('languageOtherThan: never for a text in that language, nor for one too short to tell', () => {
  assert.equal(languageOtherThan(EN, 'eng'), null);
  assert.equal(languageOtherThan('El presidente habló.', 'eng'), null);
  // English running text full of Spanish and Portuguese names is still English.
  assert.equal(languageOtherThan('The president of Brazil, Luiz Inácio Lula da Silva, met the São Paulo governor and the mayor of Rio de Janeiro on Tuesday.', 'eng'), null);
});

test('languageOtherThan: a text clearly in the other language names it', () => {
  assert.equal(languageOtherThan(ES, 'spa'), null);
  assert.equal(languageOtherThan(EN, 'spa'), 'eng');
});

// Written for these tests: one short news item, in English and as translated into six languages.
const BRIDGE_EN = 'City officials said the new bridge will open to traffic next month after a major flood damaged the old one. Residents of the village said they had waited a long time and hoped that trade would grow.';
const BRIDGE: Record<string, [string, string]> = {
  swh: ['Latin', 'Maafisa wa jiji walisema daraja jipya litafunguliwa mwezi ujao baada ya mafuriko makubwa kuharibu daraja la zamani. Wakazi wa kijiji hicho walisema wamesubiri kwa muda mrefu na wanatumaini kwamba biashara itaongezeka.'],
  tur: ['Latin', 'Belediye yetkilileri, büyük bir selin eski köprüye zarar vermesinin ardından yeni köprünün önümüzdeki ay trafiğe açılacağını söyledi. Köy sakinleri uzun süre beklediklerini ve ticaretin artmasını umduklarını belirtti.'],
  vie: ['Latin', 'Chính quyền thành phố cho biết cây cầu mới sẽ được thông xe vào tháng tới sau khi trận lũ lớn làm hỏng cây cầu cũ. Người dân trong làng nói rằng họ đã chờ đợi rất lâu và hy vọng việc buôn bán sẽ tăng lên.'],
  rus: ['Cyrillic', 'Городские власти сообщили, что новый мост откроют для движения в следующем месяце после того, как сильное наводнение повредило старый. Жители деревни сказали, что долго ждали этого и надеются на рост торговли.'],
  cmn: ['Han', '市政府官员表示,新桥将于下个月通车,此前一场大洪水损坏了旧桥。村民们说,他们等待了很长时间,希望贸易会增加。'],
  arb: ['Arabic', 'قال مسؤولون في المدينة إن الجسر الجديد سيفتح أمام حركة المرور الشهر المقبل بعد أن ألحق فيضان كبير أضرارا بالجسر القديم. وقال سكان القرية إنهم انتظروا طويلا ويأملون أن تنمو التجارة.'],
};

test('languageOtherThan: a language with no function-word table is still not English (few English function words, franc names it)', () => {
  for (const code of ['swh', 'tur', 'vie']) assert.equal(languageOtherThan(BRIDGE[code]![1], 'eng', 'Latin'), code, code);
  assert.equal(languageOtherThan(BRIDGE_EN, 'eng', 'Latin'), null);
});

// Written for these tests: one short news item in French and in Haitian Creole, a language franc-min
// does not know (it reads Creole as French, Italian or Lingala), whose words share a few short
// French ones ("la", "a", "te") but repeat their own ("yo", "nan", "pou").
const SCHOOL_FR = "L'école nationale de la ville a rouvert ses portes lundi, après que la tempête a endommagé trois salles de classe. Le directeur a dit que plus de six cents élèves sont revenus le premier jour. Les parents étaient contents, mais beaucoup d'entre eux n'ont pas assez d'argent pour acheter des livres à leurs enfants. Le ministère a promis d'envoyer du matériel dans les semaines à venir.";
const SCHOOL_HT = "Lekòl nasyonal vil la relouvri pòt li yo lendi, apre tanpèt la kraze twa sal klas. Direktè a di plis pase sis san elèv retounen nan klas yo premye jou a. Paran yo kontan, men anpil nan yo pa gen ase lajan pou achte liv pou pitit yo. Ministè a pwomèt pou voye materyèl nan semèn kap vini yo, epi pou fini travay yo anvan fen mwa a.";

test('languageOtherThan: a text in a language franc does not know is not French because franc names French: its own repeated words say otherwise', () => {
  assert.equal(readLanguage(SCHOOL_FR).clear, 'fra', 'the premise: the French text is clearly French');
  assert.equal(languageOtherThan(SCHOOL_HT, 'fra', 'Latin'), 'und');
  assert.equal(languageOtherThan(SCHOOL_FR, 'fra', 'Latin'), null);
  // Compared as a translation (of a language WireDiff cannot name), not word by word as French.
  assert.equal(compare(SCHOOL_FR, SCHOOL_HT).articleLanguage, 'und');
  assert.equal(compare(SCHOOL_FR, SCHOOL_FR).articleLanguage, undefined);
});

test('a canonical in a language franc does not know against a French copy is a translation too, the other way round: its language is not named', () => {
  // franc-min reads the Creole canonical as French, its function words name no language.
  assert.equal(readLanguage(SCHOOL_HT).clear, null, 'the premise: no function words name the Creole text');
  const across = compare(SCHOOL_HT, SCHOOL_FR);
  assert.equal(across.language, 'und');
  assert.equal(across.articleLanguage, 'fra');
  assert.ok(across.alignments.length > 0, 'the translation aligns');
  // Both ways: a translation each way, of a language not named on the Creole side.
  assert.equal(compare(SCHOOL_FR, SCHOOL_HT).articleLanguage, 'und');
  // Two Creole texts: one language (not named), compared word for word.
  const same = compare(SCHOOL_HT, SCHOOL_HT);
  assert.equal(same.language, 'und');
  assert.equal(same.articleLanguage, undefined);
  // The canonical's own language read on its own (a matrix's): not named, not franc's French.
  assert.equal(prepareCanonicalAlone(SCHOOL_HT)?.language, 'und');
  // French itself is still French.
  assert.equal(compare(SCHOOL_FR, SCHOOL_FR).language, 'fra');
});

test('languageOtherThan: a text in another script than the canonical is another language, even when the canonical language is in doubt', () => {
  for (const code of ['rus', 'cmn', 'arb']) {
    assert.equal(languageOtherThan(BRIDGE[code]![1], 'eng', 'Latin'), code, code);
    assert.equal(languageOtherThan(BRIDGE[code]![1], null, 'Latin'), code, `${code}, canonical language in doubt`);
  }
  // Same script, canonical language in doubt: nothing tells.
  assert.equal(languageOtherThan(BRIDGE.swh![1], null, 'Latin'), null);
});

test('scriptOf: the script most letters are in; a few Latin names in Arabic text do not decide; too few letters tell nothing', () => {
  assert.equal(scriptOfText(BRIDGE_EN), 'Latin');
  for (const [code, [script, text]] of Object.entries(BRIDGE)) assert.equal(scriptOfText(text), script, code);
  assert.equal(scriptOf('قال مسؤولون في وكالة NASA إن المركبة Orion ستطلق الشهر المقبل من فلوريدا.'), 'Arabic');
  assert.equal(scriptOf('NASA 2024'), null);
});

test('scriptOf: a script holds most letters whether they are ASCII or not, an accented Latin letter Latin, a lone surrogate none (property)', () => {
  // What scriptOf says, read the slow way: every character by the Unicode pattern of each script.
  const scripts: Array<[string, RegExp]> = [['Latin', /\p{Script=Latin}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u], ['Han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u]];
  const slow = (s: string): string | null => {
    const counts = new Map<string, number>();
    let letters = 0;
    for (const ch of s) {
      if (!/\p{L}/u.test(ch)) continue;
      letters++;
      const hit = scripts.find(([, re]) => re.test(ch));
      if (hit) counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1);
    }
    if (letters < 20) return null;
    for (const [name, n] of counts) if (n > letters * 0.6) return name;
    return null;
  };
  const chars = fc.constantFrom(...['a', 'Z', 'é', 'ß', ' ', '.', '1', 'ж', 'Ω', '漢', 'あ', '\u{20000}', '\ud840', '\udc00', '’', '—', '“', '\u2070', '\u2071']);
  fc.assert(
    fc.property(fc.array(chars, { minLength: 15, maxLength: 60 }).map((cs) => cs.join('')), (s) => {
      assert.equal(scriptOf(s), slow(s));
    }),
  );
  assert.equal(scriptOf('Élysée à côté été ça où déjà là-bas'), 'Latin');
  assert.equal(scriptOf('Москва заявила о переговорах в Женеве'), 'Cyrillic');
});

test('tokenizerContext: the decimal sign is the language\'s own, languages with no list of their own included (Swahili and Chinese write 30.8, Turkish and Vietnamese 30,8)', () => {
  for (const code of ['eng', 'swh', 'cmn', 'hin', 'arb']) assert.equal(tokenizerContext(code).decimalComma, false, code);
  for (const code of ['fra', 'deu', 'spa', 'ind', 'tur', 'vie', 'rus']) assert.equal(tokenizerContext(code).decimalComma, true, code);
  assert.equal(tokenizerContext('und').decimalComma, false);
});

/** The decimal sign CLDR gives a language (Latin digits), or undefined when the runtime has no data for it. */
function cldrDecimalSign(tag: string): string | undefined {
  if (!Intl.NumberFormat.supportedLocalesOf([tag]).length) return undefined;
  const parts = new Intl.NumberFormat(tag, { numberingSystem: 'latn' } as Intl.NumberFormatOptions).formatToParts(1.5);
  return parts.find((p) => p.type === 'decimal')?.value;
}

test('tokenizerContext: CLDR writes a decimal point for every language of the list that is read without asking it', () => {
  for (const code of DECIMAL_POINT) {
    const tag = BCP47[code];
    if (!tag) continue;
    const sign = cldrDecimalSign(tag);
    if (sign !== undefined) assert.equal(sign, '.', code);
  }
});

test('tokenizerContext: every language WireDiff names that CLDR writes with a decimal point is on the list, every other one writes a comma', () => {
  for (const [code, tag] of Object.entries(BCP47)) {
    const sign = cldrDecimalSign(tag);
    if (sign !== undefined) assert.equal(DECIMAL_POINT.has(code), sign === '.', code);
  }
});

test('tokenizerContext: the decimal sign is read without making a number format (a first number format loads ICU\'s number data and list of locales)', () => {
  const saved = Intl.NumberFormat;
  const refuse = () => {
    throw new Error('Intl.NumberFormat used');
  };
  const stub = Object.assign(refuse, { supportedLocalesOf: refuse });
  (Intl as { NumberFormat: unknown }).NumberFormat = stub;
  try {
    // Languages no other test of this file reads first: a comma, a point, and a code WireDiff does not name.
    assert.equal(tokenizerContext('kaz').decimalComma, true);
    assert.equal(tokenizerContext('yor').decimalComma, false);
    assert.equal(tokenizerContext('xyz').decimalComma, true);
  } finally {
    (Intl as { NumberFormat: unknown }).NumberFormat = saved;
  }
});

test('compare: a Swahili translation that carries "30.8" reads it as thirty point eight, not a changed figure', () => {
  const en = 'Officials said 30.8 million people voted in the election on Sunday, more than in any earlier vote.\n\nObservers from the regional bloc said the count was calm and orderly in most districts.';
  const sw = 'Maafisa walisema watu milioni 30.8 walipiga kura katika uchaguzi wa Jumapili, zaidi ya katika kura yoyote ya awali.\n\nWaangalizi kutoka jumuiya ya kikanda walisema kuhesabu kura kulikuwa kwa utulivu na utaratibu katika wilaya nyingi.';
  const c = compare(en, sw);
  assert.equal(c.articleLanguage, 'swh');
  assert.equal(c.alignments.length, 2);
  assert.deepEqual(c.discrepancies.filter((d) => d.kind === 'number'), []);
});

test('sampleWords: the words of a sample in lower case, an apostrophe inside a word kept, whatever its letters', () => {
  assert.deepEqual(sampleWords('The mayor’s office didn\'t say — “not yet”.'), ['the', 'mayor', 's', 'office', "didn't", 'say', 'not', 'yet']);
  assert.deepEqual(sampleWords("L'école a fermé ses portes à Québec."), ["l'école", 'a', 'fermé', 'ses', 'portes', 'à', 'québec']);
  assert.deepEqual(sampleWords('ÇA VA, İSTANBUL?'), ['ça', 'va', 'i', 'stanbul']);
  assert.equal(sampleWords('1, 2, 3 — 4.'), null);
});

test('sampleWords: the same words as the Unicode word pattern, on any mix of ASCII, typographic marks and other letters (property)', () => {
  const chars = fc.constantFrom(...'abzAZ \'’“”—–-.,0\u00a0éßİKΩжあ'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')), (s) => {
      assert.deepEqual(sampleWords(s), s.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu));
    }),
  );
});

test('lang: a text too short to be clear goes by its function words when they name one language', () => {
  assert.equal(readLanguage('Rangers said at least 30 deer drowned.').language, 'eng');
  assert.equal(readLanguage('Rangers said at least 30 deer drowned.').clear, null);
  // Through compare: the English detectors run on a one-sentence pair.
  const c = compare('Rangers said at least 30 deer drowned.\n', 'Rangers said 30 deer drowned.\n');
  assert.equal(c.language, 'eng');
  assert.ok(c.discrepancies.some((d) => d.kind === 'hedge' && d.severity === 'high'));
});

test('lang: a one-line canonical whose language only franc could guess takes it from the article too', () => {
  const c = compare('Gunmen killed 40 villagers on Sunday.\n', 'Forty villagers died on Sunday when the gunmen attacked the market in the town, the police said.\n');
  assert.equal(c.language, 'eng');
  // A canonical its function words name keeps its own language, whatever the article is in.
  assert.equal(compare('Police said at least 12 people died.\n', 'La police a dit que douze personnes sont mortes dans la ville.\n').language, 'eng');
});

test('lang: a short text goes by the words its language’s lexicon knows, and franc chooses only among the languages they name', () => {
  const cases: Array<[string, string]> = [
    ['Prices rose in March.', 'eng'],
    ['Two ferries sank near Manila.', 'eng'],
    ['Gunmen attacked a bus in Kenya.', 'eng'],
    ['Police arrested three men.', 'eng'],
    ['La policía dijo que tres hombres murieron.', 'spa'],
    ['Los rebeldes tomaron el aeropuerto.', 'spa'],
    ['A polícia prendeu três homens.', 'por'],
    ['Les rebelles ont pris l’aéroport.', 'fra'],
    ['Zwei Fähren sanken vor Manila.', 'deu'],
    ['I prezzi sono saliti a marzo.', 'ita'],
    ['Harga naik pada bulan Maret.', 'ind'],
    ['Badai mendarat pada malam hari.', 'ind'],
  ];
  for (const [text, language] of cases) assert.equal(readLanguage(text).language, language, text);
  // A one-sentence Spanish pair is read as Spanish, so its Spanish hedge is found.
  const c = compare('La policía dijo que al menos tres hombres murieron.', 'La policía dijo que tres hombres murieron.');
  assert.equal(c.language, 'spa');
  assert.ok(c.discrepancies.some((d) => d.kind === 'hedge' && d.from === 'al menos tres'), JSON.stringify(c.discrepancies));
});

test('readLanguage: lines of running text that end on an ellipsis or a full-width stop are sampled as lines ending on a full stop are, not a menu above them', () => {
  // My own made-up page: ten lines of an English menu (no stops), then three Spanish lines that trail off on "…".
  const menu = 'Home News World Business Sport Culture Weather Video Live Podcasts Newsletters\n'.repeat(10);
  const es =
    'El alcalde de la ciudad dijo el martes que el nuevo puente sobre el río se abrirá en la primavera…\n' +
    'Los vecinos del barrio antiguo pidieron más información sobre las obras y el tráfico de los próximos meses…\n' +
    'La empresa que construye el puente no quiso hablar con los periodistas sobre el costo final de la obra…\n';
  assert.equal(readLanguage(menu + es).language, 'spa');
  assert.equal(readLanguage(menu + es.replaceAll('…', '.')).language, 'spa');
});
