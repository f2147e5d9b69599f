/**
 * Words read as one for alignment, over both texts: an acronym and the name it stands for,
 * a figure written partly in words and the figure in digits, two words and the compound
 * they make. Each returns the token lists with such runs read as the one word. Used by align.ts.
 */
import type { Token } from './text';
import type { AlignDoc } from './alignTerms';
import { partHash, partHashOn } from './hash';
import { IdBytes } from './idBytes';
import { mapList } from './lists';
import { isMultiplier, isTens, isUnit } from './numberWords';

/** The longest acronym read (letters). */
const MAX_ACRONYM = 6;
/** Small words an organisation's name may hold that its acronym skips ("Food and Agriculture Organization"). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * Acronyms and what they stand for: a word written in capitals ("HRW", "U.N.") that the
 * initials of a run of capitalised words spell, somewhere in either text ("Human Rights
 * Watch"), is the same name. In each sentence that spells it out, the run counts as the
 * acronym, so that a copy writing "HRW" links with an original writing the name in full, and
 * the other way round. Returns the token lists so read (the others as they were).
 */
export function withAcronyms(docs: readonly AlignDoc[], lists: Array<Array<Token[] | null>>): Array<Array<Token[] | null>> {
  // The acronyms of either text, by their letters, lower case; and the words also written
  // otherwise than in capitals (a word set in capitals in a headline, "CRUISE", is no acronym).
  const acronyms = new Map<string, Token>();
  // By key id: 1 for a word written otherwise (an index per capitalised word, not a set's hash).
  const written = new IdBytes();
  docs.forEach((doc) =>
    doc.tokens.forEach((ts, i) => {
      const s = doc.sentences[i]!;
      for (const t of ts) {
        if (!t.cap || t.num !== null) continue;
        // Most capitalised words are written "Word": no acronym, and nothing to slice.
        const second = s.text.charCodeAt(t.start - s.start + 1);
        if (t.end - t.start > 2 * MAX_ACRONYM || !((second >= 65 && second <= 90) || second === 46)) {
          written.set(t.id, 1);
          continue;
        }
        const surface = s.text.slice(t.start - s.start, t.end - s.start);
        const letters = /^[A-Z]{2,6}$/.test(surface) ? surface : /^(?:[A-Z]\.){2,6}$/.test(surface) ? surface.replace(/\./g, '') : null;
        if (!letters) written.set(t.id, 1);
        else if (!acronyms.has(letters.toLowerCase())) acronyms.set(letters.toLowerCase(), t);
      }
    }),
  );
  for (const [letters, t] of acronyms) if (written.get(t.id)) acronyms.delete(letters);
  if (!acronyms.size) return lists;
  // The beginnings of the acronyms ("h", "hr" of "hrw"): a run whose initials begin none spells none however it goes on.
  const beginnings = new Set<string>();
  for (const letters of acronyms.keys()) for (let k = 1; k < letters.length; k++) beginnings.add(letters.slice(0, k));
  return replaceRuns(lists, (ts, i) => {
    const t0 = ts[i]!;
    if (!t0.cap || !t0.content || t0.num !== null) return null;
    // The longest run from here whose initials (small words skipped) spell an acronym.
    let match: { end: number; token: Token } | null = null;
    let initials = '';
    for (let j = i; j < ts.length && initials.length < MAX_ACRONYM; j++) {
      const t = ts[j]!;
      if (j > i && ACRONYM_SKIPS.has(t.norm)) continue;
      if (!t.cap || t.num !== null) break;
      initials += t.norm[0]!;
      const acronym = j > i ? acronyms.get(initials) : undefined;
      if (acronym) match = { end: j, token: acronym };
      if (!beginnings.has(initials)) break;
    }
    return match;
  });
}

/** The most words after a figure that multiply it ("two hundred thousand"). */
const MAX_MULTIPLIERS = 2;

/**
 * Figures written partly in words and in digits ("five thousand" / "5,000", "18-hundred" /
 * "1,800", "2.5 million" / "2,500,000", "twenty-three thousand" / "23,000"): a figure followed
 * by words that multiply it (a number word of a hundred or more: "hundred", "thousand",
 * "million") counts as their product, a tens word and a units word after it as their sum, and
 * the lower bound of a range as multiplied as the upper ("three to five thousand" / "3,000 to
 * 5,000"), when a text writes that figure so. Returns the token lists so read (the others as they were).
 */
export function withFigures(docs: readonly AlignDoc[], lists: Array<Array<Token[] | null>>): Array<Array<Token[] | null>> {
  const figures = new Map<number, Token>();
  let inWords = false;
  for (const doc of docs)
    for (const ts of doc.tokens)
      for (const t of ts) {
        if (t.num === null) continue;
        if (!figures.has(t.num)) figures.set(t.num, t);
        if (isMultiplier(t) || isTens(t)) inWords = true;
      }
  if (!inWords) return lists;
  return replaceRuns(lists, (ts, i) => {
    const t = ts[i]!;
    if (t.num === null || isMultiplier(t)) return null;
    let value = t.num;
    let end = i;
    if (isTens(t) && isUnit(ts[i + 1]) && ts[i + 1]!.start - t.end <= 1) value += ts[++end]!.num!;
    const before = end;
    value *= multipliers(ts, end);
    end += multipliersAfter(ts, end);
    // The lower bound of a range takes the upper bound's multipliers.
    if (end === before && RANGE.has(ts[end + 1]?.norm ?? '') && ts[end + 2]?.num != null && ts[end + 2]!.num! > value) value *= multipliers(ts, end + 2);
    const figure = value !== t.num ? figures.get(Math.round(value * 1000) / 1000) : undefined;
    return figure ? { end, token: figure } : null;
  });
}

/** Words between the two bounds of a range ("three to five thousand"). */
const RANGE = new Set(['to', 'and', 'or']);

/** How many words right after token `k` multiply it (`MAX_MULTIPLIERS` at most; nothing but a space or a hyphen between them). */
function multipliersAfter(ts: readonly Token[], k: number): number {
  let n = 0;
  while (n < MAX_MULTIPLIERS && k + n + 1 < ts.length && isMultiplier(ts[k + n + 1]!) && ts[k + n + 1]!.start - ts[k + n]!.end <= 1) n++;
  return n;
}

/** The product of the words that multiply token `k` (1 for none). */
function multipliers(ts: readonly Token[], k: number): number {
  let m = 1;
  for (let n = 1; n <= multipliersAfter(ts, k); n++) m *= ts[k + n]!.num!;
  return m;
}

/**
 * Token lists with runs read as one word: `at(ts, i)` gives the run starting at `i` (its last
 * index and the token it counts as) or null. A list with no run is returned as it was.
 */
function replaceRuns(
  lists: Array<Array<Token[] | null>>,
  at: (ts: Token[], i: number) => { end: number; token: Token } | null | undefined,
): Array<Array<Token[] | null>> {
  return mapList(lists, (list) =>
    mapList(list, (ts) => {
      if (!ts) return ts;
      let out: Token[] | null = null;
      for (let i = 0; i < ts.length; i++) {
        const run = at(ts, i);
        if (run) {
          out ??= ts.slice(0, i);
          out.push(run.token);
          i = run.end;
        } else if (out) out.push(ts[i]!);
      }
      return out ?? ts;
    }),
  );
}

/**
 * Words written closed or open ("MadiDrop" / "Madi Drop", "website" / "web site"): two
 * neighbouring words whose letters together make a word of either text count as that word.
 * Returns the token lists so read (the others as they were).
 */
export function withCompounds(docs: readonly AlignDoc[], lists: Array<Array<Token[] | null>>): Array<Array<Token[] | null>> {
  // The words of the texts with their norm ids (each form once, found by its id: an index per
  // token, not a hash of its string), and those of six letters or more.
  const vocabulary = new Map<string, number>();
  const seen = new IdBytes();
  // The words' hashes (see `partHash`): a long word's parts are looked up by number, and cut
  // out of it (a string each) only when both may be words: most parts of most words are none.
  const hashes = new Set<number>();
  const long: Token[] = [];
  for (const doc of docs)
    for (const ts of doc.tokens)
      for (const t of ts) {
        if (!t.content || t.num !== null || seen.get(t.nid)) continue;
        seen.set(t.nid, 1);
        vocabulary.set(t.norm, t.nid);
        hashes.add(partHash(t.norm, 0, t.norm.length));
        if (t.norm.length >= 6) long.push(t);
      }
  // First part → second part → the whole word, for each long word that two words of the texts make.
  const parts = new Map<string, Map<string, Token>>();
  for (const w of long) {
    const norm = w.norm;
    // The hash of the first part, one letter longer at each step.
    let head = partHash(norm, 0, 1);
    for (let k = 2; k <= norm.length - 2; k++) {
      head = partHashOn(head, norm.charCodeAt(k - 1));
      if (!hashes.has(head) || !hashes.has(partHash(norm, k, norm.length))) continue;
      const first = norm.slice(0, k);
      const second = norm.slice(k);
      if (!vocabulary.has(first) || !vocabulary.has(second)) continue;
      let m = parts.get(first);
      if (!m) parts.set(first, (m = new Map()));
      m.set(second, w);
    }
  }
  if (!parts.size) return lists;
  // The first parts by norm id: most words are none, and are passed by an index.
  const firsts = new IdBytes();
  for (const first of parts.keys()) firsts.set(vocabulary.get(first)!, 1);
  return replaceRuns(lists, (ts, i) => {
    const t = ts[i]!;
    const next = ts[i + 1];
    const whole = next && t.content && firsts.get(t.nid) ? parts.get(t.norm)?.get(next.norm) : undefined;
    // Neighbours in the text (nothing but a space or a hyphen between them).
    return whole && next!.start - t.end <= 1 ? { end: i + 1, token: whole } : null;
  });
}
