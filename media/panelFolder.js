// WireDiff side panel, the folder run: its versions with their counts (Enter or a click opens
// one), and the note, here and in the header, that a text hardly shares a sentence with the
// canonical, with a way to choose another. Built with createElement and textContent only
// (helpers in media/common.js, loaded first); media/panel.js calls `window.wirediffPanelFolder`.
// @ts-check
(function () {
  'use strict';
  /** @typedef {import('./messages').PanelState} PanelState */
  const { t, el, button, onActivate, severityPills, command } = window.wirediff;

  /**
   * A note that the texts hardly share a sentence, with a way to choose another canonical.
   * @param {string} text
   */
  function fewMatchesNote(text) {
    const p = el('p', 'warn few-matches', '⚠ ' + text + ' ');
    p.setAttribute('role', 'note');
    p.appendChild(button(t('chooseCanonical'), 'link choose-canonical', () => command('wirediff.setCanonical')));
    return p;
  }

  /**
   * The last folder run: its versions, most serious first, each opened by a click or Enter.
   * @param {NonNullable<PanelState['folder']>} f
   * @param {(uri: string) => void} openFile
   */
  function renderFolder(f, openFile) {
    const box = el('section', 'folder');
    const title = el('div', 'folder-title', t('folder', f.folder, f.canonical));
    box.appendChild(title);
    if (f.canonicalGone) box.appendChild(el('p', 'error canonical-gone', f.canonicalGone));
    const few = f.rows.filter((r) => r.fewMatches).length;
    const shown = distinctNames(f.rows.map((r) => r.name));
    if (few) box.appendChild(fewMatchesNote(t('fewMatchesVersions', few, f.rows.length, f.canonical)));
    box.appendChild(button(t('showMatrix'), 'link show-matrix', () => command('wirediff.showMatrix')));
    const table = el('div', 'folder-rows');
    let apart = false;
    for (const r of f.rows) {
      // The rows sort another story after the others (sortFolderRows): a heading says why they sit apart.
      if (r.fewMatches && r.counts && few < f.rows.length && !apart) {
        apart = true;
        const h = el('div', 'folder-apart muted', t('fewMatchesApart', f.canonical));
        h.setAttribute('role', 'heading');
        h.setAttribute('aria-level', '3');
        table.appendChild(h);
      }
      const row = el('div', 'folder-row');
      row.tabIndex = 0;
      // It opens the file: a button to a screen reader, named by its text (name, counts, top finding).
      row.setAttribute('role', 'button');
      // The name and its marks on one line, the counts beside it.
      const name = el('span', 'file-line');
      const file = el('span', 'file', shown.get(r.name) ?? r.name);
      file.title = r.name;
      name.appendChild(file);
      if (r.stale) name.appendChild(el('span', 'badge stale', t('staleShort')));
      // Every row so marked: the header's note says it once.
      if (r.fewMatches && few < f.rows.length) name.appendChild(el('span', 'badge few-matches', t('fewMatchesShort')));
      row.appendChild(name);
      if (r.counts) {
        row.appendChild(severityPills(r.counts));
        if (r.top) row.appendChild(el('span', 'top muted', r.top));
      } else row.appendChild(el('span', 'error', r.error || ''));
      onActivate(row, () => openFile(r.uri));
      table.appendChild(row);
    }
    box.appendChild(table);
    return box;
  }

  /**
   * The folder's file names as the list shows them: when they share a long beginning (the versions of
   * one story, `listeria-cantaloupe-cdc-updates_1.txt`, `…_2.txt`), each from the last word of that
   * beginning (`…updates_1.txt`), so that a narrow panel, which cuts a name's end, does not show them
   * all alike. The whole name is the row's tooltip.
   * @param {string[]} names @returns {Map<string, string>}
   */
  function distinctNames(names) {
    const out = new Map();
    if (names.length < 2) return out;
    let p = names[0];
    for (const n of names) while (p && !n.startsWith(p)) p = p.slice(0, -1);
    const cut = Math.max(p.lastIndexOf('-'), p.lastIndexOf(' '), p.lastIndexOf('.')) + 1;
    if (cut < 12) return out;
    for (const n of names) out.set(n, '…' + n.slice(cut));
    return out;
  }

  window.wirediffPanelFolder = Object.freeze({ renderFolder, fewMatchesNote });
})();
