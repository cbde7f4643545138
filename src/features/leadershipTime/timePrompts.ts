// The questions the leadership-time commands ask when they are called without arguments.
// Each resolves to undefined when the person cancels (Escape), and changes nothing then.
import * as vscode from 'vscode';
import { l10n } from 'vscode';
import { whenText } from '../../core/weekSummary';
import { MAX_BLOCK_MINUTES, MAX_NOTE_LENGTH, MINUTES_PER_DAY, type BlockRecord } from '../../core/timeLedger';
import type { SnoozeChoice } from '../../core/reminderState';
import { formatMinutes, parseDurationText } from '../../core/timeOfDay';

/** The block lengths offered, with what each suits. */
export function blockLengths(): { minutes: number; label: string; detail: string }[] {
  return [
    { minutes: 25, label: l10n.t('{0} minutes', 25), detail: l10n.t('One focused question: a delegation plan, feedback to prepare') },
    { minutes: 50, label: l10n.t('{0} minutes', 50), detail: l10n.t('A proper block: team health, a coaching plan, a decision record') },
    { minutes: 90, label: l10n.t('{0} minutes', 90), detail: l10n.t('Deep work: vision, strategy, next quarter') },
  ];
}

export function durationError(text: string, max: number): string | undefined {
  const minutes = parseDurationText(text);
  if (minutes === undefined) return l10n.t('Type minutes (45) or hours and minutes (1h 30m, 1:30).');
  if (minutes < 1 || minutes > max) return l10n.t('Between 1 minute and {0}.', formatMinutes(max, l10n));
  return undefined;
}

const atMost = (max: number) => (v: string) => (v.length > max ? l10n.t('At most {0} characters.', max) : undefined);

export async function askCustomLength(): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: l10n.t('Leadership block: how long?'),
    prompt: l10n.t('Minutes (45) or hours and minutes (1h 30m), up to {0}.', formatMinutes(MAX_BLOCK_MINUTES, l10n)),
    value: '60',
    validateInput: (v) => durationError(v, MAX_BLOCK_MINUTES),
  });
  return text === undefined ? undefined : parseDurationText(text);
}

export async function pickBlockLength(): Promise<number | undefined> {
  const custom = { label: l10n.t('Custom length…'), detail: l10n.t('Your own length, up to {0}', formatMinutes(MAX_BLOCK_MINUTES, l10n)), minutes: 0 };
  const choice = await vscode.window.showQuickPick([...blockLengths(), custom], { title: l10n.t('Start a leadership block'), placeHolder: l10n.t('How long?') });
  if (!choice) return undefined;
  return choice.minutes > 0 ? choice.minutes : askCustomLength();
}

/** The block's focus: '' when left empty, undefined when cancelled. */
export function askFocus(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: l10n.t('Leadership block: focus (optional)'),
    prompt: l10n.t('What is this block for? Leave empty to just start.'),
    placeHolder: l10n.t('e.g. Q3 vision, a coaching plan for Sam, the team health check'),
    validateInput: atMost(200),
  });
}

export async function askLogMinutes(): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: l10n.t('Log leadership time'),
    prompt: l10n.t('How long? Minutes (45) or hours and minutes (1h 30m, 1:30).'),
    placeHolder: '45',
    validateInput: (v) => durationError(v, MINUTES_PER_DAY),
  });
  return text === undefined ? undefined : parseDurationText(text);
}

/** An optional note: '' when left empty, undefined when cancelled. */
export function askLogNote(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: l10n.t('Log leadership time: what was it? (optional)'),
    prompt: l10n.t('A line for your weekly self-check. Leave empty to skip.'),
    placeHolder: l10n.t('e.g. career conversation with Sam, hiring plan review'),
    validateInput: atMost(MAX_NOTE_LENGTH),
  });
}

export async function pickSnooze(snoozedUntil: number | undefined): Promise<SnoozeChoice | 'resume' | undefined> {
  type Item = vscode.QuickPickItem & { choice: SnoozeChoice | 'resume' };
  const items: Item[] = [
    { label: l10n.t('$(bell-slash) For an hour'), choice: 'hour' },
    { label: l10n.t('$(bell-slash) For the rest of today'), choice: 'today' },
    { label: l10n.t('$(bell-slash) For the rest of this week'), choice: 'week' },
  ];
  if (snoozedUntil) items.unshift({ label: l10n.t('$(bell) Resume reminders now'), description: l10n.t('snoozed until {0}', whenText(snoozedUntil, l10n)), choice: 'resume' });
  const choice = await vscode.window.showQuickPick(items, { title: l10n.t('Snooze leadership reminders'), placeHolder: l10n.t('No nudges for…') });
  return choice?.choice;
}

/**
 * Asks once, in a notification the person can ignore, what a finished block went to. The note
 * feeds the weekly summary and self-check.
 */
export async function askBlockNote(record: BlockRecord, how: 'time' | 'stopped'): Promise<string | undefined> {
  const minutes = formatMinutes(record.minutes, l10n);
  const message = how === 'time'
    ? record.focus ? l10n.t('Leadership block done: {0} logged for "{1}". What did it go to?', minutes, record.focus) : l10n.t('Leadership block done: {0} logged. What did it go to?', minutes)
    : record.focus ? l10n.t('Leadership block stopped: {0} logged for "{1}". What did it go to?', minutes, record.focus) : l10n.t('Leadership block stopped: {0} logged. What did it go to?', minutes);
  const addNote = l10n.t('Add a Note');
  const choice = await vscode.window.showInformationMessage(message, addNote);
  if (choice !== addNote) return undefined;
  const text = await vscode.window.showInputBox({
    title: l10n.t('What did the block go to?'),
    prompt: l10n.t('One line for your weekly self-check.'),
    value: record.focus ?? '',
    validateInput: atMost(MAX_NOTE_LENGTH),
  });
  return text?.trim() ? text.trim() : undefined;
}

