/**
 * Names dropped, made general, or added to a list of names: a person, place or thing the canonical names, which the
 * article's sentence leaves out ("a helipad on the South Col" → "a helipad") or calls by
 * a common noun ("Major-General Jane Roe" → "the chief", "typhoon Xan" → "another storm").
 * Who and where are facts: a reader can no longer check them.
 */
import { isEnglish } from '../lexicon';
import { formsOfOneName } from '../placeNames';
import { inTitleCase } from '../text';
import { quoted } from '../excerpt';
import type { DetectContext, Detector } from './context';
import { hasKeyLike } from './similarity';
import { isSentenceInitial, range, tokensText } from './tokens';
import { identifierAt, inDesignation } from './number';
import { besideItsInitials } from './initials';

/**
 * The common nouns that end a place's name ("Guantanamo Bay", "Vancouver Island", "Quebec City"): left
 * off after the name word the article keeps ("Guantánamo"), the same place, named shorter.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set(['bay', 'island', 'islands', 'river', 'lake', 'valley', 'peninsula', 'gulf', 'strait', 'city', 'county', 'province', 'region', 'district', 'desert', 'sea', 'ocean', 'mountains']);

/**
 * Whether the word at `start` of `text` stands right after a degree sign ("12°C", "54˚F", and
 * the ring or the ordinal mark a keyboard puts for it, "12ºC"): the scale of a temperature, a
 * unit, no name.
 */
const afterDegreeSign = (text: string, start: number): boolean => /[°˚º]/.test(text[start - 1] ?? '');

/** A run of change longer than this (content words) is a clause, for the clause detector. */
const MAX_CONTENT = 6;

export const nameDroppedDetector: Detector = {
  name: 'name-dropped',
  summary: 'skip',
  // A name dropped: a capitalised word the canonical lost, or a figure of a designation
  // ("Flight 214"); a name added to a list: a capitalised word the article added.
  needs: [{ lost: 'capital' }, { lost: 'figure' }, { added: 'capital' }],
  run(ctx) {
    const { C, A, ct, at, hunks, cLost, aNew, cClaim, aClaim, claim, lex } = ctx;
    const english = isEnglish(lex);
    // A title in title case capitalises every word: its capitals are no names (worked out once, when a hunk asks).
    let title: boolean | undefined;
    const isTitle = (): boolean => (title ??= inTitleCase(C.text, ct, C.sentences));
    const isName = (i: number): boolean => {
      const t = ct[i]!;
      if (!t.cap || !cLost[i] || t.num !== null || isSentenceInitial(C, i)) return false;
      // English writes its first person in capitals ("I", "I’m", "I've"): a pronoun, no name.
      if (/^I(?:['’](?:m|ve|ll|d))?$/.test(C.text.slice(t.start, t.end))) return false;
      if (afterDegreeSign(C.text, t.start)) return false;
      // A date word is the time detector's; a capitalised word before a common noun is an
      // adjective ("Martian surface", "Afghan soldiers"), not a name of its own.
      if (lex.dateWords.has(t.norm.replace(/'s$/, ''))) return false;
      // A name given with its initials beside it ("the Grain Council (GC)"), one of the two kept: still named.
      const kept = (k: number): boolean => !cLost[k];
      if (besideItsInitials(C, i, kept)) return false;
      const next = ct[i + 1];
      const prev = ct[i - 1];
      // A first name or title before a name the article keeps ("President Jane Roe" → "Roe",
      // "Bashar al-Assad" → "Assad", "Mrs. Sirleaf" → "Sirleaf": an abbreviation's own full
      // stop parts no name): the same name, shorter.
      for (let k = i + 1; k <= i + 3 && k < ct.length; k++) {
        const u = ct[k]!;
        const gap = C.text.slice(ct[k - 1]!.end, u.start);
        if (!/^[\s-]*$/.test(gap) && !(/^\.\s+$/.test(gap) && lex.abbreviations.has(ct[k - 1]!.norm))) break;
        const written = C.text.slice(u.start, u.end);
        // A date after it ("Punjab on Monday") is no part of a name, nor a list's next item
        // after a conjunction or an article ("Jamaica and the Bahamas", "Cuba and Haiti").
        if (lex.dateWords.has(u.norm.replace(/'s$/, '')) || lex.conjunctions?.has(u.norm) || lex.determiners?.has(u.norm)) break;
        if (/\p{Lu}/u.test(written) && (!cLost[k] || besideItsInitials(C, k, kept))) return false;
        // A short particle inside a name ("al-Assad", "van Gogh", "bin Salman") goes on to the name after it.
        const particle = written.length <= 3 && !!ct[k + 1] && /\p{Lu}/u.test(C.text.slice(ct[k + 1]!.start, ct[k + 1]!.end));
        if (!u.cap && !/\p{Lu}/u.test(written) && u.content && !particle) break;
      }
      // A place's common noun after the name word the article keeps ("Guantanamo Bay" → "Guantánamo"): the same place.
      if (PLACE_HEADS.has(t.norm) && prev && prev.cap && !cLost[i - 1] && /^ +$/.test(C.text.slice(prev.end, t.start))) return false;
      // The name kept in another form ("Turkey" → "Turkish-backed", "Iran" → "Iranian", "France" → "French").
      if (at.some((u) => u.cap && formsOfOneName(t, u, english))) return false;
      const inRun = (x: typeof t | undefined): boolean => !!x && x.cap && !x.num;
      return !(next && next.content && !next.cap && !inRun(prev) && /^\s+$/.test(C.text.slice(t.end, next.start)));
    };
    for (const h of hunks) {
      const run = range(h.c0, h.c1).filter((i) => ct[i]!.content && !cClaim[i]);
      if (run.length === 0 || run.length > MAX_CONTENT) continue;
      // The names of the run, when it is mostly names (a clause that holds one is the clause detector's).
      // A figure of a designation ("Launch Pad 39-B") or an identifier ("Flight 214") is part of the name, not a count.
      const labels = (i: number): boolean => inDesignation(C, i) || identifierAt(C, i, lex, cClaim) !== null;
      // Its figure alone left out, the word it labels kept ("Flight 214" → "the flight"), is a repeat mention, not a name lost.
      const names = range(h.c0, h.c1).filter((i) => !cClaim[i] && (isName(i) || (cLost[i] && ct[i]!.num !== null && !!cLost[i - 1] && labels(i))));
      // Mostly names: half of it or more, or more than half capitalised ("Indian portion of Kashmir": an adjective of a name, and a name).
      const capitalised = run.filter((i) => ct[i]!.cap && !isSentenceInitial(C, i));
      const mostly = names.length * 2 >= run.length || capitalised.length * 2 > run.length;
      if (names.length === 0 || !mostly || isTitle()) continue;
      // What the article says there instead (its verbs of saying aside: "… said Jane Roe" → "… she says").
      const instead = range(h.a0, h.a1).filter((j) => at[j]!.content && !aClaim[j] && !lex.attributionVerbs.has(at[j]!.norm));
      // Another name in its place is a name change (the name detector), not a name made general;
      // but a form of a word of the run ("the Indian portion of Kashmir" → "India") is the wider place.
      const formOfRun = (j: number): boolean => run.some((i) => formsOfOneName(ct[i]!, at[j]!, english));
      // So is another identifier ("Flight 214" → "Flight 241": the number detector's).
      const otherName = (j: number): boolean => (at[j]!.cap && !isSentenceInitial(A, j) && !formOfRun(j)) || (at[j]!.num !== null && identifierAt(A, j, lex, aClaim) !== null);
      if (instead.some((j) => aNew[j] && otherName(j))) continue;
      const name = tokensText(C, names);
      // Still named elsewhere in the article (a possessive aside: "Kenya's" / "Kenya"), and no other
      // name put in its place: the story keeps who or where, only this sentence leaves it out, which
      // is rewording, not a fact lost. A wider place in its place ("Kashmir" → "India") stays a finding.
      const written = (i: number): string => C.text.slice(ct[i]!.start, ct[i]!.end).replace(/['’]s$/, '');
      const elsewhere = names.every((i) => A.text.includes(written(i)));
      const wider = instead.some((j) => at[j]!.cap && !isSentenceInitial(A, j));
      if (elsewhere && !wider) {
        claim({
          kind: 'changed',
          severity: 'low',
          cTok: names,
          aTok: instead,
          reason: instead.length
            ? `The canonical names ${quoted(name, 40)} here, the article ${quoted(tokensText(A, instead), 40)}; it names ${quoted(name, 40)} elsewhere.`
            : `Leaves the name ${quoted(name, 40)} out of this sentence; the article names it elsewhere.`,
        });
        continue;
      }
      claim({
        kind: 'name',
        severity: elsewhere ? 'low' : 'medium',
        cTok: names,
        aTok: instead,
        reason: instead.length
          ? `The canonical names ${quoted(name, 40)} here; the article has ${quoted(tokensText(A, instead), 40)}${elsewhere ? '' : ' and names it nowhere'}.`
          : `Drops the name ${quoted(name, 40)}: the article names it nowhere.`,
      });
    }
    namesAdded(ctx);
  },
};

/**
 * Names added to a list: a run of change of the article's sentence, mostly names, one of them an
 * item of a list of names the canonical's group gives ("Sri Lanka, India and Thailand" → "Sri
 * Lanka, India, Thailand and Indonesia"), where the canonical's side of the run names no one
 * (another name in its place is the name detector's) and its group says none of them, in any form:
 * the places hit, the people charged, the countries that signed are now others. (A name added
 * elsewhere most often says where or who more fully, "Cape Canaveral, Florida": no finding.) When
 * the canonical names them in another sentence, the story said them already: rewording (low).
 */
function namesAdded(ctx: DetectContext): void {
  const { C, A, ct, at, hunks, cLost, aNew, aClaim, cBag, claim, lex } = ctx;
  const english = isEnglish(lex);
  let title: boolean | undefined;
  const isTitle = (): boolean => (title ??= inTitleCase(A.text, at, A.sentences));
  const written = (j: number): string => A.text.slice(at[j]!.start, at[j]!.end).replace(/['’]s$/, '');
  const isName = (j: number): boolean => {
    const u = at[j]!;
    if (!u.cap || !u.content || !aNew[j] || aClaim[j] || u.num !== null || isSentenceInitial(A, j)) return false;
    if (lex.dateWords.has(u.norm.replace(/'s$/, '')) || /^I(?:['’](?:m|ve|ll|d))?$/.test(written(j)) || hasKeyLike(cBag, u.key) || afterDegreeSign(A.text, u.start)) return false;
    if (ct.some((v) => v.cap && formsOfOneName(v, u, english))) return false;
    // A capitalised word before a common noun is an adjective ("Afghan soldiers"), not a name of its own.
    const next = at[j + 1];
    const prev = at[j - 1];
    return !(next && next.content && !next.cap && !(prev?.cap && !prev.num) && /^\s+$/.test(A.text.slice(u.end, next.start)));
  };
  // An item of a list of names both sides give: the name kept next to it, across a comma, a
  // conjunction or an article only ("India, Thailand and Indonesia", "Thailand, the Maldives").
  const joins = (j: number, k: number): boolean => /^\s*,?\s*$/.test(A.text.slice(at[Math.min(j, k)]!.end, at[Math.max(j, k)]!.start));
  // (A first name before a surname kept, "Jim Green", is no list; nor a comma alone after a place
  // kept, "Buenos Aires, Argentina", which says where that place is.)
  const comma = (j: number, k: number): boolean => A.text.slice(at[Math.min(j, k)]!.end, at[Math.max(j, k)]!.start).includes(',');
  const listed = (j: number): boolean =>
    [-1, 1].some((step) => {
      let k = j + step;
      if (!at[k]) return false;
      let commas = comma(j, k);
      let words = false;
      while (at[k] && !at[k]!.content && (lex.conjunctions?.has(at[k]!.norm) || lex.determiners?.has(at[k]!.norm)) && joins(k - step, k)) {
        words = true;
        k += step;
        if (!at[k]) return false;
      }
      if (!at[k] || !at[k]!.cap || !at[k]!.content || !cBag.has(at[k]!.key) || isSentenceInitial(A, k) || !joins(k - step, k)) return false;
      return words || (commas && step === 1);
    });
  for (const h of hunks) {
    if (range(h.c0, h.c1).some((i) => cLost[i] && ct[i]!.cap && ct[i]!.content && !isSentenceInitial(C, i))) continue;
    const run = range(h.a0, h.a1).filter((j) => at[j]!.content && !aClaim[j]);
    if (run.length === 0 || run.length > MAX_CONTENT) continue;
    const names = run.filter(isName);
    if (!names.some(listed) || names.length * 2 < run.length || isTitle()) continue;
    const name = quoted(tokensText(A, names), 40);
    const elsewhere = names.every((j) => C.text.includes(written(j)));
    claim(
      elsewhere
        ? { kind: 'changed', severity: 'low', cTok: [], aTok: names, reason: `Adds the name ${name} to this sentence; the canonical names it elsewhere.` }
        : { kind: 'name', severity: 'medium', cTok: [], aTok: names, reason: `Adds the name ${name}, which the canonical names nowhere: check who or where.` },
    );
  }
}
