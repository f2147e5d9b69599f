/**
 * What the user decided about findings, per article. Today: dismissed or not.
 * Kept behind a small interface so verdicts (confirmed / benign / dismissed)
 * can replace it without touching the views. Stored in workspace state, keyed
 * by the article URI and the engine's stable finding id.
 */
import * as vscode from 'vscode';

const KEY = 'wirediff.dismissed';

export class VerdictStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<string>();
  /** Fires with the article URI whose verdicts changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, string[]> {
    const v = this.memento.get<Record<string, string[]>>(KEY);
    return v && typeof v === 'object' ? v : {};
  }

  dismissed(uri: string): ReadonlySet<string> {
    return new Set(this.all()[uri] ?? []);
  }

  async dismiss(uri: string, id: string): Promise<void> {
    const all = this.all();
    const ids = new Set(all[uri] ?? []);
    if (ids.has(id)) return;
    ids.add(id);
    all[uri] = [...ids];
    await this.memento.update(KEY, all);
    this.emitter.fire(uri);
  }

  /** Restores one finding, or every finding of the article when `id` is omitted. */
  async restore(uri: string, id?: string): Promise<void> {
    const all = this.all();
    if (!all[uri]) return;
    if (id === undefined) delete all[uri];
    else {
      all[uri] = all[uri]!.filter((x) => x !== id);
      if (!all[uri]!.length) delete all[uri];
    }
    await this.memento.update(KEY, all);
    this.emitter.fire(uri);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
