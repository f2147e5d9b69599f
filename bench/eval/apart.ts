/**
 * `node --import tsx bench/eval/apart.ts [--list]`: the gold findings the tool misses on sentences
 * it did not link (the eval's "on sentences it did not link (aligner)"), by what kept the two
 * sentences apart, read off the aligner's state at the end (`runCase`, linkfit.ts). Same-language
 * tune pairs; each finding is put under the first class that applies:
 * - `segmentation`: a snippet over two of the tool's sentences; `heading`: a heading on a side;
 * - `both linked elsewhere`, `canonical linked elsewhere`, `article linked elsewhere`: one side
 *   or both in a group without the other (a join not made, or a partner taken first);
 * - both left over, by the best candidate between them: `no candidate` (the inverted index never
 *   paired them), `one word or none` (they share at most one term), then by the band of its
 *   similarity against the one-to-one threshold t = 0.3: `≥ t` (step 1's rules said no), `gap
 *   band` (0.6 t to t: gap filling's rules), `rewrite band` (0.35 t to 0.6 t: step 3b's), `below`.
 * Counted by finding and by distinct sentence pair, development origins and check origins apart
 * (the check origins, `checkOrigins` in gold.ts, are counted only, never listed). `--list`: each
 * development pair with its figures, the words the two share and the two sentences.
 *
 * Read on 29 Nov 2026 (align26, main 3bb22f26; findings (sentence pairs), original | fresh 1-12 |
 * check | all): one side linked elsewhere 25 (21) | 45 (37) | 8 (7) | 78 (65), of which the partner
 * is the sentence's own gold partner (a split or merge not made: joins.ts, shapes.ts) in 43 pairs
 * and another sentence (a partner taken first) in 15; both linked elsewhere 6 (6) | 11 (8) | 1 (1);
 * both left over: gap band 18 (15) | 21 (16) | 3 (3), rewrite band 10 (8) | 23 (21) | 1 (1), one
 * shared word or none 12 (10) | 9 (9) | 0, no candidate 4 (3) | 15 (13) | 1 (1), below 2 | 4 | 0,
 * at or above the threshold 0 | 3 | 0; a heading 1 | 9 | 2; segmentation 0 | 9 | 0; all 78 (66) |
 * 149 (127) | 16 (15) | 243 (208). In the gap band, what gap filling refused (a scratch trace,
 * not kept): out of the story's order 11 (6 of them with three words and a rare one),
 * `saysOtherThing` (under a quarter carried) 8, `gapShared` 4, a partner taken by then 2, one
 * statement 2, opposites 2, what follows a source 1. Most pairs of every class are retellings
 * that share two to five words, many of them two statements of one count (a toll, a magnitude,
 * the people without power) with other figures.
 * Shipped: step 3c links the one statement of a fact left over on each side where a text states
 * it twice or more, with two shared words, in order, each the other's best leftover (tune +1
 * item, +1 finding, no false link; see the commit). Tried and not kept (scratch flags):
 * - that pairing with no word evidence: 11 more links, 5 right, 6 false (another quake's or
 *   another side's count: "a 6.0-magnitude earthquake on Sunday" / "activity began with a
 *   magnitude 6.7 quake on March 16"), tune −5 items, +2 findings, +7 false links; with two shared
 *   words and in order but not each other's best: tune +1 item, +3 findings, +1 false link (fresh
 *   1 −2 items); each other's best but out of order: tune −2 items, +1 finding, +2 false links;
 * - gap filling out of the story's order for a mutual best pair (with three words and a rare
 *   one: tune −18 items, +16 false links, unrelated links 13 → 17; any: −48, +38, 13 → 18);
 * - gap filling without `saysOtherThing` for pairs sharing four words (and a rare one): tune
 *   −13 / −14 items, +7 / +9 false links, fresh 15 (check) −2 items.
 *
 * Read again on 29 Nov 2026 (align27, main c29ce812, the sixteenth fresh set moved in: the check
 * origins are fresh 14-16, the column "fresh 1-12" holds fresh 1-13; findings (sentence pairs),
 * original | fresh 1-13 | check | all): article linked elsewhere 12 (9) | 29 (24) | 3 (3) | 44 (36),
 * canonical linked elsewhere 13 (12) | 20 (16) | 1 (1) | 34 (29), both linked elsewhere 6 (6) | 11
 * (8) | 1 (1) | 18 (15); left over: gap band 18 (15) | 22 (17) | 4 (4) | 44 (36), rewrite band 10 (8)
 * | 23 (21) | 1 (1) | 34 (30), one word or none 12 (10) | 8 (8) | 1 (1) | 21 (19), no candidate 4 (3)
 * | 15 (13) | 1 (1) | 20 (17), below 2 | 4 | 0 | 6, ≥ t 0 | 2 | 1 (1) | 3; heading 1 | 10 (9) | 2 | 13
 * (12); segmentation 0 | 9 (8) | 0 | 9 (8); all 78 (66) | 153 (130) | 15 (15) | 246 (211).
 * The one side linked elsewhere (78 findings, 65 pairs), by what keeps the leftover out of its
 * partner's group (the first test of `joinBlock`, alignJoin.ts, asked in the state the alignment
 * ends with; a scratch script, not kept), original | fresh 1-13 | check: a partner taken first
 * (the linked side sits with another than its gold partner) 4 (3) | 17 (12) | 1 (1); under a fifth
 * of the leftover inside the partner 6 (6) | 13 (11) | 2 (2), no shared term 1 (1) | 2 (2) | 0; the
 * partner linked late, after the joins (gap filling 3 (3) | 6 (5) | 0, a fact pair 0 | 2 (2) | 0);
 * far 6 (4) | 6 (5) | 0; not more alike 5 (4) | 2 (2) | 1 (1); one word 0 | 1 (1) | 0. In every
 * pair a partner was taken from (development origins), the link made is the more alike by the
 * words (the gold pair's similarity 0.05–0.46, the link's 0.22–0.52; one tie): the gold pairs a
 * retold fact with a sentence that says less of its words, which no best-first rule reads. Tried and
 * not kept (align27, scratch flags; right / false / neither links on the development origins):
 * - a second pass of the joins after steps 3 to 3c (fresh candidates, `joinBlock` as in step 2)
 *   into the groups gap filling, rewrites and fact pairs made (step "3c" dropped on 27 Nov with 1
 *   right in 6; retried because tune has doubled since): 7 / 10 / 2 (original 1 / 8 / 1, ex-fresh
 *   6 / 2 / 1); only a neighbour (reach 1) 6 / 9 / 1; only a join that makes the group more alike
 *   and as alike as a one-to-one link (≥ 0.3) 4 / 6 / 1; only a leftover in the paragraph of a
 *   member of the group (position as evidence) 4 / 6 / 0; only one that fills in a part the
 *   group's sentence lacks (`fillsPart`) 3 / 4 / 0. The right ones sit mostly in one Learning
 *   English retelling; the false ones add an omitted or added sentence to a right gap link;
 * - `far` lifted for a piece at least half inside that makes the group more alike: tune 5147 →
 *   5147 items, +1 false link (original −2, fresh 3 +3, fresh 4 −3, fresh 9 −1, fresh 1 +1, fresh
 *   13 +1; fresh 16, a check origin, +1); with a gain over 0.02 and a rare term: 5146, +2 false;
 *   with three shared words: as the first.
 *
 * Read again on 29 Nov 2026 (align30, main 97e84ca8, the nineteenth fresh set moved in: the check
 * origins are fresh 17-19, the column "fresh 1-12" holds fresh 1-16; findings (sentence pairs),
 * original | fresh 1-16 | check | all): article linked elsewhere 12 (9) | 32 (27) | 1 (1) | 45 (37),
 * canonical linked elsewhere 13 (12) | 21 (17) | 0 | 34 (29), both linked elsewhere 6 (6) | 12 (9) |
 * 1 (1) | 19 (16); left over: gap band 18 (15) | 26 (21) | 3 (2) | 47 (38), rewrite band 10 (8) | 24
 * (22) | 1 (1) | 35 (31), one word or none 12 (10) | 9 (9) | 1 (1) | 22 (20), no candidate 4 (3) | 15
 * (13) | 0 | 19 (16), below 2 (2) | 4 (4) | 0 | 6 (6), ≥ t 0 | 3 (3) | 1 (1) | 4 (4); heading 1 (1) |
 * 13 (12) | 1 (1) | 15 (14); segmentation 0 | 9 (8) | 0 | 9 (8); all 78 (66) | 168 (145) | 9 (8) |
 * 255 (219) (the eval's 261 less 6 on translations). By the kind of the finding (development):
 * number 84, attribution 40, clause 38, time 35, hedge 25, quote 11, name 9, negation 4.
 * The 96 development sentence pairs left over on both sides with a candidate between them (a scratch
 * dump of every leftover pair at the end, kept off the branch), by the gate that refuses them: gap
 * band out of the story's order (anchors, slack 2) 20, `saysOtherThing` 8, one phrase or one name
 * 3, other 5; rewrite band not each other's best 18, under two rare terms and no shared figure 6,
 * out of order 4, other 2; one shared word or none 20; below 6; ≥ t 4 (norcal-wildfires' weak link
 * undone by step 3d as a lone link, liberia-2011's refused by `carriesQuotations`: now linked, a
 * quotation's words the other sentence reports without quotation marks count; sewol's by
 * `sharesMoreThanSource`, right to refuse alone: the gold pairs two canonical sentences with it;
 * carter-stennis': its partner taken by a weak link that step 3d then undid). The fact anchor the
 * brief expected (the same uncommon figure, name or date, words rewritten) is nearly absent: 2 of
 * the 96 share a figure (1 a figure no other sentence has), 31 a name; the figure is what the copy
 * changed ("25 people were confirmed dead" / "Thirty-six people are confirmed dead"), which is the
 * finding itself. The figure is already read where it is kept (`sharesFigure`, step 3b; step 3c).
 * Tried on paper and not kept (scratch scripts over the state at the end; right / false / neither,
 * development origins):
 * - gap-band pairs out of order (past the slack of 2) that are each other's best leftover: 22 /
 *   71 / 3; of them, those that pass every other gate of gap filling 18 / 33 / 2 (12 of the right
 *   carry a missed finding); by how far out of order, just past the slack (2 canonical sentences):
 *   9 / 16 / 1, one linked sentence crossed: 7 / 11 / 0: no band of distance is half right, as
 *   align26 found without the distance;
 * - every leftover pair that is each other's best: 81 / 497 / 18; sharing a figure: 2 / 3; a
 *   figure no other sentence has: 3 / 1 (4 pairs in all); a name and two rare terms: 13 / 27 / 3;
 * - step 3d's lone link kept where the two texts are one story by their names (crossFacts.ts'
 *   `oneStory`: the share of names in common): the development pairs whose only link 3d undoes
 *   (18 pairs, all ending with nothing linked; by the group undone) are right 11, false 6, neither 1; the 7 lone
 *   links 3d undoes between unrelated texts share 6% to 56% of their names (the tune ones 17% to
 *   65%) and sit at the same similarities (weak links 0.30-0.34 there, 0.31-0.44 here): no bar
 *   on the names or the similarity keeps the right ones without the unrelated ones.
 */
import { franc } from 'franc-min';
import { runCase, type Run } from './linkfit';
import { goldName, isCheckOrigin, loadGoldCases, readText } from './gold';
import { sentencesOf } from './score';
import type { State } from '../../src/core/alignState';

const T = 0.3;

interface Row {
  origin: string;
  check: boolean;
  cls: string;
  key: string;
  kinds: string[];
  text: string;
}

function sharedWords(s: State, c: number, a: number): string {
  const at = new Set(s.av[a]!.terms);
  const words = new Set<string>();
  for (const t of s.canon.tokens[c]!) if (t.content && at.has(s.termOf(t))) words.add(t.norm);
  return [...words].join(' ');
}

function classOf(r: Run, C: number[], A: number[]): { cls: string; facts: string } {
  const s = r.state!;
  if (C.length !== 1 || A.length !== 1) return { cls: 'segmentation', facts: `c${C.join('+')} a${A.join('+')}` };
  const [c, a] = [C[0]!, A[0]!];
  if (s.canon.sentences[c]!.kind !== 'sentence' || s.art.sentences[a]!.kind !== 'sentence') return { cls: 'heading', facts: '' };
  const cand = s.pairs.find((q) => q.c === c && q.a === a);
  const fig = cand ? `dice ${cand.dice.toFixed(3)} shared ${cand.shared} rare ${cand.rare}` : 'no candidate';
  const gc = s.cGroup[c]!;
  const ga = s.aGroup[a]!;
  const step = (side: 'c' | 'a', x: number): string => r.links.find((l) => l[side] === x)?.step ?? '?';
  const partner = (side: 'c' | 'a', x: number, g: number): string => {
    const ys = side === 'c' ? s.groups[g]!.a : s.groups[g]!.c;
    const gold = ys.some((y) => r.pairs.some((q) => (side === 'c' ? q.c.includes(x) && q.a.includes(y) : q.a.includes(x) && q.c.includes(y))));
    return `${side}${x}→${ys.join('+')} (${step(side, x)}, ${gold ? 'gold' : 'other'})`;
  };
  const shared = cand ? ` [${sharedWords(s, c, a)}]` : '';
  if (gc >= 0 && ga >= 0) return { cls: 'both linked elsewhere', facts: `${fig}; ${partner('c', c, gc)}; ${partner('a', a, ga)}${shared}` };
  if (gc >= 0) return { cls: 'canonical linked elsewhere', facts: `${fig}; ${partner('c', c, gc)}${shared}` };
  if (ga >= 0) return { cls: 'article linked elsewhere', facts: `${fig}; ${partner('a', a, ga)}${shared}` };
  if (!cand) return { cls: 'left over: no candidate', facts: fig };
  const cls =
    cand.shared <= 1 ? 'left over: one word or none' : cand.dice >= T ? 'left over: ≥ t' : cand.dice >= 0.6 * T ? 'left over: gap band' : cand.dice >= 0.35 * T ? 'left over: rewrite band' : 'left over: below';
  return { cls, facts: `${fig}${shared}` };
}

export default function run(argv: string[] = process.argv.slice(2)): void {
  const list = argv.includes('--list');
  const rows: Row[] = [];
  for (const g of loadGoldCases().filter((x) => x.set === 'tune')) {
    const cText = readText(g.canonicalPath);
    const aText = readText(g.articlePath);
    if (franc(cText, { minLength: 10 }) !== franc(aText, { minLength: 10 })) continue;
    const r = runCase(g);
    if (!r.state) continue;
    const check = isCheckOrigin(r.origin);
    r.score.findings.forEach((f) => {
      if (f.found || f.linked !== 'apart') return;
      const C = sentencesOf(f.c, cText, r.tool.canonical.sentences);
      const A = sentencesOf(f.a, aText, r.tool.article.sentences);
      const { cls, facts } = classOf(r, C, A);
      const key = `${goldName(g)} c${C.join('+')}↔a${A.join('+')}`;
      const prev = rows.find((x) => x.key === key);
      if (prev) return void prev.kinds.push(f.kind);
      const text = check ? '' : `${facts}\n    C: ${C.map((i) => r.state!.canon.sentences[i]?.text).join(' | ').slice(0, 300)}\n    A: ${A.map((i) => r.state!.art.sentences[i]?.text).join(' | ').slice(0, 300)}`;
      rows.push({ origin: r.origin, check, cls, key, kinds: [f.kind], text });
    });
  }
  const classes = [...new Set(rows.map((x) => x.cls))].sort();
  if (list)
    for (const cls of classes)
      for (const x of rows.filter((y) => y.cls === cls && !y.check)) console.log(`${cls.padEnd(28)} ${x.origin.padEnd(9)} ${x.key} {${x.kinds.join(',')}}: ${x.text}`);
  const cnt = (xs: Row[]): string => `${xs.reduce((n, x) => n + x.kinds.length, 0)} (${xs.length})`;
  console.log('\ngold findings missed on sentences the tool did not link, by cause: findings (sentence pairs)');
  console.log(`${'cause'.padEnd(28)} ${'original'.padEnd(10)} ${'fresh 1-12'.padEnd(10)} ${'check'.padEnd(10)} all`);
  for (const cls of classes) {
    const xs = rows.filter((x) => x.cls === cls);
    console.log(`${cls.padEnd(28)} ${cnt(xs.filter((x) => x.origin === 'original')).padEnd(10)} ${cnt(xs.filter((x) => x.origin !== 'original' && !x.check)).padEnd(10)} ${cnt(xs.filter((x) => x.check)).padEnd(10)} ${cnt(xs)}`);
  }
  console.log(`${'all'.padEnd(28)} ${cnt(rows.filter((x) => x.origin === 'original')).padEnd(10)} ${cnt(rows.filter((x) => x.origin !== 'original' && !x.check)).padEnd(10)} ${cnt(rows.filter((x) => x.check)).padEnd(10)} ${cnt(rows)}`);
}

if (require.main === module) run();
