/**
 * A line that says only when the story was published or updated, in any of the languages the
 * time words cover (data/time.ts) and, for a date in figures, in any language: a publishing
 * label and a date or time ("Pubblicato il: 30 Settembre 2020", "Online seit heute, 12.09 Uhr",
 * "Article mis à jour le 7 janvier 2020.", "Opublikowano: 2021-04-29 17:13"), or a date with a
 * clock time and nothing else ("miércoles, 4 de mayo de 2022 00:00 hs"). pageLines.ts reads the
 * English forms by pattern (TIMESTAMP_LINE); this reads the words of the line one by one. A date
 * alone, or a clock time and a week day alone, may head a section of a timeline or a live story:
 * without a label, a line needs a clock time and a date to be a stamp.
 *
 * Pure: no DOM, no Node.
 */
import { TIME_WORDS } from './data/time';
import { once } from './once';

/**
 * A publishing label that opens the line (what the page calls the time it gives), perhaps after
 * the word for the article ("Article mis à jour le"), perhaps with a preposition after it.
 */
const STAMP_LABEL = once(
  () =>
    /^(?:(?:article|artikel|artículo|artigo|articolo|beitrag|story|post)\s+)?(?:(?:first|last|zuletzt|ultimo|ultima|última|dernière)\s+)?(?:posted|submitted|updated|published|modified|publié|modifié|mis\s+à\s+jour|mise\s+à\s+jour|publicado|actualizado|actualización|modificado|atualizado|atualização|veröffentlicht|publiziert|aktualisiert|erstellt|geändert|online\s+seit|stand|pubblicato|aggiornato|aggiornamento|modificato|modifica|opublikowano|zaktualizowano|aktualizacja|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|diterbitkan|diperbarui)(?:\s+(?:on|at|le|el|em|am|um|il|the))?\s*[:：]?(?=\s|$)/iu,
);

/** Words that join the parts of a date and a time, or stand after a clock time's figures ("Uhr", "hs"), in the languages' forms. */
const JOINERS = new Set([
  'at', 'on', 'the', 'of', 'le', 'la', 'el', 'las', 'de', 'del', 'em', 'às', 'do', 'da', 'am', 'um', 'il', 'alle', 'ore', 'à', 'a', 'den', 'der',
  'uhr', 'h', 'hs', 'hrs', 'horas', 'heures', 'pm', 'a.m.', 'p.m.', 'et', 'gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt', 'pst', 'pdt',
]);

/** The months' names of every language the time words cover; their week days' and deictic words ("heute", "ieri"). */
const MONTHS = once(() => new Set(Object.values(TIME_WORDS).flatMap((w) => w.months.flat())));
const DAYS = once(() => new Set(Object.values(TIME_WORDS).flatMap((w) => [...w.weekdays.flat(), ...w.deictic.flat()])));
/** A figure of a date or a time ("30", "2020", "12.09", "2021-04-29", "17:13:04+02:00", "3rd", "14h05"). */
const FIGURE = /^\d[\d.:/+\-T]*(?:st|nd|rd|th|h\d{2}|h|hs)?$/iu;
/** A clock time's figure ("10:42", "14h05", "17:13:04"), or figures then "Uhr", "h", "hs". */
const CLOCK_FIGURE = /\d[:h]\d{2}/u;
const CLOCK_WORD = new Set(['uhr', 'h', 'hs', 'am', 'pm', 'a.m.', 'p.m.']);
/** A year, or a date in figures ("2021-04-29", "30.09.2020"). */
const DATE_FIGURE = /^(?:\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})/u;
/** Such a line runs to at most this many words. */
const STAMP_MAX_WORDS = 12;

/** Whether a line is a publishing label and a date or a time, or a date and a clock time, and nothing else. */
export function isDateStampLine(text: string): boolean {
  let rest = text.trim().replace(/[.]$/u, '');
  const label = STAMP_LABEL().exec(rest);
  if (label) rest = rest.slice(label[0].length);
  const tokens = rest.split(/[\s,|·•]+/u).filter((t) => t && !/^[-–—]$/u.test(t));
  if (tokens.length === 0 || tokens.length > STAMP_MAX_WORDS) return false;
  let [time, clock, date] = [false, false, false];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.toLowerCase();
    const word = t.replace(/\.$/u, '');
    if (FIGURE.test(t)) {
      clock ||= CLOCK_FIGURE.test(t) || CLOCK_WORD.has(tokens[k + 1]?.toLowerCase() ?? '');
      date ||= DATE_FIGURE.test(t);
    } else if (MONTHS().has(word)) date = true;
    else if (DAYS().has(word)) time = true;
    else if (!JOINERS.has(t)) return false;
    time ||= clock || date || FIGURE.test(t);
  }
  // After a label, any date or time; without one, a clock time and a date (a month's name, a year, a date in figures).
  return label ? time : clock && date;
}
