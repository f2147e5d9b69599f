/**
 * A WireDiff webview page (its scripts, as src/view/webviewPages.ts lists them) on a DOM in Node
 * (linkedom), with a stand-in for VS Code's webview API: what the page draws, what its keys do,
 * and what it posts back to the extension.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import type { WebviewFiles } from '../../src/view/webviewPages';

const script = (name: string): string => readFileSync(new URL(`../../media/${name}`, import.meta.url), 'utf8');

export type PageWindow = ReturnType<typeof parseHTML>['window'];

/** The page with its scripts loaded in order, as the HTML shell loads them; `send` delivers a message as the extension posts it. */
export function webviewPage(page: WebviewFiles) {
  const { window, document } = parseHTML('<!DOCTYPE html><html><body><div id="app"></div></body></html>');
  // No layout here: scrolling into view does nothing.
  (window.HTMLElement.prototype as { scrollIntoView?: () => void }).scrollIntoView ??= () => {};
  // linkedom keeps no focus: the element last focused is the active one while it is in the page.
  let focused: { isConnected?: boolean } | null = null;
  const proto = window.HTMLElement.prototype as unknown as { focus: () => void; setSelectionRange?: () => void };
  proto.focus = function (this: { isConnected?: boolean }) {
    focused = this;
  };
  proto.setSelectionRange ??= () => {};
  Object.defineProperty(document, 'activeElement', { get: () => (focused && focused.isConnected !== false && document.contains(focused as never) ? focused : document.body) });
  const posted: Array<Record<string, unknown>> = [];
  const listeners: Array<(ev: { data: unknown }) => void> = [];
  const context = {
    window,
    document,
    acquireVsCodeApi: () => ({ postMessage: (m: Record<string, unknown>) => posted.push(m), getState: () => undefined, setState: () => {} }),
    setTimeout,
    clearTimeout,
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0),
    performance,
  };
  // The page listens for the extension's messages on window; linkedom's window has no postMessage.
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, fn: (ev: { data: unknown }) => void, ...rest: unknown[]) =>
    type === 'message' ? void listeners.push(fn) : add(type, fn as never, ...(rest as []))) as typeof window.addEventListener;
  for (const name of page.scripts) runInNewContext(script(name), context);
  /** A message as the extension posts it: a state as a JSON string, anything else as it is. */
  const send = (m: { type: string }): void => {
    const data = m.type === 'state' ? { type: 'json', json: JSON.stringify(m) } : m;
    for (const fn of listeners) fn({ data });
  };
  return { window, document, posted, send };
}

/** A key pressed on an element, as the browser sends it (it bubbles). */
export function press(window: PageWindow, target: ReturnType<PageWindow['document']['querySelector']> & object, key: string): void {
  const ev = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'key', { value: key });
  target.dispatchEvent(ev);
  // A browser activates a focused button on Enter or Space unless the key's default was prevented.
  if (!ev.defaultPrevented && target.tagName === 'BUTTON' && (key === 'Enter' || key === ' ')) {
    target.dispatchEvent(new window.Event('click', { bubbles: true, cancelable: true }));
  }
}
