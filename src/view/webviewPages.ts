/**
 * The files of WireDiff's two webview pages, all in media/: their style sheets, and their scripts
 * in the order they load (media/common.js first, then a page's parts, then the page's own script,
 * which takes the parts from `window`). The HTML shell (src/extension/panel/webviewHtml.ts) gives
 * each script the page's nonce; the page tests (test/view/) load the same lists, so a part missing
 * from a list fails them.
 */

export interface WebviewFiles {
  /** Style sheets in media/, in order. */
  readonly styles: readonly string[];
  /** Scripts in media/, in load order. */
  readonly scripts: readonly string[];
}

/** The side panel: the page (panel.js), a finding's entry (panelEntry.js), the folder run (panelFolder.js). */
export const PANEL_PAGE: WebviewFiles = {
  styles: ['common.css', 'panel.css'],
  scripts: ['common.js', 'panelEntry.js', 'panelFolder.js', 'panel.js'],
};

/** The coverage matrix: the grid (matrix.js) and the pane beside it (matrixSide.js). */
export const MATRIX_PAGE: WebviewFiles = {
  styles: ['common.css', 'matrix.css'],
  scripts: ['common.js', 'matrixSide.js', 'matrix.js'],
};
