/**
 * Lines of a page's furniture set among the story, by their words alone: a call to the reader,
 * a disclaimer, a notice about the page or a paywall's, the rules of its comments, an advert's
 * tag, a byline, a pointer elsewhere… (the word lists are in pageLines.ts). article.ts decides
 * with these and with where each block stands.
 *
 * Pure: no DOM, no Node.
 */
import type { BlockRole, ReadBlock } from './readText';
import { SENTENCE_END, wordsOf } from './articleRuns';
import {
  AD_LABEL,
  AGENCY_PHOTO_CREDIT,
  isBracketedPhotoCredit,
  AFFILIATE_EARNING,
  AFFILIATE_LABEL,
  AFFILIATE_LINKS,
  AFFILIATE_MAX_WORDS,
  AGREEING,
  BLOG_META,
  BLOG_META_MAX_WORDS,
  BYLINE_MAX_WORDS,
  CAPTION_LABEL,
  CALL_ALWAYS,
  CALL_IF_SITE,
  CALL_TO_COMMENT,
  CALL_MAX_WORDS,
  COMMENT_RULES_MAX_WORDS,
  COMMENT_TERMS,
  COMMENT_WORDS,
  CONTROL_LABEL,
  COOKIE_NOTICE,
  VIEWS_DISCLAIMER,
  DISCLAIMER_LEAD,
  DONATION,
  FUNDED_BY_READERS,
  FUNDED_MAX_WORDS,
  EMAIL_LINE,
  FOLLOW,
  FOLLOW_MAX_WORDS,
  FURNITURE_LEAD,
  FURNITURE_MAX_WORDS,
  GALLERY_COUNTER,
  MODERATION_WORDS,
  PAGE_NOTICE,
  PHOTO_CREDIT,
  PHOTO_BY,
  PHOTO_BY_MAX_WORDS,
  PHOTO_CREDIT_MAX_WORDS,
  PLAYER_NOTICE,
  PLAYER_NOTICE_MAX_WORDS,
  POST_SIGNATURE,
  READER_AGREES,
  isNetworkSignOff,
  SITE_TERMS,
  SITE_WORDS,
  isByline,
  isTimestampLine,
  lastSentence,
} from './pageLines';
import {
  APP_DOWNLOAD,
  APP_SITE,
  APP_STORE,
  ARTICLE_CALL_ZH,
  LIKE_CALL_ZH,
  ARTICLE_SURVEY,
  CONTACT_LINE,
  COPYRIGHT_NOTICE,
  CORRECTION_MAX_WORDS,
  CORRECTION_NOTE,
  INBOX,
  EMAIL_PITCH,
  FUNDER_NOTE,
  FUNDER_NOTE_MAX_WORDS,
  NEWSLETTER,
  NOTICE_LABEL,
  NOTICE_MAX_WORDS,
  PAYWALL_ACCESS,
  PAYWALL_MAX_WORDS,
  PAYWALL_SUBSCRIPTION,
  POST_PROMPT,
  POST_SHARED_BY,
  POST_SHARED_BY_MAX_WORDS,
  PRICE_PER_PERIOD,
  POINTER_ARROW,
  POINTER_CLICK,
  POINTER_LEAD,
  POINTER_LEAD_MAX_WORDS,
  POINTER_MAX_WORDS,
  READER_ADDRESS,
  READER_NOTICE_MAX_WORDS,
  READERS,
  REPORTED_SPEECH,
  REPORT_ERROR,
  ERROR_SHORTCUT,
  ERROR_SHORTCUT_MAX_WORDS,
  SHOP_BUTTON,
  SHOP_LINE_MAX_WORDS,
  SIGN_UP,
  SUBSCRIBERS_ONLY,
  TRADEMARK_NOTICE,
} from './pageNotices';

/** A call to comment closing a paragraph makes it chrome when the paragraph has at most this many sentences. */
const CALL_TO_COMMENT_MAX_SENTENCES = 2;

/** The most words of a trademark note: a name or two and their owners. */
const TRADEMARK_MAX_WORDS = 30;
/**
 * A paper cited by its DOI, the identifier every journal gives it ("DOI: 10.1073/pnas.…",
 * "doi:10.…", "https://doi.org/10.…"): the reference a science story sets under it ("More
 * information: … et al. …, Journal (2019). DOI: …"), not a sentence of the story. At most this
 * many words (a reference names its authors, title, journal and year).
 */
const DOI = /(?:\bdoi\s*:\s*|\bdoi\.org\/)10\.\d{4,9}\/\S/iu;
const CITATION_MAX_WORDS = 80;

/**
 * A line of a page's furniture set among the story, by its words alone (see the pass in
 * markArticle): a call to the reader, a disclaimer, a notice about the page, the rules of its
 * comments, a form's legal line (the reader agrees to the site's terms), an advert's tag, a
 * control's or a form's label, a byline, a note on commissions, a player's
 * notice, a newsletter's pitch, a copyright notice, a notice about cookies, a plea for donations, a
 * funder's note on the piece, a line on how to reach its reporter or editor, a notice to the site's readers, a
 * timestamp (a live blog's "10:42 GMT"), the lines a blog's template sets under a post, a pointer elsewhere, an e-mail address, a
 * label opening a line ("Read more: …"), a photo credit or a gallery's counter, a paper's reference by its DOI, an embedded post's
 * signature and the network's prompt to open it ("View this post on Instagram").
 */
export function isFurnitureLine(text: string, heading: boolean): boolean {
  const n = wordsOf(text).length;
  const firstSentence = /^[^]*?[.!?](?=\s|$)|^[^]*$/.exec(text)![0];
  const last = lastSentence(text);
  // Words in quotation marks are someone's words, whatever they ask ("… GET OUT and VOTE!”").
  const quoted = /^["'“‘«„「]/u.test(text) || /["'”’»“」]$/u.test(last);
  const call =
    n <= CALL_MAX_WORDS &&
    !quoted &&
    (CALL_ALWAYS.test(text) ||
      CALL_ALWAYS.test(last) ||
      (CALL_IF_SITE.test(text) && SITE_WORDS.test(firstSentence)) ||
      (CALL_IF_SITE.test(last) && SITE_WORDS.test(last)) ||
      CALL_TO_COMMENT.test(text) ||
      (CALL_TO_COMMENT.test(last) && text.split(/(?<=[.!?])\s+/u).length <= CALL_TO_COMMENT_MAX_SENTENCES));
  return (
    call ||
    DISCLAIMER_LEAD.test(text) ||
    (n <= BLOG_META_MAX_WORDS && !quoted && BLOG_META.test(text)) ||
    (n <= COMMENT_RULES_MAX_WORDS && PAGE_NOTICE.test(text)) ||
    (n <= COMMENT_RULES_MAX_WORDS && COMMENT_WORDS.test(text) && (MODERATION_WORDS.test(text) || (COMMENT_TERMS.test(text) && !REPORTED_SPEECH.test(text)))) ||
    (n <= NOTICE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && SITE_TERMS.test(text) && AGREEING.test(text) && READER_AGREES.test(text)) ||
    AD_LABEL.test(text) ||
    CONTROL_LABEL.test(text) ||
    (n <= BYLINE_MAX_WORDS && !heading && isByline(text)) ||
    (n <= AFFILIATE_MAX_WORDS && AFFILIATE_EARNING.test(text) && AFFILIATE_LINKS.test(text)) ||
    AFFILIATE_LABEL.test(text.trim()) ||
    (n <= PLAYER_NOTICE_MAX_WORDS && PLAYER_NOTICE.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && NEWSLETTER.test(text) && (INBOX.test(text) || (SIGN_UP.test(text) && !REPORTED_SPEECH.test(text)))) ||
    (n <= NOTICE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && EMAIL_PITCH.test(text) && READER_ADDRESS.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && isAppPitch(text)) ||
    (n <= NOTICE_MAX_WORDS && (ARTICLE_CALL_ZH.test(text) || LIKE_CALL_ZH.test(text))) ||
    (n <= NOTICE_MAX_WORDS && ARTICLE_SURVEY.test(text)) ||
    (n <= CORRECTION_MAX_WORDS && CORRECTION_NOTE.test(text)) ||
    (n <= NOTICE_MAX_WORDS && COPYRIGHT_NOTICE.test(text)) ||
    (n <= TRADEMARK_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && TRADEMARK_NOTICE.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && REPORT_ERROR.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && VIEWS_DISCLAIMER.test(text)) ||
    (n <= ERROR_SHORTCUT_MAX_WORDS && !quoted && ERROR_SHORTCUT.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && COOKIE_NOTICE.test(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && isDonationPitch(text)) ||
    (heading && n <= FUNDED_MAX_WORDS && FUNDED_BY_READERS.test(text)) ||
    (n <= FUNDER_NOTE_MAX_WORDS && !quoted && !REPORTED_SPEECH.test(text) && FUNDER_NOTE.test(text)) ||
    (n <= FOLLOW_MAX_WORDS && CONTACT_LINE.test(text)) ||
    (n <= READER_NOTICE_MAX_WORDS && NOTICE_LABEL.test(text) && READERS.test(text)) ||
    isTimestampLine(text, n) ||
    (n <= PAYWALL_MAX_WORDS && !quoted && isPaywallNotice(text)) ||
    (n <= NOTICE_MAX_WORDS && !quoted && isPricePitch(text)) ||
    (n <= POINTER_MAX_WORDS && (POINTER_ARROW.test(text) || (!quoted && POINTER_CLICK.test(text)))) ||
    (n <= POINTER_LEAD_MAX_WORDS && !quoted && POINTER_LEAD.test(text)) ||
    // A shop's button closing the line ("Buy on Amazon", "Get it on Google Play").
    (n <= SHOP_LINE_MAX_WORDS && isShopLine(text)) ||
    // A pitch to the reader that closes on a click ("… you need to know where to start. … To get
    // the full story -- completely free -- simply click here."): it speaks to the reader before.
    (n <= CALL_MAX_WORDS && !quoted && text !== last && POINTER_CLICK.test(last) && READER_ADDRESS.test(text.slice(0, text.length - last.length))) ||
    EMAIL_LINE.test(text) ||
    (n <= FURNITURE_MAX_WORDS && FURNITURE_LEAD.test(text)) ||
    (n <= PHOTO_CREDIT_MAX_WORDS && (PHOTO_CREDIT.test(text) || GALLERY_COUNTER.test(text)) && !SENTENCE_END.test(text)) ||
    (n <= PHOTO_BY_MAX_WORDS && isPhotoBy(text)) ||
    AGENCY_PHOTO_CREDIT.test(text) ||
    isBracketedPhotoCredit(text) ||
    (n <= CITATION_MAX_WORDS && DOI.test(text)) ||
    CAPTION_LABEL.test(text) ||
    POST_SIGNATURE.test(text) ||
    POST_PROMPT.test(text) ||
    (n <= POST_SHARED_BY_MAX_WORDS && POST_SHARED_BY.test(text)) ||
    isNetworkSignOff(text)
  );
}

/** A picture's credit line (see PHOTO_BY in pageLines.ts): a name after "by" or "courtesy of", not a sentence ("Video by a bystander shows…"). */
function isPhotoBy(text: string): boolean {
  const m = PHOTO_BY.exec(text);
  return !!m && /^[\p{Lu}\p{N}@]/u.test(text.slice(m[0].length)) && !SENTENCE_END.test(text);
}

/** A line closing on a shop's button (see SHOP_BUTTON in pageLines.ts), the button's first word capitalised as buttons are ("Buy now", "BUY NOW"). */
function isShopLine(text: string): boolean {
  const m = SHOP_BUTTON.exec(text);
  return !!m && /^\p{Lu}/u.test(m[0].trim()) && m.slice(1).every((shop) => shop === undefined || /^[\p{Lu}\p{N}]/u.test(shop));
}

/** A site's pitch for its app (see APP_DOWNLOAD in pageLines.ts); what someone said of an app is news. */
function isAppPitch(text: string): boolean {
  return APP_DOWNLOAD.test(text) && APP_STORE.test(text) && APP_SITE.test(text) && !REPORTED_SPEECH.test(text);
}

/** A site's plea for money (see DONATION in pageLines.ts): it speaks to the reader, or opens on the plea ("Donate today"). */
function isDonationPitch(text: string): boolean {
  const m = DONATION.exec(text);
  return !!m && (m.index === 0 || READER_ADDRESS.test(text));
}

/**
 * A pitch that names its price for a while ("Subscribe to the Herald for just $1 a week", "Get
 * unlimited access for $4.99/month"): a subscription or access to the site, offered by a call
 * (CALL_IF_SITE) or to the reader; what someone said of a price, or a product's price, is news.
 */
function isPricePitch(text: string): boolean {
  if (REPORTED_SPEECH.test(text) || !PRICE_PER_PERIOD.test(text)) return false;
  // A product the story recommends ("Get the app for free (premium: $4.99/mo)") is no pitch for the site.
  if (!SIGN_UP.test(text) && !PAYWALL_SUBSCRIPTION.test(text) && !PAYWALL_ACCESS.test(text)) return false;
  return CALL_IF_SITE.test(text) || READER_ADDRESS.test(text);
}

/** A paywall's notice to the reader (see PAYWALL_SUBSCRIPTION in pageLines.ts). */
function isPaywallNotice(text: string): boolean {
  if (REPORTED_SPEECH.test(text)) return false;
  return SUBSCRIBERS_ONLY.test(text) || (PAYWALL_SUBSCRIPTION.test(text) && PAYWALL_ACCESS.test(text) && READER_ADDRESS.test(text));
}

/**
 * A block of the story's lines set apart by line breaks (<br>) that holds lines of the page's
 * furniture among them ("Follow @reporter on Twitter", "Read more: …", "Copyright 2011 The
 * Associated Press…"): those lines are blocks of chrome of their own, the story's lines stay. So
 * is a byline that a headline's element sets after a line break ("<h1>Title<br>By Jane Doe</h1>",
 * "…<br>編集委員　中沢克二"): the headline stays a heading.
 */
/** A line of a story's block that is the page's furniture (see splitFurnitureLines). */
function isStoryFurniture(line: string): boolean {
  return isFurnitureLine(line.trim(), false) || (wordsOf(line).length <= FOLLOW_MAX_WORDS && FOLLOW.test(line.trim()));
}
/** A line below a headline that is a byline. */
function isBylineLine(line: string): boolean {
  return wordsOf(line).length <= BYLINE_MAX_WORDS && isByline(line.trim());
}

export function splitFurnitureLines(text: string, b: ReadBlock): ReadBlock[] {
  const own = text.slice(b.start, b.end);
  if ((b.role !== 'content' && b.role !== 'heading') || !own.includes('\n')) return [b];
  const out: ReadBlock[] = [];
  let at = b.start;
  for (const line of own.split('\n')) {
    const end = at + line.length;
    const role: BlockRole = (b.role === 'heading' ? at > b.start && isBylineLine(line) : isStoryFurniture(line)) ? 'chrome' : b.role;
    const prev = out[out.length - 1];
    if (prev && prev.role === role) out[out.length - 1] = { ...prev, end };
    else out.push({ start: at, end, role });
    at = end + 1;
  }
  // Every line furniture ("Posted: …<br>Updated: …"): the block is chrome whole.
  return out.length > 1 || out[0]!.role !== b.role ? out : [b];
}
