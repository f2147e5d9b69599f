/**
 * What a figure counts, read from the words around it (detect/facts.ts), in English: the
 * word families of each sense of a news count (the counted noun or the predicate: "killed",
 * "dead", "toll"; "injured", "wounded"…), the nouns that count people, and the words that set
 * a figure apart as a rate or as another event's. Words as they are written (lower case), all
 * their forms: cues are matched on the written word, not the stem ("lives" is the dead's,
 * "lived" the population's, though they stem alike).
 *
 * Why a list and not WordNet: in the engine's WordNet table (data/wordnet.ts, common senses)
 * "die" shares synsets with "go", "fail" and "break", "arrest" with "stop" and "get", and
 * "missing" with "lack"; a noun reaches "person" through its hypernyms for only about half of
 * the nouns that count people in news copy ("soldiers", "troops", "police", "refugees",
 * "children" do not), and "villagers" and "villages" share one key. A short list per sense is
 * both wider and safer here.
 */

/** The senses a figure can count, each with its cue words (predicates and nouns). */
export const SENSE_CUES: Readonly<Record<string, string>> = {
  dead: 'killed kill kills killing dead death deaths died die dies dying toll tolls fatalities fatality perished perish perishing lives bodies corpses slain',
  injured: 'injured injure injures injuring injuries injury wounded wound wounds wounding hurt',
  missing: 'missing unaccounted',
  trapped: 'trapped',
  displaced: 'displaced homeless evacuated evacuate evacuees fled flee fleeing uprooted',
  arrested: 'arrested arrest arrests detained detain detains detention',
  rescued: 'rescued rescue rescues rescuing',
  affected: 'affected',
  population: 'lived live inhabited population',
  magnitude: 'magnitude richter',
  casualties: 'casualties casualty',
};

/** Cue nouns that name what the figure counts when they follow it ("300 deaths", "1,000 dead"): their sense is the figure's. */
export const SENSE_NOUNS = 'dead deaths fatalities bodies corpses injured wounded injuries missing homeless evacuees displaced casualties';

/** Nouns that count people: a figure before one ("300 residents", "40 foreign tourists") is a count of people. */
export const PEOPLE_NOUNS = `
  people persons person residents villagers inhabitants civilians children child women men adults babies infants
  soldiers troops police policemen officers personnel staff employees workers miners crew sailors passengers
  tourists students pupils patients pilgrims migrants refugees victims survivors protesters demonstrators
  fighters militants rebels insurgents journalists farmers fishermen families households individuals others
  hostages prisoners detainees inmates members
`;

/** A definite count of these ("the 1,800 residents of the village") is the place's population, whatever happened to them. */
export const POPULATION_NOUNS = 'residents inhabitants villagers population';

/** Nouns after a magnitude figure ("a 7.8 earthquake"). */
export const QUAKE_NOUNS = 'earthquake quake temblor tremor';

/** An aftershock's magnitude is not the quake's. */
export const AFTERSHOCK_NOUNS = 'aftershock aftershocks';

/** Words after a count that make it a rate ("hundreds of bodies a day"), not a total. */
export const RATE_PHRASES = 'a day|per day|each day|every day|daily|a week|per week|each week|a month|per month|a year|per year|each year|annually';

/** Words that set a statement apart as another event's or time's ("another quake", "last year"). */
export const BACKGROUND_PHRASES = 'previous|separate|last year|years ago|decades ago';

/** Prepositions after which a name is the place a count is of ("in Aceh", "across southern Asia", "on Leyte island"). */
export const LOCATIVES = 'in across throughout through inside within on';

/** Words that scope a count to the whole world. */
export const WORLD_WORDS = 'worldwide globally';

/** Words before a figure that make it a running total ("bringing the total to 94,000", "raising the toll to 40"). */
export const TOTAL_CUES = 'total tally bringing brings brought raising raises raised pushing pushes pushed';
