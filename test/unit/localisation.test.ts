import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rankTips } from '../../src/core/contextRanking';
import { shortDateOf } from '../../src/core/dateWords';
import { formatMinutes } from '../../src/core/timeOfDay';
import { summaryLine } from '../../src/core/weekSummary';
import { libraryStrings } from '../../src/shared/libraryStrings';
import { english, formatMessage, type Localizer, type MessageArg } from '../../src/shared/localizer';
import { tip as makeTip } from './fixtures';
import { ROOT, readJson } from './manifest';

type Bundle = Record<string, string | { message: string; comment: string[] }>;
const messageOf = (entry: Bundle[string]) => (typeof entry === 'string' ? entry : entry.message);

const bundle = readJson<Bundle>('l10n', 'bundle.l10n.json');
const german = readJson<Record<string, string>>('l10n', 'bundle.l10n.de.json');
const nls = readJson<Record<string, string>>('package.nls.json');
const nlsGerman = readJson<Record<string, string>>('package.nls.de.json');
const manifest = readJson<Record<string, unknown>>('package.json');

/** A Localizer that looks messages up as vscode.l10n.t does: the key is the message, or `message/comment`. */
function bundleLocalizer(translations: Record<string, string>): Localizer & { missing: string[] } {
  const missing: string[] = [];
  return {
    missing,
    t(first: string | { message: string; args?: MessageArg[]; comment: string | string[] }, ...rest: MessageArg[]): string {
      const { message, args, comment } = typeof first === 'string' ? { message: first, args: rest, comment: undefined } : first;
      const key = comment ? `${message}/${[comment].flat().join('')}` : message;
      if (!(key in translations)) missing.push(key);
      return formatMessage(translations[key] ?? message, args ?? []);
    },
  };
}

/** What a translation must keep from its English message: placeholders, codicons and command links. */
function kept(text: string): string[] {
  return [...text.matchAll(/\{\d+\}|\$\([a-z-]+\)|\(command:[^)]+\)|\$\{workspaceFolder\}/g)].map((m) => m[0]).sort();
}

/** Every string in package.json that is shown to people: the places `contributes` words things. */
function shownStrings(): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  const c = manifest.contributes as Record<string, never>;
  const add = (path: string, value: unknown) => out.push({ path, value });
  add('description', manifest.description);
  add('capabilities.untrustedWorkspaces.description', (manifest.capabilities as { untrustedWorkspaces: { description: string } }).untrustedWorkspaces.description);
  for (const v of Object.values(c.viewsContainers as Record<string, { title: string }[]>).flat()) add('viewsContainers title', v.title);
  for (const v of Object.values(c.views as Record<string, { name: string; contextualTitle?: string }[]>).flat()) {
    add('views name', v.name);
    if (v.contextualTitle) add('views contextualTitle', v.contextualTitle);
  }
  for (const cmd of c.commands as { command: string; title: string; category: string }[]) {
    add(`${cmd.command} title`, cmd.title);
  }
  const conf = c.configuration as { title: string; properties: Record<string, Record<string, unknown>> };
  add('configuration title', conf.title);
  const walk = (path: string, node: unknown): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(`${path}[${i}]`, n));
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if (['description', 'markdownDescription', 'patternErrorMessage', 'message'].includes(k) && typeof v === 'string') add(`${path}.${k}`, v);
        else if (k === 'enumDescriptions') (v as string[]).forEach((d, i) => add(`${path}.${k}[${i}]`, d));
        else walk(`${path}.${k}`, v);
      }
    }
  };
  walk('configuration', conf.properties);
  for (const p of c.chatParticipants as { fullName: string; description: string; commands: { description: string }[] }[]) {
    add('chat fullName', p.fullName);
    add('chat description', p.description);
    for (const pc of p.commands) add('chat command description', pc.description);
  }
  for (const w of c.walkthroughs as { title: string; description: string; steps: { title: string; description: string }[] }[]) {
    add('walkthrough title', w.title);
    add('walkthrough description', w.description);
    for (const s of w.steps) {
      add('walkthrough step title', s.title);
      add('walkthrough step description', s.description);
    }
  }
  return out;
}

describe('localisation', () => {
  it('l10n/bundle.l10n.json holds exactly the messages the code words (node scripts/l10nExport.mjs)', async function () {
    this.timeout(60_000);
    const exporter = (await import(pathToFileURL(join(ROOT, 'scripts', 'l10nExport.mjs')).href)) as { extractMessages(root: string): Promise<Bundle> };
    const extracted = await exporter.extractMessages(ROOT);
    const missing = Object.keys(extracted).filter((k) => !(k in bundle));
    const stray = Object.keys(bundle).filter((k) => !(k in extracted));
    assert.deepEqual(missing, [], 'messages used in code but not in the bundle');
    assert.deepEqual(stray, [], 'messages in the bundle that no code uses');
    assert.deepEqual(bundle, extracted, 'the bundle is what the export writes');
    assert.ok(Object.keys(bundle).length > 300, 'the export finds the core and webview messages too');
  });

  it('every message has a German translation that keeps its placeholders, and there are no stray ones', () => {
    assert.deepEqual(Object.keys(german).filter((k) => !(k in bundle)), [], 'stray German keys');
    for (const [key, entry] of Object.entries(bundle)) {
      const de = german[key];
      assert.equal(typeof de, 'string', `German for "${key}"`);
      assert.ok(de.trim(), `German for "${key}" is not empty`);
      assert.deepEqual(kept(de), kept(messageOf(entry)), `German for "${key}" keeps {n}, $(icons) and command links`);
    }
  });

  it('every word package.json shows is a %key% of package.nls.json, and every key has German', () => {
    const shown = shownStrings();
    assert.ok(shown.length >= 50);
    for (const { path, value } of shown) {
      assert.match(String(value), /^%[\w.-]+%$/, `${path} is localised: ${String(value)}`);
      assert.ok(String(value).slice(1, -1) in nls, `${path}: ${String(value)} is in package.nls.json`);
    }
    const used = new Set(JSON.stringify(manifest).match(/"%[\w.-]+%"/g)!.map((k) => k.slice(2, -2)));
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'package.nls.json keys no manifest entry uses');
    assert.deepEqual(Object.keys(nlsGerman).sort(), Object.keys(nls).sort(), 'package.nls.de.json has the same keys');
    for (const [key, en] of Object.entries(nls)) {
      assert.ok(nlsGerman[key].trim(), `${key} has German`);
      assert.deepEqual(kept(nlsGerman[key]), kept(en), `${key} keeps its placeholders and command links`);
    }
    // Names, not words: CONTRACT.md fixes them, in every language.
    assert.equal(manifest.displayName, 'Leadership Prompts');
    for (const cmd of (manifest.contributes as { commands: { category: string }[] }).commands) assert.equal(cmd.category, 'Leadership');
    assert.equal(manifest.l10n, './l10n');
  });

  it('the core words through the port: English by default, German from the bundle', () => {
    const de = bundleLocalizer(german);
    assert.equal(formatMinutes(130, english), '2h 10m');
    assert.equal(formatMinutes(130, de), '2 h 10 min');
    assert.equal(shortDateOf(new Date(2026, 10, 19), english), 'Thu 19 Nov');
    assert.equal(shortDateOf(new Date(2026, 10, 19), de), 'Do, 19. Nov');
    assert.equal(summaryLine(130, 360, 2, de), 'Führungszeit diese Woche: 2 h 10 min von 6 h Ziel (36 %), 2 Blöcke im Editor.');
    const tip = makeTip({ id: 'vision', mode: 'lead', contexts: ['lead-day', 'retro'] });
    const context = { date: '2026-11-19', dayName: 'Donnerstag', rhythm: 'lead' as const, role: 'engineering-manager' as const, documentKind: 'retro' as const, situations: [] };
    assert.deepEqual(rankTips([tip], context, 1, de)[0].reasons, ['Sie bearbeiten eine Retro', 'Donnerstag ist ein Führungstag']);
    assert.equal(libraryStrings(de).searchTips, 'Tipps durchsuchen');
    assert.deepEqual(de.missing, [], 'every message looked up was in the German bundle');
  });

  it('formats like vscode.l10n.t: numbered arguments only, other braces left alone', () => {
    assert.equal(english.t('{0} of {1}', '2h', '6h'), '2h of 6h');
    assert.equal(english.t('takes {0}; got {1}', '{ "minutes": 30 }', 7), 'takes { "minutes": 30 }; got 7');
    assert.equal(english.t('a {{plan}} stays'), 'a {{plan}} stays');
    assert.equal(english.t({ message: '{0}h', args: [6], comment: ['hours'] }), '6h');
  });
});
