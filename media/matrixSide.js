// WireDiff coverage matrix, the pane beside the grid: the versions (with their counts;
// Enter or a click opens one) and the lineage (who most likely copied whom, with the shared
// changes as evidence; a change's row link scrolls the grid to it). Built with createElement
// and textContent only (helpers in media/common.js, loaded first); media/matrix.js calls
// `window.wirediffMatrixSide.renderSide` with what the pane may ask of the page.
// @ts-check
(function () {
  'use strict';
  /**
   * @typedef {import('../src/view/matrixModel').MatrixView} MatrixView
   * @typedef {import('../src/view/matrixModel').MatrixViewChange} MatrixViewChange
   * @typedef {import('./webview').MatrixSideActions} SideActions
   */
  const { t, el, button, onActivate, severityPills } = window.wirediff;

  /**
   * The pane beside the grid: the versions with their counts, and the lineage.
   * @param {MatrixView} view
   * @param {SideActions} actions
   */
  function renderSide(view, actions) {
    const side = el('aside', 'side');
    const vs = el('section', 'versions');
    vs.appendChild(el('h2', '', t('versions')));
    const canon = el('div', 'version canonical-file');
    canon.appendChild(el('span', 'vlabel', '★'));
    canon.appendChild(el('span', 'vname', view.canonical.name));
    vs.appendChild(canon);
    view.versions.forEach((v, i) => {
      const row = el('div', 'version');
      row.tabIndex = 0;
      row.setAttribute('role', 'button');
      row.title = v.path;
      row.appendChild(el('span', 'vlabel', v.label));
      row.appendChild(el('span', 'vname', v.name));
      row.appendChild(severityPills(v));
      row.appendChild(el('div', 'vcounts muted small', actions.versionCounts(v)));
      onActivate(row, () => actions.openVersion(i));
      vs.appendChild(row);
    });
    side.appendChild(vs);
    side.appendChild(renderLineage(view, actions));
    return side;
  }

  /** @param {MatrixView} view @param {number} i */
  function vlabel(view, i) {
    const v = view.versions[i];
    return v ? v.label : `V${i + 1}`;
  }

  /** @param {MatrixView} view @param {SideActions} actions */
  function renderLineage(view, actions) {
    const L = view.lineage;
    const box = el('section', 'lineage');
    box.appendChild(el('h2', '', t('lineage')));
    box.appendChild(el('p', 'muted small', t('lineageHelp')));
    if (!L.edges.length) box.appendChild(el('p', 'muted', t('noEdges')));
    for (const e of L.edges) {
      const item = el('div', `edge ${e.relation} ${e.confidence}`);
      const head = el('div', 'edge-head');
      // A derived edge always names its child and parent (src/core/lineage.ts).
      const a = e.relation === 'derived' && e.child !== null ? e.child : e.a;
      const b = e.relation === 'derived' && e.parent !== null ? e.parent : e.b;
      head.appendChild(el('span', 'ver', vlabel(view, a)));
      const rel = e.relation === 'derived' ? ` ${t('derived')} ` : e.relation === 'sibling' ? ' ⟷ ' : ' = ';
      head.appendChild(el('span', 'rel', rel));
      head.appendChild(el('span', 'ver', vlabel(view, b)));
      const tags = [e.relation === 'derived' ? null : t(e.relation), t(e.confidence), e.alternatives.length ? t('tie') : null].filter(Boolean).join(' · ');
      head.appendChild(el('span', `tag ${e.confidence}`, tags));
      item.appendChild(head);
      const names = el('div', 'muted small names', `${vlabel(view, a)} ${view.versions[a] ? view.versions[a].name : ''} · ${vlabel(view, b)} ${view.versions[b] ? view.versions[b].name : ''}`);
      item.appendChild(names);
      item.appendChild(el('div', 'explanation', e.explanation));
      if (e.evidence.length) {
        const d = el('details', 'evidence');
        d.appendChild(el('summary', '', t('evidence', e.evidence.length)));
        const ul = el('ul');
        for (const i of e.evidence) ul.appendChild(changeItem(view, L.changes[i], actions));
        d.appendChild(ul);
        item.appendChild(d);
      }
      box.appendChild(item);
    }
    if (L.independent.length) box.appendChild(el('p', 'independent', t('independent', L.independent.map((i) => vlabel(view, i)).join(', '))));
    for (const n of L.notes) box.appendChild(el('p', 'note muted small', n));
    if (L.changes.length) {
      const d = el('details', 'shared');
      d.appendChild(el('summary', '', `${t('sharedChanges')} (${L.changes.length})`));
      const ul = el('ul');
      for (const c of L.changes) ul.appendChild(changeItem(view, c, actions));
      d.appendChild(ul);
      box.appendChild(d);
    }
    return box;
  }

  /** @param {MatrixView} view @param {MatrixViewChange} c @param {SideActions} actions */
  function changeItem(view, c, actions) {
    const li = el('li', 'change');
    const who = c.universal ? t('all') : c.versions.map((i) => vlabel(view, i)).join(' ');
    li.appendChild(el('span', 'who', who));
    li.appendChild(document.createTextNode(' '));
    const rowId = c.row;
    if (rowId) {
      const row = view.rows.find((r) => r.id === rowId);
      const link = button(row ? row.label : rowId, 'link rowlink', () => actions.revealRow(rowId));
      li.appendChild(link);
      li.appendChild(document.createTextNode(' '));
    }
    li.appendChild(el('span', '', c.description));
    return li;
  }

  window.wirediffMatrixSide = Object.freeze({ renderSide });
})();
