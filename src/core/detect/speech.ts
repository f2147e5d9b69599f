/**
 * Where a source's words stand beyond its own sentence: the quotation a speech tag attributes
 * (which may open sentences or paragraphs before the tag's group), and the sentences just before
 * a group (where a speaker is introduced, or a report begins that the group's sentence goes on
 * with). Helpers of the attribution detector, over the whole text each side carries.
 */
import type { Lexicon } from '../lexicon';
import type { Span } from '../types';
import type { DetectContext } from './context';
import type { GroupSide } from './group';

/** Only marks and punctuation between a quotation and its speech tag (`,” he said`, `: “`). */
const TAG_GAP = /^[\s,.;:!?"“”‘’«»„‹›—–-]*$/;

/**
 * The quotations a canonical speech tag (tokens `cTok`) attributes, when it closes or opens
 * one: the canonical quotation that ends just before the tag or starts just after it (it may
 * open sentences before the group: the tag attributes all of it), and the article's quotation
 * in the group in its place. 'moved' when the article introduces that quotation with a
 * reporting verb before it opens ("He said he wrote … “who said …”"): the tag moved, not dropped.
 */
export function tagQuotes(ctx: DetectContext, cTok: number[], verbs: ReadonlySet<string>): { cQuote?: Span; aQuote?: Span } | 'moved' {
  const { C, A } = ctx;
  const cq = C.quotes;
  if (!cq?.length || !cTok.length) return {};
  const first = C.tokens[Math.min(...cTok)]!;
  const last = C.tokens[Math.max(...cTok)]!;
  let cQuote: Span | undefined;
  let before = true;
  for (const q of cq) {
    if (q.end <= first.start && TAG_GAP.test(C.text.slice(q.end, first.start))) cQuote = q;
    else if (q.start >= last.end && !cQuote && TAG_GAP.test(C.text.slice(last.end, q.start))) (cQuote = q), (before = false);
    if (q.start >= last.end) break;
  }
  if (!cQuote) return {};
  // The article's quotation in the group: the last one (a tag after its quotation) or the first.
  const from = A.sentences[0]!.start;
  const to = A.sentences[A.sentences.length - 1]!.end;
  const inGroup = (A.quotes ?? []).filter((q) => q.start < to && from < q.end);
  const aQuote = before ? inGroup[inGroup.length - 1] : inGroup[0];
  // The tag's source words (its verb aside): the speaker the copy may name as it opens the quotation.
  const speaker = cTok.map((i) => C.tokens[i]!).filter((t) => t.content && !verbs.has(t.norm)).map((t) => t.norm);
  if (aQuote && introducedBefore(A, aQuote, verbs, speaker)) return 'moved';
  // A quotation longer than a few paragraphs is more likely a mark read wrong than one speaker's words: not extended.
  const fits = (q: Span | undefined): q is Span => !!q && q.end - q.start <= QUOTE_MAX;
  return { ...(fits(cQuote) ? { cQuote } : {}), ...(fits(aQuote) ? { aQuote } : {}) };
}

/** The longest quotation (in characters) a speech tag's finding extends over. */
const QUOTE_MAX = 1200;

/**
 * Whether the sentence a quotation opens in has a reporting verb before the quotation's first mark,
 * or opens it with a comma or colon after words that name the tag's `speaker` (its source's words,
 * every one): "NASA administrator Charlie Bolden cheered, “…" gives the speaker whatever the verb.
 */
function introducedBefore(side: GroupSide, q: Span, verbs: ReadonlySet<string>, speaker: readonly string[] = []): boolean {
  const head = side.text.slice(Math.max(0, q.start - 400), q.start);
  // Back to the end of the sentence or paragraph before.
  const cut = Math.max(head.lastIndexOf('\n'), ...[...head.matchAll(/[.!?]["”’»]?\s/g)].map((m) => m.index! + m[0].length - 1));
  const lead = head.slice(cut + 1);
  const words: string[] = lead.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((w) => verbs.has(w))) return true;
  return speaker.length > 0 && /[,:]\s*["“«„‘]?$/.test(lead) && speaker.every((w) => words.includes(w));
}

/** How far back, in characters, the sentences "just before" a group reach. */
const BEFORE = 400;

/** The text of the sentences just before offset `at` (a side's first sentence by default), in the same paragraph or the one before. */
function textBefore(side: GroupSide, at = side.sentences[0]!.start): string {
  return side.text.slice(Math.max(0, at - BEFORE), at);
}

/** The head of a source's name: its last content word, when capitalised ("Wells" of "Mr Wells"; none for "Wells's assistant"). */
export function sourceHead(side: GroupSide, a: { source: number[]; verb: number }, lex: Lexicon): string | null {
  const content = a.source.filter((j) => side.tokens[j]!.content && j !== a.verb && !lex.pronouns.has(side.tokens[j]!.norm));
  const last = side.tokens[content[content.length - 1] ?? -1];
  if (!last?.cap) return null;
  const head = side.text.slice(last.start, last.end).replace(/[’']s$/, '');
  return head.length < 2 ? null : head;
}

/** Whether the sentences just before offset `at` of a side (its first sentence by default) have the word `head`. */
export function namedBefore(side: GroupSide, head: string, at?: number): boolean {
  const words: string[] = textBefore(side, at).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.includes(head);
}

/** Whether the canonical names an article's added source in the sentences just before the group. */
export function namedJustBefore(C: GroupSide, A: GroupSide, a: { source: number[]; verb: number }, lex: Lexicon): boolean {
  const head = sourceHead(A, a, lex);
  return !!head && namedBefore(C, head);
}

/** Whether the sentence just before a side's first sentence, in its paragraph, reports someone's words: a reporting verb in it. */
export function reportBefore(side: GroupSide, lex: Lexicon): boolean {
  const before = textBefore(side);
  // A new paragraph starts afresh.
  if (/\n\s*$/.test(before)) return false;
  const ends = [...before.trimEnd().slice(0, -1).matchAll(/[.!?]["”’»]?\s|\n/g)];
  const last = ends.length ? ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length : 0;
  const words = before.slice(last).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => lex.attributionVerbs.has(w));
}
