// The questions the leadership-time commands ask when they are called without arguments.
// Each resolves to undefined when the person cancels (Escape), and changes nothing then.
import * as vscode from 'vscode';
import { whenText } from '../../core/weekSummary';
import { MAX_BLOCK_MINUTES, MAX_NOTE_LENGTH, MINUTES_PER_DAY, type BlockRecord } from '../../core/timeLedger';
import type { SnoozeChoice } from '../../core/reminderState';
import { formatMinutes, parseDurationText } from '../../core/timeOfDay';

export const BLOCK_LENGTHS: readonly { minutes: number; label: string; detail: string }[] = [
  { minutes: 25, label: '25 minutes', detail: 'One focused question: a delegation plan, feedback to prepare' },
  { minutes: 50, label: '50 minutes', detail: 'A proper block: team health, a coaching plan, a decision record' },
  { minutes: 90, label: '90 minutes', detail: 'Deep work: vision, strategy, next quarter' },
];

export function durationError(text: string, max: number): string | undefined {
  const minutes = parseDurationText(text);
  if (minutes === undefined) return 'Type minutes (45) or hours and minutes (1h 30m, 1:30).';
  if (minutes < 1 || minutes > max) return `Between 1 minute and ${formatMinutes(max)}.`;
  return undefined;
}

export async function askCustomLength(): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Leadership block: how long?',
    prompt: `Minutes (45) or hours and minutes (1h 30m), up to ${formatMinutes(MAX_BLOCK_MINUTES)}.`,
    value: '60',
    validateInput: (v) => durationError(v, MAX_BLOCK_MINUTES),
  });
  return text === undefined ? undefined : parseDurationText(text);
}

export async function pickBlockLength(): Promise<number | undefined> {
  const custom = { label: 'Custom length…', detail: `Your own length, up to ${formatMinutes(MAX_BLOCK_MINUTES)}`, minutes: 0 };
  const choice = await vscode.window.showQuickPick([...BLOCK_LENGTHS, custom], { title: 'Start a leadership block', placeHolder: 'How long?' });
  if (!choice) return undefined;
  return choice.minutes > 0 ? choice.minutes : askCustomLength();
}

/** The block's focus: '' when left empty, undefined when cancelled. */
export function askFocus(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Leadership block: focus (optional)',
    prompt: 'What is this block for? Leave empty to just start.',
    placeHolder: 'e.g. Q3 vision, a coaching plan for Sam, the team health check',
    validateInput: (v) => (v.length > 200 ? 'At most 200 characters.' : undefined),
  });
}

export async function askLogMinutes(): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Log leadership time',
    prompt: 'How long? Minutes (45) or hours and minutes (1h 30m, 1:30).',
    placeHolder: '45',
    validateInput: (v) => durationError(v, MINUTES_PER_DAY),
  });
  return text === undefined ? undefined : parseDurationText(text);
}

/** An optional note: '' when left empty, undefined when cancelled. */
export function askLogNote(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Log leadership time: what was it? (optional)',
    prompt: 'A line for your weekly self-check. Leave empty to skip.',
    placeHolder: 'e.g. career conversation with Sam, hiring plan review',
    validateInput: (v) => (v.length > MAX_NOTE_LENGTH ? `At most ${MAX_NOTE_LENGTH} characters.` : undefined),
  });
}

export async function pickSnooze(snoozedUntil: number | undefined): Promise<SnoozeChoice | 'resume' | undefined> {
  type Item = vscode.QuickPickItem & { choice: SnoozeChoice | 'resume' };
  const items: Item[] = [
    { label: '$(bell-slash) For an hour', choice: 'hour' },
    { label: '$(bell-slash) For the rest of today', choice: 'today' },
    { label: '$(bell-slash) For the rest of this week', choice: 'week' },
  ];
  if (snoozedUntil) items.unshift({ label: '$(bell) Resume reminders now', description: `snoozed until ${whenText(snoozedUntil)}`, choice: 'resume' });
  const choice = await vscode.window.showQuickPick(items, { title: 'Snooze leadership reminders', placeHolder: 'No nudges for…' });
  return choice?.choice;
}

/**
 * Asks once, in a notification the person can ignore, what a finished block went to. The note
 * feeds the weekly summary and self-check.
 */
export async function askBlockNote(record: BlockRecord, how: 'time' | 'stopped'): Promise<string | undefined> {
  const lead = how === 'time' ? 'Leadership block done' : 'Leadership block stopped';
  const choice = await vscode.window.showInformationMessage(`${lead}: ${formatMinutes(record.minutes)} logged${record.focus ? ` for "${record.focus}"` : ''}. What did it go to?`, 'Add a Note');
  if (choice !== 'Add a Note') return undefined;
  const text = await vscode.window.showInputBox({
    title: 'What did the block go to?',
    prompt: 'One line for your weekly self-check.',
    value: record.focus ?? '',
    validateInput: (v) => (v.length > MAX_NOTE_LENGTH ? `At most ${MAX_NOTE_LENGTH} characters.` : undefined),
  });
  return text?.trim() ? text.trim() : undefined;
}

