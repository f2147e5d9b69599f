/**
 * Work done on a task of its own: `schedule()` runs it on the next task of the extension host, and
 * calls made before it runs are one run. The parts that draw a result (the store's readers, the
 * decorations, the panel's post, the problems) each take a task so that on a long article none of
 * them adds to another's (issue 10: no long task of the host). Disposed, it never runs again.
 */
import type * as vscode from 'vscode';

export class NextTask implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly run: () => void) {}

  schedule(): void {
    if (this.timer !== undefined || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, 0);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Runs `run` after `delay` ms, in place of what `key`'s timer in `timers` was to run (a debounce per key). */
export function restartTimer(timers: Map<string, ReturnType<typeof setTimeout>>, key: string, delay: number, run: () => void): void {
  const old = timers.get(key);
  if (old) clearTimeout(old);
  timers.set(
    key,
    setTimeout(() => {
      timers.delete(key);
      run();
    }, delay),
  );
}
