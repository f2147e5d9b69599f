/**
 * A note or page marker left in a copy's prose: a bare one- or two-digit number standing alone
 * between two words the other side keeps side by side ("the body's defense 4 system", "the
 * Director of Vaccines 5 at the"), as a saved page or a PDF leaves its footnote references and
 * page numbers in the running text. It counts nothing: no finding of a figure added or dropped.
 *
 * A count stands after a function word, a verb of the story or a sentence's start ("the 2
 * men", "killed 3 people", "has 4 children"): those stay figures. A marker stands after a word
 * that carries content and does not read as a verb (-ed, -ing): the end of a noun phrase.
 *
 * Marks numbered in order through a text (a learner's copy marking its glossary words "showed 2
 * that", "qualifying 3 races", "2)the planet") are marks after any word: see `noteMarks`.
 */
import type { Token } from '../text';
import type { DetectContext } from './context';
import type { GroupSide, Hunk } from './group';

/** A figure of one or two digits, ASCII or full-width ("７", "１２": the tokenizer reads those as their ASCII forms, text.ts). */
const BARE = /^[0-9０-９]{1,2}$/;
const WORD = /^\p{L}[\p{L}'’-]*$/u;
const VERB_FORM = /(?:ed|ing)$/i;

/**
 * Whether token `i` of `side` is a stray marker: alone in its run of change `h` (the other side
 * has nothing there), its two neighbours matched on the other side (`eq`), in one sentence, a
 * single space on either side of it.
 */
export function strayMarker(side: GroupSide, eq: Uint8Array, h: Hunk | undefined, i: number, article: boolean): boolean {
  if (!h) return false;
  const [own0, own1, other0, other1] = article ? [h.a0, h.a1, h.c0, h.c1] : [h.c0, h.c1, h.a0, h.a1];
  if (own1 - own0 !== 1 || other1 !== other0 || own0 !== i) return false;
  const t = side.tokens;
  const prev: Token | undefined = t[i - 1];
  const next: Token | undefined = t[i + 1];
  const self = t[i]!;
  const s = side.text;
  if (noteMark(side, i)) return true;
  if (!prev || !next || !eq[i - 1] || !eq[i + 1]) return false;
  if (s.slice(prev.end, self.start) !== ' ' || s.slice(self.end, next.start) !== ' ') return false;
  if (!BARE.test(s.slice(self.start, self.end))) return false;
  const before = s.slice(prev.start, prev.end);
  if (!WORD.test(before) || !WORD.test(s.slice(next.start, next.end))) return false;
  if (!prev.content || VERB_FORM.test(before)) return false;
  return sameSentence(side, i - 1, i + 1);
}

/** Whether token `i` of `side` is a note mark of its text (`noteMarks`). */
export function noteMark(side: GroupSide, i: number): boolean {
  const t = side.tokens[i]!;
  return BARE.test(side.text.slice(t.start, t.end)) && noteMarks(side.text).has(t.start);
}

/**
 * A figure of one or two digits standing alone: not part of a longer figure, a decimal, a time or a
 * date; in ASCII or full-width digits, as text.ts reads a figure ("１．５", "１０：１５", "８，０００"; a
 * full-width comma only before a group of three digits).
 */
const SMALL = /(?<![0-9０-９.,:/．：／])[0-9０-９]{1,2}(?![0-9０-９]|[.,:/．：／][0-9０-９]|，[0-9０-９]{3}(?![0-9０-９]))/g;

/** The value of a figure of ASCII or full-width digits ("１２" is 12). */
function valueOf(digits: string): number {
  let v = 0;
  for (let k = 0; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return v;
}

/** The last texts read by `noteMarks`, with their marks (a comparison reads two texts, again and again). */
const marksOf = new Map<string, ReadonlySet<number>>();

/**
 * The offsets of a text's note marks: its small figures when they run 1, 2, 3 … in order, at
 * least to 3, each repeated at most once (a mark may open and close its word, "1)word … word1"),
 * no other small figure between them. Counts in a story do not run so: another figure falls
 * between them, or they do not start at 1.
 */
export function noteMarks(text: string): ReadonlySet<number> {
  let out = marksOf.get(text);
  if (out) return out;
  const marks = new Set<number>();
  let run: number[] = [];
  let last = 0;
  let repeated = false;
  const flush = (): void => {
    if (last >= 3) for (const o of run) marks.add(o);
    run = [];
    last = 0;
  };
  for (const m of text.matchAll(SMALL)) {
    const v = valueOf(m[0]);
    if (run.length && v === last && !repeated) repeated = true;
    else if (run.length && v === last + 1) {
      last = v;
      repeated = false;
    } else {
      flush();
      if (v !== 1) continue;
      last = 1;
      repeated = false;
    }
    run.push(m.index);
  }
  flush();
  if (marksOf.size >= 4) marksOf.clear();
  marksOf.set(text, marks);
  return marks;
}

function sameSentence(side: GroupSide, a: number, b: number): boolean {
  const x = side.sentences.find((y) => y.from <= a && a < y.to);
  return !x || b < x.to;
}

/** Whether a figure of tokens `toks` (on the article side if `article`) is a stray marker. */
export function strayFigure(ctx: DetectContext, toks: readonly number[], article: boolean): boolean {
  const i = toks[0]!;
  return toks.length === 1 && strayMarker(article ? ctx.A : ctx.C, article ? ctx.aEq : ctx.cEq, ctx.hunks[article ? ctx.hunkOfA(i) : ctx.hunkOfC(i)], i, article);
}
