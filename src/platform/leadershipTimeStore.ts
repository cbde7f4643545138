import * as vscode from 'vscode';
import { readLedger } from '../core/ledgerFormat';
import { emptyReminderState, pruneReminderState, readReminderState, type ReminderState } from '../core/reminderState';
import { emptyLedger, prune, type Ledger } from '../core/timeLedger';
import { readStored } from './storedValue';

const LEDGER_KEY = 'leadershipPrompts.leadershipTime';
const REMINDERS_KEY = 'leadershipPrompts.reminders';

/**
 * The leadership-time ledger and the reminder state, in global state. Global state is shared by
 * every window, and VS Code hands each window the others' writes, so a block started in one
 * window shows in all of them and the reminder claims coordinate the windows. Values are read
 * through validators: a corrupt value is kept aside and replaced, never a crash. Not synced
 * across machines: Settings Sync would merge two machines' ledgers by overwriting one.
 */
export class LeadershipTimeStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after this window changed the ledger or the reminder state. */
  readonly onDidChange = this.changed.event;
  private ledgerCache: { raw: unknown; value: Ledger } | undefined;
  private remindersCache: { raw: unknown; value: ReminderState } | undefined;

  constructor(private readonly memento: vscode.Memento, private readonly log?: vscode.LogOutputChannel) {}

  ledger(): Ledger {
    const raw = this.memento.get<unknown>(LEDGER_KEY);
    // Parsed once per stored value: the status bar reads it every second while a block runs.
    if (raw !== undefined && this.ledgerCache?.raw === raw) return this.ledgerCache.value;
    const value = readStored(this.memento, LEDGER_KEY, readLedger, emptyLedger(), this.log);
    this.ledgerCache = { raw, value };
    return value;
  }

  async updateLedger(change: (ledger: Ledger) => Ledger, now: number): Promise<Ledger> {
    const next = prune(change(this.ledger()), now);
    await this.memento.update(LEDGER_KEY, next);
    this.ledgerCache = { raw: this.memento.get(LEDGER_KEY), value: next };
    this.changed.fire();
    return next;
  }

  reminders(): ReminderState {
    const raw = this.memento.get<unknown>(REMINDERS_KEY);
    if (raw !== undefined && this.remindersCache?.raw === raw) return this.remindersCache.value;
    const value = readStored(this.memento, REMINDERS_KEY, readReminderState, emptyReminderState(), this.log);
    this.remindersCache = { raw, value };
    return value;
  }

  async setReminders(state: ReminderState, now = Date.now()): Promise<void> {
    const next = pruneReminderState(state, now);
    await this.memento.update(REMINDERS_KEY, next);
    this.remindersCache = { raw: this.memento.get(REMINDERS_KEY), value: next };
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
