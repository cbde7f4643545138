import * as vscode from 'vscode';
import type { CalendarMeeting } from '../../core/calendarWindow';
import { meetingOfferText } from '../../core/meetingPrompts';
import { escapeMarkdown } from '../../core/plainText';
import { whenText } from '../../core/weekSummary';
import { registerCommands } from '../../platform/commands';
import { calendarModule } from '../../platform/deferredModules';
import { MeetingPromptStore } from '../../platform/meetingPromptStore';
import type { SettingsStore } from '../../platform/settingsStore';
import type { CalendarService } from '../../services/calendar/calendarService';
import type { ContextService } from '../../services/context/contextService';
import type { People } from '../../services/people/people';
import type { CALENDAR_COMMAND_IDS, CommandHandlers, CommandId } from '../../shared/ids';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';
import type { MeetingCounter, MeetingReminders } from './calendarModule';

export interface CalendarDeps {
  calendar: CalendarService;
  people: People;
  time: LeadershipTime;
  settings: SettingsStore;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

/** How far ahead the coming meeting shapes "For you now". */
const COMING_HOURS = 4;
/** Tags of the tips for a first 1:1 (content/tips/one-on-ones/first-one-on-one-questions.md). */
const FIRST_ONE_ON_ONE_TAGS = ['getting to know you'];

/** After activation, the first read of the calendars waits this long (the window settles first). */
const START_DELAY_MS = 1500;

/**
 * The calendar's commands (prepareNextMeeting, refreshCalendar, the People view's "Link a
 * Calendar Address…"), the before-meeting reminder and the counting of meetings as leadership
 * time. Nothing is read at activation; with no calendar configured nothing is read at all.
 */
export function registerCalendar(context: vscode.ExtensionContext, deps: CalendarDeps): vscode.Disposable[] {
  const { calendar, people, time, settings, log, context: leadershipContext } = deps;
  const store = new MeetingPromptStore(context.globalState, log);
  const openAgenda = (meeting: CalendarMeeting, open = true) => calendarModule().prepareMeeting(meeting, people, open).catch((e: unknown) => {
    log.error(`prepareNextMeeting: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  });
  // The prompts (dist/calendar.js) exist once a calendar is configured, and stay.
  let prompts: { reminders: MeetingReminders; counter: MeetingCounter } | undefined;
  const ensurePrompts = () => {
    if (!prompts && calendar.configured()) {
      const { MeetingReminders, MeetingCounter } = calendarModule();
      prompts = {
        reminders: new MeetingReminders({ calendar, people, time, settings, store, log, openAgenda }),
        counter: new MeetingCounter({ calendar, people, time, settings, store, log }),
      };
    }
    return prompts;
  };
  const poke = (ms = 0) => ensurePrompts()?.reminders.poke(ms);
  const recount = () => ensurePrompts()?.counter.update();

  const handlers: CommandHandlers<(typeof CALENDAR_COMMAND_IDS)[number]> = {
    'leadershipPrompts.prepareNextMeeting': async (arg?: unknown) => {
      const open = !(arg && typeof arg === 'object' && (arg as { open?: unknown }).open === false);
      await calendar.whenReady();
      await people.whenReady();
      const meeting = calendar.current().nextMeetingToPrepare(new Date(), settings.get('calendar.prepareMinutes'));
      if (!meeting) {
        void vscode.window.showInformationMessage(calendar.configured()
          ? vscode.l10n.t('No 1:1 or retro in your calendar in the next 12 hours.')
          : vscode.l10n.t('No calendar is set: add an .ics file to leadershipPrompts.calendar.files.'));
        return undefined;
      }
      return openAgenda(meeting, open);
    },
    'leadershipPrompts.refreshCalendar': async () => {
      const count = await calendar.refresh();
      poke();
      recount();
      return count;
    },
    'leadershipPrompts.people.linkCalendarAddress': (arg?: unknown) => calendarModule().linkCalendarAddress(arg, calendar, people),
    'leadershipPrompts._countMeeting': () => prompts?.counter.countOffered() ?? 0,
    'leadershipPrompts._calendarState': (arg?: unknown) => {
      const a = arg && typeof arg === 'object' ? (arg as { fetchTimeoutMs?: unknown }) : {};
      if (typeof a.fetchTimeoutMs === 'number' && a.fetchTimeoutMs > 0) calendar.fetchTimeoutMs = a.fetchTimeoutMs;
      return { sources: calendar.state(), size: calendar.current().size, lastReminder: prompts?.reminders.lastShown, fetchTimeoutMs: calendar.fetchTimeoutMs };
    },
  };

  // "For you now": the coming 1:1 or retro (within a few hours, or running) pulls its tips first.
  leadershipContext.addSituationSource(() => {
    if (!calendar.configured()) return [];
    const now = new Date();
    const meeting = calendar.current().nextMeetingToPrepare(now, 0);
    if (!meeting || meeting.start.getTime() - now.getTime() > COMING_HOURS * 3_600_000) return [];
    const at = whenText(meeting.start.getTime(), vscode.l10n, now.getTime());
    if (meeting.kind === 'retro') return [{ context: 'retro' as const, reason: vscode.l10n.t('the retro in your calendar at {0}', at), weight: 2 }];
    const row = people.rows().find((r) => r.slug === meeting.person);
    if (!row) return [];
    return row.notes.length === 0
      ? [{ context: 'one-on-one' as const, reason: vscode.l10n.t('your first 1:1 with {0} at {1}', row.name, at), weight: 2, tags: FIRST_ONE_ON_ONE_TAGS }]
      : [{ context: 'one-on-one' as const, reason: vscode.l10n.t('your 1:1 with {0} at {1}', row.name, at), weight: 2 }];
  });

  // An ended meeting offered for counting (ask) is also in "For you now", so it is there with the status bar off.
  leadershipContext.addPromptSource(() => {
    const offer = time.meetingOffer();
    if (!offer) return [];
    const { action, sentence } = meetingOfferText(offer, vscode.l10n);
    return [{ id: `count-meeting:${offer.key}`, text: sentence, actionLabel: action, command: 'leadershipPrompts._countMeeting' satisfies CommandId }];
  });

  const startUp = setTimeout(() => {
    calendar.ensureStarted();
    poke();
    recount();
  }, START_DELAY_MS);

  return [
    ...registerCommands(context, handlers),
    { dispose: () => clearTimeout(startUp) },
    { dispose: () => { prompts?.reminders.dispose(); prompts?.counter.dispose(); } },
    calendar.onDidChange(() => {
      poke();
      recount();
      leadershipContext.schedule();
    }),
    people.onDidChange(() => calendar.rematch()),
    settings.onDidChange(['calendar.prepareMinutes', 'reminders.enabled', 'reminders.quietHours'], () => prompts?.reminders.poke()),
    settings.onDidChange(['calendar.countMeetings'], () => prompts?.counter.update()),
    time.onDidChange(() => prompts?.reminders.poke(1000)),
    time.onDidChangeOffer(() => leadershipContext.schedule()),
  ];
}

/** The status-bar tooltip's lines: the next 1:1 with each person (and why it is one), and the next retro. */
export function calendarTooltipLines(calendar: CalendarService, people: People, now = new Date()): string[] {
  if (!calendar.configured()) return [];
  const meetings = calendar.current().upcomingMeetings(now, 24 * 7);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const m of meetings) {
    if (m.kind === 'other' || m.allDay) continue;
    const who = m.kind === 'retro' ? 'retro' : m.person ?? '';
    if (seen.has(who)) continue;
    seen.add(who);
    const name = m.kind === 'retro' ? m.title : people.rows().find((r) => r.slug === m.person)?.name ?? m.person ?? '';
    lines.push(m.kind === 'retro'
      ? vscode.l10n.t('Retro: {0} — {1}', whenText(m.start.getTime(), vscode.l10n, now.getTime()), escapeMarkdown(name))
      : vscode.l10n.t('1:1 with {0}: {1} ({2})', escapeMarkdown(name), whenText(m.start.getTime(), vscode.l10n, now.getTime()), escapeMarkdown(m.reason)));
    if (lines.length >= 6) break;
  }
  return lines.length ? [`**${vscode.l10n.t('Coming up in your calendar')}**`, ...lines] : [vscode.l10n.t('No 1:1 or retro in your calendar this week.')];
}
