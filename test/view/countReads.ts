/**
 * The work a function does on what it is given, counted rather than timed: a number that no load
 * on the machine changes (for the scale tests, which ask how work grows, not how long it takes).
 */

/** Objects with internal slots, whose methods refuse a proxy for `this`: handed out as they are. */
const opaque = (v: object): boolean =>
  v instanceof Map || v instanceof Set || v instanceof WeakMap || v instanceof WeakSet || v instanceof Date || v instanceof RegExp || v instanceof Promise || ArrayBuffer.isView(v) || v instanceof ArrayBuffer;

/**
 * `root` behind proxies that count every property read, on it and on every object reached from
 * it: a list's elements and its length, a finding's fields, a getter or a method and what it reads
 * through `this`. Each object has one proxy (identity holds: `includes`, `Set` of findings). A loop
 * over the findings inside a loop over the findings reads them n² times, however fast the machine.
 */
export function countingReads<T extends object>(root: T): { value: T; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || opaque(v)) return v;
    let p = proxies.get(v);
    if (!p) {
      p = new Proxy(v, {
        get(target, key, receiver) {
          reads++;
          const got: unknown = Reflect.get(target, key, receiver);
          // (A frozen property must be handed out as it is: a proxy's invariant.)
          const d = Object.getOwnPropertyDescriptor(target, key);
          return d && !d.configurable && !d.writable && 'value' in d ? got : wrap(got);
        },
      });
      proxies.set(v, p);
    }
    return p;
  };
  return { value: wrap(root) as T, reads: () => reads };
}
