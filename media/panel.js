// WireDiff side panel. Receives the findings as JSON and builds the DOM with
// createElement/textContent only (helpers in media/common.js, loaded first): article
// text is untrusted web content and is never parsed as HTML. Filtering toggles
// `hidden` on entries built once, so typing in the search box stays fast with
// hundreds of findings. This file: the page's state, its header and filters, the
// groups, the keyboard focus and the messages; a finding's entry is drawn by
// media/panelEntry.js, the folder run by media/panelFolder.js (both loaded before it).
// @ts-check
(function () {
  'use strict';
  /**
   * @typedef {import('./messages').PanelState} PanelState
   * @typedef {import('./messages').PanelMessage} PanelMessage
   * @typedef {import('./messages').PanelToExtension} PanelToExtension
   * @typedef {import('../src/view/panelModel').PanelModel} PanelModel
   * @typedef {import('../src/view/panelModel').PanelGroup} PanelGroup
   * @typedef {import('../src/view/panelModel').PanelEntry} PanelEntry
   * @typedef {import('../src/view/diffText').DiffToken} DiffToken
   * @typedef {{severities?: string[], kinds?: string[] | null, search?: string}} SavedState
   */
  const { vscode, SEVERITIES, t, el, button, checkbox, searchBox, command, onMessage } = window.wirediff;
  const { renderEntry } = window.wirediffPanelEntry;
  const { renderFolder, fewMatchesNote } = window.wirediffPanelFolder;
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  // What a screen reader is told when a comparison starts or ends (outside #app, which is drawn anew).
  const live = el('div', 'sr-only');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.appendChild(live);

  /** @type {PanelState | null} */
  let state = null;
  const saved = /** @type {SavedState} */ (vscode.getState() || {});
  const filters = {
    /** @type {Set<string>} */
    severities: new Set(saved.severities || SEVERITIES),
    /** @type {Set<string> | null} null: every kind */
    kinds: saved.kinds ? new Set(saved.kinds) : null,
    search: saved.search || '',
    // The wirediff.showDismissed setting (one for every view), from the extension's state.
    showDismissed: false,
  };
  /** @type {{el: HTMLElement, e: PanelEntry}[]} */
  let entries = [];
  /** @type {{el: HTMLElement, items: {el: HTMLElement, e: PanelEntry}[], count: HTMLElement}[]} */
  let groups = [];
  let selectedId = '';
  /** @type {Record<number, DiffToken[]> | null} word diffs of the current model, by alignment id */
  let diffs = null;
  /** Lower-cased text the search box matches, per entry (made when first searched). @type {WeakMap<PanelEntry, string>} */
  const searchTexts = new WeakMap();

  /** @param {PanelToExtension} m */
  function send(m) {
    vscode.postMessage(m);
  }

  /** What an entry's buttons and keys ask of the page. @type {import('./webview').PanelEntryActions} */
  const entryActions = {
    post: (type, uri, id) => send({ type, uri, id }),
    verdict: (uri, id, value) => send({ type: 'verdict', uri, id, verdict: value }),
    step: (item, dir) => {
      const visible = entries.filter((x) => !x.el.hidden);
      const i = visible.findIndex((x) => x.el === item);
      const next = visible[i + dir];
      if (next) next.el.focus();
    },
  };

  function save() {
    vscode.setState({
      severities: [...filters.severities],
      kinds: filters.kinds ? [...filters.kinds] : null,
      search: filters.search,
    });
  }

  onMessage((/** @type {PanelMessage} */ m) => {
    if (m.type === 'state') {
      if (m.sameModel) {
        // The model posted before, kept here; a page without it (loaded anew) asks for the whole state.
        if (!state?.model) return send({ type: 'ready' });
        m = { ...m, model: state.model };
      }
      state = m;
      filters.showDismissed = !!m.showDismissed;
      render();
    } else if (m.type === 'select') select(m.id, true);
  });

  function render() {
    const focus = focusBefore();
    app.textContent = '';
    entries = [];
    groups = [];
    if (!state) return;
    announce(state);
    try {
      draw();
    } finally {
      restoreFocus(focus);
    }
  }

  function draw() {
    if (!state) return;
    if (state.folder) app.appendChild(renderFolder(state.folder, (uri) => send({ type: 'openFile', uri })));
    if (state.verdictError) app.appendChild(el('p', 'error verdict-error', t('verdictError', state.verdictError)));
    const model = state.model;
    if (!model) {
      const box = el('div', 'empty');
      if (state.status === 'busy') box.appendChild(el('p', 'muted', t('comparing')));
      else {
        box.appendChild(el('p', '', state.isCanonical ? t('isCanonical', state.name ?? '') : state.name ? t('notCompared', state.name) : t('noActive')));
        if (state.error) box.appendChild(el('p', 'error', state.error));
        const actions = el('div', 'actions');
        actions.appendChild(button(t('compare'), 'primary', () => command('wirediff.compareWithCanonical')));
        actions.appendChild(button(t('chooseCanonical'), 'secondary', () => command('wirediff.setCanonical')));
        actions.appendChild(button(t('compareFolder'), 'secondary', () => command('wirediff.compareAllInFolder')));
        box.appendChild(actions);
      }
      app.appendChild(box);
      return;
    }
    diffs = model.diffs || {};
    app.appendChild(renderHeader(model));
    const list = el('div', 'list');
    const frag = document.createDocumentFragment();
    for (const g of model.groups) frag.appendChild(renderGroup(g, model.uri));
    list.appendChild(frag);
    app.appendChild(list);
    const none = el('p', 'muted no-matches', model.groups.length ? t('noMatches') : t('noFindings'));
    none.id = 'no-matches';
    app.appendChild(none);
    applyFilters();
    if (selectedId) select(selectedId, false);
  }

  /**
   * Where the keyboard focus is before the page is drawn anew (a verdict set from an entry's
   * button, a comparison ending while the search box has the focus): the entry (and the entries
   * after it, in case it goes), or the search box and its caret.
   * @returns {{entry?: string[], search?: number} | null}
   */
  function focusBefore() {
    const a = document.activeElement;
    if (!a || !app.contains(a)) return null;
    if (a.classList.contains('search')) return { search: /** @type {HTMLInputElement} */ (a).selectionStart ?? 0 };
    const item = /** @type {HTMLElement | null} */ (a.closest('.entry'));
    if (!item) return null;
    const i = entries.findIndex((x) => x.el === item);
    return { entry: entries.slice(i < 0 ? 0 : i).map((x) => x.e.id) };
  }

  /** Puts the focus back where it was: the same entry, else the next one still shown, else the search box. @param {{entry?: string[], search?: number} | null} f */
  function restoreFocus(f) {
    if (!f) return;
    if (f.search !== undefined) {
      const box = /** @type {HTMLInputElement | null} */ (app.querySelector('input.search'));
      if (box) {
        box.focus();
        box.setSelectionRange(f.search, f.search);
      }
      return;
    }
    for (const id of f.entry || []) {
      const x = entries.find((y) => y.e.id === id && !y.el.hidden);
      if (x) return x.el.focus();
    }
    /** @type {HTMLElement | null} */ (app.querySelector('input.search'))?.focus();
  }

  /**
   * Says in the live region what changed for a screen reader: comparing, or the counts by
   * severity in words ("copy.txt: 1 High, 0 Medium, 2 Low"); the same words again are not repeated.
   * @param {PanelState} s
   */
  function announce(s) {
    const m = s.model;
    const text = s.status === 'busy' ? t('comparing') : m ? `${m.articleName}: ${SEVERITIES.map((x) => `${m.counts[x]} ${t(x)}`).join(', ')}` : '';
    if (live.textContent !== text) live.textContent = text;
  }

  /**
   * A language's name in the editor's language, from its BCP 47 tag (the tag itself when the browser cannot name it).
   * @param {string} tag
   */
  function languageName(tag) {
    try {
      return new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(tag) || tag;
    } catch {
      return tag;
    }
  }

  /** @param {PanelModel} model */
  function renderHeader(model) {
    const h = el('header');
    const title = el('div', 'title');
    title.appendChild(el('span', 'file', model.articleName));
    title.appendChild(el('span', 'muted', ` ${t('vs')} `));
    title.appendChild(el('span', 'file canonical', model.canonicalName));
    if (state?.status === 'busy') title.appendChild(el('span', 'badge busy', t('comparing')));
    // Out of date: the badge says why, unless a message below says it (the canonical deleted…).
    if (state?.status === 'stale') title.appendChild(el('span', 'badge stale', t('staleShort')));
    h.appendChild(title);
    if (state?.status === 'stale' && !state.error) h.appendChild(el('p', 'muted small stale-note', t('stale')));
    // Why the findings are out of date, when it is not the article's own edit (the canonical deleted…).
    if (state?.error) h.appendChild(el('p', 'error', state.error));
    const sc = model.sentences;
    if (model.translation) h.appendChild(el('div', 'muted small translation', t('translation', languageName(model.translation))));
    else h.appendChild(el('div', 'muted small', t('sentences', sc.identical, sc.canonical)));
    // Hardly a sentence in common: a later report, or the wrong canonical (src/view/related.ts).
    if (model.fewMatches) h.appendChild(fewMatchesNote(t(sc.linked ? 'fewMatches' : 'fewMatchesNone', sc.linked, sc.canonical, model.canonicalName)));

    const sev = el('div', 'severities');
    for (const s of SEVERITIES) {
      const b = button('', `sev-toggle sev-${s}`, () => {
        if (filters.severities.has(s)) filters.severities.delete(s);
        else filters.severities.add(s);
        b.setAttribute('aria-pressed', String(filters.severities.has(s)));
        save();
        applyFilters();
      });
      b.appendChild(el('span', 'dot'));
      b.appendChild(el('span', 'n', String(model.counts[s])));
      b.appendChild(el('span', 'label', t(s)));
      b.setAttribute('aria-pressed', String(filters.severities.has(s)));
      sev.appendChild(b);
    }
    h.appendChild(sev);

    h.appendChild(
      searchBox(filters.search, 60, (text) => {
        filters.search = text;
        save();
        applyFilters();
      }),
    );

    const kinds = el('div', 'kinds');
    const present = model.groups.map((g) => g.kind);
    const all = button(t('all'), 'chip', () => {
      filters.kinds = null;
      save();
      syncChips();
      applyFilters();
    });
    kinds.appendChild(all);
    /** @type {[string, HTMLElement][]} */
    const chips = [];
    for (const g of model.groups) {
      const c = button(g.label, `chip kind-chip sev-${g.severity}`, () => {
        if (!filters.kinds) filters.kinds = new Set([g.kind]);
        else if (filters.kinds.has(g.kind)) filters.kinds.delete(g.kind);
        else filters.kinds.add(g.kind);
        if (filters.kinds.size === 0 || present.every((k) => filters.kinds && filters.kinds.has(k))) filters.kinds = null;
        save();
        syncChips();
        applyFilters();
      });
      chips.push([g.kind, c]);
      kinds.appendChild(c);
    }
    function syncChips() {
      all.setAttribute('aria-pressed', String(!filters.kinds));
      for (const [k, c] of chips) c.setAttribute('aria-pressed', String(!!filters.kinds && filters.kinds.has(k)));
    }
    syncChips();
    h.appendChild(kinds);

    const row = el('div', 'row');
    if (model.dismissedCount > 0 || filters.showDismissed) {
      row.appendChild(
        checkbox('small', 'show-dismissed', filters.showDismissed, t('showDismissed', model.dismissedCount), (checked) => {
          // The setting: the editor, the matrix and the reports follow it too.
          filters.showDismissed = checked;
          applyFilters();
          send({ type: 'showDismissed', value: checked });
        }),
      );
    }
    row.appendChild(button(t('exportReport'), 'link', () => command('wirediff.exportReport')));
    row.appendChild(button(t('copyText'), 'link copy-text', () => command('wirediff.copyReportText'), t('copyTextTitle')));
    row.appendChild(button(t('copyMarkdown'), 'link copy-markdown', () => command('wirediff.copyReportMarkdown'), t('copyMarkdownTitle')));
    h.appendChild(row);
    return h;
  }

  /** @param {PanelGroup} g @param {string} uri */
  function renderGroup(g, uri) {
    const d = /** @type {HTMLDetailsElement} */ (el('details', `group sev-${g.severity}${g.folded ? ' folded' : ''}`));
    // Another story's omitted and added sentences: closed (the header's note says why), opened on a click.
    d.open = !g.folded;
    d.dataset.kind = g.kind;
    const sum = el('summary');
    sum.appendChild(el('span', 'group-label', g.label));
    const count = el('span', 'count', String(g.entries.length));
    sum.appendChild(count);
    if (g.folded) sum.appendChild(el('span', 'muted small fold-note', t('folded')));
    d.appendChild(sum);
    /** @type {{el: HTMLElement, e: PanelEntry}[]} */
    const items = [];
    // Each group's entries are a list of their own, named by the group (a screen reader says "Hedge, list, 3 items").
    const list = el('div', 'items');
    list.setAttribute('role', 'list');
    list.setAttribute('aria-label', g.label);
    for (const e of g.entries) {
      const item = renderEntry(e, uri, tokensOf(e), entryActions);
      items.push({ el: item, e });
      entries.push({ el: item, e });
      list.appendChild(item);
    }
    d.appendChild(list);
    groups.push({ el: d, items, count });
    return d;
  }

  /** An entry's word diff in the current model, if it has one. @param {PanelEntry} e */
  function tokensOf(e) {
    return e.diff !== null && diffs ? diffs[e.diff] : null;
  }

  function applyFilters() {
    const q = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const g of groups) {
      let n = 0;
      for (const { el: item, e } of g.items) {
        const ok =
          (filters.showDismissed || !e.dismissed) &&
          filters.severities.has(e.severity) &&
          (!filters.kinds || filters.kinds.has(e.kind)) &&
          (q.length === 0 || q.every((w) => searchText(e).includes(w)));
        item.hidden = !ok;
        if (ok) n++;
      }
      g.el.hidden = n === 0;
      g.count.textContent = String(n);
      shown += n;
    }
    const none = document.getElementById('no-matches');
    if (none) none.hidden = shown > 0;
  }

  /** Lower-cased text the search box matches (as searchText in src/view/panelModel.ts). @param {PanelEntry} e */
  function searchText(e) {
    let text = searchTexts.get(e);
    if (text === undefined) {
      const tokens = tokensOf(e);
      const words = tokens ? tokens.map((tok) => tok.text).join(' ') : '';
      text = [e.label, e.kind, e.severity, e.reason, e.from || '', e.to || '', e.canonical, e.article, words, e.verdict || '', e.note || '']
        .join('\n')
        .toLowerCase();
      searchTexts.set(e, text);
    }
    return text;
  }

  /** @param {string} id @param {boolean} scroll */
  function select(id, scroll) {
    selectedId = id;
    for (const { el: item, e } of entries) {
      const on = e.id === id;
      item.classList.toggle('selected', on);
      if (on && scroll) {
        // In a folded group (another story's omissions), stepped to from the editor: open it.
        const group = /** @type {HTMLDetailsElement | null} */ (item.closest('details'));
        if (group && !group.open) group.open = true;
        item.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  send({ type: 'ready' });
})();
