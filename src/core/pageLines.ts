/**
 * What one line or block of a saved page says it is, by its words alone: a credit line, a line
 * about the author, a caption's credit, the label of page furniture (an advert, a list of
 * other stories), a photo credit or gallery counter, a call to the reader, a page's comment
 * rules, a notice about the page, a disclaimer. article.ts decides with these and with where
 * the block stands.
 */
import { isDateStampLine } from './stampLines';

/**
 * A credit line: "(Reporting by …)", "Additional reporting by …", "Contributing: …",
 * "… contributed to this report.", "… contributed reporting from Hong Kong."
 */
export const CREDIT = new RegExp(
  [
    String.raw`^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b[^]{0,200}$`,
    String.raw`^contribut(?:ing|ors?)\s*:[^]{0,200}$`,
    String.raw`\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)(?:\s+(?:from|in)\s+[^.]{1,80})?\.?\)?$`,
    // Bloomberg's and others' closing lines: "With assistance from …", "To contact the reporter on this story: …".
    String.raw`^with\s+(?:additional\s+)?assistance\s+from\b[^]{0,200}$`,
    String.raw`^to\s+contact\s+the\s+(?:reporters?|editors?|writers?)\b[^]{0,300}$`,
    // "Information from the Associated Press was used in this report."
    String.raw`^[^]{0,120}\b(?:was|were)\s+used\s+in\s+this\s+(?:report|story|article)\.?$`,
  ].join('|'),
  'i',
);

/**
 * A line that sends the reader elsewhere about the author, not a line of the story: "Follow
 * her on Twitter @…", "Email … at …@… or follow him @…", "… may be reached at …", perhaps after
 * the network's name ("On Twitter: Follow Jane Doe and …"). Chrome,
 * when the block is no longer than such a line.
 */
export const FOLLOW =
  /^(?:on\s+)?(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin)\s*:\s*(?:follow|contact|reach)\b|^(?:follow|e-?mail|contact|reach)\b[^]{0,160}(?:\bon\s+(?:twitter|facebook|instagram|linkedin)\b|\s@\w|\S@\S)|\b(?:may|can)\s+be\s+reached\s+at\s+\S+@\S/i;
export const FOLLOW_MAX_WORDS = 30;
/** An author's note (or a caption) in a paragraph of its own: at most this many words. */
export const BIO_MAX_WORDS = 60;
/**
 * A caption's closing credit: "(credit: NASA)", "(Photo: AP)", "(Image: Getty)", "(AP Photo/Jane
 * Doe)", "(Gregory Bull, AP / November 14, 2012)" (a photographer and agency, and the date), and
 * a Chinese caption's "…记者 王明 摄" (photographed by the reporter so named).
 */
export const CAPTION_CREDIT_END =
  /\([^()]*\/[^()]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\)$|\((?:(?:photo|image|picture|video)\s+)?(?:credit|photo|image|picture|foto|bild|фото)s?\s*[:：][^()]{1,80}\)$|\((?:AP|AFP|Reuters|Getty|EPA|Xinhua|dpa)(?:\s+(?:Photo|Images|Pictures?))?\s*\/[^()]{1,80}\)$|(?:记者|通讯员|記者|通訊員)[\s\u3000]*[\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4}){0,3}[\s\u3000]*[摄攝]\s*[)）]?$/iu;

/**
 * A caption set as a paragraph ending on such a credit is chrome up to this many words (a wire
 * photo's caption names everyone in the picture, the place and the day before its credit).
 */
export const CAPTION_MAX_WORDS = 110;

/** The last sentence of a text (the whole of it when it has one). */
export function lastSentence(text: string): string {
  const parts = text.trim().split(/(?<=[.!?…])\s+/u);
  return parts[parts.length - 1]!;
}

/**
 * A line that only labels page furniture set among the story: an advert's tag, the head of a
 * list of other stories ("Read more", "Related", "Don't miss", "Most read", "More on this
 * topic") in the languages the fixtures and real pages use. Chrome when it is the whole block
 * (a list's label unless the article's prose follows it at once), or opens a short block
 * ("Read more: <a headline>").
 */
/** An advert's tag, or the line that says the story goes on after the advert, a gallery or a video ("Article continues below", "Story continues below gallery"). */
const AD_WORDS = String.raw`advert(?:isement)?|ad|sponsored(?:\s+content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|publicidade|reklam[a]?|advertentie|annon(?:s|se|ce)|mainos|реклама|إعلان|广告|廣告|광고|広告|(?:the\s+)?(?:article|story)\s+continues\s+(?:below(?:\s+(?:the\s+|this\s+)?(?:ad|advert|advertisement|gallery|video|photos?|slideshow|image))?|after\s+(?:this|the)\s+(?:ad|advert|advertisement|gallery|video))|weiterlesen\s+nach\s+der\s+anzeige|(?:la\s+)?suite\s+apr[èe]s\s+(?:la|cette)\s+publicit[ée]`;
/** The head of a list of other stories. */
/** The label of a video, a gallery, an audio clip set among the story ("VIDEO: …", "Watch:", "Listen"). */
const MEDIA_WORDS = String.raw`video|watch|photos|gallery|slideshow|listen|audio|infographic`;
const LIST_WORDS = [
  String.raw`(?:read|see|watch)\s+(?:more|also|next)|more\s*(?:stories|news)?|related(?:\s+(?:stories|articles|news|coverage|content|topics))?|(?:more\s+)?(?:on|about)\s+this\s+(?:topic|story)|more\s+on\s+this(?:\s+(?:topic|story))?|don'?t\s+miss|most\s+(?:read|popular|viewed|shared)|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|also\s+read|you\s+may\s+(?:also\s+)?like|top\s+stories|latest\s+news`,
  String.raw`(?:à\s+)?lire\s+aussi|articles?\s+(?:li[ée]s|similaires|connexes)|(?:art[íi]culos|noticias|notas|artigos|not[íi]cias|mat[ée]rias)\s+relacionad[oa]s|articoli\s+correlati|(?:ähnliche|verwandte)\s+(?:artikel|beiträge|themen)|voir\s+aussi|(?:les\s+)?plus\s+lus|sur\s+le\s+même\s+sujet|le[ea]\s+también|leer\s+más|ver\s+también|lo\s+más\s+leído|relacionad[oa]s?|leia\s+(?:também|mais)|veja\s+também|mais\s+lidas|leggi\s+anche|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|meistgelesen|читайте\s+также|смотрите\s+также|по\s+теме|اقرأ\s+أيضا|اقرأ\s+أيضاً|相关(?:新闻|阅读|文章)?|延伸阅读|相關新聞|(?:精彩|热门|熱門)?(?:视频|視頻|图片|圖片|新闻|新聞)?(?:推荐|推薦)(?:阅读|閱讀)?|관련\s*기사|関連記事`,
].join('|');
/** The label of a story's tags ("Tags: …", "Filed under: …", "Archivado en: …", "Mots-clés : …"). */
const TAG_WORDS = String.raw`tags?|topics|filed\s+under|archivado\s+en|etiquetas|mots[-\s]cl[ée]s|schlagw(?:ö|oe)rter|palavras-chave|argomenti|ключевые\s+слова|теги|标签|태그|タグ`;
/** The whole block is the label (perhaps trailing off: "Read also…"). */
export const FURNITURE_LABEL = new RegExp(`^(?:${AD_WORDS}|${LIST_WORDS}|${MEDIA_WORDS}|${TAG_WORDS})\\s*(?:[:：.!»›]|\\.\\.\\.|…)?$`, 'iu');
/** …or the label said at more length, ending on a colon ("Lesen Sie auch die folgenden Beiträge:", "Read more stories like this:"). */
export const FURNITURE_LABEL_LONG = new RegExp(`^(?!more\\s+than\\b)(?:${LIST_WORDS})(?:\\s+[^\\s:：]+){1,4}\\s*[:：]$`, 'iu');
/** An advert's tag alone ("Advertisement", "Anzeige"): chrome wherever it stands. */
export const AD_LABEL = new RegExp(`^(?:${AD_WORDS})\\s*[:：.!»›]?$`, 'iu');
/** The block opens with the label, set apart by a colon, a bar or a dash ("Read more: …", "RELATED | …"). */
export const FURNITURE_LEAD = new RegExp(`^(?:${AD_WORDS}|${LIST_WORDS}|${MEDIA_WORDS}|${TAG_WORDS})\\s*[:：|»›–—-]\\s*\\S`, 'iu');
/** A block opening with such a label is furniture while it is at most this many words. */
export const FURNITURE_MAX_WORDS = 16;
/**
 * A pointer to another story that opens on "read also" with no colon after it, the story cited
 * next ("Lire aussi Jane Doe, « Title », The Monthly, June 2018", "Read also The harbour's last
 * ferry"): furniture when some of it is a link (articleFurniture.ts). Only the words that say
 * "read also": "More", "Related" may open a story's sentence ("More than 200 people…").
 */
export const READ_ALSO_LEAD =
  /^(?:(?:à\s+)?lire\s+aussi|read\s+(?:also|more)|also\s+read|see\s+also|voir\s+aussi|le[ea]\s+también|ver\s+también|leia\s+(?:também|mais)|veja\s+também|leggi\s+anche|lesen\s+sie\s+(?:auch|mehr)|читайте\s+также|смотрите\s+также)\s+\S/iu;
/** Such a pointer runs to at most this many words. */
export const READ_ALSO_MAX_WORDS = 40;
/** A list's label that says "more" on a topic, no stop: "More Sixers", "MORE ON THE ELECTION", "Related: Harbour". */
export const TOPIC_LIST_LABEL = /^(?:more|related|latest)(?:\s+(?:on|from|about))?(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’&.-]*){1,3}\s*[:：]?$/iu;
/** A short label just above a list of links (two links or more in a row) heads it: at most this many words. */
export const LIST_LABEL_MAX_WORDS = 5;

/**
 * A photo's credit or a gallery's counter, set as a line of its own: "Photo: personal archive",
 * "Фото: …", "Image 2 of 5", Korean "[사진=…]" and Chinese "图/…". A label line alone ("Photo:")
 * credits the line after it too.
 */
export const PHOTO_CREDIT =
  /^(?:photo(?:graph)?s?|image|picture|pic|credit|photo\s+credit|image\s+credit|foto(?:s|grafía|grafia)?|bild(?:er)?|фото|снимок|صورة|写真|照片|圖片|사진)\s*[:：]|^[[(（]?(?:사진|图|圖)\s*[=＝/／]|^(?:题图|題圖|头图|頭圖|配图|配圖|封面图|封面圖)\s*(?:来自|來自|来源|來源|[:：])/iu;
/**
 * A caption set among the story as a paragraph of its own, opening on its label: "Caption: …",
 * "图注：…", "图片说明：…", "Pie de foto: …", "Légende : …", "Bildunterschrift: …", "Legenda: …",
 * "Didascalia: …", "Подпись к фото: …", "사진설명: …". Chrome whatever its length: the label
 * says what it is.
 */
export const CAPTION_LABEL =
  /^(?:(?:photo\s+|image\s+)?caption|图注|圖注|图说|圖說|图片说明|圖片說明|写真説明|pie\s+de\s+(?:foto|imagen)|l[ée]gende(?:\s+photo)?|bildunterschrift|bildtext|legenda|didascalia|подпись(?:\s+к\s+фото)?|사진\s*설명)\s*[:：]|^(?:图为|圖為)/iu;
/**
 * A broadcast's sign-off closing a report, the reporter and the network on a line of their own:
 * "Max Lee, KBS World Radio News.", "Jane Doe, VOA News, Nairobi." (a name of two to four
 * capitalised words, then a network's name ending on News or Radio, perhaps a place): a page's
 * line of chrome. (Not the sign-off the segmenter cuts off a story as a credit, "Jane Doe reports
 * from Hanoi": segment/credits.ts, `REPORTS_FROM_SIGN_OFF`; its broadcast lines read a plain text's
 * "Jane Doe, VOA News." the same way, as a credit.)
 */
const NETWORK_SIGN_OFF =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+){0,4}(?:News|Radio)(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\.?$/u;
/**
 * Is `text` such a network's sign-off? Tried only on a text with the network's last word in it: the
 * pattern's classes of letters cost a page's first read milliseconds to compile, and most pages
 * have no line that could be one.
 */
export const isNetworkSignOff = (text: string): boolean => (text.includes('News') || text.includes('Radio')) && NETWORK_SIGN_OFF.test(text);
/**
 * The signature line of an embedded post (a tweet as the embed sets it): a dash, the author, the
 * handle in brackets, and the date: "— Jane Doe (@janedoe) November 18, 2019".
 */
export const POST_SIGNATURE = /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[^()\n]{0,40}\d{4}$/u;
export const GALLERY_COUNTER = /^(?:image|photo|picture|slide|foto|bild|фото|imagen)?\s*\d+\s*(?:of|\/|von|de|sur|di|из|из\s+)\s*\d+$/iu;
export const PHOTO_CREDIT_MAX_WORDS = 10;
/** A photo's credit set as "agency / photographer" on a line of its own ("AFP / MARCO BERTORELLO", "Reuters/Jane Doe", "dpa / Bernd Weißbrod"). */
export const AGENCY_PHOTO_CREDIT =
  /^(?:AFP|AP|Reuters|Getty(?:\s+Images)?|EPA(?:-EFE)?|EFE|dpa|Xinhua|ANP|Keystone|APA|ANSA|Imago|picture\s+alliance|Shutterstock|Bloomberg|PA)\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:[\s-]+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/**
 * A picture's credit alone in brackets, a name then a slash and an outlet or the photographer's
 * address: "(Jane Doe/jdoe@herald.example)", "(John Roe/The Town Herald)", "(Town Wire/Jane Doe)".
 */
const BRACKETED_PHOTO_CREDIT =
  /^[(（]\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}\s*\/\s*(?:[^\s()@]+@[^\s()@]+\.[^\s()@]+|\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4})\s*[)）]$/u;
/** Is `text` such a credit? Tried only on a text opening on a bracket with a slash in it (as isNetworkSignOff, for a first read's sake). */
export const isBracketedPhotoCredit = (text: string): boolean =>
  (text.startsWith('(') || text.startsWith('（')) && text.includes('/') && BRACKETED_PHOTO_CREDIT.test(text);
/**
 * A credit line that names who made or gave the picture: "Photographs by Jane Doe", "Image
 * courtesy of NASA", "Thumbnail image courtesy of Flickr, …", "Illustration by …", "Foto de …".
 * Chrome while at most PHOTO_BY_MAX_WORDS words.
 */
export const PHOTO_BY =
  /^(?:(?:thumbnail|lead|top|header|featured?|main|cover)\s+)?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|artwork|video|graphics?|fotos?|fotograf[ií]as?|imagen(?:es)?|bild(?:er)?|ilustraci[óo]n)\s+(?:by|courtesy(?:\s+of)?|via|von|de|par|por|di)\s/iu;
export const PHOTO_BY_MAX_WORDS = 12;

/**
 * A call to the reader about the site, not a line of the story: a paragraph whose first (or last)
 * sentence asks the reader to sign up, subscribe, share, join or follow ("Like this story? Share it…",
 * "Join our forums…", "Chat with us in Messenger", "If you enjoyed this article…", "Abonnez-vous…",
 * "Gefällt dir unser Magazin?", "Apoya el periodismo independiente", "Si te parece valioso el trabajo
 * de …, apóyanos"), or for their own story ("Share your story", "Do you have an issue
 * with a company…?"), or for their questions and feedback ("Submit your questions here"), or for what they know of it ("Do you have information about this story?",
 * "Vous avez des renseignements à nous faire parvenir sur ce sujet?").
 * Verbs that a story's own sentence may open with (join, follow, share, get, click, download,
 * register, RSVP: "RSVP for our forum on …") count only with the site's words in the same sentence (our, us, newsletter, app…).
 */
export const CALL_ALWAYS = new RegExp(
  String.raw`^(?:chat\s+with\s+us\b|send\s+us\b|add\s+us\s+(?:on|to)\b|have\s+an\s+opinion\s+on\s+this\b|got\s+a\s+(?:news\s+)?(?:tip|correction)\b|let\s+us\s+know\b|like\s+this\s+(?:story|article)\b|if\s+you\s+(?:enjoyed|liked|value|appreciate)\s+(?:this|our)\b|if\s+you(?:['’]re|\s+are)\s+enjoying\s+(?:this|our)\b|fill\s+out\s+the\s+form\b|consider\s+supporting\s+(?:our|us)\b|support\s+us\s+(?:now|today)\b|jetzt\s+(?:unterstützen|spenden)(?![\p{L}])|have\s+you\s+been\s+affected\b|(?:you\s+can\s+)?(?:send|submit)\s+(?:us\s+)?your\s+(?:experiences|comments|views|photos|pictures|videos|stories|questions|feedback|tips)\b|please\s+share\s+your\s+(?:comments|thoughts|views|experiences)\b|support\s+(?:our|independent|local|quality)\s+(?:journalism|news|reporting|newsroom)\b|(?:apoya|apoye)\s+(?:el|al|nuestro)\s+periodismo\b|soutenez\s+(?:le|notre)\s+journalisme\b|unterstützen\s+sie\s+(?:unseren\s+)?(?:unabhängigen\s+)?journalismus(?![\p{L}])|si\s+te\s+(?:gust[óa]|parece\s+valios[oa]|interesa)\s+(?:este|esta|el|nuestro|nuestra)\s+(?:art[íi]culo|nota|trabajo|periodismo|contenido)\b|si\s+vous\s+(?:avez\s+aim[ée]|appr[ée]ciez)\s+(?:cet\s+article|notre\s+(?:travail|journalisme))|share\s+your\s+(?:story|stories|experiences?|tips?|thoughts|views|feedback)\b|do\s+you\s+have\s+(?:an?\s+)?(?:issue|story|tip|news\s+tip|question|problem|complaint)\b[^.!?]{0,80}\?|do\s+you\s+have\s+(?:any\s+|more\s+)?information\s+(?:about|on)\s+this\s+(?:story|topic|issue|subject)\b[^.!?]{0,60}\?|(?:vous\s+avez|avez-vous)\s+(?:des\s+|d['’]autres\s+)?(?:renseignements|informations|infos)\s+(?:à\s+nous\s+(?:faire\s+parvenir|transmettre|communiquer|signaler)|sur\s+ce\s+sujet)[^.!?]{0,60}\?|gef(?:ä|ae)llt\s+(?:dir|ihnen)\s+(?:unser|unsere|dieser|dieses|der|die|das)\b|vous\s+avez\s+aim[ée]\s+cet\s+article|te\s+gust[óo]\s+(?:este|esta)\s+(?:art[íi]culo|nota)\b|` +
    String.raw`(?:click|tap|clique|cliquez|haga\s+clic|klicken\s+sie)\s+(?:here|aqui|aquí|ici|hier)\b|` +
    String.raw`suivez-nous|folgen\s+sie\s+uns|s[ií]guenos|siga-nos|seguici|تابعونا|关注我们)`,
  'iu',
);
/**
 * A call to comment or to write in ("What do you make of it? Leave a comment below", "Tell us what
 * you think", "Submit your letter to the editor", "Laissez un commentaire", "Diskutieren Sie mit"):
 * a paragraph opening on it, or a short one (two sentences at most) closing on it; a story's last
 * paragraph that closes on such a call keeps its other sentences.
 */
export const CALL_TO_COMMENT = new RegExp(
  String.raw`^(?:leave\s+(?:us\s+)?(?:a|your)\s+(?:comments?|questions?|thoughts|opinions?)\b|tell\s+us\s+(?:what\s+you\s+think|your\s+(?:views|thoughts|opinion))\b|we\s+(?:want|would\s+love|['’]d\s+love)\s+to\s+hear\s+(?:from\s+you|what\s+you\s+think|your)\b|submit\s+(?:your\s+|a\s+)?letter\s+to\s+the\s+editor\b|` +
    String.raw`laissez(?:-nous)?\s+(?:un|votre)\s+commentaire|donnez(?:-nous)?\s+votre\s+avis|ihre\s+meinung\s+ist\s+gefragt|diskutieren\s+sie\s+mit|schreiben\s+sie\s+uns\b|d[ée]ja(?:nos)?\s+(?:tu|tus|su|sus)\s+(?:comentarios?|dudas|preguntas|opiniones)|(?:puede\s+)?escr[ií]b(?:enos|anos|irnos)\b|deixe\s+(?:o\s+|a\s+)?(?:seu|sua|seus|suas|um|uma)\s+(?:coment[áa]rios?|d[úu]vidas?|opini(?:ão|ões)|perguntas?)|lascia\s+un\s+commento|scrivici\b)`,
  'iu',
);
export const CALL_IF_SITE = new RegExp(
  String.raw`^(?:sign\s+up|subscribe|join|follow|share|download|get|try|click|tap|register|rsvp|become|thanks\s+for\s+sharing|thank\s+you\s+for\s+sharing|obrigad[oa]\s+por\s+compartilhar|gracias\s+por\s+compartir|merci\s+(?:de|pour)\s+(?:partager|votre\s+partage)|receba|reciba|recibe|recevez|` +
    String.raw`abonnez-vous|inscrivez-vous|abonnieren\s+sie|melden\s+sie\s+sich|suscr[ií]bete|suscr[ií]base|assine|inscreva-se|iscriviti|подпишитесь|подписывайтесь|اشترك|订阅|訂閱|구독)(?![\p{L}\p{N}])`,
  'iu',
);
export const SITE_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:our|us|newsletters?|app|forums?|subscriptions?|subscribers?|magazine|twitter|facebook|instagram|messenger|linkedin|youtube|podcasts?|issues|membership|members|inbox|delivered|@\w+|` +
    String.raw`notre|nos|lettre|unser(?:e|en|em)?|nuestr[oa]s?|noss[oa]s?|nostr[oa]|наш(?:а|у|ей|и|их)?|рассылк[аиуе]|newsletter)(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * The rules of a page's comments ("Comments are moderated…", "Comentários … não serão aprovados
 * pelo moderador", "… مراجعة التعليقات …"): a short paragraph that names comments and their
 * moderation (not mere approval: "the council approved the plan after public comments" is news).
 */
export const COMMENT_WORDS = /(?<![\p{L}\p{N}])(?:comments?|commenting|commenters?|coment[áa]rios?|commentaires?|kommentare?|комментари\p{L}*|التعليقات|تعليقات|评论|留言|댓글|コメント)(?![\p{L}\p{N}])/iu;
export const MODERATION_WORDS = /(?<![\p{L}\p{N}])(?:moderat(?:ed|ing|ion|ors?)|(?:may|will|might)\s+(?:not\s+)?be\s+published|may\s+edit|community\s+(?:guidelines|standards|rules)|moderador(?:es)?|moderaç[ãa]o|moderaci[óo]n|mod[ée]r[ée]s?|mod[ée]ration|moderiert|freigeschaltet|модерац\p{L}*|модератор\p{L}*|مراجعة|إرشادات|审核|검토)(?![\p{L}\p{N}])/iu;
/**
 * The head of a comments section: "Comments", "12 comments", "Reader comments (3)", "Recent
 * comments on our stories", "Leave a comment", "Join the discussion", "Comments are now closed
 * for this story", "Kommentare",
 * "Commentaires", "Comentarios". Not a link (a count of comments beside the byline is one), and
 * not the one word "Comment" (a form's field, a table's column).
 */
export const COMMENTS_LABEL = new RegExp(
  // The section's notice that it is closed first: "Comments" alone would match its first word.
  String.raw`^(?:comments|commenting|responses)(?:\s+(?:for|on)\s+this\s+(?:story|article|post|entry))?\s+(?:are|is|has\s+been|have\s+been)\s+(?:now\s+|currently\s+)?closed(?:\s+(?:for|on)\s+this\s+(?:story|article|post|entry))?` +
    String.raw`|^\d+\s+comments?|^(?:(?:reader|readers['’]|recent|latest|top|user)\s+)?comments(?:\s+on\s+(?:this|our|the)\s+(?:story|stories|article|articles|post))?(?:\s*\(\d+\))?` +
    String.raw`|^(?:leave|add|post|write|show|view|read|see)\s+(?:a\s+|all\s+|the\s+)?(?:\d+\s+)?comments?|^join\s+the\s+(?:discussion|conversation)` +
    String.raw`|^(?:leave|post|add|write)\s+a\s+(?:reply|response)|^(?:have\s+your\s+say|your\s+comments|(?:vos\s+)?r[ée]actions|r[ée]agissez|reacciones|ihre\s+meinung)(?:\s*\(\d+\))?` +
    String.raw`|^(?:\d+\s+)?(?:kommentare|commentaires|comentarios|comentários|commenti|комментарии|التعليقات|评论|댓글)(?:\s*\(\d+\))?` +
    String.raw`|^(?:laisser|ajouter)\s+un\s+commentaire|^(?:deja|dejar|escribe)\s+(?:un|tu)\s+comentario|^(?:deixe|escreva)\s+(?:um|seu)\s+comentário|^(?:kommentar\s+schreiben|schreiben\s+sie\s+einen\s+kommentar)`,
  'iu',
);
/** The whole label: those words, then at most a stop, a colon or dots. */
export function isCommentsLabel(text: string): boolean {
  const t = text.trim();
  const m = COMMENTS_LABEL.exec(t);
  return !!m && /^\s*[.:：…!]*$/u.test(t.slice(m[0].length));
}
/** Such a label runs to at most this many words. */
export const COMMENTS_LABEL_MAX_WORDS = 7;
/** A comments section's head that names the piece: "12 thoughts on “…”", "3 Responses to “…”", "5 Replies to …" (at most COMMENTS_TITLED_MAX_WORDS words). */
export const COMMENTS_TITLED = /^\d+\s+(?:thoughts|responses?|replies|comments?|reactions)\s+(?:on|to)\s+\S/iu;
export const COMMENTS_TITLED_MAX_WORDS = 24;

/**
 * A notice about the page itself: "This page is archived…", "This article is more than 5 years
 * old", "This story appears in the January 21, 2013 issue of …", "This article was originally
 * published by …"; a note that the story was corrected or updated ("This version corrects the
 * spelling of …", "This story has been updated to …"), perhaps after the time it was
 * ("2:58 p.m.: This article was updated to add …"), or when it was published ("This article was
 * originally published at 2:05 p.m."); a note that the text is a version of one first published
 * elsewhere ("This is the extended version of an interview that was first published in …", "A
 * version of this article appeared in print on …", "Dieser Artikel erschien zuerst in …", "Cet
 * article a été initialement publié dans …", "Ce texte a été rédigé initialement dans le cadre …").
 */
export const PAGE_NOTICE =
  /^(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*[:–—-]\s*)?(?:this\s+(?:page|article|story|content)\s+(?:is|was|has\s+been)\s+(?:archived|more\s+than\s+\S+\s+years?\s+old|over\s+\S+\s+years?\s+old)\b|this\s+(?:story|article|review|post|piece|column|essay|interview)\s+(?:was\s+)?(?:originally\s+)?(?:appear(?:s|ed)|published|ran|was\s+(?:first\s+)?(?:published|reprinted))\s+(?:(?:in|on|by)\b|at\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)|this\s+(?:version|story|article|report)\s+(?:corrects|(?:has\s+been|was)\s+(?:corrected|updated)\b)|(?:this\s+is\s+)?(?:an?|the)\s+(?:(?:extended|longer|shorter|shortened|edited|abridged|unabridged|full|updated|english|online)\s+)?version\s+of\s+(?:this|an?|the)\s+(?:story|article|review|post|piece|column|essay|interview|report)\s+(?:(?:that|which)\s+)?(?:was\s+)?(?:first\s+|originally\s+)?(?:appear(?:s|ed)|published|ran|printed)\b|(?:dieser|dieses|diese)\s+(?:artikel|beitrag|text|interview|kolumne|essay)\s+erschien\s+(?:zuerst|ursprünglich|erstmals)\b|(?:cet|ce)\s+(?:article|entretien|texte)\s+(?:a\s+(?:d['’]abord\s+)?été\s+(?:initialement\s+|d['’]abord\s+)?(?:publié|rédigé|écrit)(?:\s+initialement)?|est\s+(?:initialement\s+|d['’]abord\s+)?paru)(?![\p{L}]))/iu;
/** A label that opens a site's disclaimer, or how to cite the page ("Citation: … retrieved … from https://…"). */
/**
 * A disclaimer that the readers' views (the comments below) are not the site's: "The views expressed
 * in the comments do not reflect …", "Les opinions exprimées … ne reflètent pas …", "Las opiniones
 * expresadas … no reflejan …", "الآراء الواردة … لا تعبر عن رأي …"; a blog's under its posts, as a sentence of its own: "Ses
 * contenus n'engagent pas la rédaction", "Les propos n'engagent que leurs auteurs".
 */
export const VIEWS_DISCLAIMER =
  /(?:views|opinions)\s+expressed\b[^.!?]{0,80}?\b(?:do|does)\s*(?:not|n['’]t)\s+(?:necessarily\s+)?(?:reflect|represent)|opinions?\s+exprim[ée]e?s\b[^.!?]{0,80}?\bne\s+(?:refl[èe]tent|repr[ée]sentent)|(?:^|[.!?]\s+)(?:ses|ces|les|nos|leurs)\s+(?:contenus|propos|textes|articles|billets)\s+n['’]engagent\s+(?:pas\s+la\s+r[ée]daction|que\s+(?:leurs?|ses)\s+auteur(?:e|s|es)?)|opiniones\s+expresadas\b[^.!?]{0,80}?\bno\s+(?:reflejan|representan)|الآراء\s+الواردة[^.!?]{0,80}?لا\s+(?:تعبر|تعكس)/iu;
export const DISCLAIMER_LEAD = /^(?:disclaimer|disclosure|citation|cite\s+this(?:\s+article)?|how\s+to\s+cite(?:\s+this\s+article)?|haftungsausschluss|avertissement|aviso\s+legal|descargo\s+de\s+responsabilidad|отказ\s+от\s+ответственности)\s*[:：]/iu;
/**
 * …or that names comments and what posting one asks of the reader: logging in, the site's terms
 * ("To post a comment, log into your chosen social network…", "Your comments are subject to our
 * Terms of Service…").
 */
export const COMMENT_TERMS = /\b(?:log\s*(?:in|into|on)|sign\s+in|terms\s+of\s+(?:service|use)|privacy\s+policy|user\s+agreement|house\s+rules)\b|conditions\s+d['’]utilisation|t[ée]rminos\s+(?:y\s+condiciones|de\s+uso)|nutzungsbedingungen/iu;
/**
 * A form's legal line: the reader agrees to the site's terms ("By submitting above you agree to
 * the … privacy policy", "I understand and agree that registration on or use of this site
 * constitutes agreement to its User Agreement and Privacy Policy", "En vous inscrivant, vous
 * acceptez nos conditions d'utilisation"): the site's terms, the reader's agreement, and the reader
 * spoken to ("you", "I agree", "by submitting…"). A report that users must agree to new terms is
 * news.
 */
export const SITE_TERMS = /\b(?:terms\s+(?:of\s+(?:service|use)|and\s+conditions)|privacy\s+(?:policy|notice|statement)|user\s+agreement|cookie\s+policy)\b|conditions\s+(?:générales\s+)?d['’]utilisation|politique\s+de\s+confidentialit[ée]|t[ée]rminos\s+y\s+condiciones|pol[ií]tica\s+de\s+privacidad(?:e)?|nutzungsbedingungen|datenschutz(?:erklärung|bestimmungen)/iu;
export const AGREEING = /\b(?:agree(?:s|d|ment)?|accept(?:s|ed|ance)?|consent(?:s)?|(?:are|is)\s+subject\s+to)\b|\bacceptez\b|\baceptas?\b|\baceitas?\b|\bzustimm|stimmen\s+sie/iu;
export const READER_AGREES = /(?<![\p{L}])(?:you|your|i\s+(?:understand|agree|accept|consent)|by\s+(?:submitting|clicking|signing|registering|subscribing|continuing|using|entering)|vous|usted|tú|sie\s+stimmen)(?![\p{L}])/iu;
/**
 * A notice about the site's cookies: "We use cookies to improve your experience…", "This website
 * uses cookies", "By continuing to browse, you agree to our use of cookies", "Nous utilisons des
 * cookies…", "Diese Website verwendet Cookies". Cookies and the site's use of them, or the
 * reader's consent to them.
 */
export const COOKIE_NOTICE =
  /(?<![\p{L}])(?:we\s+use|(?:this|our)\s+(?:web\s*)?site\s+uses|use\s+of|accept(?:ing)?(?:\s+all)?|allow(?:ing)?(?:\s+all)?|consent\s+to|agree\s+to\s+(?:our|the)\s+use\s+of|(?:utilisons|utilise|utilizamos|utiliza|usamos|usa|utilizziamo|utilizza|verwenden|verwendet|nutzen|nutzt)(?:\s+\p{L}+){0,3})\s+(?:des\s+|los\s+|de\s+|i\s+)?cookies?(?![\p{L}])|(?<![\p{L}])cookies?\s+(?:policy|settings|preferences|notice|richtlinie|einstellungen)(?![\p{L}])|politique\s+(?:de\s+|relative\s+aux\s+)cookies|pol[ií]tica\s+de\s+cookies|^(?:we\s+(?:respect|value|care\s+about)\s+your\s+privacy|wir\s+respektieren\s+(?:deine|ihre)\s+privatsph(?:ä|ae)re|nous\s+respectons\s+votre\s+vie\s+priv[ée]e|respetamos\s+tu\s+privacidad)/iu;
/**
 * A site's plea for money: the reader's donation, gift or support ("Your donation helps the
 * Herald keep reporting…", "Donate today", "Chip in $5", "Become a member", "please support us so
 * that we can keep up our work"). A report of a charity's appeal names who said it.
 */
export const DONATION =
  /(?<![\p{L}])(?:donat(?:e|es|ion|ions|ing)|your\s+(?:gift|contribution|support)|give\s+today|chip\s+in|support\s+us|support\s+our\s+(?:work|journalism|reporting)|unterstützen\s+sie\s+uns|soutenez[-\s]nous|apóyanos|become\s+a\s+(?:member|supporter|patron|sustaining\s+member)|faites\s+un\s+don|spenden\s+sie|haz\s+una\s+donaci[óo]n|fa[çc]a\s+uma\s+doa[çc][ãa]o|hazte\s+(?:miembro|socio|socia|suscriptor)|devenez\s+(?:membre|abonn[ée])|werden\s+sie\s+(?:mitglied|abonnent)|torne-se\s+(?:membro|assinante))(?![\p{L}])/iu;
/**
 * A box's heading that says the site lives on its readers' money: "The Town Herald is
 * reader-funded!", "… is funded by its readers", "Der Stadtbote ist leserfinanziert", "… est financé
 * par ses lecteurs"; or on donations, as a plea ("Der Stadtbote ist spendenfinanziert!", "… is
 * funded by donations!": a story's subheading on what donations fund says it without the cry).
 */
export const FUNDED_BY_READERS = new RegExp(
  String.raw`^[^.!?]{1,60}?\s(?:is|are|ist|sind|est|es)\s+(?:(?:100\s*%|entirely|fully|komplett|vollständig|entièrement)\s+)?` +
    String.raw`(?:(?:reader|member)[-\s](?:funded|supported)|(?:funded|financed|supported|paid\s+for)\s+by\s+(?:its|our)\s+(?:readers|members)|leserfinanziert|financ[ée]e?\s+par\s+(?:ses|nos)\s+lect(?:eurs|rices)|financiad[oa]\s+por\s+(?:sus|nuestros)\s+lectores)\s*[.!]?$` +
    String.raw`|^[^.!?]{1,60}?\s(?:is|ist|est)\s+(?:spendenfinanziert|funded\s+by\s+donations|financ[ée]e?\s+par\s+(?:les\s+)?dons)\s*!$`,
  'iu',
);
/** Such a heading runs to at most this many words. */
export const FUNDED_MAX_WORDS = 10;
/**
 * A timestamp the page sets as a line of its own, as live blogs and comment threads set them: a
 * time ago ("3 minutes ago", "il y a 5 minutes", "hace 2 horas", "vor 3 Minuten"), a date with a
 * clock time ("Thursday, October 17, 2013, 8:09 PM", "17.10.2013 | 20:09"), or a time after
 * "Posted", "Updated" or "Published" ("Updated 10:42 GMT", "Publiziert heute um 12:19 Uhr"),
 * perhaps followed by the time it takes to read ("Lesedauer: 4 Minuten") or by the writer's name
 * after a bar or a slash ("… 15:46 Uhr / Jane Doe"); or the reading time alone ("3 min read",
 * "3 Min Lesezeit"). A date alone may head a timeline's section, and a bare clock time a live
 * story's ("10 p.m.", as wire services file "The Latest"): those are the text's own.
 */
const AMPM = String.raw`[ap]\.?\s?m\.?`;
const ZONE = String.raw`\(?(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|IST|JST|KST|AEST|AEDT|ET|PT|CT|MT)\)?`;
/** A clock time: "10:42", "14h05", "9:58am", "8 p.m.", "8.15 pm", "20.15 Uhr", "10:42 GMT" (a bare "10.00" may be a figure). */
const CLOCK = String.raw`\d{1,2}(?:[:h]\d{2}(?::\d{2})?(?:\s*${AMPM})?(?:\s*${ZONE})?(?:\s*uhr)?|(?:\.\d{2})?\s*${AMPM}(?:\s*${ZONE})?|\.\d{2}\s*(?:${ZONE}|uhr))`;
/** A word of a date: a figure ("17", "2013", "17.10.2013", "3rd"), a month's or a week day's name. */
const DATE_WORD = String.raw`(?:[\d./-]+(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|jan(?:uary)?\.?|feb(?:ruary)?\.?|mar(?:ch)?\.?|apr(?:il)?\.?|may|june?\.?|july?\.?|aug(?:ust)?\.?|sept?(?:ember)?\.?|oct(?:ober)?\.?|nov(?:ember)?\.?|dec(?:ember)?\.?|januar|februar|m[äa]rz|juni|juli|oktober|dezember|today|yesterday|heute|gestern|hoy|ayer|hoje|ontem|oggi|ieri)`;
const DATE_JOIN = String.raw`(?:at|on|à|le|el|am|um|[|·•-])`;
const AGO = String.raw`(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?)|hace\s+\d+\s+(?:minutos?|horas?|d[ií]as?)|h[áa]\s+\d+\s+(?:minutos?|horas?|dias?)|vor\s+\d+\s+(?:minuten|minute|stunden|stunde|tagen)`;
const STAMP_LEAD = String.raw`(?:posted|submitted|updated|published|last\s+updated|publié|mis\s+à\s+jour|actualizado|publicado|aktualisiert|veröffentlicht|publiziert)\s*(?:on|at|le|el|am)?\s*[:：]?\s*`;
/** The time it takes to read the story: "4 min read", "3 Min Lesezeit", "Lesedauer: 4 Minuten", "Temps de lecture : 3 min". */
const MINUTES = String.raw`\d{1,3}\s*(?:min(?:ute|uten|utes|s)?\.?|minutos?)`;
const READING_TIME = String.raw`(?:${MINUTES}\s*(?:read|reading|lesezeit|lesedauer|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura)|(?:reading\s+time|lesedauer|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura)\s*[:：]?\s*${MINUTES})`;
/** The writer's name after a bar or a slash: "/ Jane Doe". */
const STAMP_NAME = String.raw`[|/]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const STAMP_END = String.raw`(?:[\s.,|·•-]*(?:${READING_TIME}|${STAMP_NAME}))?[\s.,|·•-]*$`;
const TIMESTAMP_LINE = new RegExp(
  String.raw`^(?:${READING_TIME}|(?:${STAMP_LEAD})?(?:${AGO})|${STAMP_LEAD}(?:(?:${DATE_WORD}|${DATE_JOIN})[\s,]+){0,6}?${CLOCK}|(?:${DATE_JOIN}[\s,]+)*${DATE_WORD}[\s,]+(?:(?:${DATE_WORD}|${DATE_JOIN})[\s,]+){0,5}?${CLOCK})${STAMP_END}`,
  'iu',
);
/**
 * …or a clock time first, then the date with a month's name or a year ("7:51pm Tuesday 1st
 * January 2008", "10:02 AM CST on Friday, December 28, 2007", "8:21pm Tue 1 Jan 08"); a clock time
 * and a week day alone may head a live story's section.
 */
const CLOCK_FIRST = new RegExp(String.raw`^${CLOCK}((?:[\s,]+(?:${DATE_WORD}|${DATE_JOIN}))+)[\s.,]*$`, 'iu');
const MONTH_OR_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|m[äa]rz|juni|juli|oktober|dezember)|\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b`, 'iu');
/** …perhaps after "Posted", "Updated" or "Published" ("PUBLISHED: 10:48, Tue, Nov 19, 2019"). */
const STAMP_LEAD_FIRST = new RegExp(String.raw`^${STAMP_LEAD}`, 'iu');
function isClockFirst(text: string): boolean {
  const m = CLOCK_FIRST.exec(text) ?? CLOCK_FIRST.exec(text.replace(STAMP_LEAD_FIRST, ''));
  return !!m && MONTH_OR_YEAR.test(m[1]!);
}
/** Such a line runs to at most this many words. */
const TIMESTAMP_MAX_WORDS = 12;
/**
 * A line that ends on a full date, a day, a month's name and a year ("Staff and agencies 29
 * December, 2007", "Jane Doe, Jan. 8, 2008"): above a story's prose, who filed it and when, while
 * at most DATED_LINE_MAX_WORDS words.
 */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
export const DATE_AT_END = new RegExp(String.raw`(?:^|\s)(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}$`, 'iu');
export const DATED_LINE_MAX_WORDS = 10;
/**
 * A timestamp the page sets as a line of its own (see TIMESTAMP_LINE; in other languages, a
 * publishing label and a date, stampLines.ts); or two on one line, set
 * apart by a slash or a bar, as a page sets when a story was posted and updated ("Dec. 3, 2016,
 * 9:14 PM UTC / Updated Dec. 3, 2016, 10:00 PM UTC").
 */
export function isTimestampLine(text: string, words: number): boolean {
  const one = (t: string): boolean => TIMESTAMP_LINE.test(t) || isClockFirst(t) || isDateStampLine(t);
  if (words <= TIMESTAMP_MAX_WORDS && one(text)) return true;
  if (words > 2 * TIMESTAMP_MAX_WORDS) return false;
  const parts = text.split(/\s+[|/]\s+/u);
  return parts.length === 2 && parts.every((p) => one(p.trim()));
}
/**
 * The head of a reader's comment, set on a line of its own: a name and the time it was posted,
 * then "says:" or "wrote:" ("On Dec. 23, 2014, at 10:07 PM, jdoe wrote:", "Jane Doe says: March 3,
 * 2019 at 10:42 am"), or the name and "says:" alone with the time on the next line; or "Posted by"
 * the name (and the reader's town) and the time it was posted, as comment threads of the 2000s
 * set them: "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08", "# posted by Joe : 11:58 AM".
 */
const COMMENT_POSTED = /^#?\s*posted\s+by\s*[:：]?\s+[^]{1,60}?\s(?:on|at|[:|-])\s+/iu;
const CLOCK_ALONE = new RegExp(String.raw`^${CLOCK}[\s.,]*$`, 'iu');
const COMMENT_VERB = String.raw`(?:says|said|wrote|writes|replied|schreibt|sagt|schrieb|dit|a\s+écrit|dice|escribió|disse|escreveu)\s*[:：]`;
const COMMENT_HEAD = new RegExp(String.raw`^[^!?"“”«»]{1,80}?\s${COMMENT_VERB}`, 'iu');
const CLOCK_IN = new RegExp(CLOCK, 'iu');
/** A comment's head runs to at most this many words. */
export const COMMENT_HEAD_MAX_WORDS = 20;
/** Whether a line (of `words` words, followed by the line `next`) is a comment's head. */
export function isCommentHead(text: string, words: number, next: string): boolean {
  const posted = words <= COMMENT_HEAD_MAX_WORDS ? COMMENT_POSTED.exec(text) : null;
  if (posted) {
    const time = text.slice(posted[0].length).trim();
    if (CLOCK_ALONE.test(time) || isTimestampLine(time, time.split(/\s+/u).length)) return true;
  }
  const m = words <= COMMENT_HEAD_MAX_WORDS ? COMMENT_HEAD.exec(text) : null;
  if (!m) return false;
  // After the verb, nothing but the time it was posted: "He said: we will win" is a quotation.
  const rest = text.slice(m[0].length).trim();
  if (rest !== '' && !isTimestampLine(rest, rest.split(/\s+/u).length)) return false;
  return CLOCK_IN.test(text) || isTimestampLine(next, next.split(/\s+/u).length);
}
/**
 * The lines a blog's template sets under a post (WordPress's and Blogger's themes of the 2000s and
 * 2010s, in the languages their themes were translated to): "This entry was posted on Monday,
 * November 5th, 2012 at 11:18 am and is filed under News.", "This entry was posted in News and
 * tagged … Bookmark the permalink.", "You can follow any responses to this entry through the RSS
 * 2.0 feed.", "You can leave a response, or trackback from your own site.", "Both comments and
 * pings are currently closed.", "Posted in News | 3 Comments", TypePad's "Listed below are links to
 * weblogs that reference …" and its comment form's notices, "Dieser Eintrag wurde am …
 * veröffentlicht", "Cette entrée a été publiée dans …", "Esta entrada fue publicada en …".
 */
/** The label of a post's meta field: its author, category or tags ("Posted by:", "Categoria:", "Tags:", "Mots-clés :"). */
const META_LABEL = String.raw`(?:posted\s+by|published\s+by|written\s+by|publicado\s+por|publi[ée]\s+par|ver(?:ö|oe)ffentlicht\s+von|author|autor|auteur|categor(?:y|ies|ia|ias|ía|ías)|cat[ée]gories?|kategorien?|tags?|etiquetas?|schlagw(?:ö|oe)rter|mots[-\s]cl[ée]s|palavras-chave|filed\s+under)\s*[:：]`;
export const BLOG_META = new RegExp(
  [
    String.raw`^this\s+(?:entry|post)\s+was\s+(?:posted|filed|written)\s+(?:on|in|under|by)\s`,
    String.raw`\bbookmark\s+the\s+permalink\b`,
    String.raw`^you\s+can\s+(?:follow\s+any\s+responses\s+to\s+this\s+(?:entry|post)|leave\s+a\s+response|skip\s+to\s+the\s+end\s+and\s+leave\s+a\s+response)\b`,
    String.raw`^(?:both\s+)?(?:comments|responses)(?:\s+and\s+pings)?\s+are\s+(?:currently\s+|now\s+)?closed(?:[.,]|$)`,
    String.raw`^posted\s+in\s+[^|]{1,80}\|\s*(?:\d+|no|one|leave\s+a)\s+(?:comments?|responses?)\b`,
    // TypePad's: "Listed below are links to weblogs that reference …", "You can follow this conversation by subscribing to the comment feed for this post.", its comment form's notices.
    String.raw`^listed\s+below\s+are\s+links\s+to\s+(?:weblogs|blogs|sites)\s+that\s+reference\b|^you\s+can\s+follow\s+this\s+conversation\s+by\s+subscribing\b`,
    String.raw`^(?:verify|previewing)\s+your\s+comment$|\byour\s+comment\s+(?:has\s+not\s+yet\s+been|could\s+not\s+be)\s+posted\b`,
    String.raw`^dieser\s+(?:eintrag|beitrag|artikel)\s+wurde\s+(?:am\s+[^]{1,60}?\s+)?ver(?:ö|oe)ffentlicht(?![\p{L}])|lesezeichen\s+auf\s+den\s+permalink|^du\s+kannst\s+(?:kommentare\s+zu\s+diesem\s+(?:eintrag|beitrag)|einen\s+kommentar\s+hinterlassen)(?![\p{L}])`,
    String.raw`^(?:cette\s+entr[ée]e|ce\s+billet|cet\s+article)\s+a\s+[ée]t[ée]\s+publi[ée]e?\s+(?:le|dans|par|en)\s|avec\s+ce\s+permalien|^vous\s+pouvez\s+suivre\s+les\s+r[ée]ponses\s+[àa]\s+(?:cet\s+article|ce\s+billet|cette\s+entr[ée]e)`,
    String.raw`^esta\s+entrada\s+(?:fue\s+publicada|se\s+public[óo])(?![\p{L}])|guarda\s+el\s+enlace\s+permanente`,
    // A post's meta line, two labelled fields in one line: "12/03/2021 - Publicado por: Ana Souza - Categoria: Cidade - Tags: …".
    String.raw`(?:^|[\s|·•–—-])${META_LABEL}[^]{1,120}?[\s|·•–—-]${META_LABEL}`,
  ].join('|'),
  'iu',
);
/** Such a line, or the lines of it set as one paragraph, run to at most this many words. */
export const BLOG_META_MAX_WORDS = 60;
/** Comment rules run to at most this many words. */
export const COMMENT_RULES_MAX_WORDS = 60;
/** A call to the reader is a paragraph of at most this many words. */
export const CALL_MAX_WORDS = 80;

/** The word that opens a byline, in the languages the word lists cover. */
const BY_WORD = /^(?:by|par|por|von|di|door|av|от)[:：]?$/iu;
/** A byline's longer opening: "Posted by", "Submitted by", "Written by", "Publicado por:", "Publié par", "Un texte de", "Geschrieben von". */
const BYLINE_LEAD =
  /^(?:(?:posted|submitted|written|published|reported|compiled)\s+by|(?:publicado|escrito)\s+por|(?:publi[ée]|[ée]crit)\s+par|un\s+texte\s+de|(?:geschrieben|ver[öo]ffentlicht)\s+von|(?:pubblicato|scritto)\s+da)\s*[:：]?\s+/iu;
/** A name of two to four capitalised words, then a timestamp (see TIMESTAMP_LINE): "Jane Doe 03.05.08, 6:00 PM ET". */
const NAME_MAX_WORDS = 4;
const DATE_TOKEN = new RegExp(`^${DATE_WORD},?$`, 'iu');
function isNamedTimestamp(tokens: readonly string[]): boolean {
  let k = 0;
  while (k < tokens.length && k < NAME_MAX_WORDS && /^\p{Lu}[\p{L}'’.-]*,?$/u.test(tokens[k]!) && !DATE_TOKEN.test(tokens[k]!)) k++;
  return k >= 2 && k < tokens.length && isTimestampLine(tokens.slice(k).join(' '), tokens.length - k);
}
/**
 * …or the other way round, a live story's entry head: its clock time, then its author or its label
 * (two to four capitalised words, nothing else), perhaps set against the time with no space between
 * ("14:07 Maria Lopez", "9:41amTom Hale", "08:15 BREAKING NEWS"). A clock time alone heads a section of
 * the story's (isTimestampLine); a time before words of the story's own is one of its lines.
 */
const CLOCK_LEAD = new RegExp(String.raw`^${CLOCK}(?=\s|\p{Lu})`, 'iu');
function isTimedName(text: string): boolean {
  const m = CLOCK_LEAD.exec(text);
  if (!m) return false;
  const name = text.slice(m[0].length).trim().split(/\s+/u);
  return name.length >= 2 && name.length <= NAME_MAX_WORDS && name.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t) && !DATE_TOKEN.test(t));
}
/** Words a byline may hold beside names and dates: joiners, "on … at …", a reporter's title. */
const BYLINE_WORDS = new Set(
  ('and & y e et und og on at updated published posted a.m. p.m. am pm le el um à de del da do dos das du van von der den la ' +
    'staff senior chief special writer reporter correspondent editor columnist contributor ' +
    // Month names written in lower case (French, Spanish, Portuguese, Italian).
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre')
    .split(' '),
);
/** A byline is a line of at most this many words. */
export const BYLINE_MAX_WORDS = 20;

/** A reporter's title in Japanese, Chinese or Korean, after the paper's or the posting's name: 編集委員 (senior staff writer), 新华社记者, ワシントン特派員, 기자… */
const CJK_REPORTER = String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:編集委員|論説委員|解説委員|特派員|特派记者|特派記者|記者|记者|通讯员|通訊員|기자|특파원)`;
/** A name in Han, Hangul or Katakana letters (two to five, a middle dot between a foreign name's parts). */
const CJK_NAME = String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー・·]{2,8}`;
/**
 * A byline in Japanese, Chinese or Korean: the title, a space and the name ("編集委員　中沢克二",
 * "新华社记者 王明"), or the name, a space and the title ("김민지 기자"). The space is what sets a
 * byline apart from a word that opens on the title ("記者会見", a press conference).
 */
const CJK_BYLINE = new RegExp(String.raw`^(?:${CJK_REPORTER}[\s\u3000]+${CJK_NAME}|${CJK_NAME}[\s\u3000]+${CJK_REPORTER})$`, 'u');

/**
 * A byline set as a line of its own: "By Jane Doe", "By Jane Doe and John Roe on Monday,
 * November 18th, 2019 at 11:08 a.m.", "Par Jean Dupont, le 12 mars 2019", "Posted by Jane Doe",
 * "Publicado por: Ana Lima"; or a name and the time it was filed ("Jane Doe 03.05.08, 6:00 PM ET"). After the opening
 * word, only names (capitalised words, two at least), figures, dates and a few joining words: a
 * sentence that opens with "By" ("By Tuesday, officials had left") has words of its own.
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  if (CJK_BYLINE.test(trimmed)) return true;
  const lead = BYLINE_LEAD.exec(trimmed);
  const tokens = lead ? ['by', ...trimmed.slice(lead[0].length).split(/\s+/u)] : trimmed.split(/\s+/u);
  if (!lead && (isNamedTimestamp(tokens) || isTimedName(trimmed))) return true;
  if (tokens.length < 3 || tokens.length > BYLINE_MAX_WORDS || !BY_WORD.test(tokens[0]!)) return false;
  let capitals = 0;
  for (const raw of tokens.slice(1)) {
    // A name after the French and Italian elision ("d'Enquête", "l'Équipe") is a name.
    const t = raw.replace(/^[(\[«"“'‘]+|[)\]»"”'’,;:|·•]+$/gu, '').replace(/^[dl]['’](?=\p{Lu})/u, '');
    if (t === '' || /^[-–—|·•,]+$/u.test(t) || /\p{N}/u.test(t)) continue;
    if (/^\p{Lu}/u.test(t)) capitals++;
    else if (!BYLINE_WORDS.has(t.toLowerCase()) && !BYLINE_WORDS.has(t.toLowerCase().replace(/\.$/u, ''))) return false;
  }
  return capitals >= 2;
}

/**
 * A site's note on what it earns from the links in a story ("… may earn an affiliate commission
 * if you purchase something through recommended links in this article", "If you buy something
 * through this post, … may get a share of the sale"): the earning, and the links or the page it
 * speaks of.
 */
export const AFFILIATE_EARNING =
  /\b(?:earn|receive|get|collect|make)s?\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commissions?|(?:a\s+)?share\s+of\s+(?:the\s+)?(?:sales?|revenue))\b/iu;
export const AFFILIATE_LINKS =
  /\b(?:(?:this|our|these)\s+(?:article|post|page|story|site|links?)|recommended\s+links|affiliate\s+links?|listed\s+(?:providers|products|retailers))\b|\b\w+\.(?:com|net|org|co\.uk)\s+(?:may\s+)?earns?\b/iu;
/** Such a note runs to at most this many words. */
export const AFFILIATE_MAX_WORDS = 50;
/**
 * …or it is a label of a few words with no stop, the site that may earn named, the links not:
 * "G/O Media may get a commission", "We may earn a commission".
 */
export const AFFILIATE_LABEL = /^(?:\S+\s+){0,3}may\s+(?:earn|get|receive|make)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commission$/iu;

/**
 * A media player's or the page's notice to the reader's browser, not a line of the story: "To
 * view this content, JavaScript must be enabled…", "Your browser does not support the video
 * tag", "Unfortunately, this video is not available in your region."; an embedded post's
 * placeholder where the post did not load, a line of its own ("Tweet may have been deleted",
 * "This Post is unavailable.").
 */
export const PLAYER_NOTICE = new RegExp(
  [
    String.raw`^(?:this\s+)?(?:tweet|post)\s+(?:may\s+have\s+been|was|has\s+been)\s+deleted\.?$|^this\s+(?:tweet|post)\s+is\s+(?:unavailable|no\s+longer\s+available)\.?$`,
    String.raw`\b(?:javascript|flash(?:\s+player)?|cookies)\s+(?:must|needs?\s+to|has\s+to|should)\s+be\s+(?:enabled|installed|turned\s+on|allowed)\b`,
    String.raw`\b(?:please\s+)?(?:enable|install|update|upgrade|turn\s+on)\s+(?:javascript|adobe|flash|your\s+browser)\b`,
    String.raw`\byour\s+(?:web\s+)?browser\s+(?:does\s+not|doesn['’]t|cannot|can['’]t|is\s+not\s+able\s+to)\s+(?:support|play|display)\b`,
    String.raw`\b(?:this|the)\s+(?:video|content|media|audio|clip|player)\s+(?:is|are)\s+(?:not|no\s+longer|currently\s+not|currently\s+un|un)\s*available\b`,
  ].join('|'),
  'iu',
);
/** Such a notice runs to at most this many words. */
export const PLAYER_NOTICE_MAX_WORDS = 30;

/**
 * A control's label set as a line of its own ("Caption", "Close", "Show more", "Back to top",
 * "Print", a follow button's "Follow", "SEGUIR", "Suivre"), or a form's ("Enter your e-mail address", "Sign up now", "Accept all"): a page's button or field,
 * never a line of a story.
 */
export const CONTROL_LABEL =
  /^(?:(?:hide|show|toggle)\s+caption|caption|close|follow|seguir|suivre|folgen|segui|abonnieren|(?:(?:enter|type)\s+)?(?:your\s+)?e-?mail(?:\s+address)?(?:\s+here)?|(?:sign\s+up|subscribe|submit)(?:\s+now)?|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|allow\s+all|i\s+agree|got\s+it|suggest\s+a\s+correction|report\s+(?:an?\s+)?(?:error|typo|bad\s+ad|abuse|this\s+(?:comment|ad))|loading(?:\s+(?:slideshow|gallery|video|comments|photos))?|expand|enlarge|collapse|show\s+(?:more|less)|load\s+more|read\s+less|view\s+(?:all|gallery)|full\s*screen|replay|mute|unmute|back\s+to\s+top|print|fermer|schließen|cerrar|fechar|chiudi|закрыть|关闭|닫기)\s*[.…]*$/iu;

/** A reporter's e-mail address on a line of its own, perhaps after the name. */
export const EMAIL_LINE = /^(?:[\p{L}.'’-]+\s+){0,3}[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** The names a byline above the story gives ("By Jane Doe and John Roe", "By Jane Doe, staff writer"). */
export function bylineNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const m = /^\s*by\s+(.{3,120})$/iu.exec(line);
    if (!m || line.trim().split(/\s+/u).length > BYLINE_MAX_WORDS) continue;
    for (const part of m[1]!.split(/\s*(?:,|;|\band\b|&|\|)\s*/u)) {
      const name = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/u.exec(part.trim())?.[0];
      if (name) names.push(name);
    }
  }
  return names;
}
/** What an author's note says after the name: "… is a writer who…", "… covers…", "… teaches at…", "…, a reporter…". */
export const AUTHOR_NOTE_VERB = /^(?:\s+(?:is|was|has|covers|writes|reports|edits|leads|teaches)\b|,\s+(?:an?|the)\s)/u;

/**
 * A note on a writer that closes a piece, with no byline to name them ("Jane Doe is a senior
 * fellow at the Institute.", "Manoj Jain is adjunct faculty at Emory University and a physician
 * based in Memphis."): a full name (two or three capitalised words), then "is" or "was", and in
 * the same sentence a calling that writes or teaches (a professor, a writer, a fellow, an editor…);
 * not any job ("Maria Gonzalez is the director of the housing office." may close a story).
 */
const BIO_OPENING = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2},?\s+(?:is|was)\s/u;
const BIO_CALLING =
  /\b(?:professor|faculty|lecturer|researcher|fellow|scholar|writer|author|journalist|reporter|correspondent|columnist|contributor|editor|freelancer|novelist|essayist)s?\b/iu;
/** Such a note runs to at most this many words, and two sentences. */
const CLOSING_BIO_MAX_WORDS = 50;
export function isClosingBio(text: string, words: number): boolean {
  if (words > CLOSING_BIO_MAX_WORDS || !BIO_OPENING.test(text)) return false;
  const sentences = text.split(/(?<=[\p{Ll}\p{N})]{2}[.!?])\s+(?=\p{Lu})/u);
  return sentences.length <= 2 && BIO_CALLING.test(sentences[0]!);
}
