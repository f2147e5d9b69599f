/**
 * The cross-sentence fact check, a step of the comparison after alignment: a fact the two
 * texts state in sentences the aligner did not link ("a total of 94,000 bodies" in one report,
 * "more than 100-thousand bodies" in a sentence of the update that shares little else with
 * it) is compared all the same, when the pairing is beyond doubt.
 *
 * Each text's fact statements (detect/facts.ts: a figure, its qualifier, what it counts and
 * where and when) are paired by sense, time (the years named) and place: a statement that
 * names places pairs with one that names the same place ("India" and "Indian", "France" and
 * "French" are one: placeNames.ts); one
 * that names none pairs only when neither text states that sense for two places. The
 * statements so paired must agree on each side (one value and one qualifier), and no
 * alignment group may hold one of each side (then the group's own detectors compared them).
 * A changed value is one `number` finding, a changed, dropped or added qualifier on the same
 * value one `hedge` finding, naming the two sentences, on no alignment. Quiet when the two
 * agree, when anything is ambiguous, and when a finding inside a group already marks both figures.
 */
import type { Discrepancy } from './types';
import { quoted } from './excerpt';
import { add, side, spansOf, textOf, type Comparing, type Prepared } from './compareSteps';
import { findFacts, mayStateFact, type FactStatement } from './detect/facts';
import { countWithin, roundedTo, type NumFact } from './detect/number';
import type { GroupSide } from './detect';
import { tokensText } from './detect/tokens';
import { attrText, findAttributions, tokensOf, type Attribution } from './detect/sources';
import { isEnglish, type Lexicon } from './lexicon';
import type { TokenizerContext } from './text';
import { samePlace, type NameWord } from './placeNames';
import { anyOverlaps } from './spans';

/** A fact statement where it stands: its sentence, and that sentence as a side (the statement's token indices are into it). */
export interface Stated {
  sentence: number;
  side: GroupSide;
  fact: FactStatement;
}

/** What each sense counts, as a reason names it. */
const LABELS: Readonly<Record<string, string>> = {
  dead: 'The death toll',
  injured: 'The number injured',
  missing: 'The number missing',
  trapped: 'The number trapped',
  displaced: 'The number displaced',
  arrested: 'The number arrested',
  rescued: 'The number rescued',
  affected: 'The number affected',
  population: 'The population',
  magnitude: 'The magnitude',
  casualties: 'The casualty count',
};

/** Senses whose change is a medium finding (the others, counts of harm and the quake's size, are high). */
const MEDIUM = new Set(['arrested', 'rescued', 'affected', 'population']);

/**
 * The fact statements of a text's news sentences (not its chrome, datelines or credits), in
 * order. `memo` holds them by sentence text: a copy carries most of the canonical's sentences
 * word for word, and a sentence's statements depend on its words only (token indices into it).
 */
export function statementsOf(doc: Prepared, ctx: TokenizerContext, memo: Map<string, FactStatement[]> = new Map()): Stated[] {
  const known = statementMemo.get(doc);
  if (known) return known;
  const out = readStatements(doc, ctx, memo);
  statementMemo.set(doc, out);
  return out;
}

/** Each text's statements, read once: the aligner asks for them (`factSentencePairs`), then the fact check (a text's statements depend on its words only). */
const statementMemo = new WeakMap<Prepared, Stated[]>();

function readStatements(doc: Prepared, ctx: TokenizerContext, memo: Map<string, FactStatement[]>): Stated[] {
  const out: Stated[] = [];
  const lex = ctx.lexicon;
  for (const s of doc.sentences) {
    if (s.kind !== 'sentence' && s.kind !== 'heading') continue;
    let facts = memo.get(s.text);
    let sd: GroupSide | null = null;
    if (!facts) memo.set(s.text, (facts = mayStateFact(doc.tokens[s.id]!, ctx) ? findFacts((sd = side(doc, [s.id])), lex) : []));
    if (!facts.length) continue;
    sd ??= side(doc, [s.id]);
    for (const fact of facts) out.push({ sentence: s.id, side: sd, fact });
  }
  return out;
}

const placesMeet = (p: readonly NameWord[], q: readonly NameWord[], english: boolean): boolean => p.some((x) => q.some((y) => samePlace(x, y, english)));

/**
 * The places of one side's statements of a sense: the statements whose places meet are one
 * place (`places`, their union); those that name none are the story's (`story`, no places).
 * When a side names one place only and its story's statements say what that place's do, the
 * two are one: the place the story is about.
 */
interface Scope {
  places: NameWord[];
  story: boolean;
  statements: Stated[];
}

function scopesOf(list: readonly Stated[], lex: Lexicon): Scope[] {
  const placed: Scope[] = [];
  const story: Stated[] = [];
  for (const s of list) {
    if (!s.fact.places.length) {
      story.push(s);
      continue;
    }
    const c = placed.find((p) => placesMeet(p.places, s.fact.places, isEnglish(lex)));
    if (c) {
      c.places.push(...s.fact.places);
      c.statements.push(s);
    } else placed.push({ places: [...s.fact.places], story: false, statements: [s] });
  }
  if (!story.length) return placed;
  if (placed.length === 1 && agreeing([...story, ...placed[0]!.statements], lex)) {
    placed[0]!.story = true;
    placed[0]!.statements.push(...story);
    return placed;
  }
  return [...placed, { places: [], story: true, statements: story }];
}

/** Two places named alike: each name of one meets a name of the other ("Pakistan" / "Pakistani"; not "Indonesia" / "Aceh, Indonesian"). */
const samePlaces = (p: readonly NameWord[], q: readonly NameWord[], english: boolean): boolean =>
  p.every((x) => q.some((y) => samePlace(x, y, english))) && q.every((y) => p.some((x) => samePlace(x, y, english)));

/** At most this many places of one sense on a side (see `factGroups`). */
const MAX_SCOPES = 200;

/**
 * The groups of statements (canonical and article) that state one fact. By time first (the
 * years named); then by place: two places named alike; the story's and the story's; and the
 * story's with the one place the other text states the sense for, when that text has no
 * statement of its own that names none.
 */
function factGroups(cs: readonly Stated[], as: readonly Stated[], lex: Lexicon): Array<{ c: Stated[]; a: Stated[] }> {
  const out: Array<{ c: Stated[]; a: Stated[] }> = [];
  const timeKey = (s: Stated): string => s.fact.times.join(' ');
  for (const time of new Set(cs.map(timeKey))) {
    const a = as.filter((s) => timeKey(s) === time);
    if (!a.length) continue;
    const cScopes = scopesOf(cs.filter((s) => timeKey(s) === time), lex);
    const aScopes = scopesOf(a, lex);
    // A text that states one count for hundreds of places is a table, not a story: nothing is paired (and no pairing grows with its square).
    if (cScopes.length > MAX_SCOPES || aScopes.length > MAX_SCOPES) continue;
    const onlyPlace = (scopes: Scope[]): Scope | null => (scopes.length === 1 && !scopes[0]!.story ? scopes[0]! : null);
    const pairs = (x: Scope, y: Scope): boolean =>
      (x.places.length > 0 && y.places.length > 0 && samePlaces(x.places, y.places, isEnglish(lex))) ||
      (x.story && y.story) ||
      (x.story && onlyPlace(aScopes) === y) ||
      (y.story && onlyPlace(cScopes) === x);
    // Connected parts over the scopes of both sides (canonical first, then article).
    const all = [...cScopes, ...aScopes];
    const parent = all.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    cScopes.forEach((x, i) =>
      aScopes.forEach((y, j) => {
        if (pairs(x, y)) parent[find(i)] = find(cScopes.length + j);
      }),
    );
    const parts = new Map<number, { c: Stated[]; a: Stated[] }>();
    all.forEach((scope, i) => {
      const r = find(i);
      let p = parts.get(r);
      if (!p) parts.set(r, (p = { c: [], a: [] }));
      (i < cScopes.length ? p.c : p.a).push(...scope.statements);
    });
    for (const p of parts.values()) if (p.c.length && p.a.length) out.push(p);
  }
  return out;
}

/**
 * Whether the statements of a list say one figure: their exact figures are one, and each vague
 * quantity ("tens of thousands") holds it, or is the same quantity when none is exact.
 */
function agreeing(list: readonly Stated[], lex: Lexicon): boolean {
  const exact = list.find((s) => !s.fact.vague);
  if (!exact) return list.every((s) => s.fact.value === list[0]!.fact.value);
  return list.every((s) => (s.fact.vague ? countWithin(asNum(exact.fact), s.side, asNum(s.fact), lex) : s.fact.value === exact.fact.value));
}

/** Whether the statements of a list bound their figure alike ("at least" each time, or never). */
const boundAlike = (list: readonly Stated[]): boolean => list.every((s) => s.fact.boundSense === list[0]!.fact.boundSense);

const asNum = (f: FactStatement): NumFact => ({ toks: f.toks, value: f.value, kind: f.vague ? 'vague' : 'count', weighty: true });

/**
 * Whether two values say one thing in two ways: a count within a vague quantity ("300" /
 * "hundreds"), or an exact figure and its rounding said to be approximate ("1,287" / "about 1,300").
 */
function sameFigure(c: Stated, a: Stated, lex: Lexicon): boolean {
  const [x, y] = [c.fact, a.fact];
  if (x.vague !== y.vague) return x.vague ? countWithin(asNum(y), c.side, asNum(x), lex) : countWithin(asNum(x), a.side, asNum(y), lex);
  if (x.vague) return false;
  const [m, n] = [Number(x.value.slice(1)), Number(y.value.slice(1))];
  const sense = (f: FactStatement): number | undefined => (/^\d+$/.test(f.boundSense) ? Number(f.boundSense) : undefined);
  return roundedTo(m, n, sense(y)) || roundedTo(n, m, sense(x));
}

/** The statement a finding names: the first exact figure of a sentence, else of a headline, else the first. */
function representative(unordered: readonly Stated[], doc: Prepared): Stated {
  const list = [...unordered].sort((x, y) => x.sentence - y.sentence || x.fact.toks[0]! - y.fact.toks[0]!);
  return (
    list.find((s) => !s.fact.vague && doc.sentences[s.sentence]!.kind !== 'heading') ??
    list.find((s) => !s.fact.vague) ??
    list.find((s) => doc.sentences[s.sentence]!.kind !== 'heading') ??
    list[0]!
  );
}

/** The words of a statement's figure with its qualifier. */
const figureToks = (f: FactStatement): number[] => [...f.bound, ...f.toks];


/**
 * Whether two texts tell one story, by the names they share: at least two, and at least
 * `SAME_STORY` of the names of the text that has fewer. A copy rewritten or updated keeps most
 * of its story's people and places (the tune set's related pairs share 19% or more of them,
 * reports of other events mostly under 10%); two reports of two events each have a toll, and
 * comparing those would be a finding about nothing.
 */
const SAME_STORY = 0.15;

/** The names of a canonical text (`oneStory`), with the lexicon they were read with. */
const canonicalNames = new WeakMap<Prepared, { lex: Lexicon; names: ReadonlySet<string> }>();

function oneStory(C: Prepared, A: Prepared, lex: Lexicon): boolean {
  const names = (doc: Prepared): Set<string> => {
    const out = new Set<string>();
    for (const toks of doc.tokens) for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.cap && t.content && t.num === null && !lex.dateWords.has(t.norm)) out.add(t.key);
    }
    return out;
  };
  // (The canonical's, read once for all the articles compared with it.)
  let known = canonicalNames.get(C);
  if (known?.lex !== lex) canonicalNames.set(C, (known = { lex, names: names(C) }));
  const c = known.names;
  const a = names(A);
  let shared = 0;
  for (const n of c) if (a.has(n)) shared++;
  return shared >= 2 && shared >= SAME_STORY * Math.min(c.size, a.size);
}

/**
 * The sentences that state one fact, one of each text: for a sense, the one statement of it that
 * each text makes for a time and place (`factGroups`), when the two tell one story. A fact is what
 * a rewrite keeps while it changes the words ("The provincial governor said at least 40 people have
 * died" / "A week after the disaster, hospital staff report that more than 65 are confirmed
 * dead"); the aligner links such a pair when both are left over (align.ts, step 3c). Measured on
 * the tune gold (27 Nov 2026): 6 links, each a gold pair; alignment 87.1% → 87.4%, recall 65.6% →
 * 66.1%, on both halves of the families (`npm run eval -- --halves`).
 * With `leftOver` (whether a sentence of a side, 0 canonical, 1 article, is still unlinked), also
 * the one statement of a fact still left over on each side where a text states it more than once
 * (the others linked elsewhere), marked not alone: the aligner wants word evidence for those.
 * Triples of sentence numbers (canonical, article) and whether each is its text's one statement, each pair once.
 */
export function factSentencePairs(C: Prepared, A: Prepared, ctx: TokenizerContext, leftOver?: (side: 0 | 1, i: number) => boolean): Array<[number, number, boolean]> {
  const out = new Map<string, [number, number, boolean]>();
  const add = (c: number, a: number, alone: boolean): void => {
    if (!out.get(`${c} ${a}`)?.[2]) out.set(`${c} ${a}`, [c, a, alone]);
  };
  for (const g of storyFactGroups(C, A, ctx)) {
    if (g.c.length === 1 && g.a.length === 1) add(g.c[0]!.sentence, g.a[0]!.sentence, true);
    else if (leftOver) {
      const cs = leftOverSentences(C, g.c, (i) => leftOver(0, i));
      const as = leftOverSentences(A, g.a, (i) => leftOver(1, i));
      if (cs.length === 1 && as.length === 1) add(cs[0]!, as[0]!, false);
    }
  }
  return [...out.values()];
}

/** The sentences (not headings) of a list of statements that are left over, each once. */
function leftOverSentences(doc: Prepared, list: readonly Stated[], leftOver: (i: number) => boolean): number[] {
  return [...new Set(list.map((s) => s.sentence).filter((i) => doc.sentences[i]!.kind === 'sentence' && leftOver(i)))];
}

type FactGroups = Array<{ sense: string; c: Stated[]; a: Stated[] }>;

/** The last comparison's groups, by its article text (prepared once per comparison): the aligner asks first, then the fact check. */
const groupMemo = new WeakMap<Prepared, { C: Prepared; groups: FactGroups }>();

/** The groups of statements of one fact (`factGroups`), sense by sense, when the two texts tell one story; none otherwise. */
function storyFactGroups(C: Prepared, A: Prepared, ctx: TokenizerContext): FactGroups {
  const known = groupMemo.get(A);
  if (known?.C === C) return known.groups;
  const groups = readFactGroups(C, A, ctx);
  groupMemo.set(A, { C, groups });
  return groups;
}

/** The facts of the canonical's sentences by sentence text, as `statementsOf` read them (for `readFactGroups`). */
const canonicalFacts = new WeakMap<Prepared, Map<string, FactStatement[]>>();

/** `ctx`: the one tokenizer context both texts were read in (the fact check compares texts of one language). */
function readFactGroups(C: Prepared, A: Prepared, ctx: TokenizerContext): FactGroups {
  const lexicon = ctx.lexicon;
  if (!oneStory(C, A, lexicon)) return [];
  // The article's sentences read from the facts of the canonical's, by text, as when the two are read in one
  // comparison: the canonical's, read once, are kept for each article compared with it (the coverage matrix).
  let known = canonicalFacts.get(C);
  if (!known) canonicalFacts.set(C, (known = new Map()));
  const cs = statementsOf(C, ctx, known);
  if (!cs.length) return [];
  const as = statementsOf(A, ctx, new Map(known));
  if (!as.length) return [];
  const out: FactGroups = [];
  for (const sense of new Set(cs.map((s) => s.fact.sense))) {
    const groups = factGroups(
      cs.filter((s) => s.fact.sense === sense),
      as.filter((s) => s.fact.sense === sense),
      lexicon,
    );
    for (const g of groups) out.push({ sense, ...g });
  }
  return out;
}

/** Adds the cross-sentence fact findings of a comparison (same-language English texts). */
export function crossFactFindings(cmp: Comparing): void {
  const { C, A, lexicon, alignments } = cmp;
  // Same-language texts only: the article was read in the canonical's context.
  const groups = storyFactGroups(C, A, cmp.actx);
  if (!groups.length) return;
  // The alignment group of each sentence (a sentence is in one at most), -1 for none.
  const groupOf = (doc: Prepared, side: 'canonical' | 'article'): Int32Array => {
    const out = new Int32Array(doc.sentences.length).fill(-1);
    for (const g of alignments) for (const x of g[side]) out[x] = g.id;
    return out;
  };
  const cGroup = groupOf(C, 'canonical');
  const aGroup = groupOf(A, 'article');
  const existing = cmp.out.filter((d) => d.kind === 'number' || d.kind === 'hedge');
  const sourced = cmp.out.filter((d) => d.kind === 'attribution');
  for (const { sense, ...g } of groups) {
    if (!agreeing(g.c, lexicon) || !agreeing(g.a, lexicon)) continue;
    const cGroups = new Set(g.c.map((c) => cGroup[c.sentence]!));
    if (g.a.some((a) => aGroup[a.sentence]! >= 0 && cGroups.has(aGroup[a.sentence]!))) continue;
    const c = representative(g.c, C);
    const a = representative(g.a, A);
    sourceChanged(cmp, sense, c, a, sourced);
    sourceDroppedOrAdded(cmp, sense, c, a, sourced);
    const valueChanged = c.fact.value !== a.fact.value;
    // A qualifier is compared only when each side bounds its figure one way.
    if (valueChanged ? sameFigure(c, a, lexicon) : c.fact.boundSense === a.fact.boundSense || !boundAlike(g.c) || !boundAlike(g.a)) continue;
    addAcross(cmp, c, a, figureToks(c.fact), figureToks(a.fact), existing, (from, to) => ({
      kind: valueChanged ? 'number' : 'hedge',
      severity: valueChanged ? (MEDIUM.has(sense) ? 'medium' : 'high') : a.fact.bound.length ? 'medium' : 'high',
      reason: reasonOf(sense, c, a, from, to, C.sentences[c.sentence]!.text, valueChanged),
    }));
  }
}

/**
 * A finding on two sentences no group links, on tokens of each (`cToks`, `aToks`), quoting them;
 * none where one of `existing` marks both already.
 */
function addAcross(
  cmp: Comparing,
  c: Stated,
  a: Stated,
  cToks: number[],
  aToks: number[],
  existing: readonly Discrepancy[],
  what: (from: string, to: string) => Pick<Discrepancy, 'kind' | 'severity' | 'reason'>,
): void {
  const canonicalSpans = spansOf(c.side, cToks);
  const articleSpans = spansOf(a.side, aToks);
  if (existing.some((d) => anyOverlaps(d.canonicalSpans, canonicalSpans) && anyOverlaps(d.articleSpans, articleSpans))) return;
  const from = textOf(cmp.C.text, canonicalSpans)!;
  const to = textOf(cmp.A.text, articleSpans)!;
  const { kind, severity, reason } = what(from, to);
  add(cmp, {
    kind,
    severity,
    canonical: [c.sentence],
    article: [a.sentence],
    from,
    to,
    reason,
    canonicalSpans,
    articleSpans,
    articleAnchor: articleSpans[0]!.start,
    alignment: null,
  });
}

/** The one speaker a sentence gives (a person or a body, not evidence such as "a survey showed"), or null when it gives none or several. */
function speakerOf(s: Stated, lex: Lexicon): Attribution | null {
  const found = findAttributions(s.side, lex).filter((x) => !x.evidence && x.source.length > 0);
  return found.length === 1 ? found[0]! : null;
}

/**
 * One fact paired across two sentences the aligner did not link, each giving one speaker, and
 * the two speakers share no word ("Chilean President Michelle Bachelet says at least three
 * people have died" / "Officials in Chile now say at least ten people were killed"): who the
 * fact comes from changed, a medium `attribution` finding naming both sentences. Quiet when
 * either sentence gives no speaker or several (the source may stand in a sentence nearby), when
 * they share a word, and when an attribution finding already marks both.
 */
function sourceChanged(cmp: Comparing, sense: string, c: Stated, a: Stated, sourced: readonly Discrepancy[]): void {
  const { C, lexicon } = cmp;
  const cs = speakerOf(c, lexicon);
  const as = speakerOf(a, lexicon);
  if (!cs || !as) return;
  const words = (side: GroupSide, x: Attribution): Set<string> => new Set(x.source.filter((i) => side.tokens[i]!.content).map((i) => side.tokens[i]!.key));
  const cw = words(c.side, cs);
  const aw = words(a.side, as);
  if (!cw.size || !aw.size || [...cw].some((k) => aw.has(k))) return;
  addAcross(cmp, c, a, tokensOf(cs), tokensOf(as), sourced, () => ({
    kind: 'attribution',
    severity: 'medium',
    reason: `${LABELS[sense] ?? 'The figure'} comes from ${quoted(attrText(c.side, cs), 50)} in the canonical (${quoted(C.sentences[c.sentence]!.text, 60)}), from ${quoted(attrText(a.side, as), 50)} here: check who gives it.`,
  }));
}

/**
 * One fact paired across two sentences the aligner did not link, one giving one speaker and the
 * other none ("Indonesian officials say at least 75 people have died" / "The quake has killed at
 * least 530 people"): the fact is sourced in one text and stated as fact in the other, a medium
 * `attribution` finding naming both sentences, as a source dropped or added in a group is. Quiet
 * when the sentence with no source is a headline (which gives none as a rule) or gives a source of
 * another claim. (Quiet too
 * where a sentence just before or after gives any source, tried first: on the tune gold that
 * silenced every finding the gold asks for, as wire copy sources most of its sentences.)
 */
function sourceDroppedOrAdded(cmp: Comparing, sense: string, c: Stated, a: Stated, sourced: readonly Discrepancy[]): void {
  const { C, A, lexicon } = cmp;
  const cs = speakerOf(c, lexicon);
  const as = speakerOf(a, lexicon);
  if (!cs === !as) return;
  const [bare, doc] = cs ? [a, A] : [c, C];
  // A headline gives no source as a rule.
  if (doc.sentences[bare.sentence]!.kind === 'heading') return;
  const gives = (sd: GroupSide): boolean => findAttributions(sd, lexicon).length > 0;
  if (gives(bare.side)) return;
  const label = LABELS[sense] ?? 'The figure';
  const reason = cs
    ? `${label} comes from ${quoted(attrText(c.side, cs), 50)} in the canonical (${quoted(C.sentences[c.sentence]!.text, 60)}); here it is given with no source: check who gives it.`
    : `${label} comes from ${quoted(attrText(a.side, as!), 50)} here; the canonical gives it with no source (${quoted(C.sentences[c.sentence]!.text, 60)}): check who gives it.`;
  addAcross(cmp, c, a, cs ? tokensOf(cs) : figureToks(c.fact), as ? tokensOf(as) : figureToks(a.fact), sourced, () => ({ kind: 'attribution', severity: 'medium', reason }));
}

/** The reason of a cross-sentence finding: what is counted, the canonical's figure and sentence, the article's figure, and what changed. */
function reasonOf(sense: string, c: Stated, a: Stated, from: string, to: string, canonicalSentence: string, valueChanged: boolean): string {
  const head = `${LABELS[sense] ?? 'The figure'}: ‘${from}’ in the canonical (${quoted(canonicalSentence, 60)}), ‘${to}’ here`;
  if (valueChanged) return `${head}, in a sentence not aligned with the canonical's.`;
  const cq = tokensText(c.side, c.fact.bound);
  const aq = tokensText(a.side, a.fact.bound);
  if (!aq) return `${head}: the qualifier ‘${cq}’ is dropped, and an estimate reads as an exact figure.`;
  if (!cq) return `${head}: the qualifier ‘${aq}’ is added.`;
  return `${head}: the qualifier changes from ‘${cq}’ to ‘${aq}’.`;
}
