/**
 * An outlet's credit where a dateline would stand: the outlet, not a place, before a dash. Its
 * newsroom or service by name ("CDC Newsroom –", "VOA News —"), or its initials and its name
 * ("USDA - U.S. Department of Agriculture"), as releases and reprints set them over a story. A
 * dateline names a place (with a date and an agency's credit at most: credits.ts); an outlet's
 * credit names who publishes, so it is a credit, and the dateline may follow it.
 */
import { agencyIn } from './agencies';

/** The words that end an outlet's name and never a place's: its newsroom, wire or press office. */
const OUTLET_WORDS: readonly string[] = `
News|Newsroom|Newswire|Newsdesk|News Desk|News Service|News Center|News Centre|Press Office|Press Room|Pressroom|
Media Center|Media Centre|Media Relations|Public Affairs|Radio|Television|Newscast`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** A capitalised word of a name, initials apart: "Harbour", "CDC", "Al-Jazeera". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&.-]*`;
/** The dash that ends the credit, then the story's first word (or the end of the text). */
const DASH = String.raw`\s*(?:-{1,2}|–|—)(?:\s+(?=["“‘]?\p{Lu})|\s*$)`;
/** A newsroom's credit: one to three words of a name, then a word of `OUTLET_WORDS`, in title case or in capitals. */
const NEWSROOM = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\s+(?:${[...new Set(OUTLET_WORDS.flatMap((w) => [w, w.toUpperCase()]))].map((w) => w.replace(/ /g, '\\s+')).join('|')})${DASH}`,
  'u',
);
/** Initials in capitals, with or without stops ("USDA", "H.M.A."), then a dash. */
const INITIALS = /^((?:\p{Lu}\.?){2,8})\s*(?:-{1,2}|–|—)\s*/u;
/** Words a name's initials leave out. */
const LEFT_OUT = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'für']);

/**
 * Where the name the initials stand for ends in `s` (from `at`): its capitalised words give the
 * initials in order ("U.S." gives two), the words of `LEFT_OUT` apart; -1 when they do not. The last
 * word may run into the next with no blank, as a flattened page leaves it ("AgricultureWashington"):
 * it ends where a capital follows a letter in lower case.
 */
function nameEnd(s: string, at: number, initials: string): number {
  const word = /\S+/gu;
  word.lastIndex = at;
  let got = '';
  for (let m = word.exec(s); m && got.length < initials.length; m = word.exec(s)) {
    const w = m[0];
    if (LEFT_OUT.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return -1;
    const dotted = /^(?:\p{Lu}\.){2,}/u.exec(w);
    got += dotted ? dotted[0].replace(/\./g, '') : w[0];
    if (!initials.startsWith(got)) return -1;
    if (got.length === initials.length) {
      const glued = /^\p{Lu}[\p{L}\p{M}'’-]*?\p{Ll}(?=\p{Lu}\p{Ll})/u.exec(w);
      return m.index + (glued ? glued[0].length : w.replace(/[,;:]+$/, '').length);
    }
  }
  return -1;
}

/**
 * The outlet's credit that opens `s`, if any: its length (the dash with it, for a newsroom's
 * credit) and the agency it names. Initials and their name are a credit only where the story, a
 * dateline or the paragraph's end follows the name ("USDA - U.S. Department of Agriculture officials
 * said …" is news).
 */
export function outletCredit(s: string): { length: number; agency: string | null } | null {
  const head = s.length > 200 ? s.slice(0, 200) : s;
  const room = NEWSROOM.exec(head);
  if (room) return { length: room[0].trimEnd().length, agency: agencyIn(room[0]) };
  const ini = INITIALS.exec(head);
  if (!ini) return null;
  const end = nameEnd(head, ini[0].length, ini[1]!.replace(/\./g, ''));
  if (end < 0) return null;
  const after = s.slice(end);
  if (!/^\s*$|^\s*["“‘]?\p{Lu}/u.test(after)) return null;
  return { length: end, agency: agencyIn(s.slice(0, end)) };
}
