/**
 * Reading the sources of one side: who each claim is sourced to ("the ministry said",
 * "according to X", "footage showed", a speaker's label, a passive's agent), with its
 * reporting verb and the stance that verb takes. The attribution detector (attribution.ts)
 * compares what each side reads.
 */
import { isEnglish, type Lexicon, type Stance } from '../lexicon';
import type { GroupSide } from './group';
import type { SideReading } from './context';
import type { Token } from '../text';
import { unitKey } from '../data/units';
import { reportingNoun } from './reportingNoun';
import { boundaryBetween, hedgeIndex, isAcronym, leadIndex, phraseAt, range, tokensText } from './tokens';

export interface Attribution {
  verb: number;
  source: number[];
  keys: Set<string>;
  strong: boolean;
  /** How the verb presents the claim; null for a neutral verb ("said"). */
  stance: Stance | null;
  /** Its source is evidence, not a speaker ("a survey indicated", "footage showed"). */
  evidence: boolean;
  /**
   * The keys of the clause's words before the source, when the walk back stopped at its length
   * limit rather than at the clause's start: where that cut falls depends on how many words the
   * side spells the subject in ("percent" / "per cent"), so a word past it is not dropped.
   */
  beyond?: Set<string>;
}

/** The tokens of an attribution: its source and its verb, once each. */
export const tokensOf = (a: Pick<Attribution, 'source' | 'verb'>): number[] => [...new Set([...a.source, a.verb])];

/** The words of an attribution: its source and its verb. */
export function attrText(side: GroupSide, a: Pick<Attribution, 'source' | 'verb'>): string {
  return tokensText(side, tokensOf(a));
}

/** The stance of a reporting verb: listed in the lexicon, or (a lexicon without stances) doubt for a loaded verb. */
export function stanceOf(verb: string, lex: Lexicon): Stance | null {
  if (lex.stances) return lex.stances.get(verb) ?? null;
  return lex.loadedVerbs.has(verb) ? 'doubt' : null;
}

const reportingVerbSets = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The verbs that introduce a source, once per lexicon: reporting verbs (listed and read from WordNet) and the verbs of a stance. */
export function reportingVerbs(lex: Lexicon): ReadonlySet<string> {
  let verbs = reportingVerbSets.get(lex);
  if (!verbs) reportingVerbSets.set(lex, (verbs = new Set([...lex.attributionVerbs, ...(lex.reportingVerbs ?? []), ...(lex.stances?.keys() ?? [])])));
  return verbs;
}

/** English words that count a noun ("several reports"): a reporting word after one is that noun. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'few', 'various', 'numerous', 'multiple', 'more', 'most', 'other', 'such']);
/**
 * English verbs that take a reporting word as their object, a noun ("takes notes", "made claims",
 * "filed reports"): the reporting word right after one reports nothing. (Not the forms that are
 * nouns too, "issues", "files": "drug issues says".)
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set(
  `take takes took taken taking make makes made making filed filing issued issuing published publishing
  released releasing compiled compiling received receiving delivered delivering`.split(/\s+/),
);
/** English adverbs that place a statement in time or sequence, between a source and its verb ("officials now say"). */
const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'also', 'later', 'then', 'still', 'earlier', 'again', 'previously', 'initially', 'first', 'already', 'since', 'too',
  'separately', 'publicly', 'privately', 'repeatedly', 'subsequently', 'originally', 'once',
]);
/** The forms of "be" that make a reporting verb passive ("was announced", "has been reported"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** The forms of "say" and "tell", verbs also right before "is" or "was" ("which experts say was"). */
const SAY: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);
/** The forms of "have": a reporting word right before one is a noun, its subject ("the reports have"). */
const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/**
 * A passive reporting verb's agent: the noun phrase after "by" ("was announced by the
 * Ministry of Health on Monday" → "the Ministry of Health"), to the first function word
 * after a content word (a capitalised name goes on through "of"). Empty when the passive
 * names no agent ("It was reported that …").
 */
function passiveAgent(side: GroupSide, lex: Lexicon, i: number, end: number): number[] {
  const toks = side.tokens;
  if (toks[i + 1]?.norm !== 'by' || i + 2 >= end) return [];
  const agent: number[] = [];
  let named = false;
  for (let k = i + 2; k < end && agent.length < 8; k++) {
    if (k > i + 2 && boundaryBetween(side, k - 1, k)) break;
    const t = toks[k]!;
    if (named && !t.content && !(t.norm === 'of' && toks[k + 1]?.cap) && !lex.determiners?.has(t.norm)) break;
    if (named && t.num !== null) break;
    agent.push(k);
    if (t.content) named = true;
  }
  return agent;
}

/** The words of a source that key it: its content words and acronyms, not its pronouns, dates, verbs, negations or hedges. */
function sourceKeys(side: GroupSide, lex: Lexicon, idx: readonly number[]): Set<string> {
  const toks = side.tokens;
  const keys = new Set<string>();
  // A hedge between the subject and its verb ("The ministry has so far confirmed") is the hedge
  // detector's, not a word of the source.
  const hedged = new Set<number>();
  const hedges = hedgeIndex(lex);
  for (const i of idx) for (const ph of hedges.get(toks[i]!.norm) ?? []) if (phraseAt(toks, i, ph)) for (let k = 0; k < ph.length; k++) hedged.add(i + k);
  for (const i of idx) {
    if (hedged.has(i)) continue;
    const t = toks[i]!;
    // "The WHO said", "the U.S. said": an acronym spelled like a function word is a name.
    if (!t.content && acronymAt(side, i)) {
      keys.add(t.key);
      continue;
    }
    // "Officials now say", "the ministry later said": a word that places the statement in time is not the source's.
    if (isEnglish(lex) && i === idx[idx.length - 1] && idx.length > 1 && SEQUENCE_ADVERBS.has(t.norm)) continue;
    // (A negation is the negation detector's: "has not yet declared" keeps its source.)
    if (!t.content || lex.pronouns.has(t.norm) || lex.dateWords.has(t.norm) || lex.attributionVerbs.has(t.norm) || lex.negations.has(t.norm)) continue;
    // A unit after a figure keys as its unit, however written ("3,700 kilometers" / "3,700km").
    const unit = i > 0 && toks[i - 1]!.num !== null ? unitKey(side.text.slice(t.start, t.end)) : undefined;
    keys.add(unit ?? t.key);
  }
  return keys;
}

/** An attribution of the verb at `verb` to the tokens `source`. */
function attribution(side: GroupSide, lex: Lexicon, verb: number, source: number[], verbNorm: string): Attribution {
  const keys = sourceKeys(side, lex, source);
  const evidence = source.some((i) => !!lex.evidenceNouns?.has(side.tokens[i]!.norm));
  return { verb, source, keys, strong: keys.size > 0, stance: stanceOf(verbNorm, lex), evidence };
}

type Sentence = GroupSide['sentences'][number];

/**
 * "according to X", "citing X" at token `i`: the attribution, its source the words after the lead
 * phrase to the first boundary, and the last token it covers; null when no lead phrase starts there.
 */
function leadAttribution(side: GroupSide, lex: Lexicon, i: number, s: Sentence): { a: Attribution; last: number } | null {
  const toks = side.tokens;
  const lead = leadAt(side, lex, i, s.to, s.from);
  if (!lead) return null;
  const after: number[] = [];
  let named = false;
  const hedges = hedgeIndex(lex);
  for (let j = i + lead.length; j < s.to && after.length < 8; j++) {
    if (j > i + lead.length && boundaryBetween(side, j - 1, j)) break;
    // Without a comma (German “nach Angaben der Polizei mindestens vier Menschen …”), the
    // source ends where a figure or a qualifier starts the claim itself.
    const u = toks[j]!;
    if (named && (u.num !== null || (hedges.get(u.norm) ?? []).some((ph) => phraseAt(toks, j, ph, s.to)))) break;
    if (u.content && u.num === null) named = true;
    after.push(j);
  }
  const a = attribution(side, lex, i, after, toks[i]!.norm);
  a.source = [...range(i, i + lead.length), ...after];
  // Past its source too: a reporting word in it is a noun ("according to the latest estimates").
  return { a, last: Math.max(i + lead.length - 1, ...after) };
}

/**
 * How the word at token `i` reports, if it does: 'report' for a reporting verb, 'evidence' for a
 * verb of evidence ("footage showed"), null for anything else, a reporting word used as a noun
 * included ("a report", "reports say", "estimates of", "two claims", "declined to say").
 */
function reportingUse(side: GroupSide, lex: Lexicon, reporting: ReadonlySet<string>, i: number, s: Sentence): 'report' | 'evidence' | null {
  const toks = side.tokens;
  const t = toks[i]!;
  if (t.cap) return null;
  const reports = reporting.has(t.norm);
  const evidence = !reports && !!lex.evidenceVerbs?.has(t.norm);
  if (!evidence && !reports) return null;
  // "added" sources words only as a speech tag by a quotation ("…,” she added", "…,” added Roe"),
  // or before what was said ("the spokesman added that …", "she added: …").
  if (lex.continuationVerbs.has(t.norm) && !speechTag(side, lex, i, s.from, s.to) && !introducesSpeech(side, i, s.to)) return null;
  // "the state", "a report", "their claims": a noun, not a reporting verb; so too after names or
  // figures that follow a determiner ("the U.S. state", "the 50th U.S. state").
  if (afterDeterminer(side, lex, i, s.from)) return null;
  // "a government report showed", "reports say", "the estimates are": a noun, the subject of the verb after it.
  const next = toks[i + 1];
  if (next && i + 1 < s.to && !next.cap && !boundaryBetween(side, i, i + 1)) {
    if (reporting.has(next.norm) || !!lex.evidenceVerbs?.has(next.norm)) return null;
    // (Not a verb of saying: "which experts say was big enough", "what she said is true".)
    if (isEnglish(lex) && (PASSIVE_BE.has(next.norm) || HAVE.has(next.norm)) && next.norm !== 'be' && next.norm !== 'being' && !SAY.has(t.norm)) return null;
  }
  // "reports of", "estimates of", "claims of": a noun, not a reporting verb; so too after "of"
  // ("head of state", "the secretary of state"): no verb follows it.
  if (isEnglish(lex) && toks[i + 1]?.norm === 'of' && i + 1 < s.to) return null;
  if (isEnglish(lex) && i > s.from && toks[i - 1]!.norm === 'of' && !boundaryBetween(side, i - 1, i)) return null;
  // "relies less on state aid", "met with fierce protest", "have been staging noisy protests": a noun (reportingNoun.ts).
  if (isEnglish(lex) && reportingNoun(side, reporting, i, s.from)) return null;
  // "takes notes", "filed reports": the object of a verb, a noun.
  if (i > s.from && isEnglish(lex) && OBJECT_VERBS.has(toks[i - 1]!.norm) && !boundaryBetween(side, i - 1, i)) return null;
  // "two reports", "several claims": counted, a noun; a past form after a figure is the verb
  // ("USAID on June 20 announced"), but for an "-ed" form after a figure that counts, which says
  // what is counted ("12 confirmed cases").
  const past = isEnglish(lex) && (t.norm.endsWith('ed') || IRREGULAR_PAST.has(t.norm));
  const counted = (): boolean => !past || (t.norm.endsWith('ed') && !dateFigure(toks, i - 1, s.from, lex));
  if (i > s.from && ((toks[i - 1]!.num !== null && !boundaryBetween(side, i - 1, i) && counted()) || (isEnglish(lex) && QUANTIFIERS.has(toks[i - 1]!.norm)))) return null;
  // "sentenced after pleading guilty", "without saying why": a gerund after a preposition, no speaker of a claim.
  if (i > s.from && isEnglish(lex) && t.norm.endsWith('ing') && GERUND_AFTER.has(toks[i - 1]!.norm) && !boundaryBetween(side, i - 1, i)) return null;
  // "officials have not said", "declined to say", "if you want to say": nobody is quoted.
  if (i > s.from && (lex.negations.has(toks[i - 1]!.norm) || (isEnglish(lex) && toks[i - 1]!.norm === 'to'))) return null;
  return evidence ? 'evidence' : 'report';
}

/** Whether the figure at `k` is a date's: a day after a month or a week day ("June 20"), or a year ("in 2019"). */
function dateFigure(toks: readonly Token[], k: number, from: number, lex: Lexicon): boolean {
  const t = toks[k]!;
  if (k > from && lex.dateWords.has(toks[k - 1]!.norm)) return true;
  return /^\d{4}$/.test(t.norm) && t.num! >= 1800 && t.num! <= 2100;
}

/** English prepositions after which a verb's "-ing" form is a gerund ("after pleading", "without saying"). */
const GERUND_AFTER: ReadonlySet<string> = new Set(['after', 'before', 'by', 'without', 'upon', 'since', 'for', 'in', 'on']);

/** English past forms of reporting verbs that do not end in "-ed". */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['said', 'told', 'wrote']);

/**
 * Whether the reporting word at `i` stands after a determiner: right after one ("the state"),
 * or, in English, in its bare form after names, figures or ordinals that follow one ("the U.S.
 * state", "the 50th U.S. state": such a subject would take "states"; "the U.S. Embassy said"
 * stays a verb), at most three of them, no boundary among them, the last no plural.
 */
function afterDeterminer(side: GroupSide, lex: Lexicon, i: number, from: number): boolean {
  const toks = side.tokens;
  if (i > from && lex.determiners?.has(toks[i - 1]!.norm)) return true;
  const norm = toks[i]!.norm;
  // ("say" and "tell" are no nouns; a plural name takes the bare form: "officials in the Philippines say".)
  if (!isEnglish(lex) || /(?:s|ed)$/.test(norm) || IRREGULAR_PAST.has(norm) || SAY.has(norm)) return false;
  if (i > from && /\p{Ll}s$/u.test(side.text.slice(toks[i - 1]!.start, toks[i - 1]!.end))) return false;
  // "a new report", "the final survey": one word in the singular between a determiner and the bare form.
  const one = toks[i - 1];
  if (i - 1 > from && one && !one.cap && one.content && !/s$/.test(one.norm) && lex.determiners?.has(toks[i - 2]!.norm) && !boundaryBetween(side, i - 2, i)) return true;
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    if (lex.determiners?.has(toks[k]!.norm)) return true;
    const t = toks[k]!;
    // A figure, the suffix run into one ("50th"), an ordinal word, or a name (not the sentence's first word).
    const suffix = k > from && toks[k - 1]!.num !== null && toks[k - 1]!.end === t.start;
    const modifier = t.num !== null || suffix || !!lex.ordinalWords?.has(t.norm) || (t.cap && k > from);
    if (boundaryBetween(side, k, k + 1) || !modifier) return false;
  }
  return false;
}

/** The most words the walk back from a reporting verb reads as its subject. */
const SUBJECT_WORDS = 10;

/**
 * The subject before the reporting verb at `i` ("X said"): the words back to the clause start,
 * a relative clause skipped ("X, who visited Y, said") and a named speaker's appositive kept
 * ("Jane Roe, a spokeswoman for the ministry, said"). Also where the walk back stopped, and the
 * clause's words before it when the length limit cut the subject short (`beyond`).
 */
function subjectBefore(side: GroupSide, lex: Lexicon, reporting: ReadonlySet<string>, i: number, s: Sentence): { before: number[]; stop: number; beyond?: number[] } {
  const toks = side.tokens;
  const before: number[] = [];
  let j = i - 1;
  while (j >= s.from) {
    if (before.length >= SUBJECT_WORDS) {
      // Cut by the limit inside the clause: the clause's words before the cut.
      if (boundaryBetween(side, j, j + 1)) break;
      let k = j;
      while (k > s.from && !boundaryBetween(side, k - 1, k)) k--;
      return { before, stop: j, beyond: range(k, j + 1) };
    }
    if (boundaryBetween(side, j, j + 1)) {
      // The chunk between this boundary and the one before it: a relative clause is skipped.
      let k = j;
      while (k > s.from && !boundaryBetween(side, k - 1, k)) k--;
      const relative = before.length === 0 && /^(?:who|which|whose|where)$/.test(toks[k]!.norm);
      const chunkRelative = before.length > 0 && /^(?:who|which|whose|where)$/.test(toks[before[0]!]!.norm);
      // "Jane Roe, a spokeswoman for the ministry, said": the name before the appositive is the source;
      // "The mayor of the town, near the epicentre, reported that": the subject before the words set off.
      const apposed = before.length === 0 && !relative ? (appositiveSource(side, lex, k, j, s.from) ?? titledName(side, lex, k, j, s) ?? subjectBeforeAside(side, reporting, k, i, s)) : null;
      if (apposed) {
        before.push(...apposed);
        break;
      }
      if (relative && k > s.from) {
        // Resume before the relative clause, past the comma that opens it.
        j = k - 1;
        before.unshift(j);
        j--;
        continue;
      }
      // "…, which experts say": the source is the relative clause's own subject; "X, who said": X, before the comma.
      if (chunkRelative && before.length > 1) {
        before.shift();
        break;
      }
      if (chunkRelative) {
        before.length = 0;
      } else break;
    }
    // Another reporting verb ends the source, unless it is the noun just before this verb ("report showed").
    if (reporting.has(toks[j]!.norm) && !toks[j]!.cap && j !== i - 1) break;
    before.unshift(j);
    j--;
  }
  return { before, stop: j };
}

/**
 * "…, said Dmitry Peskov, the Kremlin spokesman.": the source after a verb that has none before
 * it, or null. A named source, or (English) a speech tag set after its claim by a comma or a
 * quotation mark whose source is a short noun phrase with no figure that ends the sentence or
 * meets a relative clause ("…, said the minister.", "…, said an official who asked not to be
 * named."); an "-ing" verb never ("…, saying the dam held": what follows is what was said).
 */
function subjectAfter(side: GroupSide, lex: Lexicon, i: number, s: Sentence): Attribution | null {
  const toks = side.tokens;
  const after: number[] = [];
  let relative = false;
  for (let k = i + 1; k < s.to && after.length < 8; k++) {
    if (k > i + 1 && boundaryBetween(side, k - 1, k)) break;
    if (k > i + 1 && isEnglish(lex) && RELATIVES.has(toks[k]!.norm)) {
      relative = true;
      break;
    }
    after.push(k);
  }
  const first = toks[after[0] ?? -1];
  if (!first || !(first.cap || lex.functionWords.has(first.norm)) || after.length > 6) return null;
  const alt = attribution(side, lex, i, after, toks[i]!.norm);
  if (alt.strong && alt.source.some((k) => toks[k]!.cap && !lex.dateWords.has(toks[k]!.norm))) return alt;
  // (A source word that stands for a speaker, "an official", keys nothing but is one.)
  if (!alt.strong && !after.some((k) => lex.pronouns.has(toks[k]!.norm))) return null;
  const ends = relative || after[after.length - 1] === s.to - 1;
  const tagged = i > s.from && /[,"”’»]\s*$/.test(side.text.slice(toks[i - 1]!.end, toks[i]!.start));
  const np = !!lex.determiners?.has(first.norm) && after.every((k) => toks[k]!.num === null);
  return ends && tagged && np && !toks[i]!.norm.endsWith('ing') ? alt : null;
}

/** English relative pronouns: a relative clause after a source describes it ("an official who …"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** The attribution of the reporting verb at `i` (`use`: how it reports), pushed on `out`, or none. */
function verbAttribution(side: GroupSide, lex: Lexicon, reporting: ReadonlySet<string>, i: number, s: Sentence, use: 'report' | 'evidence', out: Attribution[]): void {
  const toks = side.tokens;
  const norm = toks[i]!.norm;
  // "was announced by the government": a passive's source is its agent, not its subject.
  if (use === 'report' && isEnglish(lex) && passiveAt(toks, i, s.from)) {
    const agent = passiveAgent(side, lex, i, s.to);
    out.push(attribution(side, lex, i, agent.length ? [i + 1, ...agent] : [], norm));
    return;
  }
  // A reporting word last in its sentence, with nothing to set its source off from the words
  // before it ("villages in northern Bihar state."), is a noun: a source after its claim stands
  // apart from it by a comma or a quotation ("…, the ministry said.").
  if (i === s.to - 1 && range(s.from, i).every((k) => k === s.from || !boundaryBetween(side, k - 1, k))) return;
  const { before, stop, beyond } = subjectBefore(side, lex, reporting, i, s);
  if (use === 'evidence') {
    if (before.some((k) => lex.evidenceNouns?.has(toks[k]!.norm))) out.push(attribution(side, lex, i, before, norm));
    return;
  }
  // "The company denied the claim and said …": a verb joined to another reporting verb by "and"
  // shares its subject; what stands between them is that verb's object, not a source.
  const shared = isEnglish(lex) ? coordinatedWith(side, out, i, stop, s.from) : null;
  if (shared) {
    out.push(attribution(side, lex, i, [...shared.source], norm));
    return;
  }
  const a = attribution(side, lex, i, before, norm);
  if (beyond) a.beyond = sourceKeys(side, lex, beyond);
  // (Not after a subject: "She says the talks end in May.")
  out.push((!a.strong && before.length === 0 && subjectAfter(side, lex, i, s)) || a);
}

/**
 * Whether the reporting verb at `i` is passive: a form of "be" right before it ("was reported"), or
 * before a word of sequence right before it ("was first reported", "is also reported").
 */
function passiveAt(toks: GroupSide['tokens'], i: number, from: number): boolean {
  if (i > from && PASSIVE_BE.has(toks[i - 1]!.norm)) return true;
  return i > from + 1 && SEQUENCE_ADVERBS.has(toks[i - 1]!.norm) && PASSIVE_BE.has(toks[i - 2]!.norm);
}

/**
 * The attributions of one side, in order: speakers' labels, lead phrases ("according to"), and
 * reporting verbs with their sources. Read from the side's tokens and the text between them,
 * inside its sentences only; callers only read the list and its attributions. A one-sentence
 * side is asked about by several steps (the salience of a sentence left over, the facts paired
 * across unlinked sentences, the attribution detector) and, against a prepared canonical, once
 * per article compared with it: its answer is kept with its token list (which nothing changes
 * once made), for the same text, sentence and lexicon.
 */
export function findAttributions(side: GroupSide, lex: Lexicon): readonly Attribution[] {
  if (side.sentences.length !== 1) return readAttributions(side, lex);
  const s = side.sentences[0]!;
  const kept = attributionsMemo.get(side.tokens);
  if (kept && kept.lex === lex && kept.start === s.start && kept.end === s.end && kept.from === s.from && kept.to === s.to && kept.text === side.text) return kept.found;
  const found = readAttributions(side, lex);
  attributionsMemo.set(side.tokens, { lex, text: side.text, start: s.start, end: s.end, from: s.from, to: s.to, found });
  return found;
}
const attributionsMemo = new WeakMap<readonly Token[], { lex: Lexicon; text: string; start: number; end: number; from: number; to: number; found: readonly Attribution[] }>();

/**
 * A side's attributions as a reading of the group (`DetectContext.read`): made once per group for
 * the detectors that ask (the quotation detector's speech tags, once per added quotation; the
 * attribution detector), however many sentences the side has.
 */
export const ATTRIBUTIONS: SideReading<readonly Attribution[]> = { name: 'attributions', read: findAttributions };

function readAttributions(side: GroupSide, lex: Lexicon): readonly Attribution[] {
  const out: Attribution[] = [];
  const toks = side.tokens;
  const reporting = reportingVerbs(lex);
  const leads = leadIndex(lex);
  for (const s of side.sentences) {
    // A speaker's label before the words it attributes: "PAUL HERTZ: “Stars …”".
    const label = speakerLabel(side, s);
    if (label) out.push(attribution(side, lex, label[label.length - 1]!, label, toks[label[label.length - 1]!]!.norm));
    for (let i = s.from; i < s.to; i++) {
      // Most words open no lead phrase: asked here, once, before the phrase is read.
      const lead = leads.has(toks[i]!.norm) ? leadAttribution(side, lex, i, s) : null;
      if (lead) {
        out.push(lead.a);
        i = lead.last;
        continue;
      }
      const use = reportingUse(side, lex, reporting, i, s);
      if (use) verbAttribution(side, lex, reporting, i, s, use, out);
    }
  }
  return out;
}

/** Whether token `i` is an acronym: two to six capitals, dots aside ("WHO", "U.S."), in words that are not set in capitals. */
function acronymAt(side: GroupSide, i: number): boolean {
  const upper = (k: number): boolean => {
    const t = side.tokens[k];
    return !!t && isAcronym(side.text.slice(t.start, t.end).replace(/\./g, ''));
  };
  return upper(i) && !upper(i - 1) && !upper(i + 1);
}

/** Words that join two verbs of one subject ("denied … and said"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * The attribution whose subject the verb at `i` shares: the reporting verb at `stop` (where the
 * walk back from `i` stopped) when only its object and a coordinator stand between them, in one
 * clause ("Police confirmed the arrest and said …"). English only.
 */
function coordinatedWith(side: GroupSide, out: readonly Attribution[], i: number, stop: number, from: number): Attribution | null {
  const toks = side.tokens;
  if (stop < from || i - 1 <= stop || !COORDINATORS.has(toks[i - 1]!.norm)) return null;
  for (let k = stop; k < i; k++) if (boundaryBetween(side, k, k + 1)) return null;
  return out.find((a) => a.verb === stop && a.source.length > 0) ?? null;
}

/** Determiners that open an appositive describing a named speaker ("a spokesman for …", "the agency's head", "his lawyer"). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * A named speaker set apart by an appositive just before a reporting verb ("Jane Roe, a
 * spokeswoman for the ministry, said"; "Roe, 45, said"): the tokens of the name and of the
 * appositive `k`..`j`, or null. The appositive opens with a determiner (or is an age), a comma
 * stands before it, and one to five capitalised words before that comma name the speaker.
 */
function appositiveSource(side: GroupSide, lex: Lexicon, k: number, j: number, from: number): number[] | null {
  if (!isEnglish(lex) || k <= from || j - k > 9) return null;
  const toks = side.tokens;
  const age = k === j && toks[k]!.num !== null;
  if (!age && !APPOSITIVE_OPENERS.has(toks[k]!.norm)) return null;
  if (!/^\s*,\s*$/.test(side.text.slice(toks[k - 1]!.end, toks[k]!.start))) return null;
  const name: number[] = [];
  for (let m = k - 1; m >= from && name.length < 5; m--) {
    if (m < k - 1 && boundaryBetween(side, m, m + 1)) break;
    const t = toks[m]!;
    if (!t.cap || t.num !== null || lex.functionWords.has(t.norm)) break;
    name.unshift(m);
  }
  if (name.length === 0) return null;
  // The name opens its clause: a sentence's start or a boundary ("The plan failed, Jane Roe, a …, said").
  const first = name[0]!;
  if (first > from && !boundaryBetween(side, first - 1, first)) return null;
  return [...name, ...range(k, j + 1)];
}

/**
 * "The mayor, Ana Ruiz, says …", "The ministry's spokesman, John Smith, said …": a title that opens
 * the sentence (a determiner or a possessive, "her" too, first; up to five words) and the name set off after it by
 * commas (`k`–`j`, capitalised words only) are the source together; null otherwise. (Read as no
 * subject, the verb took the claim after it for its source.)
 */
function titledName(side: GroupSide, lex: Lexicon, k: number, j: number, s: Sentence): number[] | null {
  if (!isEnglish(lex) || k - 1 <= s.from || j - k > 3) return null;
  const toks = side.tokens;
  const comma = (x: number): boolean => /^\s*,\s*$/.test(side.text.slice(toks[x]!.end, toks[x + 1]!.start));
  if (!comma(k - 1)) return null;
  for (let m = k; m <= j; m++) if (!toks[m]!.cap || !toks[m]!.content || toks[m]!.num !== null || (m > k && boundaryBetween(side, m - 1, m))) return null;
  const head = range(s.from, k);
  if (head.length > 5 || !(lex.determiners?.has(toks[s.from]!.norm) || toks[s.from]!.norm === 'her') || head.some((m) => toks[m]!.num !== null || (m > s.from && boundaryBetween(side, m - 1, m)))) return null;
  return [...head, ...range(k, j + 1)];
}

/**
 * The subject of the reporting verb at `i` when words set off by commas stand between them ("The
 * mayor of the town, near the epicentre of the quake, reported that …"): the words from the
 * sentence's start to the first comma, `k` being where the words set off begin; or null. Only
 * when the verb introduces what was said ("reported that", "said:"), so that a claim followed by
 * a speech tag ("The toll rose, the highest in years, said Roe") keeps its source after the verb;
 * and only for a short subject with no figure and no reporting word of its own.
 */
function subjectBeforeAside(side: GroupSide, reporting: ReadonlySet<string>, k: number, i: number, s: Sentence): number[] | null {
  const toks = side.tokens;
  const comma = (x: number): boolean => /^\s*,\s*$/.test(side.text.slice(toks[x]!.end, toks[x + 1]!.start));
  if (k - 1 <= s.from || !comma(k - 1) || !comma(i - 1) || !introducesSpeech(side, i, s.to)) return null;
  for (let m = k - 1; m > s.from; m--) if (boundaryBetween(side, m - 1, m)) return null;
  const head = range(s.from, k);
  if (head.length > 8 || head.some((m) => toks[m]!.num !== null || reporting.has(toks[m]!.norm))) return null;
  return head.some((m) => toks[m]!.content) ? head : null;
}

/**
 * Whether the verb at token `i` is a speech tag right after a quotation: its subject (a pronoun
 * or a capitalised word) just before it and a closing quotation mark before that ("…,” she added"),
 * or the quotation mark just before it and its subject after ("…,” added Roe").
 */
function speechTag(side: GroupSide, lex: Lexicon, i: number, from: number, to: number): boolean {
  const toks = side.tokens;
  const who = (k: number): boolean => k >= from && k < to && (lex.pronouns.has(toks[k]!.norm) || toks[k]!.cap);
  const closedBefore = (k: number): boolean => k > from && /["”’»]\s*$/.test(side.text.slice(toks[k - 1]!.end, toks[k]!.start));
  return (who(i - 1) && closedBefore(i - 1)) || (closedBefore(i) && who(i + 1));
}

/** Whether the verb at token `i` is followed by "that" or a colon: it introduces what was said ("added that …"). */
function introducesSpeech(side: GroupSide, i: number, to: number): boolean {
  const next = side.tokens[i + 1];
  if (!next || i + 1 >= to) return false;
  return next.norm === 'that' || /^\s*:/.test(side.text.slice(side.tokens[i]!.end, next.start));
}

/**
 * The lead phrase ("according to", "citing") that starts at token `i` and ends before `end`.
 * A function of its own: a closure over the caller's loop index would cost a context per token.
 */
function leadAt(side: GroupSide, lex: Lexicon, i: number, end: number, from: number): string[] | undefined {
  const ps = leadIndex(lex).get(side.tokens[i]!.norm);
  if (!ps) return undefined;
  for (const p of ps) {
    if (!phraseAt(side.tokens, i, p, end)) continue;
    // ("…, per the ministry": set off from the claim, or it is no lead.)
    if (lex.setOffLeads?.has(p.join(' ')) && i > from && !boundaryBetween(side, i - 1, i)) continue;
    return p;
  }
  return undefined;
}

/**
 * The tokens of a speaker's label that opens a sentence: one to four capitalised words, a
 * colon, then a quotation mark ("PAUL HERTZ: “…", "Minister Ana Lopes: \"…").
 */
function speakerLabel(side: GroupSide, s: GroupSide['sentences'][number]): number[] | null {
  const toks = side.tokens;
  for (let k = s.from; k < s.to && k < s.from + 4; k++) {
    if (!toks[k]!.cap || toks[k]!.num !== null) return null;
    const next = toks[k + 1];
    const gap = side.text.slice(toks[k]!.end, next && k + 1 < s.to ? next.start : s.end);
    if (/^\s*:\s*["“«„‘]/.test(gap)) return range(s.from, k + 1);
    if (gap.trim()) return null;
  }
  return null;
}
