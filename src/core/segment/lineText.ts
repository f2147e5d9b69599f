/**
 * What a line's own characters say, for lines.ts: how it ends (on a stop, a word in lower case, a
 * comma after a closed quotation, an open bracket) and how it starts (a capital, lower case, a
 * heading's first character), and whether it is written as a title.
 */

/** A line that ends on closing punctuation. */
export const TERMINAL_END = /[.!?…:;"”’»)\]]$/;
/** A line that ends on a sentence's stop (and any closing quote marks or brackets after it). */
export const STOP_END = /[.!?…:;]["”’»)\]]*$/;
/** Opening quote marks, and the (no-break) blank French typography sets after a guillemet. */
export const OPENING = `["“‘'«„‚‹]?[\\s\u00a0\u202f]*`;
/** A line that starts with a capital, after any opening quote mark. */
export const CAPITAL_START = new RegExp(`^${OPENING}\\p{Lu}`, 'u');
/** A line that goes on in lower case, after any opening quote mark, or on a bracket or a comma. */
export const LOWER_START = new RegExp(`^(?:${OPENING}\\p{Ll}|[(,;])`, 'u');
/**
 * A line that goes on with a word in lower case (two letters at least, ending on a blank or a
 * sentence's punctuation: not an address, "william.p.jeffs at …"), after any opening quote mark.
 */
export const LOWER_WORD_START = new RegExp(`^${OPENING}\\p{Ll}{2}[\\p{L}\\p{M}'’-]*(?=[\\s,;:!?)]|[.…](?!\\S)|$)`, 'u');
/**
 * A line that starts as a heading may: with a capital, a figure or a letter of a script without
 * case, after any opening quote mark; not in lower case, nor with code's brackets and braces.
 */
export const TITLE_START = new RegExp(`^${OPENING}[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]`, 'u');

/** Does `line` leave a bracket open (its last '(' unclosed) that `next` closes before it opens another? */
export function closesOpenBracket(line: string, next: string): boolean {
  const open = line.lastIndexOf('(');
  if (open < 0 || line.indexOf(')', open) >= 0) return false;
  const close = next.indexOf(')');
  return close >= 0 && !next.slice(0, close).includes('(');
}

/** A quotation or a bracket closed after a comma ("… for a generation,\"" / "said …"): the sentence goes on. */
export const COMMA_CLOSED = /,["”’»)\]]+$/;

/**
 * A line that ends on a word in lower case: not on punctuation, nor on what goes on into the next
 * line (a comma, a dash), nor on a capital, where a name or a title runs on ("… Xbox" / "One is
 * …", "… Latest" / "Is a Movie …").
 */
export const LOWER_WORD_END = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*$/u;

/** The line's last word, when it stops on a letter. */
export const lastWord = (s: string): string | undefined => /(\p{L}+)$/u.exec(s)?.[1];

/** Is a line written as a title: most of its words of four letters or more capitalised? */
export function titleCased(s: string): boolean {
  const words = s.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}
