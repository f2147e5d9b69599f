import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inTitleCase, isTitleCase, tokenize } from '../../src/core/text';
import { sideOf } from './helpers';
import { compare } from '../../src/core/index';
import { tokenizerContext } from '../../src/core/tokenizerContext';

const words = (s: string, lang = 'eng') => tokenize(s, 0, s.length, tokenizerContext(lang)).map((t) => s.slice(t.start, t.end));

test('tokenize: a reference mark glued to the words it follows ("rose 4%.[3]", "vote[12][13]") is no token; a bracketed figure after a space still is', () => {
  assert.deepEqual(words('Exports rose 4%.[3] Imports fell.[12][13]'), ['Exports', 'rose', '4%', 'Imports', 'fell']);
  assert.deepEqual(words('The vote[2] was close'), ['The', 'vote', 'was', 'close']);
  assert.deepEqual(words('[4] The vote was close'), ['4', 'The', 'vote', 'was', 'close']);
  assert.deepEqual(words('They found [12] boxes, not [1200].'), ['They', 'found', '12', 'boxes', 'not', '1200']);
});

test('a copy that carries a wiki\'s reference marks ("[1]", "[2][3]") after its sentences changes no figure', () => {
  const canonical = 'The council approved the budget on Monday after a long debate. Members debated the plan for hours before the vote was taken.';
  const article = 'The council approved the budget on Monday after a long debate.[1] Members debated the plan for hours before the vote was taken.[2][3]';
  const c = compare(canonical, article);
  assert.deepEqual(c.discrepancies.map((d) => d.kind), []);
  assert.equal(c.article.sentences.length, 2);
  // The other way round: the canonical's marks are no figure the copy drops.
  assert.deepEqual(compare(article, canonical).discrepancies.map((d) => d.kind), []);
});

test('tokenize: a figure set against the characters of a script without spaces ("额40%以上") is a token of its own, as after a blank or a line break', () => {
  assert.deepEqual(words('全省线上销售额40%以上，增长明显。', 'cmn'), ['全省线上销售额', '40%', '以上', '增长明显']);
  assert.deepEqual(words('全省线上销售额\n40%以上', 'cmn'), ['全省线上销售额', '40%', '以上']);
  assert.deepEqual(words('売上高は30億円に達した', 'jpn'), ['売上高は', '30', '億円に達した']);
  // (Letters of other scripts keep their figures: a model's name, "A380".)
  assert.deepEqual(words('Airbus A380 jets'), ['Airbus', 'A380', 'jets']);
});

test('tokenize: full-width figures ("３０", "１，２００", "４．５％") are read as their ASCII forms, where they stand in the text', () => {
  assert.deepEqual(words('売上高は３０億円に達した', 'jpn'), ['売上高は', '３０', '億円に達した']);
  assert.deepEqual(words('支出は１，２００万円で、全体の４．５％だった', 'jpn'), ['支出は', '１，２００', '万円で', '全体の', '４．５％', 'だった']);
  assert.deepEqual(words('会議は１０：１５に始まり、費用は￥８，０００だった', 'jpn'), ['会議は', '１０：１５', 'に始まり', '費用は', '￥８，０００', 'だった']);
  // A full-width comma between figures not grouped in threes parts them: a list ("１，２").
  assert.deepEqual(words('第１，２区', 'jpn'), ['第', '１', '２', '区']);
  const ctx = tokenizerContext('jpn');
  const read = (s: string) => tokenize(s, 0, s.length, ctx).map((t) => [t.norm, t.key, t.num]);
  assert.deepEqual(read('１，２００ ４．５％ ２０２６'), read('1,200 4.5% 2026'));
  // Full-width letters are no figure.
  assert.equal(tokenize('ＡＢＣ', 0, 3, ctx)[0]!.num, null);
});

test('a Japanese copy that writes a figure in ASCII digits where the canonical writes full-width ones changes nothing; another figure is a number change, quoted as each file writes it', () => {
  const canonical = '市内の倉庫で火災が起き、作業員３０人が避難した。被害額は１，２００万円に上り、全体の４．５％に当たるという。倉庫は２０１９年に建てられた。';
  const ascii = '市内の倉庫で火災が起き、作業員30人が避難した。被害額は1,200万円に上り、全体の4.5%に当たるという。倉庫は2019年に建てられた。';
  assert.deepEqual(compare(canonical, ascii).discrepancies.map((d) => `${d.kind}: ${d.reason}`), []);
  assert.deepEqual(compare(ascii, canonical).discrepancies.map((d) => `${d.kind}: ${d.reason}`), []);
  const changed = ascii.replace('30人', '40人');
  assert.deepEqual(compare(canonical, changed).discrepancies.map((d) => `${d.kind}: ${d.reason}`), ['number: The figure changes from ‘３０’ to ‘40’.']);
  // A hard wrap before a full-width figure set against the words before it, or inside the figure
  // (a wrap of text without blanks breaks at the width, after a figure's comma or point too), changes nothing.
  for (const [from, to] of [['作業員３０', '作業員\n３０'], ['３０人', '３\n０人'], ['１，２００', '１，\n２００'], ['４．５', '４．\n５'], ['４．５％', '４．５\n％']]) {
    assert.deepEqual(compare(canonical, canonical.replace(from, to)).discrepancies.map((d) => `${d.kind}: ${d.reason}`), [], to);
  }
  assert.deepEqual(compare(ascii, ascii.replace('1,200', '1,\n200').replace('4.5%', '4.5\n%')).discrepancies.map((d) => `${d.kind}: ${d.reason}`), []);
  // So does one inside a figure in ASCII digits, set against the words before it: between two digits, or either side of its point.
  for (const [from, to] of [['30人', '3\n0人'], ['2019年', '201\n9年'], ['4.5', '4.\n5'], ['4.5', '4\n.5']]) {
    assert.deepEqual(compare(ascii, ascii.replace(from, to)).discrepancies.map((d) => `${d.kind}: ${d.reason}`), [], to);
  }
  // (Not a line break after a figure set apart by a blank: in text with blanks a wrap breaks at the blank, and "3" / "0 …" are two figures.)
  assert.deepEqual(words('支出は 3\n0 だった', 'jpn').filter((w) => /\d/.test(w)), ['3', '0']);
  // (A per cent sign set after a blank is no part of the figure, wrapped or not: in text with
  // blanks a wrap breaks at a blank, so "65" / "%" is "65 %" with the line's trailing blank gone.)
  assert.deepEqual(words('rose 65 %\nand 65\n% then', 'fra'), ['rose', '65', 'and', '65', 'then']);
  assert.deepEqual(compare('Le taux a atteint 97 % des prêts, selon la banque.', 'Le taux a atteint 97\n% des prêts, selon la banque.').discrepancies.map((d) => `${d.kind}: ${d.reason}`), []);
});

test('a Latin word set against Chinese that a hard wrap broke inside ("…向Alp" / "haGo提供…") is read whole; a blank the wrap broke at still parts two words', () => {
  assert.deepEqual(words('研究人员向Alp\nhaGo提供了数据', 'cmn'), ['研究人员向Alp\nhaGo提供了数据']);
  assert.deepEqual(words('研究人员向Deep \nMind提供了数据', 'cmn'), ['研究人员向Deep', 'Mind提供了数据']);
  // (English text keeps a line break between two words as a blank.)
  assert.deepEqual(words('the Alp\nhaGo program'), ['the', 'Alp', 'haGo', 'program']);
});

test('a figure a Chinese copy changes, set against the words before it, is a number change; a line break before it changes nothing', () => {
  const canonical = '新区去年接待游客超过一百万人次，旅游收入增长明显。当地茶叶销售额占全省线上销售额40%以上，品牌认可度不断提高。明年还将新建三个物流中心，覆盖全部乡镇。';
  const changed = canonical.replace('40%', '70%');
  assert.deepEqual(compare(canonical, changed).discrepancies.map((d) => `${d.kind}: ${d.reason}`), ['number: The figure changes from ‘40%’ to ‘70%’.']);
  const wrapped = canonical.replace('销售额40%', '销售额\n40%');
  assert.deepEqual(compare(canonical, wrapped).discrepancies.map((d) => d.kind), []);
});

test('tokens: words, abbreviations, figures with their signs, contractions', () => {
  assert.deepEqual(words('The U.S. paid $5.5 billion, 12.5% more; they don’t say (AMMAN/BEIRUT) 10:55.'), [
    'The', 'U.S.', 'paid', '$5.5', 'billion', '12.5%', 'more', 'they', 'don’t', 'say', 'AMMAN', 'BEIRUT', '10:55',
  ]);
  assert.deepEqual(words('Près de 3 000 habitants, l’État et €4,5 millions', 'fra'), ['Près', 'de', '3 000', 'habitants', 'l’État', 'et', '€4,5', 'millions']);
  assert.deepEqual(words('On May 12 500 people marched'), ['On', 'May', '12', '500', 'people', 'marched']);
  assert.deepEqual(words('“Quoted” — café naïve 😀 Ω'), ['Quoted', 'café', 'naïve', 'Ω']);
  // Capitals joined by an ampersand are one name (AT&T, R&D), a plural too (Q&As); words around a spaced or lower-case one stay apart.
  assert.deepEqual(words('AT&T and R&D at the S&P, salt & pepper, Q&As, rock&roll'), ['AT&T', 'and', 'R&D', 'at', 'the', 'S&P', 'salt', 'pepper', 'Q&As', 'rock', 'roll']);
  assert.deepEqual(words('Près de l’usine R&D à Lyon', 'fra'), ['Près', 'de', 'l’usine', 'R&D', 'à', 'Lyon']);
});

test('a name joined by an ampersand dropped from a sentence is reported whole, not as its last letter', () => {
  const c = compare('The minister said the AT&T tower would be rebuilt within a year.', 'The minister said the tower would be rebuilt within a year.');
  assert.ok(c.discrepancies.length > 0);
  for (const d of c.discrepancies) assert.doesNotMatch(d.reason, /‘T’/);
  assert.ok(c.discrepancies.some((d) => d.from === 'AT&T' || d.reason.includes('‘AT&T’')));
});

test('tokens of any string: in order, apart, each the text it spans, none starting inside a word', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('eng', 'fra', 'und'), (s, lang) => {
      const toks = tokenize(s, 0, s.length, tokenizerContext(lang));
      let prev = 0;
      for (const t of toks) {
        assert.ok(t.start >= prev && t.end > t.start && t.end <= s.length);
        if (t.start > prev) assert.ok(!/[A-Za-z0-9]/.test(s[t.start - 1]!), `a token starts inside a word at ${t.start}`);
        prev = t.end;
      }
    }),
  );
});

test('token shapes: one per distinct word, the same however many other words come between (the shape table grows and probes)', () => {
  const ctx = tokenizerContext('eng');
  // Thousands of distinct words, many with a common beginning or end, each written twice far apart.
  const distinct = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
  const text = [...distinct, ...distinct.slice().reverse(), 'Reuters', 'reuters', 'REUTERS'].join(' ');
  const toks = tokenize(text, 0, text.length, ctx);
  assert.equal(toks.length, distinct.length * 2 + 3);
  const byWord = new Map<string, (typeof toks)[number]>();
  for (const t of toks) {
    const w = text.slice(t.start, t.end);
    assert.equal(t.norm, w.toLowerCase(), w);
    const seen = byWord.get(w);
    if (seen) assert.deepEqual([t.norm, t.key, t.id, t.cap], [seen.norm, seen.key, seen.id, seen.cap]);
    else byWord.set(w, t);
  }
  assert.equal(byWord.size, distinct.length + 3);
  const [a, b, c] = toks.slice(-3);
  assert.equal(a!.id, b!.id);
  assert.equal(b!.id, c!.id);
  assert.deepEqual([a!.cap, b!.cap], [true, false]);
});

test('a word of a script without spaces that a hard wrap broke is one token, read without the break', () => {
  const ctx = tokenizerContext('cmn');
  const one = '梁振英强调承诺将在两周内解决问题';
  for (const br of ['\n', '\r\n', ' \n']) {
    const wrapped = one.slice(0, 5) + br + one.slice(5);
    const a = tokenize(one, 0, one.length, ctx);
    const b = tokenize(wrapped, 0, wrapped.length, ctx);
    assert.deepEqual(
      b.map((t) => t.key),
      a.map((t) => t.key),
    );
    // Offsets still cover the file's characters, line break included.
    assert.equal(b[0]!.start, 0);
    assert.equal(b[b.length - 1]!.end, wrapped.length);
  }
  // A line break between a word of such a script and a Latin word stays a word break.
  const mixed = '梁振英\nLeung';
  assert.equal(tokenize(mixed, 0, mixed.length, ctx).length, 2);
});

test('isTitleCase: a title capitalises its words of four letters or more, function words too, so lower-case ones mark prose', () => {
  // Dense with names, but "that", "would", "with" and "them" stay in lower case: a sentence of prose.
  assert.equal(isTitleCase(sideOf('Prime Minister Conille said that Foreign Minister Dupuis would come with them.').tokens), false);
  assert.equal(isTitleCase(sideOf('Storm Hits Coast With Heavy Rain').tokens), true);
  assert.equal(isTitleCase(sideOf('Rebels Seize Aleppo as Militias Move Into Syria').tokens, 3), true);
});

test('inTitleCase: title case by its capitals, unless it ends as prose does with a lower-case content word', () => {
  const title = (s: string): boolean => {
    const side = sideOf(s);
    return inTitleCase(side.text, side.tokens, side.sentences);
  };
  // Capitalised enough for isTitleCase, but a sentence that lists names: prose.
  assert.equal(isTitleCase(sideOf('The storm hit Cuba, Haiti, Jamaica and the Bahamas.').tokens), true);
  assert.equal(title('The storm hit Cuba, Haiti, Jamaica and the Bahamas.'), false);
  // A headline ends on no full stop; the part after a hyphen is no word of prose.
  assert.equal(title('Storm Hits Cuba, Haiti, Jamaica and the Bahamas'), true);
  assert.equal(title('Quake-hit Nepal Braces For Monsoon Rains.'), true);
  assert.equal(title('Prime Minister Conille said that Foreign Minister Dupuis would come with them.'), false);
});

test('an ampersand acronym keeps its plural and its possessive: one token, one key with the bare acronym', () => {
  assert.deepEqual(words('Both M&As closed after the Q&As, and S&P’s index rose.'), ['Both', 'M&As', 'closed', 'after', 'the', 'Q&As', 'and', 'S&P’s', 'index', 'rose']);
  const ctx = tokenizerContext('eng');
  const s = 'Q&As Q&A';
  const [plural, bare] = tokenize(s, 0, s.length, ctx);
  assert.equal(plural!.key, bare!.key);
  // Letters run on past the acronym: no acronym there.
  assert.deepEqual(words('R&Dsome'), ['R', 'Dsome']);
});

test('tokenize: a left single quote or an ʻokina between letters is an inner apostrophe (Hawai‘i, O‘ahu), one word with the key of its straight spelling', () => {
  const ctx = tokenizerContext('eng');
  const keyed = (s: string) => tokenize(s, 0, s.length, ctx).map((t) => [s.slice(t.start, t.end), t.key]);
  assert.deepEqual(keyed('Hawai‘i and O‘ahu'), [['Hawai‘i', keyed("Hawai'i")[0]![1]], ['and', 'and'], ['O‘ahu', keyed("O'ahu")[0]![1]]]);
  assert.deepEqual(words('Hawaiʻi'), ['Hawaiʻi']);
  // An opening quotation mark after a space is no apostrophe.
  assert.deepEqual(words('said ‘no’'), ['said', 'no']);
});

test('tokenize: a timecode in square brackets (a subtitle or lyrics file\'s timing tag, "[00:53.04]", "[01:02:03]") is no token; brackets around a figure or a word still hold tokens', () => {
  assert.deepEqual(words('[00:53.04]He owed one hundred seventy-two [00:56.41]billion dollars.'), ['He', 'owed', 'one', 'hundred', 'seventy', 'two', 'billion', 'dollars']);
  assert.deepEqual(words('[01:02:03] The court met.'), ['The', 'court', 'met']);
  assert.deepEqual(words('It rose [to 12:30] and [5] more at 10:45.'), ['It', 'rose', 'to', '12:30', 'and', '5', 'more', 'at', '10:45']);
});
