/** The extension's settings, read and normalised in one place. */
import * as vscode from 'vscode';
import type { CompareOptions, DiscrepancyKind, Severity } from '../core/types';
import { filterFromSettings } from '../view/filter';
import { languageSetting } from '../view/language';
import type { FindingFilter } from '../core/filter';

export const SECTION = 'wirediff';

export interface Settings {
  /** Workspace-relative (or absolute) path of the canonical text; '' when unset. */
  canonical: string;
  minSeverity: Severity;
  kinds: readonly DiscrepancyKind[] | undefined;
  similarityThreshold: number;
  language: string;
  liveUpdate: boolean;
  liveUpdateDelay: number;
  ghostNotes: boolean;
  ghostNoteLength: number;
  /** Above this many characters, a cancellable progress notification. */
  largeFileThreshold: number;
  /** Above this many characters, refuse. */
  maxFileSize: number;
  /** Show findings marked dismissed (everywhere: editor, panel, matrix, reports). */
  showDismissed: boolean;
  /** Name recorded with the verdicts you give ('' when unset). */
  verdictAuthor: string;
}

function num(v: unknown, def: number, lo: number, hi: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : def;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const f = filterFromSettings(c.get('minSeverity'), c.get('kinds'));
  const lang = c.get<unknown>('language');
  return {
    canonical: (c.get<string>('canonical') ?? '').trim(),
    minSeverity: f.minSeverity,
    kinds: f.kinds,
    similarityThreshold: num(c.get('similarityThreshold'), 0.3, 0, 1),
    language: languageSetting(lang),
    liveUpdate: c.get<boolean>('liveUpdate') !== false,
    liveUpdateDelay: num(c.get('liveUpdateDelay'), 500, 50, 10_000),
    ghostNotes: c.get<boolean>('ghostNotes') !== false,
    ghostNoteLength: num(c.get('ghostNoteLength'), 60, 10, 400),
    largeFileThreshold: num(c.get('largeFileThreshold'), 200, 1, 1_000_000) * 1024,
    maxFileSize: num(c.get('maxFileSize'), 8, 1, 1024) * 1024 * 1024,
    showDismissed: c.get<boolean>('showDismissed') === true,
    verdictAuthor: (c.get<string>('verdictAuthor') ?? '').trim(),
  };
}

export function compareOptions(s: Settings): CompareOptions {
  return { similarityThreshold: s.similarityThreshold, language: s.language };
}

export function findingFilter(s: Settings, dismissed?: ReadonlySet<string>): FindingFilter {
  return { minSeverity: s.minSeverity, kinds: s.kinds, dismissed };
}

/**
 * `wirediff.toggleShowDismissed`: one setting for every view (editor, panel, matrix,
 * reports), written at the most specific level that already sets it (folder,
 * workspace), else in the user settings.
 */
export async function setShowDismissed(value?: boolean): Promise<void> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const next = value ?? !readSettings().showDismissed;
  const i = c.inspect<boolean>('showDismissed');
  const target =
    i?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : i?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await c.update('showDismissed', next, target);
}
