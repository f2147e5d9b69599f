/**
 * Verdicts: what a person decided about a finding (confirmed, benign, dismissed), kept in
 * `.wirediff/verdicts.json` so that they survive edits and re-runs and can be committed
 * and shared. Pure: parsing, serialising, keys and applying; reading and writing the file
 * is the front end's job.
 *
 * A verdict is keyed by CONTENT, not position: the finding's kind, a hash of the
 * canonical sentence texts involved, a hash of the article sentence texts involved and a
 * hash of the changed words on each side (`from`, `to`). White space is folded and the
 * text NFC-normalised before hashing, so re-wrapping a paragraph does not lose verdicts;
 * editing the sentence itself does (the finding may no longer be the same). Two findings
 * with the same key (the same departure on the same sentences) share a verdict, in
 * whichever article they occur: an omission verdict, for example, applies to every
 * article that omits that canonical sentence.
 *
 * The file (version 1):
 *
 * ```json
 * {
 *   "version": 1,
 *   "verdicts": {
 *     "hedge:1x9…:0k2…:3fz…": {
 *       "verdict": "confirmed",
 *       "kind": "hedge",
 *       "note": "Checked with the desk",
 *       "author": "A. Reporter",
 *       "time": "2024-12-03T10:00:00.000Z",
 *       "canonical": "At least 300 fighters, primarily from …",
 *       "from": "At least 300",
 *       "to": "300"
 *     }
 *   }
 * }
 * ```
 *
 * Keys are sorted, fields come in a fixed order and the file ends with a newline, so a
 * change to one verdict is a change to a few lines in a diff. `canonical`, `article`,
 * `from` and `to` are excerpts for people reading the file; only the key is matched.
 * Unknown fields are kept as they are.
 */
import type { Comparison, Discrepancy, DiscrepancyKind } from './types';
import { DISCREPANCY_KINDS } from './types';
import { contentHash } from './hash';
import { excerpt } from './excerpt';
import { severityCounts } from './filter';

/** What a person decided about a finding. */
export type VerdictValue = 'confirmed' | 'benign' | 'dismissed';

export const VERDICT_VALUES: readonly VerdictValue[] = ['confirmed', 'benign', 'dismissed'];

/** One stored verdict. */
export interface Verdict {
  verdict: VerdictValue;
  kind: DiscrepancyKind;
  note?: string;
  author?: string;
  /** ISO 8601 time the verdict was given. */
  time?: string;
  /** Excerpts for people reading the file (not matched). */
  canonical?: string;
  article?: string;
  from?: string;
  to?: string;
  /** Fields written by a later version, kept as they are. */
  [extra: string]: unknown;
}

/** The verdict file's content. */
export interface VerdictStore {
  version: 1;
  verdicts: Record<string, Verdict>;
}

export const VERDICT_STORE_VERSION = 1;

/** An empty store. */
export function emptyStore(): VerdictStore {
  return { version: 1, verdicts: {} };
}

/** The result of parsing: the store and what was skipped, or why the file cannot be used. */
export type ParseResult = { ok: true; store: VerdictStore; warnings: string[] } | { ok: false; error: string };

const FIELD_ORDER = ['verdict', 'kind', 'note', 'author', 'time', 'canonical', 'article', 'from', 'to'];

/** Folds what must not change a key: white space runs, Unicode normal form. */
function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Parses the verdict file. Tolerant: a byte-order mark, an empty file and entries that
 * cannot be used (unknown verdict, bad key) are accepted (the bad entries are skipped
 * with a warning each); a file that is not JSON, has merge-conflict markers, or comes
 * from a later, incompatible version fails with a one-line error.
 */
export function parseVerdicts(text: string): ParseResult {
  const t = text.replace(/^\uFEFF/, '');
  if (t.trim() === '') return { ok: true, store: emptyStore(), warnings: [] };
  const conflict = /^(<{7}|={7}|>{7})(\s|$)/m.exec(t);
  if (conflict) {
    const line = t.slice(0, conflict.index).split('\n').length;
    return { ok: false, error: `unresolved merge conflict markers at line ${line}: resolve them (keep both sides' entries) and try again` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(t);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${jsonErrorWhere(t, (e as Error).message)})` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'expected a JSON object with "version" and "verdicts"' };
  const obj = raw as Record<string, unknown>;
  const version = obj['version'] ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: '"version" must be a whole number' };
  if (version > VERDICT_STORE_VERSION) {
    return { ok: false, error: `written by a later wirediff (file version ${version}, this one reads ${VERDICT_STORE_VERSION}): update wirediff` };
  }
  const warnings: string[] = [];
  const store = emptyStore();
  const list = obj['verdicts'] ?? {};
  if (!list || typeof list !== 'object' || Array.isArray(list)) return { ok: false, error: '"verdicts" must be an object keyed by finding key' };
  for (const [key, value] of Object.entries(list as Record<string, unknown>)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      warnings.push(`skipped ${key}: not an object`);
      continue;
    }
    const v = value as Record<string, unknown>;
    const verdict = v['verdict'];
    if (!VERDICT_VALUES.includes(verdict as VerdictValue)) {
      warnings.push(`skipped ${key}: verdict must be one of ${VERDICT_VALUES.join(', ')}, not ${JSON.stringify(verdict)}`);
      continue;
    }
    const kind = (v['kind'] ?? key.split(':')[0]) as DiscrepancyKind;
    if (!DISCREPANCY_KINDS.includes(kind) || !isKey(key)) {
      warnings.push(`skipped ${key}: not a finding key (kind:hash:hash:hash)`);
      continue;
    }
    const entry: Verdict = { ...v, verdict: verdict as VerdictValue, kind };
    for (const f of ['note', 'author', 'time', 'canonical', 'article', 'from', 'to']) {
      if (entry[f] !== undefined && typeof entry[f] !== 'string') {
        warnings.push(`${key}: "${f}" is not text; ignored`);
        delete entry[f];
      }
    }
    store.verdicts[key] = entry;
  }
  return { ok: true, store, warnings };
}

function isKey(key: string): boolean {
  return /^[a-z]+:[0-9a-z]{1,16}:[0-9a-z]{1,16}:[0-9a-z]{1,16}$/.test(key);
}

/** "line L, column C" of a JSON.parse error, when the message names a position. */
function jsonErrorWhere(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  if (/end of JSON input/i.test(message)) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return `it ends early, at line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`;
  }
  const m = /position (\d+)/.exec(message);
  if (!m) return message.replace(/^JSON\.parse: /, '');
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * The file's text: keys sorted, fields in a fixed order (unknown ones after, sorted),
 * two-space indentation, a final newline. The same store always gives the same text.
 */
export function serializeVerdicts(store: VerdictStore): string {
  const verdicts: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(store.verdicts).sort()) {
    const v = store.verdicts[key]!;
    const out: Record<string, unknown> = {};
    for (const f of FIELD_ORDER) if (v[f] !== undefined && v[f] !== '') out[f] = v[f];
    for (const f of Object.keys(v).sort()) if (!FIELD_ORDER.includes(f) && v[f] !== undefined) out[f] = v[f];
    verdicts[key] = out;
  }
  return JSON.stringify({ version: VERDICT_STORE_VERSION, verdicts }, null, 2) + '\n';
}

/**
 * The content key of a discrepancy of a comparison: `kind:C:A:D` where C hashes the
 * canonical sentence texts involved, A the article sentence texts involved and D the
 * changed words on each side.
 */
export function verdictKey(c: Comparison, d: Discrepancy): string {
  const side = (ids: number[], sentences: Comparison['canonical']['sentences']): string =>
    contentHash(ids.map((i) => norm(sentences[i]?.text ?? '')).join('\n'));
  const words = contentHash(`${norm(d.from ?? '')}\u0000${norm(d.to ?? '')}`);
  return `${d.kind}:${side(d.canonical, c.canonical.sentences)}:${side(d.article, c.article.sentences)}:${words}`;
}

/** A new verdict for a discrepancy, with the excerpts people read in the file. */
export function makeVerdict(
  c: Comparison,
  d: Discrepancy,
  verdict: VerdictValue,
  meta: { note?: string; author?: string; time?: string } = {},
): Verdict {
  const text = (ids: number[], sentences: Comparison['canonical']['sentences']): string | undefined =>
    ids.length ? excerpt(ids.map((i) => sentences[i]?.text ?? '').join(' '), 120) : undefined;
  const v: Verdict = { verdict, kind: d.kind };
  if (meta.note) v.note = meta.note;
  if (meta.author) v.author = meta.author;
  if (meta.time) v.time = meta.time;
  const canonical = text(d.canonical, c.canonical.sentences);
  const article = text(d.article, c.article.sentences);
  if (canonical) v.canonical = canonical;
  if (article) v.article = article;
  if (d.from && d.kind !== 'omitted') v.from = excerpt(d.from, 120);
  if (d.to && d.kind !== 'added') v.to = excerpt(d.to, 120);
  return v;
}

/** A copy of the store with the verdict for `key` set (or removed when `verdict` is null). */
export function setVerdict(store: VerdictStore, key: string, verdict: Verdict | null): VerdictStore {
  const verdicts = { ...store.verdicts };
  if (verdict) verdicts[key] = verdict;
  else delete verdicts[key];
  return { version: 1, verdicts };
}

/** The verdicts that apply to a comparison's findings, by discrepancy id. */
export function verdictsFor(c: Comparison, store: VerdictStore): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  if (Object.keys(store.verdicts).length === 0) return out;
  for (const d of c.discrepancies) {
    const v = store.verdicts[verdictKey(c, d)];
    if (v) out.set(d.id, v);
  }
  return out;
}

/** Ids of the comparison's findings that are dismissed. */
export function dismissedIds(c: Comparison, store: VerdictStore): Set<string> {
  const out = new Set<string>();
  for (const [id, v] of verdictsFor(c, store)) if (v.verdict === 'dismissed') out.add(id);
  return out;
}

/** A comparison with its verdicts applied. */
export interface Judged {
  /** The comparison; dismissed findings removed unless `showDismissed`. The summary is recounted. */
  comparison: Comparison;
  /** Verdicts of the findings that remain, by discrepancy id. */
  verdicts: Map<string, Verdict>;
  /** Ids of the dismissed findings (removed, or kept when `showDismissed`). */
  dismissed: Set<string>;
}

/**
 * Applies verdicts: dismissed findings are hidden (unless `showDismissed`), the summary's
 * counts follow. The input comparison is not modified.
 */
export function applyVerdicts(c: Comparison, store: VerdictStore, options: { showDismissed?: boolean } = {}): Judged {
  const verdicts = verdictsFor(c, store);
  const dismissed = new Set([...verdicts].filter(([, v]) => v.verdict === 'dismissed').map(([id]) => id));
  if (options.showDismissed || dismissed.size === 0) return { comparison: c, verdicts, dismissed };
  const discrepancies = c.discrepancies.filter((d) => !dismissed.has(d.id));
  const byKind: Comparison['summary']['byKind'] = {};
  for (const d of discrepancies) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  const withFinding = new Set(discrepancies.flatMap((d) => d.canonical));
  const carried = new Set(c.alignments.flatMap((a) => a.canonical));
  const summary = {
    ...c.summary,
    ...severityCounts(discrepancies),
    byKind,
    identical: [...carried].filter((x) => !withFinding.has(x)).length,
  };
  for (const id of dismissed) verdicts.delete(id);
  return { comparison: { ...c, discrepancies, summary }, verdicts, dismissed };
}

/** The finding with this id, or the only one whose id starts with it; null when none or several. */
export function findDiscrepancy(c: Comparison, id: string): { match: Discrepancy | null; candidates: Discrepancy[] } {
  const exact = c.discrepancies.find((d) => d.id === id);
  if (exact) return { match: exact, candidates: [exact] };
  const pre = c.discrepancies.filter((d) => id.length >= 3 && d.id.startsWith(id));
  return { match: pre.length === 1 ? pre[0]! : null, candidates: pre };
}
