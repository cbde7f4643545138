// Decides which nudge is due, and drives that decision with an injected clock and timer, so
// tests can run a whole week with fake timers. No real timer or 'vscode' in here.
import { DAY_KEYS, localDate } from './calendar';
import { MINUTE_MS, addLocalDays, atMinuteOfDay, minuteOfDay, startOfLocalDay } from './localDays';
import { isQuietMinute } from './quietHours';
import { isSnoozed, pruneReminderState, type NudgeClaim, type ReminderState } from './reminderState';
import type { NudgeSlot, ReminderConfig } from './scheduleValidation';
import { formatTimeOfDay } from './timeOfDay';

/** A slot missed (laptop asleep, window closed) is caught up only this long after its time. */
export const CATCH_UP_MS = 2 * 60 * MINUTE_MS;
/** A claim that was never shown (its window closed mid-way) is given up after this. */
const STALE_CLAIM_MS = 60_000;
/** Windows re-read a claim after a random pause in this range, so their writes have settled. */
export const RECHECK_MIN_MS = 1500;
export const RECHECK_SPREAD_MS = 2000;
/** A notification left unanswered stops holding back the next one after this. */
const OPEN_NUDGE_STALE_MS = 2 * 60 * MINUTE_MS;

export interface Occurrence {
  /** `YYYY-MM-DD HH:MM` in local wall-clock time: the same in every window. */
  key: string;
  at: number;
  slot: NudgeSlot;
}

/**
 * Slot times in (from, to], oldest first. Each is built from the local calendar day and the
 * slot's wall-clock time, so time zones and daylight-saving changes keep 14:00 at 14:00.
 */
export function occurrencesBetween(slots: readonly NudgeSlot[], from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let day = startOfLocalDay(from); day.getTime() <= to; day = addLocalDays(day, 1)) {
    const weekday = DAY_KEYS[day.getDay()];
    for (const slot of slots) {
      if (!slot.days.includes(weekday)) continue;
      const at = atMinuteOfDay(day, slot.minute).getTime();
      if (at > from && at <= to) out.push({ key: `${localDate(day)} ${formatTimeOfDay(slot.minute)}`, at, slot });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A slot can ever show only on a day that is not `off` and outside the quiet hours. */
function slotAllowed(o: Occurrence, config: ReminderConfig): boolean {
  return config.rhythm[DAY_KEYS[new Date(o.at).getDay()]] !== 'off' && !isQuietMinute(o.slot.minute, config.quiet);
}

function handled(claim: NudgeClaim | undefined, now: number): boolean {
  return claim !== undefined && (claim.outcome !== 'claimed' || now - claim.at < STALE_CLAIM_MS);
}

export type NudgeDecision =
  | { kind: 'none'; reason: string }
  | { kind: 'show'; occurrence: Occurrence; superseded: Occurrence[] }
  | { kind: 'skip'; occurrences: Occurrence[]; reason: string };

/**
 * The nudge due at `now`, if any: the latest unhandled slot of the last CATCH_UP_MS (earlier
 * ones are superseded, so a long sleep gives one catch-up, not a burst). Nothing while reminders
 * are off, snoozed, on an off day or in quiet hours; slots that fall in a leadership block are
 * skipped for good (the block did what the nudge asks).
 */
export function decideNudge(now: number, config: ReminderConfig, state: ReminderState, inBlock: boolean): NudgeDecision {
  if (!config.enabled) return { kind: 'none', reason: 'reminders are off' };
  const open = occurrencesBetween(config.slots, now - CATCH_UP_MS, now).filter((o) => !handled(state.claims[o.key], now) && slotAllowed(o, config));
  if (open.length === 0) return { kind: 'none', reason: 'nothing due' };
  if (inBlock) return { kind: 'skip', occurrences: open, reason: 'a leadership block is running' };
  if (isSnoozed(state, now)) return { kind: 'none', reason: 'snoozed' };
  if (config.rhythm[DAY_KEYS[new Date(now).getDay()]] === 'off') return { kind: 'none', reason: 'an off day' };
  if (isQuietMinute(minuteOfDay(now), config.quiet)) return { kind: 'none', reason: 'quiet hours' };
  return { kind: 'show', occurrence: open[open.length - 1], superseded: open.slice(0, -1) };
}

/** The next nudge that would show after `now` (for the status-bar tooltip), within eight days. */
export function nextNudge(now: number, config: ReminderConfig, state: ReminderState): Occurrence | undefined {
  if (!config.enabled) return undefined;
  const after = Math.max(now, state.snoozedUntil ?? 0);
  return occurrencesBetween(config.slots, after, addLocalDays(after, 8).getTime()).find((o) => slotAllowed(o, config) && !handled(state.claims[o.key], now));
}

export interface SchedulerPorts {
  /** This window's id, to tell its claims from other windows' (asked for when a nudge is first claimed). */
  windowId(): string;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** In [0, 1): spreads the windows' re-checks. */
  random(): number;
  config(): ReminderConfig;
  inBlock(): boolean;
  /** Reads the shared state afresh (other windows write it too). */
  readState(): ReminderState;
  writeState(state: ReminderState): PromiseLike<void>;
  /** Shows the nudge; settles when the person answers or dismisses it. */
  show(occurrence: Occurrence): PromiseLike<unknown>;
  /** Called on every tick (once a minute), e.g. to refresh the status bar. */
  onTick?(now: number): void;
  log?(message: string): void;
}

/**
 * Ticks at each minute boundary (reading the clock afresh, so sleep and clock changes are
 * noticed within a minute) and shows a due nudge. Several windows share the state: a window
 * claims the slot, waits a random moment, re-reads, and shows it only if the claim is still its
 * own — the last claim written wins, so exactly one window shows it.
 */
export class ReminderScheduler {
  private timer: unknown;
  private running = false;
  private busy = false;
  private openSince: number | undefined;

  constructor(private readonly ports: SchedulerPorts) {}

  start(firstTickMs = 0): void {
    if (this.running) return;
    this.running = true;
    this.schedule(firstTickMs);
  }

  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.ports.clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Re-evaluates soon, e.g. after a settings change. */
  poke(): void {
    if (this.running) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.ports.clearTimer(this.timer);
    this.timer = this.ports.setTimer(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (!this.running) return;
    const now = this.ports.now();
    try {
      this.ports.onTick?.(now);
      const open = this.openSince !== undefined && now - this.openSince < OPEN_NUDGE_STALE_MS;
      if (!this.busy && !open) {
        this.busy = true;
        try {
          await this.evaluate(now);
        } finally {
          this.busy = false;
        }
      }
    } catch (e) {
      this.ports.log?.(`Reminder check failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (this.running && this.timer === undefined) {
      const t = this.ports.now();
      this.schedule(MINUTE_MS - (t % MINUTE_MS) + 20);
    }
  }

  private async evaluate(now: number): Promise<void> {
    const p = this.ports;
    const state = p.readState();
    const decision = decideNudge(now, p.config(), state, p.inBlock());
    if (decision.kind === 'none') return;
    const mark = (s: ReminderState, list: Occurrence[], outcome: NudgeClaim['outcome']) => ({
      ...s,
      claims: { ...s.claims, ...Object.fromEntries(list.map((o) => [o.key, { by: p.windowId(), at: now, outcome }])) },
    });
    if (decision.kind === 'skip') {
      await p.writeState(pruneReminderState(mark(state, decision.occurrences, 'skipped'), now));
      p.log?.(`Nudge ${decision.occurrences.map((o) => o.key).join(', ')} skipped: ${decision.reason}.`);
      return;
    }
    const { occurrence, superseded } = decision;
    await p.writeState(pruneReminderState(mark(mark(state, superseded, 'skipped'), [occurrence], 'claimed'), now));
    await new Promise<void>((resolve) => p.setTimer(resolve, RECHECK_MIN_MS + Math.floor(p.random() * RECHECK_SPREAD_MS)));

    const again = p.readState();
    const claim = again.claims[occurrence.key];
    if (claim?.by !== p.windowId()) {
      p.log?.(`Nudge ${occurrence.key} is shown by another window.`);
      return;
    }
    const later = p.now();
    if (!p.config().enabled || isSnoozed(again, later)) {
      // Snoozed or switched off meanwhile: give the slot back, so a short snooze can still let it show.
      const claims = { ...again.claims };
      delete claims[occurrence.key];
      await p.writeState({ ...again, claims });
      return;
    }
    if (p.inBlock()) {
      await p.writeState(mark(again, [occurrence], 'skipped'));
      return;
    }
    await p.writeState(mark(again, [occurrence], 'shown'));
    this.openSince = later;
    Promise.resolve(p.show(occurrence)).then(
      () => { this.openSince = undefined; },
      (e: unknown) => {
        this.openSince = undefined;
        p.log?.(`Nudge failed: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }
}
