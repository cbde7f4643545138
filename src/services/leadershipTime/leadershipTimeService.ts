import { randomId } from '../../platform/randomness';
import * as vscode from 'vscode';
import { localDate, parseLocalDate } from '../../core/calendar';
import type { LogRequest } from '../../core/leadershipInput';
import type { MeetingOffer } from '../../core/meetingPrompts';
import { withSnooze } from '../../core/reminderState';
import { addBlockNote, addLogged, addMeeting, blockEnd, finishBlock, isRunning, startBlock, weekMinutes, type BlockRecord, type Ledger, type MeetingRecord, type RunningBlock } from '../../core/timeLedger';
import { weekNoteLines, weekReportLine } from '../../core/weekSummary';
import type { LeadershipTimeStore } from '../../platform/leadershipTimeStore';
import type { WeekReport } from '../../core/weekReport';
import type { LeadershipTimeReading } from '../../shared/api';
import type { TimeSettings } from './timeSettings';

/** A window that did not start a block waits this long past its end before ending it itself. */
const TAKE_OVER_MS = 60_000;

export interface FinishedBlock {
  record?: BlockRecord;
  how: 'time' | 'stopped';
}

/**
 * Leadership time for this window: the ledger (shared by all windows), blocks and their timer,
 * logging and snoozing. The window that started a block ends it when its time is up; the
 * others step in a minute later if that window has gone (closed, or reloaded).
 */
export class LeadershipTime implements vscode.Disposable {
  private id: string | undefined;
  /** This window's id in shared state; made on first use (crypto is not needed at activation). */
  get windowId(): string {
    return (this.id ??= randomId());
  }
  private readonly finished = new vscode.EventEmitter<FinishedBlock>();
  readonly onDidFinishBlock = this.finished.event;
  readonly onDidChange: vscode.Event<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armed: string | undefined;
  private offer: MeetingOffer | undefined;
  private readonly offerChanged = new vscode.EventEmitter<void>();
  /** The ended calendar meeting offered for counting changed (see `meetingOffer`). */
  readonly onDidChangeOffer = this.offerChanged.event;

  constructor(readonly store: LeadershipTimeStore, readonly settings: TimeSettings, private readonly log: vscode.LogOutputChannel, readonly now: () => number = Date.now) {
    this.onDidChange = store.onDidChange;
  }

  /** On activation: a block that ran when the window reloaded continues here; one that ended meanwhile is booked. */
  async resume(): Promise<void> {
    const running = this.ledger().running;
    if (running && this.now() < blockEnd(running)) {
      await this.store.updateLedger((l) => (l.running?.id === running.id ? { ...l, running: { ...running, window: this.windowId } } : l), this.now());
      this.log.info(`Leadership block ${running.id} continues in this window.`);
    }
    this.check();
  }

  ledger(): Ledger {
    return this.store.ledger();
  }

  reading(): LeadershipTimeReading {
    const ledger = this.ledger();
    const now = this.now();
    return { weekMinutes: weekMinutes(ledger, now), targetMinutes: this.settings.target().targetMinutes, inBlock: isRunning(ledger, now) };
  }

  runningBlock(): RunningBlock | undefined {
    const ledger = this.ledger();
    return isRunning(ledger, this.now()) ? ledger.running : undefined;
  }

  async logTime(request: LogRequest): Promise<void> {
    await this.store.updateLedger((l) => addLogged(l, { ...request, at: this.now() }), this.now());
    this.log.info(`Logged ${request.minutes} minutes of leadership time on ${request.date}.`);
  }

  /** Books a calendar 1:1 or retro once it has ended (once per occurrence: the ledger refuses a key it holds). */
  async logMeeting(meeting: MeetingRecord): Promise<void> {
    await this.store.updateLedger((l) => addMeeting(l, meeting), this.now());
    this.log.info(`Logged ${meeting.minutes} minutes of a calendar ${meeting.kind} on ${meeting.date}.`);
  }

  /** The ended calendar meeting waiting to be counted (`calendar.countMeetings: ask`), set by the calendar. */
  meetingOffer(): MeetingOffer | undefined {
    return this.offer;
  }

  setMeetingOffer(offer: MeetingOffer | undefined): void {
    const same = offer?.key === this.offer?.key && offer?.name === this.offer?.name && offer?.minutes === this.offer?.minutes && offer?.more === this.offer?.more;
    this.offer = offer;
    if (!same) this.offerChanged.fire();
  }

  async start(minutes: number, focus: string | undefined): Promise<RunningBlock> {
    if (this.ledger().running) await this.stop('time');
    const block: RunningBlock = { id: randomId().slice(0, 8), startedAt: this.now(), plannedMinutes: minutes, window: this.windowId, ...(focus ? { focus } : {}) };
    await this.store.updateLedger((l) => startBlock(l, block), this.now());
    this.log.info(`Leadership block ${block.id} started: ${minutes} minutes${focus ? ` (${focus})` : ''}.`);
    this.check();
    return block;
  }

  /** Ends the running block and books it; undefined when no block was running. */
  async stop(how: FinishedBlock['how'] = 'stopped'): Promise<FinishedBlock | undefined> {
    if (!this.ledger().running) return undefined;
    let record: BlockRecord | undefined;
    await this.store.updateLedger((l) => {
      const result = finishBlock(l, this.now());
      record = result.record;
      return result.ledger;
    }, this.now());
    this.check();
    const done: FinishedBlock = { how, ...(record ? { record } : {}) };
    this.log.info(`Leadership block ended (${how}): ${record?.minutes ?? 0} minutes logged.`);
    this.finished.fire(done);
    return done;
  }

  async noteBlock(record: BlockRecord, text: string): Promise<void> {
    await this.store.updateLedger((l) => addBlockNote(l, record, text, this.now()), this.now());
  }

  async snooze(until: number | undefined): Promise<void> {
    await this.store.setReminders(withSnooze(this.store.reminders(), until), this.now());
    this.log.info(until ? `Reminders snoozed until ${new Date(until).toString()}.` : 'Reminders resumed.');
  }

  snoozedUntil(): number | undefined {
    const until = this.store.reminders().snoozedUntil;
    return until !== undefined && until > this.now() ? until : undefined;
  }

  /**
   * The week holding `week` — a date `YYYY-MM-DD` or an ISO week's `{ start }` (its Monday);
   * this week when absent — for the weekly self-check.
   */
  weekReport(week?: string | { start: string }): WeekReport {
    const date = typeof week === 'string' ? week : week?.start;
    const at = () => (typeof date === 'string' ? parseLocalDate(date)?.getTime() : undefined) ?? this.now();
    return {
      summaryLine: () => weekReportLine(this.ledger(), at(), this.settings.target(), vscode.l10n),
      blockNotes: () => weekNoteLines(this.ledger(), at(), vscode.l10n),
    };
  }

  today(): string {
    return localDate(new Date(this.now()));
  }

  /** Keeps the block timer in step with the ledger (also after another window changed it). */
  check(): void {
    const running = this.ledger().running;
    const key = running ? `${running.id}:${running.window}` : undefined;
    if (key === this.armed) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armed = key;
    if (!running) return;
    const mine = running.window === this.windowId;
    const due = blockEnd(running) + (mine ? 0 : TAKE_OVER_MS);
    this.timer = setTimeout(() => {
      this.armed = undefined;
      const current = this.ledger().running;
      if (current?.id !== running.id) return this.check();
      if (current.window !== running.window) return this.check();
      void this.stop('time').catch((e) => this.log.error(`Could not end the leadership block: ${e}`));
    }, Math.max(0, due - this.now()));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.finished.dispose();
    this.offerChanged.dispose();
  }
}
