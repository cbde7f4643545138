import type * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import type { CalendarMeeting } from '../../core/calendarWindow';
import { COUNT_OFFER_MS, countableMinutes, meetingsToCount, withMark } from '../../core/meetingPrompts';
import type { MeetingPromptStore } from '../../platform/meetingPromptStore';
import type { SettingsStore } from '../../platform/settingsStore';
import type { CalendarSource } from '../../core/calendarView';
import type { People } from '../../services/people/people';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';
import { meetingName } from './prepareMeeting';

const CHECK_MS = 60_000;

/** What the calendar's two prompts (counting an ended meeting, the before-meeting reminder) work from. */
export interface MeetingCounterDeps {
  calendar: CalendarSource;
  people: People;
  time: LeadershipTime;
  settings: SettingsStore;
  store: MeetingPromptStore;
  log: vscode.LogOutputChannel;
}

/**
 * Calendar 1:1s and retros as leadership time, once they have ended (`calendar.countMeetings`):
 * `ask` offers the newest one (through LeadershipTime's offer: the leadership-time status-bar item,
 * its menu and "For you now") and one click logs it; `auto` logs it; `off` never.
 * An occurrence is counted once, across windows and reloads (global state, and the ledger
 * refuses a key it already holds).
 */
export class MeetingCounter implements vscode.Disposable {
  private readonly timer: ReturnType<typeof setInterval>;
  private offered: CalendarMeeting | undefined;
  private counting = false;

  constructor(private readonly deps: MeetingCounterDeps) {
    this.timer = setInterval(() => this.update(), CHECK_MS);
  }

  private pending(now: number): CalendarMeeting[] {
    const ended = this.deps.calendar.current().endedMeetingsToCount(new Date(now - COUNT_OFFER_MS), new Date(now));
    return meetingsToCount(ended, this.deps.store.read(), now);
  }

  update(): void {
    const mode = this.deps.settings.get('calendar.countMeetings');
    const now = Date.now();
    const pending = mode === 'off' ? [] : this.pending(now);
    if (mode === 'auto') {
      this.offer(undefined, 0);
      if (pending.length && !this.counting) void this.countAll(pending, true);
      return;
    }
    this.offer(pending[pending.length - 1], pending.length - 1);
  }

  private offer(meeting: CalendarMeeting | undefined, more: number): void {
    this.offered = meeting;
    this.deps.time.setMeetingOffer(meeting && { key: meeting.key, name: meetingName(meeting, this.deps.people), minutes: countableMinutes(meeting), more });
  }

  /** The offer's click (status bar, its menu, "For you now"): logs the meeting offered (ask). */
  async countOffered(): Promise<number> {
    const m = this.offered;
    if (!m) return 0;
    return this.countAll([m], false);
  }

  /**
   * Books each meeting once. With `claim` (auto: every window tries), a window first claims the
   * occurrence and books it only if the claim is still its own a moment later.
   */
  private async countAll(meetings: readonly CalendarMeeting[], claim: boolean): Promise<number> {
    const { store, time } = this.deps;
    this.counting = true;
    let booked = 0;
    try {
      const now = Date.now();
      if (claim) {
        let state = store.read();
        for (const m of meetings) state = withMark(state, 'counted', m.key, { by: time.windowId, at: now, outcome: 'claimed' });
        await store.write(state, now);
        await store.settle();
      }
      for (const m of meetings) {
        const mark = store.read().counted[m.key];
        if (claim ? mark?.by !== time.windowId || mark.outcome === 'done' : mark?.outcome === 'done') continue;
        await store.write(withMark(store.read(), 'counted', m.key, { by: time.windowId, at: Date.now(), outcome: 'done' }), Date.now());
        const kind = m.kind === 'retro' ? 'retro' : 'one-on-one';
        await time.logMeeting({ key: m.key, date: localDate(m.start), at: Date.now(), minutes: countableMinutes(m), title: meetingName(m, this.deps.people), kind });
        booked++;
      }
    } finally {
      this.counting = false;
    }
    this.update();
    return booked;
  }

  dispose(): void {
    clearInterval(this.timer);
    this.offer(undefined, 0);
  }
}
