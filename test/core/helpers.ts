/**
 * Small texts made into what the engine's parts take in: a prepared document for `align`,
 * and an aligned group for the detectors, segmented and tokenized as `compare` does.
 */
import { localeFor, tokenizerContext } from '../../src/core/tokenizerContext';
import { segment } from '../../src/core/segment';
import { tokenize } from '../../src/core/text';
import type { GroupRelation } from '../../src/core/types';
import type { AlignDoc } from '../../src/core/align';
import type { Finding, GroupInput, GroupSide } from '../../src/core/detect';
import { createContext, type DetectContext, type Detector } from '../../src/core/detect/context';
import { tokensText } from '../../src/core/detect/tokens';
import { wordDiff } from '../../src/core/detect/wordDiff';
import { analyzeAcross } from '../../src/core/detect/across';

export interface Doc extends AlignDoc {
  text: string;
}

/** A text segmented into sentences and tokenized, in the given language (ISO 639-3). */
export function prepare(text: string, language = 'eng'): Doc {
  const ctx = tokenizerContext(language);
  const sentences = segment(text, { locale: localeFor(language), lexicon: ctx.lexicon });
  return { text, sentences, tokens: sentences.map((s) => tokenize(text, s.start, s.end, ctx)) };
}

/** All the sentences of a text as one side of a group. */
export function sideOf(text: string, language = 'eng'): GroupSide {
  const doc = prepare(text, language);
  const side: GroupSide = { text, tokens: [], sentences: [] };
  doc.sentences.forEach((s, k) => {
    const from = side.tokens.length;
    side.tokens.push(...doc.tokens[k]!);
    side.sentences.push({ start: s.start, end: s.end, from, to: side.tokens.length });
  });
  return side;
}

/**
 * The findings of a translation's group alone (`analyzeAcross`): an English sentence and its
 * translation into `language`, each side read with its own lexicon; as kind, severity and reason.
 */
export function translationFindings(en: string, other: string, language: string): Array<[string, string, string]> {
  const lex = (code: string) => tokenizerContext(code).lexicon;
  const r = analyzeAcross(sideOf(en, 'eng'), sideOf(other, language), lex('eng'), lex(language), { canonical: 'en', article: localeFor(language) });
  return r.findings.map((f) => [f.kind, f.severity, f.reason]);
}

export interface GroupOptions {
  language?: string;
  relation?: GroupRelation;
  /** The alignment's similarity of the two sides (0.7, a close match, unless given). */
  similarity?: number;
}

/** Two texts as one aligned group: the whole canonical text against the whole article text. */
export function group(canonical: string, article: string, options: GroupOptions = {}): GroupInput {
  const language = options.language ?? 'eng';
  return {
    canonical: sideOf(canonical, language),
    article: sideOf(article, language),
    lexicon: tokenizerContext(language).lexicon,
    similarity: options.similarity ?? 0.7,
    relation: options.relation ?? 'match',
  };
}

/** The detection context of a group whose sides differ. */
export function contextOf(input: GroupInput): DetectContext {
  const words = wordDiff(input.canonical, input.article);
  if (words.hunks.length === 0) throw new Error('the two sides are the same: there is nothing to detect');
  return createContext(input, words);
}

/** A finding with its tokens as the texts they cover. */
export interface Shown {
  kind: Finding['kind'];
  severity: Finding['severity'];
  canonical: string;
  article: string;
  reason: string;
}

export function show(input: GroupInput, findings: readonly Finding[]): Shown[] {
  return findings.map((f) => ({
    kind: f.kind,
    severity: f.severity,
    canonical: tokensText(input.canonical, f.cTok),
    article: tokensText(input.article, f.aTok),
    reason: f.reason,
  }));
}

/** Runs one detector alone on a fresh context of the two texts, and shows what it found. */
export function detect(detector: Detector, canonical: string, article: string, options: GroupOptions = {}): Shown[] {
  const input = group(canonical, article, options);
  const ctx = contextOf(input);
  detector.run(ctx);
  return show(input, ctx.findings);
}
