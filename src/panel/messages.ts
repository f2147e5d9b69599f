/** Messages between the panel webview (media/panel.js) and the extension. */
import type { Controller } from '../controller';
import type { FolderRow, PanelModel } from '../view/panelModel';
import { readSettings } from '../settings';
import { baseName } from '../view/text';

export type WebviewToExtension =
  | { type: 'ready' }
  | { type: 'reveal' | 'revealCanonical' | 'dismiss' | 'restore'; uri?: unknown; id?: unknown }
  | { type: 'verdict'; uri?: unknown; id?: unknown; verdict?: unknown }
  | { type: 'showDismissed'; value?: unknown }
  | { type: 'openFile'; uri?: unknown }
  | { type: 'command'; command?: unknown };

export interface StateMessage {
  type: 'state';
  status: 'none' | 'busy' | 'stale' | 'ready';
  name?: string;
  error?: string;
  isCanonical?: boolean;
  model: PanelModel | null;
  folder: { folder: string; canonical: string; rows: FolderRow[] } | null;
  /** Dismissed findings are shown (the `wirediff.showDismissed` setting). */
  showDismissed: boolean;
  /** Why the verdict file of the active article cannot be used, if it cannot. */
  verdictError: string | null;
}

export function toPanelMessage(controller: Controller): StateMessage {
  const s = controller.activeState();
  const f = controller.folderRun;
  const store = s.result ? controller.verdicts.state(s.result.uri) : undefined;
  return {
    type: 'state',
    status: s.status,
    name: s.name,
    error: s.error,
    isCanonical: s.isCanonical,
    model: s.result ? controller.panelModel(s.result) : null,
    folder: f ? { folder: baseName(f.folder.path), canonical: baseName(f.canonical.path), rows: f.rows } : null,
    showDismissed: readSettings(s.result?.uri).showDismissed,
    verdictError: store?.error ? `${controller.verdicts.displayPath(store.uri)}: ${store.error}` : null,
  };
}

/** Same panel state: the model and folder rows are compared by identity (both are cached). */
export function sameState(a: StateMessage, b: StateMessage): boolean {
  return (
    a.status === b.status &&
    a.name === b.name &&
    a.error === b.error &&
    a.isCanonical === b.isCanonical &&
    a.showDismissed === b.showDismissed &&
    a.verdictError === b.verdictError &&
    a.model === b.model &&
    (a.folder === b.folder || (!!a.folder && !!b.folder && a.folder.rows === b.folder.rows))
  );
}
