/**
 * A value made on first use: `once(make)` calls `make` the first time it is called and hands back
 * what it gave then, every time after. For what a run may never need and costs to make: a package
 * (`load.ts`), or a regular expression with Unicode property classes (`\p{L}`), which V8 parses
 * when the expression is created, whether or not it ever runs, and which costs more to build than
 * to run (a command's start-up builds hundreds).
 */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
