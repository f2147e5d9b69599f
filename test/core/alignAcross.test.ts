import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAcross } from '../../src/core/alignAcross';
import { compare } from '../../src/core/compare';
import { prepare } from './helpers';

// Written for these tests: a short English report and a Spanish translation of it.
const EN = [
  'Heavy rain flooded 120 homes in the river town of Puerto Rojo on Tuesday, the regional government said.',
  'Rescue teams evacuated 340 residents by boat.',
  'The mayor, Ana Beltrán, asked the national government for emergency funds.',
  'Forecasters expect more rain before the weekend.',
];
const ES = [
  'Las fuertes lluvias inundaron 120 viviendas en la localidad ribereña de Puerto Rojo el martes, informó el gobierno regional.',
  'Los equipos de rescate evacuaron en barca a 340 vecinos.',
  'La alcaldesa, Ana Beltrán, pidió al gobierno nacional fondos de emergencia.',
  'Los meteorólogos prevén más lluvias antes del fin de semana.',
];

test('alignAcross: a translation sentence for sentence links each to its original, in order', () => {
  const { groups } = alignAcross(prepare(EN.join(' ')), prepare(ES.join(' '), 'spa'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article, g.relation]),
    EN.map((_, i) => [[i], [i], 'match']),
  );
});

test('alignAcross: a dropped sentence stays unlinked, and a sentence split in two is one group', () => {
  const es = [ES[0], 'La alcaldesa, Ana Beltrán, pidió ayuda al gobierno nacional.', 'Quiere fondos de emergencia.', ES[3]];
  const { groups } = alignAcross(prepare(EN.join(' ')), prepare(es.join(' '), 'spa'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    [
      [[0], [0]],
      [[2], [1, 2]],
      [[3], [3]],
    ],
  );
});

test('compare: a translation is aligned across languages and only its figures are compared', () => {
  const es = [ES[0], ES[1].replace('340', '430'), ES[2], ES[3]].join('\n\n');
  const c = compare(EN.join('\n\n'), es);
  assert.equal(c.language, 'eng');
  assert.equal(c.articleLanguage, 'spa');
  assert.equal(c.alignments.length, 4);
  assert.deepEqual(
    c.discrepancies.map((d) => [d.kind, d.from, d.to]),
    [['number', '340', '430']],
  );
  for (const a of c.alignments) assert.deepEqual(a.diff, []);
});

test('compare: a copy in the same language is never read as a translation', () => {
  const c = compare(EN.join('\n\n'), EN.slice(0, 3).join('\n\n'));
  assert.equal(c.articleLanguage, undefined);
  assert.equal(c.discrepancies.filter((d) => d.kind === 'omitted').length, 1);
});

test('compare: a translation that drops the qualifier of a figure, each side read with its own word list', () => {
  const en = 'The flood damaged more than 120 homes in the town, officials said.\n\nRescue teams evacuated 340 residents by boat.';
  const fr = 'La crue a endommagé 120 maisons dans la ville, selon les autorités.\n\nLes secours ont évacué plus de 340 habitants en bateau.';
  const c = compare(en, fr);
  assert.equal(c.articleLanguage, 'fra');
  assert.deepEqual(
    c.discrepancies.map((d) => [d.kind, d.severity, /‘([^’]+)’/.exec(d.reason)?.[1]]),
    [
      ['hedge', 'high', 'more than'],
      ['hedge', 'medium', 'plus de'],
    ],
  );
});

test('alignAcross: a long translation keeps to a band around the diagonal: bounded memory, still every sentence linked', () => {
  const n = 3000;
  const mk = (lines: string[]): string => Array.from({ length: n }, (_, i) => lines[i % 4]!.replace('NUM', String(100 + i))).join(' ');
  const en = mk(EN.map((s) => s.replace(/\d+/, 'NUM')));
  const es = mk(ES.map((s) => s.replace(/\d+/, 'NUM')));
  const { groups } = alignAcross(prepare(en), prepare(es, 'spa'));
  assert.equal(groups.length, n);
  assert.ok(groups.every((g, i) => g.canonical[0] === i && g.article[0] === i));
});

// Written for these tests: the same report in Russian, which shares no cognates with English and
// only its figures cross.
const RU = [
  'Сильные дожди затопили 120 домов в речном городке Пуэрто-Рохо во вторник, сообщило региональное правительство.',
  'Спасатели эвакуировали на лодках 340 жителей.',
  'Мэр Ана Бельтран попросила национальное правительство выделить средства на чрезвычайные нужды.',
  'Синоптики ожидают новых дождей до выходных.',
];

test('alignAcross: into another script, where only figures cross, the length still links each sentence to its original', () => {
  const { groups } = alignAcross(prepare(EN.join(' ')), prepare(RU.join(' '), 'rus'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    EN.map((_, i) => [[i], [i]]),
  );
});

test('alignAcross: a letterhead the translation adds (lines of its own) neither links to the title nor skews the length model', () => {
  const en = ['Floods in Puerto Rojo', ...EN].join('\n\n');
  const ru = ['Министерство по чрезвычайным ситуациям', 'Пресс-служба', 'Наводнение в Пуэрто-Рохо', ...RU].join('\n\n');
  const { groups } = alignAcross(prepare(en), prepare(ru, 'rus'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    [[[0], [2]], ...EN.map((_, i) => [[i + 1], [i + 3]])],
  );
});

test('compare: a Russian translation that changes a figure is read as a translation and the figure is the finding', () => {
  const ru = [RU[0], RU[1]!.replace('340', '430'), RU[2], RU[3]].join('\n\n');
  const c = compare(EN.join('\n\n'), ru);
  assert.equal(c.articleLanguage, 'rus');
  assert.deepEqual(
    c.discrepancies.map((d) => [d.kind, d.from, d.to]),
    [['number', '340', '430']],
  );
});

// Written for these tests: a short report, and translations that drop one of its sentences.
const BRIDGE_EN = [
  'The council approved the plan for a new bridge over the river in March after a long debate.',
  'The old bridge was built more than eighty years ago and is too narrow for lorries.',
  'Work on the bridge will begin in July, the mayor said.',
  'The first cars should cross it in February next year.',
  'Residents hope the bridge will bring more trade to the town.',
];
const BRIDGE_FR = [
  "Le conseil a approuvé en mars le projet d'un nouveau pont sur la rivière, après un long débat.",
  "L'ancien pont a été construit il y a plus de quatre-vingts ans et il est trop étroit pour les camions.",
  'Les premières voitures devraient le traverser en février prochain.',
  'Les habitants espèrent que le pont apportera plus de commerce à la ville.',
];

test('alignAcross: month names cross languages as the month (March/mars, February/février) and tell which sentence a translation dropped', () => {
  const { groups } = alignAcross(prepare(BRIDGE_EN.join(' ')), prepare(BRIDGE_FR.join(' '), 'fra'), { canonical: 'en', article: 'fr' });
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    [
      [[0], [0]],
      [[1], [1]],
      [[3], [2]],
      [[4], [3]],
    ],
  );
});

test('alignAcross: a name written in two words in the translation crosses to the one word of the original (Việt Nam, Vietnam)', () => {
  const en = [
    'Heavy rain closed schools across the north of the country for the whole week.',
    'Rivers rose quickly and several roads were cut off by landslides.',
    'Officials said Vietnam would ask its neighbours for help.',
    'Forecasters expect the rain to ease by Sunday.',
  ];
  const vi = [
    'Mưa lớn đã khiến các trường học trên khắp miền bắc đất nước phải đóng cửa cả tuần.',
    'Các quan chức cho biết Việt Nam sẽ đề nghị các nước láng giềng giúp đỡ.',
    'Các nhà dự báo thời tiết dự kiến mưa sẽ giảm vào Chủ nhật.',
  ];
  const { groups } = alignAcross(prepare(en.join(' ')), prepare(vi.join(' '), 'vie'), { canonical: 'en', article: 'vi' });
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    [
      [[0], [0]],
      [[2], [1]],
      [[3], [2]],
    ],
  );
});

test('alignAcross: a title whose figure the translation carries elsewhere is not linked to a letterhead line that shares nothing with it', () => {
  const en = ['Rain floods 120 homes in Puerto Rojo', ...EN].join('\n\n');
  const ru = ['Министерство по чрезвычайным ситуациям', 'Пресс-служба', ...RU].join('\n\n');
  const { groups } = alignAcross(prepare(en), prepare(ru, 'rus'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    EN.map((_, i) => [[i + 1], [i + 2]]),
  );
});

test('alignAcross: a title and a letterhead line that share no anchor are not linked by their length alone', () => {
  const en = ['Floods in the river town', ...EN].join('\n\n');
  const ru = ['Министерство по чрезвычайным ситуациям', ...RU].join('\n\n');
  const { groups } = alignAcross(prepare(en), prepare(ru, 'rus'));
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    EN.map((_, i) => [[i + 1], [i + 1]]),
  );
});

test('compare: in a translation, a month written by number ("tháng 9") carries the month the original names, and a different month named is a time finding', () => {
  const en = 'The new school term begins on September 5 in every province, the ministry said.\n\nTeachers will receive their first training in August.';
  const vi = 'Bộ cho biết năm học mới bắt đầu vào ngày 5 tháng 9 tại tất cả các tỉnh.\n\nGiáo viên sẽ được tập huấn lần đầu vào tháng 8.';
  const c = compare(en, vi);
  assert.equal(c.articleLanguage, 'vie');
  assert.deepEqual(c.discrepancies, []);
  const fr = "Le ministère a indiqué que la nouvelle année scolaire commencera le 5 octobre dans toutes les provinces.\n\nLes enseignants recevront leur première formation en août.";
  const d = compare(en, fr);
  assert.equal(d.articleLanguage, 'fra');
  assert.deepEqual(
    d.discrepancies.map((x) => [x.kind, x.from, x.to]),
    [['time', 'September', 'octobre']],
  );
});

test('compare: a translation that drops a name it writes elsewhere is a name finding; names it translates, sentence openers and acronyms say nothing', () => {
  const en = [
    'The mayor, Ana Beltrán, met Governor Luis Ortega in Puerto Rojo on Tuesday.',
    'Ortega promised emergency funds from the NASA-style national agency for the homes the flood destroyed.',
    'Beltrán thanked the rescue teams and the volunteers of the Red Cross.',
  ].join('\n\n');
  const es = [
    'La alcaldesa, Ana Beltrán, se reunió con el gobernador en Puerto Rojo el martes.',
    'Ortega prometió fondos de emergencia de la agencia nacional para las viviendas que destruyó la inundación.',
    'Beltrán agradeció a los equipos de rescate y a los voluntarios de la Cruz Roja.',
  ].join('\n\n');
  const c = compare(en, es);
  assert.equal(c.articleLanguage, 'spa');
  // "Ortega" is written in the second sentence, so the first dropped it; "Luis" the translation writes
  // nowhere (no evidence it keeps that name), "Red Cross" is translated, "NASA" is an acronym.
  assert.deepEqual(
    c.discrepancies.filter((d) => d.kind === 'name').map((d) => d.from),
    ['Ortega'],
  );
});

test('compare: figures written in Arabic-Indic or Devanagari digits are figures: carried when the same, a finding when changed, shown as the file writes them', () => {
  const en = 'Iranian militants stormed the embassy and took 52 Americans hostage for 444 days, officials said.\n\nThe crisis ended in January 1981 after long talks in Algiers.';
  const ar = 'اقتحم مسلحون إيرانيون السفارة واحتجزوا ٥٢ أمريكيا رهائن لمدة ٤٤٤ يوما، بحسب المسؤولين.\n\nوانتهت الأزمة في يناير ١٩٨١ بعد محادثات طويلة في الجزائر.';
  const hi = 'अधिकारियों ने कहा कि ईरानी आतंकवादियों ने दूतावास पर धावा बोला और ५२ अमेरिकियों को ४४४ दिनों तक बंधक बनाए रखा।\n\nअल्जीयर्स में लंबी बातचीत के बाद जनवरी १९८१ में संकट समाप्त हुआ।';
  for (const [text, code] of [[ar, 'arb'], [hi, 'hin']] as const) {
    const c = compare(en, text);
    assert.equal(c.articleLanguage, code);
    assert.equal(c.alignments.length, 2, code);
    assert.deepEqual(c.discrepancies, [], code);
  }
  const changed = compare(en, ar.replace('٤٤٤', '٤٤٠'));
  assert.deepEqual(
    changed.discrepancies.map((d) => [d.kind, d.from, d.to]),
    [['number', '444', '٤٤٠']],
  );
});

test('compare: a figure the translation writes as a number word of its language is carried, not dropped; a changed figure still is a finding', () => {
  const en = 'Three astronauts returned to Earth on Tuesday after 200 days in orbit.\n\nThe agency said 2 more crews will fly this year.';
  const fr = "Trois astronautes sont revenus sur Terre mardi après 200 jours en orbite.\n\nL'agence a indiqué que deux autres équipages voleront cette année.";
  assert.deepEqual(compare(en, fr).discrepancies, []);
  const changed = compare(en, fr.replace('200', '300'));
  assert.deepEqual(
    changed.discrepancies.map((d) => [d.kind, d.from, d.to]),
    [['number', '200', '300']],
  );
});

// Written for these tests: reports of other events, in French and in Russian, that share nothing
// with the flood report but the shape of news (sentences of a like length, a few common figures).
const OTHER_FR = [
  'Le musée national de la ville de Lyon a rouvert ses portes samedi après 18 mois de travaux, a annoncé la direction.',
  'Plus de 2 000 visiteurs sont venus dès le premier jour.',
  'Le directeur, Marc Dufour, a remercié les mécènes et les employés du musée.',
  'Une nouvelle exposition consacrée à la peinture italienne ouvrira en octobre.',
];
const OTHER_RU = [
  'Национальный музей в Казани вновь открылся в субботу после 18 месяцев ремонта, сообщила дирекция.',
  'В первый же день музей посетили более 2000 человек.',
  'Директор Марк Дюфур поблагодарил меценатов и сотрудников музея.',
  'Новая выставка итальянской живописи откроется в октябре.',
];

test('alignAcross: a report of another event in another language links nothing, in Latin script or another', () => {
  for (const [text, lang, locale] of [[OTHER_FR, 'fra', 'fr'], [OTHER_RU, 'rus', 'ru']] as const) {
    const { groups } = alignAcross(prepare(EN.join(' ')), prepare(text.join(' '), lang), { canonical: 'en', article: locale });
    assert.deepEqual(groups, [], lang);
  }
});

test('compare: the wrong canonical for a translation reports every sentence omitted or added, none aligned', () => {
  const c = compare(EN.join('\n\n'), OTHER_FR.join('\n\n'));
  assert.equal(c.articleLanguage, 'fra');
  assert.equal(c.alignments.length, 0);
});

// Written for these tests: a minister's statement with no figure and its Arabic translation, where
// nothing crosses (no figure, no name in Latin letters): only the length of the sentences, one
// after another, says which is which; and an Arabic report of another event with no figure.
const STATEMENT = [
  'The foreign minister welcomed the agreement reached by the two neighbours after weeks of difficult talks in the capital.',
  'It is a good day for the region.',
  'The minister thanked the mediators for their patience and their work.',
  'Both sides have promised to open the border crossings to trade and to families who have been kept apart for too long.',
  'We will watch closely.',
  'The government stands ready to help rebuild the roads, the schools and the clinics that the fighting destroyed in the border villages.',
  'Peace will take time.',
  'The minister will travel to the region next month to meet the leaders of both countries.',
];
const STATEMENT_AR = [
  'رحب وزير الخارجية بالاتفاق الذي توصل إليه البلدان الجاران بعد أسابيع من المحادثات الصعبة في العاصمة.',
  'إنه يوم جيد للمنطقة.',
  'وشكر الوزير الوسطاء على صبرهم وعملهم.',
  'وقد تعهد الجانبان بفتح المعابر الحدودية أمام التجارة وأمام العائلات التي فرقت بينها الحدود لفترة طويلة جدا.',
  'سنراقب عن كثب.',
  'والحكومة مستعدة للمساعدة في إعادة بناء الطرق والمدارس والعيادات التي دمرها القتال في القرى الحدودية.',
  'السلام يحتاج إلى وقت.',
  'وسيسافر الوزير إلى المنطقة الشهر المقبل للقاء قادة البلدين.',
];
const OTHER_AR = [
  'أعاد المتحف الوطني في المدينة القديمة فتح أبوابه يوم السبت بعد أعمال ترميم طويلة استمرت منذ الشتاء الماضي، كما أعلنت إدارته في بيان.',
  'ويضم المتحف الآن قاعات جديدة للفن الحديث وللمخطوطات القديمة.',
  'وشكر المدير العمال والمتبرعين على جهودهم وصبرهم طوال فترة الإغلاق.',
  'الدخول مجاني.',
  'وقالت الإدارة إن معرضا كبيرا عن تاريخ التجارة في البحر سيفتتح في الخريف.',
  'ويأمل المسؤولون أن يجذب المتحف مزيدا من السياح والطلاب والباحثين إلى المدينة هذا العام.',
];

test('alignAcross: where nothing crosses, a translation is linked by the order of its sentences\' lengths, and another text of like sentences is not', () => {
  const en = prepare(STATEMENT.join(' '));
  const locales = { canonical: 'en', article: 'ar' };
  const { groups } = alignAcross(en, prepare(STATEMENT_AR.join(' '), 'arb'), locales);
  assert.deepEqual(
    groups.map((g) => [g.canonical, g.article]),
    STATEMENT.map((_, i) => [[i], [i]]),
  );
  // Another event's report in Arabic against the statement, and the translation against the flood
  // report (figures the translation would write again, none written): sentences of a like length
  // pair up here and there, no better than in any other order.
  assert.deepEqual(alignAcross(en, prepare(OTHER_AR.join(' '), 'arb'), locales).groups, []);
  assert.deepEqual(alignAcross(prepare(EN.join(' ')), prepare(STATEMENT_AR.join(' '), 'arb'), locales).groups, []);
});
