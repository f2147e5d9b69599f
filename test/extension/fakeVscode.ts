/**
 * A small stand-in for the `vscode` module, enough for the extension's parts that
 * hold state (the result store, the panel provider, the decorator) to run in Node.
 * Only what those parts call; each fake keeps what the tests need to look at
 * (listener counts, posted messages, decorations set). test/extension/useFakeVscode.ts
 * makes `require('vscode')` load this file.
 */

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  dispose(): void {
    this.listeners.clear();
  }
}

/** As VS Code's: a file system error with a code ('FileNotFound', 'NoPermissions', …). */
export class FileSystemError extends Error {
  code = '';
}

export class Disposable {
  constructor(private readonly fn: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly fragment = '',
  ) {}
  with(change: { fragment?: string }): Uri {
    return new Uri(this.scheme, this.path, change.fragment ?? this.fragment);
  }
  static parse(s: string): Uri {
    const m = /^([a-z][\w+.-]*):\/\/(.*)$/i.exec(s);
    return m ? new Uri(m[1]!, m[2]!) : new Uri('file', s);
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    // As VS Code's: '..' and '.' segments are resolved.
    const out: string[] = [];
    for (const seg of [base.path, ...parts].join('/').split('/')) {
      if (seg === '..') out.pop();
      else if (seg !== '.' && seg !== '') out.push(seg);
    }
    return new Uri(base.scheme, `/${out.join('/')}`);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  intersection(o: Range): Range | undefined {
    const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
    const start = before(this.start, o.start) ? o.start : this.start;
    const end = before(this.end, o.end) ? this.end : o.end;
    return before(end, start) ? undefined : new Range(start, end);
  }
}

export class InlayHintLabelPart {
  constructor(readonly value: string) {}
}

export class InlayHint {
  paddingLeft?: boolean;
  paddingRight?: boolean;
  tooltip?: unknown;
  constructor(
    readonly position: Position,
    readonly label: string | InlayHintLabelPart[],
    readonly kind?: number,
  ) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

/** A status bar item as an extension sets it (what it shows, whether it is shown). */
export class FakeStatusBarItem {
  text = '';
  tooltip: unknown;
  command: unknown;
  name = '';
  backgroundColor: unknown;
  visible = false;
  constructor(readonly id: string) {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

export class MarkdownString {
  value: string;
  constructor(value = '', readonly supportThemeIcons = false) {
    this.value = value;
  }
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
  appendText(s: string): this {
    this.value += s;
    return this;
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export enum DecorationRangeBehavior {
  ClosedClosed = 1,
}
export enum OverviewRulerLane {
  Left = 1,
  Center = 2,
  Right = 4,
}
export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}

export enum EndOfLine {
  LF = 1,
  CRLF = 2,
}

/** A text document: a URI, a version and a text the test can change. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  isDirty = false;
  readonly eol = EndOfLine.LF;
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  getText(range?: Range): string {
    return range ? this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return new Position(line, before.length - (before.lastIndexOf('\n') + 1));
  }
  offsetAt(p: Position): number {
    const lines = this.text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i]!.length + 1;
    return o + Math.min(p.character, lines[p.line]?.length ?? 0);
  }
  /** Replaces ranges of the text (offsets of the text before) and fires the change event, as VS Code does. */
  change(changes: { start: number; end: number; text: string }[]): void {
    const contentChanges = [...changes]
      .sort((a, b) => b.start - a.start)
      .map((c) => ({ rangeOffset: c.start, rangeLength: c.end - c.start, text: c.text, range: new Range(this.positionAt(c.start), this.positionAt(c.end)) }));
    let t = this.text;
    for (const c of contentChanges) t = t.slice(0, c.rangeOffset) + c.text + t.slice(c.rangeOffset + c.rangeLength);
    this.edit(t);
    changeDocumentEmitter.fire({ document: this, contentChanges });
  }
}

/** A text editor that records the decorations set on it. */
export class FakeEditor {
  readonly decorations = new Map<object, unknown[]>();
  setCount = 0;
  constructor(readonly document: FakeDocument) {}
  setDecorations(type: object, ranges: unknown[]): void {
    this.setCount++;
    this.decorations.set(type, ranges);
  }
}

/** The settings of section `wirediff` (no scopes). */
export const settings: Record<string, unknown> = {};
const configEmitter = new EventEmitter<{ affectsConfiguration(s: string): boolean }>();
const activeEditorEmitter = new EventEmitter<unknown>();
const visibleEditorsEmitter = new EventEmitter<unknown>();
const changeDocumentEmitter = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>();
const closeDocumentEmitter = new EventEmitter<FakeDocument>();
const grantTrustEmitter = new EventEmitter<void>();
const noEvent = () => ({ dispose() {} });

/** Files `workspace.fs` reads, by the Uri's string. */
export const files = new Map<string, Uint8Array>();

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export enum QuickPickItemKind {
  Separator = -1,
  Default = 0,
}

export enum FileType {
  File = 1,
  Directory = 2,
}

/** A workspace folder of the stand-in workspace. */
export interface FakeFolder {
  uri: Uri;
  name: string;
  index: number;
}

/** A glob relative to a folder, as file watchers take it. */
export class RelativePattern {
  constructor(
    readonly baseUri: Uri,
    readonly pattern: string,
  ) {}
}

/** A file watcher of the stand-in workspace: a test fires its events by the file's URI (`fileEvent`). */
export class FakeWatcher {
  readonly created = new EventEmitter<Uri>();
  readonly changed = new EventEmitter<Uri>();
  readonly deleted = new EventEmitter<Uri>();
  readonly onDidCreate = this.created.event;
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;
  disposed = false;
  constructor(readonly pattern: RelativePattern) {}
  /** The file this watcher watches, when its pattern names one file. */
  get file(): string {
    return Uri.joinPath(this.pattern.baseUri, this.pattern.pattern).toString();
  }
  dispose(): void {
    this.disposed = true;
  }
}
export const watchers: FakeWatcher[] = [];

/** A file created, changed or deleted on disk: every live watcher of that file is told. */
export function fileEvent(kind: 'created' | 'changed' | 'deleted', uri: Uri): number {
  const live = watchers.filter((w) => !w.disposed && w.file === uri.toString());
  for (const w of live) w[kind].fire(uri);
  return live.length;
}

export const workspace = {
  createFileSystemWatcher(pattern: RelativePattern): FakeWatcher {
    const w = new FakeWatcher(pattern);
    watchers.push(w);
    return w;
  },
  textDocuments: [] as FakeDocument[],
  workspaceFolders: undefined as FakeFolder[] | undefined,
  /** False in Restricted Mode (an untrusted workspace). */
  isTrusted: true,
  getWorkspaceFolder(uri: Uri): FakeFolder | undefined {
    return workspace.workspaceFolders?.find((f) => uri.scheme === f.uri.scheme && uri.path.startsWith(`${f.uri.path}/`));
  },
  getConfiguration(_section?: string) {
    return {
      get: <T>(key: string): T | undefined => settings[key] as T | undefined,
      /** Every setting of the stand-in is a workspace setting (`.vscode/settings.json`). */
      inspect: <T>(key: string): { key: string; workspaceValue?: T } | undefined =>
        key in settings ? { key: `wirediff.${key}`, workspaceValue: settings[key] as T } : undefined,
      update: async (key: string, value: unknown) => setSetting(key, value),
    };
  },
  onDidChangeConfiguration: configEmitter.event,
  onDidChangeTextDocument: changeDocumentEmitter.event,
  onDidCloseTextDocument: closeDocumentEmitter.event,
  onDidGrantWorkspaceTrust: grantTrustEmitter.event,
  /** As VS Code's: the path inside its workspace folder, else a file's path (a string is returned as it is). */
  asRelativePath: (uri: Uri | string): string => {
    if (typeof uri === 'string') return uri;
    const f = workspace.getWorkspaceFolder(uri);
    return f ? uri.path.slice(f.uri.path.length + 1) : uri.scheme === 'file' ? uri.path : uri.toString();
  },
  findFiles: async (): Promise<Uri[]> => [...files.keys()].map((k) => Uri.parse(k)),
  fs: {
    readFile: async (uri: Uri): Promise<Uint8Array> => {
      const bytes = files.get(uri.toString());
      if (!bytes) throw new Error(`FileNotFound: ${uri.toString()}`);
      return bytes;
    },
    writeFile: async (uri: Uri, bytes: Uint8Array): Promise<void> => void files.set(uri.toString(), bytes),
    createDirectory: async (): Promise<void> => {},
    isWritableFileSystem: (): boolean | undefined => true,
    /** The renames made, as [from, to]; `failRename` makes the next ones fail (a file system that cannot rename). */
    renames: [] as [string, string][],
    failRename: false,
    rename: async (from: Uri, to: Uri): Promise<void> => {
      if (workspace.fs.failRename) throw new Error('NoPermissions: rename');
      const bytes = await workspace.fs.readFile(from);
      files.delete(from.toString());
      files.set(to.toString(), bytes);
      workspace.fs.renames.push([from.toString(), to.toString()]);
    },
    delete: async (uri: Uri): Promise<void> => void files.delete(uri.toString()),
    stat: async (uri: Uri): Promise<{ type: FileType; size: number }> => {
      const bytes = await workspace.fs.readFile(uri);
      return { type: FileType.File, size: bytes.length };
    },
  },
  /**
   * An open document of that URI, else the file's text as a new document; a missing file fails
   * as VS Code's does; an untitled URI with no open document is a new empty one, as in VS Code.
   */
  openTextDocument: async (uri: Uri): Promise<FakeDocument> => {
    const open = workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
    if (open) return open;
    if (uri.scheme === 'untitled') {
      const empty = new FakeDocument(uri, '');
      workspace.textDocuments.push(empty);
      return empty;
    }
    const bytes = files.get(uri.toString());
    if (!bytes) throw new Error(`cannot open ${uri.toString()}. Detail: Unable to read file '${uri.path}' (Error: Unable to resolve nonexistent file '${uri.path}')`);
    const doc = new FakeDocument(uri, new TextDecoder().decode(bytes));
    workspace.textDocuments.push(doc);
    return doc;
  },
  /** Applies a WorkspaceEdit's replacements to the open documents, each document's as one change event. */
  applyEdit: async (edit: WorkspaceEdit) => {
    for (const doc of workspace.textDocuments) {
      const mine = edit.replacements.filter((r) => r.uri.toString() === doc.uri.toString());
      if (mine.length) doc.change(mine.map((r) => ({ start: doc.offsetAt(r.range.start), end: doc.offsetAt(r.range.end), text: r.text })));
    }
    return true;
  },
};

// Problems and quick fixes: what the workflow's providers create.
export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}
export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}
export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}
export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity,
  ) {}
}
export class WorkspaceEdit {
  readonly replacements: { uri: Uri; range: Range; text: string }[] = [];
  replace(uri: Uri, range: Range, text: string): void {
    this.replacements.push({ uri, range, text });
  }
}
export class CodeActionKind {
  private constructor(readonly value: string) {}
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Source = new CodeActionKind('source');
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === other.value || other.value.startsWith(`${this.value}.`);
  }
}
export enum CodeActionTriggerKind {
  Invoke = 1,
  Automatic = 2,
}
export class CodeAction {
  edit?: WorkspaceEdit;
  command?: { command: string; title: string; arguments?: unknown[] };
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  disabled?: { readonly reason: string };
  constructor(
    readonly title: string,
    readonly kind?: CodeActionKind,
  ) {}
}
export const diagnosticCollections: Map<string, Diagnostic[]>[] = [];
export const languages = {
  createDiagnosticCollection(_name?: string) {
    const items = new Map<string, Diagnostic[]>();
    diagnosticCollections.push(items);
    return {
      /** How many times diagnostics were set (each one a message to the workbench in VS Code). */
      sets: 0,
      set(uri: Uri, ds: Diagnostic[]) {
        this.sets++;
        items.set(uri.toString(), ds);
      },
      delete: (uri: Uri) => void items.delete(uri.toString()),
      forEach: (fn: (uri: Uri) => void) => [...items.keys()].forEach((k) => fn(Uri.parse(k))),
      get: (uri: Uri) => items.get(uri.toString()),
      dispose: () => items.clear(),
    };
  },
  registerCodeActionsProvider: () => ({ dispose() {} }),
  registerInlayHintsProvider: () => ({ dispose() {} }),
};

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

/** A webview panel of the stand-in window: `received` delivers the page's messages, `posted` keeps the extension's. */
export class FakeWebviewPanel {
  readonly received = new EventEmitter<unknown>();
  readonly disposed = new EventEmitter<void>();
  readonly posted: unknown[] = [];
  title = '';
  iconPath: unknown;
  visible = true;
  viewColumn = ViewColumn.One;
  readonly webview = {
    html: '',
    options: {},
    cspSource: 'vscode-resource:',
    asWebviewUri: (u: Uri) => u,
    onDidReceiveMessage: this.received.event,
    postMessage: async (m: unknown) => (this.posted.push(m), true),
  };
  readonly onDidDispose = this.disposed.event;
  /** Fired when it is shown or hidden (set `visible` first). */
  readonly viewState = new EventEmitter<void>();
  readonly onDidChangeViewState = this.viewState.event;
  reveal(): void {}
  dispose(): void {
    this.disposed.fire();
  }
}
export const webviewPanels: FakeWebviewPanel[] = [];

export const window = {
  createWebviewPanel: (): FakeWebviewPanel => {
    const p = new FakeWebviewPanel();
    webviewPanels.push(p);
    return p;
  },
  activeTextEditor: undefined as FakeEditor | undefined,
  visibleTextEditors: [] as FakeEditor[],
  onDidChangeActiveTextEditor: activeEditorEmitter.event,
  onDidChangeVisibleTextEditors: visibleEditorsEmitter.event,
  createTextEditorDecorationType: (options: unknown) => ({ options, dispose() {} }),
  onDidChangeTextEditorSelection: noEvent,
  onDidChangeTextEditorVisibleRanges: noEvent,
  setStatusBarMessage: () => ({ dispose() {} }),
  /** The status bar items created. */
  statusBarItems: [] as FakeStatusBarItem[],
  createStatusBarItem: (id: string) => {
    const item = new FakeStatusBarItem(id);
    window.statusBarItems.push(item);
    return item;
  },
  /** The information messages shown. */
  infos: [] as unknown[][],
  showInformationMessage: async (...args: unknown[]) => void window.infos.push(args),
  /** Answers a quick pick: the test sets `choose`; the items shown are kept. */
  quickPicks: [] as unknown[][],
  choose: undefined as ((items: { label: string; uri?: Uri }[]) => unknown) | undefined,
  withProgress: async <T>(_options: unknown, task: (progress: unknown, token: unknown) => Promise<T>): Promise<T> =>
    task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: noEvent }),
  /** Where a save dialog answers (undefined: cancelled), and the dialogs shown. */
  saveAnswer: undefined as Uri | undefined,
  saveDialogs: [] as unknown[],
  /** The documents shown with showTextDocument (by URI). */
  shown: [] as Uri[],
  showTextDocument: async (uri: Uri) => void window.shown.push(uri),
  showSaveDialog: async (options: unknown) => (window.saveDialogs.push(options), window.saveAnswer),
  showQuickPick: async (items: { label: string; uri?: Uri }[]) => (window.quickPicks.push(items), window.choose?.(items)),
  /** The answer the next warning message gets (a modal's button), and the messages shown. */
  warningAnswer: undefined as string | undefined,
  warnings: [] as unknown[][],
  showWarningMessage: async (...args: unknown[]) => (window.warnings.push(args), window.warningAnswer),
  /** The error messages shown. */
  errors: [] as unknown[][],
  showErrorMessage: async (...args: unknown[]) => void window.errors.push(args),
};

export const l10n = {
  t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
};

export const env = {
  language: 'en',
  /** What was written to the clipboard, last one last. */
  clipboardTexts: [] as string[],
  clipboard: { writeText: async (text: string) => void env.clipboardTexts.push(text), readText: async () => env.clipboardTexts.at(-1) ?? '' },
};

export const extensions = { getExtension: (_id: string) => undefined };

export const commands = {
  executed: [] as unknown[][],
  executeCommand: async (...args: unknown[]) => void commands.executed.push(args),
  registered: new Map<string, (...args: unknown[]) => unknown>(),
  registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => (commands.registered.set(id, fn), { dispose: () => void commands.registered.delete(id) }),
};

/** Changes a `wirediff.*` setting and fires the configuration event, as VS Code does. */
export function setSetting(key: string, value: unknown): void {
  settings[key] = value;
  configEmitter.fire({ affectsConfiguration: (s: string) => s === 'wirediff' || s === `wirediff.${key}` });
}

/** Changes an `editor.*` setting (the stand-in keeps one map of settings) and fires the configuration event. */
export function setEditorSetting(key: string, value: unknown): void {
  settings[key] = value;
  configEmitter.fire({ affectsConfiguration: (s: string) => s === 'editor' || `editor.${key}` === s || `editor.${key}`.startsWith(`${s}.`) });
}

/** Shows documents in editors (the first one active) and fires the editor events. */
export function showEditors(...docs: FakeDocument[]): FakeEditor[] {
  const editors = docs.map((d) => new FakeEditor(d));
  for (const d of docs) if (!workspace.textDocuments.includes(d)) workspace.textDocuments.push(d);
  window.visibleTextEditors = editors;
  window.activeTextEditor = editors[0];
  visibleEditorsEmitter.fire(editors);
  activeEditorEmitter.fire(editors[0]);
  return editors;
}

/** The user trusts the workspace (Restricted Mode ends), as VS Code tells extensions. */
export function grantTrust(): void {
  workspace.isTrusted = true;
  grantTrustEmitter.fire();
}

/** An editor's document closed (an untitled one's text is gone with it). */
export function closeDocument(doc: FakeDocument): void {
  doc.isClosed = true;
  workspace.textDocuments = workspace.textDocuments.filter((d) => d !== doc);
  closeDocumentEmitter.fire(doc);
}

/** Forgets every document, editor and setting (between tests). */
export function reset(): void {
  workspace.textDocuments = [];
  workspace.workspaceFolders = undefined;
  workspace.isTrusted = true;
  env.clipboardTexts = [];
  files.clear();
  workspace.fs.renames = [];
  workspace.fs.failRename = false;
  watchers.length = 0;
  webviewPanels.length = 0;
  window.visibleTextEditors = [];
  window.activeTextEditor = undefined;
  window.warnings = [];
  window.errors = [];
  window.statusBarItems = [];
  window.warningAnswer = undefined;
  window.quickPicks = [];
  window.saveAnswer = undefined;
  window.saveDialogs = [];
  window.shown = [];
  window.infos = [];
  window.choose = undefined;
  commands.executed = [];
  for (const k of Object.keys(settings)) delete settings[k];
}
