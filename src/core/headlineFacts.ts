/**
 * A headline sums up its story in words of its own. Over two texts of one story, a count one
 * headline gives ("Ecuador: At Least 238 Killed In 7.8 Magnitude Earthquake") and the other leaves
 * out ("Strong Earthquakes Strike Ecuador, Japan") is not a fact the other text dropped when its
 * headline speaks of something else and its body states that count ("… killing at least 235
 * people"): the fact is compared where the bodies state it (the body sentences' own finding, or the
 * cross-sentence fact check), and the headline's choice of topic is low rewording (`changed`),
 * naming the sentence that states it. Still a finding: a headline that speaks of the same fact and
 * drops its figure ("Death Toll Rises From Indonesia Earthquake" under "… Kills 75 …"), and a count
 * the other text states nowhere (its body gives no toll: "Deaths are reported").
 *
 * What counts: the fact statements of detect/facts.ts (a figure with what it counts: the dead, the
 * injured, the missing, a quake's magnitude…, for the years named); a headline speaks of a fact when
 * it writes one of that sense's cue words ("toll", "dead", "killed"). English only, as those are.
 */
import type { Span } from './types';
import { allHeadings, restate, type Comparing, type Prepared } from './compareSteps';
import { statementsOf, type Stated } from './crossFacts';
import { CUE_SENSE } from './detect/facts';
import { quoted } from './excerpt';

/** The headings among a group's sentences. */
const headingsOf = (doc: Prepared, ids: readonly number[]): number[] => ids.filter((i) => allHeadings(doc, [i]));

/** Whether a statement's figure stands in `spans`. */
const figureIn = (s: Stated, spans: readonly Span[]): boolean =>
  s.fact.toks.some((i) => {
    const t = s.side.tokens[i]!;
    return spans.some((p) => t.start < p.end && t.end > p.start);
  });

/**
 * Each `number` finding on a headline over each text that drops or adds a count the other text's
 * body states (and its headline does not speak of) made a low note naming that body sentence.
 * Same-language English texts (the caller's test).
 */
export function headlineFactsInBody(cmp: Comparing): void {
  const { C, A, alignments } = cmp;
  for (const d of cmp.out) {
    if (d.kind !== 'number' || d.alignment === null) continue;
    if (d.articleSpans.length || !d.canonicalSpans.length) continue;
    // The two headlines of its alignment: all of it, or the two titles of a group they joined with the leads (alignSummary.ts).
    const g = alignments[d.alignment]!;
    const ownIds = headingsOf(C, g.canonical);
    const otherIds = headingsOf(A, g.article);
    if (!ownIds.length || !otherIds.length || !d.canonical.every((i) => ownIds.includes(i))) continue;
    const body = bodyStatement(d.canonicalSpans, C, ownIds, A, otherIds, cmp);
    if (body < 0) continue;
    const where = quoted(A.sentences[body]!.text, 50);
    restate(cmp, d, 'changed', 'low', `${d.reason.replace(/\.$/, '')}; the article's headline speaks of something else, and its body states that count, in ${where}: the fact is compared there.`);
  }
}

/**
 * The sentence of `other`'s body that states the fact whose figure stands in `spans` of `own`'s
 * headline `ownIds`, when `other`'s headline `otherIds` writes no cue of its sense; -1 otherwise.
 */
function bodyStatement(spans: readonly Span[], own: Prepared, ownIds: readonly number[], other: Prepared, otherIds: readonly number[], cmp: Comparing): number {
  const fact = statementsOf(own, cmp.actx).find((s) => ownIds.includes(s.sentence) && figureIn(s, spans));
  if (!fact) return -1;
  const sense = fact.fact.sense;
  if (otherIds.some((i) => other.tokens[i]!.some((t) => CUE_SENSE.get(t.norm) === sense))) return -1;
  const times = fact.fact.times.join(' ');
  const stated = statementsOf(other, cmp.actx).find(
    (s) => other.sentences[s.sentence]!.kind !== 'heading' && s.fact.sense === fact.fact.sense && s.fact.times.join(' ') === times,
  );
  return stated ? stated.sentence : -1;
}
