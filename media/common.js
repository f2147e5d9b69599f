// Helpers shared by WireDiff's webview pages (media/panel.js, media/matrix.js),
// loaded before the page's own script with the same nonce (see
// src/extension/panel/webviewHtml.ts). The DOM is built with createElement/textContent only:
// article text is untrusted web content and is never parsed as HTML.
// @ts-check
(function () {
  'use strict';
  // Provided by VS Code; it may be called once per page, so the pages take it from here.
  const vscode = acquireVsCodeApi();
  /** The engine's severities, most serious first: its type is the engine's list, so a page's copy that differs does not type-check (media/jsconfig.json). @type {typeof import('../src/core/types').SEVERITIES} */
  const SEVERITIES = ['high', 'medium', 'low'];

  /** UI strings, localised by the extension (a 'strings' message). @type {Record<string, string>} */
  let S = {};

  /** A UI string with `{0}`, `{1}`… filled in. @param {string} key @param {...(string|number)} args */
  function t(key, ...args) {
    const s = S[key] || key;
    return s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  }

  /**
   * @param {string} tag
   * @param {string} [cls]
   * @param {string} [text]
   * @returns {HTMLElement}
   */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /**
   * A button whose click does not reach the elements around it.
   * @param {string} label @param {string} cls @param {(ev: MouseEvent) => void} onClick @param {string} [title]
   */
  function button(label, cls, onClick, title) {
    const b = /** @type {HTMLButtonElement} */ (el('button', cls, label));
    b.type = 'button';
    if (title) b.title = title;
    // A glyph (✓, ✕, ⇱) is no name for a screen reader: the title is.
    if (title && !/\p{L}/u.test(label)) b.setAttribute('aria-label', title);
    b.addEventListener('click', (ev) => {
      ev.stopPropagation();
      onClick(ev);
    });
    return b;
  }

  /**
   * Runs `fn` on a click and on Enter (an element with tabIndex 0 that opens something).
   * @param {HTMLElement} target @param {() => void} fn
   */
  function onActivate(target, fn) {
    target.addEventListener('click', fn);
    target.addEventListener('keydown', (ev) => ev.key === 'Enter' && fn());
  }

  /**
   * A check box and its label; `onChange(checked)`.
   * @param {string} labelCls @param {string} cls @param {boolean} checked @param {string} text @param {(checked: boolean) => void} onChange
   */
  function checkbox(labelCls, cls, checked, text, onChange) {
    const label = el('label', labelCls);
    const cb = /** @type {HTMLInputElement} */ (el('input'));
    cb.type = 'checkbox';
    cb.className = cls;
    cb.checked = checked;
    cb.addEventListener('change', () => onChange(cb.checked));
    label.appendChild(cb);
    label.appendChild(document.createTextNode(' ' + text));
    return label;
  }

  /**
   * Counts by severity, as pills (faded when zero); a screen reader reads them as one phrase
   * ("1 High, 0 Medium, 2 Low"), the severities in words and not by colour.
   * @param {Partial<Record<string, number>>} counts
   */
  function severityPills(counts) {
    const c = el('span', 'counts');
    for (const s of SEVERITIES) {
      const p = el('span', `pill sev-${s}${counts[s] ? '' : ' zero'}`, String(counts[s]));
      p.title = t(s);
      c.appendChild(p);
    }
    c.setAttribute('role', 'img');
    c.setAttribute('aria-label', SEVERITIES.map((s) => `${counts[s] ?? 0} ${t(s)}`).join(', '));
    return c;
  }

  /**
   * The filter box: `onChange(text)` after `delayMs` without typing.
   * @param {string} value @param {number} delayMs @param {(text: string) => void} onChange
   */
  function searchBox(value, delayMs, onChange) {
    const search = /** @type {HTMLInputElement} */ (el('input', 'search'));
    search.type = 'search';
    search.placeholder = t('search');
    search.setAttribute('aria-label', t('search'));
    search.value = value;
    let timer = 0;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => onChange(search.value), delayMs);
    });
    return search;
  }

  /** Asks the extension to run one of its commands (it only runs those on its list). @param {string} cmd */
  function command(cmd) {
    /** @type {import('./messages').CommandMessage} */
    const m = { type: 'command', command: cmd };
    vscode.postMessage(m);
  }

  /**
   * Joins the slices of a long state's JSON string (`{type: 'jsonPart'}`, in order, each in a
   * message of its own): the whole string once the last one is in, else null. A slice of a newer
   * state drops the slices of an older one not yet whole, as does a state posted whole
   * (`reset`); a slice missing or out of order drops its state (a newer one follows).
   */
  function jsonJoiner() {
    /** @type {{seq: number, count: number, texts: string[]} | null} */
    let parts = null;
    return {
      /** @param {{seq?: unknown, index?: unknown, count?: unknown, text?: unknown}} m @returns {string | null} */
      add(m) {
        const { seq, index, count, text } = m;
        if (typeof seq !== 'number' || typeof index !== 'number' || typeof count !== 'number' || typeof text !== 'string') return null;
        if (index === 0) parts = { seq, count, texts: [] };
        if (!parts || parts.seq !== seq || parts.count !== count || parts.texts.length !== index) {
          parts = null;
          return null;
        }
        parts.texts.push(text);
        if (parts.texts.length < count) return null;
        const json = parts.texts.join('');
        parts = null;
        return json;
      },
      reset() {
        parts = null;
      },
    };
  }

  /**
   * Receives the extension's messages. A state comes as a JSON string (`{type: 'json'}`,
   * faster to post than an object), a long one in slices (`{type: 'jsonPart'}`); the UI
   * strings are kept for `t`; every other message goes to `handle`. `skipRepeated`: the
   * same JSON string again is ignored.
   * @template M
   * @param {(m: M) => void} handle
   * @param {{skipRepeated?: boolean}} [opts]
   */
  function onMessage(handle, { skipRepeated = false } = {}) {
    let lastJson = '';
    /** The last state drawn: drawn again when the strings come after it. @type {M | null} */
    let lastState = null;
    const joiner = jsonJoiner();
    window.addEventListener('message', (ev) => {
      let m = ev.data;
      if (!m || typeof m !== 'object') return;
      if (m.type === 'jsonPart') {
        const json = joiner.add(m);
        if (json === null) return;
        m = { type: 'json', json };
      } else if (m.type === 'json') joiner.reset();
      if (m.type === 'json' && typeof m.json === 'string') {
        if (skipRepeated) {
          if (m.json === lastJson) return;
          lastJson = m.json;
        }
        m = JSON.parse(m.json);
      }
      if (!m || typeof m !== 'object') return;
      if (m.type === 'strings') {
        S = m.strings || {};
        // A state that came first (posted while the page loaded) was drawn with the keys for
        // words ("title", "rowHead"); the same state posted again would be skipped as repeated.
        if (lastState) handle(lastState);
        return;
      }
      if (m.type === 'state') lastState = m;
      handle(m);
    });
  }

  /** @type {WireDiffHelpers} */
  const helpers = { vscode, SEVERITIES, t, el, button, onActivate, checkbox, severityPills, searchBox, command, onMessage };
  window.wirediff = Object.freeze(helpers);
})();
