// Drives ReminderScheduler with @sinonjs/fake-timers: simulated windows sharing one global
// state (with a propagation delay, as VS Code windows do), recording every nudge they show.
import { createClock } from '@sinonjs/fake-timers';
import { localDate } from '../../src/core/calendar';
import { emptyReminderState, type ReminderState } from '../../src/core/reminderState';
import { ReminderScheduler, type Occurrence } from '../../src/core/reminderScheduler';
import { readReminderConfig, type RawReminderSettings, type ReminderConfig } from '../../src/core/scheduleValidation';
import { english } from '../../src/shared/localizer';
import { englishManifest } from './manifest';

export type Clock = ReturnType<typeof createClock>;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const manifest = englishManifest<{ contributes: { configuration: { properties: Record<string, { default?: unknown }> } } }>();
const defaultOf = (key: string) => manifest.contributes.configuration.properties[`leadershipPrompts.${key}`].default;

/** The reminder settings as package.json ships them, with `overrides` on top. */
export function config(overrides: Partial<RawReminderSettings> = {}): ReminderConfig {
  const { config: c, problems } = readReminderConfig({
    enabled: defaultOf('reminders.enabled'),
    schedule: defaultOf('reminders.schedule'),
    quietHours: defaultOf('reminders.quietHours'),
    weeklyRhythm: defaultOf('weeklyRhythm'),
    ...overrides,
  }, english);
  return Object.assign(c, { problems });
}

/** `YYYY-MM-DD HH:MM` of a moment, in local time. */
export function local(ms: number): string {
  const d = new Date(ms);
  return `${localDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Global state as windows see it: a window sees its own writes at once, the others' after `latencyMs`. */
export class SharedState {
  private readonly views = new Map<string, ReminderState>();
  private truth: ReminderState = emptyReminderState();
  writes = 0;

  constructor(private readonly clock: Clock, private readonly latencyMs = 0) {}

  read(window: string): ReminderState {
    return this.views.get(window) ?? this.truth;
  }

  write(window: string, state: ReminderState): Promise<void> {
    this.writes++;
    this.views.set(window, state);
    const land = () => {
      this.truth = state;
      for (const w of this.views.keys()) this.views.set(w, state);
    };
    if (this.latencyMs > 0) this.clock.setTimeout(land, this.latencyMs);
    else land();
    return Promise.resolve();
  }

  /** Sets state as if another process wrote it (e.g. the snooze command), visible everywhere. */
  set(update: (s: ReminderState) => ReminderState): void {
    this.truth = update(this.truth);
    for (const w of this.views.keys()) this.views.set(w, this.truth);
  }
}

/** A deterministic random source per window. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export interface Shown {
  window: string;
  key: string;
  at: number;
  message: string;
}

export interface WindowOptions {
  id?: string;
  seed?: number;
  config?: () => ReminderConfig;
  inBlock?: () => boolean;
  /** How the person answers: by default the notification is dismissed at once. */
  answer?: (o: Occurrence) => Promise<unknown>;
}

/** Opens a simulated window: a scheduler on the fake clock, writing its nudges to `shown`. */
export function openWindow(clock: Clock, shared: SharedState, shown: Shown[], opts: WindowOptions = {}): ReminderScheduler {
  const id = opts.id ?? 'window-a';
  const conf = opts.config ?? (() => config());
  const scheduler = new ReminderScheduler({
    windowId: () => id,
    now: () => clock.now,
    setTimer: (fn, ms) => clock.setTimeout(fn, ms),
    clearTimer: (h) => clock.clearTimeout(h as Parameters<Clock['clearTimeout']>[0]),
    random: seeded(opts.seed ?? 1),
    config: conf,
    inBlock: opts.inBlock ?? (() => false),
    readState: () => shared.read(id),
    writeState: (s) => shared.write(id, s),
    show: (o) => {
      shown.push({ window: id, key: o.key, at: clock.now, message: o.slot.message });
      return opts.answer ? opts.answer(o) : Promise.resolve(undefined);
    },
  });
  scheduler.start();
  return scheduler;
}

export function newClock(start: Date): Clock {
  return createClock(start.getTime());
}
