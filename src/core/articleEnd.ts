/**
 * Where the article ends: at a comments section under the story, before a box that closes it
 * (facts, links, an author's card), after a short coda or a list that closes the prose; what
 * follows (share and follow lines, tags, "more from" lists) is chrome.
 *
 * Passes over a PageContext (articlePage.ts), run by article.ts. Pure: no DOM, no Node.
 */
import { HEADING_TAG, SENTENCE_END, endsAsSentence, wordsOf } from './articleRuns';
import { type PageContext, MAX_CAPTION_SHARE, isContentProse, isProse, isSectionLine, isStoryHeading, nextWithWords, previousWithWords, storyHeadingKinds, textOf } from './articlePage';
import {
  AD_LABEL,
  COMMENTS_LABEL_MAX_WORDS,
  COMMENTS_TITLED,
  COMMENTS_TITLED_MAX_WORDS,
  CREDIT,
  FOLLOW,
  LIST_LABEL_MAX_WORDS,
  isCommentHead,
  isCommentsLabel,
} from './pageLines';
import { READER_ADDRESS } from './pageNotices';

/** A closing box: at least this many short lines in a row (each under this many words)… */
const BOX_MIN_LINES = 3;
const BOX_LINE_WORDS = 6;
/** …after this share of the article's words… */
const BOX_AFTER_SHARE = 0.6;
/** …and with less than this share of the prose after it. */
const BOX_MAX_PROSE_AFTER = 0.1;
/**
 * A closing box of figures (a tracker's or a table's lines, two in three of its lines figures)
 * may have a sentence of its own under each of its heads ("In India, there are 24,942 confirmed
 * cases…"): less than this share of the prose after it, and set twice it is still one box.
 */
const FIGURE_BOX_MAX_PROSE_AFTER = 0.25;

/** A line of figures: at least half of its words hold a figure ("28,25,140Cases", "Ward 1: 1,204"). */
function isFigureLine(page: PageContext, i: number): boolean {
  const words = page.words[i]!;
  const figures = words.filter((w) => /\p{N}/u.test(w)).length;
  return figures > 0 && 2 * figures >= words.length;
}
/** A short paragraph that closes the prose: at least this many words, at most this share of them in links. */
const CODA_MIN_WORDS = 5;
const CODA_MAX_LINK_SHARE = 0.5;
/** …or at least this many, as a statement that ends on a full stop and does not speak to the reader. */
const SHORT_CODA_MIN_WORDS = 3;
/** A list that closes the prose: at least this many items. */
const CLOSING_LIST_MIN_ITEMS = 2;
/** …and an item of a list set as lines (<br>) runs to at most this many words. */
const LINE_ITEM_MAX_WORDS = 20;

/**
 * A comments section under the story (its head is no link: "Comments", "Recent comments on our
 * stories"): the story ends at the last paragraph of prose above it, whatever follows.
 */
export function cutAtComments(page: PageContext): void {
  const { blocks, words } = page;
  for (let i = page.firstProse + 1; i <= page.lastProse; i++) {
    if (words[i]!.length === 0 || blocks[i]!.linkShare > 0) continue;
    // The head may be the first line of a block that holds the comments under it (set apart by <br>).
    const label = textOf(page, i).trim().split('\n')[0]!;
    const n = label === textOf(page, i).trim() ? words[i]!.length : wordsOf(label).length;
    if (n === 0 || n > COMMENTS_TITLED_MAX_WORDS) continue;
    if (!(n <= COMMENTS_LABEL_MAX_WORDS && isCommentsLabel(label)) && !COMMENTS_TITLED.test(label.trim())) continue;
    let j = i - 1;
    while (j > page.firstProse && !isContentProse(page, j)) j--;
    // The one word ("Comments") may be a toolbar's label set among the story: only as a heading,
    // in a box the page names as chrome, or after the page's furniture that closes the story
    // (two blocks or more, none the story's: "Have your say", a share line, "Related articles")
    // does it open the comments.
    if (n === 1 && !HEADING_TAG.test(blocks[i]!.tag) && (blocks[i]!.chromeShare ?? 0) <= MAX_CAPTION_SHARE && !afterFurniture(page, j, i)) continue;
    page.lastProse = j;
    page.closedAt = j;
    return;
  }
}

/** Furniture after the story's prose, before a comments label: at least this many blocks with words. */
const FURNITURE_BEFORE_COMMENTS = 2;

/** Whether the blocks between the prose at `from` and the label at `to` are the page's furniture only, and enough of them. */
function afterFurniture(page: PageContext, from: number, to: number): boolean {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    if (page.words[k]!.length === 0) continue;
    if (page.roles[k] !== 'chrome') return false;
    n++;
  }
  return n >= FURNITURE_BEFORE_COMMENTS;
}

/** Comments under the story with no head of their own: at least this many comments' heads. */
const COMMENT_HEADS_MIN = 2;

/**
 * Readers' comments under the story with no heading over them, each under its own head (a name,
 * the time it was posted, "says:" or "wrote:"): from two such heads on, the story ends at the
 * last paragraph of prose above the first.
 */
export function cutAtCommentHeads(page: PageContext): void {
  const heads: number[] = [];
  for (let i = page.firstProse + 1; i <= page.lastProse && heads.length < COMMENT_HEADS_MIN; i++) {
    if (page.words[i]!.length === 0) continue;
    const next = nextWithWords(page, i);
    if (isCommentHead(textOf(page, i).trim(), page.words[i]!.length, next < page.blocks.length ? textOf(page, next).trim() : '')) heads.push(i);
  }
  if (heads.length < COMMENT_HEADS_MIN) return;
  let j = heads[0]! - 1;
  while (j > page.firstProse && !isContentProse(page, j)) j--;
  page.lastProse = j;
  page.closedAt = Math.min(page.closedAt, j);
}

/**
 * A box that closes the article (facts, links, an author's card): a run of short lines, none a
 * sentence or list item, late in the article, with little of the prose after it (else it is one
 * more section's heading and labels). It and what follows it are chrome. A run set as a run of
 * the story's before it was set (the same elements in the same order: a name, a photo's label and
 * its credit over each of a story's many sections) heads one more section, however little of the
 * prose follows it: a page sets its closing box once. Not a box of figures (a tracker's, a
 * table's), which may set a head, its figures and a sentence of its own for each of its places.
 */
export function cutAtClosingBox(page: PageContext): void {
  const { blocks, roles, words } = page;
  const proseWords = page.inRun.reduce((a, i) => a + (roles[i] === 'content' ? words[i]!.length : 0), 0);
  // A box of figures is weighed against the prose it closes, not the tables the page sets after it.
  let spanWords = 0;
  for (let i = page.firstProse; i <= page.lastProse; i++) if (roles[i] === 'content') spanWords += words[i]!.length;
  let seen = 0;
  let short = 0;
  let figures = 0;
  // The shapes (element names in order) of the runs of short lines seen so far (where each first
  // stood, and whether late in the article), and of this one.
  const shapes = new Map<string, { start: number; late: boolean }>();
  let shape = '';
  let repeated = false;
  for (let i = page.firstProse; i <= page.lastProse; i++) {
    if (roles[i] !== 'content') continue;
    seen += words[i]!.length;
    const isShort = words[i]!.length < BOX_LINE_WORDS && blocks[i]!.tag !== 'li' && !SENTENCE_END.test(textOf(page, i));
    short = isShort ? short + 1 : 0;
    figures = isShort ? figures + (isFigureLine(page, i) ? 1 : 0) : 0;
    shape = short === 0 ? '' : short <= BOX_MIN_LINES ? `${shape} ${blocks[i]!.tag}` : shape;
    if (short < BOX_MIN_LINES) continue;
    const ofFigures = 3 * figures >= 2 * short;
    const whole = ofFigures ? spanWords : proseWords;
    const late = seen >= BOX_AFTER_SHARE * whole;
    if (short === BOX_MIN_LINES) {
      repeated = shapes.has(shape);
      if (!repeated) shapes.set(shape, { start: i - short + 1, late });
    }
    // A box of figures set again for another place is the box that first stood late: it ends the story there.
    const first = shapes.get(shape);
    if (ofFigures && repeated && first?.late) {
      page.lastProse = first.start - 1;
      page.closedAt = Math.min(page.closedAt, page.lastProse);
      return;
    }
    if (late && !repeated) {
      let after = 0;
      for (let j = i + 1; j <= page.lastProse; j++) if (isContentProse(page, j)) after += words[j]!.length;
      if (after >= (ofFigures ? FIGURE_BOX_MAX_PROSE_AFTER : BOX_MAX_PROSE_AFTER) * whole) continue;
      page.lastProse = i - short;
      // Its lines of figures are no list of the story's (extendByClosingList).
      if (ofFigures) page.closedAt = Math.min(page.closedAt, page.lastProse);
      return;
    }
  }
}

/**
 * A short last paragraph (a closing line of a transcript, a one-line coda) right after the prose,
 * with nothing between: a sentence of its own, in a paragraph, mostly not a link (a closing line
 * may cite its journal: "The findings were published in <a>…</a>."). A coda of a few words is a
 * statement of the story's ("Police are investigating.", "Smith declined comment."), not a line
 * to the reader ("Thanks for reading!", "Enjoy your visit.").
 */
function isCoda(page: PageContext, i: number): boolean {
  if (i > page.best.to) return false;
  const text = textOf(page, i).trim();
  const letters = page.letterWords[i]!;
  const short = letters >= SHORT_CODA_MIN_WORDS && /\.["'”’“‘»«)]*$/u.test(text) && !READER_ADDRESS.test(text) && !/^(?:thanks|thank\s+you|enjoy|cheers)\b/iu.test(text);
  return (
    page.roles[i] === 'content' &&
    page.blocks[i]!.tag === 'p' &&
    page.blocks[i]!.linkShare <= CODA_MAX_LINK_SHARE &&
    (letters >= CODA_MIN_WORDS || short) &&
    endsAsSentence(text) &&
    !CREDIT.test(text) &&
    !FOLLOW.test(text)
  );
}

/** A closing sentence set over several paragraphs, a line each (a song's verse): at most this many lines of at most this many words. */
const VERSE_MAX_LINES = 12;
const VERSE_LINE_MAX_WORDS = 40;

/**
 * The last line of a sentence the story closes on, set over two paragraphs or more from block i
 * (a verse it quotes, a line each): every line but the last ends on no stop (a comma, a word), the
 * last closes the sentence as a coda does; -1 when there is none.
 */
function closingVerseEnd(page: PageContext, i: number): number {
  let lines = 0;
  for (let k = i; k <= page.best.to && lines < VERSE_MAX_LINES; k = nextWithWords(page, k)) {
    const b = page.blocks[k]!;
    if (page.roles[k] !== 'content' || b.tag !== 'p' || b.linkShare > CODA_MAX_LINK_SHARE) return -1;
    if (page.letterWords[k]! === 0 || page.words[k]!.length > VERSE_LINE_MAX_WORDS || textOf(page, k).includes('\n')) return -1;
    lines++;
    if (endsAsSentence(textOf(page, k).trim())) return lines >= 2 && isCoda(page, k) ? k : -1;
  }
  return -1;
}

/** Short paragraphs that close the prose, one by one: a coda, or a closing sentence set over several lines. */
export function extendByCodas(page: PageContext): void {
  for (;;) {
    // An advert's label between the prose and its coda ("Advertisement") is passed over.
    let next = page.lastProse + 1;
    while (next <= page.best.to && page.roles[next] === 'chrome' && AD_LABEL.test(textOf(page, next).trim())) next++;
    if (isCoda(page, next)) {
      page.lastProse = next;
      continue;
    }
    const verse = closingVerseEnd(page, next);
    if (verse < 0) return;
    page.lastProse = verse;
  }
}

/** Answers each signed on a line under it: at least this many signed among the story's paragraphs, and this share of them. */
const SIGNED_MIN = 2;
const SIGNED_SHARE = 0.5;
/** A signature line: at most this many words. */
const SIGNATURE_MAX_WORDS = 20;

/** A line that may sign the paragraph above it: a short paragraph with letters, no link, no stop at its end. */
function isSignatureShape(page: PageContext, i: number): boolean {
  const b = page.blocks[i]!;
  return (
    page.roles[i] === 'content' &&
    b.tag === 'p' &&
    b.linkShare === 0 &&
    page.letterWords[i]! >= 2 &&
    page.words[i]!.length <= SIGNATURE_MAX_WORDS &&
    !SENTENCE_END.test(textOf(page, i).trim())
  );
}

/**
 * A story of answers each signed on a line under it (a panel's replies to one question, each then
 * its writer's name and title): the line under its last paragraph signs the last answer, as the
 * lines under most of the paragraphs before it sign theirs, and is the story's.
 */
export function extendBySignature(page: PageContext): void {
  const next = nextWithWords(page, page.lastProse);
  if (next > page.best.to || !isSignatureShape(page, next)) return;
  let prose = 0;
  let signed = 0;
  for (let i = page.firstProse; i < page.lastProse; i++) {
    if (!isContentProse(page, i)) continue;
    prose++;
    const j = nextWithWords(page, i);
    if (j < page.lastProse && isSignatureShape(page, j)) signed++;
  }
  if (signed >= SIGNED_MIN && signed >= SIGNED_SHARE * prose) page.lastProse = next;
}

/** A list set as lines in one block: two lines or more, each with a letter and short, mostly not links. */
function isLineList(page: PageContext, i: number): boolean {
  if (i > page.best.to || page.roles[i] !== 'content' || page.blocks[i]!.linkShare > CODA_MAX_LINK_SHARE || isProse(page, i)) return false;
  const lines = textOf(page, i)
    .split('\n')
    .filter((l) => l.trim());
  return lines.length >= CLOSING_LIST_MIN_ITEMS && lines.every((l) => /\p{L}/u.test(l) && wordsOf(l).length <= LINE_ITEM_MAX_WORDS);
}

/**
 * A list right after the prose, nothing between, no item mostly a link (tour dates, results, the
 * points of a summary), perhaps under a subheading: the article's own. The list may be set
 * without list markup, as lines set apart by line breaks (<br>) in one block; its label may be a
 * short line of its own that is no sentence ("Tour dates").
 */
export function extendByClosingList(page: PageContext): void {
  const { blocks, roles, words, best } = page;
  let i = page.lastProse + 1;
  const isLabel = (k: number): boolean =>
    k <= best.to &&
    roles[k] === 'content' &&
    blocks[k]!.linkShare === 0 &&
    (HEADING_TAG.test(blocks[k]!.tag) || (words[k]!.length <= LIST_LABEL_MAX_WORDS && !SENTENCE_END.test(textOf(page, k).trim())));
  if (isLabel(i)) i++;
  const isItem = (k: number): boolean =>
    k <= best.to && roles[k] === 'content' && blocks[k]!.tag === 'li' && blocks[k]!.linkShare <= CODA_MAX_LINK_SHARE && page.letterWords[k]! > 0;
  let items = 0;
  while (isItem(i + items)) items++;
  // The rest of a list whose items are the prose's last blocks is the article's however short.
  if (items >= CLOSING_LIST_MIN_ITEMS || (items > 0 && i === page.lastProse + 1 && blocks[page.lastProse]!.tag === 'li')) page.lastProse = i + items - 1;
  else if (items === 0 && isLineList(page, i)) page.lastProse = i;
  else if (items === 0) {
    const last = paragraphListEnd(page, i);
    if (last >= i) page.lastProse = last;
  }
}

/** A list set as paragraphs: at least this many in a row, each of at most this many words… */
const PARAGRAPH_LIST_MIN_ITEMS = 3;
const PARAGRAPH_ITEM_MAX_WORDS = 30;
/**
 * …each opening as the others do: on a figure ("1. Vanishing ice…", "3 egg yolks"), on the same
 * bullet, or on a date or a number and a colon ("Jan. 15-18: Boat Show, …"). Lines of a label
 * with no figure and a colon ("Budget: $4m", "Photo: …") are a facts box's or the page's.
 */
function itemOpening(text: string): string | null {
  const t = text.trim();
  if (/^\p{N}/u.test(t)) return 'figure';
  const bullet = /^([•·▪◦‣*–—-])\s/u.exec(t);
  if (bullet) return bullet[1]!;
  if (/^[^:\n]{0,20}\p{N}[^:\n]{0,20}:\s/u.test(t)) return 'dated';
  return null;
}

/**
 * The last item of a list set as paragraphs from block i (a ranking, a calendar, ingredients):
 * short paragraphs, none mostly a link, each opening as the others do; -1 when there is no such
 * list.
 */
function paragraphListEnd(page: PageContext, i: number): number {
  const { blocks, roles, words } = page;
  let opening: string | null = null;
  let n = 0;
  let k = i;
  for (; k <= page.best.to; k = nextWithWords(page, k)) {
    const b = blocks[k]!;
    if (roles[k] !== 'content' || HEADING_TAG.test(b.tag) || b.tag === 'li' || b.linkShare > CODA_MAX_LINK_SHARE) break;
    if (words[k]!.length > PARAGRAPH_ITEM_MAX_WORDS || page.letterWords[k]! === 0 || textOf(page, k).includes('\n')) break;
    const o = itemOpening(textOf(page, k));
    if (o === null || (opening !== null && o !== opening)) break;
    opening = o;
    n++;
  }
  return n >= PARAGRAPH_LIST_MIN_ITEMS ? previousWithWords(page, k) : -1;
}

/**
 * A story set in sections under subheadings of one kind (a roundup of results, a guide): a section
 * after its last paragraph of prose, under a subheading set as those among the prose are (the same
 * element, in capitals or not as they are), is the story's with its lines, paragraphs with no
 * link however short ("Harbour d. Millbrook 3-1"). A heading set otherwise ("About the author")
 * opens none.
 */
export function extendBySections(page: PageContext): void {
  const kinds = storyHeadingKinds(page);
  if (kinds.size === 0) return;
  for (;;) {
    const head = nextWithWords(page, page.lastProse);
    if (head > page.best.to || !isStoryHeading(page, head, kinds)) return;
    let last = -1;
    for (let k = nextWithWords(page, head); k <= page.best.to && isSectionLine(page, k); k = nextWithWords(page, k)) last = k;
    if (last < 0) return;
    page.lastProse = last;
  }
}

/** After the last paragraph of prose (and above the comments or a closing box of figures): share and follow lines, tags, "more from" lists. */
export function dropAfterProse(page: PageContext): void {
  page.lastProse = Math.min(page.lastProse, page.closedAt);
  for (let i = page.lastProse + 1; i <= page.best.to; i++) if (page.roles[i] === 'content') page.roles[i] = 'chrome';
}
