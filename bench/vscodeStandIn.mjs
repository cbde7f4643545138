import { posix } from 'node:path';
// A minimal stand-in for the `vscode` module, enough for an extension to be required and
// activated in plain Node (bench/activationProbe.mjs). It implements what activation code
// usually touches: registrations return disposables, events are real emitters, configuration
// answers with the defaults. Touching anything it does not implement throws an error naming
// the member, so a new activation dependency is noticed instead of silently measured wrong.

class Disposable {
  constructor(fn = () => {}) { this.fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach((d) => d?.dispose?.())); }
  dispose() { this.fn(); this.fn = () => {}; }
}

class EventEmitter {
  listeners = new Set();
  event = (listener) => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(value) { for (const l of [...this.listeners]) l(value); }
  dispose() { this.listeners.clear(); }
}

class Uri {
  constructor(scheme, authority, path, query = '', fragment = '') {
    Object.assign(this, { scheme, authority, path, query, fragment });
  }
  static file(path) { return new Uri('file', '', path); }
  static parse(value) {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    return m ? new Uri(m[1], m[2] ?? '', m[3], m[4] ?? '', m[5] ?? '') : new Uri('file', '', value);
  }
  // Normalised like the real Uri.joinPath ('..' walks up), or code that climbs to the root never stops.
  static joinPath(base, ...parts) { return base.with({ path: posix.join(base.path, ...parts) }); }
  get fsPath() { return this.path; }
  with(change) { return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment); }
  toString() { return `${this.scheme}://${this.authority}${this.path}`; }
}

class Position { constructor(line, character) { Object.assign(this, { line, character }); } }
class Range { constructor(a, b, c, d) { Object.assign(this, { start: new Position(a, b), end: new Position(c, d) }); } }
class Diagnostic { constructor(range, message, severity) { Object.assign(this, { range, message, severity }); } }
class MarkdownString { constructor(value = '') { this.value = value; } appendMarkdown(v) { this.value += v; return this; } }
class ThemeColor { constructor(id) { this.id = id; } }
class ThemeIcon { constructor(id) { this.id = id; } }

const noop = () => new Disposable();
const event = () => noop;

function outputChannel(name) {
  const lines = [];
  const log = (level) => (message) => lines.push(`${level} ${message}`);
  return { name, lines, append: log(''), appendLine: log(''), trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), show() {}, hide() {}, clear() { lines.length = 0; }, replace() {}, dispose() {}, onDidChangeLogLevel: event(), logLevel: 2 };
}

function statusBarItem() {
  return { text: '', tooltip: undefined, command: undefined, name: undefined, backgroundColor: undefined, accessibilityInformation: undefined, show() {}, hide() {}, dispose() {} };
}

function configuration() {
  return { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };
}

function memento() {
  const data = new Map();
  return { keys: () => [...data.keys()], get: (k, fallback) => (data.has(k) ? data.get(k) : fallback), update: async (k, v) => { if (v === undefined) data.delete(k); else data.set(k, v); }, setKeysForSync() {} };
}

function format(message, args) {
  return args.length === 0 ? message : message.replace(/\{([^}]+)\}/g, (whole, key) => (/^\d+$/.test(key) && Number(key) < args.length ? String(args[Number(key)]) : whole));
}

/** A strict object: reading a member it does not have throws, naming it. */
function strict(name, members) {
  return new Proxy(members, {
    get(target, key) {
      if (key in target || typeof key === 'symbol' || ['then', 'toJSON', '__esModule', 'default'].includes(key)) return target[key];
      throw new Error(`the vscode stand-in (bench/vscodeStandIn.mjs) lacks ${name}.${String(key)}: add it there`);
    },
  });
}

export function createVscodeStandIn() {
  const registered = { commands: [], views: [] };
  const api = strict('vscode', {
    version: '1.90.0',
    Disposable, EventEmitter, Uri, RelativePattern: class { constructor(base, pattern) { Object.assign(this, { base, pattern }); } }, Position, Range, Diagnostic, MarkdownString, ThemeColor, ThemeIcon,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    commands: strict('commands', {
      registerCommand: (id) => { registered.commands.push(id); return new Disposable(); },
      registerTextEditorCommand: (id) => { registered.commands.push(id); return new Disposable(); },
      executeCommand: async () => undefined,
      getCommands: async () => [...registered.commands],
    }),
    window: strict('window', {
      createOutputChannel: outputChannel,
      createStatusBarItem: statusBarItem,
      registerWebviewViewProvider: (id) => { registered.views.push(id); return new Disposable(); },
      registerWebviewPanelSerializer: noop,
      registerTreeDataProvider: noop,
      registerUriHandler: noop,
      createTreeView: (id) => { registered.views.push(id); return { dispose() {}, onDidChangeVisibility: event(), visible: false }; },
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      setStatusBarMessage: noop,
      activeTextEditor: undefined,
      visibleTextEditors: [],
      state: { focused: true, active: true },
      onDidChangeActiveTextEditor: event(),
      onDidChangeVisibleTextEditors: event(),
      onDidChangeWindowState: event(),
      onDidChangeTextEditorSelection: event(),
    }),
    workspace: strict('workspace', {
      getConfiguration: configuration,
      onDidChangeConfiguration: event(),
      onDidChangeWorkspaceFolders: event(),
      onDidGrantWorkspaceTrust: event(),
      onDidOpenTextDocument: event(),
      onDidSaveTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidCloseTextDocument: event(),
      createFileSystemWatcher: () => ({ onDidChange: event(), onDidCreate: event(), onDidDelete: event(), dispose() {} }),
      registerTextDocumentContentProvider: () => new Disposable(),
      workspaceFolders: undefined,
      isTrusted: true,
      textDocuments: [],
      fs: strict('workspace.fs', {}),
    }),
    languages: strict('languages', {
      createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }),
      registerCodeLensProvider: () => new Disposable(),
    }),
    // English: no bundle, messages formatted as vscode.l10n.t formats them.
    l10n: strict('l10n', { t: (message, ...args) => (typeof message === 'string' ? format(message, args) : format(message.message, message.args ?? [])), bundle: undefined, uri: undefined }),
    env: strict('env', { language: 'en', machineId: 'bench', appName: 'bench', uiKind: 1, clipboard: { writeText: async () => {} }, openExternal: async () => true }),
    extensions: strict('extensions', { getExtension: () => undefined, all: [], onDidChange: event() }),
    chat: strict('chat', { createChatParticipant: (id) => ({ id, iconPath: undefined, followupProvider: undefined, onDidReceiveFeedback: event(), dispose() {} }) }),
    lm: strict('lm', { selectChatModels: async () => [], onDidChangeChatModels: event() }),
  });
  return { api, registered };
}

/**
 * Makes `require('vscode')` answer with the stand-in, for code under `require` (a
 * createRequire function). Returns what the stand-in registered.
 */
export function installVscodeStandIn(require) {
  const Module = require('node:module');
  const path = '/virtual/vscode-stand-in.js';
  const { api, registered } = createVscodeStandIn();
  const standIn = new Module(path);
  Object.assign(standIn, { filename: path, loaded: true, exports: api });
  require.cache[path] = standIn;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? path : resolve.call(this, request, ...rest);
  };
  return registered;
}

/** The ExtensionContext activation receives: in-memory state, the extension's folder, a global storage folder. */
export function createExtensionContext(extensionPath, extensionMode = 1, globalStorage = '/tmp/bench-global-storage') {
  const uri = Uri.file(extensionPath);
  const subscriptions = [];
  return {
    subscriptions,
    extensionPath,
    extensionUri: uri,
    globalState: memento(),
    workspaceState: memento(),
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: event() },
    globalStorageUri: Uri.file(globalStorage),
    storageUri: undefined,
    logUri: Uri.file('/tmp/bench-logs'),
    extensionMode,
    environmentVariableCollection: { replace() {}, append() {}, prepend() {}, clear() {} },
    asAbsolutePath: (p) => `${extensionPath}/${p}`,
  };
}
