import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment';
import { lexiconFor } from '../../../src/core/lexicon';
import { fold } from './fold';

const read = (t: string, locale: string, lang: string) => segment(t, { locale, lexicon: lexiconFor(lang) }).map((s) => s.text);

test('other languages: titles join, a list-ending abbreviation ends a sentence before a capital', () => {
  assert.deepEqual(read('M. Dupont a vu Mme Martin. Les prix ont augmenté, etc. Le ministre est parti.', 'fr', 'fra'), [
    'M. Dupont a vu Mme Martin.',
    'Les prix ont augmenté, etc.',
    'Le ministre est parti.',
  ]);
  assert.deepEqual(read('Mereka datang pada malam hari, kata Dr. Budi. Harga naik.', 'id', 'ind'), [
    'Mereka datang pada malam hari, kata Dr. Budi.',
    'Harga naik.',
  ]);
  assert.deepEqual(read('El Sr. García dijo que sí. ¿Por qué? preguntó ella.', 'es', 'spa'), ['El Sr. García dijo que sí.', '¿Por qué? preguntó ella.']);
});

test('a closing quote set off by a space stays with its sentence (French spacing)', () => {
  assert.deepEqual(read('Le ministre a dit : « Nous irons. » Puis il est parti.', 'fr', 'fra'), [
    'Le ministre a dit : « Nous irons. »',
    'Puis il est parti.',
  ]);
  // A guillemet that opens a quotation (German style) opens the next sentence.
  assert.deepEqual(read('Er ging. »Wir kommen«, sagte sie.', 'de', 'deu'), ['Er ging.', '»Wir kommen«, sagte sie.']);
});

test('an ordinal written with a full stop before a month ends no sentence where the language writes so', () => {
  assert.deepEqual(read('Das war am 3. Dezember. Dann kam der Winter.', 'de', 'deu'), ['Das war am 3. Dezember.', 'Dann kam der Winter.']);
});

test("other scripts' stops end sentences, with or without a space after them (danda, Armenian, Ethiopic, Burmese, Urdu)", () => {
  // Bengali and Hindi: the danda "।" and the double danda "॥".
  assert.deepEqual(read('নদীর বাঁধ আজ ভেঙে গেছে। গ্রামের মানুষ স্কুলে আশ্রয় নিয়েছে। ত্রাণ আসবে কাল।', 'bn', 'ben'), [
    'নদীর বাঁধ আজ ভেঙে গেছে।',
    'গ্রামের মানুষ স্কুলে আশ্রয় নিয়েছে।',
    'ত্রাণ আসবে কাল।',
  ]);
  assert.deepEqual(read('নদীর বাঁধ আজ ভেঙে গেছে।গ্রামের মানুষ স্কুলে আশ্রয় নিয়েছে।', 'bn', 'ben'), ['নদীর বাঁধ আজ ভেঙে গেছে।', 'গ্রামের মানুষ স্কুলে আশ্রয় নিয়েছে।']);
  assert.deepEqual(read('पुल आज बंद रहा। नाव वाले घर लौट गए॥ कल बैठक होगी।', 'hi', 'hin'), ['पुल आज बंद रहा।', 'नाव वाले घर लौट गए॥', 'कल बैठक होगी।']);
  assert.deepEqual(read('Կամուրջը այսօր փակ է։ Նավակները վերադարձան։', 'hy', 'hye'), ['Կամուրջը այսօր փակ է։', 'Նավակները վերադարձան։']);
  assert.deepEqual(read('ድልድዩ ዛሬ ተዘግቷል። ጀልባዎቹ ተመለሱ።', 'am', 'amh'), ['ድልድዩ ዛሬ ተዘግቷል።', 'ጀልባዎቹ ተመለሱ።']);
  assert.deepEqual(read('တံတား ပိတ်ထားသည်။ လှေများ ပြန်လာကြသည်။', 'my', 'mya'), ['တံတား ပိတ်ထားသည်။', 'လှေများ ပြန်လာကြသည်။']);
  assert.deepEqual(read('پل آج بند رہا۔ کشتیاں واپس آ گئیں۔', 'ur', 'urd'), ['پل آج بند رہا۔', 'کشتیاں واپس آ گئیں۔']);
  // A line without a stop is still a heading; one that ends on a danda is a sentence.
  const kinds = (t: string) => segment(t, { locale: 'bn', lexicon: lexiconFor('ben') }).map((s) => s.kind);
  assert.deepEqual(kinds('নদীর বাঁধ ভেঙে গেছে\n\nনদীর বাঁধ আজ ভেঙে গেছে।'), ['heading', 'sentence']);
});

test('a danda in a quotation or a figure is read as the rules read "。" there', () => {
  const zh = (t: string) => read(t, 'zh', 'zho');
  // A closing quotation mark after the stop stays with its sentence; an opening one written against the stop opens the next.
  assert.deepEqual(zh('他说：“桥关了。”船回来了。'), ['他说：“桥关了。”', '船回来了。']);
  assert.deepEqual(read('তিনি বললেন, "সেতু বন্ধ।" নৌকা ফিরে এসেছে।', 'bn', 'ben'), ['তিনি বললেন, "সেতু বন্ধ।"', 'নৌকা ফিরে এসেছে।']);
  assert.deepEqual(zh('他说。“桥关了。”'), ['他说。', '“桥关了。”']);
  assert.deepEqual(read('उसने कहा।“पुल बंद है।”', 'hi', 'hin'), ['उसने कहा।', '“पुल बंद है।”']);
  // Between figures the stop is a stop all the same: neither script writes a decimal point so.
  assert.deepEqual(zh('水涨了3。5米高。'), ['水涨了3。', '5米高。']);
  assert.deepEqual(read('পানি বেড়েছে ৩।৫ মিটার।', 'bn', 'ben'), ['পানি বেড়েছে ৩।', '৫ মিটার।']);
});

test('a hard-wrapped story in a script with the danda reads as its unwrapped text (folded by characters, as the wrap sweep folds the scripts of 3 bytes a letter)', () => {
  const story =
    'নদীর বাঁধ আজ সকালে ভেঙে গেছে এবং তিনটি গ্রামের মানুষ স্কুলে আশ্রয় নিয়েছে। জেলা প্রশাসক বলেছেন ত্রাণ আগামীকাল পৌঁছাবে।নৌকা নিয়ে স্বেচ্ছাসেবকরা কাজ করছেন।\n\n' +
    'पुल आज सुबह बंद कर दिया गया और नाव वाले अपने घर लौट गए। जिला अधिकारी ने कहा कि कल बैठक होगी। किसान चिंतित हैं॥\n';
  const texts = (t: string, locale: string, lang: string) => segment(t, { locale, lexicon: lexiconFor(lang) }).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`);
  for (const [locale, lang] of [['bn', 'ben'], ['hi', 'hin']] as const) {
    const one = texts(story, locale, lang);
    assert.equal(one.length, 6);
    for (const w of [50, 64, 72]) assert.deepEqual(texts(fold(story, w, 'chars'), locale, lang), one, `width ${w}`);
  }
});

test('a hard-wrapped statement in Cyrillic, its header lines over one long paragraph, reads as unwrapped, folded by characters or by bytes (two a letter)', () => {
  // My own statement: an office's header of short lines, unpunctuated, then its date and one paragraph.
  const body =
    'Міністр водних шляхів сьогодні відкрив новий річковий причал у місті Прикладному, щоб показати, що ' +
    'перевезення вантажів річкою знову безпечне після весняної повені. Під час візиту міністр зустрінеться з ' +
    'мером міста та капітанами порту, щоб обговорити ремонт шлюзів і розклад суден на літо. Він також оголосить ' +
    'нову програму навчання для молодих лоцманів.\n';
  const texts = (t: string) => segment(t, { locale: 'uk', lexicon: lexiconFor('ukr') }).map((s) => `${s.kind}:${s.text.replace(/\s+/g, ' ')}`);
  // Folded in characters, a header line of 24 letters, 47 bytes, over "Для …" was not broken at the
  // width: the next word would have fitted in characters, and its bytes do not count.
  const statement = 'МІНІСТЕРСТВО ВОДНИХ ШЛЯХІВ\nПрес-служба міністерства\nДля негайного поширення\nЗАЯВА ПРЕС-СЕКРЕТАРЯ ОЛЕНИ ПРИКЛАДНОЇ\n14 березня 2026 року\n' + body;
  const one = texts(statement);
  assert.ok(one.includes('heading:Для негайного поширення') && one.includes('heading:14 березня 2026 року'), one.join('\n'));
  for (const w of [50, 64, 72]) assert.deepEqual(texts(fold(statement, w, 'chars')), one, `width ${w} characters`);
  for (const w of [64, 72]) assert.deepEqual(texts(fold(statement, w)), one, `width ${w} bytes`);
  // Folded at 50 bytes, its lines hold 25 letters at most: narrower than any wrap in characters, a wrap all the same.
  const short = 'Прес-служба\nДля преси\nЗАЯВА ПРЕС-СЕКРЕТАРЯ\n14 березня 2026 року\n' + body;
  assert.deepEqual(texts(fold(short, 50)), texts(short), 'width 50 bytes');
});
