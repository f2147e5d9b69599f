/**
 * The article of a web page by Mozilla's Readability (the engine of Firefox Reader View), run on
 * a DOM built by linkedom. This module is heavy: it is bundled on its own (dist/readDom.js) and
 * loaded by page.ts only when a page is read, never when the CLI or the extension starts.
 *
 * linkedom was measured against jsdom and happy-dom on real saved news pages (see the README's
 * "Reading a web page"): Readability finds the same article on all three, and linkedom builds
 * the DOM several times faster.
 */
import { parseHTML } from 'linkedom';
import { type ArticleHint, MAX_ARTICLE_LINK_SHARE, MIN_ARTICLE_WORDS } from '../core/article';
import { looksLikeHtml } from '../core/readText';
import { nameWords, namesComments } from '../core/markupNames';
import { COOKIE_NOTICE, READER_AGREES } from '../core/pageLines';
import { storyAsides } from '../core/storyAside';
import { keepNamedStory, type StoryDocument } from './namedStory';
import { LeanReadability } from './leanReadability';

/** The little of the DOM that is walked here. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that stand apart as blocks in the article Readability returns. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tr', 'ul',
]);
/** A table's cells stand side by side in their row, as WireDiff's own reading sets them (markup.ts). */
const CELL = new Set(['td', 'th']);

/**
 * What Readability removes or never reads (scripts, styles, comments, inline SVG, templates,
 * noscript fallbacks), and what WireDiff's own reader leaves unread as page chrome or controls
 * (markup.ts: navigation, asides, footers, form controls, embedded frames), is cut out before
 * the DOM is built: on a news page that is often half its bytes, and building the DOM and
 * walking it are most of the cost of reading a page. It also keeps Readability from taking for
 * the article what WireDiff never reads. One pass, each character looked at no more than
 * twice: a script, style or comment left open runs to the end of the page, as browsers read
 * it; any other element left open is kept (only its tag is dropped). A ruby's annotations (the
 * readings over its words, markup.ts) are cut as well. An aside that holds the
 * story (storyAside.ts) is kept, as WireDiff's own reading reads it.
 */
const NOT_READ_OPEN = /<(script|style|svg|template|noscript|nav|aside|footer|select|textarea|button|iframe|object|math|rt|rp)(?=[\s/>])|<!--/gi;
const NOT_READ_CLOSE: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  svg: /<\/svg\s*>/gi,
  template: /<\/template\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  nav: /<\/nav\s*>/gi,
  aside: /<\/aside\s*>/gi,
  footer: /<\/footer\s*>/gi,
  select: /<\/select\s*>/gi,
  textarea: /<\/textarea\s*>/gi,
  button: /<\/button\s*>/gi,
  iframe: /<\/iframe\s*>/gi,
  object: /<\/object\s*>/gi,
  math: /<\/math\s*>/gi,
  // A ruby's annotation ends at its closing tag, or where the next one or the ruby's end starts (HTML lets its closing tag be left out).
  rt: /<\/rt\s*>|(?=<(?:rt|rp|rtc|\/rtc|\/ruby)[\s/>])/gi,
  rp: /<\/rp\s*>|(?=<(?:rt|rp|rtc|\/rtc|\/ruby)[\s/>])/gi,
  '': /-->/g,
};
/** Elements whose content runs to the end of the page when they are left open. */
const RUNS_TO_END = new Set(['script', 'style', 'noscript', '']);

function withoutUnread(html: string, kept: ReadonlySet<number>): string {
  const parts: string[] = [];
  let at = 0;
  // Elements with no closing tag past some point: none later has one either.
  const unclosed = new Set<string>();
  NOT_READ_OPEN.lastIndex = 0;
  for (let m = NOT_READ_OPEN.exec(html); m; m = NOT_READ_OPEN.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name === 'aside' && kept.has(m.index)) continue;
    const close = NOT_READ_CLOSE[name]!;
    close.lastIndex = NOT_READ_OPEN.lastIndex;
    const end = unclosed.has(name) ? null : close.exec(html);
    if (!end) {
      if (RUNS_TO_END.has(name)) {
        parts.push(html.slice(at, m.index));
        return parts.join('');
      }
      unclosed.add(name);
      continue;
    }
    parts.push(html.slice(at, m.index));
    at = end.index + end[0].length;
    NOT_READ_OPEN.lastIndex = at;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * The attributes Readability reads (to score, to find hidden or unlikely blocks, tables and
 * metadata): every other attribute (image sources, data-, event and layout attributes) is left
 * out before the DOM is built. On a news page the tags are most of what is left once scripts
 * and styles are out, and the parser reads them a character at a time, as Readability then
 * reads every attribute of every element: they are the bulk of a first read's cost.
 */
const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'aria-modal', 'role', 'itemprop', 'rel', 'href', 'lang', 'dir',
  'colspan', 'rowspan', 'datatable', 'summary', 'type', 'name', 'content', 'property',
]);
/**
 * A well-formed start tag: every attribute a plain name, with a value quoted and closed or
 * unquoted and plain, or none. Any other tag (a stray or unclosed quote, a name the tokenizer
 * would read otherwise) does not match and is left as it is, so that the DOM is built from
 * the same tags as from the page.
 */
const START_TAG = /<([a-zA-Z][^\s/>"'=<]*)((?:\s+[^\s"'>/=<`]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=<`]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** An image has a source when it has any of these or names an image file (see Readability's _unwrapNoscriptImages). */
const IMAGE_SOURCE = /\b(?:src|srcset|data-src|data-srcset)\s*=|\.(?:jpg|jpeg|png|webp)/i;
/** A style declaration that may hide an element. */
const VISIBILITY = /^\s*(?:display|visibility)\s*:/i;
/** A link's address counts for Readability only as a fragment ("#…") or a script ("javascript:"). */
const LINK_KIND = /^["']?\s*(#|javascript:)?/i;

/** The tags of a page with only the attributes Readability reads, and a link's address cut to its kind. */
function leanTags(html: string): string {
  return html.replace(START_TAG, (tag: string, name: string, attributes: string, selfClosing: string) => {
    if (!attributes.trim()) return tag;
    let kept = '';
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
      const key = m[1]!.toLowerCase();
      if (!KEPT_ATTRIBUTES.has(key)) continue;
      if (key === 'href' && m[2] !== undefined) {
        const kind = LINK_KIND.exec(m[2])![1];
        const rest = m[2].replace(/^["']|["']$/g, '').trim().length > (kind?.length ?? 0);
        kept += ` href="${(kind ?? 'u').toLowerCase()}${kind && rest ? 'x' : ''}"`;
      } else if (key === 'style' && m[2] !== undefined) {
        // Readability reads a style only for whether it hides the element.
        const shown = m[2].replace(/^["']|["']$/g, '').split(';').filter((d) => VISIBILITY.test(d));
        if (shown.length) kept += ` style="${shown.join(';')}"`;
      } else kept += m[2] === undefined ? ` ${m[1]}` : ` ${m[1]}=${m[2]}`;
    }
    // Readability drops an image with no source (a placeholder): an image keeps that it has one.
    if (name.toLowerCase() === 'img' && IMAGE_SOURCE.test(attributes)) kept += ' src="i.jpg"';
    return `<${name}${kept}${selfClosing ? ' /' : ''}>`;
  });
}

/** Text with its runs of white space made one blank, and trimmed. */
const squeeze = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** Past this size (once scripts and styles are out) a page is not given to the DOM: it is read whole. */
const MAX_DOM_CHARS = 3_000_000;

/** The texts of an element's blocks, and the share of its text inside links. */
function blocksOf(root: DomNode): { blocks: string[]; linkShare: number } {
  const blocks: string[] = [];
  let current = '';
  let all = 0;
  let link = 0;
  const flush = (): void => {
    const t = squeeze(current);
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      current += t;
      const n = t.replace(/\s+/g, '').length;
      all += n;
      if (inLink) link += n;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (name === 'br') {
      current += ' ';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    else if (CELL.has(name)) current += ' ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, inLink || name === 'a');
    if (block) flush();
    else if (CELL.has(name)) current += ' ';
  };
  walk(root, false);
  flush();
  return { blocks, linkShare: all > 0 ? link / all : 0 };
}

/**
 * The page's own summary of its article (its description, from the page's metadata), or null:
 * when a page has none, Readability gives the article's first paragraph as its excerpt, which
 * says nothing of the page. (A page whose description is its standfirst, set as the article's
 * first paragraph, keeps it: its metadata says so.)
 */
function pageDescription(excerpt: string | null | undefined, content: unknown, document: ConsentDocument): string | null {
  if (!excerpt) return null;
  const first = (content as { getElementsByTagName?: (name: string) => ArrayLike<{ textContent: string | null }> }).getElementsByTagName?.('p')[0];
  if (!first || (first.textContent ?? '').trim() !== excerpt.trim()) return excerpt;
  const described = Array.from(document.querySelectorAll(DESCRIPTION_META)).some((m) => squeeze(m.getAttribute('content') ?? '') === squeeze(excerpt));
  return described ? excerpt : null;
}
/** The metadata that give a page's description. */
const DESCRIPTION_META = 'meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i]';

/** The little of a DOM document the consent pass uses. */
interface ConsentElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<ConsentElement>;
}
interface ConsentDocument {
  querySelectorAll(selector: string): ArrayLike<ConsentElement>;
}

/** Words of a class or id that name a box about the site's cookies and the reader's consent. */
const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'onetrust', 'gdpr']);
/**
 * Words that name such a box on some sites only: "cmp" is a consent management platform's
 * ("qc-cmp2-container") and, as often, a component's (Adobe Experience Manager names every part of
 * a page so: "cmp-text", "cmp-title", "cmp-container"). An element named by them alone is a
 * consent box only when its text speaks of cookies or consent, and it holds no part so named
 * with paragraphs that do not (then it is a wrapper of the page's components; a box's buttons,
 * "Accept all", say nothing of its kind).
 */
const CONSENT_WORDS_BY_TEXT = new Set(['cmp']);
/** consentmanager.net's names run "cmp" into one word with the box's part: "cmpbox", "cmpboxinner", "cmpboxtxt". */
const CONSENT_RUN_TOGETHER = /^cmpbox/u;
/** Cookies or consent named, and the reader spoken to, in several languages. */
const CONSENT_TEXT = /(?<![\p{L}])(?:cookies?|consent|consentement|consentimiento|consenso|einwilligung|gdpr|rgpd|dsgvo)(?![\p{L}])/iu;
function speaksOfConsent(el: ConsentElement): boolean {
  const text = (el.textContent ?? '').trim();
  return COOKIE_NOTICE.test(text) || (CONSENT_TEXT.test(text) && READER_AGREES.test(text));
}

/**
 * A cookie or consent box (a consent manager's preference centre, a banner) is no article,
 * however much prose it holds: it is taken out of the DOM Readability reads, so that a story
 * shorter than the box's notices is still found. WireDiff's own reading keeps it, as chrome. An
 * element so named that holds the page's headline or its article is a wrapper of the page (a
 * class set while a banner shows), not such a box.
 */
const CONSENT_SELECTOR = [...CONSENT_WORDS, ...CONSENT_WORDS_BY_TEXT].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]).join(',');
const BY_TEXT_SELECTOR = [...CONSENT_WORDS_BY_TEXT].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]).join(',');
/** A cheap look first: a page whose tags name no such box is left as it is. */
const CONSENT_NAMED = /<[^>]+(?:id|class)\s*=\s*["']?[^"'>]*(?:cookie|consent|onetrust|gdpr|cmp)/i;
/** The words of an element's class names and id (`nameWords`). */
const namesOf = (el: ConsentElement): string[] => nameWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);

/**
 * Takes out of the DOM the elements `selector` finds that are a section of the page's furniture:
 * not of a tag `tags` matches, named so (`named`, on their name words) and holding nothing `keep`
 * finds (the page's headline or article: then the element is a wrapper of the page). Whether any was.
 */
function dropSections(document: ConsentDocument, selector: string, tags: RegExp, named: (words: string[]) => boolean, keep: string): boolean {
  const sections = Array.from(document.querySelectorAll(selector)).filter((el) => !tags.test(el.tagName) && named(namesOf(el)) && !el.querySelector(keep));
  for (const el of sections) el.remove();
  return sections.length > 0;
}

function consentNamed(el: ConsentElement): 'name' | 'text' | null {
  const words = namesOf(el);
  if (words.some((w) => CONSENT_WORDS.has(w))) return 'name';
  return words.some((w) => CONSENT_WORDS_BY_TEXT.has(w) || CONSENT_RUN_TOGETHER.test(w)) ? 'text' : null;
}
function isConsentBox(el: ConsentElement): boolean {
  if (/^(?:html|body|main|article)$/i.test(el.tagName) || el.querySelector('h1, article, main, [itemprop="articleBody"]')) return false;
  const named = consentNamed(el);
  if (named !== 'text') return named === 'name';
  if (!speaksOfConsent(el)) return false;
  return !Array.from(el.querySelectorAll(BY_TEXT_SELECTOR)).some((part) => consentNamed(part) === 'text' && part.querySelector('p') && !speaksOfConsent(part));
}
function dropConsentBoxes(source: string, document: ConsentDocument): void {
  if (!CONSENT_NAMED.test(source)) return;
  const boxes = Array.from(document.querySelectorAll(CONSENT_SELECTOR)).filter(isConsentBox);
  for (const el of boxes) el.remove();
}

/**
 * A section of readers' comments under the story is no article, however much prose it holds: it
 * is taken out of the DOM Readability reads first. Readability reads a page again with its own
 * rules loosened when the article it found is short, and then takes a thread of comments longer
 * than a short story (a blog's post of one paragraph) for the article: the story was left as
 * chrome and the comments read as news. WireDiff's own reading keeps the section, as chrome. An
 * element so named that holds the page's headline or its article is a wrapper of the page, not
 * the section. Whether any was taken out is returned: when what is left holds no article (a post
 * that is a list of links), the whole page is read again as it is.
 */
const COMMENTS_SELECTOR = ['comment', 'disqus'].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]).join(',');
/** A cheap look first: a page whose tags name no such section is left as it is. */
const COMMENTS_NAMED = /<[^>]+(?:id|class)\s*=\s*["']?[^"'>]*(?:comments|comment[a-z]|[a-z]comment|disqus)/i;
function dropCommentSections(source: string, document: ConsentDocument): boolean {
  if (!COMMENTS_NAMED.test(source)) return false;
  return dropSections(
    document,
    COMMENTS_SELECTOR,
    /^(?:html|body|main|article|a|button|span)$/i,
    namesComments,
    'h1, article, main, [itemprop="articleBody"]',
  );
}

/**
 * Words of a class or id that name a page's sidebar or rail ("aside-bloc", "sidebar", "right-rail"):
 * the boxes beside the story (the latest posts, the most read, a teaser of another story), never
 * the story, however long a teaser in it is. A name that says what an element holds beside its text
 * ("has-sidebar", "with-sidebar", "no-sidebar") is none (`nameWords`).
 */
const SIDE_WORDS = new Set(['aside', 'sidebar', 'rail']);
/**
 * Words that name a part of the page's layout or of the story beside a sidebar word ("l-sidebar-fixed
 * l-article-body-segment", "c-fixed-sidebar-layout", "with-rail-content"): a column or a wrapper
 * that the story may stand in, not the sidebar.
 */
const NOT_SIDE_WORDS = new Set(['layout', 'segment', 'body', 'article', 'content', 'main', 'story', 'text', 'wrapper', 'container', 'page', 'col', 'column', 'grid', 'row']);
const SIDE_SELECTOR = [...SIDE_WORDS].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]).join(',');
/** A cheap look first: a page whose tags name no sidebar is left as it is. */
const SIDE_NAMED = /<[^>]+(?:id|class)\s*=\s*["']?[^"'>]*(?:aside|sidebar|rail)/i;

/**
 * A page's sidebar is taken out of the DOM Readability reads, as the section of comments is: a
 * teaser of another story there, longer than a story a paywall cuts to its first paragraphs, was
 * taken for the article. An element so named that holds the page's headline (its `<h1>`) or its
 * main part is a wrapper of the page ("layout-with-rail"), not a sidebar; a teaser's own `<article>`
 * inside a sidebar does not make it one. Whether any was taken out is returned: when what is left
 * holds no article, the page is read again as it is.
 */
function dropSideBoxes(source: string, document: ConsentDocument): boolean {
  if (!SIDE_NAMED.test(source)) return false;
  return dropSections(
    document,
    SIDE_SELECTOR,
    /^(?:html|body|main|article|a|button|span|p|h[1-6])$/i,
    (words) => words.some((w) => SIDE_WORDS.has(w)) && !words.some((w) => NOT_SIDE_WORDS.has(w)),
    'h1, main, [itemprop="articleBody"]',
  );
}

/**
 * A table of stock quotes set in a story ("Ticker | Security | Last | Change | Change %", a row per
 * share): market data the page's quote service fills in, never the story's words. Told by its
 * header row: a column of tickers or symbols and a column of prices or changes.
 */
const QUOTE_KEY_HEAD = /^(?:ticker|symbol|security|stock|kürzel|symbole|valeur|símbolo|simbolo|código|銘柄|代码|代碼|종목)$/iu;
const QUOTE_VALUE_HEAD = /^(?:last|price|change|chg|change\s*%|%\s*change|% chg|kurs|letzter|änderung|cours|variation|var\.?|último|precio|cambio|variación|variação|preço|株価|前日比|价格|涨跌|涨跌幅|현재가|등락률)$/iu;
function dropQuoteTables(source: string, document: ConsentDocument): void {
  if (!/<table/i.test(source)) return;
  for (const table of Array.from(document.querySelectorAll('table'))) {
    const head = table.querySelector('tr') as ConsentElement | null;
    if (!head) continue;
    const cells = Array.from(head.querySelectorAll('th, td')).map((c) => squeeze(c.textContent ?? ''));
    if (cells.some((c) => QUOTE_KEY_HEAD.test(c)) && cells.some((c) => QUOTE_VALUE_HEAD.test(c))) table.remove();
  }
}

/** The little of a DOM document the head pass uses. */
interface HeadNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
}
interface HeadDocument {
  readonly head: { readonly childNodes: ArrayLike<HeadNode>; querySelector(selector: string): HeadNode | null; appendChild(node: HeadNode): void } | null;
  readonly body: { readonly firstChild: HeadNode | null; insertBefore(node: HeadNode, before: HeadNode | null): void } | null;
}
/** What a page's <head> may hold; anything else opens its body, as browsers read a page. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/**
 * A page whose <head> is never closed (a tag left open in it, no </head> or <body>: old hand-made
 * pages) is read by the DOM library with the whole page inside the head and an empty body, where
 * Readability finds nothing (it fails: the page was then read whole, its menus as news). From
 * the first element that has no place in a head on, the head's nodes are moved into the body, as
 * a browser reads such a page (and as WireDiff's own reading does, markup.ts); elements of a
 * head among them (a title, a script) stay in it.
 */
function bodyOutOfHead(document: HeadDocument): void {
  const { head, body } = document;
  if (!head || !body) return;
  const kids = Array.from(head.childNodes);
  const inHead = (n: HeadNode): boolean => n.nodeType === ELEMENT_NODE && HEAD_ELEMENTS.has(n.nodeName.toLowerCase());
  const first = kids.findIndex((n) => n.nodeType === ELEMENT_NODE && !inHead(n));
  if (first < 0) return;
  // The head's own elements after it (its title, a script) stay where the page's metadata is looked
  // for; so does a title set inside what moves (a page that opened a paragraph before its title).
  const title = head.querySelector('title');
  const before = body.firstChild;
  for (const n of kids.slice(first)) if (!inHead(n)) body.insertBefore(n, before);
  if (title && !Array.from(head.childNodes).includes(title)) head.appendChild(title);
}

/** The little of a DOM document the aside pass uses. */
interface AsideElement {
  readonly firstChild: unknown;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  appendChild(node: unknown): void;
  setAttribute(name: string, value: string): void;
  replaceWith(node: AsideElement): void;
}
interface AsideDocument {
  querySelectorAll(selector: string): ArrayLike<AsideElement>;
  createElement(name: string): AsideElement;
}

/**
 * An aside that holds the story (storyAside.ts) is kept in the DOM Readability reads, and made a
 * <div> with the same attributes and content: Readability takes every aside out of the article it
 * finds, and the story with it when the story's wrapper is one.
 */
function storyAsidesAsBlocks(document: AsideDocument): void {
  for (const aside of Array.from(document.querySelectorAll('aside'))) {
    if (!(aside as unknown as ConsentElement).querySelector('[itemprop~="articleBody" i]')) continue;
    const div = document.createElement('div');
    for (const a of Array.from(aside.attributes)) div.setAttribute(a.name, a.value);
    while (aside.firstChild) div.appendChild(aside.firstChild);
    aside.replaceWith(div);
  }
}

/**
 * Readability's threshold when it is asked again: an article it finds shorter than its threshold
 * (500 characters by default) it looks for again with its rules loosened one by one (unlikely
 * candidates kept, classes not weighed, no conditional cleaning), and it keeps the longest of its
 * tries. Asked again (articleSecond.ts), it makes every try whatever it found.
 */
const LOOSENED_CHAR_THRESHOLD = Number.MAX_SAFE_INTEGER;

/**
 * The article Readability finds in a DOM document (consent boxes out, and comment sections when
 * `comments` is false), as a hint; with its rules loosened when `loosened`.
 */
function readabilityHint(source: string, comments: boolean, loosened: boolean, asides: boolean): { hint: ArticleHint | null; dropped: boolean } {
  const { document } = parseHTML(source);
  bodyOutOfHead(document as unknown as HeadDocument);
  const dom = document as unknown as ConsentDocument;
  if (asides) storyAsidesAsBlocks(document as unknown as AsideDocument);
  keepNamedStory(source, document as unknown as StoryDocument);
  dropConsentBoxes(source, dom);
  dropQuoteTables(source, dom);
  // (Both passes run: each takes out its own sections.)
  const dropped = !comments && [dropCommentSections(source, dom), dropSideBoxes(source, dom)].some(Boolean);
  // The article's nodes are walked for their text, never serialised: its classes need no clean-up.
  const options = { serializer: (node: unknown) => node as DomNode, keepClasses: true, ...(loosened ? { charThreshold: LOOSENED_CHAR_THRESHOLD } : {}) };
  const article = new LeanReadability(document as never, options).parse();
  if (!article?.content) return { hint: null, dropped };
  const { blocks, linkShare } = blocksOf(article.content);
  return { hint: { title: article.title ?? null, blocks, linkShare, excerpt: pageDescription(article.excerpt, article.content, dom) }, dropped };
}

/** An article WireDiff will take: enough words, not mostly links (as core/article.ts asks). */
function isArticle(hint: ArticleHint | null): boolean {
  if (!hint || hint.linkShare > MAX_ARTICLE_LINK_SHARE) return false;
  let words = 0;
  for (const b of hint.blocks) words += b.split(/\s+/u).length;
  return words >= MIN_ARTICLE_WORDS;
}

/**
 * The article Readability finds in a page, null when it finds none, undefined when the page is
 * too large to be given to it or it fails (the page is then read whole). `again`: asked a second
 * time, with its rules loosened (see LOOSENED_CHAR_THRESHOLD). Never throws.
 */
export function findArticle(html: string, again = false): ArticleHint | null | undefined {
  try {
    // linkedom needs a document that opens as one; a fragment of a page (or a page inside
    // another format's wrapper) is read inside one.
    const kept = storyAsides(html);
    const stripped = leanTags(withoutUnread(html, kept));
    if (stripped.length > MAX_DOM_CHARS) return undefined;
    const source = looksLikeHtml(stripped) ? stripped : `<!DOCTYPE html><html><body>${stripped}</body></html>`;
    const first = readabilityHint(source, false, again, kept.size > 0);
    return first.dropped && !isArticle(first.hint) ? readabilityHint(source, true, again, kept.size > 0).hint : first.hint;
  } catch {
    return undefined;
  }
}
