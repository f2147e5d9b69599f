/** How much a whole added or omitted sentence matters. */
import type { SegmentKind, Severity } from '../types';
import { isNegation, type Lexicon } from '../lexicon';
import type { GroupSide } from './group';
import { findAttributions } from './attribution';
import { isWeighty } from './number';
import { findQuotes } from './quote';

/**
 * How much a whole sentence that was added or omitted matters, and why: a denial or
 * negated sourced claim and a casualty figure rank high; a quotation, a negation, a
 * sourced claim or a figure medium; background low.
 */
export function salience(side: GroupSide, lex: Lexicon, kind: SegmentKind): { severity: Severity; why: string } {
  if (kind === 'heading') return { severity: 'low', why: 'a heading' };
  const toks = side.tokens;
  // Each reading is made when the answer first needs it, in the order the answers are tried
  // (the attributions, the dearest, only when no figure or quotation has decided already).
  let sourcedMemo: boolean | undefined;
  const sourced = (): boolean => (sourcedMemo ??= findAttributions(side, lex).some((a) => a.strong));
  const negated = toks.some((t) => isNegation(t.norm, lex) || lex.denials.has(t.norm));
  if (negated && sourced()) return { severity: 'high', why: 'a denial or negated claim' };
  if (toks.some((t, i) => (t.num !== null || lex.vagueQuantities.has(t.norm)) && isWeighty(side, i, lex))) return { severity: 'high', why: 'a casualty or other key figure' };
  if (findQuotes(side).length > 0) return { severity: 'medium', why: 'a quotation' };
  if (negated) return { severity: 'medium', why: 'a negated statement' };
  if (sourced()) return { severity: 'medium', why: 'a sourced claim' };
  if (toks.some((t) => t.num !== null && !/^\d{4}$/.test(t.norm))) return { severity: 'medium', why: 'a figure' };
  return { severity: 'low', why: 'background' };
}
