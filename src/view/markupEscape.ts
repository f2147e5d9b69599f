/**
 * Plain text made into markup that reads as that text: what a quick fix writes into a web
 * page or a Markdown file, so that the reader (see core/markup.ts) reads the canonical's
 * words exactly, and not a tag, an entity, emphasis or a link. Only what would be read
 * otherwise is escaped, so that the user's file stays as clean as it can. Pure.
 */
import type { Markup } from './lineIndex';

/** Characters that open or close an inline Markdown construct anywhere: code, emphasis, links, strikethrough, table cells, escapes. */
const MARKDOWN_INLINE = /[\\`*_[\]~|]/g;
/** An HTML tag, comment or declaration, an autolink, or a character reference: what `<` or `&` would open. */
const MARKDOWN_LT = /<(?=[A-Za-z/!?])/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** What opens a block at the start of a line: a heading, a quote, a list item, a thematic break or a setext underline. */
const MARKDOWN_BLOCK = /^([ \t]*)(?:([#>+=-])|(\d{1,9})([.)]))/;

/**
 * `text` written for `markup` so that it reads as `text`. `atLineStart`: the text opens a
 * line of the document (only then can it open a block).
 */
export function escapeForMarkup(text: string, markup: Markup, atLineStart: boolean): string {
  if (markup === 'html') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = text.replace(MARKDOWN_INLINE, '\\$&').replace(MARKDOWN_LT, '\\<').replace(ENTITY, '\\&');
  if (atLineStart) out = out.replace(MARKDOWN_BLOCK, (_m, sp: string, mark?: string, digits?: string, dot?: string) => (mark ? `${sp}\\${mark}` : `${sp}${digits}\\${dot}`));
  return out;
}
