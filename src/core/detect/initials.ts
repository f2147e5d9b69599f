/**
 * A name written out on one side and as its initials on the other ("the United States" /
 * "the U.S.", "the World Health Organization" / "the WHO"), or as its abbreviation with a
 * point ("Florida" / "Fla.", "Governor" / "Gov."): the same name in another house
 * style, no fact changed. This detector reports nothing; it claims both spellings, so that
 * the detectors after it do not read the name as dropped, or its initials as a clause or a
 * new name. (An acronym such as "US" or "WHO" is also an English function word, so the word
 * diff cannot match it to anything by itself.)
 */
import type { Detector } from './context';
import type { GroupSide } from './group';
import { isAcronym, range, sentenceOf } from './tokens';

export const initialsDetector: Detector = {
  name: 'initials',
  summary: 'run',
  run(ctx) {
    const { C, A, hunks, cClaim, aClaim } = ctx;
    for (const h of hunks) {
      const cs = range(h.c0, h.c1).filter((i) => !cClaim[i]);
      const as = range(h.a0, h.a1).filter((j) => !aClaim[j]);
      for (const [x, xs, y, ys, xClaim, yClaim] of [
        [C, cs, A, as, cClaim, aClaim],
        [A, as, C, cs, aClaim, cClaim],
      ] as const) {
        const run = spelledRun(x, xs, y, ys);
        if (!run) continue;
        for (const i of run.name) xClaim[i] = 1;
        yClaim[run.initials] = 1;
        break;
      }
      for (const [x, xs, y, ys, xClaim, yClaim] of [
        [C, cs, A, as, cClaim, aClaim],
        [A, as, C, cs, aClaim, cClaim],
      ] as const) {
        for (const i of xs) {
          // Most words have no point after them: the cheap test first.
          const t = x.tokens[i]!;
          if (x.text.charCodeAt(t.end) !== 46 || !t.cap || t.end - t.start > 5) continue;
          const j = ys.find((k) => !yClaim[k] && abbreviates(x, i, y, k));
          if (j === undefined || xClaim[i]) continue;
          xClaim[i] = 1;
          yClaim[j] = 1;
        }
      }
    }
  },
};

/**
 * Whether token i of x is an abbreviation with a point of the capitalised word j of y, as
 * abbreviations are made, by cutting a word short or leaving letters out ("Fla." / "Florida",
 * "Calif." / "California", "Gov." / "Governor", "Md." / "Maryland"): a capitalised word of two
 * to five letters written with a point after it, whose letters stand in the other word in their
 * order, from its first, the other word three letters longer at least. A word cut to its first
 * letter ("N. Ireland" / "Northern Ireland", "Ann L. Moss" / "Ann Louise Moss") only before a
 * capitalised word both sides write next (`initialOf`): one letter alone could stand for anything.
 */
export function abbreviates(x: GroupSide, i: number, y: GroupSide, j: number): boolean {
  const short = written(x, i);
  const long = written(y, j);
  if (/^\p{Lu}$/u.test(short)) return initialOf(x, i, y, j);
  // Short, and cut by three letters or more: a sentence's last word and its point ("India.") is no abbreviation of "Indian".
  if (!capital(y, j) || x.text[x.tokens[i]!.end] !== '.' || !/^\p{Lu}\p{Ll}{1,4}$/u.test(short) || long.length < short.length + 3) return false;
  if (short[0] !== long[0]) return false;
  let k = 1;
  const lower = long.toLowerCase();
  for (const ch of short.slice(1)) {
    k = lower.indexOf(ch, k) + 1;
    if (k === 0) return false;
  }
  return true;
}

/**
 * Whether token i of x, one capital letter with a point after it, is the first letter of the
 * capitalised word j of y (four letters or more), the same capitalised word after each: a point
 * of the compass or a middle name cut short in one name ("S. Korea", "John F. Smith").
 */
function initialOf(x: GroupSide, i: number, y: GroupSide, j: number): boolean {
  const long = written(y, j);
  if (x.text[x.tokens[i]!.end] !== '.' || !capital(y, j) || long.length < 4 || long[0] !== written(x, i)) return false;
  const a = x.tokens[i + 1];
  const b = y.tokens[j + 1];
  return !!a && !!b && a.key === b.key && capital(x, i + 1) && sentenceOf(x, i) === sentenceOf(x, i + 1) && sentenceOf(y, j) === sentenceOf(y, j + 1);
}

/**
 * Within a hunk, a run of capitalised words of side x (small words such as "of" or "and"
 * inside it allowed) whose initials are the one acronym token of side y's hunk, alone or
 * with "the" beside it; null when there is none.
 */
export function spelledRun(
  x: GroupSide,
  xs: readonly number[],
  y: GroupSide,
  ys: readonly number[],
): { name: number[]; initials: number } | null {
  const acronyms = ys.filter((j) => acronymLetters(y, j) !== null);
  if (acronyms.length !== 1) return null;
  const initials = acronyms[0]!;
  const name = nameSpelling(x, xs, acronymLetters(y, initials)!);
  return name ? { name, initials } : null;
}

/** The letters of an acronym token ("U.S." → "US", "WHO"): two to six capitals, dots aside; null for any other word. */
export function acronymLetters(side: GroupSide, i: number): string | null {
  // Most words open on a letter in lower case: no acronym, known without a copy of the word. (An
  // ASCII character other than a point that opens it opens the letters too, and only A-Z are capitals.)
  const first = side.text.charCodeAt(side.tokens[i]!.start);
  if (first < 128 && first !== 46 && (first < 65 || first > 90)) return null;
  const letters = written(side, i).replace(/\./g, '');
  return isAcronym(letters) ? letters : null;
}

/** The name among y's tokens `ys` (a run of them, as runSpelling reads it) whose initials are `letters`; null when none. */
export function nameSpelling(y: GroupSide, ys: readonly number[], letters: string): number[] | null {
  for (let s = 0; s < ys.length; s++) {
    const name = runSpelling(y, ys, s, letters);
    if (name) return name;
  }
  return null;
}

/**
 * Whether a token of `xs` (on side X) written in capitals ("HRW", "U.N.") spells the initials of
 * a name among the words `ys` of side Y ("Human Rights Watch", "the United Nations Security Council").
 */
export function spellsInitials(X: GroupSide, xs: readonly number[], Y: GroupSide, ys: readonly number[]): boolean {
  return xs.some((i) => {
    const letters = acronymLetters(X, i);
    return letters !== null && nameSpelling(Y, ys, letters) !== null;
  });
}

/**
 * Every name of x's tokens `xs` written as its initials among y's tokens `ys` ("the United States
 * intends" / "the U.S. intends"): each acronym of `ys` with the first run of `xs` that spells it.
 * A token takes part in one pair at most.
 */
export function initialsPairs(x: GroupSide, xs: readonly number[], y: GroupSide, ys: readonly number[]): { name: number[]; initials: number }[] {
  const out: { name: number[]; initials: number }[] = [];
  const used = new Set<number>();
  for (const j of ys) {
    const want = acronymLetters(y, j);
    if (want === null) continue;
    for (let s = 0; s < xs.length; s++) {
      if (used.has(xs[s]!)) continue;
      const name = runSpelling(x, xs, s, want);
      if (!name || name.some((i) => used.has(i))) continue;
      for (const i of name) used.add(i);
      out.push({ name, initials: j });
      break;
    }
  }
  return out;
}

/**
 * The run of x's tokens from `xs[s]` on (consecutive tokens, capitalised words, small words such
 * as "of" or "and" inside, in either case) whose initials are `want`; null when the run there
 * spells none. The one reader of a name's initials: the initials detector, the quote detector
 * (spelledRun, initialsPairs), the name and attribution detectors and rewording (spellsInitials,
 * nameSpelling) all read a name through it.
 */
function runSpelling(x: GroupSide, xs: readonly number[], s: number, want: string): number[] | null {
  if (!capital(x, xs[s]!)) return null;
  let letters = '';
  const name: number[] = [];
  for (let k = s; k < xs.length && (k === s || xs[k] === xs[k - 1]! + 1); k++) {
    const i = xs[k]!;
    if (!x.tokens[i]!.content && k > s && written(x, i).length <= 3) {
      // a small word inside the name ("of", "and", "for", "Of" in a title): it has no initial
    } else if (capital(x, i)) letters += written(x, i)[0]!.toUpperCase();
    else break;
    name.push(i);
    if (letters === want && capital(x, i)) return name;
    if (letters.length >= want.length) break;
  }
  return null;
}

function written(side: GroupSide, i: number): string {
  const t = side.tokens[i]!;
  return side.text.slice(t.start, t.end);
}

function capital(side: GroupSide, i: number): boolean {
  const t = side.tokens[i]!;
  return t.cap && t.num === null && /^\p{Lu}\p{Ll}/u.test(written(side, i));
}

/** What stands between a name and its initials given beside it: "Name (NM)", "Name, NM,", "Name – NM". */
const BESIDE = /^\s*[(,–—-]\s*$/;

/**
 * Whether token `i` of `side` is one half of a name and its initials written side by side in
 * one sentence ("the Northern Grain Council (NGC)", "the League of Coastal Ports, LCP,"),
 * whose other half `kept` keeps: the text names the thing twice, so a copy that writes one of
 * the two names it still. (The acronym's run is read by `runSpelling`, as every reader of initials does.)
 */
export function besideItsInitials(side: GroupSide, i: number, kept: (k: number) => boolean): boolean {
  const s = side.sentences[sentenceOf(side, i)];
  if (!s || i < s.from || i >= s.to) return false;
  const t = side.tokens;
  // The acronym is `i` or one of the few tokens after it, its name the run that ends just before it.
  for (let j = i; j < Math.min(s.to, i + 12); j++) {
    const letters = acronymLetters(side, j);
    if (letters === null || !BESIDE.test(side.text.slice(t[j - 1]?.end ?? 0, t[j]!.start)) || j - 1 < s.from) continue;
    for (let from = j - 1; from >= Math.max(s.from, j - 12); from--) {
      const name = runSpelling(side, range(from, j), 0, letters);
      if (!name || name[name.length - 1] !== j - 1) continue;
      if (i === j) return name.every(kept);
      if (name.includes(i)) return kept(j);
    }
  }
  return false;
}
