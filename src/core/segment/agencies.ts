/**
 * News agencies and wire services, by the names and abbreviations their credits use, as
 * data. Datelines and credits name them ("PARIS, June 13 (Reuters) -", "-- Yonhap",
 * "(With inputs from PTI)"); a dateline's parenthesised credit is taken whatever it says,
 * this list is what tells a bare name at the end of a story from any other word.
 */
import { escapeRegExp } from '../strings';

export const AGENCIES: readonly string[] = `
Reuters|Thomson Reuters|Reuters Breakingviews|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|
Agence France Presse|AFP-JIJI|Bloomberg|Bloomberg News|Dow Jones|Dow Jones Newswires|UPI|United Press International|
Xinhua|Xinhua News Agency|Yonhap|Yonhap News Agency|Kyodo|Kyodo News|Jiji|Jiji Press|KCNA|Anadolu|Anadolu Agency|
ANSA|AGI|Adnkronos|EFE|Agencia EFE|Europa Press|dpa|DPA|Deutsche Presse-Agentur|KNA|epd|APA|AAP|
Australian Associated Press|NZPA|PA|PA Media|Press Association|The Canadian Press|Canadian Press|PTI|Press Trust of India|
IANS|ANI|UNI|TASS|ITAR-TASS|RIA Novosti|RIA|Interfax|Sputnik|Ukrinform|UNIAN|Bernama|Antara|ANTARA|PNA|
Philippine News Agency|VNA|Vietnam News Agency|CNA|Central News Agency|Focus Taiwan|Lusa|Agência Brasil|ANP|Belga|
NTB|TT|Ritzau|STT|PAP|CTK|ČTK|TASR|MTI|BTA|Agerpres|HINA|Tanjug|STA|ATS|SDA|Keystone-ATS|IRNA|ISNA|Tasnim|
Fars|Mehr|WAFA|MENA|Saudi Press Agency|WAM|QNA|KUNA|BNA|ONA|Petra|SANA|NNA|APS|BSS|APP|
Notimex|Prensa Latina|Télam|Andina|NAN|KNA|APA-OTS|Agencies`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Credits that name no one agency. */
export const GENERIC_AGENCIES = new Set(['Agencies']);


/** The names, longest first (so "Xinhua News Agency" wins over "Xinhua"), in their written case and in capitals. */
const alternation = [...new Set(AGENCIES.flatMap((a) => [a, a.toUpperCase()]))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** One agency name, as a whole word. Source text of a pattern, to build others with. */
export const AGENCY = `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`;

const AGENCY_RE = new RegExp(AGENCY, 'u');

/** Whether a text names an agency anywhere (generic credits too): a pattern built on `AGENCY` matches only a text that does. */
export function namesAgency(s: string): boolean {
  return AGENCY_RE.test(s);
}

/** The first agency a text names, as written, or null. */
export function agencyIn(s: string): string | null {
  const m = AGENCY_RE.exec(s);
  return m && !GENERIC_AGENCIES.has(m[0]) ? m[0] : null;
}
