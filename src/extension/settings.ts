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

/**
 * Settings a workspace may not set while it is not trusted (Restricted Mode): the manifest's
 * `capabilities.untrustedWorkspaces.restrictedConfigurations` names the same keys, so VS Code's
 * Settings editor says so, and `readSettings` reads only the user's value (or the default) for
 * them. A repository could otherwise make WireDiff read a file of a gigabyte (`maxFileSize`),
 * compare on every keystroke (`liveUpdateDelay`), hide the progress it can cancel
 * (`largeFileThreshold`), show what the user dismissed, or sign the user's verdicts.
 */
export const RESTRICTED_SETTINGS: readonly string[] = ['maxFileSize', 'largeFileThreshold', 'liveUpdateDelay', 'showDismissed', 'verdictAuthor'];

/** The numeric settings: default, bounds, and whether only whole numbers make sense (as package.json declares them). */
export const NUMBER_SETTINGS: Readonly<Record<string, { def: number; lo: number; hi: number; integer: boolean }>> = {
  similarityThreshold: { def: 0.3, lo: 0, hi: 1, integer: false },
  liveUpdateDelay: { def: 500, lo: 50, hi: 10_000, integer: true },
  ghostNoteLength: { def: 40, lo: 10, hi: 400, integer: true },
  largeFileThreshold: { def: 200, lo: 1, hi: 1_000_000, integer: true },
  maxFileSize: { def: 8, lo: 1, hi: 1024, integer: true },
};

/** A setting's value as WireDiff may use it: in Restricted Mode, a restricted one from the user's settings only. */
function valueOf(c: vscode.WorkspaceConfiguration, key: string): unknown {
  if (vscode.workspace.isTrusted || !RESTRICTED_SETTINGS.includes(key)) return c.get(key);
  const i = c.inspect(key);
  return i ? (i.globalValue ?? i.defaultValue) : undefined;
}

/** Bad values already told about (`key=value`), so that each is said once, not on every read. */
const told = new Set<string>();

/** Forgets which bad values were told about (tests). */
export function forgetSettingWarnings(): void {
  told.clear();
}

/**
 * A numeric setting within its bounds (a whole number where only one makes sense); a value out
 * of them, not whole, or not a number (settings.json written by hand) is clamped or replaced by
 * the default, and noted in `bad`.
 */
function num(c: vscode.WorkspaceConfiguration, key: string, bad: string[]): number {
  const spec = NUMBER_SETTINGS[key]!;
  const v = valueOf(c, key);
  if (v === undefined || v === null) return spec.def;
  const ok = typeof v === 'number' && Number.isFinite(v);
  const n = ok ? Math.min(spec.hi, Math.max(spec.lo, spec.integer ? Math.round(v) : v)) : spec.def;
  if (n !== v) bad.push(vscode.l10n.t('“{0}” is {1}: WireDiff uses {2} ({3} from {4} to {5})', `${SECTION}.${key}`, JSON.stringify(v) ?? String(v), n, spec.integer ? vscode.l10n.t('a whole number') : vscode.l10n.t('a number'), spec.lo, spec.hi));
  return n;
}

/** One message, at most, for the bad values of a read that were not told about before. */
function tell(bad: readonly string[]): void {
  const fresh = bad.filter((b) => !told.has(b));
  if (!fresh.length) return;
  for (const b of fresh) told.add(b);
  const open = vscode.l10n.t('Open Settings');
  void Promise.resolve(vscode.window.showWarningMessage(vscode.l10n.t('WireDiff settings: {0}.', fresh.join('; ')), open)).then(
    (pick) => pick === open && vscode.commands.executeCommand('workbench.action.openSettings', `@ext:wirediff.wirediff`),
  );
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const f = filterFromSettings(c.get('minSeverity'), c.get('kinds'));
  const lang = c.get<unknown>('language');
  const bad: string[] = [];
  const settings: Settings = {
    canonical: (c.get<string>('canonical') ?? '').trim(),
    minSeverity: f.minSeverity,
    kinds: f.kinds,
    similarityThreshold: num(c, 'similarityThreshold', bad),
    language: languageSetting(lang),
    liveUpdate: c.get<boolean>('liveUpdate') !== false,
    liveUpdateDelay: num(c, 'liveUpdateDelay', bad),
    ghostNotes: c.get<boolean>('ghostNotes') !== false,
    ghostNoteLength: num(c, 'ghostNoteLength', bad),
    largeFileThreshold: num(c, 'largeFileThreshold', bad) * 1024,
    maxFileSize: num(c, 'maxFileSize', bad) * 1024 * 1024,
    showDismissed: valueOf(c, 'showDismissed') === true,
    verdictAuthor: String(valueOf(c, 'verdictAuthor') ?? '').trim(),
  };
  if (bad.length) tell(bad);
  return settings;
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
