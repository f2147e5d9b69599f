/**
 * `node --import tsx bench/eval/falselinks.ts [--list] [--unrelated]`: the false links, by the step
 * of the aligner that made them and by what the two sentences share. A false link is a group of
 * the tool's that holds a sentence the gold marks omitted or added (score.ts, the eval's "false
 * links"); the link that brought that sentence in (the first link of the `LinkTrace`, alignState.ts,
 * between two of the group's sentences that touches it) names the step: `exact`, `strong`, `weak`,
 * `join`, `gap`, `rewrite`, `fact`, `title`, `headline`, or `regroup` (no such link: step 2b merged
 * two groups). Each is put in a shape:
 * - `beside its partner`: the group also holds a gold pair (the omitted or added sentence joined
 *   a right link: a split or merge made where the gold has none);
 * - `another statement`: the other sentence of the false link has a gold partner elsewhere (a
 *   sentence of the same event that says another thing);
 * - `both unpaired`: the other sentence is omitted or added too, or in no gold item (the copy
 *   dropped one and added another, and the aligner took them for one);
 * and by what the two sentences of the false link share (the aligner's terms, after its remaps),
 * first that applies: `a name` (a word capitalised inside a sentence, `isNameWord`), `a figure`,
 * `a date` (a month, a weekday, a year), `a rare word` (a term no other sentence of either text
 * has), `common words only` (every shared term one of the language's most common words,
 * `commonWords`, alignVectors.ts: "officials said", "people", "government"), `other words`.
 * Tune, same-language pairs; counted by origin group: the original families, the development
 * ex-fresh sets and the check origins (`checkOrigins`, gold.ts: counted only, never listed).
 * `--list`: each false link of the development origins with its step, shape, shared words and
 * the two sentences. `--across`: each link of the translations of the development origins
 * (alignAcross.ts: no steps; one dynamic programme) with the anchors its two sides share. `--unrelated`: the same table for the links between texts of different events
 * (`unrelatedPairs`, unrelated.eval.ts: every link there is false; each is `another statement`).
 *
 * Read on 29 Nov 2026 (align28, main 57e508c6; same-language tune pairs, false links original |
 * development ex-fresh (fresh 1–14) | check origins | unrelated pairs): by step, strong 2 | 6 | 1 | 1,
 * weak 4 | 29 | 7 | 3, join 1 | 3 | 1 | 0, gap 4 | 28 | 4 | 7, title 2 | 11 | 1 | 2, exact 0 | 0 | 0 | 1
 * (a programme's formula two stories carry), rewrite 0 | 0 | 0 | 1, fact 0 | 0 | 0 | 1; all 13 | 77 |
 * 14 | 16. By shape: beside its partner 3 | 9 | 1, another statement 6 | 24 | 1 | 16, both unpaired 4 |
 * 44 | 12. By what they share: a name 7 | 51 | 9 | 4, a figure 1 | 3 | 1 | 2, a date 0 | 1 | 0 | 0, a
 * rare word 4 | 17 | 2 | 7, common words only 0 | 0 | 0 | 2, other words 1 | 5 | 2 | 1. The bulk (weak
 * and gap links, both sentences unpaired, sharing a name of the story) are two statements of one
 * event that share its names and two to six words; right links of the same steps look alike
 * (linkfit.ts: weak 174 right / 43 false, gap 68 / 38, title 24 / 14 on all of tune). The titles
 * (step 3e): right and false alike share one or two words of the story's subject (1 shared word: 11
 * right, 6 false; 2 or more: 10 / 7): no threshold on the words tells a headline of the same fact.
 * Shipped: no weak, gap or rewrite link by the language's 300 most common words alone
 * (`sharesOnlyCommonWords`, alignShared.ts: "killed" / "people", "reported" / "case"; among the
 * development links below the firm bar, only false ones share nothing rarer): tune 5301 → 5303
 * items, false links 111 → 110 (fresh 9), check origins and held-out unchanged; unrelated links 16
 * in 7 pairs → 14 in 6 (the two gap links of sierra-leone × phelps: one by "used" / "going", the
 * other then alone and undone by step 3d). Not reached: "reported" / "case" and "killed" / "people"
 * where the other text writes a rarer form of the term ("cases", "died" as the synonym of "killed"):
 * every form must be common, or a story's own word would pass for a common one.
 * Tried on paper and not kept (a scratch dump of every link's features): the gap step's rare word
 * counted only past the language's most common words (top 1000: development −1 false, −1 right,
 * −1 neither; unrelated −3); a text-level test of the names two texts share (how many, in how many
 * sentences) where no link is firm: single-name pairs of one story (iran-quake, padang, kiholo)
 * look as the unrelated ones do.
 * Read on 29 Nov 2026 (align31, main ba84a10f; translations, `--across` and scratch dumps not kept):
 * tune translations 29 pairs, false links 18/186: original 0, development ex-fresh 7, check origins
 * (fresh 20) 11. The seven: a heading linked to a letterhead line by length alone ("fresh wounds
 * …" / "Bureau de la porte-parole", clinton-benghazi); a sentence whose better partner the
 * neighbour took (the in-order programme: clinton c3/a7 shares "Benghazi", "Libya", "American"
 * while c5 shares six anchors with a7 and went to a merge; nasa-2016 c7/a8 shares one cognate,
 * "record", as its neighbour c6 does); a 2-to-1 merge whose second sentence the copy dropped,
 * fitted by length (haiti-independence_2: the ratio of the two texts' lengths is 0.52 where the
 * whole translation's is 1.2, the copy being partial; moore-tornado_3 c2+c3/a1 by "24"); a
 * Persian story written apart, linked by length alone (moore-tornado_3 ×2; iom-migrants, the
 * same shape, links right). Right links of one shared anchor are common (tehran "444", iom
 * "2600", blinken-911 "sacrifice", rubio "migr…"): no count of shared anchors tells them apart.
 * Unrelated pairs across languages (a scratch: each non-English tune article against every
 * fifth English tune canonical of another event; 1,487 pairs) link 6,333 sentences in 1,486
 * pairs: the programme links by length wherever nothing crosses. Tried, not shipped (it broke five
 * made-up tests in time to fix): two texts in one script whose links are not one third sharing
 * two anchors or more (`isParallel`) re-run the programme keeping only links with two shared
 * names or figures or three anchors: unrelated Latin-script links 5,421 → 301 (Arabic-script 912
 * untouched), development translations 140 → 139 items and 7 → 6 false links (haiti_2 loses
 * "216"), check origins 33 → 36 items, false 11 → 9. What broke it: Vietnamese is Latin script
 * with few cognates (the script does not say whether anchors can speak: a share of crossing
 * anchors would), and two-sentence made-up translations have too few links for the share.
 *
 * Read on 29 Nov 2026 (align32, main 45b4bb3d): the sketch above made general (`parallel`,
 * alignAcross.ts). Not the script but the pins decide: a pin is a figure, a month, or a name
 * written inside a sentence (not its first word: "El", "Le" open sentences in any text) that both
 * sides write, or two shared anchors; a pair is parallel when its programme's path pins one in
 * four sentences of the shorter text (a made-up Vietnamese translation pins "Việt Nam" in three
 * sentences), or when nothing can cross (one side writes no figure, no anchor crossing: kerry's
 * Arabic, linked by length, stays). Otherwise nothing links. Unrelated pairs across languages
 * 8,490 links in 1,885 of 1,888 pairs → 792 in 187 (unrelated.eval.ts has the reading and what
 * was tried). Development translations: false links 7 unchanged (the seven above are in parallel
 * pairs: the gate does not reach them).
 * Read on 30 Nov 2026 (align33, main 9fedbec2): the `across` trace now also tells the programme's
 * path before the gate keeps or drops it (`path`; `Run.across`, linkfit.ts), to read the pairs
 * the gate drops. Shipped: where only the length can link (nothing crosses), a permutation test
 * of the order (`orderSpeaks`, alignAcross.ts; unrelated.eval.ts has the reading and what was
 * tried): unrelated links across languages 978 → 391; translations' false links 29/248 unchanged.
 *
 * Read on 29 Nov 2026 (align29, main c65703ae → branch align29): false links original | ex-fresh
 * (fresh 1–15) | check | unrelated 13 | 80 | 14 | 16 → 13 | 78 | 12 | 8. Shipped: where they stand
 * tells the single name two texts share apart (`storyNames`, alignShared.ts: one name, not in both
 * leads, and no firm link → no link below the firm bar; unrelated.eval.ts has the reading). What
 * that cannot reach: a weak link between two statements of one story that share its names
 * ("President Michelle Bachelet toured …" / "President Michelle Bachelet addressed …", "Prime Minister
 * Yousuf Raza Gilani has visited …" / "… traveled to …"): two texts with many names in common and
 * firm links, where the false weak and gap links (ex-fresh: weak 29, gap 28, both unpaired 36 of
 * them) share the story's names and two to six words, as right ones do. Not tried this session.
 */
import { compare } from '../../src/core/compare';
import type { State } from '../../src/core/alignState';
import { isNameWord } from '../../src/core/alignShared';
import { commonWords } from '../../src/core/alignVectors';
import type { Token } from '../../src/core/text';
import { wordVectors } from '../../src/read/wordVectors';
import { goldName, isCheckOrigin, loadGoldCases, readText } from './gold';
import { runCase, type Run } from './linkfit';
import type { AcrossItem } from '../../src/core/alignAcross';
import { unrelatedPairs } from './unrelated.eval';

export const SHAPES = ['beside its partner', 'another statement', 'both unpaired'] as const;
export const SHARES = ['a name', 'a figure', 'a date', 'a rare word', 'common words only', 'other words'] as const;
type Shape = (typeof SHAPES)[number];
type Share = (typeof SHARES)[number];

/** One false link, classed. */
export interface FalseLink {
  origin: string;
  step: string;
  shape: Shape;
  share: Share;
  words: string[];
  c: number;
  a: number;
  text: [string, string];
  where: string;
}

const vectors = wordVectors();
const common = commonWords(vectors);
const DATE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/i;

/** The shared terms of two sentences of the state, with one token of the canonical's for each. */
function sharedTokens(s: State, c: number, a: number): Array<{ t: Token; i: number; term: number }> {
  const inA = new Set(s.art.tokens[a]!.filter((t) => t.content).map(s.termOf));
  const seen = new Set<number>();
  const out: Array<{ t: Token; i: number; term: number }> = [];
  s.canon.tokens[c]!.forEach((t, i) => {
    const term = s.termOf(t);
    if (!t.content || !inA.has(term) || seen.has(term)) return;
    seen.add(term);
    out.push({ t, i, term });
  });
  return out;
}

/** What two sentences share, first that applies (see the header). */
export function shareOf(s: State, c: number, a: number): { share: Share; words: string[] } {
  const sh = sharedTokens(s, c, a);
  const words = sh.map((x) => x.t.norm);
  const ts = s.canon.tokens[c]!;
  const aTerms = s.art.tokens[a]!.map(s.termOf);
  const nameInA = (term: number): boolean => s.art.tokens[a]!.some((t, i) => s.termOf(t) === term && isNameWord(s.art.tokens[a]!, i, s.names));
  if (sh.some((x) => isNameWord(ts, x.i, s.names) && nameInA(x.term))) return { share: 'a name', words };
  if (sh.some((x) => x.t.num !== null && !(x.t.num >= 1900 && x.t.num <= 2100))) return { share: 'a figure', words };
  if (sh.some((x) => DATE.test(x.t.norm) || (x.t.num !== null && x.t.num >= 1900 && x.t.num <= 2100))) return { share: 'a date', words };
  const elsewhere = (term: number): boolean =>
    s.canon.tokens.some((u, i) => i !== c && u.some((t) => s.termOf(t) === term)) || s.art.tokens.some((u, i) => i !== a && u.some((t) => s.termOf(t) === term));
  if (sh.some((x) => !elsewhere(x.term))) return { share: 'a rare word', words };
  if (sh.length > 0 && sh.every((x) => common(x.t) || aTerms.length === 0)) return { share: 'common words only', words };
  return { share: 'other words', words };
}

const sentenceText = (s: State, side: 'c' | 'a', i: number): string => {
  const doc = side === 'c' ? s.canon : s.art;
  const ts = doc.tokens[i]!;
  return doc.text && ts.length ? doc.text.slice(ts[0]!.start, ts[ts.length - 1]!.end) : ts.map((t) => t.norm).join(' ');
};

/** The false links of one run of a tune pair, classed. */
export function falseLinksOf(r: Run): FalseLink[] {
  const s = r.state;
  if (!s) return [];
  const out: FalseLink[] = [];
  for (const g of r.score.falseLinkGroups) {
    const touches = (l: { c: number; a: number }): boolean => g.canonical.includes(l.c) && g.article.includes(l.a) && (r.omitted.has(l.c) || r.added.has(l.a));
    const l = r.links.find(touches);
    const c = l?.c ?? g.canonical.find((x) => r.omitted.has(x)) ?? g.canonical[0]!;
    const a = l?.a ?? g.article.find((x) => r.added.has(x)) ?? g.article[0]!;
    const holdsGold = r.pairs.some((p) => p.c.some((x) => g.canonical.includes(x)) && p.a.some((x) => g.article.includes(x)));
    const other = r.omitted.has(c) ? (r.added.has(a) ? null : r.pairs.some((p) => p.a.includes(a))) : r.pairs.some((p) => p.c.includes(c));
    const shape: Shape = holdsGold ? 'beside its partner' : other ? 'another statement' : 'both unpaired';
    const { share, words } = shareOf(s, c, a);
    out.push({ origin: r.origin, step: l?.step ?? 'regroup', shape, share, words, c, a, text: [sentenceText(s, 'c', c), sentenceText(s, 'a', a)], where: goldName(r.gold) });
  }
  return out;
}

/** The false links of the unrelated pairs (every link), classed by the step that made it and what the two share. */
export function unrelatedFalseLinks(): FalseLink[] {
  const out: FalseLink[] = [];
  for (const { canonical, article } of unrelatedPairs()) {
    let state: State | null = null;
    const links: Array<{ step: string; c: number; a: number }> = [];
    const alignTrace = (step: string, c: number, a: number, st: unknown): boolean => {
      if (step === 'rules') state = st as State;
      else if (step !== 'dropped') links.push({ step, c, a });
      return true;
    };
    const r = compare(readText(canonical.canonicalPath), readText(article.articlePath), { vectors, alignTrace });
    const s = state as State | null;
    if (!s) continue;
    for (const g of r.alignments) {
      const l = links.find((x) => g.canonical.includes(x.c) && g.article.includes(x.a));
      const c = l?.c ?? g.canonical[0]!;
      const a = l?.a ?? g.article[0]!;
      const { share, words } = shareOf(s, c, a);
      out.push({ origin: 'unrelated', step: l?.step ?? 'regroup', shape: 'another statement', share, words, c, a, text: [sentenceText(s, 'c', c), sentenceText(s, 'a', a)], where: `${canonical.family} × ${article.family}` });
    }
  }
  return out;
}

const groupOf = (origin: string): string => (origin === 'unrelated' ? 'unrelated' : origin === 'original' ? 'original' : isCheckOrigin(origin) ? 'check' : 'ex-fresh');

function table(all: readonly FalseLink[], rowOf: (f: FalseLink) => string, rows: readonly string[], title: string): void {
  const cols = ['original', 'ex-fresh', 'check', 'unrelated'].filter((g) => all.some((f) => groupOf(f.origin) === g));
  console.log(`\n${title.padEnd(22)} ${cols.map((c) => c.padStart(10)).join(' ')}`);
  for (const row of rows) {
    const cells = cols.map((g) => all.filter((f) => groupOf(f.origin) === g && rowOf(f) === row).length);
    if (cells.some((n) => n > 0)) console.log(`${row.padEnd(22)} ${cells.map((n) => String(n).padStart(10)).join(' ')}`);
  }
  console.log(`${'all'.padEnd(22)} ${cols.map((g) => String(all.filter((f) => groupOf(f.origin) === g).length).padStart(10)).join(' ')}`);
}

/** `--across`: each link of a translation of the development origins, with the anchors its two sides share (alignAcross.ts). */
function acrossLinks(r: Run): void {
  if (isCheckOrigin(r.origin) || !r.across) return;
  const anchors = (items: AcrossItem[], ids: number[]): Set<string> => new Set(items.filter((x) => ids.includes(x.id)).flatMap((x) => [...x.anchors]));
  console.log(`\n${r.origin} ${goldName(r.gold)}: ${r.score.falseLinks} false of ${r.score.links} links`);
  for (const g of r.tool.alignments) {
    const label = r.score.falseLinkGroups.some((x) => x.canonical.join() === g.canonical.join() && x.article.join() === g.article.join())
      ? 'false'
      : r.pairs.some((p) => p.c.some((x) => g.canonical.includes(x)) && p.a.some((x) => g.article.includes(x)))
        ? 'right'
        : 'neither';
    const ca = anchors(r.across.canonical, g.canonical);
    const aa = anchors(r.across.article, g.article);
    console.log(`  ${label.padEnd(7)} c${g.canonical.join('+')} a${g.article.join('+')} anchors ${ca.size}/${aa.size} shared [${[...ca].filter((x) => aa.has(x)).join(' ')}]`);
  }
}

const STEPS = ['exact', 'strong', 'weak', 'join', 'gap', 'rewrite', 'fact', 'title', 'headline', 'regroup'];

export default function run(argv: string[] = process.argv.slice(2)): void {
  const cases = loadGoldCases().filter((c) => c.set === 'tune');
  const all: FalseLink[] = [];
  for (const c of cases) {
    const r = runCase(c);
    if (r.across) {
      if (argv.includes('--across')) acrossLinks(r);
      continue; // a translation (alignAcross.ts): no link steps
    }
    all.push(...falseLinksOf(r));
  }
  if (argv.includes('--unrelated')) all.push(...unrelatedFalseLinks());
  console.log('false links of tune (same-language pairs) by the step that made them and by what the two sentences share');
  table(all, (f) => f.step, STEPS, 'step');
  table(all, (f) => f.shape, SHAPES, 'shape');
  table(all, (f) => f.share, SHARES, 'share');
  const cross = STEPS.flatMap((st) => SHAPES.map((sh) => `${st} / ${sh}`));
  table(all, (f) => `${f.step} / ${f.shape}`, cross, 'step / shape');
  table(all, (f) => `${f.step} / ${f.share}`, STEPS.flatMap((st) => SHARES.map((sh) => `${st} / ${sh}`)), 'step / share');
  if (argv.includes('--list'))
    for (const f of all) {
      const g = groupOf(f.origin);
      if (g === 'check') continue;
      console.log(`\n${f.step} · ${f.shape} · ${f.share} · ${f.origin} ${f.where} c${f.c}↔a${f.a} shared: ${f.words.join(', ')}\n    C: ${f.text[0]}\n    A: ${f.text[1]}`);
    }
}

if (require.main === module) run();
