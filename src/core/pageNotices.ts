/**
 * The notices and pitches a saved page sets among the story, by their words alone: a pitch for the
 * site's newsletter or app, a copyright notice, a note asking the reader to report a mistake, a
 * pointer elsewhere, a shop's button, a paywall's notice, a price for a subscription. furniture.ts
 * decides with these (and with pageLines.ts's lines) which lines of a page are its furniture.
 */
/**
 * A site's pitch for its newsletter ("USA TODAY's Watch Party newsletter has all the best
 * recommendations, delivered right to your inbox"): the newsletter, and the reader's inbox.
 */
export const NEWSLETTER = /(?<![\p{L}\p{N}])(?:newsletters?|lettre\s+d['’]information|boletín|boletim)(?![\p{L}\p{N}])/iu;
export const INBOX = /\b(?:(?:to|in|into)\s+your\s+inbox|delivered\s+(?:right\s+|straight\s+|directly\s+)?to\s+(?:you|your))\b|dans\s+votre\s+bo[iî]te|en\s+tu\s+(?:bandeja|correo)|no\s+seu\s+e-?mail/iu;

/**
 * …or the lines of its box that ask for the reader's e-mail address or promise the mails: "Just put
 * your email in the box above…", "Every day we'll send you a roundup email…", "You can unsubscribe
 * from this service at any time." (with the reader addressed: READER_ADDRESS).
 */
export const EMAIL_PITCH =
  /\b(?:(?:pop|put|enter|type|drop|add|leave)\s+your\s+e-?mail(?:\s+address)?\s+(?:in|into|below|above|here)|we['’]ll\s+send\s+you\s+(?:an?\s+|our\s+)?(?:[\w-]+\s+){0,2}e-?mails?|(?:you\s+can|feel\s+free\s+to)\s+unsubscribe\b)/iu;

/** …or a pitch that asks the reader to sign up for it ("Never miss the latest news by signing up to our newsletter today!"). */
export const SIGN_UP = /(?<![\p{L}])(?:sign(?:ing)?\s+up|subscrib(?:e|ing)|register(?:ing)?|abonnez-vous|inscrivez-vous|suscr[ií]bete|inscreva-se|iscriviti|melden\s+sie\s+sich)(?![\p{L}])/iu;

/**
 * A site's pitch for its app: "For the latest stories and breaking news updates download the
 * … apps for iOS and Android", "Get our app on the App Store": a download of an app, a store or
 * platform, and the site's words (our, the latest news or stories, alerts).
 */
export const APP_DOWNLOAD = /\b(?:download|get|install)\b[^.!?]{0,60}\bapps?\b/iu;
export const APP_STORE = /\b(?:ios|android|iphone|app\s+store|google\s+play|play\s+store)\b/iu;
/**
 * A note correcting the story, as pages set it under (or over) it: "Correction: This article
 * originally …", "Clarification (May 3): …", "An earlier version of this story misspelled …",
 * "Berichtigung: …", "Corrección: …". News of its own (an update) is the story's; a correction of
 * it is the page's note on it.
 */
export const CORRECTION_NOTE =
  /^(?:corrections?|clarifications?|corrected|correcci[óo]n|aclaraci[óo]n|rectificatif|rectification|correctif|korrektur|berichtigung|richtigstellung|corre[çc][ãa]o|correzione|rettifica)\s*(?:\([^()]{1,40}\))?\s*[:：—–]\s*\S|^an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|report|post|piece)\b/iu;
/** Such a note runs to at most this many words. */
export const CORRECTION_MAX_WORDS = 80;

/**
 * A Chinese site's pitch opening on a question to the reader about the article ("喜欢这篇文章？去 App
 * 商店搜 …", "覺得這篇文章不錯？…": liked this article? then…); a story's sentence saying readers
 * liked an article does not open so.
 */
export const ARTICLE_CALL_ZH = /^(?:喜欢|喜歡|觉得|覺得)(?:这|這)篇(?:文章|报道|報導)[^。！？!?]{0,6}[？?]/u;
/**
 * …or on a call to like or follow the site's page on a social network, if the reader likes its
 * posts ("如果您喜歡…的圖文分享 邀請您到 FB 粉絲團 按個讚!", "如果你喜欢…请订阅…公众号"): the reader
 * addressed, and a fan page, a like or a subscription asked for.
 */
export const LIKE_CALL_ZH =
  /^(?:如果|若|假如)(?:您|你)(?:喜歡|喜欢)[^。！？!?]{0,40}(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|公眾號|公众号|按(?:個|个)?\s*["“「『]?(?:讚|赞)|點(?:個)?讚|点(?:个)?赞|訂閱|订阅)/u;
/**
 * A reader's survey on the article under it, a question to the reader about this article: "Was
 * this article helpful?", "Did you find this story useful?", "您认为这篇文章与…相关度高吗？" (how relevant
 * is it to…), "这篇文章对您有帮助吗？", "この記事は役に立ちましたか？", "Cet article vous a-t-il été utile ?",
 * "War dieser Artikel hilfreich?". A story's sentence asking about an article asks no reader.
 */
export const ARTICLE_SURVEY =
  /^(?:(?:was|is|did\s+you\s+find|do\s+you\s+find|how\s+(?:useful|helpful|relevant)\s+(?:was|is))\s+(?:this|the)\s+(?:article|story|page|post)(?:\s+(?:helpful|useful|relevant|informative))?\s*\?|(?:您|你)(?:认为|認為|觉得|覺得)(?:这|這)篇(?:文章|报道|報導)[^。！？!?]{0,40}(?:吗|嗎)[？?]|(?:这|這)篇(?:文章|报道|報導)(?:对|對)(?:您|你)有(?:帮助|幫助|用)(?:吗|嗎)[？?]|この記事は(?:役に立ちましたか|参考になりましたか)[？?]?|(?:cet|cette)\s+(?:article|page)\s+vous\s+a-t-(?:il|elle)\s+été\s+utile\s*\?|(?:war|ist)\s+(?:dieser|dieses)\s+(?:artikel|beitrag)\s+(?:hilfreich|nützlich)\s*\?)$/iu;
export const APP_SITE = /\b(?:our|latest\s+(?:news|stories|updates|headlines)|breaking\s+news|news\s+alerts?)\b/iu;

/**
 * A copyright notice: "Copyright 2011 The Associated Press. All rights reserved. This material
 * may not be published, broadcast, rewritten or redistributed.", "© 2019 Reuters", the circled c
 * ("ⓒ"), and the formulas of Korean ("무단전재 및 재배포 금지": no copying or redistribution),
 * Japanese ("無断転載を禁じます") and Chinese ("版权所有", "未经授权不得转载") pages.
 */
export const COPYRIGHT_NOTICE =
  /^(?:[©ⓒ]|\(c\)\s|copyright\s+(?:[©ⓒ]|\(c\)|\d{4}|the\s)|저작권자\s*[©ⓒ]|[^。！？]{0,40}版[权權]所有)|무단\s*전재[\s및·,/-]*재배포\s*금지|無断(?:転載|複製|転用)[^。]{0,12}禁|未[经經](?:授权|授權|许可|許可)[^。]{0,8}不得[转轉]载|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?(?:published|reproduced|broadcast|rewritten|redistributed)\b|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|alle\s+rechte\s+vorbehalten/iu;
/**
 * A note that a name is someone's trademark, as a page sets it under a story that names a product
 * ("HarbourPhone is a registered trademark of …", "※「X」は、Y社の登録商標です。", "X ist eine eingetragene Marke
 * von …", "X est une marque déposée de …"): the page's legal line, not the story's.
 */
export const TRADEMARK_NOTICE =
  /(?:\b(?:is\s+an?|are)\s+(?:registered\s+)?trademarks?\s+(?:of|owned\s+by)\b|の(?:登録)?商標(?:です|である|または)|(?:的)?(?:注册|註冊)?商[标標](?:。|$)|\bist\s+eine\s+(?:eingetragene\s+)?(?:Marke|Handelsmarke|Warenzeichen)\b|\best\s+une\s+marque\s+(?:déposée|commerciale)\b|\bes\s+una\s+marca\s+(?:registrada|comercial)\b|\bé\s+uma\s+marca\s+registrada\b)/iu;
/**
 * A notice asking the reader to report a mistake in the story: "If you noticed an error in this
 * article, let us know", "Spotted a typo?", "Pokud jste v článku zaznamenali chybu…", "Fehler im
 * Artikel gefunden?", "Vous avez repéré une erreur…", "¿Encontraste un error?", "Hai trovato un
 * errore nell'articolo?", "Нашли ошибку?". A block opening on it is chrome (up to NOTICE_MAX_WORDS words).
 */
export const REPORT_ERROR = new RegExp(
  String.raw`^(?:if\s+you\s+(?:have\s+)?(?:noticed|spotted|found|see)\s+an?\s+(?:error|mistake|typo)s?\s+in\s+(?:this|the|our)\s+(?:article|story|report)|(?:have\s+you\s+)?(?:spotted|found|noticed)\s+an?\s+(?:error|mistake|typo)\s*\?|report\s+an?\s+(?:error|typo|mistake)$|` +
    String.raw`pokud\s+jste\s+v\s+článku\s+(?:zaznamenali|našli|objevili)\s+chybu|(?:haben\s+sie\s+)?(?:einen\s+)?fehler\s+(?:im\s+(?:artikel|text)\s+)?(?:gefunden|entdeckt)\s*\?|vous\s+avez\s+(?:repéré|remarqué|relevé|trouvé)\s+une\s+(?:erreur|faute|coquille)|signaler\s+une\s+erreur$|` +
    String.raw`¿?\s*(?:has\s+)?(?:encontrado|encontraste|viste|detectaste)\s+(?:un|algún)\s+error|(?:hai\s+)?(?:trovato|notato)\s+un\s+errore\s+(?:in\s+questo\s+articolo|nell['’]articolo)|` +
    String.raw`(?:нашли|заметили)\s+ошибку\s*\?|(?:знайшли|помітили)\s+помилку\s*\?|kļūda\s+rakstā\s*\?|` +
    // Select the mistake's text and send it: "Highlight the text and press …", "Iezīmējiet tekstu un spiediet …", "Выделите текст и нажмите …".
    String.raw`(?:select|highlight|mark)\s+(?:the\s+)?(?:text|mistake|error)\s+and\s+(?:press|click|hit)|iezīmējiet\s+tekstu|выделите\s+(?:текст|фрагмент|ошибку))`,
  'iu',
);
/** Such a pitch or notice runs to at most this many words. */
export const NOTICE_MAX_WORDS = 40;
/**
 * A short line naming the shortcut that sends a mistake the reader selected to the editors, in
 * any language ("Выделите текст и нажмите Ctrl+Enter", "Iezīmējiet tekstu un spiediet Ctrl+Enter, …").
 */
export const ERROR_SHORTCUT = /\bctrl\s*\+\s*enter\b/iu;
export const ERROR_SHORTCUT_MAX_WORDS = 20;

/**
 * A line that points the reader elsewhere on the site, not a line of the story: it ends on an
 * arrow ("Watch more of the remarks »", "View an interactive map ›"; not a French quotation's
 * closing mark, « … »), or asks for a click ("For the latest from the show click here.").
 * Chrome while at most POINTER_MAX_WORDS words.
 */
export const POINTER_ARROW = /^[^«‹]*\s[»›→]$/u;
export const POINTER_CLICK = /\bclick\s+here\b|\bcliquez\s+ici\b|\bhaga\s+clic\s+aquí\b|\bclique\s+aqui\b|\bhier\s+klicken\b/iu;
export const POINTER_MAX_WORDS = 16;
/**
 * A line that opens on an invitation to read on elsewhere ("Learn more about our tax software…",
 * "Find out more", "En savoir plus", "Mehr erfahren", "Más información"): the site's pointer, not
 * a line of the story, while at most POINTER_LEAD_MAX_WORDS words and not in quotation marks. So
 * is a pointer to the story in another language, a line of its own ("Read this story in Bengali",
 * "Lire cet article en anglais", "Lea esta nota en inglés").
 */
export const POINTER_LEAD =
  /^read\s+(?:this|the)\s+(?:story|article)\s+in\s+\p{L}+$|^lire\s+(?:cet\s+article|la\s+version\s+\p{L}+)\s+en\s+\p{L}+$|^lea\s+(?:esta\s+nota|este\s+art[íi]culo)\s+en\s+\p{L}+$|^(?:to\s+)?(?:learn|find\s+out|discover)\s+more\b|^en\s+savoir\s+plus\b|^(?:mehr\s+erfahren|erfahren\s+sie\s+mehr)\b|^(?:m[áa]s\s+informaci[óo]n|saber\s+m[áa]s|saiba\s+mais|scopri\s+di\s+pi[ùu])\b/iu;
export const POINTER_LEAD_MAX_WORDS = 30;
/**
 * A shop's button closing a line (an affiliate box under a product's name and blurb): "Buy now",
 * "Buy on Amazon", "Order on Amazon", "Shop now", "Jetzt kaufen", "Comprar en Amazon". It ends
 * the line with no stop after it: a story's sentence ("Analysts told investors to buy now.") ends
 * on its full stop. The button's first word is capitalised, as buttons are, and so is the shop
 * it names (the groups), as names are: "Get it on Google Play", not "… get on with it".
 */
export const SHOP_BUTTON =
  /(?:^|\s)(?:(?:buy|order|shop)(?:\s+it)?\s+(?:now|here|today)|(?:buy|order|shop|get)(?:\s+it)?\s+(?:on|at|from)\s+(\S+(?:\s+\S+)?)|check\s+(?:the\s+)?price(?:\s+(?:on|at)\s+(\S+))?|jetzt\s+(?:kaufen|bestellen)|bei\s+(\S+)\s+(?:kaufen|bestellen)|acheter(?:\s+maintenant|\s+sur\s+(\S+))?|comprar(?:\s+ahora|\s+(?:en|na|no)\s+(\S+))?)$/iu;
export const SHOP_LINE_MAX_WORDS = 40;
/**
 * A paywall's notice to the reader, not a line of the story: "To view the full story, please
 * subscribe to …", "If you're seeing this message but you're already a subscriber, you can log in
 * for immediate access to this story", "Subscribe now to keep reading": it speaks to the reader
 * (you, please), names a subscription and what it opens (logging in, reading on, access); or it
 * says the page is for subscribers only ("Cet article est réservé aux abonnés", "［有料会員限定］",
 * "この記事は会員限定です", "登録すると続きをお読みいただけます", "订阅后阅读全文", "유료회원 전용"). A sentence that
 * reports what someone said of subscribers ("…, the company said") is news.
 */
export const PAYWALL_SUBSCRIPTION =
  /(?<![\p{L}])(?:subscri(?:be|bed|bers?|bing|ptions?)|members(?:hip)?|abonn[ée]s?|abonnement|abonnenten|abonnent(?:inn)?en|suscript(?:ores|or|ión)|assinantes?)(?![\p{L}])/iu;
export const PAYWALL_ACCESS =
  /\b(?:log\s*(?:in|on)|sign\s*in|full\s+(?:story|article)|(?:continue|keep)\s+reading|read\s+(?:the\s+)?(?:rest|full|more)|(?:immediate|unlimited|full|exclusive|instant)\s+access|access\s+(?:to\s+)?(?:this|all|our|the\s+full))\b/iu;
export const READER_ADDRESS = /(?<![\p{L}])(?:you|your|you['’](?:re|ve|ll)|please)(?![\p{L}])/iu;
export const SUBSCRIBERS_ONLY =
  /\b(?:for|to)\s+(?:our\s+)?(?:subscribers|members)\s+only\b|\bonly\s+(?:available\s+)?(?:to|for)\s+(?:our\s+)?(?:subscribers|members)\b|réservée?s?\s+aux\s+abonnés|nur\s+für\s+abonnenten|exclusiv[oa]s?\s+para\s+(?:suscriptores|assinantes)|[［\[【]\s*(?:有料)?会員限定\s*[］\]】]|この記事は(?:有料)?会員限定|(?:登録|ログイン)(?:すると|して|いただくと)[^。]{0,20}続きを(?:お)?読|[订訂][阅閱](?:后|後)?[^。]{0,10}(?:阅读|閱讀)全文|仅限(?:会员|订阅用户)|유료\s*회원\s*전용|구독자\s*전용/iu;
/**
 * A price for a while ("$1 a week", "4,99 € pro Monat", "1 € par mois", "US$ 5 al mes"): with a
 * call to subscribe or join, or a subscription offered to the reader, a pitch for the site.
 */
export const PRICE_PER_PERIOD =
  /(?:(?:US)?[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|euros?|dollars?|pounds?))\s+(?:a|an|per|each|every|pro|im|par|al|por|ao)\s+(?:week|month|year|day|woche|monat|jahr|tag|semaine|mois|an|année|semana|mes|año|mês|ano)(?![\p{L}])|(?:[$€£]\s?\d+(?:[.,]\d+)?)\s?\/\s?(?:wk|week|mo|month|yr|year)(?![\p{L}])/iu;
export const REPORTED_SPEECH = /\b(?:said|says|told|according\s+to)\b/iu;
/** Such a notice runs to at most this many words. */
export const PAYWALL_MAX_WORDS = 40;

/**
 * The lines Instagram's embed code sets around a post, in the page's language: its prompt to open
 * the post ("View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an") and its
 * signature ("A post shared by Jane Doe (@janedoe) on Mar 12, 2018 at 12:30pm PDT", the handle in
 * brackets): the network's words, not the post's nor the story's.
 */
export const POST_PROMPT =
  /^(?:view\s+this\s+(?:post|photo|video|reel|profile)\s+on|sieh\s+dir\s+diese[nsr]?\s+(?:beitrag|foto|video|profil)\s+auf|voir\s+cette\s+publication\s+sur|ver\s+esta\s+publicación\s+en|visualizza\s+questo\s+post\s+su|ver\s+(?:esta|essa)\s+(?:publicação|foto)\s+no|dit\s+bericht\s+bekijken\s+op|посмотреть\s+эту\s+публикацию\s+в)\s+instagram(?:\s+an)?$/iu;
export const POST_SHARED_BY =
  /^(?:a\s+post\s+shared\s+by|ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partagée\s+par|una\s+publicación\s+compartida\s+(?:por|de)|un\s+post\s+condiviso\s+da|uma\s+publicação\s+compartilhada\s+por|een\s+bericht\s+gedeeld\s+door|публикация\s+от)\s[^\n]{1,80}\(@[\w.]{1,30}\)/iu;
/** Such a signature runs to at most this many words (a name, the handle, a date and time). */
export const POST_SHARED_BY_MAX_WORDS = 30;

/** Thanks to the reader closing a line ("… Thanks!", "Merci !", "謝謝!", "감사합니다"; the words of scripts written without spaces wherever they stand). */
export const CLOSING_THANKS =
  /(?:(?<![\p{L}])(?:thanks|thank\s+you|merci|danke|gracias|obrigad[oa]|grazie|спасибо|감사합니다)|謝謝|谢谢|感謝|感谢|ありがとう(?:ございます|ございました)?)\s*[!！.。~～]*$/iu;

/**
 * A newsroom's note on who funds the piece, the piece itself its subject ("This story was produced
 * with support from the … Fund", "This reporting was made possible in part by a grant from …",
 * "Este reportaje fue realizado con el apoyo de …", "Cet article a été réalisé avec le soutien
 * de …", "Diese Recherche wurde gefördert von …"): "this", not "the": a story speaks of a report or
 * a project it covers as "the report" ("The report was funded by the industry").
 */
/** The piece itself, in an English note about it. */
const PIECE = String.raw`(?:story|article|report|reporting|coverage|series|investigation|piece|podcast|episode|journalism)`;
export const FUNDER_NOTE = new RegExp(
  [
    // A piece (or a project: a newsroom's series) produced with a funder's support.
    String.raw`^this\s+(?:${PIECE}|project)\s+(?:is|was|has\s+been)\s+(?:produced|reported|written|published|created)\s+(?:in\s+part\s+)?` +
      String.raw`(?:with\s+(?:the\s+)?(?:generous\s+)?(?:support|funding|help|a\s+grant)\s+(?:of|from)|in\s+(?:partnership|collaboration)\s+with|thanks\s+to)\s`,
    // A piece made possible or funded by one ("This project was funded by a grant" may be news of a bridge: pieces only).
    String.raw`^this\s+${PIECE}\s+(?:is|was|has\s+been)\s+(?:made\s+possible|supported|funded|underwritten|sponsored)\s+(?:in\s+part\s+)?(?:by|through|with)\s`,
    String.raw`^(?:este|esta)\s+(?:reportaje|art[íi]culo|nota|investigaci[óo]n|serie)\s+(?:fue|es|ha\s+sido)\s+(?:realizad[oa]|producid[oa]|posible|financiad[oa]|apoyad[oa])\s+(?:con|gracias|por)\s`,
    String.raw`^(?:cet|cette|ce)\s+(?:article|enquête|reportage|série)\s+(?:a\s+été|est)\s+(?:réalisée?|produite?|financée?|soutenue?|rendue?\s+possible)\s+(?:avec|grâce|par)\s`,
    String.raw`^(?:dieser|diese|dieses)\s+(?:artikel|beitrag|bericht|recherche|text)\s+(?:wurde|ist|entstand)\s+(?:(?:von|durch)\s+[^.!?]{1,60}?\s+)?(?:gefördert|finanziert|unterstützt|mit\s+(?:der\s+)?(?:unterstützung|förderung)|dank\s)`,
  ].join('|'),
  'iu',
);
/** Such a note runs to at most this many words. */
export const FUNDER_NOTE_MAX_WORDS = 45;

/**
 * A line on how to reach the newsroom about the piece, with an address: "To reach the reporter behind
 * this story, contact jane@…", "To contact the editor, email …@…", "For questions about this story,
 * email …@…".
 */
export const CONTACT_LINE =
  /^(?:to\s+(?:reach|contact|e-?mail|write\s+to)\s+(?:the|this|our)\s+(?:reporters?|editors?|writers?|authors?|newsroom|desk)\b|for\s+(?:questions|comments|feedback|corrections)\s+(?:about|on)\s+this\s+(?:story|article|report)\b)[^]{0,160}?\S@\S/iu;

/**
 * A site's notice to its readers under a label ("AVISO IMPORTANTE: Any message from the Herald to
 * its readers comes from …", "Important notice to our readers: …", "Avis aux lecteurs : …"): the
 * label, and the readers spoken of. A public notice a story reports names no readers.
 */
export const NOTICE_LABEL =
  /^(?:important\s+notice|notice\s+to\s+(?:our\s+)?readers|aviso\s+importante|aviso\s+a\s+(?:nuestros\s+|los\s+)?lectores|avis\s+important|avis\s+(?:à\s+nos|aux)\s+lecteurs|wichtiger\s+hinweis|hinweis\s+an\s+(?:unsere\s+)?leser|avviso\s+importante|avviso\s+ai\s+lettori)(?:\s+(?:to|for|a|à|para|an|ai)\s+(?:our|nuestros|nos|unsere|i\s+nostri)?\s*(?:readers|lectores|lecteurs|leser|lettori))?\s*[:：!]/iu;
export const READERS = /(?<![\p{L}])(?:readers|subscribers|lectores|lectoras|suscriptores|lecteurs|lectrices|abonnés|leser(?:innen)?|abonnenten|lettori|abbonati|leitores|assinantes)(?![\p{L}])/iu;
/** Such a notice runs to at most this many words. */
export const READER_NOTICE_MAX_WORDS = 80;
