/**
 * The globals of WireDiff's webview pages: VS Code's webview API, the helpers
 * media/common.js puts on `window.wirediff` for media/panel.js and media/matrix.js, the
 * matrix's side pane that media/matrixSide.js puts on `window.wirediffMatrixSide`, and the
 * panel's entries and folder run that media/panelEntry.js and media/panelFolder.js put on
 * `window.wirediffPanelEntry` and `window.wirediffPanelFolder` (each file is checked against
 * this contract). For media/jsconfig.json only.
 */
import type { SEVERITIES, Severity } from '../src/core/types';
import type { SeverityCounts } from '../src/view/filter';
import type { DiffToken } from '../src/view/diffText';
import type { MatrixView, MatrixViewVersion } from '../src/view/matrixModel';
import type { PanelEntry } from '../src/view/panelModel';
import type { VerdictAction } from '../src/view/verdicts';
import type { PanelState } from './messages';

/** What the matrix's side pane (media/matrixSide.js) may ask of the page (media/matrix.js). */
export interface MatrixSideActions {
  /** A version's counts as the page words them. */
  versionCounts(v: MatrixViewVersion): string;
  /** Opens a version (its index among the columns). */
  openVersion(index: number): void;
  /** Scrolls the grid to a row and flashes it. */
  revealRow(id: string): void;
}

/** What a finding's entry in the side panel (media/panelEntry.js) may ask of the page (media/panel.js). */
export interface PanelEntryActions {
  /** Posts a request about a finding to the extension. */
  post(type: 'reveal' | 'revealCanonical' | 'dismiss' | 'restore', uri: string, id: string): void;
  /** Gives a finding a verdict. */
  verdict(uri: string, id: string, value: VerdictAction): void;
  /** Moves the focus from an entry to the one shown after (1) or before (-1) it. */
  step(item: HTMLElement, dir: 1 | -1): void;
}

declare global {
  /** VS Code's webview API (one call per page). */
  function acquireVsCodeApi(): VsCodeApi;

  interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
  }

  interface WireDiffHelpers {
    vscode: VsCodeApi;
    /** The engine's list (src/core/types.ts), most serious first. */
    SEVERITIES: typeof SEVERITIES;
    /** A UI string with `{0}`, `{1}`… filled in. */
    t(key: string, ...args: (string | number)[]): string;
    el(tag: string, cls?: string, text?: string): HTMLElement;
    /** A button whose click does not reach the elements around it. */
    button(label: string, cls: string, onClick: (ev: MouseEvent) => void, title?: string): HTMLButtonElement;
    /** Runs `fn` on a click and on Enter. */
    onActivate(target: HTMLElement, fn: () => void): void;
    checkbox(labelCls: string, cls: string, checked: boolean, text: string, onChange: (checked: boolean) => void): HTMLElement;
    severityPills(counts: Partial<Record<Severity, number>> | SeverityCounts): HTMLElement;
    searchBox(value: string, delayMs: number, onChange: (text: string) => void): HTMLInputElement;
    /** Asks the extension to run one of its commands. */
    command(cmd: string): void;
    /**
     * Receives the extension's messages: JSON states parsed, UI strings kept for `t`,
     * every other message to `handle`. The page names the messages it expects.
     */
    onMessage<M>(handle: (m: M) => void, opts?: { skipRepeated?: boolean }): void;
  }

  interface Window {
    wirediff: WireDiffHelpers;
    /** media/matrixSide.js: the coverage matrix's side pane (versions, lineage). */
    wirediffMatrixSide: { renderSide(view: MatrixView, actions: MatrixSideActions): HTMLElement };
    /** media/panelEntry.js: a finding's entry in the side panel. */
    wirediffPanelEntry: { renderEntry(e: PanelEntry, uri: string, tokens: DiffToken[] | null | undefined, actions: PanelEntryActions): HTMLElement };
    /** media/panelFolder.js: the side panel's folder run, and its note that a text hardly shares a sentence with the canonical. */
    wirediffPanelFolder: {
      renderFolder(f: NonNullable<PanelState['folder']>, openFile: (uri: string) => void): HTMLElement;
      fewMatchesNote(text: string): HTMLElement;
    };
  }
}

export {};
