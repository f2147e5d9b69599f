/**
 * `wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE [--note …]`
 * `wirediff verdict list --canonical CANON ARTICLE`
 *
 * A verdict on one finding, kept in the verdict store (./store.ts) under a key that
 * survives edits elsewhere in the article.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { excerpt } from '../core/excerpt';
import { findDiscrepancy, makeVerdict, setVerdict, verdictKey, verdictsFor, type VerdictValue } from '../core/verdicts';
import { KIND_LABELS } from '../report/labels';
import { cleanTerminal } from '../report/terminal';
import { COMPARE_OPTIONS, compareOptions } from './args';
import { compareLoaded, loadFile, prepareLoaded, stdinOf, type Stdin } from './files';
import { cwdOf, UsageError, type CliIO } from './io';
import { findStorePath, readStore, writeStore } from './store';

const ACTIONS: Record<string, VerdictValue | 'clear' | 'list'> = {
  confirm: 'confirmed',
  confirmed: 'confirmed',
  benign: 'benign',
  dismiss: 'dismissed',
  dismissed: 'dismissed',
  clear: 'clear',
  list: 'list',
};

/**
 * The author git knows here, if any. Node's child_process module (and the network modules it
 * loads) is required here, when a verdict is recorded with no author given (--author or
 * WIREDIFF_AUTHOR), not with the commands: every command's start-up paid for it.
 */
function gitUserName(cwd: string): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const r = spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 2000 });
    const name = r.status === 0 ? r.stdout.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}

/** Where the verdicts are kept, as the commands read and name it, and the compare options. */
interface VerdictPlace {
  cwd: string;
  storePath: string;
  shownPath: string;
  canonicalPath: string;
  options: ReturnType<typeof compareOptions>;
  /** `-` (the canonical or the article) is the standard input, as for `compare`. */
  stdin: Stdin;
}

export function runVerdict(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMPARE_OPTIONS, note: { type: 'string', short: 'm' }, author: { type: 'string' } },
  });
  const [actionWord, ...rest] = positionals;
  const action = actionWord !== undefined ? ACTIONS[actionWord] : undefined;
  if (!action) {
    throw new UsageError(
      `${actionWord === undefined ? 'missing' : `unknown verdict '${actionWord}'`}: wirediff verdict confirm|benign|dismiss|clear ID --canonical CANON ARTICLE, or wirediff verdict list --canonical CANON ARTICLE`,
    );
  }
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text the finding was found against)');
  const cwd = cwdOf(io);
  const storePath = findStorePath(cwd, values.store);
  const place: VerdictPlace = { cwd, storePath, shownPath: relative(cwd, storePath) || storePath, canonicalPath: values.canonical, options: compareOptions(values), stdin: stdinOf(io) };
  if (action === 'list') return listVerdicts(place, rest, values['show-dismissed'] ?? false, io);
  return setOneVerdict(place, actionWord!, action, rest, { note: values.note, author: values.author }, io);
}

/** `verdict list`: the article's findings, with their ids and verdicts (dismissed ones hidden unless `show`). */
function listVerdicts(place: VerdictPlace, rest: string[], show: boolean, io: CliIO): number {
  if (rest.length !== 1) throw new UsageError('wirediff verdict list --canonical CANON ARTICLE (one article)');
  const canonical = loadFile(place.canonicalPath, place.stdin);
  const article = loadFile(rest[0]!, place.stdin);
  const c = compareLoaded(prepareLoaded(canonical, place.options, article), article);
  const store = readStore(place.storePath, io);
  const verdicts = verdictsFor(c, store);
  const lines: string[] = [];
  let hidden = 0;
  for (const d of c.discrepancies) {
    const v = verdicts.get(d.id);
    if (v?.verdict === 'dismissed' && !show) {
      hidden++;
      continue;
    }
    const mark = v ? `[${v.verdict}]` : '';
    lines.push(`${d.id.padEnd(26)} ${d.severity.padEnd(6)} ${KIND_LABELS[d.kind].padEnd(15)}${mark ? mark + ' ' : ''}${cleanTerminal(excerpt(d.reason, 90))}`);
  }
  io.stdout(
    `Findings of ${cleanTerminal(article.path)} (verdicts: ${cleanTerminal(place.shownPath)}${existsSync(place.storePath) ? '' : ', not created yet'})\n` +
      lines.join('\n') +
      (lines.length ? '\n' : '') +
      (hidden ? `${hidden} dismissed finding${hidden === 1 ? '' : 's'} hidden (--show-dismissed shows them)\n` : ''),
  );
  return 0;
}

/** `verdict confirm|benign|dismiss|clear ID ARTICLE`: sets or clears the verdict on one finding. */
function setOneVerdict(place: VerdictPlace, actionWord: string, action: VerdictValue | 'clear', rest: string[], by: { note?: string; author?: string }, io: CliIO): number {
  const [id, articlePath, ...extra] = rest;
  if (!id) throw new UsageError(`missing finding ID: wirediff verdict ${actionWord} ID --canonical CANON ARTICLE (ids: wirediff verdict list)`);
  if (!articlePath) throw new UsageError(`missing ARTICLE: wirediff verdict ${actionWord} ${id} --canonical CANON ARTICLE`);
  if (extra.length) throw new UsageError(`one finding and one article at a time (unexpected: ${extra.join(' ')})`);
  const canonical = loadFile(place.canonicalPath, place.stdin);
  const article = loadFile(articlePath, place.stdin);
  const c = compareLoaded(prepareLoaded(canonical, place.options, article), article);
  const found = findDiscrepancy(c, id);
  if (!found.match) {
    throw new UsageError(
      found.candidates.length > 1
        ? `'${id}' matches ${found.candidates.length} findings (${found.candidates.slice(0, 3).map((d) => d.id).join(', ')}…): give more of the id`
        : `no finding '${id}' in ${articlePath} against ${place.canonicalPath} (list them: wirediff verdict list --canonical ${place.canonicalPath} ${articlePath})`,
    );
  }
  const d = found.match;
  const store = readStore(place.storePath, io);
  const key = verdictKey(c, d);
  const what = `${d.id} (${KIND_LABELS[d.kind]}: ${cleanTerminal(excerpt(d.reason, 70))})`;
  if (action === 'clear') {
    if (!store.verdicts[key]) {
      io.stdout(`No verdict to clear for ${what}.\n`);
      return 0;
    }
    writeStore(place.storePath, setVerdict(store, key, null));
    io.stdout(`Cleared the verdict on ${what} in ${cleanTerminal(place.shownPath)}.\n`);
    return 0;
  }
  const author = by.author ?? io.env['WIREDIFF_AUTHOR'] ?? gitUserName(place.cwd);
  const verdict = makeVerdict(c, d, action, { note: by.note, author, time: new Date().toISOString() });
  writeStore(place.storePath, setVerdict(store, key, verdict));
  io.stdout(
    `Marked ${what} as ${action} in ${cleanTerminal(place.shownPath)}.` +
      (action === 'dismissed' ? ' It is now hidden from every output (--show-dismissed shows it).' : '') +
      '\n',
  );
  return 0;
}
