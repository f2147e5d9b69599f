/**
 * The options several commands share, and turning their values into what the engine and
 * the renderers take: the threshold, the findings filter, colour.
 */
import { wordVectors } from '../read/wordVectors';
import { isKind, isSeverity, passes, severityRank, type FindingFilter } from '../core/filter';
import { iso6393Of } from '../core/lang';
import { isKnownLanguage } from '../core/languageCodes';
import { DISCREPANCY_KINDS, SEVERITIES, type CompareOptions, type Discrepancy, type DiscrepancyKind, type Severity } from '../core/types';
import { UsageError, type CliIO } from './io';

/** `parseArgs` options of the comparison itself, the findings filter and the verdict store. */
export const COMPARE_OPTIONS = {
  canonical: { type: 'string', short: 'c' },
  threshold: { type: 'string' },
  language: { type: 'string' },
  store: { type: 'string' },
  'show-dismissed': { type: 'boolean' },
} as const;

export const FILTER_OPTIONS = {
  'min-severity': { type: 'string' },
  kinds: { type: 'string' },
} as const;

/** `--fail-on SEV`: the exit status tells whether a finding of that severity or above was shown. */
export const FAIL_OPTIONS = {
  'fail-on': { type: 'string' },
} as const;

export const COLOR_OPTIONS = {
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

/** `--threshold`: a similarity strictly between 0 and 1. */
export function parseThreshold(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = Number(v);
  if (!Number.isFinite(t) || t <= 0 || t >= 1) throw new UsageError('--threshold must be a number between 0 and 1');
  return t;
}

/**
 * `--language`: `auto`, or the ISO 639-3 code (any case) of a language WireDiff reads. Anything
 * else, three letters included ("xyz"), would silently compare with no stemmer and no word
 * lists, so it is a usage error that names the code meant when it can ("en" → "eng").
 */
export function parseLanguage(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const code = v.trim().toLowerCase();
  if (code === 'auto' || isKnownLanguage(code)) return code;
  const meant = iso6393Of(code.split(/[-_]/)[0]!);
  const what = /^[a-z]{3}$/.test(code) ? `'${v}' is not a language WireDiff knows` : `not '${v}'`;
  throw new UsageError(`--language takes an ISO 639-3 code (eng, fra, ind, ...) or auto${meant ? `: for '${v}' write ${meant}` : `; ${what}`}`);
}

/** The engine's options from `--threshold` and `--language`. */
export function compareOptions(values: { threshold?: string; language?: string }): CompareOptions {
  return { similarityThreshold: parseThreshold(values.threshold), language: parseLanguage(values.language), vectors: wordVectors() };
}

/** `--min-severity` and `--kinds` as a findings filter. */
export function parseFilter(values: { 'min-severity'?: string; kinds?: string }): FindingFilter {
  const filter: { minSeverity?: FindingFilter['minSeverity']; kinds?: DiscrepancyKind[] } = {};
  const min = values['min-severity'];
  if (min !== undefined) {
    if (!isSeverity(min)) throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')}`);
    filter.minSeverity = min;
  }
  const kinds = values.kinds;
  if (kinds !== undefined) {
    const list = kinds.split(',').map((k) => k.trim()).filter(Boolean);
    if (list.length === 0) throw new UsageError(`--kinds needs at least one kind (${DISCREPANCY_KINDS.join(', ')})`);
    const bad = list.filter((k) => !isKind(k));
    if (bad.length) throw new UsageError(`unknown kind ${bad.join(', ')} (kinds: ${DISCREPANCY_KINDS.join(', ')})`);
    filter.kinds = list as DiscrepancyKind[];
  }
  return filter;
}

/** `--fail-on`: a severity, or undefined when not given. */
export function parseFailOn(v: string | undefined): Severity | undefined {
  if (v === undefined) return undefined;
  if (!isSeverity(v)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  return v;
}

/**
 * The exit status `--fail-on` asks for: 1 when a finding the output shows (through the
 * filter), dismissed ones aside, has the severity `failOn` or above; else 0 (and 0 without
 * `--fail-on`), so that a script can write `if wirediff compare --fail-on high …`.
 */
export function failStatus(
  failOn: Severity | undefined,
  filter: FindingFilter,
  compared: ReadonlyArray<{ discrepancies: readonly Discrepancy[]; dismissed: ReadonlySet<string> }>,
): 0 | 1 {
  if (!failOn) return 0;
  const hit = compared.some((c) => c.discrepancies.some((d) => passes(d, { ...filter, dismissed: c.dismissed }) && severityRank(d.severity) <= severityRank(failOn)));
  return hit ? 1 : 0;
}

/** True when a filter leaves anything out by severity or kind. */
export function filters(f: FindingFilter): boolean {
  return !!(f.minSeverity || f.kinds);
}

/** Colours: `--no-color`, `--color`, else on for a terminal unless `NO_COLOR` is set. */
export function useColor(values: { color?: boolean; 'no-color'?: boolean }, io: CliIO): boolean {
  return values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
}
