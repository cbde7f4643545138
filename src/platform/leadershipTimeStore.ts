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
  private readonly storedLedger: ParsedOnce<Ledger>;
  private readonly storedReminders: ParsedOnce<ReminderState>;

  constructor(memento: vscode.Memento, log?: vscode.LogOutputChannel) {
    this.storedLedger = new ParsedOnce(memento, LEDGER_KEY, readLedger, emptyLedger, log);
    this.storedReminders = new ParsedOnce(memento, REMINDERS_KEY, readReminderState, emptyReminderState, log);
  }

  ledger(): Ledger {
    return this.storedLedger.get();
  }

  async updateLedger(change: (ledger: Ledger) => Ledger, now: number): Promise<Ledger> {
    const next = prune(change(this.ledger()), now);
    await this.storedLedger.set(next);
    this.changed.fire();
    return next;
  }

  reminders(): ReminderState {
    return this.storedReminders.get();
  }

  async setReminders(state: ReminderState, now = Date.now()): Promise<void> {
    await this.storedReminders.set(pruneReminderState(state, now));
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * One value in global state, read through its validator (readStored) and parsed once per stored
 * value: the status bar reads the ledger every second while a block runs. Another window's write
 * is a new value, so it is parsed again.
 */
class ParsedOnce<T> {
  private cache: { raw: unknown; value: T } | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly key: string,
    private readonly read: (raw: unknown) => T | undefined,
    private readonly empty: () => T,
    private readonly log?: vscode.LogOutputChannel,
  ) {}

  get(): T {
    const raw = this.memento.get<unknown>(this.key);
    if (raw !== undefined && this.cache?.raw === raw) return this.cache.value;
    const value = readStored(this.memento, this.key, this.read, this.empty(), this.log);
    this.cache = { raw, value };
    return value;
  }

  async set(value: T): Promise<void> {
    await this.memento.update(this.key, value);
    this.cache = { raw: this.memento.get(this.key), value };
  }
}
