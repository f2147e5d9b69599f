/**
 * What a translation must carry besides its figures and months, read apart in each language
 * and compared only as marks, never as words: whether the sentence is negated (each side's
 * negation words, from its own lexicon), whether it quotes (quotation marks of any
 * convention, the whole text's quotation state), and the day of the week it names (the
 * Unicode CLDR's day names, any language). Everything else a translation words its own way
 * and says nothing.
 */
import { deniesAt, type Lexicon } from '../lexicon';
import type { Token } from '../text';
import type { Finding, GroupSide } from './group';
import { implicitNegationAt, nonNegatingMask, phraseIndex, tokensText } from './tokens';
import { findQuotes } from './quote';
import { foldDiacritics } from '../fold';
import { monthOf, weekdayOf, type Months, type RelativeDays, type Weekdays } from '../months';

/**
 * The tokens of a side that negate: negation words and verbs that negate the next ("failed
 * to"), none in a phrase that negates nothing ("sin embargo": `nonNegating`). A word that negates only beside another (French "personne", "plus") counts with the
 * language's negation particle ("ne") or a negation word a few words from it, no punctuation
 * between; the particle counts only with such a word ("ne … pas", not "ne … que").
 */
function negations(side: GroupSide, lex: Lexicon): number[] {
  const toks = side.tokens;
  const implicit = lex.implicitNegations ? phraseIndex(lex.implicitNegations) : null;
  const out: number[] = [];
  const weak: number[] = [];
  const particles: number[] = [];
  const idiom = nonNegatingMask(toks, lex);
  toks.forEach((t, i) => {
    if (t.num !== null || idiom?.[i]) return;
    if (lex.negationParticles && written(t.norm, lex.negationParticles)) particles.push(i);
    else if (lex.negationsWithAnother?.has(t.norm)) weak.push(i);
    // "No. 5", "no 5": a number's abbreviation, not a denial.
    else if (t.norm === 'no' && toks[i + 1]?.num != null) return;
    else if (deniesAt(t.norm, toks[i + 1]?.norm, lex) || implicitNegationAt(toks, i, implicit)) out.push(i);
  });
  const near = (i: number, j: number): boolean => Math.abs(i - j) <= CLAUSE_REACH && !/[,;:.!?]/.test(side.text.slice(toks[Math.min(i, j)]!.end, toks[Math.max(i, j)]!.start));
  const strong = [...out];
  for (const i of weak) if (particles.some((j) => near(i, j)) || strong.some((j) => near(i, j))) out.push(i);
  for (const i of particles) if (weak.some((j) => near(i, j))) out.push(i);
  return out.sort((a, b) => a - b);
}
/** How far apart, in words, two words of one negation may stand ("n'y avait plus", "ne l'avait jamais"). */
const CLAUSE_REACH = 5;

/** Whether a word is one of `forms`, or opens with one that ends in an apostrophe ("n'a": "n'"). */
function written(norm: string, forms: ReadonlySet<string>): boolean {
  if (forms.has(norm)) return true;
  const apostrophe = norm.indexOf("'");
  return apostrophe > 0 && forms.has(norm.slice(0, apostrophe + 1));
}

/**
 * A negation one side has and the other lacks: the translation may now say the opposite.
 * Only when both languages have negation words (a language without a lexicon says nothing),
 * and only the whole group's polarity (a translation rewords a negation freely: "no way to"
 * / "plus aucune raison de"; it does not drop every one).
 */
function negationFindings(C: GroupSide, A: GroupSide, cLex: Lexicon, aLex: Lexicon): Finding[] {
  if (!cLex.negations.size || !aLex.negations.size) return [];
  const cn = negations(C, cLex);
  const an = negations(A, aLex);
  if (cn.length && !an.length) {
    return [{ kind: 'negation', severity: 'high', cTok: cn, aTok: [], reason: `Drops the negation ‘${tokensText(C, cn)}’: the translation is not negated and may say the opposite.` }];
  }
  if (an.length && !cn.length) {
    return [{ kind: 'negation', severity: 'high', cTok: [], aTok: an, reason: `Adds the negation ‘${tokensText(A, an)}’, which the canonical sentence does not have: the translation may say the opposite.` }];
  }
  return [];
}

/** The quoted tokens of a side (quotations of at least `minWords` words). */
function quotedTokens(side: GroupSide, minWords: number): number[] {
  return findQuotes(side, minWords).flatMap((q) => q.toks);
}

/**
 * Direct speech turned into reported speech, or reported speech put in quotation marks: one
 * side quotes three words or more and the other quotes nothing.
 */
function quoteFindings(C: GroupSide, A: GroupSide): Finding[] {
  const cq = quotedTokens(C, 3);
  const aq = quotedTokens(A, 3);
  if (cq.length && !quotedTokens(A, 1).length) {
    return [{ kind: 'quote', severity: 'medium', cTok: cq, aTok: [], reason: `The canonical quotes these words; the translation gives them without quotation marks, as its own or a paraphrase.` }];
  }
  if (aq.length && !quotedTokens(C, 1).length) {
    return [{ kind: 'quote', severity: 'medium', cTok: [], aTok: aq, reason: `The translation puts in quotation marks words the canonical sentence does not quote.` }];
  }
  return [];
}

/** The days of the week a side names, by token index, with the day's number. */
function days(side: GroupSide, names: Weekdays): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  side.tokens.forEach((t: Token, i) => {
    const d = t.num === null ? weekdayOf(t, names) : 0;
    if (d) out.push([i, d]);
  });
  return out;
}

/** A day of the week both sides name, but not the same day: the date changed. */
function weekdayFindings(C: GroupSide, A: GroupSide, names: { canonical: Weekdays; article: Weekdays }): Finding[] {
  const cd = days(C, names.canonical);
  const ad = days(A, names.article);
  const lost = cd.filter(([, d]) => !ad.some(([, e]) => e === d));
  const added = ad.filter(([, d]) => !cd.some(([, e]) => e === d));
  const out: Finding[] = [];
  for (let k = 0; k < Math.min(lost.length, added.length); k++) {
    const i = lost[k]![0];
    const j = added[k]![0];
    out.push({ kind: 'time', severity: 'high', cTok: [i], aTok: [j], reason: `The day changes from ‘${tokensText(C, [i])}’ to ‘${tokensText(A, [j])}’ in the translation.` });
  }
  return out;
}

/** How a side's language names days: of the week, months, and yesterday, today, tomorrow. */
export interface DayNames {
  weekdays: Weekdays;
  months: Months;
  relative: RelativeDays;
}

/**
 * The yesterday, today or tomorrow a side names: token and distance from today (-1, 0, 1), or
 * null. The word for tomorrow is in several languages the word for morning (Spanish "mañana",
 * German "Morgen"), a noun after a function word ("la mañana", "am Morgen"): it is read only
 * where no function word stands before it.
 */
function relativeDay(side: GroupSide, names: DayNames, lex: Lexicon): [number, number] | null {
  for (let i = 0; i < side.tokens.length; i++) {
    const t = side.tokens[i]!;
    // "yesterday's earthquake": the day, possessive.
    const n = t.num === null && (names.relative.lower || t.cap) ? (names.relative.names.get(foldDiacritics(t.norm.replace(/'s$/, ''))) ?? 0) : 0;
    if (!n) continue;
    const before = side.tokens[i - 1];
    if (n === 3 && before && lex.functionWords.has(before.norm.toLowerCase())) continue;
    return [i, n - 2];
  }
  return null;
}

/** Whether a side dates what it says by a day of the week or a month. */
function dated(side: GroupSide, names: DayNames): boolean {
  return side.tokens.some((t) => t.num === null && (weekdayOf(t, names.weekdays) > 0 || monthOf(t, names.months) > 0));
}

/**
 * Yesterday, today or tomorrow changed ("today" / "demain"), or named by the translation only
 * where the canonical gives no day at all (no day of the week, no month): the translation moves
 * or adds the day. One the translation leaves out says nothing: a translation often drops a
 * "today" its dateline gives, and a sentence linked in error lacks the other's day.
 */
function relativeDayFindings(C: GroupSide, A: GroupSide, names: { canonical: DayNames; article: DayNames }, lex: { canonical: Lexicon; article: Lexicon }): Finding[] {
  const c = relativeDay(C, names.canonical, lex.canonical);
  const a = relativeDay(A, names.article, lex.article);
  if (c && a) {
    if (c[1] === a[1]) return [];
    return [{ kind: 'time', severity: 'high', cTok: [c[0]], aTok: [a[0]], reason: `The day changes from ‘${tokensText(C, [c[0]])}’ to ‘${tokensText(A, [a[0]])}’ in the translation.` }];
  }
  if (a && !c && !dated(C, names.canonical)) {
    return [{ kind: 'time', severity: 'medium', cTok: [], aTok: [a[0]], reason: `Adds ‘${tokensText(A, [a[0]])}’, a day the canonical sentence does not give.` }];
  }
  return [];
}

/** The findings on a translated group's negation, quotations and days (of the week; yesterday, today, tomorrow). */
export function marksAcross(C: GroupSide, A: GroupSide, cLex: Lexicon, aLex: Lexicon, names: { canonical: DayNames; article: DayNames }): Finding[] {
  const weekdays = { canonical: names.canonical.weekdays, article: names.article.weekdays };
  return [...negationFindings(C, A, cLex, aLex), ...quoteFindings(C, A), ...weekdayFindings(C, A, weekdays), ...relativeDayFindings(C, A, names, { canonical: cLex, article: aLex })];
}
