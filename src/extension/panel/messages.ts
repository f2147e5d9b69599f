/** Messages between the panel webview (media/panel.js) and the extension; their types are in media/messages.d.ts. */
import type { PanelState, PanelToExtension, Unchecked } from '../../../media/messages';
import { baseName } from '../../view/text';
import type { Results } from '../results';
import { readSettings } from '../settings';
import type { VerdictFiles } from '../verdicts';

/** What the panel posts, as it arrives (every field still to check). */
export type WebviewToExtension = Unchecked<PanelToExtension>;

/** The panel's state (media/messages.d.ts, shared with media/panel.js). */
export type StateMessage = PanelState;

/** The panel's state: the active editor's result (its snapshot's model) and the folder run's rows. */
export function toPanelMessage(results: Results, verdicts: VerdictFiles): StateMessage {
  const s = results.active();
  const f = results.folder();
  const r = s.snapshot?.result;
  const store = r ? verdicts.state(r.uri) : undefined;
  return {
    type: 'state',
    status: s.status,
    name: s.name,
    error: s.error,
    isCanonical: s.isCanonical,
    model: s.snapshot ? s.snapshot.panel : null,
    folder: f ? { folder: baseName(f.run.folder.path), canonical: baseName(f.run.canonical.path), rows: f.rows, ...(f.canonicalGone ? { canonicalGone: f.canonicalGone } : {}) } : null,
    showDismissed: readSettings(r?.uri).showDismissed,
    verdictError: store?.error ? `${verdicts.displayPath(store.uri)}: ${store.error}` : null,
  };
}

/** Same panel state: the model and folder rows are compared by identity (both belong to snapshots). */
export function sameState(a: StateMessage, b: StateMessage): boolean {
  return (
    a.status === b.status &&
    a.name === b.name &&
    a.error === b.error &&
    a.isCanonical === b.isCanonical &&
    a.showDismissed === b.showDismissed &&
    a.verdictError === b.verdictError &&
    a.model === b.model &&
    (a.folder === b.folder || (!!a.folder && !!b.folder && a.folder.rows === b.folder.rows && a.folder.canonicalGone === b.folder.canonicalGone))
  );
}
