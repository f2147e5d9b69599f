/**
 * Readability (dom.ts) with the tests it runs over and over made cheap: each gives the answer
 * Readability's own would, without building the text of an element as a string. Readability asks
 * them of every element it walks, in each of its tries (up to four when it is asked again): on a
 * page of deeply nested blocks, building the text of each block is building the text of the page
 * over and over, most of a read's cost.
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
