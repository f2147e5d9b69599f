/**
 * Speakers compared: in a transcript, a briefing or a script, the label before a turn
 * ("MR PRICE:", "Q:", segment/speakers.ts) says who says its words. When the two texts both set
 * labels and a sentence they share stands under another speaker in the article ("MR ROE:" in the
 * canonical, "MS COSTA:" in the copy), the words are put in another mouth: an `attribution`
 * finding of medium severity, one for each canonical label. A copy that sets no label at all
 * (a report retold from a transcript) is not compared: its sentences say who speaks in words.
 */
import type { Alignment, Sentence } from './types';
import { quoted } from './excerpt';
import { SPEAKER_TITLES } from './segment/speakers';
import { NEAR_VERBATIM, type CreditFinding } from './credits';

/**
 * For each sentence, the id of the speaker's label before it in its paragraph, or -1. (Only there:
 * a script sets a label before a clip of someone's words, and the narrator's words go on after it;
 * a turn of several paragraphs is judged on its first.)
 */
function turnsOf(S: readonly Sentence[]): Int32Array {
  const out = new Int32Array(S.length).fill(-1);
  let last = -1;
  for (const s of S) {
    if (s.kind === 'speaker') last = s.id;
    else if (last >= 0 && S[last]!.paragraph !== s.paragraph) last = -1;
    out[s.id] = last;
  }
  return out;
}

/** A label's words, lower case, accents, stops and the colon gone, titles dropped ("M. PRICE :" → ["price"]). */
function nameWords(label: string): string[] {
  const words = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const name = words.filter((w) => !SPEAKER_TITLES.has(w));
  return name.length ? name : words;
}

/**
 * Whether two labels name the same speaker: their last words (the surname, or the role) are the
 * same, one the start of the other ("Q" / "QUESTION"), or share their first five letters (a role
 * translated: "MODERATOR" / "MODÉRATEUR").
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = nameWords(a).pop() ?? '';
  const y = nameWords(b).pop() ?? '';
  if (x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))) return true;
  return x.length === 1 || y.length === 1 ? x[0] === y[0] : false;
}

/**
 * The speakers changed between two segmented texts, over the alignment's links: for each
 * canonical label, the first link, nearly word for word, whose canonical sentence follows it in
 * its paragraph and whose article sentence follows a label naming someone else in its own. (A sentence under no label on
 * either side is not compared: a copy may set its labels otherwise, or none.)
 */
export function compareSpeakers(C: readonly Sentence[], A: readonly Sentence[], alignments: readonly Alignment[]): CreditFinding[] {
  if (!C.some((s) => s.kind === 'speaker') || !A.some((s) => s.kind === 'speaker')) return [];
  const cTurn = turnsOf(C);
  const aTurn = turnsOf(A);
  const done = new Set<number>();
  const out: CreditFinding[] = [];
  for (const g of alignments) {
    const c = cTurn[g.canonical[0]!]!;
    const a = aTurn[g.article[0]!]!;
    // (Only words the copy carries nearly word for word: a loose link may join two speakers' different words.)
    if (c < 0 || a < 0 || done.has(c) || g.similarity < NEAR_VERBATIM) continue;
    done.add(c);
    const cs = C[c]!;
    const as = A[a]!;
    if (sameSpeaker(cs.text, as.text)) continue;
    const words = quoted(C[g.canonical[0]!]!.text, 40);
    out.push({
      severity: 'medium',
      canonical: [cs.id],
      article: [as.id],
      from: cs.text,
      to: as.text,
      reason: `Gives the words ${words} to ${quoted(as.text)} where the canonical gives them to ${quoted(cs.text)}: they are put in another speaker's mouth.`,
      canonicalSpans: [{ start: cs.start, end: cs.end }],
      articleSpans: [{ start: as.start, end: as.end }],
      articleAnchor: as.start,
    });
  }
  return out;
}
