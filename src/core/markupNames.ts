/**
 * What a page says of its elements by their class names and id (markup.ts reads them as it reads
 * the page): the flag bits a read block carries (inside a link, a caption, after an image, in a
 * box named as chrome), and which names say caption or chrome.
 *
 * Pure: no DOM, no Node.
 */
/** Elements that never have content or a closing tag (the reader's and the scans' of pageShown.ts and `nestingOverBudget`). */
export const VOID: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * A page's tags as the HTML parser (htmlparser2) reads them, for the quick scans made before it runs
 * or beside it (pageShown.ts, `nestingOverBudget`): a comment whole, and an element whose content
 * the parser reads as raw text (a script, a style, a title, …) whole, tags and all; one left open
 * runs to the end. Else a tag, opening or closing: [2] its slash, [3] its name, [4] its attributes
 * (a self-closing tag's end with its slash). One pattern, its `lastIndex` set by each scan.
 */
export const PAGE_TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|title|textarea|xmp|iframe|noembed|noframes|plaintext)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/gi;

/** Flag bits: text inside a link; text inside a figure, its caption, or an element named as a caption or credit; text after an image. */
export const LINK = 1;
export const CAPTION = 2;
/** Text after an image in the same block element (a label under a photo, or a paragraph after an inline image). */
export const IMAGE = 4;

/** Text inside an element whose class or id names it page chrome (see CHROME_WORDS). */
export const CHROME = 8;
/** Text inside a post embedded from a social network (see EMBED_NAMES). */
export const EMBED = 16;
/** Text set in italics (<em>, <i>): a paragraph wholly so set after the story is a note on it (articleFurniture.ts). */
export const ITALIC = 32;

/**
 * Class names the social networks' embed codes give the element that holds a post's text
 * (the text stands in the page until the network's script draws the post): a tweet, an
 * Instagram, TikTok, Threads, Bluesky, Mastodon, Reddit or Facebook post. Whole class names.
 */
const EMBED_NAMES = new Set([
  'twitter-tweet', 'twitter-tweet-rendered', 'instagram-media', 'tiktok-embed', 'text-post-media', 'bluesky-embed',
  'mastodon-embed', 'reddit-embed-bq', 'reddit-card', 'fb-post',
]);

/**
 * Words of a class or id that name an element a caption or a photo credit, or a box that
 * holds a photo, a gallery or a slideshow with the text that goes with it.
 */
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'gallery', 'slideshow', 'slide', 'photo', 'image', 'pic', 'pics', 'video', 'player']);

/**
 * Words of a class or id that name an element a box of page chrome set among the story: a
 * newsletter or subscription pitch, an advert, share and follow bars, related and trending
 * lists, rails and sidebars, bylines and author boxes, comments, tags, notices, pull quotes.
 */
const CHROME_WORDS = new Set([
  'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ad', 'ads',
  'sponsor', 'sponsored', 'share', 'sharing', 'social', 'related', 'recirc', 'recirculation', 'trending', 'popular',
  'rail', 'sidebar', 'outbrain', 'taboola', 'byline', 'author', 'bio', 'comment', 'comments', 'disclaimer', 'tags',
  'toolbar', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'notification', 'cookie', 'consent', 'paywall',
  // A call to action (a pitch to subscribe or give) and a subscription named in other languages.
  'cta', 'abonnement', 'abonnements', 'suscripcion', 'suscripciones', 'assinatura', 'abbonamento', 'abbonamenti',
  // A pull quote: words of the story set again beside it, large ("wp-block-pullquote", "pull-quote", "pullQuote").
  'pullquote', 'pullquotes',
]);

/**
 * Caption words run together with another in one word of a name ("photobox", "photocaption",
 * "imagecredit", "galleryitem"): a word that opens or closes on one of these names a caption too.
 */
const CAPTION_STEMS = ['caption', 'credit', 'photo', 'gallery', 'slideshow'];
const isCaptionWord = (w: string): boolean => CAPTION_WORDS.has(w) || CAPTION_STEMS.some((s) => w.startsWith(s) || w.endsWith(s));

/**
 * Chrome words run together with another in one word of a name ("infoboxinline", "infobox_right"):
 * a box of facts set beside the story, as pages name it, is no part of the story's text.
 */
const CHROME_STEMS = ['infobox'];
/**
 * "Comment" run together with another word in one word of a name names the readers' comments or a
 * part of them as well ("commentlist", "commentsblock", "commentlinks", "addcomment", "allcomments",
 * "mostcommented"): not "commentary" nor "commentator", which name a piece of opinion and its
 * author (a page may name the story itself "commentary").
 */
const OPINION_RUN = /^commenta(?:ry|ries|tors?)$/;
const isCommentRun = (w: string): boolean => w !== 'comment' && w.includes('comment') && !OPINION_RUN.test(w);
const isChromeWord = (w: string): boolean => CHROME_WORDS.has(w) || CHROME_STEMS.some((s) => w.startsWith(s)) || isCommentRun(w);

/**
 * Words of a class or id that name a section of readers' comments ("comments", "blogComments",
 * "commentlist", "disqus_thread", "sect_commentlinks"): the section, not one comment's parts
 * ("comment-body"), nor a link or a count beside the story ("comments-link", "comment-count",
 * "comments-open"). Such a section is chrome however long (markup.ts), and is taken out of the DOM
 * Readability reads (src/read/dom.ts).
 */
const COMMENTS_WORDS = new Set(['comments', 'disqus']);
const NOT_COMMENTS_WORDS = new Set(['link', 'links', 'count', 'number', 'num', 'open', 'closed', 'enabled', 'disabled', 'has', 'no', 'icon', 'button', 'btn', 'toggle']);
/** Whether the words of a name (`nameWords`) name a section of readers' comments. */
export function namesComments(words: readonly string[]): boolean {
  return words.some((w) => COMMENTS_WORDS.has(w) || isCommentRun(w)) && !words.some((w) => NOT_COMMENTS_WORDS.has(w));
}
/** Whether an element's class names and id (one string) name a section of readers' comments, by the string; pages repeat them. */
const commentsCache = new Map<string, boolean>();
export function namesCommentsSection(names: string): boolean {
  return cached(commentsCache, names, () => namesComments(nameWords(names)));
}

/** The most names a cache below keeps: past it, it starts again (a long run over many sites). */
const CACHE_MAX = 10_000;
/** `cache`'s value for `key`, made by `make` the first time. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size > CACHE_MAX) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * Words of a class that name an element a kicker: the line over a headline that names its topic
 * ("Transport", "EXCLUSIVE"), in the languages' names pages give it ("Dachzeile", "surtitre",
 * "antetítulo"). Set inside the headline's element, it is no part of the headline (markup.ts).
 */
const KICKER_WORDS = new Set(['kicker', 'overline', 'pretitle', 'supertitle', 'overtitle', 'eyebrow', 'topline', 'roofline', 'dachzeile', 'surtitre', 'antetitulo']);
/** An element's class names it a kicker (KICKER_WORDS). */
export function isKickerName(names: string): boolean {
  return nameWords(names).some((w) => KICKER_WORDS.has(w));
}

/**
 * Words of a class or id that name an element the headline's: a box so named holds the headline
 * whatever chrome word its name also has ("headline_byline", "heading-share"): not a box of chrome.
 */
const HEADLINE_WORDS = new Set(['headline', 'heading']);

/**
 * "Comment" names a section of readers' comments, and as often a piece of opinion (a column, a
 * guest comment): beside a word of a story's own head in one name ("ArticleHeaderComment_headline",
 * "PageArticle_commentLead") it names a part of the piece, which no readers' comment has.
 */
const OPINION_WORDS = new Set(['comment']);
const STORY_HEAD_WORDS = new Set(['headline', 'lead', 'standfirst', 'dek', 'kicker', 'tagline']);
/** Whether one name's words name a box of chrome. */
function namesChrome(words: readonly string[]): boolean {
  const head = words.some((w) => STORY_HEAD_WORDS.has(w));
  return words.some((w, k) => (isChromeWord(w) && !(head && OPINION_WORDS.has(w))) || (w === 'pull' && words[k + 1] === 'quote'));
}

/** What an element's class names and id name it (CAPTION, CHROME and EMBED bits), by the string; pages repeat them. */
const namedCache = new Map<string, number>();
export function namedBits(names: string): number {
  return cached(namedCache, names, () => {
    let bits = 0;
    for (const name of names.split(/\s+/)) bits |= nameBits(name);
    // A name of the headline's makes the box the headline's, whatever chrome word another of its names has.
    return bits & HEADLINE ? bits & ~(CHROME | HEADLINE) : bits;
  });
}

/** A bit of one name's alone (never a flag of a read block): its words name the headline. */
const HEADLINE = 1 << 30;
/**
 * What one class name (or the id) says of its element: CAPTION, CHROME, EMBED, and HEADLINE when
 * a word of it is one of HEADLINE_WORDS; by the name, as the class names of a page repeat in
 * other combinations and beside ids of their own.
 */
const nameCache = new Map<string, number>();
function nameBits(name: string): number {
  return cached(nameCache, name, () => {
    const words = nameWords(name);
    return (
      (words.some(isCaptionWord) ? CAPTION : 0) |
      (namesChrome(words) ? CHROME : 0) |
      (EMBED_NAMES.has(name.toLowerCase()) ? EMBED : 0) |
      (words.some((w) => HEADLINE_WORDS.has(w)) ? HEADLINE : 0)
    );
  });
}

/**
 * The words of an element's class names and id: each split at anything not a letter, and where
 * camelCase changes case. A name that opens with "no" ("no-caption", "no_ads") says what the
 * element lacks: its words are not taken. A word after "with" or "has" ("has-image",
 * "styles_withImage__x", "card--with-photo") says what the element holds beside its text, not
 * what it is: it is not taken either.
 */
export function nameWords(names: string): string[] {
  const out: string[] = [];
  for (const name of names.split(/\s+/)) {
    const words = name
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    if (words[0] !== 'no') out.push(...words.filter((_, k) => k === 0 || (words[k - 1] !== 'with' && words[k - 1] !== 'has')));
  }
  return out;
}

/**
 * A class name that hides an element from the eye and leaves it to screen readers ("sr-only",
 * "visually-hidden", "screen-reader-text", "go-vh"): a link's note that it "opens in a new tab",
 * a label read out to the blind. Whole names only, or their last part after a hyphen or an
 * underscore.
 */
const HIDDEN_NAME = /^(?:[\w-]*[-_])?(?:sr-only|visually-?hidden|visuallyhidden|screen-?reader-(?:text|only)|a11y-hidden|vh)$/i;
/** An inline style that hides the element: no display, no visibility, or clipped to nothing (the screen-reader idiom). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\)/i;

/**
 * A class name for a tooltip's text ("tooltiptext", "tooltip-content", "c-tooltip__text"): set
 * inside what it explains, shown only while the pointer rests on it. Whole names only, or their
 * last part after a hyphen or an underscore.
 */
const TOOLTIP_TEXT_NAME = /^(?:[\w-]*[-_])?tool-?tip[-_]*(?:text|content|body|inner)$/i;

/** Where an element opens inside a paragraph: whether an element around it there has a title (the text of a tooltip). */
export interface InParagraph {
  readonly titled: boolean;
}

/**
 * Whether an element is one the reader does not see: the `hidden` attribute, `aria-hidden`
 * (outside a paragraph, or inside an element of it that has a title: the title's text set out
 * for the eye as a tooltip, a glossary's explanation of a word), a tooltip (`role="tooltip"`,
 * or inside a paragraph a tooltip's text by its class name: TOOLTIP_TEXT_NAME), an inline style
 * that hides it, a class name that hides it from the eye, or the class "hidden" itself (a
 * registration box the page shows only when it wants to), unless another of its class names
 * shows it again at some width ("hidden md:block"). Text set apart so inside a sentence
 * ("… nicht(öffnet im neuen Fenster) zu …"), or a box so hidden, is not what the reader reads.
 */
export function isHiddenElement(attribs: Readonly<Record<string, string>>, paragraph?: InParagraph): boolean {
  if ('hidden' in attribs) return true;
  // Hidden from screen readers (as Readability reads it): a share bar's labels, a teaser, a pull
  // quote. Not inside a paragraph, where it may hide a drop cap's one letter while the word is
  // spelled out for screen readers; but there too inside an element that has a title, where it
  // is the title's text (which screen readers read from the title) shown on hover.
  if (attribs['aria-hidden'] === 'true' && (!paragraph || paragraph.titled)) return true;
  // A tooltip or a hover card (ARIA's role): shown only while the pointer rests on what it explains.
  if (attribs['role'] === 'tooltip') return true;
  const style = attribs['style'];
  if (style && HIDDEN_STYLE.test(style)) return true;
  const names = attribs['class']?.split(/\s+/) ?? [];
  if (names.some((n) => HIDDEN_NAME.test(n) || (paragraph !== undefined && TOOLTIP_TEXT_NAME.test(n)))) return true;
  return names.includes('hidden') && !names.some((n) => n.includes(':'));
}
