/**
 * Speakers' labels: the name or role a transcript, a briefing or a broadcast script sets before
 * the words someone says ("MR PRICE:", "Q:", "MODERATOR:", "Secretary Blinken:", "M. PRICE :",
 * "BARACK OBAMA: "…"). Each is a unit of its own (kind `speaker`): never a dateline (it names who
 * speaks, not where a story was filed), never part of the words it introduces. The titles and
 * roles that tell a label from a place or a heading's lead are data.
 */

/**
 * Words that open a person's label, before the name, as written in capitals or title case, without
 * a stop: "MR PRICE:", "Mrs. Reed:", "M. PRICE :", "Secretary Blinken:", "SENATOR ROE:".
 */
export const SPEAKER_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame rev fr sr sra srta m mme mlle herr frau monsieur madame señor señora ' +
    'secretary president minister ambassador senator sen representative rep congressman congresswoman governor gov ' +
    'mayor gen adm col capt lt sgt commissioner chairman chairwoman spokesman spokeswoman spokesperson judge prime vice ' +
    'secrétaire ministre président présidente porte-parole'
  ).split(' '),
);

/** Labels that are a role alone: "Q:", "A:", "MODERATOR:", "QUESTION:", "Operator:". */
export const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  (
    'q a question answer moderator operator interviewer interviewee reporter journalist host co-host announcer narrator ' +
    'presenter anchor correspondent participant ' +
    'pregunta respuesta moderador modérateur modératrice journaliste animateur animatrice frage antwort'
  ).split(' '),
);

/**
 * A label at the start of a paragraph or a sentence: one to four words each opening on a capital
 * ("Q", "M.", "PRICE", "Blinken"; a wrap may break the line between two), a colon (after a blank, as French sets it, or not), then the
 * words said, or the line's end. `[1]` the label's words.
 */
const LABEL = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{Lu}[\p{L}\p{M}.'’-]*){0,3})[ \t]?:(?=[ \t]*(?:\r?\n|$)|\s+[\p{Lu}\p{N}"“‘«„¿¡(\[—–-])/u;

/** A quotation mark after the label's colon: the words quoted are the speaker's ("BARACK OBAMA: "In short …"). */
const QUOTE_AFTER = /^\s*["“‘«„]/;

/** The label's words that open `s` ("MR PRICE", "Q"), or '' when it opens with none. */
export function labelAt(s: string): string {
  // (Most paragraphs and sentences open on no capital, or have no colon near their start: no pattern to run.)
  const first = s.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 128)) return '';
  const n = Math.min(s.length, 61);
  let colon = 1;
  while (colon < n && s.charCodeAt(colon) !== 58) colon++;
  return colon < n ? (LABEL.exec(s)?.[1] ?? '') : '';
}

/** A label's words, one blank between two (a wrap may have broken the line between them). */
export const labelKey = (label: string): string => label.replace(/\s+/g, ' ');

/** Lower case, without stops: "M. PRICE" → ["m", "price"]. */
const wordsOf = (label: string): string[] => label.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);

/** A speaker's label found: its length (its colon included), and whether nothing else could be read there. */
export interface SpeakerLabel {
  length: number;
  /**
   * A transcript's speaker or a role ("Q:", "MODERATOR:"): a label even before words without a
   * stop. A title and a name ("President Roe: Deal Is Good") may lead a headline: a whole line
   * read as a heading stays one.
   */
  sure: boolean;
}

/**
 * The speaker's label that opens `s`, or null. A label is a speaker's when the text is a
 * transcript whose speakers include it (`transcript`: see `transcriptLabels`), when it is a role
 * ("Q:", "MODERATOR:"), when it opens with a title before a name ("MR PRICE:", "Secretary
 * Blinken:"), or when it is in capitals and the words after it are quoted ("BARACK OBAMA: "…").
 * A place in capitals before a colon ("NEW DELHI:", "AMMAN/BEIRUT:") is none of these: a dateline.
 */
export function speakerLabel(s: string, transcript: ReadonlySet<string>): SpeakerLabel | null {
  const label = labelAt(s);
  if (!label) return null;
  const words = wordsOf(label);
  const length = s.indexOf(':', label.length) + 1;
  if (transcript.has(labelKey(label)) || (words.length === 1 && SPEAKER_ROLES.has(words[0]!))) return { length, sure: true };
  if (words.length >= 2 && SPEAKER_TITLES.has(words[0]!)) return { length, sure: false };
  return inCapitals(label) && QUOTE_AFTER.test(s.slice(length)) ? { length, sure: false } : null;
}

/** A word in capitals, or a name's particle in title case before them ("DiPINTO", "McDONALD", "LaGUARDIA"). */
const CAPITALS_WORD = /^(?:\p{Lu}\p{Ll}{1,2}(?=\p{Lu}))?[^\p{Ll}]+$/u;

/** A label in capitals, as a script sets a speaker's name ("BARACK OBAMA", "LISA DiPINTO"). */
export function inCapitals(label: string): boolean {
  return /\p{Lu}{2}/u.test(label) && label.split(/\s+/).every((w) => CAPITALS_WORD.test(w));
}

/**
 * The labels of a transcript's speakers in title case ("Ned Price :", "Anna Reed:"): those of two
 * words or more that open two paragraphs or more each (`labels`: the label of each paragraph, ''
 * for none). (Labels in capitals are counted with datelines: index.ts.)
 */
export function repeatedNames(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const l of labels) if (l && l !== l.toUpperCase() && wordsOf(l).length >= 2) seen.set(labelKey(l), (seen.get(labelKey(l)) ?? 0) + 1);
  return [...seen].filter(([, n]) => n >= 2).map(([l]) => l);
}

/** A word of a name in title case: "Jane", "McBride", "O'Neil", "Mary-Ann"; or an initial, "M.". */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}*(?:[-'’]?\p{Lu}\p{Ll}+)*|\p{Lu}\.)$/u;

/** A label that reads as a person's name in title case: two to four words ("Jane Doe", "Anna M. Reed"), the last no initial. */
export function nameShaped(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length < 2 || words.length > 4 || words[words.length - 1]!.endsWith('.')) return false;
  return words.every((w) => w.length >= 2 && NAME_WORD.test(w));
}

/** A label in title case that opens a paragraph, and how: on a line of its own before the words said, or before them. */
export interface NameLead {
  label: string;
  /** The paragraph is the label alone; the words said are the next one's. */
  alone: boolean;
}

/** Whether the text's own words attribute something to the name's last word: "Reed said", "said Anna Reed", "Ms. Reed". */
function attributed(text: string, label: string, verbs: ReadonlySet<string>): boolean {
  const name = label.split(/\s+/).pop()!;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const after = /^\s*(\p{L}+)/u.exec(text.slice(end, end + 30));
    if (after && verbs.has(after[1]!.toLowerCase())) return true;
    const before = text.slice(Math.max(0, i - 40), i).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-2);
    if (before.length && SPEAKER_TITLES.has(before[before.length - 1]!)) return true;
    if (before.some((w) => verbs.has(w))) return true;
  }
  return false;
}

/**
 * The labels in title case, name-shaped, that the text shows to be speakers' although none
 * repeats ("Jane Doe:" / "Tom Okafor:", each speaking once): every one when the text is a
 * transcript (`transcript`: it sets a role's label, "Q:", or a label that repeats), or when two
 * or more names stand as labels on lines of their own; else each name the text's own words
 * attribute something to ("Reed said", "Ms. Reed"). (`leads`: those whose words said read as
 * prose, a sentence's end; `verbs`: the language's reporting verbs.)
 */
export function namedLabels(leads: readonly NameLead[], text: string, verbs: ReadonlySet<string>, transcript: boolean): string[] {
  const names = leads.filter((l) => nameShaped(labelKey(l.label)));
  if (!names.length) return [];
  const alone = new Set(names.filter((l) => l.alone).map((l) => labelKey(l.label)));
  if (transcript || alone.size >= 2) return names.map((l) => labelKey(l.label));
  return names.filter((l) => attributed(text, labelKey(l.label), verbs)).map((l) => labelKey(l.label));
}

/** A sentence's last word in lower case, its stop, a closing mark or none, then a capital without a space between ("… Monday.Q", "… said.”VOICE"). */
const GLUED_STOP = /\p{Ll}[.!?]["”’»)]?(?=\p{Lu})/gu;

/**
 * Where a speaker's label is run on after a sentence's stop without a space ("… opens on
 * Monday.Q: When …", "… ended.VOICE TWO: The …", as a pasted transcript joins them): the offsets
 * in `s` where each such label starts. A label is one here when it is a speaker's (`speakerLabel`)
 * or its words are in capitals; a capital after a stop and no colon near is nothing of the kind.
 */
export function runInLabels(s: string, transcript: ReadonlySet<string>): number[] {
  const out: number[] = [];
  if (!s.includes(':')) return out;
  for (const m of s.matchAll(GLUED_STOP)) {
    const at = m.index + m[0].length;
    const rest = s.slice(at, at + 200);
    const label = labelAt(rest);
    if (label && (inCapitals(label) || speakerLabel(rest, transcript))) out.push(at);
  }
  return out;
}
