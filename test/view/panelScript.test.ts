/**
 * The side panel's page script (media/common.js, media/panel.js) on a DOM in Node (linkedom),
 * with a stand-in for VS Code's webview API: what a keyboard user's keys do, and what the
 * page posts back to the extension.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';
import { sample } from './sampleComparisons';

const script = (name: string): string => readFileSync(new URL(`../../media/${name}`, import.meta.url), 'utf8');

/** The panel page showing a comparison; `posted` collects what it sends to the extension. */
function panelPage() {
  const { window, document } = parseHTML('<!DOCTYPE html><html><body><div id="app"></div></body></html>');
  const posted: Array<Record<string, unknown>> = [];
  const listeners: Array<(ev: { data: unknown }) => void> = [];
  const context = {
    window,
    document,
    acquireVsCodeApi: () => ({ postMessage: (m: Record<string, unknown>) => posted.push(m), getState: () => undefined, setState: () => {} }),
  };
  // The page listens for the extension's messages on window; linkedom's window has no postMessage.
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, fn: (ev: { data: unknown }) => void, ...rest: unknown[]) =>
    type === 'message' ? void listeners.push(fn) : add(type, fn as never, ...(rest as []))) as typeof window.addEventListener;
  runInNewContext(script('common.js'), context);
  runInNewContext(script('panel.js'), context);
  const s = sample();
  const view = new ComparisonView(s.comparison, s.articleText, s.canonicalText);
  const model = buildPanelModel({ view, uri: 'file:///copy.txt', articleName: 'copy.txt', canonicalName: 'wire.txt' });
  const state = { type: 'state', status: 'ready', name: 'copy.txt', model, folder: null, showDismissed: false, verdictError: null };
  for (const fn of listeners) fn({ data: { type: 'json', json: JSON.stringify(state) } });
  return { window, document, posted };
}

/** A key pressed on an element, as the browser sends it (it bubbles). */
function press(window: ReturnType<typeof parseHTML>['window'], target: ReturnType<ReturnType<typeof parseHTML>['document']['querySelector']> & object, key: string): void {
  const ev = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'key', { value: key });
  target.dispatchEvent(ev);
  // A browser activates a focused button on Enter or Space unless the key's default was prevented.
  if (!ev.defaultPrevented && target.tagName === 'BUTTON' && (key === 'Enter' || key === ' ')) {
    target.dispatchEvent(new window.Event('click', { bubbles: true, cancelable: true }));
  }
}

test('panel, keyboard: Enter on an entry jumps to its finding', () => {
  const { window, document, posted } = panelPage();
  const entry = document.querySelector('.entry');
  assert.ok(entry, 'the findings are listed');
  press(window, entry, 'Enter');
  assert.deepEqual(posted.filter((m) => m.type !== 'ready').map((m) => m.type), ['reveal']);
});

test('panel, keyboard: Enter on a verdict button inside an entry sets the verdict; it does not jump instead', () => {
  const { window, document, posted } = panelPage();
  const entry = document.querySelector('.entry');
  assert.ok(entry);
  const id = entry.getAttribute('data-id');
  for (const [cls, type] of [['confirm', 'verdict'], ['dismiss', 'dismiss']] as const) {
    posted.length = 0;
    const b = entry.querySelector(`button.${cls}`);
    assert.ok(b, `the entry has a ${cls} button`);
    press(window, b, 'Enter');
    assert.deepEqual(posted.map((m) => [m.type, m.id]), [[type, id]], `Enter on ${cls}`);
  }
});

test('panel: the icon buttons of an entry are named for a screen reader, not by their glyph', () => {
  const { document } = panelPage();
  const buttons = [...document.querySelectorAll('.entry button.icon')];
  assert.ok(buttons.length > 0);
  for (const b of buttons) assert.ok((b.getAttribute('aria-label') ?? '').length > 1, `${b.textContent}: ${b.getAttribute('aria-label')}`);
});
