/**
 * `wirediff read FILE [--format text|json] [--language CODE]`: what WireDiff reads from a file,
 * so that a user can see why a line was taken as page chrome. For a web page: its blocks, each
 * the article's (`content`, `heading`, `dateline`, `credit`, `speaker`: a speaker's label on a
 * line of its own) or page chrome; for plain text and Markdown, its paragraphs. Then the sentences the comparison works on. Offsets are into the
 * file (UTF-16 code units of its decoded text, a byte-order mark not counted).
 */
import { parseArgs } from 'node:util';
import { readDocument, type ReadDocument } from '../core/document';
import { excerpt } from '../core/excerpt';
import { readFile } from '../read/page';
import { languageName, lineColumn } from '../report/labels';
import { parseLanguage } from './args';
import { cleanTerminal } from '../report/terminal';
import { readInput, stdinOf } from './files';
import { UsageError, type CliIO } from './io';

function renderText(doc: ReadDocument, source: string, width: number): string {
  const article = doc.blocks.filter((b) => b.role !== 'chrome').length;
  const lines: string[] = [];
  lines.push(
    `${cleanTerminal(doc.path)}: ${doc.blocks.length} blocks (${article} read as the article, ${doc.blocks.length - article} page chrome), ` +
      `${doc.sentences.length} sentences, ${languageName(doc.language)}`,
  );
  if (doc.noArticle) lines.push('No article found in this page: it would not be compared.');
  for (const b of doc.blocks) {
    const where = `L${lineColumn(source, b.start).line}`.padEnd(6);
    lines.push(`${b.role.padEnd(8)} ${where} ${cleanTerminal(excerpt(b.text.replace(/\s+/g, ' '), Math.max(40, width - 17)))}`);
  }
  return lines.join('\n') + '\n';
}

/** Runs `wirediff read`; returns the exit code. */
export function runRead(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, language: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('wirediff read takes one file: wirediff read FILE [--format text|json]');
  const format = values.format!;
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format ${format} (text or json)`);
  const path = positionals[0]!;
  const source = readInput(path, stdinOf(io));
  const doc = readDocument(path, source, readFile(source, path), parseLanguage(values.language));
  if (format === 'json') io.stdout(JSON.stringify(doc, null, 2) + '\n');
  else io.stdout(renderText(doc, source, io.columns ?? 100));
  return 0;
}
