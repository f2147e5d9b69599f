/**
 * The messages between the extension and its webview pages (media/panel.js, the
 * side panel; media/matrix.js, the coverage matrix), in one place for both sides:
 * the extension's TypeScript (src/extension/panel/messages.ts,
 * src/extension/folder/matrixPanel.ts) and the pages' checked JavaScript
 * (media/jsconfig.json). Types only.
 *
 * A state is posted as a JSON string (`JsonMessage`: VS Code serialises message
 * objects far more slowly than JSON.stringify), a long one in slices
 * (`JsonPartMessage`); the page parses it into the page's state message.
 * Everything a page sends is untrusted on arrival: the extension checks each
 * field (`Unchecked`).
 */
import type { MatrixView } from '../src/view/matrixModel';
import type { FolderRow, PanelModel } from '../src/view/panelModel';
import type { VerdictAction } from '../src/view/verdicts';

/** UI strings, localised by the extension; `{0}`, `{1}`… are filled in by the page. */
export interface StringsMessage {
  type: 'strings';
  strings: Record<string, string>;
}

/** A state message as a JSON string. */
export interface JsonMessage {
  type: 'json';
  json: string;
}

/**
 * A slice of a long state's JSON string (src/view/jsonSlices.ts): slices `0` to `count - 1` of
 * state `seq` come in order, each in a task of its own; the page joins them and parses the whole.
 */
export interface JsonPartMessage {
  type: 'jsonPart';
  seq: number;
  index: number;
  count: number;
  text: string;
}

// ------------------------------------------------------------------ panel ---

/** The side panel's state: the active editor's comparison and the last folder run. */
export interface PanelState {
  type: 'state';
  /** `none`: not compared; `busy`: comparing; `stale`: out of date; `ready`: `model` below. */
  status: 'none' | 'busy' | 'stale' | 'ready';
  name?: string;
  error?: string;
  isCanonical?: boolean;
  model: PanelModel | null;
  /**
   * The model is the one posted last, unchanged (`model` is then null): the page keeps it. A
   * comparison starting (`busy`) or a folder row changing does not post a long article's model again.
   */
  sameModel?: true;
  /** The last folder run: its rows, and why its canonical text is gone (deleted, moved, an unsaved editor closed), if it is. */
  folder: { folder: string; canonical: string; rows: readonly FolderRow[]; canonicalGone?: string } | null;
  /** Dismissed findings are shown (the `wirediff.showDismissed` setting). */
  showDismissed: boolean;
  /** Why the verdict file of the active article cannot be used, if it cannot. */
  verdictError: string | null;
}

/** A finding was revealed in the editor: the panel highlights it. */
export interface SelectMessage {
  type: 'select';
  uri: string;
  id: string;
}

/** What the extension posts to the panel. */
export type ExtensionToPanel = JsonMessage | JsonPartMessage | StringsMessage | SelectMessage;
/** What the panel handles once JSON states are parsed. */
export type PanelMessage = PanelState | SelectMessage;

/** What the panel posts to the extension. */
export type PanelToExtension =
  | { type: 'ready' }
  | { type: 'reveal' | 'revealCanonical' | 'dismiss' | 'restore'; uri: string; id: string }
  | { type: 'verdict'; uri: string; id: string; verdict: VerdictAction }
  | { type: 'showDismissed'; value: boolean }
  | { type: 'openFile'; uri: string }
  | CommandMessage;

// ----------------------------------------------------------------- matrix ---

/** The coverage matrix page's state. */
export interface MatrixState {
  type: 'state';
  view: MatrixView | null;
  busy: boolean;
  /** A file changed since the comparison: the matrix shows the texts as they were. */
  stale: boolean;
  error: string | null;
}

/** What the extension posts to the matrix page. */
export type ExtensionToMatrix = JsonMessage | JsonPartMessage | StringsMessage;

/** What the matrix page posts to the extension. */
export type MatrixToExtension =
  | { type: 'ready' }
  | { type: 'openCell'; row: string; version: number }
  | { type: 'openVersion'; version: number }
  | { type: 'openCanonical'; row: string }
  /** How long the page took to draw (for the log). */
  | { type: 'rendered'; rows: number; cells: number; ms: number; paintedMs: number }
  | { type: 'refresh' }
  | CommandMessage;

// ----------------------------------------------------------------- shared ---

/** Run one of the extension's commands (it runs only those on the page's list). */
export interface CommandMessage {
  type: 'command';
  command: string;
}

/** A page's message as it arrives: a known `type`, every other field still to check. */
export type Unchecked<M extends { type: string }> = M extends unknown ? { type: M['type'] } & { [K in Exclude<keyof M, 'type'>]?: unknown } : never;
