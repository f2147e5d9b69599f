/**
 * The steps of a comparison over whole sentences, after each aligned group is analysed
 * (compareSteps.ts): which sentences each side carries, the sentences moved out of the
 * canonical order, the sentences added (a repeat of a canonical sentence, a headline over one,
 * new content) and the page's chrome, the sentences omitted and where each would have stood,
 * and the datelines and agency credits compared. Each adds its findings to the comparison in
 * the making (`Comparing`).
 */
import type { Alignment, Severity } from './types';
import type { Lexicon } from './lexicon';
import type { Token } from './text';
import { quoted } from './excerpt';
import type { Repeat } from './align';
import { salience } from './detect';
import { compareCredits, isCopy } from './credits';
import { compareSpeakers } from './speakers';
import { add, side, type Comparing } from './compareSteps';

/** The sentences each side carries (a headline over a sentence is no alignment: it carries neither). */
export function carriedSentences(alignments: readonly Alignment[]): { cAligned: Set<number>; aAligned: Set<number> } {
  const cAligned = new Set<number>();
  const aAligned = new Set<number>();
  for (const a of alignments) {
    for (const x of a.canonical) cAligned.add(x);
    for (const x of a.article) aAligned.add(x);
  }
  return { cAligned, aAligned };
}

/** Moved: one finding per run of moved groups that stay together. */
export function movedFindings(cmp: Comparing, cAligned: ReadonlySet<number>): void {
  const { C, A, alignments } = cmp;
  const moved = alignments.filter((a) => a.moved).sort((x, y) => x.article[0]! - y.article[0]!);
  for (let i = 0; i < moved.length; ) {
    let j = i + 1;
    while (
      j < moved.length &&
      moved[j]!.article[0]! === moved[j - 1]!.article[moved[j - 1]!.article.length - 1]! + 1 &&
      moved[j]!.canonical[0]! === moved[j - 1]!.canonical[moved[j - 1]!.canonical.length - 1]! + 1
    ) {
      j++;
    }
    const run = moved.slice(i, j);
    const cIds = run.flatMap((a) => a.canonical);
    const aIds = run.flatMap((a) => a.article);
    const first = A.sentences[aIds[0]!]!;
    const last = A.sentences[aIds[aIds.length - 1]!]!;
    // Where it stood: after the nearest canonical sentence before it that the article carries
    // (an omitted one would point the reader at words the article does not have).
    let before = cIds[0]! - 1;
    while (before >= 0 && !cAligned.has(before)) before--;
    const n = cIds.length;
    add(cmp, {
      kind: 'moved',
      severity: 'low',
      canonical: cIds,
      article: aIds,
      from: null,
      to: null,
      reason:
        `${n === 1 ? 'This sentence stands' : `These ${n} sentences stand`} out of the canonical order` +
        (before >= 0
          ? `: in the canonical ${n === 1 ? 'it follows' : 'they follow'} ${quoted(C.sentences[before]!.text)}.`
          : cIds[0] === 0
            ? ': in the canonical it opens the story.'
            : ': in the canonical it comes before every sentence the article carries.'),
      canonicalSpans: cIds.map((c) => ({ start: C.sentences[c]!.start, end: C.sentences[c]!.end })),
      articleSpans: [{ start: first.start, end: last.end }],
      articleAnchor: first.start,
      alignment: run[0]!.id,
    });
    i = j;
  }
}

/**
 * Added sentences (a repeat of a canonical sentence, a headline over one, new content) and
 * page chrome: a page's chrome is counted, not a finding (the count is returned); in plain text
 * a chrome line the canonical lacks is a low finding.
 */
export function addedFindings(cmp: Comparing, repeats: readonly Repeat[], aAligned: ReadonlySet<number>, isPage: boolean): number {
  const { C, A, lexicon, actx } = cmp;
  const repeatOf = new Map(repeats.map((r) => [r.article, r.canonical]));
  // Chrome the canonical carries too (both copies from the same site) is not a difference.
  const canonicalChrome = new Set(C.sentences.filter((s) => s.kind === 'boilerplate').map((s) => chromeKey(C.tokens[s.id]!, lexicon)));
  // A page's chrome is not news: counted in the summary, not a finding. On a web page that is every
  // chrome line, the blocks outside its article and a chrome line the segmenter finds inside them
  // ("Sign up for our newsletter"); in plain text a chrome line stays a low finding.
  let pageChrome = 0;
  for (const s of A.sentences) {
    if (aAligned.has(s.id) || s.kind === 'dateline' || s.kind === 'speaker' || s.kind === 'credit') continue;
    const span = [{ start: s.start, end: s.end }];
    if (s.kind === 'boilerplate' && isPage) {
      pageChrome++;
      continue;
    }
    if (s.kind === 'boilerplate') {
      if (canonicalChrome.has(chromeKey(A.tokens[s.id]!, actx.lexicon))) continue;
      add(cmp, {
        kind: 'boilerplate',
        severity: 'low',
        canonical: [],
        article: [s.id],
        from: null,
        to: s.text,
        reason: 'Page chrome (navigation, byline, read time, tags, comments), not news content.',
        canonicalSpans: [],
        articleSpans: span,
        articleAnchor: s.start,
        alignment: null,
      });
      continue;
    }
    const rep = repeatOf.get(s.id);
    const sal = rep !== undefined ? { severity: 'low' as Severity, why: '' } : salience(side(A, [s.id]), actx.lexicon, s.kind);
    add(cmp, {
      kind: 'added',
      severity: sal.severity,
      canonical: [],
      article: [s.id],
      from: null,
      to: s.text,
      reason:
        rep !== undefined
          ? s.kind === 'heading'
            ? `A headline that sums up canonical sentence ${rep + 1} (${quoted(C.sentences[rep]!.text, 50)}); the canonical has no headline over it.`
            : `Repeats canonical sentence ${rep + 1} (${quoted(C.sentences[rep]!.text, 50)}) as a summary or standfirst.`
          : s.kind === 'heading'
            ? 'Adds a heading that the canonical text does not have.'
            : `Adds ${sal.why} that the canonical text does not have.`,
      canonicalSpans: [],
      articleSpans: span,
      articleAnchor: s.start,
      alignment: null,
    });
  }
  return pageChrome;
}

/** Where an omitted canonical sentence would have stood in the article, as a function of its id. */
export function omissionAnchors(cmp: Comparing): (c: number) => number {
  const { C, A, alignments } = cmp;
  // Where an omitted sentence would have stood: after the article counterpart of the
  // nearest canonical sentence before it (or before the one after it).
  // (Indexed by sentence: a long text has thousands, which a map would hold as many entries.)
  const groupOfCanonical: Array<Alignment | undefined> = new Array(C.sentences.length);
  for (const a of alignments) for (const c of a.canonical) groupOfCanonical[c] = a;
  // Where an omitted canonical sentence would have stood in the article: after the article side
  // of the nearest aligned canonical sentence before it, else before that of the nearest after it.
  // Worked out for every canonical sentence in one pass each way (a long canonical that the
  // article mostly omits would otherwise take a walk per sentence).
  const nC = C.sentences.length;
  const afterPrev = new Float64Array(nC).fill(-1);
  const beforeNext = new Float64Array(nC).fill(-1);
  for (let c = 1, last = -1; c < nC; c++) {
    const g = groupOfCanonical[c - 1];
    if (g) last = A.sentences[g.article[g.article.length - 1]!]!.end;
    afterPrev[c] = last;
  }
  for (let c = nC - 2, next = -1; c >= 0; c--) {
    const g = groupOfCanonical[c + 1];
    if (g) next = A.sentences[g.article[0]!]!.start;
    beforeNext[c] = next;
  }
  const firstContent = A.sentences.find((s) => s.kind === 'sentence');
  const anchorFor = (c: number): number => {
    if (afterPrev[c]! >= 0) return afterPrev[c]!;
    if (beforeNext[c]! >= 0) return beforeNext[c]!;
    return firstContent ? firstContent.start : 0;
  };
  return anchorFor;
}

/** Omitted sentences, and the datelines and agency credits compared (who filed the story, and from where). */
export function omittedFindings(cmp: Comparing, cAligned: ReadonlySet<number>, anchorFor: (c: number) => number): void {
  const { C, A, lexicon } = cmp;
  // Datelines and agency credits: who filed the story, and from where.
  // A translation is a copy whatever its links' similarity (words compare across languages only in part).
  const copy = cmp.articleLanguage !== null || isCopy(cmp.alignments.map((a) => a.similarity), C.sentences.filter((s) => s.kind === 'sentence').length);
  for (const f of compareCredits(C.sentences, A.sentences, anchorFor, copy)) add(cmp, { kind: 'attribution', alignment: null, ...f });
  // Speakers' labels: words a transcript's copy puts in another speaker's mouth.
  for (const f of compareSpeakers(C.sentences, A.sentences, cmp.alignments)) add(cmp, { kind: 'attribution', alignment: null, ...f });

  for (const s of C.sentences) {
    if (cAligned.has(s.id) || s.kind === 'boilerplate' || s.kind === 'dateline' || s.kind === 'speaker' || s.kind === 'credit') continue;
    const sal = salience(side(C, [s.id]), lexicon, s.kind);
    add(cmp, {
      kind: 'omitted',
      severity: s.kind === 'heading' ? 'low' : sal.severity,
      canonical: [s.id],
      article: [],
      from: s.text,
      to: null,
      reason:
        s.kind === 'heading' ? 'Omits a heading of the canonical text.' : `Omits ${sal.why} that the canonical text has.`,
      canonicalSpans: [{ start: s.start, end: s.end }],
      articleSpans: [],
      articleAnchor: anchorFor(s.id),
      alignment: null,
    });
  }
}

/**
 * The key chrome lines compare by: their words' keys, what the page changes from copy to copy
 * left out. A page's chrome is not news (a page counts it; plain text shows a chrome line the
 * canonical lacks, low), and what varies in it is the page's, not the story's: the date it was
 * published or updated, a clock time, a count of comments or of minutes to read. So two chrome
 * lines are one when their words are, figures, dates and times apart ("Sept. 25, 2008" /
 * "October 2, 2009", "12 comments" / "15 comments", "Updated 10:42 GMT" / "Updated 11:15 GMT");
 * the keys fold case, punctuation, spelling and a lexicon's abbreviations ("Sept." / "September").
 */
function chromeKey(tokens: readonly Token[], lex: Lexicon): string {
  let key = '';
  for (const t of tokens) if (t.num === null && !/\p{N}/u.test(t.norm) && !lex.dateWords.has(t.norm.replace(/\.$/, ''))) key += t.key + ' ';
  return key;
}
