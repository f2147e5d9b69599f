/**
 * `wirediff compare --canonical CANON ARTICLE [ARTICLE …] [--format text|json|markdown|matrix|matrix-json]`
 *
 * Each article against the canonical text; many articles with `--format matrix` or
 * `matrix-json` go to the coverage matrix (./matrix.ts).
 */
import { parseArgs } from 'node:util';
import { compare, compareWith, prepareCanonicalAlone } from '../core/compare';
import { pageMarks, pageOptions, toSourceComparison, type ReadText } from '../core/markup';
import { noArticleLine, readFile } from '../read/page';
import { verdictsFor } from '../core/verdicts';
import { toJson, writeJson } from '../report/json';
import { renderMarkdown } from '../report/markdown';
import { renderText } from '../report/text';
import { COLOR_OPTIONS, COMPARE_OPTIONS, compareOptions, FAIL_OPTIONS, failStatus, FILTER_OPTIONS, parseFailOn, parseFilter, useColor } from './args';
import { isDirectory, readEach, readInput, stdinOf } from './files';
import { UsageError, type CliIO } from './io';
import { runMatrix } from './matrix';
import { annotateDiscrepancies, hiddenIds, storeFor } from './store';

const FORMATS = ['text', 'json', 'markdown', 'matrix', 'matrix-json'];

/** The read text of an input (see src/read/page.ts); a web page with no article is a usage error. */
function readPage(text: string, path: string): ReadText | null {
  const read = readFile(text, path);
  if (read?.noArticle) throw new UsageError(noArticleLine(path));
  return read;
}

export function runCompare(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMPARE_OPTIONS, ...FILTER_OPTIONS, ...FAIL_OPTIONS, ...COLOR_OPTIONS, format: { type: 'string', short: 'f', default: 'text' } },
  });
  if (!values.canonical) throw new UsageError('missing --canonical FILE (the canonical text to compare against)');
  if (positionals.length === 0) throw new UsageError('no article to compare: wirediff compare --canonical CANON ARTICLE');
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${format} (text, json, markdown, matrix or matrix-json)`);
  if (format === 'matrix' || format === 'matrix-json') return runMatrix({ ...values, canonical: values.canonical, format }, positionals, io);
  const options = compareOptions(values);
  const filter = parseFilter(values);
  const failOn = parseFailOn(values['fail-on']);
  const canonicalPath = values.canonical;
  const stdin = stdinOf(io);
  const canonicalText = readInput(canonicalPath, stdin);
  const canonicalRead = readPage(canonicalText, canonicalPath);
  // An article that cannot be read is left out with one line on stderr; the others are compared (exit 2).
  const { files: articles, notCompared } = readEach(
    positionals,
    (p) => {
      if (isDirectory(p)) throw new UsageError(`${p} is a directory: a folder of versions goes to --format matrix or matrix-json, or to wirediff report`);
      const text = readInput(p, stdin);
      return { path: p, text, read: readPage(text, p) };
    },
    io,
  );
  const color = useColor(values, io);

  const store = storeFor(values, io);
  const canonicalOptions = { ...options, ...pageOptions(canonicalRead) };
  // Several articles: the canonical is prepared once for all of them, when it tells its language alone.
  const prepared = articles.length > 1 ? prepareCanonicalAlone(canonicalRead?.text ?? canonicalText, canonicalOptions) : null;
  const results = articles.map((a) => {
    // A web page is compared by its article, its chrome kept apart; offsets then point back into the file.
    const articleText = a.read?.text ?? a.text;
    const read = prepared
      ? compareWith(prepared, articleText, pageMarks(a.read))
      : compare(canonicalRead?.text ?? canonicalText, articleText, { ...options, ...pageOptions(canonicalRead, a.read) });
    const c = toSourceComparison(read, canonicalRead, a.read);
    // Dismissed findings are hidden unless --show-dismissed.
    return { a, c, dismissed: hiddenIds(c, store, values['show-dismissed'] ?? false) };
  });
  // 2 when an article was left out; else what --fail-on asks (dismissed findings never count).
  const status = notCompared.length ? 2 : failStatus(failOn, filter, results.map(({ c }) => ({ discrepancies: c.discrepancies, dismissed: hiddenIds(c, store, false) })));
  if (format === 'json') {
    const docs = results.map(({ a, c, dismissed }) => {
      const doc = toJson(c, { canonicalPath, articlePath: a.path }, { ...filter, dismissed });
      return { ...doc, discrepancies: annotateDiscrepancies(doc.discrepancies, verdictsFor(c, store)) };
    });
    writeJson(positionals.length === 1 ? docs[0] : docs, io.stdout);
    return status;
  }
  const parts = results.map(({ a, c, dismissed }) => {
    const src = { canonicalPath, articlePath: a.path, canonicalText, articleText: a.text };
    return format === 'markdown' ? renderMarkdown(c, src, { ...filter, dismissed }) : renderText(c, src, { ...filter, dismissed, color, width: io.columns });
  });
  io.stdout(parts.join(format === 'markdown' ? '\n---\n\n' : '\n'));
  return status;
}
