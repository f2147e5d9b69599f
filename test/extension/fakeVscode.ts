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
  ) {}
  static parse(s: string): Uri {
    const m = /^([a-z][\w+.-]*):\/\/(.*)$/i.exec(s);
    return m ? new Uri(m[1]!, m[2]!) : new Uri('file', s);
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/').replace(/\/+/g, '/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
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

/** A text document: a URI, a version and a text the test can change. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  isDirty = false;
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
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

export const workspace = {
  textDocuments: [] as FakeDocument[],
  getConfiguration(_section?: string) {
    return {
      get: <T>(key: string): T | undefined => settings[key] as T | undefined,
      inspect: () => undefined,
      update: async (key: string, value: unknown) => setSetting(key, value),
    };
  },
  onDidChangeConfiguration: configEmitter.event,
  asRelativePath: (uri: Uri | string) => String(uri),
};

export const window = {
  activeTextEditor: undefined as FakeEditor | undefined,
  visibleTextEditors: [] as FakeEditor[],
  onDidChangeActiveTextEditor: activeEditorEmitter.event,
  onDidChangeVisibleTextEditors: visibleEditorsEmitter.event,
  createTextEditorDecorationType: (options: unknown) => ({ options, dispose() {} }),
};

export const l10n = {
  t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
};

export const env = { language: 'en' };

export const commands = {
  executed: [] as unknown[][],
  executeCommand: async (...args: unknown[]) => void commands.executed.push(args),
};

/** Changes a `wirediff.*` setting and fires the configuration event, as VS Code does. */
export function setSetting(key: string, value: unknown): void {
  settings[key] = value;
  configEmitter.fire({ affectsConfiguration: (s: string) => s === 'wirediff' || s === `wirediff.${key}` });
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

/** Forgets every document, editor and setting (between tests). */
export function reset(): void {
  workspace.textDocuments = [];
  window.visibleTextEditors = [];
  window.activeTextEditor = undefined;
  for (const k of Object.keys(settings)) delete settings[k];
}
