/**
 * Articles saved as web pages or written in Markdown. An HTML file is compared by what a
 * reader sees in it: the text of the page with tags, scripts, styles and comments gone,
 * character references decoded, and each block (paragraph, heading, list item…) on a
 * paragraph of its own.
 * The engine works on that text; `toSourceComparison` maps its offsets back into the file,
 * so decorations and JSON offsets still point into the HTML source.
 *
 * Markdown is read the same way (markdown.ts); both build their text with readBuilder.ts.
 *
 * Parsing is htmlparser2's (forgiving, as browsers are, of unclosed and stray tags).
 */
import { isHtmlPath, looksLikeHtml, type ReadText } from './readText';
import { markArticle, wordsOf, type ArticleFinder, type PageBlock } from './article';
import { MAX_CAPTION_SHARE } from './articlePage';
import { HEADING_TAG } from './articleRuns';
import { isMarkdownPath, readMarkdown } from './markdown';
import { type BuilderMark, ReadBuilder } from './readBuilder';
import { CAPTION, CHROME, IMAGE, ITALIC, LINK, isHiddenElement, isKickerName, namedBits, namesCommentsSection, PAGE_TOKEN, VOID } from './markupNames';
import { loadHtmlParser } from './load';
import { AsideReading } from './storyAside';
import { isQuoteModule, namesQuoteBox } from './quoteBoxes';
import { type HiddenElement, shownWrappers, withWrappersShown } from './pageShown';

export * from './readText';
export { isMarkdownPath, readMarkdown } from './markdown';

/**
 * Elements whose content is not read: code, styles, metadata (a page's title too, which no
 * browser shows in the page, wherever it stands), embedded media and their
 * fallbacks (raw text that browsers never show: noembed, noframes), form controls, and the
 * page's navigation, sidebars and footers (chrome around the story).
 * A <form> is read: some sites wrap their whole page, article and all, in one.
 * A ruby's annotations (<rt>: the readings set over the words, furigana; <rp>: the brackets a
 * browser without ruby shows around them) are no part of the words: the base text is read, as a
 * tag is left out, each of its characters where it stands in the file.
 */
const UNREAD = new Set([
  'script', 'style', 'noscript', 'noembed', 'noframes', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select',
  'textarea', 'button', 'nav', 'aside', 'footer', 'rt', 'rp',
]);

/** What a page's <head> holds; any other element opening in it ends it. */
const HEAD_CONTENT = new Set(['head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'object']);

/** Elements that stand as blocks of their own: a paragraph break before and after. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'title', 'tr', 'ul',
]);

/**
 * A table's cells: a row is read as a reader reads it, its cells side by side on one line
 * ("DL  Larry Ogunjobi  63  85%"), not each cell a paragraph of its own. What a cell holds in
 * blocks of its own (paragraphs, lists) still stands apart.
 */
const CELL = new Set(['td', 'th']);

/**
 * The elements that hold the whole page: their class and id name the page (its template, a
 * template's feature flags: "pmc-gallery__", "has-video"), not a box in it.
 */
const PAGE_ELEMENTS = new Set(['html', 'body']);
/** Elements that hold a figure and its caption, whatever their length. */
const FIGURE = new Set(['figure', 'figcaption']);
/**
 * What a figure shows that is text: a table, a quotation, a listing of code. It is the figure's
 * content, as an image is, not its caption (HTML's <figure>: "a table, a code listing, a quote"
 * with its <figcaption>), unless it stands in an element named or made a caption.
 */
const FIGURE_CONTENT = new Set(['table', 'blockquote', 'pre']);

/**
 * The most text (in characters) an element named as a caption, a credit or a box of chrome
 * holds: a long caption or a related list runs to a few sentences; more is a wrapper whose
 * class or id merely names such boxes.
 */
const MAX_NAMED_BOX_CHARS = 800;

/** A box closed while the page is read: its text's [from, to), its bits, and whether it sets them or clears them. */
type Box = [from: number, to: number, bits: number, on: boolean];

/** An element that is a caption: a figure's own, or one its class or id names a caption or a credit. */
const isCaptionElement = (o: OpenElement): boolean => o.name === 'figcaption' || ((o.named ?? 0) & CAPTION) !== 0;

/** Whether what opens inside these elements stands in a figure, in no caption from the figure in (the figure named none either). */
function showsOfFigure(open: readonly OpenElement[]): boolean {
  for (let i = open.length - 1; i >= 0; i--) {
    if (isCaptionElement(open[i]!)) return false;
    if (open[i]!.name === 'figure') return true;
  }
  return false;
}


/** Reads the text of an HTML document. Never throws; any string gives a text (perhaps empty). */
export function readHtml(source: string): ReadText {
  return readHtmlBlocks(source).read;
}

/** No element of the page shown that it hides. */
const NONE_SHOWN: ReadonlySet<number> = new Set();

/**
 * Reads the text of an HTML document with its blocks: for each, the element that holds it and
 * how much of it is link text or caption. Never throws. A page whose headline stands in an element
 * hidden only while the page loads (pageShown.ts: `shown`, where their tags start) is read with
 * those shown.
 */
export function readHtmlBlocks(source: string): { read: ReadText; blocks: PageBlock[]; depth: number; shown: ReadonlySet<number> } {
  const first = readHtmlPass(source, NONE_SHOWN);
  const shown = first.hidden.length ? shownWrappers(source, first.hidden, first.headline) : NONE_SHOWN;
  const { read, blocks, depth } = shown.size ? readHtmlPass(source, shown) : first;
  return { read, blocks, depth, shown };
}

/** One reading of an HTML document (readHtmlBlocks), the elements starting at `shown` read though they are hidden. */
function readHtmlPass(source: string, shown: ReadonlySet<number>): { read: ReadText; blocks: PageBlock[]; depth: number; headline: number; hidden: HiddenElement[] } {
  const out = new ReadBuilder(source);
  let unread = 0;
  // A <head> left open (no </head>, no <body>: some hand-made and old pages) ends where the first element that has no place in it starts, as browsers read it.
  let inHead = false;
  // How deep the page's elements nest, at most (see readArticle); where its first <h1> starts, and the hidden elements (the page's own too) that open before it.
  let [depth, headline] = [0, -1];
  const hidden: HiddenElement[] = [];
  // Image descriptions: a block that says what an image's alt text says is its caption.
  const alts: ImageAlt[] = [];
  // The open elements (void ones aside; see OpenElement), and the images, links and list items (a gallery's slides) met so far.
  const open: OpenElement[] = [];
  let [images, links, items] = [0, 0, 0];
  // Where the text stood at each image met so far (the `images` first are those still read).
  const imageAt: number[] = [];
  // The named boxes closed so far: their text's [from, to), their bits, and whether the box sets
  // them (a caption, a box of chrome) or clears them (what a figure shows: FIGURE_CONTENT).
  const boxes: Box[] = [];
  // The paragraphs named as chrome closed so far (see storyParagraphs).
  const paragraphs: NamedParagraph[] = [];
  const quotes: Array<[number, number]> = []; // the boxes named as a quote closed so far: their text's [from, to) (quoteBoxes.ts)
  // The page's asides: unread, but for those that hold the story (storyAside.ts).
  const asides = new AsideReading(source);
  // Closes the open elements from the `i`th up.
  const closeFrom = (i: number): void => {
    for (let j = open.length - 1; j >= i; j--) {
      const { named, from, card } = open[j]!;
      if (open[j]!.hidden) {
        unread = Math.max(0, unread - 1);
        out.wordBreak();
      }
      if (card && isHoverCard(out, card, images, links)) {
        // What it held is as if never read: the elements around it hold no image or link of it.
        ({ images, links } = dropCard(out, card, open.slice(0, j), boxes));
        continue;
      }
      if (open[j]!.quoteAt !== undefined) quotes.push([open[j]!.quoteAt!, out.size]);
      if (from === undefined) continue;
      const to = out.size;
      // What a figure shows is no caption, and a figure's text but that is, whatever holds them:
      // kept apart from any wrapper cleared around them.
      if (open[j]!.shows) boxes.push([from, to, CAPTION, false]);
      if (named === undefined) {
        if (!open[j]!.shows) boxes.push([from, to, CAPTION, true]);
        continue;
      }
      const box = !open[j]!.headline && (to - from <= MAX_NAMED_BOX_CHARS || open[j]!.comments || FIGURE.has(open[j]!.name) || isGallery(open[j]!, [from, to], imageAt.slice(0, images), items));
      closeNamed(out, open, j, [from, to], box, boxes, paragraphs);
      if (open[j]!.kicker) out.block();
    }
    open.length = i;
  };
  const setContext = (): void => {
    out.context = contextOf(open);
  };
  const parser = new (loadHtmlParser())(
    {
      onopentag(name, attribs) {
        if (name === 'img' && attribs['alt'] && unread === 0) alts.push({ alt: attribs['alt'], at: out.size });
        if (name === 'a') links++;
        // An element named as chrome or a picture's box ("header-image") that holds the page's headline (or, named as the comments, the story's body) wraps the story, not a box.
        if (name === 'h1' && headline < 0) headline = parser.startIndex;
        if (name === 'h1' && unread === 0) for (const o of open) if (((o.named ?? 0) & (CHROME | CAPTION)) !== 0) o.headline = true;
        if (attribs['itemprop'] && /\barticleBody\b/i.test(attribs['itemprop']) && unread === 0) for (const o of open) if (o.comments) o.headline = true;
        if (name === 'li' && unread === 0) items++;
        if (name === 'img' && unread === 0) {
          imageAt[images++] = out.size;
          flagBesideImage(open);
          setContext();
        }
        // (Not inside what the head holds unread: a <noscript> there may hold an image.)
        if (inHead && unread === 1 && !HEAD_CONTENT.has(name)) {
          inHead = false;
          unread = Math.max(0, unread - 1);
        }
        if (name === 'head') inHead = true;
        const unreadElement = name === 'aside' ? asides.opens(parser.startIndex) : UNREAD.has(name);
        if (unreadElement) unread++;
        else if (name === 'br') out.lineBreak();
        else if (BLOCK.has(name)) out.block();
        else if (CELL.has(name)) out.space();
        if (VOID.has(name)) return;
        // A link never holds another: an unclosed <a> ends where the next one starts (as browsers read it).
        if (name === 'a') {
          for (let i = open.length - 1; i >= 0; i--) {
            if (open[i]!.name === 'a') {
              closeFrom(i);
              break;
            }
          }
        }
        let flags = open.length ? open[open.length - 1]!.flags : 0;
        // A block inside a block that has an image stands apart from the image.
        if (BLOCK.has(name)) flags &= ~IMAGE;
        flags |= tagFlags(name);
        // The page's own names (PAGE_ELEMENTS) say what kind of page it is, never what a box of it is.
        const kicker = isKicker(name, attribs['class'], open); // a block of its own, named as chrome
        if (kicker) out.block();
        const named = (kicker ? CHROME : 0) | ((attribs['class'] || attribs['id']) && !PAGE_ELEMENTS.has(name) ? namedBits(`${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`) : 0);
        // What a figure shows (a table, a quotation, code) is no caption: only its caption is.
        const shows = FIGURE_CONTENT.has(name) && (named & CAPTION) === 0 && showsOfFigure(open);
        if (shows) flags &= ~CAPTION;
        flags |= named;
        const hides = !unreadElement && isHiddenElement(attribs, open[open.length - 1]?.inParagraph ? open[open.length - 1] : undefined) && !shown.has(parser.startIndex);
        if (hides && headline < 0) hidden.push({ name, at: parser.startIndex });
        if (hides && !PAGE_ELEMENTS.has(name)) unread++;
        const element = openElement(name, flags, named, hides && !PAGE_ELEMENTS.has(name), shows, open[open.length - 1], out, unread === 0 ? { images, links } : null, { images, items }, attribs, kicker);
        // A section of readers' comments is a box of chrome however long (namesCommentsSection).
        if ((named & CHROME) !== 0 && namesCommentsSection(`${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`)) element.comments = true;
        open.push(element);
        depth = Math.max(depth, open.length);
        setContext();
      },
      onclosetag(name) {
        if (name === 'head' && !inHead) return;
        if (name === 'head') inHead = false;
        if (name === 'aside' ? asides.closes() : UNREAD.has(name)) unread = Math.max(0, unread - 1);
        else if (BLOCK.has(name)) out.block();
        else if (CELL.has(name)) out.space();
        if (VOID.has(name)) return;
        for (let i = open.length - 1; i >= 0; i--) {
          if (open[i]!.name === name) {
            closeFrom(i);
            break;
          }
        }
        setContext();
      },
      ontext(data) {
        if (unread > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // A character reference comes alone, its decoded text standing for the whole reference.
        if (data.length !== to - from) out.whole(data, from, to);
        else out.text(data, from, to);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  try {
    parser.end(source);
  } catch {
    // htmlparser2 does not throw on any input; should it ever, what was read so far stands.
  }
  closeFrom(0);
  storyParagraphs(out, paragraphs, boxes);
  const read = out.done();
  for (const [from, to] of quotes) if (isQuoteModule(read.text, from, to)) out.flag(from, to, CHROME, true);
  return { read, blocks: captionsByAlt(read.text, out.blocks(read.text), alts), depth, headline, hidden };
}

/** The context of the text read next: the innermost block element open, and the flags of the innermost element. */
function contextOf(open: readonly OpenElement[]): { tag: string; flags: number } {
  let tag = '';
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i]!.block) {
      tag = open[i]!.name;
      break;
    }
  }
  return { tag, flags: open.length ? open[open.length - 1]!.flags : 0 };
}

/** A paragraph (<p>) named as chrome: its class, and its box (null when it holds more text than any box). */
interface NamedParagraph {
  readonly names: string;
  readonly box: Box | null;
}

/**
 * Closes `open[j]`, an element named a caption or a box of chrome, its text over [from, to):
 * as a box (`box`) or as a wrapper so named. An element so named that holds more text than any
 * such box is a wrapper ("no-caption", "has-comments", a page's feature flags), not a box: its
 * text is not taken for one, the boxes inside it aside. A paragraph named as chrome is noted
 * (storyParagraphs).
 */
function closeNamed(out: ReadBuilder, open: readonly OpenElement[], j: number, [from, to]: readonly [number, number], box: boolean, boxes: Box[], paragraphs: NamedParagraph[]): void {
  const element = open[j]!;
  const named = element.named!;
  if (box) {
    out.flag(from, to, named, true);
    boxes.push([from, to, named, true]);
  } else {
    // Inside a figure, its text is the figure's caption all the same.
    let inFigure = false;
    for (let k = 0; k < j && !inFigure; k++) inFigure = FIGURE.has(open[k]!.name);
    out.flag(from, to, inFigure ? named & ~CAPTION : named, false);
    for (let k = boxes.length - 1; k >= 0 && boxes[k]![0] >= from; k--) out.flag(...boxes[k]!);
  }
  if (element.name === 'p' && (named & CHROME) !== 0 && element.names) paragraphs.push({ names: element.names, box: box ? boxes[boxes.length - 1]! : null });
}

/**
 * Paragraphs named as chrome whose class the page also gives to paragraphs longer than any box
 * are the story's, whatever the name says: a site that marks the paragraphs it holds back from
 * readers who do not subscribe ("paywall"), or that names every paragraph of its story by its
 * template, names the story's short paragraphs and its long ones alike. Their chrome is cleared
 * (the boxes of chrome around them and inside them stay boxes). A name no paragraph of the story
 * longer than a box shares names boxes (a newsletter pitch set as a paragraph).
 */
function storyParagraphs(out: ReadBuilder, paragraphs: readonly NamedParagraph[], boxes: readonly Box[]): void {
  const story = new Set(paragraphs.filter((p) => p.box === null).map((p) => p.names));
  if (story.size === 0) return;
  for (const { names, box } of paragraphs) {
    if (!box || !story.has(names) || !boxes.includes(box)) continue;
    const [from, to] = box;
    out.flag(from, to, CHROME, false);
    for (const b of boxes) {
      if (b !== box && (b[2] & CHROME) !== 0 && b[0] < to && b[1] > from) out.flag(Math.max(from, b[0]), Math.min(to, b[1]), CHROME, b[3]);
    }
  }
}

/** Where the text stood when an inline element inside a paragraph opened: the text built, the images and links met so far. */
interface CardStart {
  readonly mark: BuilderMark;
  readonly images: number;
  readonly links: number;
  /** Whether its text already stood after an image of its block when it opened. */
  readonly afterImage: boolean;
}

/** An element open while the page is read, with the flags it gives its text (one shape for all: the loops over them stay fast). */
interface OpenElement {
  name: string;
  flags: number;
  block: boolean;
  /** For an element its class or id names a caption or chrome (`named` bits) or a figure: where its text starts. */
  named: number | undefined;
  /** For an element so named: its class. */
  names: string | undefined;
  from: number | undefined;
  /** For such an element: the images and list items met before it opened (isGallery). */
  imagesAt: number;
  itemsAt: number;
  /** An element the reader does not see (isHiddenElement): its text is not read. */
  hidden: boolean;
  /** What a figure shows (FIGURE_CONTENT): its text is no caption. */
  shows: boolean;
  /** An element named as chrome or a caption that holds an <h1>, or the story's body (`itemprop="articleBody"`): a wrapper of the story's head (closeNamed), not a box. */
  headline: boolean;
  /** An element named as a section of readers' comments: a box however long, unless it holds the headline. */
  comments: boolean;
  inParagraph: boolean;
  /** An element inside a paragraph that has a title, or is inside one that has (InParagraph). */
  titled: boolean;
  /** An element named as a quote's box (quoteBoxes.ts): where its text starts. */
  quoteAt: number | undefined;
  /** An inline element inside a paragraph: where the text stood when it opened, to drop what it held if it is a card shown on hover (isHoverCard). */
  card: CardStart | undefined;
  /** A kicker inside a headline's element: a block of its own. */
  kicker: boolean;
}

/** What follows an image in its block element stands beside the image. */
function flagBesideImage(open: readonly OpenElement[]): void {
  let i = open.length - 1;
  while (i > 0 && !open[i]!.block) i--;
  for (let j = Math.max(0, i); j < open.length; j++) open[j]!.flags |= IMAGE;
}

/** The entry of an element that opens; `seen` (the images and links met so far) when its text is read. */
function openElement(
  name: string,
  flags: number,
  named: number,
  hidden: boolean,
  shows: boolean,
  parent: OpenElement | undefined,
  out: ReadBuilder,
  seen: { images: number; links: number } | null,
  met: { images: number; items: number },
  attribs: Readonly<Record<string, string>>,
  kicker: boolean,
): OpenElement {
  const className = attribs['class'] ?? '';
  const inParagraph = name === 'p' || parent?.inParagraph === true;
  // Inside a paragraph, an element that has a title or stands inside one (InParagraph); where the text of a box named as a quote starts.
  const titled = parent?.inParagraph === true && (parent.titled || !!attribs['title']);
  const quoteAt = seen && (className || attribs['id']) && namesQuoteBox(name, `${className} ${attribs['id'] ?? ''}`) ? out.size : undefined;
  const card =
    seen && inParagraph && !hidden && name !== 'a' && name !== 'p' && !BLOCK.has(name) && !CELL.has(name)
      ? { mark: out.mark(), images: seen.images, links: seen.links, afterImage: parent !== undefined && (parent.flags & IMAGE) !== 0 }
      : undefined;
  const from = named || shows || FIGURE.has(name) ? out.size : undefined;
  return { name, flags, block: BLOCK.has(name), named: named || undefined, names: named ? className.replace(/\s+/g, ' ').trim() : undefined, from, imagesAt: met.images, itemsAt: met.items, hidden, shows, headline: false, comments: false, inParagraph, titled, quoteAt, card, kicker };
}

/**
 * An inline element a kicker (its class: isKickerName) inside a headline's element, the nearest
 * open block an <h1> to <h4> ("<h1><span class="kicker">Transport</span> Council backs …</h1>"):
 * no part of the headline, which is the rest.
 */
function isKicker(name: string, className: string | undefined, open: readonly OpenElement[]): boolean {
  if (BLOCK.has(name) || !className) return false;
  for (let i = open.length - 1; i >= 0; i--) if (open[i]!.block) return /^h[1-4]$/.test(open[i]!.name) && isKickerName(className);
  return false;
}

/** The flags an element gives its text by its name alone: a link's, italics', a figure's (a caption). */
function tagFlags(name: string): number {
  return (name === 'a' ? LINK : 0) | (name === 'em' || name === 'i' ? ITALIC : 0) | (FIGURE.has(name) ? CAPTION : 0);
}

/** A gallery: at least this many pictures… */
const GALLERY_MIN_IMAGES = 3;

/**
 * An element named as a caption box (a gallery, a slideshow) that holds more text than any such
 * box, set as a list of slides: at least three pictures, as many list items as pictures or more,
 * and no more text for each picture than a caption box holds, nor anywhere between two of them.
 * Its slides' titles and captions run long together, but each is a picture's caption (a story in
 * a wrapper named for its pictures has no list of them). A box that holds a story running on with
 * no picture among it, longer than any caption, is a wrapper so named, whatever pictured list it
 * also holds (a gallery of other stories under the story). `imageAt`: where the text stood at
 * each image met so far; the box's text runs over [from, to).
 */
function isGallery(o: OpenElement, [from, to]: readonly [number, number], imageAt: readonly number[], items: number): boolean {
  const pictures = imageAt.length - o.imagesAt;
  if (((o.named ?? 0) & CAPTION) === 0 || pictures < GALLERY_MIN_IMAGES || items - o.itemsAt < pictures || to - from > MAX_NAMED_BOX_CHARS * pictures) return false;
  let at = from;
  for (let k = o.imagesAt; k <= imageAt.length; k++) {
    const next = k < imageAt.length ? imageAt[k]! : to;
    if (next - at > MAX_NAMED_BOX_CHARS) return false;
    at = next;
  }
  return true;
}

/**
 * Drops what a card held (see isHoverCard): the text built since it opened, the boxes closed
 * inside it, and the mark of an image it held on the elements around it (`outer`, innermost
 * last). Returns the images and links met before it.
 */
function dropCard(out: ReadBuilder, card: CardStart, outer: readonly OpenElement[], boxes: Box[]): { images: number; links: number } {
  out.rewind(card.mark);
  out.wordBreak();
  while (boxes.length > 0 && boxes[boxes.length - 1]![0] >= card.mark.length) boxes.pop();
  for (let k = outer.length - 1; k >= 0 && !card.afterImage; k--) {
    outer[k]!.flags &= ~IMAGE;
    if (outer[k]!.block) break;
  }
  return { images: card.images, links: card.links };
}

/** A card shown on hover holds this many links or more (a name, the person's stories, "more"). */
const CARD_MIN_LINKS = 2;

/**
 * An inline element set inside a sentence that holds an image and links, and no word outside
 * its links, is a card the page shows while the pointer rests on a name (the person's photo,
 * name and latest stories), not words of the sentence: its text is not read. Links with words
 * of the sentence between them, or with no image, are the sentence's.
 */
function isHoverCard(out: ReadBuilder, card: CardStart, images: number, links: number): boolean {
  return images > card.images && links - card.links >= CARD_MIN_LINKS && out.size > card.mark.length && out.linkedSince(card.mark);
}

/** An alt text of this many words or more names a caption that repeats it. */
const MIN_ALT_WORDS = 4;
/** …and one of fewer (but this many or more) the block right after its image that is it, word for word. */
const MIN_NEAR_ALT_WORDS = 2;
/** A site's name after the alt text's last dash or bar ("… at the quay. - Harbour Daily"): at most this many words. */
const ALT_SITE_MAX_WORDS = 4;
const ALT_SITE = /\s[-–—|]\s+([^-–—|]+)$/u;

/** An image's alt text, and where the read text stood when the image came. */
interface ImageAlt {
  readonly alt: string;
  readonly at: number;
}

/**
 * Blocks that repeat an image's alt text (most of their words are it) are captions. Not the
 * page's <h1>: a picture described by the page's title (the story's thumbnail in a carousel, its
 * share image) repeats the headline, the headline is no caption of it. An alt text that ends on
 * the site's name after a dash ("… at the quay. - Harbour Daily") is read without it too, and a
 * short one ("Board meeting") is the caption of the block right after its image that says it,
 * word for word; neither makes a caption of a heading (a subheading, a headline the site names).
 */
function captionsByAlt(text: string, blocks: PageBlock[], alts: readonly ImageAlt[]): PageBlock[] {
  const keyOf = (w: readonly string[]): string => ` ${w.join(' ')} `;
  const keys = new Set<string>();
  const unsigned = new Set<string>();
  const near = new Map<number, string>();
  for (const { alt, at } of alts) {
    const w = wordsOf(alt);
    if (w.length >= MIN_ALT_WORDS) keys.add(keyOf(w));
    else if (w.length >= MIN_NEAR_ALT_WORDS) near.set(at, keyOf(w));
    const site = ALT_SITE.exec(alt);
    const rest = site && wordsOf(site[1]!).length <= ALT_SITE_MAX_WORDS ? wordsOf(alt.slice(0, site.index)) : [];
    if (rest.length >= MIN_ALT_WORDS) unsigned.add(keyOf(rest));
  }
  if (keys.size === 0 && unsigned.size === 0 && near.size === 0) return blocks;
  // The first block with words after each short alt text's image.
  const after = new Map<number, string>();
  let k = 0;
  const spots = [...near.keys()].sort((a, b) => a - b);
  const words = blocks.map((b) => wordsOf(text.slice(b.start, b.end)));
  for (let i = 0; i < blocks.length && k < spots.length; i++) {
    if (words[i]!.length === 0) continue;
    while (k < spots.length && spots[k]! <= blocks[i]!.start) after.set(i, near.get(spots[k++]!)!);
  }
  const caption = (b: PageBlock): PageBlock => ({ ...b, captionShare: 1, altCaption: b.captionShare <= MAX_CAPTION_SHARE });
  const repeats = (key: string, k: string): boolean => key.includes(k) && (k.length - 2) / (key.length - 2) >= 0.6;
  // An alt text the page's own caption already says (a <figcaption> under the picture) is captioned:
  // a paragraph (<p>) that says it too is no second caption but the story's sentence the caption repeats.
  const captionKeys = blocks.flatMap((b, i) => (b.captionShare > MAX_CAPTION_SHARE ? [keyOf(words[i]!)] : []));
  const captioned = (k: string): boolean => captionKeys.some((key) => repeats(key, k));
  const forParagraphs = [[...keys].filter((k) => !captioned(k)), [...unsigned].filter((k) => !captioned(k))] as const;
  return blocks.map((b, i) => {
    const w = words[i]!;
    if (w.length < MIN_NEAR_ALT_WORDS || b.tag === 'h1') return b;
    const key = keyOf(w);
    const [altKeys, unsignedKeys] = b.tag === 'p' ? forParagraphs : [keys, unsigned];
    if (w.length >= MIN_ALT_WORDS) for (const k of altKeys) if (repeats(key, k)) return caption(b);
    if (HEADING_TAG.test(b.tag)) return b;
    if (after.get(i) === key) return caption(b);
    if (w.length >= MIN_ALT_WORDS) for (const k of unsignedKeys) if (repeats(key, k)) return caption(b);
    return b;
  });
}

/** Pages whose elements nest deeper than this are not given to the article extractor. */
const MAX_ARTICLE_DEPTH = 120;

/**
 * How much nesting a page that is read at all may have: the sum, over its opening tags, of how
 * deep each opens. The HTML parser's work grows with it (it moves its stack of open elements at
 * every tag), so a hostile page of elements nested tens of thousands deep would take minutes.
 * Real pages are far below it: a 300 KB news page sums to about 10^5, 5,000 nested elements
 * to 1.25 × 10^7; the budget, 10^8, is about a tenth of a second of parsing.
 */
export const MAX_NESTING_WORK = 1e8;

/**
 * The deepest nesting of an HTML document if the sum of its tags' depths goes over `budget`
 * (see MAX_NESTING_WORK), else null. A linear scan of its tags (`PAGE_TOKEN`: void elements,
 * self-closed tags, comments and the insides of scripts, styles and other raw text elements aside),
 * made before the parser runs; it stops as soon as the budget is spent.
 */
export function nestingOverBudget(source: string, budget: number): number | null {
  let depth = 0;
  let deepest = 0;
  let work = 0;
  PAGE_TOKEN.lastIndex = 0;
  for (let m = PAGE_TOKEN.exec(source); m; m = PAGE_TOKEN.exec(source)) {
    if (m[3] === undefined) continue; // a comment, a raw text element
    const name = m[3].toLowerCase();
    if (VOID.has(name) || m[4]!.endsWith('/')) continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else {
      depth++;
      if (depth > deepest) deepest = depth;
      work += depth;
      if (work > budget) return deepest;
    }
  }
  return null;
}

/**
 * The read text of an article file when it is a web page (by its name, or by its opening
 * lines) or Markdown (by its name), else null: plain text is compared as it is.
 * With `findArticle` (an article extractor run on the page, see src/read/), a page's blocks
 * are marked as its article or as page chrome (see article.ts).
 */
export function readArticle(source: string, path = '', findArticle?: ArticleFinder): ReadText | null {
  if (isHtmlPath(path) || looksLikeHtml(source)) {
    if (!findArticle) return readHtml(source);
    const { read, blocks, depth, shown } = readHtmlBlocks(source);
    // The extractor reads the page with the elements hidden only while it loads shown, as read here (the same offsets, the same text).
    const page = withWrappersShown(source, shown);
    // Elements nested deeper than any real page's take an extractor minutes: such a page is read whole.
    const hint = depth > MAX_ARTICLE_DEPTH ? undefined : findArticle(page);
    return hint === undefined ? read : markArticle(read, blocks, hint, () => findArticle(page, true));
  }
  if (isMarkdownPath(path)) return readMarkdown(source);
  return null;
}
