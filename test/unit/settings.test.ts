import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandFolderSetting } from '../../src/core/pathVariables';
import { COMMAND_IDS, LIBRARY_VIEW_TYPE, MENTOR_PARTICIPANT_ID, PEOPLE_VIEW_ID } from '../../src/shared/ids';
import { SETTING_DEFAULTS, settingFits, type SettingKey } from '../../src/shared/settings';
import { englishManifest } from './manifest';

interface Manifest { contributes: { views: Record<string, { id: string }[]>; chatParticipants: { id: string }[]; configuration: { properties: Record<string, { description?: string; markdownDescription?: string; default?: unknown }> }; commands: { command: string; category: string }[] } }
const manifest = englishManifest<Manifest>();
const settingsSource = readFileSync(join(__dirname, '..', '..', '..', 'src', 'shared', 'settings.ts'), 'utf8');

describe('settings', () => {
  it('every contributed setting has a description and a default, and is in the typed Settings interface', () => {
    const props = manifest.contributes.configuration.properties;
    for (const [key, p] of Object.entries(props)) {
      assert.ok(p.description || p.markdownDescription, `${key} has a description`);
      assert.ok('default' in p, `${key} has a default`);
      const short = key.replace(/^leadershipPrompts\./, '');
      assert.ok(settingsSource.includes(short.includes('.') ? `'${short}':` : `  ${short}:`), `${short} is in shared/settings.ts`);
    }
  });

  it('has the contract defaults', () => {
    const props = manifest.contributes.configuration.properties;
    assert.equal(props['leadershipPrompts.role'].default, 'engineering-manager');
    assert.equal(props['leadershipPrompts.leadershipTime.targetPercent'].default, 15);
    assert.equal(props['leadershipPrompts.leadershipTime.weeklyHours'].default, 40);
    assert.deepEqual(props['leadershipPrompts.weeklyRhythm'].default, { mon: 'manage', tue: 'manage', wed: 'manage', thu: 'lead', fri: 'lead', sat: 'off', sun: 'off' });
    assert.equal(props['leadershipPrompts.notesFolder'].default, '');
    assert.deepEqual(props['leadershipPrompts.contentFolders'].default, []);
  });

  it('SETTING_DEFAULTS equals the manifest\'s defaults (reminders.schedule aside: its messages are localised there)', () => {
    const props = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
      if (key === 'reminders.schedule') continue;
      assert.deepEqual(value, props[`leadershipPrompts.${key}`].default, key);
    }
    assert.deepEqual(Object.keys(SETTING_DEFAULTS).sort(), Object.keys(props).map((k) => k.replace(/^leadershipPrompts\./, '')).sort());
  });

  it('a value of the wrong kind does not fit its setting (SettingsStore.get then answers the default)', () => {
    const fits = (key: SettingKey, value: unknown) => settingFits(key, value);
    assert.ok(fits('notesFolder', '~/notes') && !fits('notesFolder', 42) && !fits('notesFolder', null));
    assert.ok(fits('contentFolders', ['/a']) && !fits('contentFolders', ['/a', 3]) && !fits('contentFolders', '/a'));
    assert.ok(fits('weeklyRhythm', { mon: 'lead' }) && !fits('weeklyRhythm', { mon: 'sometimes' }) && !fits('weeklyRhythm', []));
    assert.ok(fits('context.signals', { gitActivity: false }) && !fits('context.signals', { gitActivity: 'no' }));
    assert.ok(fits('mentor.useLanguageModel', true) && !fits('mentor.useLanguageModel', 'true'));
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) assert.ok(fits(key as SettingKey, value), `the default of ${key} fits`);
  });

  it('puts every command in the Leadership category', () => {
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Leadership', c.command);
  });

  it('registers at activation exactly the contributed commands, plus internal ones starting with _', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(COMMAND_IDS.filter((id) => !id.startsWith('leadershipPrompts._')).sort(), contributed);
    assert.equal(new Set(COMMAND_IDS).size, COMMAND_IDS.length, 'no id twice');
    assert.deepEqual(Object.values(manifest.contributes.views).flat().map((v) => v.id), [LIBRARY_VIEW_TYPE, PEOPLE_VIEW_ID]);
    assert.deepEqual(manifest.contributes.chatParticipants.map((p) => p.id), [MENTOR_PARTICIPANT_ID]);
  });
});

describe('folder settings', () => {
  const env = { home: '/home/ann', workspaceFolder: '/work/repo' };
  it('expands ~ and ${workspaceFolder}', () => {
    assert.equal(expandFolderSetting('~/notes', env), '/home/ann/notes');
    assert.equal(expandFolderSetting('${workspaceFolder}/.notes/', env), '/work/repo/.notes');
    assert.equal(expandFolderSetting('/abs/path', env), '/abs/path');
    assert.equal(expandFolderSetting('C:\\Users\\ann\\notes', env), 'C:\\Users\\ann\\notes');
  });
  it('refuses what cannot be placed', () => {
    assert.equal(expandFolderSetting('', env), undefined);
    assert.equal(expandFolderSetting('relative/notes', env), undefined);
    assert.equal(expandFolderSetting('${workspaceFolder}/x', { home: '/h' }), undefined);
  });
});
