/**
 * Markdown escaping for untrusted text (article and canonical sentences are
 * web content). Every ASCII punctuation character may be backslash-escaped in
 * CommonMark, so escaping all of them turns any input into literal text: no
 * links, images, HTML, emphasis, theme icons (`$(…)`) or autolinks.
 */
const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(PUNCT, '\\$&')
    // Leading white space would make an indented code block; keep it plain.
    .replace(/^\s+/, '')
    .replace(/\s{2,}/g, ' ');
}

/** Escapes a short separator (punctuation and spaces between words) without trimming it. */
export function escapeSeparator(text: string): string {
  return text.replace(/\s+/g, ' ').replace(PUNCT, '\\$&');
}

/** A fenced code block whose fence cannot be closed by the text inside it. */
export function codeBlock(text: string, language = ''): string {
  let fence = '```';
  while (text.includes(fence)) fence += '`';
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A `command:` link whose arguments are JSON, the way VS Code expects them. */
export function commandLink(label: string, command: string, args: unknown[], title?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const t = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${t})`;
}
