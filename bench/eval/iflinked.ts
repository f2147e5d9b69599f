/**
 * `node --import tsx bench/eval/iflinked.ts [--list] [--apart]`: what holds recall back on the tune
 * gold, the aligner or the detectors. Each gold finding the tool misses whose two sides are
 * named (a same-language pair) has its gold sentences put in one group by hand, the canonical's
 * against the article's (the tool's sentences that its snippets overlap), and the detectors run
 * on that group alone (`analyzeGroup`, as a close match): a finding of a matching kind
 * (`kindMatches`, score.ts) there is a finding the detectors make once the aligner links
 * those sentences; none is one the detectors miss even then. Counted by how the tool aligned
 * the sentences (`linked`: one group holds them and the finding is still missed; `apart`: no group
 * does), by kind and by origin.
 *
 * A bound, not a forecast: alone, the two sentences lose what the rest of the comparison reads
 * (a fact stated in another sentence, `elsewhere.ts`, is not seen as moved), and a real group may
 * hold more sentences than the gold names. Tune only: no unseen set (held-out, fresh) is read.
 * `--list`: each missed finding, its sentences and what the detectors say of them alone (never one
 * of the check origins, `checkOrigins` in gold.ts: those are counted only).
 * `--apart`: only the findings on sentences the tool did not link.
 *
 * Tune, 28 Nov 2026 (recall18, recall 419/678; translations left out, 9 pairs): 247 findings missed on two
 * named sides (32 linked, 215 apart); alone in one group, the detectors find 192 of them (linked 3,
 * apart 189): by kind attribution 32/38, clause 36/42, hedge 10/30, name 8/19, negation 1/4,
 * number 66/72, quote 9/11, time 30/31; by origin original 65/88, fresh 1 15/17, fresh 2 7/11,
 * fresh 3 8/9, fresh 4 12/16, fresh 5 8/16, fresh 6 32/42, fresh 7 26/27, fresh 8 19/21. So 189 of
 * the 215 aligner misses are findings as soon as their sentences are linked (recall would reach
 * about 90% on tune), and 55 misses are the detectors' (most of them retold claims with no word
 * to hold on to: a hedge or a name put in other words; and the gold's kind against another fact
 * kind the tool reports on the same words).
 *
 * recall19, 28 Nov 2026 (tune, 220 pairs; recall 429/697 at the start): the 47 findings missed on
 * sentences the tool linked, by cause: translations 11 (artemis, haiti, shuttle, state-briefing,
 * tillerson: no word detector runs across languages); a claim retold with no word to hold on to 20
 * (a place or scope put in other words: "the Pakistani-controlled portion of Kashmir" / "the city of
 * Muzaffarabad", "in one single county"; a hedge retold: "contributes to" / "has been linked to"; a
 * headline retold); the tool reports another fact kind on the same words 8 (a dropped clause with a
 * figure as `number` where the gold says `clause`, though the gold says `number` more often for that
 * shape; "reportedly" dropped read as `attribution`); a word the detectors do not read 6 (a modifier
 * of what a figure counts dropped, "100,000 premature deaths" / "100,000 deaths", two pairs of one
 * family: a unit.ts rule for it found those two and nothing else in tune, not kept; an ordinal
 * dropped, "his 25th album"; planned reported as done, "NASA to Launch" / "NASA Launches"; a tense,
 * "are hampering" / "hampered"; an interview's outlet, "told CNBC television that" / "says"); 2 others
 * (a headline's count the gold sets against another sentence; a day dropped, read as moved because a
 * nearby sentence about another event names it). Of the 220 on unlinked sentences, the number findings
 * are mostly a count restated in a sentence the aligner did not pair, which crossFacts.ts compares
 * when each text states the count one way: findFacts now skips parts, earlier figures and
 * increments (+3 tune findings, two families); what still blocks it there: a predicate after
 * "and 84 others" it cannot read, one place named two ways ("Indian-controlled Kashmir" / "India"),
 * two quakes in one story, a past quake's toll with no year ("on the anniversary of").
 *
 * recall20, 28 Nov 2026 (tune 233 pairs, recall 444/714; development origins only, the check origins
 * fresh 8-10 left unread): the five negation misses are none of them the detector's: four are on
 * sentences the aligner did not link (a "not known if there are any survivors" / "there are no
 * survivors" pair, a negative sentence dropped, a declared winner / "had not announced a winner",
 * villages reached / "remain unreachable"; alone in one group the detectors find one of them) and
 * one is a French translation (no word detector runs across languages); negation's 0/5 waits on the
 * aligner. The linked misses (31 on development origins, 3 of them found alone) by kind: name 9
 * (a place retold or swapped for one the article names elsewhere: "South Asia" / "Pakistan", "44 km
 * north of the Kona airport" / "offshore of Mahukona", a typhoon's name / "another storm": the name
 * rule reports only a name the article names nowhere), hedge 7 (a retold claim; "reportedly" dropped
 * where the tool reports the article's new source as attribution; "clearly" dropped: Hyland's
 * boosters added to the hedge list moved no finding on any origin, not kept), clause 4, number 5
 * (what a figure counts widened or the share counted retold), attribution 2, time 1.
 *
 * precise24, 28 Nov 2026 (main 00cb8550; development origins original, fresh 1-10; the check origins
 * fresh 11-13 counted only): 40 findings missed on sentences the tool linked as the gold says; 4 are
 * found alone and lost in context (bowie's ordinal, a "POW" status, sewol's headline count, widodo's
 * dropped "Monday"). The 36 the detectors miss even alone, by kind: attribution 4, clause 7, hedge 9,
 * name 9, number 5, quote 1, time 1; by cause: another kind on the same words 11 (a dropped or added
 * clause carrying a figure read as `number`, the gold `clause`, 3; a relative clause naming a source,
 * "..., which reported the find", read as `attribution`, the gold `clause`, 2; "reportedly" dropped and
 * a "but was first reported by" clause added, both read as the new source's `attribution`; "about
 * 8,000" / "thousands" read as `number`, the gold `hedge`; "Several" / "Many" read as `hedge`, the gold
 * `number`; a distance retold as a place, `number` against `name`; "attributable to X:" read as
 * `clause`), words the detectors do not read 13 (a figure's modifier dropped, "premature deaths", 2; a
 * scope narrowed, "Government" / "federal government"; "likely" added beside a negation; "per the
 * judge" as attribution; a headline's place swapped; "decreased slightly"; planned reported as done;
 * a tense; an interview's outlet; "contributes to" / "has been linked to"; a name after a lower-case
 * noun, "typhoon X"; quotation marks dropped around the same words, which no detector reports), a
 * claim retold with no word to hold on to 12 (a place or scope retold, headlines retold, a stage of
 * a legal process). Kind mismatches and unread words are each about a third: no single rule moves
 * more than three of them.
 *
 * precise25, 29 Nov 2026 (main 87367dca; development origins original, fresh 1-11; check origins
 * fresh 12-14 counted only): the same 11 kind mismatches (the tool's kind / the gold's: number /
 * clause 3, attribution / clause 3, attribution / hedge 1, hedge / number 1, number / hedge 1,
 * number / name 1, clause / attribution 1). Recall needs the kind (`kindMatches`: only denial,
 * clause ← changed and time ← number are tolerated); on-gold does not (any fact finding on a
 * sentence the gold marks counts), so a mismatch costs recall only. Is there a precedence a reader
 * uses that the tool breaks? Counted over every tool finding of each shape on sentences with a
 * gold finding: a clause dropped or added with a figure of its own, reported as `number`, meets a
 * gold `number` (or `time`) finding 29 times and a gold `clause` 5; a relative or reporting clause
 * naming a source, reported as `attribution`, meets a gold `attribution` 42 times and `clause` 8,
 * `hedge` 6 ("reportedly" read as a hedge once, as the source twice, by the gold itself); a figure
 * made vague ("500" / "hundreds", "about 8,000" / "thousands") is `number` in the gold 3 times,
 * `hedge` once; "Several" / "Many" is `hedge` in one gold and `number` in another. The tool's
 * precedence is the gold's majority for each shape: the mismatches are the gold's minority
 * choices, and flipping any of them loses more findings than it gains. Words not read, made
 * general: quotation marks dropped around unchanged words (an identical group ran no detector;
 * now the quote detector reads it, +1 fresh 10). Left: "attributable to X:" (also causal, "deaths
 * attributable to the storm": no safe lead), "per the judge" without a comma (the set-off rule
 * keeps "per the agreement" out), a figure's modifier dropped, tense, planned reported as done.
 * Negation 0/5: none is on a linked pair (4 apart, 1 a translation); alone, the detector finds 1
 * (nigeria); the others: a negated clause dropped whole (the clause detector's, quiet in a
 * retelling), a "not known if" counted as a negation against a flat "no" (now the "not" of an
 * evidence hedge is no negation), a negation by prefix ("reached" / "unreachable", not read).
 *
 * precise28, 29 Nov 2026 (main 57e508c6; the 23 translation pairs of tune, recall 2/26; the 20 of
 * the development origins read, the 3 of the check origins fresh 15-17 counted only: 3 findings, 1
 * found): the 23 development findings by kind, and why each is missed. mistranslation 11 (9 on linked
 * sentences, 2 apart): a word turned into one of another meaning ("chair" and "manager" both
 * "director", "continued" / "renouvelé", "the career women and men" / "les diplomates de carrière",
 * "measures" / "إجراءات", "mid-20th century mean" / "promedio del siglo 20", a sentence's meaning
 * reversed): no detector reads meaning across languages, and nothing but a bilingual lexicon would;
 * clause 3 (linked): a relative clause or an apposition left out ("qui vaquaient à leurs
 * occupations", "une amie et un partenaire vital", "often drowning when ... boats have sunk"); hedge
 * 3 (linked; 1 found, "About 2,600" / "نزدیک به ۲۶۰۰"): an intensifier added ("prompt
 * rétablissement"), an obligation retold as a pledge; name 2 (linked): a word dropped from a body's
 * translated name, a deputy's name swapped ("Solomon" / "Sullivan", where each text also has
 * capitalised words the other translates); attribution 2 (1 linked: a headline's source after a
 * colon at its end, ": NASA": no credit was compared across languages, now a credit the translation
 * drops where it writes the name elsewhere is one, `droppedCredits`; 1 apart); negation 1 (apart); time 1 (linked: "later today" added). No number finding at all: the
 * figures, months and days of the week a translation carries (across.ts) are already read in each
 * language, and the gold finds none of them changed. The class the brief expected (number formats,
 * dates, hedges on figures, names in another script) holds 1 miss, the added "today": now read
 * (relativeDaysOf, months.ts: the CLDR's words for yesterday, today and tomorrow in any language;
 * an added or changed one is a time finding, a dropped one nothing). Off the gold, the tool's
 * translation findings were 17 of 25: the aligner's links made in error (a quotation linked to an
 * omitted paragraph: 8 findings on one group), a dateline's figures the canonical's stamp rule took
 * and the translation's did not ("22 DE ENERO DE 2025": now carried), and negation words that do
 * not negate there (Spanish "sin embargo", however; "sin" without). Tried and dropped: a clause left
 * out read from length, a translated group much shorter than the pair's own ratio of lengths (the
 * Gale-Church signal): the gold's three dropped clauses sit at 0.72, 0.91 and 1.05 of the pair's
 * ratio, where 8 groups of no finding lie below 0.73 and 29 below 0.9: no threshold separates them.
 *
 * precise29, 29 Nov 2026 (main c65703ae, recall 497/815; development origins original, fresh 1-15;
 * check origins fresh 16-18 counted only): 44 same-language findings missed on linked sentences
 * (6 found alone, lost in context: the africa-rice figure, bowie's dropped ordinal, which the
 * number rule leaves as rewording by design, the POW status, london's name, sewol's headline count,
 * widodo's "Monday", read as moved to a roundup's other story). By cause: another kind on the same
 * words 12 (a clause with a figure as `number` 3, a relative or added clause naming a source as
 * `attribution` 3, "reportedly" read as the new source, "attributable to X:" as `clause`, a place
 * retold as a distance, "Several" / "Many" and "at least" as `hedge`, "about 8,000" / "thousands"
 * as `number`); a claim retold with no word to hold on to 13 (places and scopes retold, "in one
 * single county", headlines retold, "grand jury has charged" / "Mueller indicted"); words read
 * wrongly or not at all 13, two of them bugs with a general cause, now fixed: "44 confirmed
 * cases" read "confirmed" as a reporting verb with the figure as its source (an "-ed" form after a
 * figure that counts is what it counts, sources.ts), and "likely be no need" took the negation
 * "no" as the word the hedge qualifies (hedge.ts now skips a negation); the rest single shapes
 * ("per the military judge", "premature deaths", "decreased slightly", "to Launch" / "Launches", a
 * tense, "told CNBC television that" / "says", "contributes to" / "has been linked to", "typhoon X"
 * / "another storm", "a nearly seven-year low" added, "Government" / "federal government").
 * Negation 0/5 is still the aligner's (4 apart, 1 a translation). The negation detector's own
 * errors, over its 18 tune findings on development origins: 9 read a word that negates nothing,
 * 8 of them now quiet (a lexicon's `nonNegating` phrases, "sin embargo", "antes que nada", "ou
 * non", "all or nothing"; "Not only" in the monolingual detector; "declined to 4.5 percent"; "the
 * disputed returns", "the disputed territory"; the group of "antes que nada" keeps a finding on its
 * other negations). Left: "disputed ballots" (no determiner), "no longer" / "dejará de" (a
 * negation a translation words as a verb), "sin inconvenientes" (smooth). Tune recall 497 -> 499,
 * on-gold 72.3% (1012/1400) -> 72.4% (1008/1392); held-out on-gold 83.7% -> 84.4%.
 */
import { franc } from 'franc-min';
import { analyzeGroup, type GroupInput, type GroupSide } from '../../src/core/detect';
import { segment } from '../../src/core/segment';
import { tokenize } from '../../src/core/text';
import { localeFor, tokenizerContext } from '../../src/core/tokenizerContext';
import { familyOrigin, goldName, isCheckOrigin, loadGoldCases, readText } from './gold';
import { runEngine } from './copy.eval';
import { kindMatches, scorePair, sentencesOf, type ToolSentence } from './score';

/** A text read as one side of a group: segmented and tokenized in English, as `compare` reads it. */
function sideOf(text: string): GroupSide {
  const ctx = tokenizerContext('eng');
  const side: GroupSide = { text, tokens: [], sentences: [] };
  for (const s of segment(text, { locale: localeFor('eng'), lexicon: ctx.lexicon })) {
    const from = side.tokens.length;
    side.tokens.push(...tokenize(text, s.start, s.end, ctx));
    side.sentences.push({ start: s.start, end: s.end, from, to: side.tokens.length });
  }
  return side;
}

/** The detectors' findings on the two texts as one group of close match: kind and reason. */
function alone(canonical: string, article: string): Array<{ kind: string; reason: string }> {
  const input: GroupInput = { canonical: sideOf(canonical), article: sideOf(article), lexicon: tokenizerContext('eng').lexicon, similarity: 0.7, relation: 'match' };
  return analyzeGroup(input).findings.map((f) => ({ kind: f.kind, reason: f.reason }));
}

const textOf = (text: string, sentences: ToolSentence[], ids: number[]): string => ids.map((i) => text.slice(sentences[i]!.start, sentences[i]!.end)).join(' ');

type Count = { n: number; found: number };
const bump = (m: Map<string, Count>, k: string, found: boolean): void => {
  const c = m.get(k) ?? { n: 0, found: 0 };
  c.n++;
  if (found) c.found++;
  m.set(k, c);
};
const show = (m: Map<string, Count>): string => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => `${k} ${c.found}/${c.n}`).join(', ');

export function run(argv: string[]): void {
  const list = argv.includes('--list');
  const apartOnly = argv.includes('--apart');
  const byLink = new Map<string, Count>();
  const byKind = new Map<string, Count>();
  const byOrigin = new Map<string, Count>();
  for (const c of loadGoldCases().filter((x) => x.set === 'tune')) {
    const canonicalText = readText(c.canonicalPath);
    const articleText = readText(c.articlePath);
    if (franc(canonicalText, { minLength: 10 }) !== franc(articleText, { minLength: 10 })) continue;
    const tool = runEngine(c.canonicalPath, c.articlePath);
    const score = scorePair(c.gold, canonicalText, articleText, tool);
    for (const f of score.findings) {
      if (f.found || f.linked === 'one-sided' || (apartOnly && f.linked !== 'apart')) continue;
      const cText = textOf(canonicalText, tool.canonical.sentences, sentencesOf(f.c, canonicalText, tool.canonical.sentences));
      const aText = textOf(articleText, tool.article.sentences, sentencesOf(f.a, articleText, tool.article.sentences));
      const said = cText === aText ? [] : alone(cText, aText);
      const found = said.some((d) => kindMatches(f.kind, d.kind));
      bump(byLink, f.linked, found);
      bump(byKind, f.kind, found);
      bump(byOrigin, familyOrigin(c.set, c.family), found);
      if (list && !isCheckOrigin(familyOrigin(c.set, c.family))) {
        console.log(`${found ? 'found ' : 'missed'} ${f.linked} ${f.kind} ${goldName(c)}: ${f.note}`);
        console.log(`    canonical: ${cText.replace(/\s+/g, ' ')}\n    article:   ${aText.replace(/\s+/g, ' ')}`);
        console.log(`    alone: ${said.map((d) => `${d.kind}: ${d.reason}`).join(' | ') || '(nothing)'}`);
      }
    }
  }
  console.log('tune findings missed, found by the detectors once their gold sentences are one group (found/missed):');
  console.log(`  by how the tool aligned them: ${show(byLink)}`);
  console.log(`  by kind: ${show(byKind)}`);
  console.log(`  by origin: ${show(byOrigin)}`);
}

if (require.main === module) run(process.argv.slice(2));
