/**
 * Speakers compared: in a transcript, a briefing or a script, the label before a turn
 * ("MR PRICE:", "Q:", segment/speakers.ts) says who says its words. When the two texts both set
 * labels and a sentence they share stands under another speaker in the article ("MR ROE:" in the
 * canonical, "MS COSTA:" in the copy), the words are put in another mouth: an `attribution`
 * finding of medium severity, one for each canonical label. A copy that drops a speaker's label
 * (a report retold from a transcript, a script cut) and names the speaker nowhere near the words
 * no longer says who speaks: the same finding, like a dropped credit.
 */
import type { Alignment, Sentence } from './types';
import { quoted } from './excerpt';
import { foldDiacritics } from './fold';
import { SPEAKER_ROLES, SPEAKER_TITLES } from './segment/speakers';
import { NEAR_VERBATIM, type CreditFinding } from './credits';

/**
 * For each sentence, the id of the speaker's label before it in its paragraph, or -1. (Only there:
 * a script sets a label before a clip of someone's words, and the narrator's words go on after it;
 * a turn of several paragraphs is judged on its first.) A label on a line of its own ("Jane Doe:"
 * alone in its paragraph) goes with the paragraph after it.
 */
function turnsOf(S: readonly Sentence[]): Int32Array {
  const out = new Int32Array(S.length).fill(-1);
  let last = -1;
  let para = -1;
  for (const s of S) {
    if (s.kind === 'speaker') [last, para] = [s.id, s.paragraph];
    else if (last >= 0 && s.paragraph !== para) {
      // (The paragraph after a label alone is its turn.)
      const alone = s.id - 1 === last && s.paragraph === para + 1;
      if (alone) para = s.paragraph;
      else last = -1;
    }
    out[s.id] = last;
  }
  return out;
}

/**
 * The titles and roles of segment/speakers.ts with their accents folded, as `nameWords` folds a
 * label's words (the lists write "señor", "président", "modérateur" with theirs), beside the
 * words as written.
 */
const folded = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words, ...[...words].map(foldDiacritics)]);
const TITLES = folded(SPEAKER_TITLES);
const ROLES = folded(SPEAKER_ROLES);

/** A label's words, lower case, accents, stops and the colon gone, titles dropped ("M. PRICE :" → ["price"], "SEÑOR GARCÍA:" → ["garcia"]). */
export function nameWords(label: string): string[] {
  const words = foldDiacritics(label)
    .toLowerCase()
    .replace(/[.:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const name = words.filter((w) => !TITLES.has(w));
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

/** The second word of a script's numbered reader ("VOICE ONE:", "SPEAKER 2:"). */
const READER_NUMBER = /^(?:\d{1,2}|one|two|three|four|five|six)$/;
/** The first word of such a reader's label, beside the roles. */
const READERS: ReadonlySet<string> = new Set(['voice', 'speaker', 'reader']);

/** A label's name words (a role's label names no one: "Q:", "MODERATOR:"; nor a script's numbered reader, "VOICE ONE:"). */
function namesSomeone(label: string): string[] {
  const words = nameWords(label);
  if (words.length === 1 && ROLES.has(words[0]!)) return [];
  const numbered = words.length === 2 && (READERS.has(words[0]!) || ROLES.has(words[0]!)) && READER_NUMBER.test(words[1]!);
  return numbered ? [] : words;
}

/**
 * Whether the article names the speaker (the label's last name word) near its sentence `a`: in
 * its paragraph, the one before (a script introduces the speaker before the clip) or the one
 * after ("That was …").
 */
function namedNear(A: readonly Sentence[], a: number, name: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
  const p = A[a]!.paragraph;
  let k = a;
  while (k > 0 && A[k - 1]!.paragraph >= p - 1) k--;
  for (; k < A.length && A[k]!.paragraph <= p + 1; k++) if (re.test(foldDiacritics(A[k]!.text))) return true;
  return false;
}

/**
 * The speakers changed or dropped between two segmented texts, over the alignment's links: for
 * each canonical label, the first link, nearly word for word, whose canonical sentence follows it
 * in its turn. When the article sentence follows a label naming someone else, the words are put in
 * another mouth. When it follows none, and the copy names the speaker neither in its paragraph
 * nor in the one before or after, the copy no longer says who speaks (each speaker judged on the first turn the copy
 * carries; a role's label, "Q:", aside).
 * (A canonical sentence under no label is not compared.)
 */
export function compareSpeakers(C: readonly Sentence[], A: readonly Sentence[], alignments: readonly Alignment[]): CreditFinding[] {
  if (!C.some((s) => s.kind === 'speaker')) return [];
  const cTurn = turnsOf(C);
  const aTurn = turnsOf(A);
  const done = new Set<number>();
  const judged = new Set<string>();
  const out: CreditFinding[] = [];
  for (const g of alignments) {
    const c = cTurn[g.canonical[0]!]!;
    const a = aTurn[g.article[0]!]!;
    // (Only words the copy carries nearly word for word: a loose link may join two speakers' different words.)
    if (c < 0 || done.has(c) || g.similarity < NEAR_VERBATIM) continue;
    done.add(c);
    const cs = C[c]!;
    const words = quoted(C[g.canonical[0]!]!.text, 40);
    if (a < 0) {
      const name = namesSomeone(cs.text).pop();
      const first = A[g.article[0]!]!;
      // (A speaker is judged on the first turn the copy carries: named there, or not.)
      if (!name || judged.has(name)) continue;
      judged.add(name);
      if (namedNear(A, first.id, name)) continue;
      out.push({
        severity: 'medium',
        canonical: [cs.id],
        article: [],
        from: cs.text,
        to: null,
        reason: `Drops the speaker's label ${quoted(cs.text)} before the words ${words}: the copy no longer says who says them.`,
        canonicalSpans: [{ start: cs.start, end: cs.end }],
        articleSpans: [],
        articleAnchor: first.start,
      });
      continue;
    }
    const as = A[a]!;
    if (sameSpeaker(cs.text, as.text)) continue;
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
