/**
 * Headlines over the lead (step 4 of `align`): a headline or deck left over is linked to the
 * sentence of the other text that states its fact, the sentence it sums up.
 *
 * A headline is a statement like any other (test/fixtures/gold/README.md, "Headlines"): it is
 * paired with the sentence of the other text that states its fact, most often the lead under the
 * other text's headline, or under none: a wire text without a headline, a copy that dropped it.
 * Its words are few and most of them are the lead's ("Philippines Prepares for First Rice Harvest
 * Since Haiyan" / "Some farmers in the central Philippines are preparing for their first rice
 * harvest since a powerful typhoon hit the country."), so the one-to-one similarity of the two is
 * low however well the one sums up the other: what tells it is how much of the headline sits
 * inside the sentence (containment, the share of the headline's term weight the sentence holds).
 *
 * Linked, each way round, when all of these hold:
 * - the heading stands at the top of its text, above its first sentence, the first or second
 *   item there (a headline, or the deck under it): a heading lower down heads a section;
 * - it has `MIN_TERMS` terms or more (a name, "Jet Propulsion Laboratory", is a credit line);
 * - at least half of its term weight sits inside one sentence or heading of the other text (the
 *   one that holds the most), and it shares `MIN_SHARED` terms with it (as gap filling asks
 *   for a weak link: two words, "Haiti" and "earthquake", are the story's, not one statement's);
 * - the two texts are one story and their bodies are linked (as for the two titles, step 3e).
 * Where its own text's lead (the first sentence under it) holds half of it or more and is linked,
 * its home is that lead's group, when the group's other side shares `MIN_SHARED` of its terms (a
 * headline states the fact of the lead under it, and so does the lead's partner); else the one
 * sentence that holds the most of it, as above. The heading joins that group (a headline and the
 * lead it sums up, a merge), or the two make a group; the group is shown whole, but the headline
 * is compared with the other side as a summary (`splitHeadlines`).
 *
 * Both ways round alike: the wire's headline over a copy that dropped it, and the copy's headline
 * over a wire text that has none (or one the two titles' step, 3e, left apart: two facts). Its
 * fact is carried by the other text's lead; calling the one omitted, or the other added, would
 * tell of a loss or an addition nobody made. A copy's heading that states nothing of the wire
 * text stays added.
 */
import { overlap, sharedCount, union, type Vec } from './alignTerms';
import { link, MAX_SIDE, type State } from './alignState';

/** The fewest terms a heading needs to be a headline that sums up a sentence (as `summariesAndRepeats`, align.ts, asks). */
const MIN_TERMS = 3;
/** The least share of a heading's term weight that must sit inside the sentence it sums up. */
const MIN_INSIDE = 0.5;
/** The fewest terms the heading and that sentence must share. */
const MIN_SHARED = 3;
/** How many items at the top of a text (above its first sentence) may be its headline or deck. */
const TOP_ITEMS = 2;

/** The headings at the top of a text: its first `TOP_ITEMS` alignable items above its first sentence, those that are headings. */
function topHeadings(doc: State['canon']): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let i = 0; i < doc.sentences.length && seen < TOP_ITEMS; i++) {
    const kind = doc.sentences[i]!.kind;
    if (kind === 'sentence') break;
    if (kind !== 'heading') continue;
    out.push(i);
    seen++;
  }
  return out;
}

/** Where a heading's words sit: the group or sentence of the other text, with how much of the heading it holds and how many terms it shares. */
interface Home {
  /** A sentence of the other text (the heading links to it, or joins its group). */
  y: number;
  inside: number;
  shared: number;
}

/**
 * The home of heading `h` in the other text: the group its own text's lead went to, when enough
 * of the heading sits inside that group's other side (a headline states the fact of the lead
 * under it, and the lead's partner states it too); else the sentence or heading of the other text
 * that holds the most of it (a copy that tells the fact lower down, or a lead left over).
 */
function homeOf(s: State, h: number, isArticle: boolean): Home | null {
  const own = isArticle ? s.art : s.canon;
  const otherDoc = isArticle ? s.canon : s.art;
  const vec = (isArticle ? s.av : s.cv)[h]!;
  if (vec.weight <= 0) return null;
  const lead = own.sentences.findIndex((x, i) => i > h && x.kind === 'sentence');
  const leadGroup = lead >= 0 ? (isArticle ? s.aGroup : s.cGroup)[lead]! : -1;
  // The headline sums up the lead under it (half of it or more sits inside that lead), and the lead's partner shares enough of it.
  if (leadGroup >= 0 && overlap(vec.terms, (isArticle ? s.av : s.cv)[lead]!.terms, s.idf) / vec.weight >= MIN_INSIDE) {
    const partners = isArticle ? s.groups[leadGroup]!.c : s.groups[leadGroup]!.a;
    const home = homeIn(s, vec, partners, isArticle ? s.cv : s.av);
    if (home.shared >= MIN_SHARED) return home;
  }
  let best: (Home & { dice: number }) | null = null;
  for (const p of s.overlapping) {
    if ((isArticle ? p.a : p.c) !== h) continue;
    const y = isArticle ? p.c : p.a;
    const kind = otherDoc.sentences[y]!.kind;
    if (kind !== 'sentence' && kind !== 'heading') continue;
    const inside = p.ov / vec.weight;
    if (!best || inside > best.inside || (inside === best.inside && p.dice > best.dice)) best = { y, inside, shared: p.shared, dice: p.dice };
  }
  return best && enough(best) ? best : null;
}

/** How much of heading vector `vec` sits inside the sentences `ys` of the other text (vectors `vecs`), as the home of `ys[0]`. */
function homeIn(s: State, vec: Vec, ys: readonly number[], vecs: readonly Vec[]): Home {
  const side = union(ys.map((y) => vecs[y]!), s.idf);
  return { y: ys[0]!, inside: overlap(vec.terms, side.terms, s.idf) / vec.weight, shared: sharedCount(vec.terms, side.terms) };
}

const enough = (home: Home): boolean => home.inside >= MIN_INSIDE && home.shared >= MIN_SHARED;

/** Links each headline or deck left over to the sentence it sums up (see the file's comment). */
export function linkHeadlines(s: State): Set<string> {
  const linked = new Set<string>();
  if (!s.groups.some((g) => g !== null)) return linked;
  for (const isArticle of [false, true]) {
    const own = isArticle ? s.art : s.canon;
    const ownGroup = isArticle ? s.aGroup : s.cGroup;
    const otherGroup = isArticle ? s.cGroup : s.aGroup;
    const vecs = isArticle ? s.av : s.cv;
    for (const h of topHeadings(own)) {
      if (ownGroup[h]! >= 0 || vecs[h]!.terms.length < MIN_TERMS) continue;
      const home = homeOf(s, h, isArticle);
      if (!home) continue;
      const gi = otherGroup[home.y]!;
      if (gi >= 0 && (isArticle ? s.groups[gi]!.a : s.groups[gi]!.c).length >= MAX_SIDE) continue;
      if (isArticle ? link(s, home.y, h, 'headline') : link(s, h, home.y, 'headline')) linked.add(`${isArticle ? 'a' : 'c'}${h}`);
    }
  }
  return linked;
}

/**
 * The two titles over leads that say one thing (step 4b of `align`): a group of the two texts'
 * headlines (the titles' step, 3e, or a link of steps 1 to 3) joins the group of the two leads
 * under them when either headline sums up the other text's lead (half of its term weight or more
 * inside that lead's side of the group, `MIN_SHARED` terms shared: as `homeOf` asks). A headline
 * states its lead's fact, and the other text's lead states it too: the headline is paired with
 * it as the gold's "Headlines" rule asks, and still with the other headline (one group holds all
 * four). Both headlines are marked in `linked` and returned (their keys, as in `linked`): the
 * group is shown whole, the leads compared with each other and the two headlines with each other
 * only, as before they joined (`splitHeadlines`, compareHeadlines.ts): compared with the other
 * text's lead as a summary too, two titles carried word for word over one lead would each report
 * what the lead says besides. Never more than `MAX_SIDE` sentences a side.
 */
export function joinTitlesToLeads(s: State, linked: Set<string>): Set<string> {
  const titlesOnly = new Set<string>();
  const tc = topHeadings(s.canon);
  const ta = topHeadings(s.art);
  if (!tc.length || !ta.length) return titlesOnly;
  const leadC = s.canon.sentences.findIndex((x, i) => i > tc[tc.length - 1]! && x.kind === 'sentence');
  const leadA = s.art.sentences.findIndex((x, i) => i > ta[ta.length - 1]! && x.kind === 'sentence');
  const li = leadC >= 0 ? s.cGroup[leadC]! : -1;
  if (li < 0 || leadA < 0 || s.aGroup[leadA] !== li) return titlesOnly;
  const leads = s.groups[li]!;
  // Whether heading `h` (its vector) sums up the sentences `ys` of the other text (vectors `vecs`).
  const sumsUp = (h: Vec, ys: readonly number[], vecs: readonly Vec[]): boolean => h.weight > 0 && h.terms.length >= MIN_TERMS && enough(homeIn(s, h, ys, vecs));
  for (let gi = 0; gi < s.groups.length; gi++) {
    const g = s.groups[gi];
    if (!g || gi === li || !g.c.every((c) => tc.includes(c)) || !g.a.every((a) => ta.includes(a))) continue;
    if (g.c.length + leads.c.length > MAX_SIDE || g.a.length + leads.a.length > MAX_SIDE) continue;
    if (!g.c.some((c) => sumsUp(s.cv[c]!, leads.a, s.av)) && !g.a.some((a) => sumsUp(s.av[a]!, leads.c, s.cv))) continue;
    for (const c of g.c) (leads.c.push(c), (s.cGroup[c] = li), linked.add(`c${c}`), titlesOnly.add(`c${c}`));
    for (const a of g.a) (leads.a.push(a), (s.aGroup[a] = li), linked.add(`a${a}`), titlesOnly.add(`a${a}`));
    s.groups[gi] = null;
  }
  return titlesOnly;
}
