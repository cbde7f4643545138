import * as vscode from 'vscode';
import type { CalendarMeeting } from '../../core/calendarWindow';
import { decideMeetingReminder, minutesUntil, nextReminderCheck, withMark } from '../../core/meetingPrompts';
import type { MeetingCounterDeps } from './meetingCounter';
import { meetingName } from './prepareMeeting';

export interface MeetingReminderDeps extends MeetingCounterDeps {
  openAgenda: (meeting: CalendarMeeting) => Promise<unknown>;
}

/**
 * `calendar.prepareMinutes` before a 1:1 or retro: one notification, "1:1 with Sam in 10 min",
 * with Open Agenda / Not Now / Don't Remind Me. The same gates as the scheduled nudges
 * (reminders.enabled, snooze, quiet hours, a running block), and one window shows it: each
 * claims the occurrence in global state, waits a random moment, and shows it only if the claim
 * is still its own. A timer waits for the next due moment (at most ten minutes at a time).
 */
export class MeetingReminders implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private stopped = false;
  /** For the test command: the last reminder this window showed. */
  lastShown: string | undefined;

  constructor(private readonly deps: MeetingReminderDeps) {}

  poke(ms = 0): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private prepareMinutes(): number {
    return this.deps.settings.get('calendar.prepareMinutes');
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const window = this.deps.calendar.current();
    let heldBack = false;
    if (!this.busy) {
      this.busy = true;
      try {
        heldBack = await this.evaluate();
      } catch (e) {
        this.deps.log.error(`Calendar reminder: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        this.busy = false;
      }
    }
    if (this.stopped || this.timer !== undefined) return;
    const now = Date.now();
    const at = nextReminderCheck(now, this.prepareMinutes(), (t) => window.nextMeetingStart(t), heldBack);
    this.timer = setTimeout(() => void this.tick(), at - now);
  }

  private gate() {
    const { time } = this.deps;
    const config = time.settings.reminders();
    const snoozedUntil = time.snoozedUntil();
    return { enabled: config.enabled, ...(config.quiet ? { quiet: config.quiet } : {}), ...(snoozedUntil ? { snoozedUntil } : {}), inBlock: time.reading().inBlock };
  }

  /** Shows a due reminder if it may; true when one is due but held back (look again in a minute). */
  private async evaluate(): Promise<boolean> {
    const { store, time } = this.deps;
    const now = Date.now();
    const minutes = this.prepareMinutes();
    const due = this.deps.calendar.current().dueReminders(new Date(now), minutes);
    if (due.length === 0) return false;
    const decision = decideMeetingReminder(now, due, store.read(), this.gate());
    if (decision.kind === 'none') {
      const held = decision.reason !== 'nothing due' && decision.reason !== 'reminders are off';
      if (held) this.deps.log.info(`Calendar reminder held back: ${decision.reason}.`);
      return held;
    }
    const { meeting } = decision;
    await store.write(withMark(store.read(), 'reminded', meeting.key, { by: time.windowId, at: now, outcome: 'claimed' }), now);
    await store.settle();
    const again = store.read();
    if (again.reminded[meeting.key]?.by !== time.windowId) return false;
    const later = Date.now();
    const gate = this.gate();
    if (!gate.enabled || gate.inBlock || (gate.snoozedUntil ?? 0) > later || later >= meeting.start.getTime()) {
      await store.write(withMark(again, 'reminded', meeting.key, undefined), later);
      return true;
    }
    await store.write(withMark(again, 'reminded', meeting.key, { by: time.windowId, at: later, outcome: 'done' }), later);
    this.lastShown = meeting.key;
    void this.show(meeting, minutesUntil(meeting.start, later));
    return false;
  }

  private async show(meeting: CalendarMeeting, inMinutes: number): Promise<void> {
    const OPEN = vscode.l10n.t('Open Agenda');
    const NOT_NOW = vscode.l10n.t('Not Now');
    const STOP = vscode.l10n.t("Don't Remind Me");
    this.deps.log.info(`Calendar reminder: ${meeting.kind} at ${meeting.start.toISOString()}.`);
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('{0} in {1} min', meetingName(meeting, this.deps.people), inMinutes), OPEN, NOT_NOW, STOP);
    if (choice === OPEN) await this.deps.openAgenda(meeting);
    if (choice === STOP) {
      await this.deps.settings.update('calendar.prepareMinutes', 0);
      void vscode.window.showInformationMessage(vscode.l10n.t('No more reminders before meetings. Set leadershipPrompts.calendar.prepareMinutes to turn them on again.'));
    }
  }

  dispose(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
