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
 *   "record"): dropped or added, the fact says something else.
 */
export interface QualifierWords {
  /** Ranked groups, strongest first; phrases of one group mean the same amount. */
  quantity: readonly (readonly string[][])[];
  evidence: readonly string[][];
  degree: readonly string[][];
  aspect: readonly string[][];
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
        'preliminary|initial|provisional|tentative|suggested|suggests|indicated|indicates|' +
        'is believed to|are believed to|was believed to|were believed to|is thought to|are thought to|' +
        'is said to|are said to|is understood to|is expected to|are expected to|according to preliminary',
    ),
    degree: phrases(
      'major|massive|huge|vast|enormous|significant|substantial|considerable|serious|severe|grave|heavy|heavily|' +
        'fierce|intense|widespread|sweeping|sharp|sharply|dramatic|dramatically|drastic|unprecedented|historic|' +
        'critical|critically|extremely|highly|deeply|strongly|badly|largely|mostly|entirely|completely|totally|fully|' +
        'barely|slightly|minor|modest|limited|partial|partially|small',
    ),
    aspect: phrases(
      'already|still|again|once again|yet|only|even|just|no longer|anymore|ever|' +
        'for the first time|first|the first|last|the last|latest|record|largest|biggest|worst|deadliest|' +
        'highest|lowest|longest|oldest|youngest|best',
    ),
  },
  fra: {
    quantity: ranked('tous|toutes|tout|chaque > la grande majorité|la quasi-totalité|presque tous > la plupart|la majorité > beaucoup|nombreux|nombreuses > plusieurs > peu|quelques'),
    evidence: phrases('selon les premières informations|premières informations|préliminaire|préliminaires|provisoire|provisoires|semble|semblent'),
    degree: phrases('majeur|majeure|massif|massive|énorme|important|importante|grave|graves|lourd|lourde|violent|violente|vaste|considérable'),
    aspect: phrases('déjà|encore|toujours|seulement|ne plus|même|première|premier|record|pire'),
  },
  spa: {
    quantity: ranked('todos|todas|cada > la gran mayoría|casi todos > la mayoría|mayoría > muchos|muchas > varios|varias > pocos|pocas|algunos|algunas'),
    evidence: phrases('según los primeros informes|primeros informes|preliminar|preliminares|provisional|parece|parecen'),
    degree: phrases('importante|masivo|masiva|enorme|grave|graves|fuerte|fuertes|intenso|intensa|amplio|amplia|considerable'),
    aspect: phrases('ya|todavía|aún|sólo|solo|incluso|de nuevo|otra vez|primera|primer|primero|récord|peor'),
  },
  por: {
    quantity: ranked('todos|todas|cada > a grande maioria|quase todos > a maioria|maioria > muitos|muitas > vários|várias > poucos|poucas|alguns|algumas'),
    evidence: phrases('segundo as primeiras informações|primeiras informações|preliminar|preliminares|provisório|provisória|parece|parecem'),
    degree: phrases('importante|massivo|massiva|enorme|grave|graves|forte|fortes|intenso|intensa|amplo|ampla|considerável'),
    aspect: phrases('já|ainda|apenas|somente|só|até mesmo|de novo|novamente|primeira|primeiro|recorde|pior'),
  },
  deu: {
    quantity: ranked('alle|jeder|jede|jedes > fast alle|die große mehrheit|große mehrheit > die meisten|die mehrheit|mehrheit > viele > mehrere|einige > wenige'),
    evidence: phrases('ersten berichten zufolge|ersten angaben zufolge|vorläufig|vorläufige|vorläufigen|scheint|scheinen'),
    degree: phrases('massiv|massive|massiven|enorm|enorme|schwer|schwere|schweren|heftig|heftige|heftigen|groß|große|großen|erheblich|erhebliche|erheblichen'),
    aspect: phrases('bereits|schon|noch|wieder|erneut|nur|sogar|erstmals|zum ersten mal|erste|ersten|rekord'),
  },
  ind: {
    quantity: ranked('semua|seluruh|setiap > hampir semua|sebagian besar > banyak > beberapa > sedikit'),
    evidence: phrases('laporan awal|awal|sementara|tampaknya|diduga'),
    degree: phrases('besar|besar-besaran|parah|berat|serius|signifikan|luas'),
    aspect: phrases('sudah|telah|masih|lagi|kembali|hanya|bahkan|pertama|pertama kali|rekor|terburuk'),
  },
  ita: {
    quantity: ranked('tutti|tutte|ogni > la stragrande maggioranza|quasi tutti > la maggior parte|la maggioranza|maggioranza > molti|molte > diversi|diverse|alcuni|alcune > pochi|poche'),
    evidence: phrases('secondo le prime informazioni|prime informazioni|preliminare|preliminari|provvisorio|provvisoria|sembra|sembrano'),
    degree: phrases('importante|massiccio|massiccia|enorme|grave|gravi|pesante|pesanti|intenso|intensa|vasto|vasta|notevole'),
    aspect: phrases('già|ancora|solo|soltanto|persino|di nuovo|nuovamente|prima|primo|record|peggiore'),
  },
};
