/**
 * Verdicts as the editor uses them: which of a comparison's findings have a
 * verdict in the store (the engine's `.wirediff/verdicts.json` format, keyed by
 * content), and the store after a user's action. All keys, parsing and
 * serialising come from the engine (src/core/verdicts.ts); this module only
 * caches keys per comparison and maps them to finding ids. Pure (no `vscode`).
 */
import type { Comparison, Discrepancy } from '../core/types';
import type { ComparisonView } from './result';
import { makeVerdict, setVerdict, verdictKey, type Verdict, type VerdictStore, type VerdictValue } from '../core/verdicts';

export type { Verdict, VerdictStore, VerdictValue };

/** What a user can do to a finding: give it a verdict, or take its verdict away. */
export type VerdictAction = VerdictValue | 'clear';

export const VERDICT_ACTIONS: readonly VerdictAction[] = ['confirmed', 'benign', 'dismissed', 'clear'];

export function isVerdictAction(v: unknown): v is VerdictAction {
  return typeof v === 'string' && (VERDICT_ACTIONS as readonly string[]).includes(v);
}

/** The content key of every finding of a comparison, by finding id (compute once per comparison). */
export function findingKeys(c: Comparison): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of c.discrepancies) out.set(d.id, verdictKey(c, d));
  return out;
}

/** The verdicts a comparison's findings have, by finding id, and the ids of the dismissed ones. */
export interface Judgement {
  verdicts: Map<string, Verdict>;
  dismissed: Set<string>;
}

export const NO_JUDGEMENT: Judgement = Object.freeze({ verdicts: new Map(), dismissed: new Set() }) as Judgement;

/**
 * The verdicts of a comparison's findings. `keys` is `findingKeys(comparison)`,
 * asked for only when the store holds verdicts (so an empty store costs nothing).
 */
export function judge(keys: () => ReadonlyMap<string, string>, store: VerdictStore | undefined): Judgement {
  if (!store || Object.keys(store.verdicts).length === 0) return NO_JUDGEMENT;
  const verdicts = new Map<string, Verdict>();
  const dismissed = new Set<string>();
  for (const [id, key] of keys()) {
    const v = store.verdicts[key];
    if (!v) continue;
    verdicts.set(id, v);
    if (v.verdict === 'dismissed') dismissed.add(id);
  }
  return { verdicts, dismissed };
}

/** The store after `action` on finding `d` of comparison `c` (a new object; the input is not modified). */
export function applyAction(
  store: VerdictStore,
  c: Comparison,
  d: Discrepancy,
  action: VerdictAction,
  meta: { note?: string; author?: string; time?: string } = {},
): VerdictStore {
  const key = verdictKey(c, d);
  if (action === 'clear') return setVerdict(store, key, null);
  // A new verdict on a finding keeps the note it had unless a new one is given.
  const old = store.verdicts[key];
  const note = meta.note ?? (old && typeof old.note === 'string' ? old.note : undefined);
  return setVerdict(store, key, makeVerdict(c, d, action, { ...meta, note }));
}

/** The store with every dismissed verdict of this comparison's findings removed, and how many there were. */
export function clearDismissed(store: VerdictStore, c: Comparison, only?: ReadonlySet<string>): { store: VerdictStore; cleared: number } {
  let out = store;
  let cleared = 0;
  for (const d of c.discrepancies) {
    if (only && !only.has(d.id)) continue;
    const key = verdictKey(c, d);
    if (out.verdicts[key]?.verdict !== 'dismissed') continue;
    out = setVerdict(out, key, null);
    cleared++;
  }
  return { store: out, cleared };
}

/** True when two stores hold the same verdicts (so a rewrite would change nothing). */
export function sameVerdicts(a: VerdictStore, b: VerdictStore): boolean {
  const ka = Object.keys(a.verdicts);
  if (ka.length !== Object.keys(b.verdicts).length) return false;
  for (const k of ka) {
    const x = a.verdicts[k];
    const y = b.verdicts[k];
    if (!y || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/**
 * The findings a verdict command at the cursor is about: `exact` when the words of
 * exactly one finding are under the cursor (no need to ask), else `candidates`: the
 * findings at the cursor (its words, its sentence, a ghost note) first, then the rest.
 */
export function findingsForCursor(view: ComparisonView, offset: number, visible: readonly Discrepancy[], notes: readonly { line: number; ids: readonly string[] }[] = []): { exact: Discrepancy | null; candidates: Discrepancy[] } {
  const onWords = visible.filter((d) => d.articleSpans.some((s) => s.start <= offset && offset <= s.end));
  if (onWords.length === 1) return { exact: onWords[0]!, candidates: onWords };
  const here = view.findingsAt(offset, visible, notes)?.hits ?? [];
  return { exact: null, candidates: [...here, ...visible.filter((d) => !here.includes(d))] };
}
