/** Localised names for severities and kinds (each string literal, so l10n tooling finds it). */
import * as vscode from 'vscode';
import { DISCREPANCY_KINDS, SEVERITIES, type DiscrepancyKind, type Severity } from '../core/types';
import type { VerdictValue } from '../core/verdicts';
import type { HoverLabels } from '../view/hover';

/**
 * The editor's name of each kind: `KINDS[kind].editor` (src/report/labels.ts), localised. Each a
 * literal, so that l10n tooling finds it; test/extension/labels.test.ts checks them against `KINDS`.
 */
const KIND_NAMES: Record<DiscrepancyKind, () => string> = {
  omitted: () => vscode.l10n.t('Omitted sentence'),
  added: () => vscode.l10n.t('Added sentence'),
  changed: () => vscode.l10n.t('Changed wording'),
  moved: () => vscode.l10n.t('Moved sentence'),
  number: () => vscode.l10n.t('Number or date'),
  time: () => vscode.l10n.t('Time reference'),
  hedge: () => vscode.l10n.t('Hedge'),
  quote: () => vscode.l10n.t('Quotation'),
  name: () => vscode.l10n.t('Name spelling'),
  attribution: () => vscode.l10n.t('Attribution'),
  negation: () => vscode.l10n.t('Negation or denial'),
  mistranslation: () => vscode.l10n.t('Mistranslation'),
  clause: () => vscode.l10n.t('Dropped or added clause'),
  boilerplate: () => vscode.l10n.t('Page chrome'),
};

export function kindLabel(k: DiscrepancyKind): string {
  return Object.hasOwn(KIND_NAMES, k) ? KIND_NAMES[k]() : String(k);
}

export function severityLabel(s: Severity): string {
  switch (s) {
    case 'high':
      return vscode.l10n.t('High');
    case 'medium':
      return vscode.l10n.t('Medium');
    default:
      return vscode.l10n.t('Low');
  }
}

/** The names of the verdicts, as marks. */
export function verdictLabels(): Record<VerdictValue, string> {
  return { confirmed: vscode.l10n.t('Confirmed'), benign: vscode.l10n.t('Benign'), dismissed: vscode.l10n.t('Dismissed') };
}

/** Strings both webview pages use: `high`…, `verdict.confirmed`…, `kind.omitted`… */
export function webviewLabels(): Record<string, string> {
  const v = verdictLabels();
  return {
    ...Object.fromEntries(SEVERITIES.map((s) => [s, severityLabel(s)])),
    'verdict.confirmed': v.confirmed,
    'verdict.benign': v.benign,
    'verdict.dismissed': v.dismissed,
    ...Object.fromEntries(DISCREPANCY_KINDS.map((k) => [`kind.${k}`, kindLabel(k)])),
  };
}

export function hoverLabels(): HoverLabels {
  return {
    title: vscode.l10n.t('WireDiff'),
    canonical: vscode.l10n.t('Canonical'),
    canonicalElsewhere: vscode.l10n.t('Canonical, in a sentence not aligned with this one'),
    article: vscode.l10n.t('Article'),
    wordDiff: vscode.l10n.t('Word by word'),
    canonicalOnly: vscode.l10n.t('only in the canonical'),
    articleOnly: vscode.l10n.t('only in this article'),
    omitted: vscode.l10n.t('Omitted from the article'),
    added: vscode.l10n.t('Not in the canonical text'),
    fewMatches: vscode.l10n.t(
      'Hardly a sentence of this article has a counterpart in the canonical text: {0} of its sentences are not here, and nearly all of this article is not in it. A report written anew, or the wrong canonical text? Its omitted and added sentences are listed, folded, in the panel, and not marked one by one.',
      '{0}',
    ),
    showPanel: vscode.l10n.t('Show the panel (Choose Canonical…)'),
    revealCanonical: vscode.l10n.t('Reveal in canonical'),
    confirm: vscode.l10n.t('Confirm'),
    benign: vscode.l10n.t('Benign'),
    dismiss: vscode.l10n.t('Dismiss'),
    clearVerdict: vscode.l10n.t('Clear verdict'),
    verdict: verdictLabels(),
    severity: { high: severityLabel('high'), medium: severityLabel('medium'), low: severityLabel('low') },
    kind: kindLabel,
  };
}
