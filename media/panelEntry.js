// WireDiff side panel, one finding's entry: its head (severity, kind, verdict mark, line and the
// verdict buttons), the change, and the word diff or each side's sentence as the files have them.
// Built with createElement and textContent only (helpers in media/common.js, loaded first): the
// texts are untrusted. media/panel.js calls `window.wirediffPanelEntry.renderEntry` with what an
// entry's buttons and keys may ask of the page.
// @ts-check
(function () {
  'use strict';
  /**
   * @typedef {import('../src/view/panelModel').PanelEntry} PanelEntry
   * @typedef {import('../src/view/diffText').DiffToken} DiffToken
   * @typedef {import('./webview').PanelEntryActions} EntryActions
   */
  const { t, el, button } = window.wirediff;
  /** @type {Record<string, string>} */
  const VERDICT_GLYPH = { confirmed: '✓', benign: '○', dismissed: '✕' };

  /**
   * A finding's entry: its head (severity, kind, verdict, line, buttons), the change, and the word
   * diff or each side's sentence, as the files have them.
   * @param {PanelEntry} e
   * @param {string} uri the article's
   * @param {DiffToken[] | null | undefined} tokens the entry's word diff, if it has one
   * @param {EntryActions} page what the entry's buttons and keys ask of the page
   */
  function renderEntry(e, uri, tokens, page) {
    const item = el('div', `entry sev-${e.severity}${e.dismissed ? ' dismissed' : ''}${e.verdict ? ' verdict-' + e.verdict : ''}`);
    item.tabIndex = 0;
    item.setAttribute('role', 'listitem');
    item.dataset.id = e.id;
    item.dataset.kind = e.kind;
    item.dataset.severity = e.severity;
    if (e.verdict) item.dataset.verdict = e.verdict;

    const head = el('div', 'head');
    head.appendChild(el('span', 'sev', t(e.severity)));
    head.appendChild(el('span', 'kind', t('kind.' + e.kind)));
    if (e.verdict) {
      const mark = el('span', `verdict-mark ${e.verdict}`, `${VERDICT_GLYPH[e.verdict] || ''} ${t('verdict.' + e.verdict)}`);
      if (e.note) mark.title = e.note;
      head.appendChild(mark);
    }
    // A finding shown as a note (an omitted sentence, dropped words): the line its note stands at.
    const where = el('span', 'line muted', t(e.atNote ? 'noteLine' : 'line', e.line));
    if (e.atNote) where.title = t('noteLineHelp');
    head.appendChild(where);
    const actions = el('span', 'entry-actions');
    if (e.revealable) actions.appendChild(button('⇱', 'icon reveal-canonical', () => page.post('revealCanonical', uri, e.id), t('revealCanonical')));
    // Verdicts, saved in .wirediff/verdicts.json: the ones it does not have, then a way back.
    if (e.verdict !== 'confirmed') actions.appendChild(button(VERDICT_GLYPH.confirmed, 'icon confirm', () => page.verdict(uri, e.id, 'confirmed'), t('confirm')));
    if (e.verdict !== 'benign') actions.appendChild(button(VERDICT_GLYPH.benign, 'icon benign', () => page.verdict(uri, e.id, 'benign'), t('benign')));
    if (!e.dismissed) actions.appendChild(button(VERDICT_GLYPH.dismissed, 'icon dismiss', () => page.post('dismiss', uri, e.id), t('dismiss')));
    if (e.verdict) actions.appendChild(button('↺', 'icon restore', () => page.post('restore', uri, e.id), t('restore')));
    head.appendChild(actions);
    item.appendChild(head);

    if ((e.from || e.to) && e.kind !== 'omitted' && e.kind !== 'added') {
      const ch = el('div', 'change');
      ch.appendChild(el('del', '', e.from ? short(e.from, 90) : '∅'));
      ch.appendChild(el('span', 'arrow', ' → '));
      ch.appendChild(el('ins', '', e.to ? short(e.to, 90) : '∅'));
      item.appendChild(ch);
    }
    if (e.reason) item.appendChild(el('div', 'reason', e.reason));
    if (e.note) item.appendChild(el('div', 'note muted', `“${e.note}”`));

    if (tokens) {
      const focus = new Set(e.focus || []);
      item.appendChild(diffLine(t('wire'), tokens, focus, 'insert', 'wire'));
      item.appendChild(diffLine(t('article'), tokens, focus, 'delete', 'here'));
    } else if (e.kind === 'omitted') {
      const q = el('div', 'quote wire single');
      q.appendChild(el('span', 'side', t('omittedHere')));
      q.appendChild(el('span', 'text omitted-text', e.canonical));
      item.appendChild(q);
    } else if (e.kind === 'added' || e.kind === 'boilerplate' || !e.canonical) {
      if (e.article) {
        const q = el('div', 'quote here single');
        q.appendChild(el('span', 'side', t('addedHere')));
        q.appendChild(el('span', 'text added-text', e.article));
        item.appendChild(q);
      }
    } else {
      // Sentences the alignment does not link (a dateline for another, a figure restated
      // elsewhere): each side's own sentence, as the file has it.
      item.appendChild(sentenceLine(t('wire'), e.canonical, 'wire'));
      if (e.article) item.appendChild(sentenceLine(t('article'), e.article, 'here'));
    }
    item.addEventListener('click', () => page.post('reveal', uri, e.id));
    item.addEventListener('keydown', (ev) => {
      // Enter or Space on a button of the entry (a verdict, reveal in canonical) is that button's.
      if ((ev.key === 'Enter' || ev.key === ' ') && ev.target === item) {
        ev.preventDefault();
        page.post('reveal', uri, e.id);
      } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        page.step(item, ev.key === 'ArrowDown' ? 1 : -1);
      }
    });
    return item;
  }

  /**
   * One side's sentence, whole, under its label (the word diff's layout, with no marks).
   * @param {string} label @param {string} text @param {'wire' | 'here'} cls
   */
  function sentenceLine(label, text, cls) {
    const q = el('div', `quote ${cls} sentence`);
    q.appendChild(el('span', 'side', label));
    q.appendChild(el('span', 'text', text));
    return q;
  }

  /**
   * One side of the word diff: the other side's tokens skipped, this side's changes marked.
   * @param {string} label @param {DiffToken[]} tokens @param {Set<number>} focus @param {'insert' | 'delete'} skip @param {string} cls
   */
  function diffLine(label, tokens, focus, skip, cls) {
    const line = el('div', `quote ${cls}`);
    line.appendChild(el('span', 'side', label));
    const text = el('span', 'text');
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.op === skip) continue;
      let node;
      if (tok.op === 'equal') node = document.createTextNode(tok.text);
      else {
        // A variant is the same word written differently on each side ("roads" / "road"): marked lightly.
        node = el(tok.op === 'delete' ? 'del' : 'ins', [focus.has(i) ? 'focus' : '', tok.variant ? 'variant' : ''].filter(Boolean).join(' '), tok.text);
      }
      text.appendChild(node);
      const own = skip === 'insert' ? tok.afterCanonical : tok.afterArticle;
      const after = own === undefined ? tok.after : own;
      if (after) text.appendChild(document.createTextNode(after));
    }
    line.appendChild(text);
    return line;
  }

  /**
   * A changed passage on one line, cut short at a word's end (as `excerpt` in src/core/excerpt.ts):
   * the file's own words up to the cut, never part of a word.
   * @param {string} s @param {number} n @returns {string}
   */
  function short(s, n) {
    const f = String(s).replace(/\s+/g, ' ').trim();
    if (f.length <= n) return f;
    let cut = f.slice(0, n - 1);
    if (/\S/.test(f[n - 2] || '') && /\S/.test(f[n - 1] || '')) {
      const sp = cut.search(/\s\S*$/);
      if (sp > 0) cut = cut.slice(0, sp);
    }
    cut = cut.trimEnd();
    // After a sentence's own stop, the ellipsis stands apart ("jobs. …"), or one word less when that does not fit.
    if (/[.!?。！？][”’"»)\]]*$/u.test(cut) && n > 4) return cut.length + 2 <= n ? cut + ' …' : short(f, n - 1);
    return cut + '…';
  }

  window.wirediffPanelEntry = Object.freeze({ renderEntry });
})();
