/**
 * Page chrome: the lines a web page puts around an article (links to other stories, share
 * bars, read times, tags, date lines, photo credits, breadcrumbs), and an e-mailed release's
 * header fields ("From: …", "Message-ID: <…>"). Kept general (any site,
 * several languages), never tuned to a page.
 */
import { isMailHeader } from './lineMarks';
import { isLrcTags } from './lineText';

/** Words that introduce a link to another story, in several languages. */
const LINK_LEADS =
  'see also|also read|read also|read more|more on this|related(?: (?:articles?|stories|news|coverage|topics))?|' +
  'recommended(?: for you)?|watch|listen|baca juga|lihat juga|simak juga|lire aussi|à lire aussi|voir aussi|' +
  'lesen sie auch|mehr zum thema|leer más|lea también|ver también|leia también|veja também|leggi anche';
/** Page widgets that stand alone on their line; a media player's buttons ("PLAY", "Play video"). */
const WIDGETS =
  'most (?:read|popular|viewed)|trending(?: now)?|advertisement|sponsored(?: content)?|share(?: this(?: article| story)?)?|' +
  'play(?: (?:video|audio|now))?|pause|replay|embed';
/** Calls to action, whatever follows them. */
const CALLS = 'follow us|subscribe|sign up|newsletter|click here|download (?:the|our) app|more from';

/**
 * Page chrome: lines a web page puts around an article. Matched against a whole
 * segment, trimmed. Kept general (any site, several languages), never tuned to a page.
 * Every pattern is anchored at the start, so a sentence is rejected at its first words.
 */
const BOILERPLATE: RegExp[] = [
  /^\d[\d,.]*\s*(?:comments?|responses?|replies|shares?|views?|likes?|reactions?)$/i,
  // "Read more", "Read more: <a headline>", "Advertisement", "Follow us on …": links, widgets, calls.
  new RegExp(`^(?:(?:${LINK_LEADS})(?:\\s*[:|>»-]\\s*[^.!?]{0,150}[.!?]?|\\s*:?)|(?:${WIDGETS})\\s*:?|(?:${CALLS})\\b.*)$`, 'i'),
  // (A stop inside it only after a month written short or in "a.m."/"p.m.": "Posted Oct. 2, 2019 at 4:05 p.m.")
  /^(?:first published|last updated|published|updated|posted|date)\s*(?:on|at)?\s*:?\s*[\p{L}\d](?:[^.!?]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|[ap]|[ap]\.m))\.){0,60}$/iu,
  /^(?:topics|tags|categories|filed under|keywords|sections?)\s*:/i,
  /^(?:photo|image|picture|file photo|video|caption|graphic|source)\s*:\s*.{0,120}$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  // The mark that ends a release or a wire item: "-end-", "- 30 -", "###", "(END)".
  /^(?:-+\s*end\s*-+|-\s*30\s*-|#{3,}|\(end\)|end of (?:release|transmission))$/i,
];

/**
 * A widget run on after a paragraph's last sentence, as a page flattened onto lines leaves a media
 * player's button: "… the Education Report. PLAY". Written in capitals or capitalised, after a
 * sentence's stop (a sentence that ends on the word, "… went out to play.", has its stop after it).
 */
const TRAILING_WIDGET = new RegExp(`(?<=[.!?]["”’)]*)\\s+(?:${WIDGETS})$`, 'i');

/** Where a widget run on after a paragraph's last sentence (`TRAILING_WIDGET`) starts in `s`, the blanks before it included; -1 if none. */
export function trailingWidget(s: string): number {
  // (Tried on the paragraph's last characters only: a widget's words are few.)
  const from = Math.max(0, s.length - 40);
  const m = TRAILING_WIDGET.exec(from ? s.slice(from) : s);
  return m && /^\s+\p{Lu}/u.test(m[0]) ? from + m.index : -1;
}

/**
 * A release's contact line: e-mail addresses (an archive writes "@" as " at ": "j.doe at agency.gov")
 * and telephone numbers, with at most a name, an office or a label before them, words written
 * with a capital ("Media contact: Ana Costa, (202) 555-0142", "Ana Costa 555-0142", "ana.costa at
 * water.gov"). A sentence that gives a number has words in lower case ("Call the hotline at …").
 */
const CONTACT = /[\p{L}\d._%+-]+(?:@|[ \t]+at[ \t]+)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}|(?<![\p{L}\d])(?:\+\d{1,3}[ .-]?|1-)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\p{L}\d])/gu;
/** The most words around a contact on its line. */
const CONTACT_WORDS = 6;

function isContactLine(s: string): boolean {
  if (s.length > 120 || !/\d{3}[.-]\d{4}|@|\sat\s/.test(s)) return false;
  const rest = s.replace(CONTACT, ' ');
  if (rest.length === s.length) return false;
  const words = rest.split(/[\s,;:|/()]+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= CONTACT_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|or|at|of)$/.test(w));
}

/** A day or a month in figures: 1 to 31, with a leading zero or none. */
const DAY_OR_MONTH = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
/**
 * A date, with its weekday: "December 2, 2024", "Tue, 2 Dec 2024", "2024-12-02", and in figures with
 * a two- or four-digit year, day and month in either order: "12/02/2024", "02.12.24", "2024/12/02".
 */
const DATE = String.raw`(?:\p{L}+,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|${DAY_OR_MONTH}([./-])${DAY_OR_MONTH}\1(?:\d{4}|\d{2})|\d{4}([./])${DAY_OR_MONTH}\2${DAY_OR_MONTH})`;
/** A time after a date: "10:55 PM GMT", "| 10:55 IST", "8:05 a.m.". */
const TIME_AFTER = String.raw`(?:\s*[,|·•-]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)?)?`;
/**
 * A date or time line on its own: "December 2, 2024 10:55 PM GMT", "2 Dec 2024 | 10:55 IST",
 * "05/22/2014 04:27 PM EDT". Tried only on a line with a year (four digits) or a date in figures,
 * which every form of it has: the pattern backtracks over the first words of any line, the year
 * test is a quick scan.
 */
const DATE_LINE = new RegExp(String.raw`^${DATE}${TIME_AFTER}$`, 'iu');
const YEAR = /\d{4}|\d[./-]\d{1,2}[./-]\d{2}/;
/**
 * A date (and time) run into the words after it at the start of a paragraph or a sentence, as a page
 * flattened onto lines gives it: "11.10.08 NASA's lander …", "January 3, 2009 Opposition Wins …". A
 * word with a capital follows it at once (not a comma: "November 8, 2005, SAN FRANCISCO --" is a
 * dateline; not a word in lower case: "March 3, 2009 was the day …" is a sentence).
 */
const DATE_RUN_IN = new RegExp(String.raw`^${DATE}${TIME_AFTER}\s+(?=["“‘]?\p{Lu})`, 'iu');

/** The length of a date (and time) run into the words after it at the start of `s` (`DATE_RUN_IN`), or 0. */
export function runInDate(s: string): number {
  if (!YEAR.test(s.length > 40 ? s.slice(0, 40) : s)) return 0;
  const m = DATE_RUN_IN.exec(s.slice(0, 60));
  // (With the 'i' flag a capital is any letter: the word after the date must have one.)
  return m && /^["“‘]?\p{Lu}/u.test(s.slice(m[0].length)) ? m[0].length : 0;
}
const LOWER_START = /^\p{Ll}/u;

/**
 * Chrome marks that can stand anywhere in a short line: a read time, a copyright, a
 * syndication note, a photo credit ("… December 1, 2024. REUTERS/Mahmoud Hassano").
 */
const CHROME_WORDS =
  /\b\d+\s*min(?:ute)?s?\s+read\b|[©ⓒ]|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bsyndicated feed\b|\bhas not been edited by\b/i;
const PHOTO_CREDIT = /\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|BLOOMBERG|GETTY IMAGES|ANTARA FOTO)\s?\/\s?\p{Lu}[\p{L}'’ .-]{1,60}$/u;

/**
 * Chrome marks anywhere in a line. CHROME_WORDS is tried as it is: a test of the words it
 * needs before it ("read", "©", "copyright"…) was measured slower than the pattern itself.
 */
function hasChromeMark(s: string): boolean {
  if (CHROME_WORDS.test(s)) return true;
  return s.includes('/') && PHOTO_CREDIT.test(s);
}

/** A link alone, its characters broken over lines without a blank (each line one run of them). */
const WRAPPED_LINK = /^(?:https?:\/\/|www\.)\S+(?:[ \t]*\r?\n[ \t]*\S+)+$/i;

/** Chrome is short: longer segments are not tested against the patterns. */
const CHROME_MAX = 300;

/** Breadcrumbs: Home / World / Middle East. */
const BREADCRUMB = /^[^.!?]{1,120}(?:\s[/>»|]\s[^.!?/>»|]{1,100}){2,}$/;

/** A time before the date, as a bulletin stamps its issue: "935 PM AST Mon Sep 18 2017", "10:55 AM EST, Mon December 2, 2024". */
const TIME_FIRST = /^\d{1,2}(?:[:.]?\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5})?\s*[,|·•-]?\s+/i;

/**
 * A date (and time) alone: "March 3, 2024", "3 March 2024, 10:55 GMT". `timeFirst`: or after a
 * time, as a bulletin's stamp (a line of its own, but the bulletin's words: not chrome).
 */
export function isDateLine(s: string, timeFirst = false): boolean {
  // (Not a line that starts in lower case: "on 10 March 1959" ends a wrapped sentence.)
  if (s.length > 60 || !YEAR.test(s) || LOWER_START.test(s)) return false;
  if (DATE_LINE.test(s)) return true;
  const time = timeFirst ? TIME_FIRST.exec(s) : null;
  return time !== null && DATE_LINE.test(s.slice(time[0].length));
}

/**
 * A clock time alone on its line, as live captions, a transcript or a live blog stamp their text
 * every minute ("8:54 pm", "20:54", "10:55 AM EST", "9 p.m."): a line of its own, set anywhere, even
 * inside a sentence. Not a figure alone ("12.50"): a time with a point or none needs its "am"/"pm".
 */
export function isTimeLine(s: string): boolean {
  return s.length <= 20 && TIME_LINE.test(s);
}
const TIME_LINE = /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[aApP]\.?[mM]\.?)?|\d{1,2}(?:\.\d{2})?[ \t]*[aApP]\.?[mM]\.?)(?:[ \t]+[A-Z]{2,5})?$/;

/** A label before a date, as a release or a broadcast sets its date on a line: "Broadcast:", "Released:", "Last updated:". */
const DATE_LABEL = /^\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)?:[ \t]+/u;

/** A date (and time) after a label, alone on its line: "Broadcast: Thursday, January 05, 2006". */
export function isLabelledDateLine(s: string): boolean {
  const label = DATE_LABEL.exec(s);
  return label !== null && isDateLine(s.slice(label[0].length), true);
}

/**
 * A note on the copy itself, not the story: where it was first published ("Originally published by
 * Voice of America (www.voanews.com).") or that its text is free of rights ("… content is produced by
 * …, and is in the public domain."), as a site that reprints a story sets above or below it.
 */
const REPRINT_NOTES: readonly RegExp[] = [
  /^originally\s+(?:posted|published|appeared|carried|printed)\s+(?:by|on|in|at)\s[^!?]{1,120}$/i,
  /^[^.!?]{0,160}\b(?:content|material|text|article|story|stories|report)\b[^.!?]{0,160}\b(?:is|are)\s+in\s+the\s+public\s+domain\.?$/i,
];

/** Has `s` what every note of `REPRINT_NOTES` has? A text without it is not tried against them. */
const noteWords = (s: string): boolean => s.includes('domain') || s.includes('DOMAIN') || /^originally\s/i.test(s);

/**
 * The fields a release sets above or below its text, by their labels: its date and number, its
 * contacts ("Release Date: 11/05/2008", "Release Number: 1539-351", "RELEASE: 08-245", "Contact
 * Information: …", "Media Contacts: …"), and the labels that stand alone ("For Immediate Release",
 * "Press Release", "News Release"). Furniture of the release, never its news.
 */
const RELEASE_FIELD_LABELS = `
release|release date|release number|release no\\.?|news release number|for immediate release|embargoed until|
contact|contacts|contact information|media contact|media contacts|press contact|press contacts|media inquiries|media relations`
  .split('|')
  .map((l) => l.trim())
  .filter(Boolean);
/** The first letters every field of `RELEASE_FIELDS` starts with: a text without them is not tried against them. */
const FIELD_START = /^(?:rel|con|for|pre|new|med|emb)/i;
const RELEASE_FIELDS: readonly RegExp[] = [
  new RegExp(`^(?:${RELEASE_FIELD_LABELS.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\s*:\\s*\\S[^\\n]{0,150}$`, 'i'),
  /^(?:(?:for\s+immediate|press|news|media)\s+release|release\s+no\.?\s*[\d-]+)$/i,
  // "For more information, media may contact the … at 555-…": how to reach the press office.
  /^for\s+(?:more|further)\s+information,?\s+(?:(?:the\s+)?(?:media|reporters|journalists|members\s+of\s+the\s+media)\s+(?:may|can|should)\s+)?(?:contact|call|e-?mail|visit)\b[^!?]{0,200}$/i,
];

/** The labels of a page's list of links, as a text browser writes it under a page ("References", "Visible links"). */
const LINK_LIST_LABELS = new Set(['references', 'links', 'visible links', 'hidden links', 'sources', 'see', 'url']);

/**
 * A page's list of links, flattened onto one line: "[1]http://… References 1. http://…". One link
 * at least, and every word of letters alone one of a list's labels; the others are links, pieces of
 * one a wrap broke ("…/asiana-" "crash-/1944057.html"), and their numbers ("1.", "[2]").
 */
function isLinkList(s: string): boolean {
  if (!s.includes('://') && !s.includes('www.') && !s.includes('WWW.')) return false;
  const words = s.split(/\s+/).filter(Boolean);
  let label = '';
  for (const w of words) {
    // (Any word but one of letters alone: a link, a piece of one, a link's number.)
    if (!/^[\p{L}'’]+:?$/u.test(w)) {
      if (label && !LINK_LIST_LABELS.has(label.trim())) return false;
      label = '';
      continue;
    }
    label += ` ${w.toLowerCase().replace(/:$/, '')}`;
    if (label.length > 20) return false;
  }
  return !label || LINK_LIST_LABELS.has(label.trim());
}

/**
 * A link run into the words after it at the start of a paragraph or sentence, as a flattened page
 * gives it; a wrap may have broken it where it had no blank (the rest of it on the next line has a
 * figure or a link's mark: "…A6F02AD8" / "3191E160…&").
 */
const LINK_RUN_IN = /^(?:https?:\/\/|www\.)\S+(?:[ \t]*\r?\n[ \t]*(?=\S*[\d/?=&%#_:~])\S+)*\s+(?=["“‘]?\p{Lu})/iu;
/**
 * An image's file name left where the image stood, run into the words after it, with a blank or none:
 * "Screen Shot 2011-09-27 at 4.16.20 PM.pngThirteen deaths …". No stop and blank inside it (a
 * sentence that names a file, "… online as map.png. Twelve …", ends on its stop).
 */
const IMAGE_RUN_IN = /^(?:(?![.!?]\s)[^]){1,100}?\.(?:png|jpe?g|gif|webp|svg|tiff?|bmp|PNG|JPE?G|GIF)(?=\s*["“‘]?\p{Lu})/u;

/** An image's file name's end, which `IMAGE_RUN_IN` needs: a text without it is not tried against it. */
const IMAGE_NAME = /\.(?:png|jpe?g|gif|webp|svg|tiff?|bmp)/i;

/**
 * The length of a link or an image's file name run into the words after it at the start of `s`
 * (`LINK_RUN_IN`, `IMAGE_RUN_IN`), or 0.
 */
export function runInLink(s: string): number {
  const head = s.slice(0, 400);
  if (/^(?:h|w)/i.test(s)) {
    const m = LINK_RUN_IN.exec(head);
    if (m && /^["“‘]?\p{Lu}/u.test(s.slice(m[0].length))) return m[0].length;
  }
  return IMAGE_NAME.test(head.slice(0, 110)) ? (IMAGE_RUN_IN.exec(head)?.[0].length ?? 0) : 0;
}

export function isChrome(s: string): boolean {
  if (s.length > CHROME_MAX) return false;
  // A note hard-wrapped over lines reads as it does on one line; a link too long for a line, broken
  // by the wrap where it had no blank ("…/dawn-image-070" / "911.html"), as the one link it is.
  if (s.includes('\n')) {
    if (WRAPPED_LINK.test(s)) return true;
    s = s.replace(/\s+/g, ' ');
  }
  if (hasChromeMark(s) || isMailHeader(s) || isLrcTags(s) || isLinkList(s)) return true;
  if (noteWords(s) && REPRINT_NOTES.some((re) => re.test(s))) return true;
  if (FIELD_START.test(s) && RELEASE_FIELDS.some((re) => re.test(s))) return true;
  for (const re of BOILERPLATE) if (re.test(s)) return true;
  if (isContactLine(s)) return true;
  // A date alone, or a clock time alone (a transcript's or captions' stamp: "2:39 p.m. EST", "8:55 pm").
  if (isDateLine(s) || isTimeLine(s)) return true;
  return /\s[/>»|]\s/.test(s) && BREADCRUMB.test(s);
}
