// Child process of bench/activation.mjs: requires one extension bundle with `vscode` resolved
// to the stand-in, calls activate(), and prints one JSON line: how long require + activate
// took (wall and CPU time), and which JavaScript files were evaluated (with their sizes) while it ran;
// then the same for the work the extension deferred to the next turn of the event loop (timers
// of 0 ms set during activation run first, in order, before the probe's own).
//   node bench/activationProbe.mjs <bundle.js> <extensionFolder> <warm-up.js | -> [extensionMode: 1 production (default), 2 development, 3 test] [globalStorage folder] [--stay]
// --stay: the process stays until the extension has written what it writes a few seconds after
// activation (src/nodeHost.ts: the activation bundle's V8 code cache, in the global storage).
// Before the clock starts, the module loader, Node's built-ins and its timers are warmed (a
// trivial require, the built-ins and a timer: the extension host has used them long before any
// extension activates; a process's first setTimeout alone costs about 0.2 ms), so the figure is the extension's own cost, not Node's start-up. With "-" nothing
// is warmed (a cold process, for comparison).
import { Buffer } from 'node:buffer';
import Module, { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createExtensionContext, installVscodeStandIn } from './vscodeStandIn.mjs';

const [bundle, extensionFolder, warmUp, mode, globalStorage, stay] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const registered = installVscodeStandIn(require);

if (warmUp !== '-') {
  for (const builtin of ['node:crypto', 'node:os', 'node:path', 'node:fs', 'node:util', 'node:events']) require(builtin);
  require(warmUp);
  clearTimeout(setTimeout(() => {}, 0));
}

// Every source Node compiles from here on is counted: the bundle and anything it requires.
const evaluated = [];
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  evaluated.push({ file: filename, bytes: Buffer.byteLength(content) });
  return compile.call(this, content, filename);
};
// Node's host compiles the deferred bundles with vm.compileFunction (src/nodeHost.ts): counted too.
const vm = require('node:vm');
const compileFunction = vm.compileFunction;
vm.compileFunction = function (code, params, options) {
  evaluated.push({ file: options?.filename ?? '(vm)', bytes: Buffer.byteLength(code) });
  return compileFunction.call(this, code, params, options);
};
// Node's entry compiles the activation bundle as a vm.Script with V8's code cache (src/nodeHost.ts):
// counted too, with whether a cache was given and whether V8 took it.
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    evaluated.push({ file: options?.filename ?? '(vm)', bytes: Buffer.byteLength(code), codeCache: options?.cachedData ? (this.cachedDataRejected ? 'rejected' : 'used') : 'none' });
  }
};
const loadJson = Module._extensions['.json'];
Module._extensions['.json'] = function (module, filename) {
  const before = module.exports;
  loadJson(module, filename);
  evaluated.push({ file: filename, bytes: Buffer.byteLength(JSON.stringify(module.exports ?? before)) });
};

const context = createExtensionContext(extensionFolder, mode === undefined || mode === '-' ? undefined : Number(mode), globalStorage && globalStorage !== '-' ? globalStorage : undefined);
// Wall time is the figure; CPU time (of every thread: V8 compiles and collects garbage in the
// background) is reported beside it.
const c0 = process.cpuUsage();
const t0 = performance.now();
const extension = require(bundle);
const result = extension.activate(context);
if (result && typeof result.then === 'function') await result;
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const activation = { ms: wallMs, cpuMs: (cpu.user + cpu.system) / 1000, evaluated: evaluated.splice(0), commands: registered.commands.length, commandIds: [...registered.commands], views: registered.views.length, subscriptions: context.subscriptions.length };

const t1 = performance.now();
await new Promise((resolve) => setTimeout(resolve, 0));
const deferred = { ms: performance.now() - t1, evaluated: evaluated.splice(0), subscriptions: context.subscriptions.length };
process.stdout.write(JSON.stringify({ ...activation, deferred }) + '\n');
if (stay === '--stay') await new Promise((resolve) => setTimeout(resolve, (extension.CODE_CACHE_DELAY_MS ?? 0) + 1000));
// Activation starts timers (the reminder scheduler's first check): dispose as VS Code would, and leave.
for (const d of context.subscriptions) try { d.dispose(); } catch { /* a stand-in disposable */ }
process.exit(0);
