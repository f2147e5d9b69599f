/**
 * Watches files on disk that results depend on (the canonical texts comparisons were made
 * against, the versions of the folder run the matrix shows), so that a file deleted, moved
 * or changed while nothing is being compared is noticed at once (typing in an open file
 * arrives as document changes too). One watcher per file, made and released as the set of
 * files in use changes.
 */
import * as vscode from 'vscode';
import { Disposable } from './dispose';

export type FileEvent = 'changed' | 'deleted';

export class FileWatcher extends Disposable {
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(
    private readonly onEvent: (uri: vscode.Uri, event: FileEvent) => void,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    super();
    this.register({ dispose: () => this.sync([]) });
  }

  /** Watches exactly these files (untitled editors have no file to watch). */
  sync(uris: Iterable<vscode.Uri>): void {
    const want = new Map<string, vscode.Uri>();
    if (!this.isDisposed) for (const u of uris) if (u.scheme !== 'untitled') want.set(u.toString(), u);
    for (const [key, w] of this.watchers) {
      if (want.has(key)) continue;
      w.dispose();
      this.watchers.delete(key);
    }
    for (const [key, uri] of want) if (!this.watchers.has(key)) this.watchers.set(key, this.watch(uri));
  }

  private watch(uri: vscode.Uri): vscode.Disposable {
    try {
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), name));
      return vscode.Disposable.from(
        w,
        w.onDidCreate(() => this.onEvent(uri, 'changed')),
        w.onDidChange(() => this.onEvent(uri, 'changed')),
        w.onDidDelete(() => this.onEvent(uri, 'deleted')),
      );
    } catch (e) {
      // A file system that cannot be watched: the next comparison still says what went wrong.
      this.log?.warn(`cannot watch ${uri.toString(true)}: ${e instanceof Error ? e.message : String(e)}`);
      return { dispose() {} };
    }
  }
}
