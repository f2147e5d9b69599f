/**
 * What stands above the article's prose: its headline, a standfirst between the headline and the
 * prose, the story's dateline on a line of its own. Everything else above the prose (a kicker, a
 * date or byline line, share buttons) is chrome.
 *
 * A pass over a PageContext (articlePage.ts), run by article.ts. Pure: no DOM, no Node.
 */
import { dateline } from './segment/credits';
import { HEADING_TAG, MAX_LINK_SHARE, SENTENCE_END, STANDFIRST_END, wordsOf } from './articleRuns';
import { type PageContext, MAX_CAPTION_SHARE, PROSE_MIN_WORDS, isChromeShape, isSectionLine, isStoryHeading, keyOf, nextWithWords, previousWithWords, storyHeadingKinds, textOf } from './articlePage';
import { AD_LABEL, DATED_LINE_MAX_WORDS, DATE_AT_END, FURNITURE_LABEL, PAGE_NOTICE, isByline, isTimestampLine } from './pageLines';
import { READER_ADDRESS } from './pageNotices';

/** How many blocks above the article are searched for its headline. */
const HEADLINE_WINDOW = 40;
/** A headline is a line of at most this many words. */
const HEADLINE_MAX_WORDS = 25;
/** …and, found above a line of who filed the story and when, at least this many words with a letter. */
const HEADLINE_MIN_LETTER_WORDS = 3;
/** A standfirst above the article: prose of at least this many words… */
const STANDFIRST_MIN_WORDS = 8;
/**
 * …or this many, in a subheading right under the headline (its deck: "But only hardcore gamers
 * will appreciate it.", or a summary line with no stop, "Seven die in house fire in the north"),
 * or as the page's own description word for word.
 */
const DECK_MIN_WORDS = 5;
/** …and this share of its words has a letter. */
const STANDFIRST_LETTER_SHARE = 0.75;
/**
 * A line under the headline with a clock time or an address in it is a date line or a page's
 * notice, not its deck; one ending on a bracket is a byline ("Par … (avec AFP)").
 */
const NOT_A_DECK = /\d:\d\d|https?:\/\/|www\.|[)\]）]$/u;
/** Lines above the prose that each hold a link, this many in a row or more, are a box of links (other stories), no standfirst. */
const LINKED_RUN_MIN = 3;
/** A standfirst in points: at least this many lines… */
const POINTS_MIN_LINES = 2;
/** …each of at least this many words with a letter and at most this many words. */
const POINT_MIN_WORDS = 3;
const POINT_MAX_WORDS = 25;
/**
 * One line of a standfirst in points: a few words with letters, opening as a sentence opens (not on a
 * small letter: no sentence broken over two lines, "See what your friends have read / on our sites"),
 * no clock time or address, no byline or date line.
 */
function isPoint(line: string): boolean {
  const w = wordsOf(line);
  const letters = w.filter((x) => /\p{L}/u.test(x)).length;
  return (
    letters >= POINT_MIN_WORDS &&
    w.length <= POINT_MAX_WORDS &&
    !/^[^\p{L}\p{N}]*\p{Ll}/u.test(line) &&
    !NOT_A_DECK.test(line) &&
    !isByline(line) &&
    !isTimestampLine(line, w.length)
  );
}
/** A lead of a few words right above the prose: at least this many words with a letter… */
const SHORT_LEAD_MIN_WORDS = 3;
/** …in at most this many paragraphs in a row. */
const SHORT_LEADS_MAX = 3;

/**
 * A line of places the extractor took as the article's, right above its first paragraph, that
 * opens it as a dateline does ("Washington/ New Delhi:"): two to six capitalised words, places
 * joined by a slash, a comma or "and", ending on a colon or a dash; no desk's label ("Breaking
 * News:") nor a list's ("Read More:").
 */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s*[/,]\s*|\s+and\s+|\s+)\p{Lu}[\p{L}.'’-]*){1,5}\s*[:：—–-]$/u;
/**
 * A Chinese dateline on a line of its own right above the first paragraph: who filed the story
 * (an agency, a site, perhaps its place), the day, and a report's formula ("新华社北京10月14日电",
 * "TNW中文站 10月14日报道", "中新网2016年10月14日讯"), perhaps the reporter in brackets.
 */
const CJK_DATELINE =
  /^[^\s。，、！？!?,:：]{1,20}\s*(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*(?:电|電|讯|訊|报道|報道|報導)(?:\s*[（(][^（）()]{1,30}[）)])?$/u;
function isPlaceLine(page: PageContext, i: number): boolean {
  const text = textOf(page, i).trim();
  return page.roles[i] === 'content' && PLACE_LINE.test(text) && !FURNITURE_LABEL.test(text.slice(0, -1).trim()) && !dateline(text.toUpperCase())?.slug;
}

/** The first block above the article searched for its headline. */
function headWindowStart(page: PageContext): number {
  return Math.max(0, Math.min(page.best.from, page.firstProse) - HEADLINE_WINDOW);
}

/** The most words a headline holds beyond the title's main part (a kicker the extractor cut off the title). */
const KICKER_MAX_WORDS = 4;

/** What a page's title sets between the headline and the names of its section and site: "… : The Two-Way : NPR", "… | World". */
const TITLE_SEPARATOR = /\s[:|–—»«‹›·/-]\s/u;

/**
 * The parts of a page's title after its first separator that are not the longest part: the
 * names of the section and the site ("The Two-Way", "NPR"), as words joined by spaces.
 */
function titleLabels(title: string): Set<string> {
  const parts = title.split(TITLE_SEPARATOR).map((p) => wordsOf(p).join(' '));
  const longest = titleMain(title);
  return new Set(parts.slice(1).filter((p) => p && p !== longest));
}

/** The longest part of a page's title between its separators (its headline, the site's name apart), as words joined by spaces. */
function titleMain(title: string): string {
  return title
    .split(TITLE_SEPARATOR)
    .map((p) => wordsOf(p).join(' '))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The article's headline above its prose: the extractor's title, else an <h1>, else its own first line if it reads as one; -1 if none. */
function findHeadline(page: PageContext): number {
  const { words, firstProse } = page;
  const title = wordsOf(page.hint.title ?? '').join(' ');
  const labels = titleLabels(page.hint.title ?? '');
  const main = titleMain(page.hint.title ?? '');
  const mainWords = main.split(' ').length;
  const low = headWindowStart(page);
  const sameAsTitle = (i: number): boolean => {
    const k = words[i]!.join(' ');
    // A part of the title is a headline only with words of its own: a date line ("30.01.2024") may be in the title too,
    // and so are the section's and the site's names after a separator. (A headline may hold the title's main part
    // and more: the extractor cut a kicker off the title, "Harbour: Ferry sinks at noon ‹ Town News" → "Ferry sinks at noon ‹ Town News".)
    return (
      !!k &&
      !!title &&
      (k === title || (page.letterWords[i]! >= 3 && !labels.has(k) && (title.includes(k) || k.includes(title) || (main !== title && mainWords >= 3 && k.includes(main) && words[i]!.length <= mainWords + KICKER_MAX_WORDS))))
    );
  };
  // The title's own words first: a line that merely holds them ("Share all options for: <title>") comes after,
  // and so does a line shaped as chrome that repeats them (a share box's heading under the byline).
  const isTitle = (i: number): boolean => !!title && words[i]!.join(' ') === title;
  for (let i = firstProse - 1; i >= low; i--) if (isTitle(i) && !isChromeShape(page, i)) return i;
  // A slideshow's or a figure's own <h1> is its caption, not the story's headline.
  const h1 = (i: number): boolean => page.blocks[i]!.tag === 'h1' && words[i]!.length > 0 && page.blocks[i]!.captionShare <= MAX_CAPTION_SHARE;
  // The page's <h1>, not shaped as chrome, that holds every word of the title's main part and a
  // few more comes before a line shaped as chrome that repeats the title (a video player's title:
  // the page may title the story as its video, "… of Kidnapped Girl" over the <h1>'s "… of
  // Kidnapped Harbour Town Girl").
  const mainSet = new Set(main.split(' '));
  const holdsTitle = (i: number): boolean => mainWords >= 3 && words[i]!.length <= mainWords + KICKER_MAX_WORDS && [...mainSet].every((w) => words[i]!.includes(w));
  for (let i = firstProse - 1; i >= low; i--) if (h1(i) && holdsTitle(i) && !isChromeShape(page, i)) return i;
  // A headline and the deck under it that the page's title runs together: the upper line is the headline.
  for (let i = firstProse - 1; i >= low; i--) if (closesTitle(page, i, nextWithWords(page, i))) return i;
  for (let i = firstProse - 1; i >= low; i--) if (isTitle(i)) return i;
  for (let i = firstProse - 1; i >= low; i--) if (sameAsTitle(i) && !isChromeShape(page, i)) return i;
  for (let i = firstProse - 1; i >= low; i--) if (sameAsTitle(i)) return i;
  for (let i = firstProse - 1; i >= low; i--) if (h1(i)) return i;
  // No title to go by and no <h1>: the article's own first line, if it reads as a headline. A
  // line that gives who filed the story and when ("Associated Press - January 2, 2008 7:33 AM
  // ET", "By Jane Doe") is no headline: the headline is the line above it, as pages set them.
  let stamp = -1;
  for (let i = page.best.from; i < firstProse; i++) {
    if (page.roles[i] !== 'content') continue;
    if (isStampLine(page, i)) {
      if (stamp < 0) stamp = i;
      continue;
    }
    if (readsAsHeadline(page, i)) return i;
    break;
  }
  if (stamp < 0) return -1;
  let above = stamp - 1;
  while (above >= low && (words[above]!.length === 0 || isStampLine(page, above))) above--;
  return above >= low && page.letterWords[above]! >= HEADLINE_MIN_LETTER_WORDS && readsAsHeadline(page, above) ? above : -1;
}

/**
 * Block `deck`, right under block `headline` (nothing with words between), closes the page's title:
 * the title is the two lines run together with a space ("Ferry sinks at noon Three rescued"), each a line of its
 * own with no link, not shaped as chrome, above the prose. The page titles the story with both: the
 * deck is the story's, however short.
 */
function closesTitle(page: PageContext, headline: number, deck: number): boolean {
  // Run together with a space only: a title with a separator or a colon sets a kicker or the site's name apart ("Harbour: Ferry sinks").
  if (TITLE_SEPARATOR.test(page.hint.title ?? '') || /[:：]/.test(page.hint.title ?? '')) return false;
  const title = wordsOf(page.hint.title ?? '').join(' ');
  const line = (i: number): boolean =>
    i >= 0 && i < page.firstProse && page.letterWords[i]! > 0 && page.blocks[i]!.tag !== 'li' && page.blocks[i]!.linkShare === 0 && !isChromeShape(page, i);
  return (
    !!title &&
    headline >= 0 &&
    deck === nextWithWords(page, headline) &&
    line(headline) &&
    line(deck) &&
    `${page.words[headline]!.join(' ')} ${page.words[deck]!.join(' ')}` === title
  );
}

/** A line that may be a headline: no list item, no link or caption, a line's length of words, no stop at its end. */
function readsAsHeadline(page: PageContext, i: number): boolean {
  return page.blocks[i]!.tag !== 'li' && !isChromeShape(page, i) && page.words[i]!.length <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(textOf(page, i));
}

/**
 * A line of who filed the story and when: a byline, a timestamp (with the agency's or the writer's
 * name before it), or a short line that ends on the date ("Staff and agencies 29 December, 2007").
 */
function isStampLine(page: PageContext, i: number): boolean {
  const text = textOf(page, i).trim();
  const n = page.words[i]!.length;
  return isByline(text) || isTimestampLine(text, n) || (n <= DATED_LINE_MAX_WORDS && DATE_AT_END.test(text));
}

/** A salutation: at most this many words, ending on a comma. */
const SALUTATION_MAX_WORDS = 4;

/** A paragraph the extractor kept of a few words with letters and no link, ending on a comma: a letter's salutation ("Dear reader,"). */
function isSalutation(page: PageContext, i: number): boolean {
  const b = page.blocks[i]!;
  return (
    page.roles[i] === 'content' &&
    b.tag === 'p' &&
    b.linkShare === 0 &&
    !isChromeShape(page, i) &&
    page.letterWords[i]! >= 2 &&
    page.words[i]!.length <= SALUTATION_MAX_WORDS &&
    /\p{L}[,，]$/u.test(textOf(page, i).trim())
  );
}

/**
 * The story's first section, when the story is set in sections under subheadings of one kind (a
 * roundup of results): a subheading under the headline set as those among the prose are
 * (storyHeadingKinds), and only short lines of the story's (isSectionLine) and such subheadings
 * between it and the first paragraph of prose ("GIRLS SOCCER" / "Harbour d. Millbrook 3-1" / …).
 * Its first block, or -1.
 */
function firstSection(page: PageContext, headline: number, low: number): number {
  if (headline < 0) return -1;
  const kinds = storyHeadingKinds(page);
  if (kinds.size === 0) return -1;
  let first = -1;
  for (let k = previousWithWords(page, page.firstProse); k > headline && k >= low; k = previousWithWords(page, k)) {
    if (isStoryHeading(page, k, kinds)) first = k;
    else if (!isSectionLine(page, k)) break;
  }
  return first;
}

/**
 * The headline, and a standfirst between it and the article; the story's dateline right above
 * its first paragraph. Every other block above the prose is chrome.
 */
export function markHead(page: PageContext): void {
  const { blocks, roles, words, letterWords, firstProse } = page;
  const headline = findHeadline(page);
  const low = headWindowStart(page);
  // The block right above the first prose, that the extractor took as the article: a paragraph's
  // length of words with no link is the story's first paragraph, even with no stop at its end.
  let lead = firstProse - 1;
  while (lead >= low && words[lead]!.length === 0) lead--;
  const isLead = (i: number): boolean =>
    i === lead &&
    roles[i] === 'content' &&
    blocks[i]!.linkShare === 0 &&
    blocks[i]!.tag !== 'li' &&
    !HEADING_TAG.test(blocks[i]!.tag) &&
    letterWords[i]! >= PROSE_MIN_WORDS;
  // …and a paragraph of the article right above its first prose that ends as a sentence ends is
  // the story's first paragraph however short ("Barely a shot was fired."): a lead of a few words;
  // so are a few such paragraphs in a row above it ('Global warming - "it's a hoax."', then
  // "Donald Trump has said that more than once.").
  const shortLead = (i: number): boolean =>
    roles[i] === 'content' &&
    blocks[i]!.tag === 'p' &&
    blocks[i]!.linkShare === 0 &&
    !isChromeShape(page, i) &&
    letterWords[i]! >= SHORT_LEAD_MIN_WORDS &&
    SENTENCE_END.test(textOf(page, i).trim()) &&
    !READER_ADDRESS.test(textOf(page, i));
  // An advert's label between them ("Advertisement") is passed over.
  const passed = (i: number): number => {
    while (i >= low && roles[i] === 'chrome' && AD_LABEL.test(textOf(page, i).trim())) i = previousWithWords(page, i);
    return i;
  };
  const shortLeads = new Set<number>();
  for (let i = passed(lead); i >= low && shortLeads.size < SHORT_LEADS_MAX && shortLead(i); i = passed(previousWithWords(page, i))) shortLeads.add(i);
  const isShortLead = (i: number): boolean => shortLeads.has(i);
  // The standfirst the page gives as its own summary (its description): the standfirst, whatever
  // the box it stands in is named ("teaser", "promo"), while it is no list of links. A description
  // may be cut short ("… the U.S."): the block opens with its words.
  const excerpt = wordsOf(page.hint.excerpt ?? '');
  const excerptKey = ` ${excerpt.join(' ')}`;
  // A box that merely repeats the story's first paragraph (a share box's summary, a summary set
  // above the byline) is no standfirst: the paragraph is kept where the story sets it.
  const repeatsStory = (i: number): boolean => page.inRun.some((j) => j > i && roles[j] !== 'chrome' && keyOf(page, j).includes(keyOf(page, i)));
  const isDescription = (i: number): boolean =>
    excerpt.length >= STANDFIRST_MIN_WORDS && blocks[i]!.linkShare <= MAX_LINK_SHARE && keyOf(page, i).startsWith(`${excerptKey} `) && !repeatsStory(i);
  // A deck that is the page's description word for word is its standfirst however short ("… explained why it matters.").
  const isWholeDescription = (i: number): boolean => excerpt.length >= DECK_MIN_WORDS && keyOf(page, i) === `${excerptKey} `;
  const describing = descriptionParagraphs(page, headline, excerpt, (i) => !repeatsStory(i));
  // The block right under the headline: its deck (standfirst), with or without a stop at its end;
  // a notice about the page ("This article is more than 5 years old") may stand between them. A
  // deck that the lead picture's alt text repeats describes the picture, it is no caption of it.
  let deck = headline >= 0 ? nextWithWords(page, headline) : -1;
  while (deck >= 0 && deck < firstProse && PAGE_NOTICE.test(textOf(page, deck).trim())) deck = nextWithWords(page, deck);
  const chromeShaped = (i: number): boolean => isChromeShape(page, i) && !(i === deck && blocks[i]!.altCaption);
  const section = firstSection(page, headline, low);
  // A line in a run of lines that each hold a link and words of their own (a box of other stories, each a linked kicker and its
  // title) is none of them; a line shaped as chrome (links alone, a text-size control, a photo credit) makes no such run.
  const linked = (i: number): boolean => i >= low && i < firstProse && words[i]!.length > 0 && blocks[i]!.linkShare > 0 && !isChromeShape(page, i);
  const inLinkedRun = (i: number): boolean => {
    let n = 1;
    for (let j = previousWithWords(page, i); linked(j) && n < LINKED_RUN_MIN; j = previousWithWords(page, j)) n++;
    for (let j = nextWithWords(page, i); linked(j) && n < LINKED_RUN_MIN; j = nextWithWords(page, j)) n++;
    return n >= LINKED_RUN_MIN;
  };
  // A standfirst set as lines two <br> apart with no stop (a summary in points), that the extractor took as the article's:
  // a few words with letters on each line, none of them who wrote the story or when.
  const inPoints = (i: number): boolean => {
    if (roles[i] !== 'content' || blocks[i]!.linkShare > 0) return false;
    const lines = textOf(page, i).split('\n').map((l) => l.trim()).filter((l) => l);
    return lines.length >= POINTS_MIN_LINES && lines.every((l) => isPoint(l));
  };
  const kept = new Set<string>();
  for (let i = low; i < firstProse; i++) {
    if (i === headline) {
      roles[i] = 'heading';
      continue;
    }
    if (section >= 0 && i >= section) continue;
    const b = blocks[i]!;
    const text = textOf(page, i);
    // The story's dateline set on a line of its own right above its first paragraph ("NEW YORK -",
    // "Washington/ New Delhi:", "新华社北京10月14日电").
    if (i === lead && (text.trim().length === (dateline(text.trim())?.length ?? -1) || isPlaceLine(page, i) || CJK_DATELINE.test(text.trim()))) {
      roles[i] = 'content';
      continue;
    }
    if (isShortLead(i)) continue;
    // A letter's salutation right above its first paragraph ("Dear reader,", "Ami abonné,"): the story's opening.
    if (i === lead && isSalutation(page, i)) continue;
    // A line mostly of figures (a date and time, "updated …") is no standfirst, however long.
    const standfirst =
      (i === deck && closesTitle(page, headline, i)) ||
      describing.has(i) ||
      (i > headline &&
        b.tag !== 'li' &&
        !(letterWords[i]! >= PROSE_MIN_WORDS && repeatsStory(i)) &&
        !(blocks[i]!.linkShare > 0 && inLinkedRun(i)) &&
        (!chromeShaped(i) || isDescription(i)) &&
        letterWords[i]! >= (i === deck && (/^h[2-3]$/.test(b.tag) || isWholeDescription(i)) ? DECK_MIN_WORDS : STANDFIRST_MIN_WORDS) &&
        letterWords[i]! >= STANDFIRST_LETTER_SHARE * words[i]!.length &&
        (STANDFIRST_END.test(text) ||
          /^h[2-3]$/.test(b.tag) ||
          isLead(i) ||
          isWholeDescription(i) ||
          inPoints(i) ||
          (i === deck && b.linkShare === 0 && !NOT_A_DECK.test(text.trim()) && !isByline(text.trim()))));
    // The same standfirst set twice (a dek over the headline and under it): only the first is kept.
    const again = standfirst && kept.has(keyOf(page, i));
    roles[i] = standfirst && !again && (headline >= 0 || roles[i] === 'content') ? 'content' : 'chrome';
    if (roles[i] === 'content') kept.add(keyOf(page, i));
  }
  keepStandfirstMiddles(page, headline, low);
}

/**
 * A standfirst set as several short paragraphs under the headline that the page's description
 * runs together word for word ("Ferry sinks at noon." / "All crew rescued."): each is the
 * standfirst's, however short. Paragraphs (<p>) in a row above the prose, nothing with words
 * between, no link, none shaped as chrome nor repeated by the story (`own`); at least two.
 */
function descriptionParagraphs(page: PageContext, headline: number, excerpt: readonly string[], own: (i: number) => boolean): Set<number> {
  const { blocks, words } = page;
  const whole = excerpt.join(' ');
  const paragraph = (i: number): boolean => blocks[i]!.tag === 'p' && blocks[i]!.linkShare === 0 && !isChromeShape(page, i) && own(i);
  if (excerpt.length < STANDFIRST_MIN_WORDS) return new Set();
  for (let from = nextWithWords(page, Math.max(headline, headWindowStart(page) - 1)); from < page.firstProse; from = nextWithWords(page, from)) {
    if (!whole.startsWith(words[from]!.join(' '))) continue;
    const run: number[] = [];
    let said = '';
    for (let i = from; i < page.firstProse && paragraph(i) && said.length < whole.length; i = nextWithWords(page, i)) {
      said = said ? `${said} ${words[i]!.join(' ')}` : words[i]!.join(' ');
      run.push(i);
    }
    if (run.length >= 2 && said === whole) return new Set(run);
  }
  return new Set();
}

/**
 * A short sentence set as a paragraph of its own between two paragraphs of the standfirst ("Nobody
 * spoke against it.", too short to be kept for a standfirst alone) is the standfirst's: a paragraph
 * with no link, not shaped as chrome, a few words with letters ending as a sentence ends, with a
 * paragraph of the standfirst right above it and right below it, nothing between.
 */
function keepStandfirstMiddles(page: PageContext, headline: number, low: number): void {
  const { blocks, roles } = page;
  for (let i = Math.max(low, headline + 1); i < page.firstProse; i++) {
    const b = blocks[i]!;
    if (roles[i] !== 'chrome' || b.tag !== 'p' || b.linkShare > 0 || isChromeShape(page, i) || page.letterWords[i]! < SHORT_LEAD_MIN_WORDS) continue;
    if (!SENTENCE_END.test(textOf(page, i).trim())) continue;
    const prev = previousWithWords(page, i);
    const next = nextWithWords(page, i);
    const standfirst = (k: number): boolean => k > headline && k < page.firstProse && roles[k] === 'content' && blocks[k]!.tag === 'p';
    if (standfirst(prev) && standfirst(next)) roles[i] = 'content';
  }
}
