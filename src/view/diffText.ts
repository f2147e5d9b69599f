/**
 * Turns the engine's word diff (`Alignment.diff`) into display tokens with the
 * white space that stood between the words in the source texts, so the panel
 * and the hover can show one readable line: kept words plain, canonical-only
 * words struck, article-only words marked. Pure (no `vscode` import).
 */
import type { DiffPart, Span } from '../core/types';

export interface DiffToken {
  op: DiffPart['op'];
  /** The words, without surrounding white space. */
  text: string;
  /** White space to show after the token ('' or ' '). */
  after: string;
  /** True when the token belongs to the finding being shown (overlaps its spans). */
  focus?: boolean;
}

const LEADING_PUNCT = /^[,.;:!?)\]}”’»%]/;

export interface DiffTextOptions {
  /** The canonical text the `canonical` spans index into. */
  canonicalText?: string;
  /** The article text the `article` spans index into. */
  articleText?: string;
  /** Spans of one finding: tokens overlapping them get `focus`. */
  focusCanonical?: readonly Span[];
  focusArticle?: readonly Span[];
}

export function diffTokens(parts: readonly DiffPart[], opts: DiffTextOptions = {}): DiffToken[] {
  const out: DiffToken[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const text = p.text.replace(/\s+/g, ' ');
    const core = text.trim();
    if (!core) {
      // A white-space-only part: it only separates its neighbours.
      if (out.length) out[out.length - 1]!.after = ' ';
      continue;
    }
    if (/^\s/.test(text) && out.length) out[out.length - 1]!.after = ' ';
    let after: string;
    if (/\s$/.test(text)) after = ' ';
    else {
      const src = p.op === 'insert' ? opts.articleText : opts.canonicalText;
      const span = p.op === 'insert' ? p.article : p.canonical;
      if (src !== undefined && span) {
        after = /\s/.test(src.charAt(span.end)) ? ' ' : '';
      } else {
        const next = parts[i + 1]?.text.trimStart() ?? '';
        after = next && !LEADING_PUNCT.test(next) ? ' ' : '';
      }
    }
    const tok: DiffToken = { op: p.op, text: core, after };
    if (isFocused(p, opts)) tok.focus = true;
    out.push(tok);
  }
  // Within a run of changes, the canonical words first, then the article's:
  // "~~constellation~~ **constants**" reads as a replacement.
  for (let i = 0; i < out.length; ) {
    if (out[i]!.op === 'equal') {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j]!.op !== 'equal') j++;
    const run = out.slice(i, j);
    const lastAfter = run[run.length - 1]!.after;
    const sorted = [...run.filter((t) => t.op === 'delete'), ...run.filter((t) => t.op === 'insert')];
    // Inside the run every token is followed by a space; the run keeps its original trailing space.
    sorted.forEach((t, k) => (t.after = k === sorted.length - 1 ? lastAfter : ' '));
    out.splice(i, j - i, ...sorted);
    i = j;
  }
  // A deleted word and the inserted word that replaces it share their spacing:
  // "constellation␣constants" reads better than "constellationconstants".
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.op !== b.op && a.op !== 'equal' && b.op !== 'equal' && a.after === '') a.after = ' ';
  }
  if (out.length) out[out.length - 1]!.after = '';
  return out;
}

function overlaps(s: Span | undefined, spans: readonly Span[] | undefined): boolean {
  if (!s || !spans) return false;
  for (const t of spans) {
    if (s.start < t.end && t.start < s.end) return true;
  }
  return false;
}

function isFocused(p: DiffPart, o: DiffTextOptions): boolean {
  if (p.op === 'equal') return false;
  return overlaps(p.canonical, o.focusCanonical) || overlaps(p.article, o.focusArticle);
}

/** The canonical side of a diff as plain text (equal + delete tokens). */
export function canonicalSide(tokens: readonly DiffToken[]): string {
  return side(tokens, 'insert');
}

/** The article side of a diff as plain text (equal + insert tokens). */
export function articleSide(tokens: readonly DiffToken[]): string {
  return side(tokens, 'delete');
}

function side(tokens: readonly DiffToken[], skip: DiffPart['op']): string {
  let s = '';
  for (const t of tokens) {
    if (t.op === skip) continue;
    s += t.text + t.after;
  }
  return s.trim();
}
