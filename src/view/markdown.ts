/**
 * Markdown pieces for hovers: code blocks and `command:` links. Untrusted text is escaped
 * with the reports' `escapeMarkdown` (src/report/escape.ts).
 */
import { escapeMarkdown } from '../report/escape';

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
