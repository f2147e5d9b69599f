/**
 * Small text helpers for the UI: file names and article file types. Pure (no `vscode`
 * import). Input checks are in src/input.ts, excerpts in the engine's `excerpt`.
 */

/** File name of a path or URI path. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/** Extensions WireDiff treats as articles (text, markdown, HTML). */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'] as const;

export function isArticleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/** True for a report WireDiff wrote (`NAME.wirediff.md`, `.html`): never an article, nor a canonical text. */
export function isWireDiffReport(name: string): boolean {
  return /\.wirediff\.(?:md|html?)$/i.test(name);
}
