/**
 * The canonical text as the worker last read and prepared it. The editor compares one
 * canonical text against many articles, and against each edit of one as the user types:
 * reading it (a web page goes through Readability) and preparing it (its language read, its
 * sentences cut and tokenized) is done once per canonical text, path and options, not on
 * every comparison. The engine stays pure: this is the worker's own state, and the result is
 * the one `compare` gives (`compareWith` a canonical prepared by `prepareCanonical`).
 */
import { compare, compareWith, prepareCanonicalAlone, type PreparedCanonical } from '../core/compare';
import { pageMarks, pageOptions, type ReadText } from '../core/readText';
import type { Comparison, CompareOptions } from '../core/types';
import { readFile } from '../read/page';

interface Entry {
  text: string;
  path: string | undefined;
  /** The options but the chrome spans (those are read from the files): language, threshold, any added later. */
  options: string;
  read: ReadText | null;
  /**
   * Null when the canonical text alone does not tell its language: `compare` then reads it in
   * the article, so the preparation depends on the article and is not kept.
   */
  prepared: PreparedCanonical | null;
}

export class CanonicalMemo {
  private last: Entry | null = null;

  /** The canonical text read (null for plain text) and prepared, from the last call when text, path and options are the same. */
  get(text: string, path: string | undefined, options: CompareOptions = {}): Pick<Entry, 'read' | 'prepared'> {
    const last = this.last;
    const key = JSON.stringify({ ...options, ...pageOptions(null), vectors: options.vectors ? options.vectors.size : undefined });
    if (last && last.text === text && last.path === path && last.options === key) return last;
    // Forgotten first: a canonical text that cannot be read leaves nothing stale behind.
    this.last = null;
    const read = readFile(text, path);
    // A page with no article is not compared (the caller says so): nothing to prepare.
    const prepared = read?.noArticle ? null : prepareCanonicalAlone(read?.text ?? text, { ...options, ...pageOptions(read) });
    const entry: Entry = { text, path, options: key, read, prepared };
    this.last = entry;
    return entry;
  }
}

/**
 * The comparison `compare` gives of a canonical text and an article as read from their files
 * (`read`: what `readFile` made of each, null for plain text), the canonical prepared by
 * `CanonicalMemo` when it could be.
 */
export function compareRead(
  canonical: { text: string; read: ReadText | null; prepared: PreparedCanonical | null },
  article: { text: string; read: ReadText | null },
  options: CompareOptions = {},
): Comparison {
  const articleText = article.read?.text ?? article.text;
  if (canonical.prepared) return compareWith(canonical.prepared, articleText, pageMarks(article.read));
  return compare(canonical.read?.text ?? canonical.text, articleText, { ...options, ...pageOptions(canonical.read, article.read) });
}
