/**
 * WireDiff engine: pure TypeScript over strings and UTF-16 offsets. No `vscode`, no
 * Node APIs: the CLI and the extension are thin front ends over this module.
 */
export * from './types';
export { compare, compareWith, prepareCanonical, DEFAULT_SIMILARITY_THRESHOLD, type PreparedCanonical } from './compare';
export { segment } from './segment';
export { readArticle, readHtml, looksLikeHtml, isHtmlPath, toSourceComparison, toSourceSpan, fromSourceOffset, type ReadText } from './markup';
export { detectLanguage } from './lang';
export * from './filter';
export { contentHash } from './hash';
// Many versions: coverage matrix, lineage, verdicts. (The renderers are in src/report/.)
export * from './matrix';
export * from './lineage';
export * from './verdicts';
