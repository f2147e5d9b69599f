/**
 * What WireDiff reads from a file, as `wirediff read` shows it: the file's blocks (paragraphs,
 * headings, list items…) with their role, and the sentences the engine compares, every offset
 * into the file. For a web page the roles come from its article (article.ts); for plain text
 * and Markdown from the sentences in each paragraph.
 */
import { detectLanguage } from './lang';
import { localeFor, tokenizerContext } from './tokenizerContext';
import { segment } from './segment';
import { markPage, pageMarks, toSourceSpan, type BlockRole, type PageMarks, type ReadBlock, type ReadText } from './readText';
import type { SegmentKind, Sentence, Span } from './types';

export interface DocumentBlock {
  start: number;
  end: number;
  text: string;
  role: BlockRole;
}

/** A sentence as `wirediff read` shows it: a compared sentence's id, offsets, text and kind. */
export type DocumentSentence = Pick<Sentence, 'id' | 'start' | 'end' | 'text' | 'kind'>;

export interface ReadDocument {
  version: 1;
  path: string;
  language: string;
  /** True for a web page in which no article was found. */
  noArticle: boolean;
  blocks: DocumentBlock[];
  sentences: DocumentSentence[];
}

/**
 * The sentences of a read text, those inside page chrome marked as `boilerplate` (what the
 * comparison does with them: they are never compared as news), each short heading one sentence.
 */
export function segmentRead(text: string, page: PageMarks, language?: string): { language: string; sentences: Sentence[] } {
  // The language is the article's: a page's chrome (an English menu around a French story) is left out.
  const chrome = page.chrome;
  let article = text;
  if (chrome.length) {
    const parts: string[] = [];
    let at = 0;
    for (const c of chrome) {
      parts.push(text.slice(at, c.start));
      at = Math.max(at, c.end);
    }
    parts.push(text.slice(at));
    article = parts.join(' ');
  }
  const lang = language && language !== 'auto' ? language : detectLanguage(article);
  const ctx = tokenizerContext(lang);
  const sentences = markPage(text, segment(text, { locale: localeFor(lang), lexicon: ctx.lexicon }), page);
  return { language: lang, sentences };
}

/** The role of a block whose sentences are all of one kind (`content` for running text, or for several kinds). */
const ROLE_OF: Partial<Record<SegmentKind, BlockRole>> = { boilerplate: 'chrome', heading: 'heading', dateline: 'dateline', credit: 'credit', speaker: 'speaker' };

/** The role the sentences of `sentences[i..j]` give their block. */
function roleOf(sentences: readonly Sentence[], i: number, j: number): BlockRole {
  const kind = sentences[i]!.kind;
  for (let k = i + 1; k <= j; k++) if (sentences[k]!.kind !== kind) return 'content';
  return ROLE_OF[kind] ?? 'content';
}

/** What sets a sentence apart in its paragraph's blocks: chrome and headings are blocks of their own. */
const apart = (s: Sentence): string => (s.kind === 'boilerplate' || s.kind === 'heading' ? s.kind : '');

/**
 * Blocks of a text read without an article: its paragraphs, each with the role of its sentences;
 * chrome or a heading inside a paragraph (a lyrics file's tags and title run into its first words,
 * a headline run on before the lead) a block of its own.
 */
function paragraphBlocks(sentences: readonly Sentence[]): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.paragraph === sentences[i]!.paragraph && apart(sentences[j + 1]!) === apart(sentences[i]!)) j++;
    out.push({ start: sentences[i]!.start, end: sentences[j]!.end, role: roleOf(sentences, i, j) });
    i = j + 1;
  }
  return out;
}

/**
 * A page's article blocks with the role their sentences give them where the page's reading
 * leaves running text: a paragraph that is only a speaker's label ("MR PRICE:") is a label, not
 * content. (The article's headings, datelines and credits are the page reading's.)
 */
function labelBlocks(blocks: readonly ReadBlock[], sentences: readonly Sentence[]): ReadBlock[] {
  if (!sentences.some((s) => s.kind === 'speaker')) return [...blocks];
  return blocks.map((b) => {
    if (b.role !== 'content') return b;
    const inside = sentences.filter((s) => s.start >= b.start && s.end <= b.end);
    return inside.length && inside.every((s) => s.kind === 'speaker') ? { ...b, role: 'speaker' } : b;
  });
}

/** What WireDiff reads from a file: `source` is its text, `read` its read text (null for plain text). */
export function readDocument(path: string, source: string, read: ReadText | null, language?: string): ReadDocument {
  const text = read?.text ?? source;
  const seg = segmentRead(text, pageMarks(read), language);
  const blocks = read?.blocks ? labelBlocks(read.blocks, seg.sentences) : paragraphBlocks(seg.sentences);
  const src = (s: Span): Span => (read ? toSourceSpan(read, s) : { start: s.start, end: s.end });
  return {
    version: 1,
    path,
    language: seg.language,
    noArticle: read?.noArticle ?? false,
    blocks: blocks.map((b) => ({ ...src(b), text: text.slice(b.start, b.end), role: b.role })),
    sentences: seg.sentences.map((s) => ({ id: s.id, ...src(s), text: s.text, kind: s.kind })),
  };
}
