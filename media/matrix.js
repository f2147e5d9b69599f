// WireDiff coverage matrix: the grid (rows, cells, keyboard, filters) and its header; the
// pane beside it (versions, lineage) is media/matrixSide.js, loaded before this file.
// Receives the matrix and lineage as JSON (built by the engine, see
// src/view/matrixModel.ts) and builds the DOM with createElement and textContent only
// (helpers in media/common.js, loaded first): article text is untrusted web content and
// is never parsed as HTML. The grid is one element per cell with one click/mouseover
// listener for the whole grid (event delegation); tooltips are filled in when a cell is
// hovered, so 50 versions x 100 rows stay light.
// @ts-check
(function () {
  'use strict';
  /**
   * @typedef {import('./messages').MatrixState} MatrixState
   * @typedef {import('./messages').MatrixToExtension} MatrixToExtension
   * @typedef {import('../src/view/matrixModel').MatrixView} MatrixView
   * @typedef {import('../src/view/matrixModel').MatrixViewRow} MatrixViewRow
   * @typedef {import('../src/view/matrixModel').MatrixViewCell} MatrixViewCell
   * @typedef {import('../src/view/matrixModel').MatrixViewVersion} MatrixViewVersion
   * @typedef {{top: number, left: number}} ScrollPos
   * @typedef {{disagreeing?: boolean, search?: string, otherStories?: boolean, scroll?: ScrollPos | null}} SavedState
   */
  const { vscode, SEVERITIES, t, el, button, checkbox, searchBox, command, onMessage } = window.wirediff;
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  /** Above this many versions, cells show one-character codes (as the CLI's matrix). */
  const COMPACT_ABOVE = 12;

  /** @type {MatrixState | null} */
  let state = null;
  const saved = /** @type {SavedState} */ (vscode.getState() || {});
  const filters = { disagreeing: !!saved.disagreeing, search: saved.search || '', otherStories: !!saved.otherStories };
  /** Scroll position of the grid, kept across the page being discarded while hidden. */
  let scrollPos = saved.scroll && typeof saved.scroll.top === 'number' ? saved.scroll : null;
  /** @type {{el: HTMLElement, row: MatrixViewRow, index: number}[]} */
  let rowEls = [];
  /** Keyboard position: index into the visible rows, and the version. */
  let active = { row: -1, col: 0 };

  /** @param {MatrixToExtension} m */
  function send(m) {
    vscode.postMessage(m);
  }

  function save() {
    vscode.setState({ disagreeing: filters.disagreeing, search: filters.search, otherStories: filters.otherStories, scroll: scrollPos });
  }

  onMessage(
    (/** @type {MatrixState} */ m) => {
      if (m.type !== 'state') return;
      state = m;
      const t0 = performance.now();
      render();
      // How long drawing took, for the extension's log (speed targets belong to the benchmark).
      if (m.view) {
        const ms = performance.now() - t0;
        const view = m.view;
        requestAnimationFrame(() =>
          send({ type: 'rendered', rows: view.rows.length, cells: view.rows.length * view.versions.length, ms, paintedMs: performance.now() - t0 }),
        );
      }
    },
    // The same state again (a repeated 'ready'): nothing to redraw.
    { skipRepeated: true },
  );

  // ------------------------------------------------------------------ render ---

  function render() {
    const scroller = document.querySelector('.grid-scroll');
    const keep = scroller ? { top: scroller.scrollTop, left: scroller.scrollLeft } : scrollPos;
    app.textContent = '';
    rowEls = [];
    if (!state) return;
    const view = state.view;
    const header = el('header', 'top');
    app.appendChild(header);
    if (!view) {
      header.appendChild(el('h1', '', t('title')));
      if (state.busy) header.appendChild(el('p', 'muted', t('comparing')));
      else if (state.error) header.appendChild(el('p', 'error', t('error', state.error)));
      else header.appendChild(el('p', 'muted', t('empty')));
      return;
    }
    renderHeader(header, view);
    const main = el('main', 'split');
    const scroll = el('div', 'grid-scroll');
    scroll.appendChild(renderGrid(view));
    main.appendChild(scroll);
    main.appendChild(window.wirediffMatrixSide.renderSide(view, { versionCounts, openVersion: (i) => send({ type: 'openVersion', version: i }), revealRow }));
    app.appendChild(main);
    applyFilters();
    if (keep) {
      scroll.scrollTop = keep.top;
      scroll.scrollLeft = keep.left;
    }
    let timer = 0;
    scroll.addEventListener('scroll', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        scrollPos = { top: scroll.scrollTop, left: scroll.scrollLeft };
        save();
      }, 200);
    });
  }

  /** @param {HTMLElement} h @param {MatrixView} view */
  function renderHeader(h, view) {
    const title = el('div', 'title-line');
    title.appendChild(el('h1', '', t('title')));
    title.appendChild(el('span', 'muted', view.versions.length === 1 ? t('subtitleOne', view.folder, view.canonical.name) : t('subtitle', view.versions.length, view.folder, view.canonical.name)));
    h.appendChild(title);
    h.appendChild(el('div', 'muted small summary', t('summary', view.summary.canonicalRows, view.summary.addedRows, view.summary.disagreements)));

    const controls = el('div', 'controls');
    controls.appendChild(
      checkbox('check', 'only-disagreeing', filters.disagreeing, t('onlyDisagreeing'), (checked) => {
        filters.disagreeing = checked;
        save();
        applyFilters();
      }),
    );
    controls.appendChild(
      searchBox(filters.search, 80, (text) => {
        filters.search = text;
        save();
        applyFilters();
      }),
    );
    controls.appendChild(button(t('exportReport'), 'primary', () => command('wirediff.exportEvidenceReport')));
    controls.appendChild(button(t('refresh'), 'secondary', () => send({ type: 'refresh' })));
    h.appendChild(controls);

    h.appendChild(renderLegend(view.versions.length > COMPACT_ABOVE ? compactCodes(view) : null, view.versions.some((v) => v.translation)));
    if (state?.busy) h.appendChild(el('div', 'banner', t('comparing')));
    if (state?.stale) h.appendChild(el('div', 'banner warn stale', t('stale')));
    // Versions with hardly a sentence in common with the canonical: their column is all omissions and additions.
    const few = view.versions.filter((v) => v.fewMatches);
    if (few.length) {
      const b = el('div', 'banner warn few-matches', t('fewMatches', few.map((v) => `${v.label} ${v.name}`).join(', '), view.canonical.name));
      b.setAttribute('role', 'note');
      // The added content only they carry is folded: it says only that the texts differ, and would crowd the grid.
      const folded = view.rows.filter((r) => r.otherStory).length;
      if (folded) {
        b.appendChild(document.createTextNode(' '));
        const toggle = button(filters.otherStories ? t('foldOtherStories') : t('showOtherStories', folded), 'link other-stories', () => {
          filters.otherStories = !filters.otherStories;
          toggle.textContent = filters.otherStories ? t('foldOtherStories') : t('showOtherStories', folded);
          save();
          applyFilters();
        });
        b.appendChild(toggle);
      }
      h.appendChild(b);
    }
    if (state?.error) h.appendChild(el('div', 'banner error', t('error', state.error)));
    for (const s of view.skipped) h.appendChild(el('div', 'banner muted', t('skipped', s.name, s.error)));
    if (view.dismissed > 0 || view.showDismissed) {
      const b = el('div', 'banner muted dismissed-note');
      b.appendChild(document.createTextNode(view.showDismissed ? t('dismissedShown') + ' ' : t('dismissedHidden', view.dismissed) + ' '));
      b.appendChild(button(view.showDismissed ? t('hideDismissed') : t('showDismissed'), 'link', () => command('wirediff.toggleShowDismissed')));
      h.appendChild(b);
    }
  }

  /**
   * The one-character codes of changed cells in the grid, each with the kind it stands for, in
   * the order they first appear (a compact grid shows only codes: the legend must say each one).
   * @param {MatrixView} view @returns {Map<string, string>}
   */
  function compactCodes(view) {
    /** @type {Map<string, string>} */
    const codes = new Map();
    for (const row of view.rows) {
      if (row.type !== 'canonical') continue;
      for (const c of row.cells) {
        const code = c.code.replace('^', '');
        if (c.s === 'c' && !codes.has(code)) codes.set(code, c.kinds[0] || 'changed');
      }
    }
    return codes;
  }

  /** @param {Map<string, string> | null} compact the codes of a compact grid, or null @param {boolean} translations */
  function renderLegend(compact, translations) {
    const box = el('div', 'legend small');
    box.appendChild(el('span', 'muted', t('legend') + ':'));
    /** @param {string} cls @param {string} code @param {string} text */
    const item = (cls, code, text) => {
      const i = el('span', 'legend-item');
      i.appendChild(el('span', `chip ${cls}`, code));
      i.appendChild(document.createTextNode(' ' + text));
      box.appendChild(i);
    };
    item('s-v', '=', t('legendVerbatim'));
    if (translations) item('s-t', '≈', t('legendTranslated'));
    if (compact) {
      for (const [code, kind] of compact) item('s-c code', code, t('kind.' + kind));
    } else {
      item('s-c sev-high', t('short.hedge'), t('kind.hedge'));
      item('s-c sev-medium', t('short.attribution'), t('kind.attribution'));
      item('s-c sev-low', t('short.changed'), t('kind.changed'));
    }
    item('s-a omitted sev-high', compact ? '×' : t('short.omitted'), t('kind.omitted'));
    item('s-v added-cell', '+', t('legendAdded'));
    item('s-a', '·', t('legendAbsent'));
    item('s-c', '↕', t('legendMoved'));
    const sev = el('span', 'legend-item');
    sev.appendChild(document.createTextNode(t('severity') + ' '));
    for (const x of SEVERITIES) sev.appendChild(el('span', `chip s-c sev-${x}`, t(x)));
    box.appendChild(sev);
    const dis = el('span', 'legend-item');
    dis.appendChild(el('span', 'chip disagree-mark', '≠'));
    dis.appendChild(document.createTextNode(' ' + t('disagrees')));
    box.appendChild(dis);
    return box;
  }

  /**
   * The text of a cell: a short kind name (or a one-character code in compact mode).
   * @param {MatrixViewRow} row @param {MatrixViewCell} c @param {boolean} compact
   */
  function cellText(row, c, compact) {
    if (compact) return c.s === 'a' && row.type === 'canonical' ? '×' + (c.moved ? '↕' : '') : c.code.replace('^', '↕');
    const moved = c.moved ? ' ↕' : '';
    if (c.s === 'a') return row.type === 'canonical' ? t('short.omitted') : '·';
    if (row.type === 'added') return (c.s === 'v' ? '+' : '≈+') + moved;
    if (c.s === 'v') return '=' + moved;
    if (c.s === 't') return '≈' + moved;
    const k = c.kinds[0];
    const more = c.kinds.length > 1 ? ` +${c.kinds.length - 1}` : '';
    return (k ? t('short.' + k) : '~') + more + moved;
  }

  /**
   * A version's counts; a translation says so (its sentences compared on figures, dates and names only).
   * @param {MatrixViewVersion} v
   */
  function versionCounts(v) {
    return v.translation
      ? t('translationCounts', v.translated, v.changed, v.absent, v.added)
      : t('versionCounts', v.verbatim, v.changed, v.absent, v.added);
  }

  /** @param {MatrixView} view */
  function renderGrid(view) {
    const N = view.versions.length;
    const compact = N > COMPACT_ABOVE;
    const grid = el('div', `grid${compact ? ' compact' : ''}`);
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-label', t('title'));
    grid.setAttribute('aria-rowcount', String(view.rows.length + 1));
    grid.style.setProperty('--n', String(N));
    grid.tabIndex = 0;

    const head = el('div', 'hrow');
    head.setAttribute('role', 'row');
    head.appendChild(el('div', 'rid', '#'));
    head.appendChild(el('div', 'txt', t('rowHead')));
    view.versions.forEach((v, i) => {
      const h = el('div', 'vh');
      h.setAttribute('role', 'columnheader');
      h.dataset.version = String(i);
      // Compact: the number only (V12 → 12); the tooltip has the label and the file.
      h.appendChild(el('span', 'vlabel', compact ? v.label.replace(/^V/, '') : v.label));
      if (!compact) h.appendChild(el('span', 'vname', v.name));
      h.title = `${v.label} · ${v.path}\n${versionCounts(v)}`;
      head.appendChild(h);
    });
    grid.appendChild(head);

    const frag = document.createDocumentFragment();
    view.rows.forEach((row, index) => {
      const r = el('div', `row ${row.type}${row.kind === 'heading' ? ' heading' : ''}${row.disagrees ? ' disagree' : ''}${row.severity ? ' sev-' + row.severity : ''}`);
      r.setAttribute('role', 'row');
      r.dataset.row = row.id;
      r.dataset.index = String(index);
      const rid = el('div', 'rid');
      if (row.disagrees) rid.appendChild(el('span', 'disagree-mark', '≠'));
      rid.appendChild(el('span', 'rlabel', row.label));
      r.appendChild(rid);
      const txt = el('div', 'txt', row.text);
      r.appendChild(txt);
      for (let v = 0; v < row.cells.length; v++) {
        const c = row.cells[v];
        let cls = `cell s-${c.s}`;
        if (c.sev && (c.s === 'c' || (c.s === 'a' && row.type === 'canonical') || row.type === 'added')) cls += ` sev-${c.sev}`;
        if (c.s === 'a' && row.type === 'canonical') cls += ' omitted';
        if (row.type === 'added' && c.s !== 'a') cls += ' added-cell';
        if (c.moved) cls += ' moved';
        const cell = el('div', cls, cellText(row, c, compact));
        cell.setAttribute('role', 'gridcell');
        cell.id = `cell-${index}-${v}`;
        cell.dataset.v = String(v);
        if (c.kinds.length) cell.dataset.kinds = c.kinds.join(' ');
        r.appendChild(cell);
      }
      rowEls.push({ el: r, row, index });
      frag.appendChild(r);
    });
    grid.appendChild(frag);
    const none = el('p', 'muted no-rows', t('noRows'));
    none.hidden = true;
    grid.appendChild(none);

    // One listener each for the whole grid.
    grid.addEventListener('click', (ev) => {
      const target = /** @type {HTMLElement} */ (ev.target);
      const cell = target.closest('.cell');
      const rowEl = target.closest('.row');
      if (cell && rowEl) {
        const v = Number(/** @type {HTMLElement} */ (cell).dataset.v);
        setActive(rowEl, v);
        openCell(/** @type {HTMLElement} */ (rowEl).dataset.row ?? '', v);
        return;
      }
      if (target.closest('.txt') && rowEl && rowEl.classList.contains('canonical')) {
        send({ type: 'openCanonical', row: /** @type {HTMLElement} */ (rowEl).dataset.row ?? '' });
        return;
      }
      const vh = target.closest('.vh');
      if (vh) send({ type: 'openVersion', version: Number(/** @type {HTMLElement} */ (vh).dataset.version) });
    });
    grid.addEventListener('mouseover', (ev) => {
      const target = /** @type {HTMLElement} */ (ev.target);
      const rowEl = /** @type {HTMLElement | null} */ (target.closest('.row'));
      if (!rowEl) return;
      const row = view.rows[Number(rowEl.dataset.index)];
      if (!row) return;
      const cell = /** @type {HTMLElement | null} */ (target.closest('.cell'));
      if (cell && !cell.title) cell.title = cellTitle(view, row, Number(cell.dataset.v));
      const txt = /** @type {HTMLElement | null} */ (target.closest('.txt'));
      if (txt && !txt.title) txt.title = `${row.type === 'canonical' ? t('canonicalRow', row.label) : t('addedRow', row.label)}${row.disagrees ? ' · ' + t('disagrees') : ''}\n${row.text}${row.type === 'canonical' ? '\n' + t('openCanonical') : ''}`;
    });
    grid.addEventListener('keydown', (ev) => onKey(ev, view));
    // Focus from the keyboard lands on a cell, so arrows start from somewhere a screen reader names.
    grid.addEventListener('focus', () => {
      const vis = visibleRows();
      if (active.row < 0 && vis[0]) setActive(vis[0].el, 0);
    });
    return grid;
  }

  /** @param {MatrixView} view @param {MatrixViewRow} row @param {number} v */
  function cellTitle(view, row, v) {
    const c = row.cells[v];
    const ver = view.versions[v];
    let what;
    if (row.type === 'added') what = c.s === 'a' ? t('absent') : c.s === 'v' ? t('addedHas') : t('addedReworded');
    else what = c.s === 'v' ? t('verbatim') : c.s === 't' ? t('translated') : c.s === 'a' ? t('kind.omitted') : t('changed');
    const kinds = c.kinds.filter((k) => k !== 'added').map((k) => t('kind.' + k));
    const parts = [`${ver.label} · ${ver.name}`, `${t(row.type === 'canonical' ? 'canonicalRow' : 'addedRow', row.label)}: ${what}${kinds.length ? ' — ' + kinds.join(', ') : ''}`];
    if (c.sev) parts.push(`${t('severity')} ${t(c.sev)}`);
    if (c.moved) parts.push(t('moved'));
    if (c.dismissed) parts.push(t('dismissedHere', c.dismissed));
    if (c.s !== 'a' || row.type === 'canonical') parts.push(t('clickOpen'));
    return parts.join('\n');
  }

  /** @param {string} rowId @param {number} v */
  function openCell(rowId, v) {
    send({ type: 'openCell', row: rowId, version: v });
  }

  // ---------------------------------------------------------------- keyboard ---

  function visibleRows() {
    return rowEls.filter((r) => !r.el.hidden);
  }

  /**
   * The cell under the keyboard: outlined, and the grid's active descendant, named in words (the
   * version, the row, what the version did with it and how serious: never by colour alone).
   * @param {Element} rowEl @param {number} col
   */
  function setActive(rowEl, col) {
    for (const x of document.querySelectorAll('.cell.active')) x.classList.remove('active');
    const vis = visibleRows();
    const index = vis.findIndex((r) => r.el === rowEl);
    active = { row: index, col };
    const cell = rowEl.querySelector(`.cell[data-v="${col}"]`);
    const grid = rowEl.closest('.grid');
    if (cell && grid) {
      cell.classList.add('active');
      const row = vis[index];
      if (row && state?.view) cell.setAttribute('aria-label', cellTitle(state.view, row.row, col).replace(/\n/g, '. '));
      grid.setAttribute('aria-activedescendant', cell.id);
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** @param {KeyboardEvent} ev @param {MatrixView} view */
  function onKey(ev, view) {
    const vis = visibleRows();
    if (!vis.length) return;
    const N = view.versions.length;
    let { row, col } = active;
    if (row < 0) row = 0;
    switch (ev.key) {
      case 'ArrowDown':
        row = Math.min(vis.length - 1, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowRight':
        col = Math.min(N - 1, col + 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'Home':
        col = 0;
        break;
      case 'End':
        col = N - 1;
        break;
      case 'Enter':
      case ' ':
        ev.preventDefault();
        if (vis[row]) openCell(vis[row].row.id, col);
        return;
      default:
        return;
    }
    ev.preventDefault();
    if (vis[row]) setActive(vis[row].el, col);
  }

  /**
   * Scrolls the grid to a row and flashes it (the filters are lifted if they hide it).
   * @param {string} id
   */
  function revealRow(id) {
    const r = rowEls.find((x) => x.row.id === id);
    if (!r) return;
    if (r.el.hidden) {
      filters.disagreeing = false;
      filters.search = '';
      if (r.row.otherStory) filters.otherStories = true;
      save();
      render();
      return revealRow(id);
    }
    r.el.scrollIntoView({ block: 'center' });
    r.el.classList.remove('flash');
    void r.el.offsetWidth;
    r.el.classList.add('flash');
  }

  // ----------------------------------------------------------------- filters ---

  function applyFilters() {
    const q = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { el: e, row } of rowEls) {
      let ok = (!filters.disagreeing || row.disagrees) && (filters.otherStories || !row.otherStory);
      if (ok && q.length) {
        const hay = `${row.label} ${row.text}`.toLowerCase();
        ok = q.every((w) => hay.includes(w));
      }
      e.hidden = !ok;
      if (ok) shown++;
    }
    const none = document.querySelector('.no-rows');
    if (none) /** @type {HTMLElement} */ (none).hidden = shown > 0;
  }

  // Ask for the state until it comes (a message posted while the webview was still
  // loading can be lost).
  let tries = 0;
  (function ready() {
    if (state || tries++ > 20) return;
    send({ type: 'ready' });
    setTimeout(ready, 500 * Math.min(tries, 4));
  })();
})();
