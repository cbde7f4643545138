import * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import type { CalendarMeeting } from '../../core/calendarWindow';
import { COUNT_OFFER_MS, countableMinutes, meetingsToCount, withMark } from '../../core/meetingPrompts';
import { formatMinutes } from '../../core/timeOfDay';
import type { MeetingPromptStore } from '../../platform/meetingPromptStore';
import type { SettingsStore } from '../../platform/settingsStore';
import type { CalendarSource } from '../../core/calendarView';
import type { People } from '../../services/people/people';
import type { CommandId } from '../../shared/ids';
import type { LeadershipTime } from '../leadershipTime/leadershipTimeService';
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
 * `ask` offers the meeting in the status bar and one click logs it; `auto` logs it; `off` never.
 * An occurrence is counted once, across windows and reloads (global state, and the ledger
 * refuses a key it already holds).
 */
export class MeetingCounter implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leadershipPrompts.calendarMeeting', vscode.StatusBarAlignment.Left, 49);
  private readonly timer: ReturnType<typeof setInterval>;
  private offered: CalendarMeeting | undefined;
  private counting = false;

  constructor(private readonly deps: MeetingCounterDeps) {
    this.item.name = vscode.l10n.t('Leadership Prompts: Meeting to Count');
    this.item.command = 'leadershipPrompts._countMeeting' satisfies CommandId;
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
      this.item.hide();
      if (pending.length && !this.counting) void this.countAll(pending, true);
      return;
    }
    this.offered = pending[pending.length - 1];
    if (!this.offered) return void this.item.hide();
    const m = this.offered;
    const minutes = formatMinutes(countableMinutes(m), vscode.l10n);
    const name = meetingName(m, this.deps.people);
    this.item.text = `$(calendar) ${vscode.l10n.t('Log {0}', minutes)}`;
    this.item.tooltip = pending.length > 1
      ? vscode.l10n.t('{0} ended: log its {1} as leadership time ({2} more meetings waiting).', name, minutes, pending.length - 1)
      : vscode.l10n.t('{0} ended: log its {1} as leadership time.', name, minutes);
    this.item.accessibilityInformation = { label: vscode.l10n.t('{0} ended: log its {1} as leadership time.', name, minutes), role: 'button' };
    this.item.show();
  }

  /** The status-bar click: logs the meeting offered (ask). */
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
    this.item.dispose();
  }
}
