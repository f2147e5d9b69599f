/**
 * Datelines and credits: the lead-in that places and credits a wire story ("PARIS, June 13
 * (Reuters) -", "NEW DELHI (AP) —", "JAKARTA -") and the lines that credit its reporters or
 * its agency ("(Reporting by …; Editing by …)", "By Jane Doe", "-- Yonhap", "… via Reuters").
 * Each is a unit of its own, never part of a sentence, and names its agency when it has one.
 */
import { AGENCY, agencyIn, namesAgency } from './agencies';
import { outletCredit } from './outlets';
import { once } from '../once';
import { STAFF_CREDIT_LABELS } from '../data/staffCredits';

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]+`;
/** A place in capitals: "AMMAN/BEIRUT", "NEW DELHI", "RIO DE JANEIRO" (particles in capitals too). */
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:\s*[/,]\s*${CAPS_WORD}|\s+${CAPS_WORD})*`;
/** A place in title case, one to three words: "Paris", "New Delhi". Only taken before an agency's credit. */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’.-]+){0,2}`;
/** A region after a place in capitals, as AP writes it: "KYIV, Ukraine". */
const REGION = String.raw`(?:,\s+\p{Lu}[\p{Ll}.]+(?:\s+\p{Lu}[\p{Ll}.]+)?(?=\s*(?:[,(:]|-{1,2}|–|—)))?`;
/**
 * A region after a place in title case, before a credit (as Indian agencies write it): "[India]",
 * or a state's abbreviation, ", TX".
 */
const TITLE_REGION = String.raw`(?:\s*\[\p{Lu}[\p{L} ]{1,30}\]|,\s+\p{Lu}{2}(?=,))?`;
/** A day's ordinal suffix, as some agencies write the date: "5th July", "July 5th". */
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
/** A day's date: "June 13", "Dec. 2", "2 December", "3 mar", "5th July", "July 5th", with an optional year. */
const DAY_DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}${ORDINAL}|\d{1,2}${ORDINAL}\s+\p{L}\p{Ll}{2,9}\.?)(?:,?\s+\d{4})?`;
/** A date after the place, if any: ", June 13", " 2 December 2016". */
const DATE = String.raw`(?:,?\s+${DAY_DATE})?`;
/** A parenthesised credit: "(Reuters)", "(AP)", "(Reuters Breakingviews)". */
const PAREN = String.raw`\s*\((\p{L}[\p{L} .&'’/-]{0,39})\)`;
/** The dash or colon that ends a dateline, then the first word of the story (or the end of the line). */
const DASH = String.raw`\s*(?::|\.?-{1,2}|–|—)(?:\s+(?=[\p{Lu}"“‘'«„])|\s*$)`;
/** A credit between slashes after the date's stop, as TASS writes it: "MOSCOW, March 3. /TASS/." */
const SLASHED = String.raw`\.?\s+/(${AGENCY})/\.?(?:\s+(?=[\p{Lu}"“‘'«„])|\s*$)`;
/**
 * A label-and-ISO-date prefix, as scrapers leave it: "date 2024-12-03 "; or the date a release sets
 * before its place: "November 8, 2005, SAN FRANCISCO --".
 */
const SCRAPED = String.raw`(?:\p{Ll}+\s+\d{4}-\d{2}-\d{2}\s+|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4},\s+)?`;

/** A dateline at the start of a paragraph: a place in capitals, an optional region, date and credit, then a colon or a dash. */
const CAPS_DATELINE = new RegExp(String.raw`^${SCRAPED}${CAPS_PLACE}${REGION}${DATE}(?:(?:${PAREN})?${DASH}|${SLASHED})`, 'u');
/** A dateline with the place in title case or none, before an agency's credit: "Paris (AFP) -", "(Reuters) -", "5th July, 2016 (WAM) —". */
const AGENCY_DATELINE = once(() => new RegExp(String.raw`^(?:${TITLE_PLACE}${TITLE_REGION}${DATE}|${DAY_DATE})?\s*\((${AGENCY})\)${DASH}`, 'u'));
/**
 * A dateline with the place in title case and its region's code in capitals, before the dash: "Austin,
 * TX —", "Washington, DC –" (a place in title case alone before a dash is no dateline: "Paris - the city …").
 * Made on first use, and tried only on a head with a comma before two capitals (`REGION_CODE`).
 */
const TITLE_DATELINE = once(() => new RegExp(String.raw`^${TITLE_PLACE},\s+\p{Lu}{2}\.?${DATE}${DASH}`, 'u'));
const REGION_CODE = /,\s+\p{Lu}{2}/u;

/**
 * A date alone before a dash where a dateline stands, its place left out: "July 5th —", "Nov. 3 —",
 * "5 July –", "March 12, 2024 --" (never before a colon: "July 5: …" opens a list's entry). `[1]`
 * or `[2]`: the month's word, which the caller checks (`dateOnly`).
 */
const DATE_ONLY = /^(?:(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(\p{L}\p{Ll}{2,9})\.?)(?:,?\s+\d{4})?\s*(?:-{1,2}|–|—)\s+(?=[\p{Lu}"“‘'«„])/u;

/**
 * The length of a date alone before a dash that opens `s` ("Nov. 3 — The council …"), or 0;
 * `isMonth` tells a month's name from another word before a figure ("Gate 5 — …").
 */
export function dateOnly(s: string, isMonth: (word: string) => boolean): number {
  const m = DATE_ONLY.exec(s.length > 40 ? s.slice(0, 40) : s);
  return m && isMonth(m[1] ?? m[2]!) ? m[0].trimEnd().length : 0;
}

/** The longest a dateline is read. */
const DATELINE_MAX = 160;

export interface Found {
  /** Length of the dateline or credit. */
  length: number;
  agency: string | null;
  /** A news desk's label in the dateline's place ("BREAKING:", "UPDATE —"): furniture, not a place. */
  slug?: true;
}

/**
 * The labels desks and sites set before a story where a dateline would stand, in capitals:
 * "BREAKING:", "UPDATE —", "EXCLUSIVE:", "EN DIRECT :", "ÚLTIMA HORA:". They name no place.
 */
const SLUG = new RegExp(
  String.raw`^(?:BREAKING(?:\s+NEWS)?|UPDATED?(?:\s+\d+)?|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|WATCH|VIDEO|PHOTOS?|LIVE|OPINION|EDITORIAL|CORRECTION|CORRECTED|REFILE|URGENT|FLASH|ALERT|NEWS\s+ALERT|FEATURE|INSIGHT|COLUMN|COMMENTARY|INTERVIEW|WRAPUP|POLL|SPECIAL\s+REPORT|FACT\s+CHECK|ADVISORY|BULLETIN|DEVELOPING|JUST\s+IN|SPONSORED|EN\s+DIRECT|EXCLUSIF|EXCLUSIVA|ÚLTIMA\s+HORA|EILMELDUNG|AKTUALISIERT)${DASH}`,
  'u',
);

/** The dateline that opens a paragraph, if any. */
export function dateline(s: string): Found | null {
  // A dateline is short: the patterns see the start of the paragraph only.
  const head = s.length > DATELINE_MAX ? s.slice(0, DATELINE_MAX) : s;
  // An agency's dateline names one (namesAgency: compiled for every text anyway; the dateline's
  // own pattern, the agencies between its classes of letters, costs a first read milliseconds to compile).
  const agency = (): RegExpExecArray | null => (namesAgency(head) ? AGENCY_DATELINE().exec(head) : null);
  const m = CAPS_DATELINE.exec(head) ?? (head.includes('(') ? agency() : REGION_CODE.test(head) ? TITLE_DATELINE().exec(head) : null);
  if (!m || (m[0].length === head.length && head.length < s.length)) return null;
  const named = m[1]?.trim() ?? null;
  if (!named && SLUG.test(m[0])) return { length: m[0].length, agency: null, slug: true };
  return { length: m[0].length, agency: named || agencyIn(m[0]) };
}

/** Words of a reporting credit other than names: "Reporting by Jane Doe in Paris; Editing by John Roe and Mark Heinrich". */
const CREDIT_WORDS = new Set(
  'by and in from for with of the de del da van von der al el bin ibn additional further reporting writing written editing edited compiled compiling produced translated translation research graphics input inputs information contributions contribution agency agencies wire newsroom staff desk bureau'.split(
    ' ',
  ),
);
/** A reporting credit: "(Reporting by …; Editing by …)", "Additional reporting by …", "(With inputs from PTI)". */
const REPORTING = /^[([]?\s*(?:with\s+)?(?:additional\s+|further\s+)?(?:reporting|writing|written|editing|edited|compiled|compiling|produced|translated|translation|research|graphics|inputs?|information|contributions?)\b[^()[\]]{0,40}?\b(?:by|from)\s[^()[\]]{1,300}[)\]]?\.?$/i;
const AGENCY_INPUTS = /^\(?\s*with\s+(?:agency|agencies'?|wire|news agency)\s+inputs?\s*\)?\.?$/i;
/**
 * A note of the sources a story drew on, as VOA ends its reports: "Some information for this report
 * was provided by AFP and Reuters." It credits no agency with the story (the story is the
 * outlet's own), so it names none: a copy that drops it attributes nothing otherwise.
 */
const SOURCES_NOTE =
  /^(?:[Ss]ome\s+(?:of\s+the\s+)?)?(?:[Ii]nformation|[Mm]aterial|[Dd]etails)\s+(?:for|in)\s+(?:this|the)\s+(?:report|story|article)\s+(?:(?:was|were|is|has\s+been)\s+)?(?:provided|supplied|contributed)\s+by\s+\p{Lu}[^.!?]{0,120}\.?$/u;
/**
 * A byline: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters", and the outlet after
 * a dash, "By Jane Doe - Department Of Defense News", "By Jane Doe — VOA News"; after a label, "By:
 * Agriculture Secretary Jane Doe", "Author: Jane Doe". Made on first use, and tried only on a text
 * that opens on 'By' or 'Author' (`BYLINE_WORD`).
 */
const BYLINE_WORD = /^(?:[Bb]y|Author)/;
const BYLINE = once(
  () =>
    /^(?:[Bb]y:?|Authors?:)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\||\/|\s[-–—]{1,2}(?=\s))\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$/u,
);
/**
 * An agency alone, or after a dash or slash: "Reuters", "(AFP)", "-- Yonhap", "— AP", "/AFP", "AFP/Reuters".
 * Like the other patterns that hold the agencies' alternation (some two thousand characters, which
 * V8 parses when a pattern is made and compiles when it first runs), made on first use and tried
 * only on a text with what it needs: here an agency's name (`namesAgency`).
 */
const AGENCY_ALONE = once(() => new RegExp(String.raw`^(?:[-–—]{1,2}|/)?\s*[([]?\s*${AGENCY}(?:\s*[/,&]\s*${AGENCY})*\s*[)\]]?\.?$`, 'u'));
/** A source line: "Source: Reuters", "Sources: AFP, AP". Tried only on a text that opens on its label's first letters (`SOURCE_LABEL`). */
const SOURCE = once(() => new RegExp(String.raw`^(?:sources?|credits?|agency|agencies)\s*:\s*${AGENCY}(?:\s*[/,&]\s*${AGENCY})*\.?$`, 'iu'));
/** How every source line opens, in any case, as `SOURCE` reads it (the same flags: 'ſ' is an 's'). */
const SOURCE_LABEL = /^(?:source|credit|agenc)/iu;
/** A contributor line: "Associated Press writer Jane Doe contributed to this report." */
const CONTRIBUTED = /^[^.!?]{1,200}\bcontributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?\.?$/i;
/**
 * A story carried from another: "Kyodo News reports via Reuters", "(via AFP)". Who reports is a
 * name of at most six words, with no figure and no comma: "Forty people died, the agency said
 * via Reuters" is news that names its carrier, not a credit line.
 */
const VIA = once(() => new RegExp(String.raw`^(?:\(via|[^.!?(),\d\s]+(?:\s[^.!?(),\d\s]+){0,5}\s(?:reports?|reported|reporting|writes|wrote|says|said)\s+via)\s+(${AGENCY})\s*\)?\.?$`, 'u'));

/**
 * The words that open a picture's credit in brackets, as data: "(Photo - Jane Doe/Red Cross)", "(AP
 * Photo/Jane Doe)", "(Image: NASA)", "(Picture by …)". A caption's credit starts a line of its own: a
 * PDF's text sets a photo's caption and credit among the story's lines, the next line never goes on
 * into it.
 */
const PICTURE_WORDS = 'Photo|Photos|Photograph|Photo credit|File photo|Image|Images|Picture|Pictures|Video|Graphic|Illustration';
const PICTURE_CREDIT = once(() => new RegExp(String.raw`^[([]\s*(?:${AGENCY}\s+)?(?:${PICTURE_WORDS})\s*(?:[-–—:/]|by\s)`, 'iu'));

/** Does a line open with a picture's credit in brackets ("(Photo - Jane Doe/…")? */
export function pictureCredit(head: string): boolean {
  return (head[0] === '(' || head[0] === '[') && PICTURE_CREDIT().test(head);
}

/** A capitalised word of a name or a place: "Jane", "O'Neil", "Hà", "St.". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** Whose reporter it is, in the possessive: "VOA's", "BBC’s", "Al Jazeera's", "Reuters'". */
const OUTLET = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:['’]s|s['’])`;
/**
 * A broadcaster's sign-off, which credits the reporter (and the outlet) of the story: "VOA's
 * Jane Doe reports from Hanoi", "Correspondent Jane Doe reporting from Nairobi, Kenya". The
 * reporter is a name of two to four capitalised words; the place one to three, and a region.
 * (A sign-off naming the network, "Jane Doe, VOA News.", is a broadcast line here, `BROADCAST_LINES`,
 * and a page's line of chrome in pageLines.ts, `NETWORK_SIGN_OFF`.)
 */
const REPORTS_FROM_SIGN_OFF_BODY = String.raw`(?:${OUTLET}\s+)?(?:(?:[Cc]orrespondent|[Rr]eporter)\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+(?:reports|reporting|reported)\s+from\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD})?)?\s*\.?`;
const REPORTS_FROM_SIGN_OFF = once(() => new RegExp(String.raw`^${REPORTS_FROM_SIGN_OFF_BODY}$`, 'u'));
/**
 * A sign-off run on after the last sentence without a stop: an outlet's possessive in one word
 * ("… feared injured VOA's Jane Doe reports from Hanoi"), or a name of two words (after
 * "Correspondent" or "Reporter", or a word in lower case: "… feared injured Jane Doe reports …"). Where the sentence ends on a
 * capitalised word ("… on Monday Jane Doe reports …") nothing tells where the name starts: no cut.
 */
const TRAILING_REPORTS_FROM_SIGN_OFF = once(
  () =>
    new RegExp(
      String.raw`(?:\s\p{Lu}[\p{L}\p{M}.-]*(?:['’]s|s['’])\s+${NAME_WORD}(?:\s+${NAME_WORD}){1,3}|(?<=(?:^|\s)\p{Ll}[\p{Ll}\p{M}'’-]*[,;]?)\s(?:(?:[Cc]orrespondent|[Rr]eporter)\s+)?${NAME_WORD}\s+${NAME_WORD})\s+(?:reports|reporting|reported)\s+from\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD})?)?\s*\.?$`,
      'u',
    ),
);

/**
 * The words every "reports from" sign-off has, "reports from" (or "reporting", "reported"), between
 * blanks of any kind (a wrapped line may break after them): a text without them is no such sign-off,
 * and its patterns (`REPORTS_FROM_SIGN_OFF`, `TRAILING_REPORTS_FROM_SIGN_OFF`), costly to try at
 * every position of a paragraph's tail, are not tried on it.
 */
const REPORTS_FROM = /\sreport(?:s|ing|ed)\s+from\s/;

/** Whether `s` has the words every "reports from" sign-off has: none of its patterns matches a text without them. */
export function hasReportsFromWords(s: string): boolean {
  return REPORTS_FROM.test(s);
}

/** Words that open a sentence or a noun phrase, never a name: "The Harbour Authority reports." is news. */
const NOT_A_NAME = String.raw`(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Some|Many|Police|Officials)\b)`;
/**
 * A hand-off to the reporter whose report follows, or a note of who made the story, as broadcasts and
 * rewrites for learners set them between or after their news: "VOA's Jane Doe reports.", "Jane Doe
 * narrates.", "Correspondent Jane Doe has more.", "The staff at VOA News wrote this story.", "Jane Doe
 * adapted it for Learning English.", "Jane Doe was the editor." The reporter is a name of two to four
 * capitalised words; the verb ends the line ("reports that …" is news), and what was made is "this
 * story" (or "it" for an outlet: "… adapted it for Learning English").
 */
const HAND_OFFS = once((): readonly RegExp[] => [
  new RegExp(String.raw`^(?:${OUTLET}\s+)?(?:(?:[Cc]orrespondent|[Rr]eporter)\s+)?${NOT_A_NAME}${NAME_WORD}(?:\s+(?:${NAME_WORD}|van|von|de|al|el|bin)){0,2}?\s+${NAME_WORD}\s+(?:reports|narrates|has\s+(?:more|the\s+story|this\s+report|details))\s*\.?$`, 'u'),
  new RegExp(String.raw`^[^.!?]{3,60}?\s(?:wrote|adapted|produced|edited|narrated|reported)\s+(?:this\s+(?:story|report|article)(?:\s+for\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3})?|it\s+for\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\s*\.?$`, 'u'),
  new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+(?:was|were)\s+the\s+editors?\s*\.?$`, 'u'),
]);
/**
 * What every hand-off has, its last word or what was made, which a text needs before the patterns
 * are tried: `HAND_OFF_END` is tried on the text's last 16 characters (an end-anchored pattern is
 * tried from every position). (The blanks around "this" or "it" may be a line break: "… adapted it" /
 * "for Learning English.", a hand-off a wrap broke.)
 */
const HAND_OFF_END = /(?:reports|narrates|more|story|report|details|editors?)\s*\.?$/;
/** A real pre-check for `HAND_OFF_MADE`: "this" or "it" as a word (a bare `includes('it')` is true of nearly every text). */
const MADE_OBJECT = /\s(?:this|it)\s/;
const HAND_OFF_MADE = /\s(?:wrote|adapted|produced|edited|narrated|reported)\s+(?:this|it)\s/;
const handOffWords = (s: string): boolean => HAND_OFF_END.test(s.slice(-16)) || (MADE_OBJECT.test(s) && HAND_OFF_MADE.test(s));

/**
 * A broadcast's own lines around its news, as a newscast's transcript gives them: the program's
 * slug with the hour and date it aired ("VOA English Newscast: 2000 UTC October 26, 2015"), the
 * anchor's sign-on or sign-off ("I'm Dave DeForest reporting.", "For VOA Learning English, I'm Jane Doe.",
 * "Jane Doe, VOA News, Nairobi.").
 * They credit the broadcast and who read it; two newscasts of one story differ in them without a
 * fact changed. So does the programme's or the station's line that opens the broadcast, "From VOA
 * Learning English, this is the Education Report.", "This is the Health Report from VOA Learning
 * English.", "From Washington, this is VOA News." (the outlet after "from" ends on a broadcaster's
 * word, "News", "English", "Radio": "This is the bridge from Marin County." is news): news
 * read on air carries it, the same story on the web does not (it was a sentence, and an added
 * finding in every such pair), and two broadcasts of different stories share it without sharing
 * a sentence of news.
 */
const BROADCAST_LINES: readonly { has: (s: string) => boolean; line: () => RegExp }[] = [
  // A slug: its colon before the hour.
  {
    has: (s) => /:\s*\d/.test(s),
    line: once(() => new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}\s+(?:Newscast|News|Bulletin|Broadcast|Radio)\s*:\s*\d{1,4}(?::\d{2})?\s*(?:UTC|GMT)?,?\s+\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}$`, 'u')),
  },
  // The sign-on: "I'm".
  {
    has: (s) => s.includes("I'm") || s.includes('I’m'),
    line: once(() => new RegExp(String.raw`^(?:For\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3},\s+)?I['’]m\s+${NAME_WORD}(?:\s+${NAME_WORD}){1,3}(?:\s+(?:reporting|in\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}))?\.?$`, 'u')),
  },
  // The anchor's sign-off, naming the network: "News" (pageLines.ts reads such a page line as chrome, `NETWORK_SIGN_OFF`).
  {
    has: (s) => s.includes('News'),
    line: once(() => new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3},\s+${NAME_WORD}(?:\s+${NAME_WORD})?\s+News(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2})?\.?$`, 'u')),
  },
  // The programme's line: its first word.
  {
    has: (s) => s.startsWith('From'),
    line: once(() => new RegExp(String.raw`^From\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3},\s+this\s+is\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|in|of|on|and|the|for)){0,5}\s*\.?$`, 'u')),
  },
  {
    has: (s) => s.startsWith('This'),
    line: once(() => new RegExp(String.raw`^This\s+is\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|in|of|on|and|the|for)){0,5}\s+from\s+(?:${NAME_WORD}\s+){0,3}(?:News|English|Radio|Television|TV|Service)\s*\.?$`, 'u')),
  },
];
/**
 * Is `s` one of the broadcast lines? Each is tried only on a text with what it needs (a slug's
 * colon before its hour, "I'm", "News", its first word), and built on first use: a page's lines
 * with a clock time in them ("10:30") once built and compiled all five.
 */
const isBroadcastLine = (s: string): boolean => BROADCAST_LINES.some(({ has, line }) => has(s) && line().test(s));

/** Has `s` a dash, which every outlet's credit has (outlets.ts)? A text without one is not tried as one. */
const dashed = (s: string): boolean => s.includes('-') || s.includes('–') || s.includes('—');

/**
 * A staff credit on a line of its own, as Chinese and Japanese papers set it under the story:
 * one of the languages' labels (data/staffCredits.ts), perhaps several joined by a slash, a
 * colon, and names with no stop, the whole perhaps in brackets: "（编辑：严玉洁 王辉）",
 * "责任编辑： 焦鹏", "（翻訳編集：…）". Made on first use.
 */
const STAFF_CREDIT = once(() => {
  const labels = [...new Set(Object.values(STAFF_CREDIT_LABELS).flat())].sort((a, b) => b.length - a.length).join('|');
  const label = String.raw`(?:${labels})(?:\s*[/／・、]\s*(?:${labels}))*`;
  return new RegExp(String.raw`^(?:[（(【［\[]\s*${label}\s*[：:][^（）()【】［\]\[。．！？!?
]{1,50}[）)】］\]]|${label}\s*[：:][^（）()【】［\]\[。．！？!?
]{1,30})$`, 'u');
});
/** The longest staff credit tried. */
const STAFF_CREDIT_MAX = 60;
/** Is a whole line a staff credit ("（编辑：严玉洁 王辉）")? */
export function isStaffCredit(s: string): boolean {
  return s.length <= STAFF_CREDIT_MAX && (s.includes('：') || s.includes(':')) && STAFF_CREDIT().test(s);
}

/** Is a whole segment a credit? Its agency, when it names one (`undefined` when it is no credit). */
export function credit(s: string): { agency: string | null } | undefined {
  if (s.length > 400) return undefined;
  if (isStaffCredit(s)) return { agency: agencyIn(s) };
  if ((s.length <= 80 && ((namesAgency(s) && AGENCY_ALONE().test(s)) || (SOURCE_LABEL.test(s) && SOURCE().test(s)) || AGENCY_INPUTS.test(s))) || (BYLINE_WORD.test(s) && BYLINE().test(s)) || (s.length <= 120 && dashed(s) && outletCredit(s)?.length === s.length)) {
    return { agency: agencyIn(s) };
  }
  if (SOURCES_NOTE.test(s)) return { agency: null };
  if (REPORTING.test(s)) {
    // In brackets it is a credit; bare, only when every lower-case word is one a credit uses.
    if (/^[([]/.test(s) || s.split(/[\s,;.]+/).every((w) => !/^\p{Ll}/u.test(w) || CREDIT_WORDS.has(w))) return { agency: agencyIn(s) };
    return undefined;
  }
  if (s.includes('contributed') && CONTRIBUTED.test(s)) return { agency: agencyIn(s) };
  const via = s.includes('via') ? VIA().exec(s) : null;
  if (via && s.split(/\s+/).length <= 15) return { agency: via[1]! };
  if (s.length <= 120 && hasReportsFromWords(s) && REPORTS_FROM_SIGN_OFF().test(s)) return { agency: agencyIn(s) };
  if (s.length <= 80 && isBroadcastLine(s)) return { agency: agencyIn(s) };
  if (s.length <= 100 && handOffWords(s) && HAND_OFFS().some((re) => re.test(s))) return { agency: agencyIn(s) };
  return undefined;
}

/**
 * A headline, its byline and the lead run together, as a page flattened onto one line gives them:
 * "US Blames Pilot Error in 2013 Asiana Crash by VOA News U.S. air safety investigators are …". The
 * byline names an agency or an outlet's news service ("by VOA News", "By Reuters"); the words
 * before it are a title (no stop, most of their longer words capitalised, three words at least) and
 * a capital opens the words after it. Tried only on a text that names an agency or "News" (`namesAgency`).
 */
const RUN_ON_BYLINE = once(() => new RegExp(String.raw`^([^.!?]{12,160}?)\s+([Bb]y\s+(?:${AGENCY}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}News))\s+(?=["“]?\p{Lu})`, 'u'));

/**
 * A headline and its byline run on before the lead (`RUN_ON_BYLINE`): where the title ends, and
 * where the byline starts and ends, in `s`; null for any other text.
 */
export function runOnByline(s: string): { title: number; credit: [number, number]; agency: string | null } | null {
  if (!/\s[Bb]y\s/.test(s.length > 220 ? s.slice(0, 220) : s) || !(s.includes('News') || namesAgency(s))) return null;
  const m = RUN_ON_BYLINE().exec(s);
  if (!m) return null;
  const title = m[1]!;
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  if (title.split(/\s+/).length < 3 || words.filter((w) => /^\p{Lu}/u.test(w)).length * 3 < words.length * 2) return null;
  const start = m[0].indexOf(m[2]!, title.length);
  return { title: title.length, credit: [start, start + m[2]!.length], agency: agencyIn(m[2]!) };
}

/**
 * A byline glued to the end of its headline, with no blank between them, as a page's title and byline
 * run together give it: "… in Reading Skills Since 1992By Jane Doe". The glue (a word in lower case or
 * a figure, then "By") is what tells it from a headline that ends on "By" and words in title case
 * ("Fees Rise By Ten Percent"); the byline is a name of two to four capitalised words.
 */
const GLUED_BYLINE = once(() => /^([^]{12,160}?[\p{Ll}\p{N}])(By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u);

/**
 * A headline with its byline glued to its end (`GLUED_BYLINE`): where the title ends and where the
 * byline starts, in `s` (a line read as a heading); null for any other text. The title is written as
 * one (most of its longer words capitalised).
 */
export function gluedByline(s: string): { title: number; credit: number } | null {
  if (!/By\s/.test(s)) return null;
  const m = GLUED_BYLINE().exec(s);
  if (!m) return null;
  const words = m[1]!.match(/\p{L}{4,}/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 3 < words.length * 2) return null;
  return { title: m[1]!.length, credit: m[1]!.length };
}

/** A credit run on at the end of a paragraph without a stop before it: "… the ministry said -- Yonhap" (a blank, then the dash). */
const TRAILING = once(() => new RegExp(String.raw`\s+(?:-{1,2}|–|—)\s*(${AGENCY})\s*\.?$`, 'u'));

/**
 * The length of a credit that ends a paragraph with no stop before it, if any: an agency
 * after a dash ("… the ministry said -- Yonhap") or a sign-off ("… feared dead VOA's Jane Doe
 * reports from Hanoi").
 */
export function trailingCredit(s: string): Found | null {
  const end = s.length > 80 ? s.slice(-80) : s;
  const m = /\s[-–—]/.test(end) ? TRAILING().exec(end) : null;
  if (m) return { length: m[0].trimStart().length, agency: agencyIn(m[1]!) };
  const tail = s.length > 140 ? s.slice(-140) : s;
  const so = hasReportsFromWords(tail) ? TRAILING_REPORTS_FROM_SIGN_OFF().exec(tail) : null;
  // Only after words of a sentence that ends without a stop (a stop before it is a boundary the segmenter sees).
  if (!so || so.index === 0 || /[.!?…]["”’»)\]]*$/.test(tail.slice(0, so.index))) return null;
  const credit = so[0].trimStart();
  return { length: credit.length, agency: agencyIn(credit) };
}
