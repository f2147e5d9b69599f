/**
 * Articles written in Markdown, read as a reader sees them rendered: link text without its target,
 * no emphasis or heading marks. Parsing is markdown-it's (CommonMark, as VS Code's own Markdown
 * preview).
 */
import type MarkdownIt from 'markdown-it';
import { ReadBuilder, type SearchBudget } from './readBuilder';
import type { ReadText } from './readText';
import { loadMarkdownIt } from './load';

/** The parser, made on the first Markdown file read, markdown-it loaded then (`load.ts`): a run over plain text never loads it. */
let markdown: MarkdownIt | undefined;

/**
 * Reads the text of a Markdown document (CommonMark, parsed by markdown-it, as VS Code's
 * preview does): link text without its address, no emphasis, heading, list or quote marks,
 * no raw HTML or images; code blocks are read as text (an indented paragraph is one).
 * Never throws.
 */
export function readMarkdown(source: string): ReadText {
  const out = new ReadBuilder(source);
  let tokens: ReturnType<MarkdownIt['parse']>;
  try {
    tokens = (markdown ??= new (loadMarkdownIt())('commonmark', { html: true })).parse(source, {});
  } catch {
    // markdown-it parses any string; should it ever fail, the source is read as it is.
    out.text(source, 0, source.length);
    return out.done();
  }
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOffset = (line: number): number => (line < lineStarts.length ? lineStarts[line]! : source.length);
  for (const tok of tokens) {
    if (tok.nesting !== 0) {
      out.block();
      continue;
    }
    const from = tok.map ? lineOffset(tok.map[0]) : 0;
    const to = tok.map ? lineOffset(tok.map[1]) : source.length;
    if (tok.type === 'inline') {
      let at = from;
      const budget: SearchBudget = { left: 4 * (to - from) + 1024 };
      for (const child of tok.children ?? []) {
        if (child.type === 'html_inline' || child.type === 'image') continue;
        if (child.type === 'text' || child.type === 'code_inline') at = out.text(child.content, at, to, budget);
        else if (child.type === 'softbreak') out.space();
        else if (child.type === 'hardbreak') out.lineBreak();
      }
    } else if (tok.type === 'code_block' || tok.type === 'fence') {
      out.block();
      out.text(tok.content, from, to);
      out.block();
    } else if (tok.type === 'hr') out.block();
    // html_block: raw HTML between paragraphs is not read.
  }
  return out.done();
}

/** True for a file name that Markdown is saved under. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path);
}
