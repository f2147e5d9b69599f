/**
 * Escaping untrusted text (article and canonical sentences are web content) for Markdown.
 * One rule for the reports and the editor's hovers. No imports: the editor loads it alone.
 */

/**
 * Every character that can open a Markdown construct: emphasis, code, links and images,
 * headings, list and quote markers, tables, strikethrough and fences, VS Code's `$(icon)`
 * and GitHub's `$math$`. CommonMark makes any ASCII punctuation literal after a backslash.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>$]/g;

/**
 * Escapes text so that Markdown (CommonMark, GFM, VS Code) shows it as it is: a backslash
 * before each special character, `&` and `<` as entities (no HTML, no entity, no `<…>`
 * autolink), line breaks and tabs as spaces and runs of spaces folded (no line can start a block
 * or an indented code block; rendering folds them anyway).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[ \t]{2,}|\t/g, ' ');
}
