/**
 * One way to hold and release VS Code resources: a class that owns listeners,
 * emitters or decoration types extends `Disposable` and `register`s each one;
 * `dispose()` releases them all once, even when one of them throws. Something
 * registered after disposal is released at once, so a late `resolveWebviewView`
 * or an event arriving during shutdown cannot leak. Resources that live only as
 * long as one webview or one page go in a `DisposableStore` of their own, which
 * is released (and emptied) when that view goes, not when the extension does.
 */
import type * as vscode from 'vscode';

/** Disposes every item; the errors are thrown together afterwards. */
export function disposeAll(items: Iterable<vscode.Disposable | undefined>): void {
  const errors: unknown[] = [];
  for (const d of items) {
    try {
      d?.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'WireDiff: errors while disposing');
}

/** A set of resources released together, and reusable after `clear()`. */
export class DisposableStore implements vscode.Disposable {
  private items: vscode.Disposable[] = [];
  private disposed = false;

  add<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  /** Releases what is held now; the store can take new items. */
  clear(): void {
    const items = this.items;
    this.items = [];
    disposeAll(items);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clear();
  }
}

/** The base of every class of src/extension that owns resources. */
export abstract class Disposable implements vscode.Disposable {
  private readonly owned = new DisposableStore();
  private disposedFlag = false;

  protected get isDisposed(): boolean {
    return this.disposedFlag;
  }

  protected register<T extends vscode.Disposable>(item: T): T {
    return this.owned.add(item);
  }

  dispose(): void {
    if (this.disposedFlag) return;
    this.disposedFlag = true;
    this.owned.dispose();
  }
}
