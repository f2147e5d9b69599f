/**
 * Qualifiers beyond the hedge list, per language (ISO 639-3), as word classes. Each class
 * is a list of phrases (token sequences as the tokenizer normalises them). What a change
 * means depends on the class:
 *
 * - `quantity`: how much of a whole ("all", "the vast majority", "most", "some", "few"),
 *   ranked from more to less: one swapped for another of a different rank changes the claim;
 * - `evidence`: a frame that says a claim is reported, not established ("initial reports
 *   suggested", "preliminary", "is believed to"): dropped, the claim reads as fact;
 * - `degree`: words that make a thing bigger or graver ("major", "massive", "sharply"):
 *   dropped or added, the weight of the fact changes;
 * - `aspect`: words that place a fact against time or expectation ("already", "still",
 *   "again", "only", "even", "for the first time"), and rank words ("first", "largest",
 *   "record"): dropped or added, the fact says something else;
 * - `frequency`: how often ("always", "usually", "often", "sometimes", "rarely"), ranked from
 *   more to less: swapped for another rank, or dropped, the claim says another thing;
 * - `likelihood`: how sure a thing is to happen ("will" > "likely", "probably" > "may",
 *   "could", "threatens to"): swapped for another rank, a possibility reads as a certainty or
 *   the other way round (dropped or added alone, the hedges say it, or "will" says nothing);
 * - `proof`: how firmly evidence bears a claim out ("showed", "found", "confirmed" >
 *   "indicated", "suggested"): swapped, a hint reads as a finding; a weak one dropped is an
 *   evidential frame dropped.
 *
 * - `restrictor`: how far a claim holds ("mainly", "partly", "entirely"): dropped or added,
 *   a part reads as the whole or the whole as a part;
 * - `duration`: how long a state lasts ("ongoing", "temporary", "permanent", "long-running"),
 *   or that it held only at first ("initially", "at first"): dropped or added, the sentence says
 *   otherwise how long; these are `time` findings;
 * - `statistic`: a figure said to be a summary of many ("the average", "the median"): dropped,
 *   a mean reads as the figure of each one; added, a figure of each one becomes a mean. Only
 *   after a determiner, so that a comparison ("above-average temperatures", "global average
 *   temperatures") is left alone.
 *
 * A phrase belongs to one class: where lists overlap, the first class named above keeps it.
 */
export interface QualifierWords {
  /** Ranked groups, strongest first; phrases of one group mean the same amount. */
  quantity: readonly (readonly string[][])[];
  evidence: readonly string[][];
  degree: readonly string[][];
  aspect: readonly string[][];
  frequency?: readonly (readonly string[][])[];
  likelihood?: readonly (readonly string[][])[];
  proof?: readonly (readonly string[][])[];
  duration?: readonly string[][];
  restrictor?: readonly string[][];
  statistic?: readonly string[][];
  /**
   * Quantities that say no more than a plural does ("several ingredients", "ingredients"):
   * swapped for another rank they count, dropped or added alone they do not.
   */
  indefinite?: readonly string[][];
  /**
   * A scope set before a claim ("In some areas, …", "For many farmers, …", "In parts of the
   * city, …"): a preposition (`leads`) that opens the sentence, then a word that takes a part of
   * a whole (`parts`). Dropped while the claim after it stays, the claim reads as holding
   * everywhere.
   */
  scope?: { leads: readonly string[]; parts: readonly string[][] };
  /** Groups of phrases of one class that mean the same ("only", "just", "merely"): one for another is no change. */
  alike?: readonly (readonly string[][])[];
  /**
   * Words that put a thing at the top of its scale, in groups of one meaning, the rank words of
   * `aspect` among them: one dropped (or added) where the other side says another of its group
   * that this side does not is the rank put in other words ("the biggest causes" → "the leading
   * sources", "first-ever" → "unprecedented"), not a rank dropped. The other side's word ranks the
   * word after it ("leading causes", not "leading to").
   */
  ranks?: readonly (readonly string[][])[];
}

const phrases = (s: string): string[][] => s.split('|').map((p) => p.trim().split(/\s+/)).filter((p) => p[0]);
const ranked = (s: string): string[][][] => s.split('>').map(phrases);

export const QUALIFIER_WORDS: Readonly<Record<string, QualifierWords>> = {
  eng: {
    quantity: ranked(
      'all|every|each|entire|whole|all of the ' +
        '> nearly all|almost all|virtually all|the vast majority|the overwhelming majority|vast majority|overwhelming majority ' +
        '> most|the majority|majority|the bulk|most of the ' +
        '> many|much|a large number|large numbers ' +
        '> half|about half ' +
        '> several|a number|a minority|some of the ' +
        '> few|a few|a handful|a small number|little ' +
        '> none|no one',
    ),
    evidence: phrases(
      'initial reports|early reports|first reports|preliminary reports|reports suggested|initial reports suggested|' +
        'preliminary|initial|provisional|tentative|unclear whether|unclear if|not clear whether|not clear if|not known whether|not known if|' +
        'believe|believes|think|thinks|fear|fears|feared|suspect that|suspects that|' +
        'is believed to|are believed to|was believed to|were believed to|is thought to|are thought to|' +
        'is said to|are said to|is understood to|is expected to|are expected to|according to preliminary',
    ),
    degree: phrases(
      'major|massive|huge|vast|enormous|significant|substantial|considerable|serious|severe|grave|heavy|heavily|' +
        'fierce|intense|widespread|sweeping|sharp|sharply|dramatic|dramatically|drastic|unprecedented|historic|' +
        'critical|critically|extremely|highly|deeply|strongly|badly|' +
        'absolutely|utterly|truly|incredibly|exceptionally|remarkably|particularly|especially|' +
        'barely|slightly|minor|modest|limited|partial|small|' +
        // Hyland's hedges of degree (Metadiscourse, 2005), and "a bit".
        'somewhat|fairly|a bit|' +
        // Degree words of the weasels list (words/weasels 2.0.1, MIT) that the list above lacked.
        'big|very|greatly|widely|vastly|hugely|significantly|substantially|exceedingly|relatively|tiny|' +
        // The adverbs of adjectives listed above, and of radical, fundamental, profound.
        'considerably|severely|seriously|enormously|massively|intensely|gravely|radically|fundamentally|profoundly',
    ),
    aspect: phrases(
      'already|still|again|once again|yet|only|even|just|no longer|anymore|ever|' +
        'for the first time|first ever|first|the first|last|the last|latest|record|largest|biggest|worst|deadliest|' +
        'highest|lowest|longest|oldest|youngest|best',
    ),
    frequency: ranked(
      'always|invariably|without exception > usually|generally|typically|normally|routinely|regularly|commonly|as a rule|tend to|tends to|tended to ' +
        '> often|frequently|repeatedly|many times > sometimes|occasionally|at times|from time to time ' +
        '> rarely|seldom|hardly ever|infrequently',
    ),
    likelihood: ranked(
      'will|shall|certainly|definitely|inevitably|is certain to|are certain to|is sure to|are sure to|is going to|are going to ' +
        '> is likely to|are likely to|was likely to|likely|probably|most likely ' +
        '> may|might|could|can|possibly|perhaps|threatens|threaten|threatened|threatens to|threatened to|at risk of|in danger of',
    ),
    proof: ranked(
      'proved|proves|proven|confirmed|confirms|established|establishes|showed|shows|shown|demonstrated|demonstrates|found|finds|' +
        'prove|confirm|establish|show|demonstrate|find ' +
        '> indicated|indicates|suggested|suggests|pointed to|points to|hinted|hints|indicate|suggest|point to|hint',
    ),
    restrictor: phrases(
      'mainly|mostly|largely|primarily|chiefly|predominantly|principally|partly|partially|in part|' +
        'entirely|completely|totally|fully|wholly|exclusively|solely|' +
        // Hyland's hedges (Metadiscourse, 2005) that say how far a claim holds.
        'in general|on the whole|in most cases|in most instances|broadly|essentially|for the most part',
    ),
    duration: phrases(
      'ongoing|continuing|lasting|long running|long standing|longstanding|protracted|prolonged|persistent|' +
        'permanent|permanently|temporary|temporarily|brief|briefly|short lived|interim|indefinite|indefinitely|' +
        'years long|decades long|months long|weeks long|days long|decades old|centuries old|' +
        // A state held only at its start: it did not last ("initially leaving 40,000 homes without water").
        'initially|at first|at the outset',
    ),
    statistic: phrases('the average|an average|on average|the median|a median|the mean'),
    indefinite: phrases('several|a number'),
    scope: { leads: ['in', 'for', 'across', 'among', 'throughout', 'on', 'at'], parts: phrases('some|many|most|several|certain|a few|parts of|much of|large parts of|some parts of|many parts of') },
    alike: [
      'only|just|merely', 'again|once again|anew', 'first|the first|for the first time|first ever', 'still|yet',
      // One statistic, whatever its determiner: “paid an average of” / “pay the average of”.
      'the average|an average|on average|the mean', 'the median|a median',
      // One stance, an opinion held: “engineers believe” / “engineers think”.
      'believe|believes|think|thinks', 'is believed to|is thought to', 'are believed to|are thought to',
    ].map(phrases),
    ranks: [
      'largest|biggest|greatest|strongest|worst|deadliest|highest|leading|most serious|most severe|most powerful',
      'first|the first|first ever|for the first time|unprecedented|never before',
    ].map(phrases),
  },
  fra: {
    quantity: ranked('tous|toutes|tout|chaque > la grande majorité|la quasi-totalité|presque tous > la plupart|la majorité > beaucoup|nombreux|nombreuses > plusieurs > peu|quelques'),
    evidence: phrases('selon les premières informations|premières informations|préliminaire|préliminaires|provisoire|provisoires|semble|semblent'),
    degree: phrases('majeur|majeure|massif|massive|énorme|important|importante|grave|graves|lourd|lourde|violent|violente|vaste|considérable'),
    aspect: phrases('déjà|encore|toujours|seulement|ne plus|même|première|premier|record|pire'),
    frequency: ranked("généralement|habituellement|d'habitude > souvent|fréquemment > parfois|quelquefois > rarement"),
    likelihood: ranked('certainement|sûrement > probablement|sans doute > pourrait|pourraient|peut être|menace|menacent'),
    proof: ranked('a montré|ont montré|a confirmé|ont confirmé|a révélé > suggère|suggèrent|indique|indiquent|laisse penser'),
    duration: phrases('en cours|temporaire|temporaires|temporairement|permanent|permanente|permanents|durable|durables|prolongé|prolongée'),
    indefinite: phrases('plusieurs'),
  },
  spa: {
    quantity: ranked('todos|todas|cada > la gran mayoría|casi todos > la mayoría|mayoría > muchos|muchas > varios|varias > pocos|pocas|algunos|algunas'),
    evidence: phrases('según los primeros informes|primeros informes|preliminar|preliminares|provisional|parece|parecen'),
    degree: phrases('importante|masivo|masiva|enorme|grave|graves|fuerte|fuertes|intenso|intensa|amplio|amplia|considerable'),
    aspect: phrases('ya|todavía|aún|sólo|solo|incluso|de nuevo|otra vez|primera|primer|primero|récord|peor'),
    frequency: ranked('siempre > generalmente|normalmente|habitualmente > a menudo|frecuentemente|con frecuencia > a veces|ocasionalmente > rara vez|raramente'),
    likelihood: ranked('seguramente|ciertamente > probablemente > podría|podrían|quizás|quizá|amenaza|amenazan'),
    proof: ranked('demostró|confirmó|mostró|reveló > sugiere|sugieren|indica|indican|apunta'),
    duration: phrases('en curso|temporal|temporales|temporalmente|permanente|permanentes|prolongado|prolongada|indefinido|indefinida'),
    indefinite: phrases('varios|varias'),
  },
  por: {
    quantity: ranked('todos|todas|cada > a grande maioria|quase todos > a maioria|maioria > muitos|muitas > vários|várias > poucos|poucas|alguns|algumas'),
    evidence: phrases('segundo as primeiras informações|primeiras informações|preliminar|preliminares|provisório|provisória|parece|parecem'),
    degree: phrases('importante|massivo|massiva|enorme|grave|graves|forte|fortes|intenso|intensa|amplo|ampla|considerável'),
    aspect: phrases('já|ainda|apenas|somente|só|até mesmo|de novo|novamente|primeira|primeiro|recorde|pior'),
    frequency: ranked('sempre > geralmente|normalmente|habitualmente > frequentemente|muitas vezes > às vezes|por vezes|ocasionalmente > raramente'),
    likelihood: ranked('certamente > provavelmente > poderia|poderiam|talvez|ameaça|ameaçam'),
    proof: ranked('demonstrou|confirmou|mostrou|revelou > sugere|sugerem|indica|indicam|aponta'),
    duration: phrases('em curso|temporário|temporária|temporariamente|permanente|permanentes|prolongado|prolongada'),
    indefinite: phrases('vários|várias'),
  },
  deu: {
    quantity: ranked('alle|jeder|jede|jedes > fast alle|die große mehrheit|große mehrheit > die meisten|die mehrheit|mehrheit > viele > mehrere|einige > wenige'),
    evidence: phrases('ersten berichten zufolge|ersten angaben zufolge|vorläufig|vorläufige|vorläufigen|scheint|scheinen'),
    degree: phrases('massiv|massive|massiven|enorm|enorme|schwer|schwere|schweren|heftig|heftige|heftigen|groß|große|großen|erheblich|erhebliche|erheblichen'),
    aspect: phrases('bereits|schon|noch|wieder|erneut|nur|sogar|erstmals|zum ersten mal|erste|ersten|rekord'),
    frequency: ranked('immer > meistens|gewöhnlich|normalerweise > oft|häufig > manchmal|gelegentlich > selten'),
    likelihood: ranked('bestimmt|zweifellos > wahrscheinlich|vermutlich > könnte|könnten|vielleicht|möglicherweise|droht|drohen'),
    proof: ranked('bewies|bestätigte|zeigte|belegte > deutet|deuteten|legt nahe|legte nahe'),
    duration: phrases('anhaltend|anhaltende|anhaltenden|andauernd|andauernde|andauernden|vorübergehend|vorübergehende|dauerhaft|dauerhafte|langjährig|langjährige'),
    indefinite: phrases('mehrere'),
  },
  ind: {
    quantity: ranked('semua|seluruh|setiap > hampir semua|sebagian besar > banyak > beberapa > sedikit'),
    evidence: phrases('laporan awal|awal|sementara|tampaknya|diduga'),
    degree: phrases('besar|besar-besaran|parah|berat|serius|signifikan|luas'),
    aspect: phrases('sudah|telah|masih|lagi|kembali|hanya|bahkan|pertama|pertama kali|rekor|terburuk'),
    frequency: ranked('selalu > biasanya|umumnya > sering > kadang kadang|kadang|terkadang > jarang'),
    likelihood: ranked('pasti|akan > kemungkinan besar|mungkin|barangkali|bisa|dapat|mengancam'),
    proof: ranked('membuktikan|mengonfirmasi|menunjukkan > mengindikasikan|mengisyaratkan'),
    duration: phrases('berkelanjutan|berkepanjangan|permanen|sementara waktu|terus menerus'),
    indefinite: phrases('beberapa'),
  },
  ita: {
    quantity: ranked('tutti|tutte|ogni > la stragrande maggioranza|quasi tutti > la maggior parte|la maggioranza|maggioranza > molti|molte > diversi|diverse|alcuni|alcune > pochi|poche'),
    evidence: phrases('secondo le prime informazioni|prime informazioni|preliminare|preliminari|provvisorio|provvisoria|sembra|sembrano'),
    degree: phrases('importante|massiccio|massiccia|enorme|grave|gravi|pesante|pesanti|intenso|intensa|vasto|vasta|notevole'),
    aspect: phrases('già|ancora|solo|soltanto|persino|di nuovo|nuovamente|prima|primo|record|peggiore'),
    frequency: ranked('sempre > generalmente|solitamente|di solito > spesso|frequentemente > a volte|talvolta|qualche volta > raramente'),
    likelihood: ranked('certamente|sicuramente > probabilmente > potrebbe|potrebbero|forse|minaccia|minacciano'),
    proof: ranked('ha dimostrato|ha confermato|ha mostrato|ha rivelato > suggerisce|suggeriscono|indica|indicano'),
    duration: phrases('in corso|temporaneo|temporanea|temporaneamente|permanente|permanenti|prolungato|prolungata'),
    indefinite: phrases('diversi|diverse'),
  },
};
