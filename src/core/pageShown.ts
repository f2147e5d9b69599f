/**
 * A page hidden while it loads. Some templates set the element that holds the whole page (or the
 * page's `<body>`) hidden, `display: none` or the `hidden` attribute, and a script shows it once
 * the page has loaded (so that no reader sees it before its styles and fonts are in). Both readers
 * leave out what a page hides (markup.ts, `isHiddenElement`; Readability in src/read/dom.ts): the
 * page was read as empty and had no article, where a reader in a browser sees the story.
 *
 * Hiding that wraps the page's headline (its first `<h1>`) and most of its text is that loading
 * trick, not hidden content: such an element is read as if shown. A hidden box beside the story (a
 * menu, a sign-in box, a hidden copy of the story, a modal dialog) holds neither the headline nor
 * most of the page, and stays unread; a dialog, even one that held them, is never a page's wrapper.
 * WireDiff's own reading tells which elements it took for hidden before the headline; only when one
 * of them is still open there (most pages hide no element around their headline) is the page
 * scanned for the wrappers, and read again with them shown, and the article extractor given the page
 * with their hiding blanked out (`withWrappersShown`).
 *
 * Pure: no DOM, no Node.
 */
import { isHiddenElement, PAGE_TOKEN as TOKEN, VOID } from './markupNames';

/** The share of a page's text, at least, that a hidden wrapper of its headline holds to be the whole page's. */
export const MIN_SHOWN_SHARE = 2 / 3;

/** What may hide an element, in its tag. */
const MAY_HIDE = /\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden/i;
const ARIA_HIDDEN = /aria-hidden\s*=\s*["']?true/i;
const ATTRIBUTE = /([^\s"'>/=<`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An element open while the page is scanned: its name, where its tag starts, and whether it hides the page (hidesPage). */
interface Opened {
  readonly name: string;
  readonly at: number;
  readonly hides: boolean;
}

/** The attributes of a start tag, as the reader reads them (names in lower case, values as written). */
function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    const key = m[1]!.toLowerCase();
    if (!(key in out)) out[key] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Whether a start tag hides its element, but for a dialog's (a dialog is no wrapper of a page). */
function hidesPage(name: string, attributes: string): boolean {
  if (!MAY_HIDE.test(attributes) && !ARIA_HIDDEN.test(attributes)) return false;
  if (name === 'dialog') return false;
  const attribs = attributesOf(attributes);
  if (attribs['role'] === 'dialog' || attribs['role'] === 'alertdialog' || attribs['aria-modal'] === 'true') return false;
  return isHiddenElement(attribs);
}

/** The patterns of a name's opening and closing tags (closedAt). */
const NAMED_TAGS = new Map<string, RegExp>();

/** Where the element of `name` open at `from` is closed (the end of its closing tag), or -1 when it is still open at `limit`. */
function closedAt(source: string, name: string, from: number, limit: number): number {
  let tags = NAMED_TAGS.get(name);
  if (!tags) NAMED_TAGS.set(name, (tags = new RegExp(`<(/?)${name.replace(/[^a-z0-9]/g, (c) => `\\${c}`)}(?=[\\s/>])`, 'gi')));
  let depth = 1;
  tags.lastIndex = from;
  for (let m = tags.exec(source); m && m.index < limit; m = tags.exec(source)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * The hidden elements open where the page's headline opens (its first `<h1>`, outside scripts and
 * comments), each with where its tag starts and where it ends (its closing tag's end, or the page's
 * end when it is left open). Elements nest as their tags do: a closing tag closes the nearest element
 * of its name open (and any open inside it), and one with none open is ignored. Past the headline
 * the scan goes on only while such an element is open.
 */
function hiddenAroundHeadline(source: string): Array<{ at: number; end: number }> {
  const open: Opened[] = [];
  const around: Array<{ at: number; end: number }> = [];
  let watched: Opened[] | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const name = m[3]?.toLowerCase();
    if (name === undefined) continue; // a comment or a raw text element
    if (m[2] === '/') {
      let i = open.length - 1;
      while (i >= 0 && open[i]!.name !== name) i--;
      if (i < 0) continue;
      for (const o of open.slice(i)) if (watched?.includes(o)) around.push({ at: o.at, end: m.index + m[0].length });
      open.length = i;
      if (watched && !watched.some((w) => open.includes(w))) return around;
      continue;
    }
    if (name === 'h1' && !watched) {
      watched = open.filter((o) => o.hides);
      if (!watched.length) return around;
    }
    // (A slash closing a tag closes no element but a void one, as browsers read it.)
    if (VOID.has(name)) continue;
    open.push({ name, at: m.index, hides: !watched && hidesPage(name, m[4]!) });
  }
  for (const o of open) if (watched?.includes(o)) around.push({ at: o.at, end: source.length });
  return around;
}

/** The text over [from, to) of a page: its non-blank characters outside tags, comments and raw text elements. */
function textIn(source: string, from: number, to: number): number {
  let n = 0;
  let at = from;
  const nonBlank = (a: number, b: number): number => (b > a ? b - a - (source.slice(a, b).match(/\s/g)?.length ?? 0) : 0);
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(source); m && m.index < to; m = TOKEN.exec(source)) {
    n += nonBlank(at, m.index);
    at = m.index + m[0].length;
  }
  return n + nonBlank(at, to);
}

/** An element a page hides that opens before its headline, as the reader met it: its name, and where its tag starts. */
export interface HiddenElement {
  readonly name: string;
  readonly at: number;
}

/**
 * Where the page's elements that are hidden only while it loads start (the offset of their tag):
 * those hidden that hold the page's headline and at least MIN_SHOWN_SHARE of its text. `hidden`:
 * the elements the reader took for hidden that open before the headline, which opens at
 * `headline` (its first `<h1>`). An empty set when none does: most pages hide nothing around their
 * headline, and a cheap look tells (a hidden element whose closing tag comes before the headline
 * holds no headline; tags of its name are counted as they nest).
 */
export function shownWrappers(source: string, hidden: readonly HiddenElement[], headline: number): ReadonlySet<number> {
  const shown = new Set<number>();
  if (headline < 0 || !hidden.some((h) => closedAt(source, h.name, h.at + 1, headline) < 0)) return shown;
  const around = hiddenAroundHeadline(source);
  if (!around.length) return shown;
  const all = textIn(source, 0, source.length);
  for (const { at, end } of around) if (all > 0 && textIn(source, at, end) / all >= MIN_SHOWN_SHARE) shown.add(at);
  return shown;
}

/** The attributes by which a tag hides its element from Readability (its `_isProbablyVisible`). */
const HIDING_ATTRIBUTE = /^(?:style|hidden|aria-hidden)$/i;
const TAG_AT = /<([a-zA-Z][^\s/>]*)([^>]*)>/y;

/**
 * The page with the hiding taken off the tags that start at `shown` (shownWrappers): their
 * `style`, `hidden` and `aria-hidden` attributes blanked out, each character a space, so that every
 * other offset of the page stays where it was. For a reader that reads the page's tags as they are
 * (Readability, on a DOM).
 */
export function withWrappersShown(source: string, shown: ReadonlySet<number>): string {
  if (shown.size === 0) return source;
  let out = '';
  let at = 0;
  for (const start of [...shown].sort((a, b) => a - b)) {
    TAG_AT.lastIndex = start;
    const tag = TAG_AT.exec(source);
    if (!tag) continue;
    const attributes = tag[2]!;
    const from = start + 1 + tag[1]!.length;
    out += source.slice(at, from);
    ATTRIBUTE.lastIndex = 0;
    let kept = 0;
    for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
      if (!HIDING_ATTRIBUTE.test(m[1]!)) continue;
      out += attributes.slice(kept, m.index) + ' '.repeat(m[0].length);
      kept = m.index + m[0].length;
    }
    out += attributes.slice(kept);
    at = from + attributes.length;
  }
  return out + source.slice(at);
}
