/**
 * Readability (dom.ts) with the tests it runs over and over made cheap: each gives the answer
 * Readability's own would, without building the text of an element as a string. Readability asks
 * them of every element it walks, in each of its tries (up to four when it is asked again): on a
 * page of deeply nested blocks, building the text of each block is building the text of the page
 * over and over, most of a read's cost. And each try after the first starts again from the page
 * as it was before the first: Readability keeps the page as its HTML and parses it again for each
 * try, where it is parsed once here and copied after (`_grabArticle`).
 */
import { Readability } from '@mozilla/readability';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The little of a DOM node the emptiness test walks. */
interface WalkNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly firstChild: WalkNode | null;
  readonly nextSibling: WalkNode | null;
  readonly parentNode: WalkNode | null;
}
/** Not blank: a character `trim` keeps (`\s` is the white space `trim` takes off). */
const NOT_BLANK = /\S/;

/**
 * Whether an element holds any text but white space: its `textContent` trimmed is not empty.
 * Readability asks this of every block it walks, as `textContent.trim()`. Walked here in
 * document order, it stops at the first text that is not blank: the same answer.
 */
export function holdsText(root: WalkNode): boolean {
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      if (NOT_BLANK.test(node.nodeValue ?? '')) return true;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return false;
    node = node.nextSibling;
  }
  return false;
}

/** The little of an element Readability's test for a visible one reads. */
interface VisibleElement {
  readonly className: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}
type VisibleTest = (this: unknown, node: VisibleElement) => boolean;

/** The little of the page's element Readability keeps and starts its tries again from. */
interface PageElement {
  innerHTML: string;
  readonly childNodes: ArrayLike<PageElement>;
  cloneNode(deep: boolean): PageElement;
  replaceChildren(...nodes: PageElement[]): void;
}
/** Readability's rules it loosens one by one, try after try, and whether one is still on. */
interface ReadabilityFlags {
  readonly FLAG_STRIP_UNLIKELYS: number;
  readonly FLAG_WEIGHT_CLASSES: number;
  readonly FLAG_CLEAN_CONDITIONALLY: number;
  _flagIsActive(flag: number): boolean;
}
type GrabArticle = (this: unknown, page: PageElement | null) => unknown;

/** The little of an element the byline test reads. */
interface TextElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

/** The pattern of Readability's that the byline test reads, as Readability sets it. */
interface ReadabilityPatterns {
  readonly REGEXPS: { readonly byline: RegExp };
}

/**
 * Readability with its tests for an empty block (`holdsText`), a visible one and a byline made
 * cheap; it reads the same article.
 */
export class LeanReadability<T> extends Readability<T> {
  /**
   * Readability asks of every element whether its style hides it, and the DOM library builds a
   * style object for each element asked (most of them have no style at all): an element with no
   * style attribute is not hidden by its style, and only the rest of the test (the hidden and
   * aria-hidden attributes, as Readability reads them) is asked.
   */
  _isProbablyVisible(node: VisibleElement): boolean {
    if (node.hasAttribute('style')) return (Readability.prototype as unknown as { _isProbablyVisible: VisibleTest })._isProbablyVisible.call(this, node);
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || (typeof node.className?.includes === 'function' && node.className.includes('fallback-image')))
    );
  }

  /**
   * Readability reads the page's HTML (`innerHTML`) before its first try and sets it back before
   * each other try, which parses the whole page again each time (four times when every try comes
   * up short, as when it is asked again, dom.ts). It is parsed once here: the page as that parse
   * builds it is copied before the next try starts, and each later try starts from a copy of that
   * copy (the DOM library copies every node as it is: the DOM a parse of the same HTML builds).
   * Only while Readability looks: the page's HTML reads and sets as ever after.
   */
  _grabArticle(page: PageElement | null): unknown {
    const grab = (Readability.prototype as unknown as { _grabArticle: GrabArticle })._grabArticle;
    const body = page ?? (this as unknown as { _doc: { body: PageElement | null } })._doc.body;
    const html = body && innerHtmlOf(body);
    if (!body || !html?.get || !html.set) return grab.call(this, page);
    const { get, set } = html;
    let saved: string | null = null;
    let parsed: PageElement | null = null;
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => (saved = get.call(body) as string),
      set: (value: string) => {
        if (value !== saved) {
          set.call(body, value);
        } else if (parsed) {
          // After the last try (every flag off) the page is set back once more, and never read again: no copy kept.
          body.replaceChildren(...Array.from((this.lastTry() ? parsed : parsed.cloneNode(true)).childNodes));
        } else {
          set.call(body, value);
          parsed = body.cloneNode(true);
        }
      },
    });
    try {
      return grab.call(this, page);
    } finally {
      delete (body as { innerHTML?: string }).innerHTML;
    }
  }

  /** Readability is on its last try: the rules it loosens one by one all loosened. */
  private lastTry(): boolean {
    const flags = this as unknown as ReadabilityFlags;
    return ![flags.FLAG_STRIP_UNLIKELYS, flags.FLAG_WEIGHT_CLASSES, flags.FLAG_CLEAN_CONDITIONALLY].some((f) => flags._flagIsActive(f));
  }

  _isElementWithoutContent(node: WalkNode & { readonly children: ArrayLike<unknown>; getElementsByTagName(name: string): ArrayLike<unknown> }): boolean {
    return (
      node.nodeType === ELEMENT_NODE &&
      !holdsText(node) &&
      (!node.children.length || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  }

  /**
   * Whether an element is the byline: Readability asks it of every element it walks until it
   * finds one, and reads each element's whole text first; here only of an element named or
   * marked as an author's.
   */
  _isValidByline(node: TextElement, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || (this as unknown as ReadabilityPatterns).REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }
}

/** How an element's HTML is read and set (`innerHTML`, on its prototype chain). */
function innerHtmlOf(element: object): PropertyDescriptor | null {
  for (let o = Object.getPrototypeOf(element) as object | null; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, 'innerHTML');
    if (d) return d;
  }
  return null;
}
