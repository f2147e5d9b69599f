import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFurnitureLine } from '../../src/core/furniture';
import { CAPTION_CREDIT_END, FURNITURE_LABEL } from '../../src/core/pageLines';

test('a timestamp with the time it takes to read, or with the writer after a slash, and a reading time alone are furniture; a story sentence with a time or minutes is not', () => {
  for (const t of [
    '14. 03. 2025, 09:05 Uhr Lesedauer: 6 Minuten',
    'Publiziert heute um 08:30 Uhr',
    '2. Oktober 2024 um 17:20 Uhr / Lena Hartmann',
    'Aktualisiert gestern, 21:10 Uhr',
    '5 Min Lesezeit',
    '7 minute read',
    'Temps de lecture : 4 min',
    'Oct. 2, 2024, 5:20 p.m. | Sam Reyes',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    'Am 3. Juni um 14:00 Uhr beginnt das Fest im Stadtpark.',
    'The council met for 45 minutes on Tuesday.',
    'Rescuers reached the village 7 minutes after the call.',
    'The vote is set for 10 p.m.',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("an advert's tag in more languages and the line that says the story goes on after the advert are furniture", () => {
  for (const t of ['REKLAM', 'Reklama', 'Advertentie', 'Annons', 'Article continues below', 'Story continues after this advertisement', 'Weiterlesen nach der Anzeige'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['The article continues a long tradition of reporting from the coast.', 'Reklama w telewizji kosztuje coraz więcej, mówią nadawcy.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

/** Each line of `furniture` is a furniture line, and none of `story`. */
function linesAre(furniture: readonly string[], story: readonly string[]): void {
  for (const t of furniture) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of story) assert.equal(isFurnitureLine(t, false), false, t);
}

test("a caption set as a paragraph, opening on its label in any of several languages, is furniture whatever its length; a story's sentence on captions is not", () => {
  linesAre([
    'Caption: The mayor opens the new library on Monday, with the council and a crowd of some two hundred residents looking on.',
    '图注：巴兹·奥尔德林可能是第二个在月球上行走的人，但他是第一个在月球上喝酒的人',
    'Pie de foto: El alcalde inaugura la biblioteca.',
    'Légende : Le maire inaugure la bibliothèque.',
    'Bildunterschrift: Der Bürgermeister eröffnet die Bibliothek.',
    'Didascalia: Il sindaco inaugura la biblioteca.',
    '图为马素湘在澳大利亚悉尼游玩时的近影。',
  ], ['Captions on the photos were changed after readers complained, the editor said.', 'Legendary coach retires after 30 years.']);
});

test("a broadcast's sign-off (reporter, network, perhaps a place) is furniture; a sentence naming a network is not", () => {
  linesAre(['Max Lee, KBS World Radio News.', 'Jane Doe, VOA News, Nairobi.', 'Anita Powell, VOA News'], ['Officials told Reuters News on Monday.', 'Jane Doe, who works for VOA News, said the report was wrong.', 'Smith, Jones and Brown all left the radio.']);
});

test("a notice asking the reader to report a mistake in the story is furniture in several languages; a story's sentence on errors is not", () => {
  linesAre([
    'If you noticed an error in this article, please let us know.',
    'Spotted a typo?',
    'Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře. Děkujeme!',
    'Fehler im Artikel gefunden?',
    'Vous avez repéré une erreur ? Signalez-la à la rédaction.',
    '¿Encontraste un error? Avísanos.',
    "Hai trovato un errore nell'articolo? Scrivici.",
  ], ['If you noticed an error on your tax return, call the agency before the deadline.', 'Die Prüfer haben einen Fehler gefunden und ihn gemeldet.']);
});

test("an embedded post's signature line (a dash, the author, the handle in brackets, the date) is furniture; a story's sentence quoting a handle is not", () => {
  linesAre(['— Robert Maguire (@RobertMaguire_) November 18, 2019', '— Mario Raúl Negri (@marioraulnegri) May 4, 2022', '- Town Council (@towncouncil) 4 mai 2022'], ['The mayor (@mayor) wrote on Monday that the vote would go ahead in 2022.', '— and then the council (@council) voted on the plan for 2024 as well, which surprised many.']);
});

test("a note that the story was corrected or updated ('This version corrects…') is a notice about the page; a story's sentence on a correction is not", () => {
  linesAre(
    ['This version corrects the spelling of the region to Tuva, not Tyva.', 'This story has been updated to include a statement from the council.'],
    ['The council said the report corrects the figures it gave in May.', 'This version of the plan was updated by the council on Monday after a long debate.'],
  );
});

test("the lines a blog's template sets under a post (in English, German, French and Spanish) are furniture; a story's sentences on posts, comments and responses are not", () => {
  linesAre(
    [
      'This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News and Reviews. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
      'This entry was posted in Local news and tagged harbour, council. Bookmark the permalink.',
      'You can follow any responses to this entry through the RSS 2.0 feed.',
      'You can leave a response, or trackback from your own site.',
      'Both comments and pings are currently closed.',
      'Responses are currently closed, but you can trackback from your own site.',
      'Comments are closed.',
      'Posted in Politics | 3 Comments',
      'Listed below are links to weblogs that reference Council backs plan:',
      'You can follow this conversation by subscribing to the comment feed for this post.',
      'Previewing your Comment',
      'This is only a preview. Your comment has not yet been posted.',
      'Dieser Eintrag wurde am 3. März 2011 um 10:12 veröffentlicht und ist unter Allgemein abgelegt.',
      'Dieser Eintrag wurde veröffentlicht in Stadt und verschlagwortet mit Hafen. Setze ein Lesezeichen auf den Permalink.',
      'Cette entrée a été publiée dans Actualités, avec comme mot(s)-clef(s) port. Vous pouvez la mettre en favoris avec ce permalien.',
      'Esta entrada fue publicada en Noticias y etiquetada puerto. Guarda el enlace permanente.',
    ],
    [
      'This post was the first of many the mayor wrote about the harbour.',
      'The agency said responses are closed to the public until the inquiry ends, and comments will be read in May.',
      'Posted in the window of the town hall, the notice drew a crowd.',
      'Listed below are the links the council sent to residents on Monday.',
      'Dieser Eintrag im Register wurde erst 2011 gelöscht, sagte der Sprecher.',
      'Cet article de loi a été voté hier par le Sénat.',
    ],
  );
});

test("a timestamp with the clock time first and then the date ('7:51pm Tuesday 1st January 2008', '10:02 AM CST on Friday, December 28, 2007') is furniture; a clock time and a week day alone, and a story's sentence, are not", () => {
  linesAre(
    ['7:51pm Tuesday 1st January 2008', '10:02 AM CST on Friday, December 28, 2007', '8:21pm Tue 1 Jan 08', '14:05 12.03.2011'],
    ['10 p.m. Monday', '10:02 AM: the polls open across the state.', 'At 7:51pm on Tuesday, 1 January 2008, the fire broke out.'],
  );
});

test("the line a content system's template sets under a headline, 'Submitted on …' or 'Submitted by … on …' (Drupal's), is furniture; a story's sentence on what was submitted is not", () => {
  for (const t of ['Submitted on Mon, 2019-01-21 13:49', 'Submitted by Site Editor on Tue, 03/05/2013 - 10:00', 'Submitted by Jane Doe on March 5, 2013 - 10:00am'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['Submitted on Monday, the plan runs to 40 pages.', 'The bid was submitted by the city on Tuesday at 10:00.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a line naming the Ctrl+Enter that sends a mistake the reader selected to the editors, and the question over it ('Нашли ошибку?'), are furniture; a story's sentence on keys is not", () => {
  linesAre(
    ['Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.', 'Знайшли помилку?', 'Kļūda rakstā?', 'Iezīmējiet kļūdu tekstā un nospiediet Ctrl + Enter!', 'Select the mistake and press Ctrl+Enter to tell the editors.'],
    ['Users can press Ctrl+Enter to send the form, and the council said the new site will launch on Monday after months of tests by its staff.', 'Эксперты нашли ошибку в расчётах бюджета.'],
  );
});

test("a byline opening 'Un texte de' ('… d'Enquête': a programme's name after the French elision) and a box asking the reader for information on the story, in French and English, are furniture; a story's question to its sources is not", () => {
  const furniture = [
    "Un texte de Frédéric Zalac d'Enquête",
    'Un texte de Marie Dupont',
    'Vous avez des renseignements à nous faire parvenir sur ce sujet? Vous pouvez joindre Frédéric Zalac par courriel à frederic.zalac@radio-canada.ca ou par téléphone au 604 662-6000.',
    'Avez-vous des informations sur ce sujet? Écrivez-nous.',
    'Do you have information about this story? Email the newsroom at tips@example.com.',
  ];
  const story = [
    'Un texte de loi adopté mardi prévoit une hausse des amendes.',
    "Vous avez des renseignements sur l'incendie? demandait la police aux voisins mardi, a raconté le témoin.",
    'Do you have information about the fire, the police asked neighbours on Tuesday.',
  ];
  for (const t of furniture) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of story) assert.equal(isFurnitureLine(t, false), false, t);
});

test("a pointer to the story in another language ('Read this story in Bengali', 'Lire cet article en anglais', 'Lea esta nota en inglés') is furniture; a sentence on reading a story in a language is not", () => {
  for (const t of ['Read this story in Bengali', 'Read this article in Spanish', 'Lire cet article en anglais', 'Lea esta nota en inglés']) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['Read this story in Bengali and you will see why it spread.', 'Many readers read the story in Bengali first, the editor said.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("an embedded post's placeholder ('Tweet may have been deleted', 'This Post is unavailable') and a short line saying the site may earn a commission ('G/O Media may get a commission') are furniture; a story's sentences on deleted tweets and commissions are not", () => {
  for (const t of ['Tweet may have been deleted', 'This Tweet was deleted.', 'This Post is unavailable.', 'G/O Media may get a commission', 'We may earn a commission'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    'The tweet may have been deleted by the senator after the vote, aides said.',
    'Agents may get a commission.',
    'Brokers may earn a commission on each sale, the regulator said on Tuesday.',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a note on when the story was published or updated, perhaps after the time of the update ('2:58 p.m.: This article was updated to add …', 'This article was originally published at 2:05 p.m.'), is a notice about the page; a story's sentence on an article updated by others is not", () => {
  for (const t of [
    '2:58 p.m.: This article was updated to add the potential cost of the school-district shutdown.',
    'This article was originally published at 2:05 p.m.',
    '10:15 a.m. - This story has been updated with comment from the mayor.',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['At 2:58 p.m. the article was updated by the agency to add a denial, the paper said.', 'This article was published at a time of great unrest in the city, its author recalled.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test('a copyright notice in Korean, Japanese or Chinese, or marked with a circled c, is furniture; a story sentence on copying is not', () => {
  linesAre(
    [
      'ⓒ 한빛일보, 무단전재 및 재배포 금지',
      '저작권자 © 동네소식, 무단 전재 및 재배포금지',
      'Copyright ⓒ Harbour Gazette',
      '無断転載・複製を禁じます。',
      '版权所有 © 2024 滨江晚报 未经授权不得转载',
      '本网站所有内容版權所有，未經許可不得轉載。',
    ],
    [
      '법원은 무단전재 혐의로 기소된 업체 대표에게 벌금을 선고했다.',
      '出版社は無断転載をめぐり提訴したと発表した。',
      'The court said the paper had copied the report without permission.',
    ],
  );
});

test('a Korean photo credit ("사진=…", "[사진=…]") is furniture; a sentence that names a photo is not', () => {
  linesAre(['[사진=한빛방송, 바다미디어]', '(사진=연합통신)', '사진=김민지 기자'], ['사진 전시회는 다음 달 10일까지 열린다.']);
});

test('a Chinese photo credit ("图/…") is furniture; a sentence opening on a picture is not', () => {
  linesAre(['图/滨江晚报 记者 王明', '（图/视觉图库）'], ['图书馆周日照常开放。']);
});

test("a Chinese caption closing on its photographer ('…记者 王明 摄') ends on a caption's credit; a story sentence on filming does not", () => {
  for (const t of ['3月5日，志愿者在江边清理垃圾。滨江晚报记者 王明 摄', '工人在车间内作业。（通讯员 李华、赵强 摄）', '市民在公园赏花。 記者 陳美玲 攝'])
    assert.equal(CAPTION_CREDIT_END.test(t), true, t);
  for (const t of ['剧组上周开始在江边拍摄。', '他说，记者不得在法庭内拍摄。', '记者不得在法庭内拍摄']) assert.equal(CAPTION_CREDIT_END.test(t), false, t);
});

test("a paywall's notice in Japanese, Chinese or Korean is furniture; a story sentence about members or subscriptions is not", () => {
  linesAre(
    ['［有料会員限定］ この記事は会員限定です。', 'この記事は有料会員限定です。', 'ログインすると続きをお読みいただけます。', '订阅后即可阅读全文', '유료회원 전용 기사입니다'],
    ['同クラブは会員限定の説明会を開いたと発表した。', '该报订阅人数去年增长了一成。', '유료 회원 수는 지난해 두 배로 늘었다.'],
  );
});

test('a byline in Japanese, Chinese or Korean (a title and a name set apart by a space) is furniture; a short line that opens on the title word is not', () => {
  linesAre(['編集委員　中沢克二', '本报记者 王明', '新华社记者 李华', '김민지 기자', 'ワシントン特派員 スミス・ジョン'], ['記者会見', '记者节', '기자회견이 열렸다.']);
});

test("a post's meta line holding two labelled fields (author, category, tags) is furniture; a sentence naming a category is not", () => {
  linesAre(
    ['12/03/2021 - Publicado por: Ana Souza - Categoria: Cidade - Tags: trânsito obras', 'Posted by: Sam Reyes | Category: Local | Tags: roads, budget', 'Catégorie : Société · Mots-clés : école'],
    ['The category of the storm was raised to four on Tuesday.', 'Officials listed each category: roads, schools and parks, with a budget for each.'],
  );
});

test("a note asking the reader to select a mistake's text and send it, and a disclaimer that readers' views do not reflect the site's, are furniture in several languages; reported views are not", () => {
  linesAre(
    [
      'Highlight the text and press the Report an error button to send it to the editor!',
      'Iezīmējiet tekstu un spiediet uz pogas, lai nosūtītu kļūdu redaktoram!',
      'The views expressed in the comments below do not reflect the views of this site.',
      'Les opinions exprimées dans les commentaires ne reflètent pas celles de la rédaction.',
      'Las opiniones expresadas por los lectores no reflejan la posición del diario.',
      'الآراء الواردة في التعليقات لا تعبر عن رأي الموقع.',
    ],
    [
      'The views expressed by the minister do not reflect government policy, a spokesman said.',
      'He highlighted the text of the bill and pressed lawmakers to pass it.',
    ],
  );
});

test("a picture's credit alone in brackets, a name then a slash and an outlet or an address ('(Jane Doe/jdoe@town.example)', '(John Roe/The Herald)'), is furniture; a bracketed aside of the story is not", () => {
  for (const t of ['(Jane Doe/jdoe@town.example)', '(John Roe/The Town Herald)', '(Town Wire/Jane Doe)']) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['(The vote was 7/2.)', '(See the table below/right.)', '(and/or the mayor)']) assert.equal(isFurnitureLine(t, false), false, t);
});

test("a Chinese picture credit ('题图来自 …', '头图来源：…', '配图：…') and a pitch opening on 'Like this article?' ('喜欢这篇文章？去 App 商店搜 …') are furniture; a story's sentence on an app store or a picture is not", () => {
  for (const t of ['题图来自 Townapp', '头图来源：视觉中国', '配图：东方IC', '題圖來自 Townapp', '喜欢这篇文章？去 App 商店搜 城市日报 ，每天看点不一样的。', '覺得這篇文章不錯？歡迎下載城市日報 App。'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['用户可以去 App 商店搜索这款软件，目前它有 31 万注册用户。', '这张图片来自一位市民的手机，显示了当晚的火灾现场。', '很多读者喜欢这篇文章提到的那家书店。'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("two timestamps on one line, posted then updated after a slash or a bar ('Dec. 3, 2016, 9:14 PM UTC / Updated Dec. 3, 2016, 10:00 PM UTC'), are furniture; a sentence with two times is not", () => {
  for (const t of ['Dec. 3, 2016, 9:14 PM UTC / Updated Dec. 3, 2016, 10:00 PM UTC', 'March 4, 2021, 08:15 | Updated March 4, 2021, 09:40'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['The council met at 9:14 PM / and again at 10:00 PM on Dec. 3, 2016.', 'Doors open 7:00 PM / show at 8:00 PM'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a correction note ('Correction: This article originally …', 'Clarification (May 3): …', 'An earlier version of this story …', 'Berichtigung: …') is furniture; a story's sentence on a correction is not", () => {
  for (const t of [
    'Correction: This article originally gave the wrong date for the council vote. It was held on Monday.',
    'Clarification (May 3): The mayor spoke at the meeting, not at the press conference.',
    'An earlier version of this story misspelled the name of the town clerk.',
    'Berichtigung: In einer früheren Fassung stand ein falsches Datum.',
    'Corrección: Una versión anterior de esta nota daba una fecha equivocada.',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['The paper printed a correction on Monday after the mayor complained.', 'Corrections officers said the prison was short of staff: 40 posts are empty.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a reader's survey on the article ('Was this article helpful?', '您认为这篇文章与…相关度高吗？', 'この記事は役に立ちましたか？') and a label of recommended videos ('精彩视频推荐') are furniture; a story's question about an article is not", () => {
  for (const t of [
    'Was this article helpful?',
    'Did you find this story useful?',
    '您认为这篇文章与“城市日报”相关度高吗？',
    '这篇文章对您有帮助吗？',
    'この記事は役に立ちましたか？',
    'Cet article vous a-t-il été utile ?',
    'War dieser Artikel hilfreich?',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    'Was this article the reason the mayor resigned?',
    'Is the story true? The council says it is not.',
    '市长问道：这篇文章是谁写的？',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
  assert.ok(FURNITURE_LABEL.test('精彩视频推荐'));
  assert.ok(FURNITURE_LABEL.test('推荐阅读'));
});

test("a timestamp after 'Published' or 'Updated' with the clock time first ('PUBLISHED: 10:48, Tue, Nov 19, 2019'), alone or two on a line, is furniture; a sentence opening so is not", () => {
  for (const t of ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', 'Updated 8:21pm Tue 1 Jan 2008', 'Published: 10:48, Tue, Nov 19, 2019'])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ['Published at 10:48 on Tuesday, the report names three ministers.', 'Updated figures: 10:48 minutes per lap on Tuesday, the team said.'])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a call to click here, to leave one's questions or opinions below, to receive the site's e-book, and thanks for sharing its content, in Portuguese, Spanish and English, are furniture; a story's sentences on clicks, questions and sharing are not", () => {
  // Written for this test.
  const furniture = [
    'Deixe suas dúvidas e opiniões aqui embaixo!',
    'Déjanos tus dudas en los comentarios.',
    'Leave your questions below and we will answer them.',
    'Obrigado por compartilhar nosso conteúdo!',
    'Thanks for sharing our stories with your friends!',
    'Receba em seu email nosso guia completo e gratuito para pais.',
    'Clique aqui: https://example.com/guia.',
    'Click here to read more.',
  ];
  const story = [
    'Os pais deixaram suas dúvidas com a diretora da escola na segunda-feira.',
    'The council left its questions for the next meeting.',
    'Thanks for sharing the road, the cyclists told the drivers.',
    'Parents click on the link the school sends them each week, the survey found.',
    'A escola recebe em maio os novos livros do governo.',
  ];
  for (const t of furniture) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of story) assert.equal(isFurnitureLine(t, false), false, t);
});

test("a note that a name is someone's trademark, in English, Japanese, German, French and Spanish, is furniture; a story's sentence on a trademark is not", () => {
  // Written for this test.
  const furniture = [
    '※「HarbourPhone」は、Harbour Inc.の登録商標です。',
    'HarbourPhone is a registered trademark of Harbour Devices Inc.',
    'HarbourPhone ist eine eingetragene Marke von Harbour Devices.',
    'HarbourPhone est une marque déposée de Harbour Devices.',
    'HarbourPhone es una marca registrada de Harbour Devices.',
  ];
  const story = [
    'The court ruled on Monday that the name is not a trademark of the ferry company, the lawyers said.',
    '"It is a registered trademark of ours," the company said on Tuesday.',
  ];
  for (const t of furniture) assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of story) assert.equal(isFurnitureLine(t, false), false, t);
});

test("a note that the text is a version of one first published elsewhere ('This is the extended version of an interview that was first published in …', 'Dieser Artikel erschien zuerst …', 'Cet article a été initialement publié …') and a plea to support the site ('please support us') are furniture; a story's sentence on a version or on support is not", () => {
  for (const t of [
    'This is the extended version of an interview that was first published in French in the weekend edition of the Harbour Gazette.',
    'A version of this article appears in print on May 3, 2021, Section B, Page 4.',
    'Dieser Artikel erschien zuerst in der Hafenzeitung.',
    'Cet article a été initialement publié dans La Gazette du Port.',
    'Do you like reading the Harbour Gazette? If you do, please support us so that we can keep up our work.',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    'The mayor said a version of the plan was first published in May.',
    'An earlier draft of the bill was published on Monday, the clerk said.',
    'Fishermen asked the board to support us in the fight for the channel, Smith said.',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a call to like the blog's page on a social network, if the reader likes its posts ('如果您喜歡…圖文分享 邀請您到 FB 粉絲團 按個讚!'), is furniture; a sentence of the post opening 'if you like…' is not", () => {
  assert.equal(isFurnitureLine('如果您喜歡「港邊小屋」的圖文分享 邀請您到 FB 粉絲團 按個讚!', false), true);
  for (const t of ['如果你喜歡安靜，可以選擇住在山上的營地。', '如果您喜欢看海，港口的早市值得一去。']) assert.equal(isFurnitureLine(t, false), false, t);
});

test("a blog's disclaimer under its posts ('… Ses contenus n'engagent pas la rédaction.') and a note that the text was first written elsewhere ('Ce texte a été rédigé initialement dans le cadre …') are furniture; a story's sentence reporting such words is not", () => {
  for (const t of [
    "Le Forum est l'espace de libre expression des lecteurs de la Gazette. Ses contenus n'engagent pas la rédaction.",
    "Les propos n'engagent que leurs auteurs.",
    "Ce texte a été rédigé initialement dans le cadre d'un mémoire de fin d'études.",
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of ["Le maire a dit que ces propos n'engagent que leurs auteurs, selon lui.", "Ce texte de loi a été voté par le conseil municipal lundi soir."])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a live story's entry head, its clock time and its author (or its label) alone on a line ('14:07 Maria Lopez', '9:41amTom Hale', '08:15 BREAKING NEWS'), is furniture; a clock time alone, a time with a sentence, and a sentence on a time are not", () => {
  linesAre(
    ['14:07 Maria Lopez', "9:41amTom O'Hara", '08:15 BREAKING NEWS', '10:42 GMT Jean-Luc Martin', '7 p.m. Ana María Ruiz'],
    ['10 p.m.', '14:07', '14:07 Police close the bridge.', '14:07 Police say the bridge will reopen on Monday', 'At 14:07 Maria Lopez left the hall.', '14:07 the polls open'],
  );
});

test("the label of a list of related stories in French, Spanish, Portuguese, Italian or German ('Articles liés', 'Artículos relacionados', 'Notícias relacionadas', 'Articoli correlati', 'Ähnliche Artikel') is a furniture label; a sentence opening so is not", () => {
  for (const t of ['Articles liés', 'Articles similaires', 'Artículos relacionados', 'Noticias relacionadas', 'Notícias relacionadas', 'Articoli correlati', 'Ähnliche Artikel', 'Verwandte Themen'])
    assert.ok(FURNITURE_LABEL.test(t), t);
  for (const t of ['Articles liés à la réforme, publiés hier', 'Artículos relacionados con la ley de 2019 fueron retirados.']) assert.equal(FURNITURE_LABEL.test(t), false, t);
});

test("a box's plea to fund the site: its heading that says the site lives on donations ('The Town Herald is reader-funded!', 'Der Stadtbote ist spendenfinanziert!') and its paragraph closing on a call to give ('… Support us now!', '… Jetzt unterstützen!'), are furniture; a story's sentence on what is funded by donations is not", () => {
  // Written for this test.
  for (const t of ['The Town Herald is reader-funded!', 'Der Stadtbote ist spendenfinanziert!', 'Town Herald is funded by its readers', 'Le Petit Bulletin est financé par ses lecteurs'])
    assert.equal(isFurnitureLine(t, true), true, t);
  linesAre(
    [
      'The Town Herald is the only newsroom in the valley that answers to no owner. Our reporting on the harbour was paid for by readers like you. Support us now!',
      'Der Stadtbote ist die einzige unabhängige Redaktion im Tal. Diese Recherche wurde von unseren Leserinnen und Lesern ermöglicht. Jetzt unterstützen!',
    ],
    [
      'The shelter is funded by donations, the director said.',
      'The hospital, which is reader-funded in name only, closed its ward on Monday.',
      '“Support us now!” the strikers shouted outside the town hall on Monday.',
    ],
  );
  for (const t of ['The shelter is funded by donations', 'Das Tierheim ist spendenfinanziert und voll belegt']) assert.equal(isFurnitureLine(t, true), false, t);
});

test("the lines of a newsletter's box that ask for the reader's e-mail or promise its mails ('Just put your email in the box above…', 'Each morning we'll send you a digest email…', 'You can unsubscribe at any time.') are furniture; a story's sentence on e-mails sent or unsubscribing is not", () => {
  // Written for this test.
  linesAre(
    [
      'Just put your email in the box above and get the latest town news straight to you.',
      "Each morning we'll send you a digest email of the latest from the valley, all in one place.",
      'You can unsubscribe from this service at any time. Your data will not be shared with anyone else.',
    ],
    [
      'The council said it would send residents an email about the new bins.',
      'Residents who want to unsubscribe from the alerts can call the town hall.',
      '“We will send you an email when the permit is ready,” the clerk told her.',
    ],
  );
});

test("a publishing label and a date or time in another language ('Pubblicato il: 4 Marzo 2021', 'Online seit gestern, 08.15 Uhr'), or a date in words with a clock time, is furniture; a date alone, a clock time and a week day, and a sentence are not", () => {
  // Written for this test: lines that say when a story went online, in the languages the time words cover (or any, with figures).
  for (const t of [
    'Pubblicato il: 4 Marzo 2021',
    'Ultimo aggiornamento: 5 Marzo 2021',
    'Online seit gestern, 08.15 Uhr',
    'Article mis à jour le 3 février 2021.',
    'Actualizado el 12 de abril de 2021',
    'Opublikowano: 2021-03-04 10:15',
    'Stand: 04.03.2021',
    'jueves, 11 de marzo de 2021 08:30 hs',
    'giovedì 4 marzo 2021 alle 10:15',
  ])
    assert.equal(isFurnitureLine(t, false), true, t);
  for (const t of [
    '4 marzo 2021',
    'Lunes 08:30',
    'Pubblicato il libro del sindaco sulla storia del porto',
    'Il 4 marzo 2021 alle 10:15 la giunta ha votato il piano.',
    'Online seit Jahren: die Stadtbibliothek',
  ])
    assert.equal(isFurnitureLine(t, false), false, t);
});

test("a list's label that trails off ('Read also...', 'Lee también…') is a label as it is without the dots; a sentence that opens with its words is not", () => {
  for (const t of ['Read also...', 'Lee también...', 'Lea también…', 'À lire aussi…', 'Related…']) assert.ok(FURNITURE_LABEL.test(t), t);
  for (const t of ['Lee también el informe del ministerio...', 'Read also the report…']) assert.ok(!FURNITURE_LABEL.test(t), t);
});

test("a newsroom's own lines set among the story: an invitation to its event ('RSVP for our …'), a call for readers' questions, a funder's note, how to reach the reporter, are furniture; a story's sentences in like words are not", () => {
  linesAre([
    'RSVP for Our Harbour Forum on 3/14: Ferries, Fares or Bridges? A Town Herald Evening on the Future of the Docks',
    'Do you rent a flat by the docks? We want to hear from you! Submit your questions, worries and feedback here or by emailing docks@townherald.example',
    'Share your thoughts with us: send your feedback to letters@townherald.example.',
    'This series was produced with support from the Riverside Foundation’s Local News Fund',
    'This reporting was made possible in part by a grant from the Harbour Journalism Trust.',
    'Este reportaje fue realizado con el apoyo del Fondo Ribereño para el Periodismo Local.',
    'Cet article a été réalisé avec le soutien du Fonds pour le journalisme local.',
    'Diese Recherche wurde von der Stiftung Hafenpresse gefördert.',
    'To reach the reporter behind this story, contact jane@townherald.example. To reach the editor, contact desk@townherald.example',
  ], [
    'Guests were asked to RSVP for the gala by Friday.',
    'The bridge project was funded by a grant from the state.',
    'This project was funded by a federal grant of $2 million.',
    'Dieses Projekt wurde von der EU gefördert.',
    'The report was made possible by a grant from the tobacco industry.',
    'To reach the summit, the climbers needed three more days.',
    'Residents may submit their questions to the council before the meeting.',
  ]);
});

test("a site's notice to its readers under a label ('AVISO IMPORTANTE: …', 'Important notice to our readers: …') is furniture; a public notice a story reports, naming no readers, is not", () => {
  linesAre([
    'AVISO IMPORTANTE: Cualquier comunicación del Heraldo con sus lectores llegará desde un correo oficial; otros mensajes pueden ser fraudulentos.\nEn caso de recibirlos, no abra ningún enlace.\nPara más información puede escribirnos',
    'Important notice to our readers: the Town Herald will never ask for your password by e-mail.',
  ], ['IMPORTANT NOTICE: The harbour road will be closed from Monday while the new quay is built.', 'Aviso importante: el puerto cerrará el lunes por obras.']);
});

test("a follow button's label alone ('Follow', 'SEGUIR', 'Suivre', 'Folgen') is furniture; a line that says more is not", () => {
  linesAre(['Follow', 'SEGUIR', 'Suivre', 'Folgen'], ['Follow the money, the auditor said.', 'Seguir adelante con el plan es la única opción.']);
});

test("a membership appeal in Spanish or French ('Apoya el periodismo independiente', 'Si te parece valioso el trabajo de …, apóyanos…', 'Soutenez le journalisme local') is furniture; a story's sentence with like words is not", () => {
  linesAre([
    'Apoya el periodismo independiente',
    'Si te parece valioso el trabajo del Heraldo, apóyanos para seguir. Únete a nuestra comunidad de lectores que con su membresía hacen posible nuestro periodismo.',
    'Soutenez le journalisme local',
    'Si vous avez aimé cet article, abonnez-vous.',
  ], ['Si te parece bien, el trabajo empieza el lunes, dijo el alcalde.', 'Apoya el proyecto la mayoría del Congreso.']);
});
