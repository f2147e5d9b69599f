/**
 * Words of time references, per language (ISO 639-3), as the tokenizer normalises them
 * (lower case, dots of abbreviations dropped). `src/core/time.ts` reads time references
 * with them; see there for the forms it recognises.
 *
 * English is the fullest; the other languages the engine has a lexicon for have at least
 * week days, months and the words for yesterday, today and tomorrow.
 */
export interface TimeWords {
  /** Monday first; each day's spellings. */
  weekdays: readonly (readonly string[])[];
  /** January first; each month's name and short forms. */
  months: readonly (readonly string[])[];
  /** Whether week days and months are written with a capital (English, German): a lower-case "may" or "march" is then a verb. */
  capitalised: boolean;
  /** Parts of the day ("morning", "night"), of the week and of the year ("weekend", "summer"): refine a day ("Monday morning", "last night"). */
  dayParts: readonly string[];
  /** Words that are a time reference on their own ("yesterday", "overnight"), each group one meaning. */
  deictic: readonly (readonly string[])[];
  /** Words that make a day, part or span relative ("last", "next", "early"), each group one meaning. */
  modifiers: readonly (readonly string[])[];
  /** Units of a span ("week", "weeks"), each group one unit. */
  units: readonly (readonly string[])[];
  /**
   * Units that are a span only with a link or a count ("in a generation", "for four generations"),
   * never with a modifier: "the next generation" of a thing is no time.
   */
  spanOnly?: readonly string[];
  /** Words after a counted span that place it ("ago", "later"), each group one meaning. */
  after: readonly (readonly string[])[];
  /** Words before a span that make it a duration ("for a decade", "within hours", "for years"). */
  spanLinks?: readonly string[];
  /**
   * Words that make a duration only of a unit counted by "a" or, plural, by none ("over a decade",
   * "the worst in decades"): before a figure they qualify it ("over 10 years" is more than ten) or
   * place a time to come ("in two weeks").
   */
  singleSpanLinks?: readonly string[];
  /** Words that are a time reference on their own but place nothing by themselves ("recently", "shortly"). */
  vague?: readonly string[];
  /** Words that count units without a figure (“the next few weeks”, “a couple of days”). */
  counts?: readonly string[];
  /**
   * Adverbs of how often, each with the modifier and the unit it stands for (“annually” is “every
   * year”, as `modifiers` and `units` spell them): “set annually” and “each year” say the same. Before
   * a word of content the same spelling is an adjective of its noun (“a daily newspaper”), no time.
   */
  often?: Readonly<Record<string, string>>;
  /**
   * The days of a month written as ordinal words, the first day first (“fifteenth”, “twenty-first”;
   * a word in two parts with its hyphen): “September fifteenth” and “the fifth of May” name a day as
   * “September 15th” and “5 May” do.
   */
  dayOrdinals?: readonly string[];
  /**
   * Words that count one unit, as the figure 1 would (“a week later”, “one week later”): the
   * tokenizer reads no figure in them, since “a” is an article and “one” a pronoun too.
   */
  ones?: readonly string[];
  /** Words between a count and its unit that add the span to one before ("for two more years", "three additional days"). */
  increments?: readonly string[];
  /**
   * Tense (English): the words that put a verb in the future ("will"), the words before a
   * verb that put it in the past ("was", "had"), the ending of a past form ("ed"), and the
   * words after which that ending is a participle, not a past ("to be launched"), so that
   * "will close" → "closed" reads as a thing to come reported as done.
   */
  tense?: { future: readonly string[]; past: readonly string[]; pastEnding: string; notFinite: readonly string[] };
  /** Phrases before a part of the day that make it a time ("in the afternoon", "at night", a greeting: "good evening"). */
  partLeads?: readonly (readonly string[])[];
  /**
   * Clock times (“10:55 p.m. GMT”): the words after a figure that make it a time of day, and
   * time zones; `halves`, phrases after an hour that say which half of the day it is in (“five
   * in the afternoon”), and `oclock`, words that make a bare hour a time (“at six o'clock”).
   */
  clock?: {
    am: readonly string[];
    pm: readonly string[];
    zones: readonly string[];
    /**
     * What each zone of `zones` is ahead of UTC, in minutes, and whether it is a summer (daylight)
     * time (1), a standard time (0) or either, as the season has it (-1: “ET”, “PT”).
     */
    offsets?: Readonly<Record<string, readonly [number, 0 | 1 | -1]>>;
    /**
     * Zones named in words before “time”, “standard time” or “daylight time” (“Pacific time”,
     * “Eastern Daylight Time”): their standard time's minutes ahead of UTC.
     */
    zoneNames?: Readonly<Record<string, number>>;
    halves?: { am: readonly string[][]; pm: readonly string[][] };
    oclock?: readonly string[];
  };
  /**
   * Words beside a figure that make it an hour of the clock, read to compare a translation's
   * clock times ("3:30 p.m." / "15 h 30" / "15.30 Uhr"): `after` the hour, `before` it
   * ("pukul 15.30"), and of `after`, `pm`, those that put it after noon. Only for a language
   * without `clock` words: one with them is read by the time reader (detect/acrossClock.ts).
   */
  hourMarks?: { after: readonly string[]; before?: readonly string[]; pm?: readonly string[] };
  /**
   * Words that may stand between a modifier and what it modifies ("late on Sunday", "earlier
   * this month"), and that place a month named alone ("in March", "since May").
   */
  links: readonly string[];
}

const words = (s: string): string[][] => s.split('|').map((g) => g.trim().split(/\s+/));

export const TIME_WORDS: Readonly<Record<string, TimeWords>> = {
  eng: {
    weekdays: words('monday mon|tuesday tue tues|wednesday wed|thursday thu thur thurs|friday fri|saturday sat|sunday sun'),
    months: words(
      'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec',
    ),
    capitalised: true,
    dayParts: ['morning', 'afternoon', 'evening', 'night', 'dawn', 'daybreak', 'dusk', 'weekend', 'spring', 'summer', 'autumn', 'winter'],
    deictic: words('yesterday|today|tomorrow|tonight|overnight|noon midday|midnight|recently lately|soon shortly'),
    modifiers: words('last past previous recent|this current|next coming following|early earlier|late later|mid|every each'),
    units: words('day days|week weeks|month months|year years|weekend weekends|decade decades|hour hours|century centuries|generation generations'),
    spanOnly: ['generation', 'generations'],
    after: words('ago|later after afterwards|earlier before'),
    spanLinks: ['for', 'within'],
    singleSpanLinks: ['over', 'in'],
    vague: ['recently', 'lately', 'soon', 'shortly'],
    increments: ['more', 'additional', 'further', 'extra'],
    counts: ['few', 'several', 'couple'],
    often: { annually: 'every year', yearly: 'every year', monthly: 'every month', weekly: 'every week', daily: 'every day', hourly: 'every hour' },
    dayOrdinals: `first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
      fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth
      twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first`.split(/\s+/),
    ones: ['a', 'an', 'one'],
    tense: { future: ['will', 'shall', "'ll"], past: ['was', 'were', 'had', 'has', 'have', 'been', 'did'], pastEnding: 'ed',
      notFinite: ['be', 'being', 'to', 'can', 'could', 'may', 'might', 'must', 'should', 'would'] },
    partLeads: words('in the|during the|at|good|over the|on the|at the|throughout the'),
    links: ['on', 'in', 'this', 'the', 'of', 'since', 'until', 'by', 'from', 'through', 'as'],
    clock: {
      am: ['am'],
      pm: ['pm'],
      halves: { am: words('in the morning'), pm: words('in the afternoon|in the evening|at night|tonight') },
      oclock: ["o'clock", 'oclock'],
      zones: ['gmt', 'utc', 'est', 'edt', 'et', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'pt', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest'],
      offsets: {
        gmt: [0, 0], utc: [0, 0], bst: [60, 1], cet: [60, 0], cest: [120, 1], ist: [330, 0], jst: [540, 0], aest: [600, 0],
        est: [-300, 0], edt: [-240, 1], et: [-300, -1], cst: [-360, 0], cdt: [-300, 1], mst: [-420, 0], mdt: [-360, 1],
        pst: [-480, 0], pdt: [-420, 1], pt: [-480, -1],
      },
      zoneNames: { atlantic: -240, eastern: -300, central: -360, mountain: -420, pacific: -480, alaska: -540, hawaii: -600 },
    },
  },
  fra: {
    hourMarks: { after: ['h', 'heure', 'heures'] },
    weekdays: words('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'),
    months: words('janvier janv|février févr fevrier|mars|avril avr|mai|juin|juillet juil|août aout|septembre sept|octobre oct|novembre nov|décembre déc decembre'),
    capitalised: false,
    dayParts: ['matin', 'après-midi', 'soir', 'soirée', 'nuit', 'midi', 'minuit'],
    deictic: words("hier|aujourd'hui aujourdhui|demain|cette-nuit|récemment|bientôt prochainement"),
    modifiers: words('dernier dernière passé passée précédent précédente|prochain prochaine suivant suivante|ce cette'),
    units: words('jour jours|semaine semaines|mois|an ans année années'),
    after: words('plus-tard|auparavant'),
    links: ['la', 'le', 'de', 'en'],
    spanLinks: ['pendant', 'durant'],
    vague: ['récemment', 'bientôt', 'prochainement'],
  },
  spa: {
    hourMarks: { after: ['h', 'hora', 'horas'] },
    weekdays: words('lunes|martes|miércoles miercoles|jueves|viernes|sábado sabado|domingo'),
    months: words('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre'),
    capitalised: false,
    dayParts: ['madrugada', 'tarde', 'noche', 'mediodía'],
    deictic: words('ayer|hoy|mañana|anoche|anteayer|recientemente|pronto'),
    modifiers: words('pasado pasada último última anterior|próximo próxima siguiente|este esta'),
    units: words('día días|semana semanas|mes meses|año años'),
    after: words('después|antes'),
    links: ['la', 'el', 'de', 'en'],
    spanLinks: ['durante'],
    vague: ['recientemente', 'pronto'],
  },
  por: {
    hourMarks: { after: ['h', 'hora', 'horas'] },
    weekdays: words('segunda-feira segunda|terça-feira terça|quarta-feira quarta|quinta-feira quinta|sexta-feira sexta|sábado|domingo'),
    months: words('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
    capitalised: false,
    dayParts: ['manhã', 'tarde', 'noite', 'madrugada'],
    deictic: words('ontem|hoje|amanhã|anteontem|recentemente'),
    modifiers: words('passado passada último última anterior|próximo próxima seguinte|este esta'),
    units: words('dia dias|semana semanas|mês meses|ano anos'),
    after: words('depois|antes'),
    links: ['a', 'o', 'de', 'na', 'no'],
    spanLinks: ['durante'],
    vague: ['recentemente'],
  },
  deu: {
    hourMarks: { after: ['uhr'] },
    weekdays: words('montag|dienstag|mittwoch|donnerstag|freitag|samstag sonnabend|sonntag'),
    months: words('januar jan jänner|februar feb|märz|april apr|mai|juni jun|juli jul|august aug|september sep sept|oktober okt|november nov|dezember dez'),
    capitalised: true,
    dayParts: ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'],
    deictic: words('gestern|heute|morgen|vorgestern|übermorgen'),
    modifiers: words('letzten letzte letzter vergangenen vergangene vorigen|nächsten nächste kommenden|diesen diese dieser'),
    units: words('tag tage tagen|woche wochen|monat monate monaten|jahr jahre jahren'),
    after: words('später|zuvor früher'),
    links: ['am', 'im', 'in', 'der', 'des'],
    spanLinks: ['seit', 'binnen', 'innerhalb'],
  },
  ind: {
    hourMarks: { after: ['wib', 'wita', 'wit'], before: ['pukul'] },
    weekdays: words('senin|selasa|rabu|kamis|jumat|sabtu|minggu ahad'),
    months: words('januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember'),
    capitalised: true,
    dayParts: ['pagi', 'siang', 'sore', 'malam'],
    deictic: words('kemarin|hari-ini|besok|semalam'),
    modifiers: words('lalu|depan|ini'),
    units: words('hari|pekan minggu|bulan|tahun'),
    after: words('kemudian|sebelumnya'),
    links: ['pada', 'di'],
  },
  ita: {
    hourMarks: { after: [], before: ['ore'] },
    weekdays: words('lunedì lunedi|martedì martedi|mercoledì mercoledi|giovedì giovedi|venerdì venerdi|sabato|domenica'),
    months: words('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
    capitalised: false,
    dayParts: ['mattina', 'mattino', 'pomeriggio', 'sera', 'notte'],
    deictic: words('ieri|oggi|domani|stanotte|stamattina|recentemente|presto'),
    modifiers: words('scorso scorsa passato passata|prossimo prossima|questo questa'),
    units: words('giorno giorni|settimana settimane|mese mesi|anno anni'),
    after: words('dopo|prima'),
    links: ['la', 'il', 'di', 'del'],
    spanLinks: ['per', 'durante'],
    vague: ['recentemente', 'presto'],
  },
};
