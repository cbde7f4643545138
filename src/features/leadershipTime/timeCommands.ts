import * as vscode from 'vscode';
import { l10n } from 'vscode';
import { checkBlockRequest, checkLogRequest, checkSnoozeRequest } from '../../core/leadershipInput';
import { snoozeEnd } from '../../core/reminderState';
import { MAX_BLOCK_MINUTES, blockEnd, dayMinutes } from '../../core/timeLedger';
import { formatCountdown, formatMinutes } from '../../core/timeOfDay';
import { weekSummaryLine, whenText } from '../../core/weekSummary';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';
import { meetingOfferText } from '../../core/meetingPrompts';
import type { CommandId, TIME_COMMAND_IDS } from '../../shared/ids';
import type { LeadershipStatusBar } from './statusBarItem';
import { askCustomLength, blockLengths, askFocus, askLogMinutes, askLogNote, pickBlockLength, pickSnooze } from './timePrompts';

interface Deps {
  time: LeadershipTime;
  statusBar: LeadershipStatusBar;
  openSummary: () => Promise<{ isOpen(): boolean }>;
  log: vscode.LogOutputChannel;
  /** More for the state probe: the last nudge and block-note question shown. */
  probe: () => Record<string, unknown>;
}

const C = {
  start: 'leadershipPrompts.startLeadershipBlock',
  stop: 'leadershipPrompts.stopLeadershipBlock',
  log: 'leadershipPrompts.logLeadershipTime',
  snooze: 'leadershipPrompts.snoozeReminders',
  summary: 'leadershipPrompts.showWeeklySummary',
  menu: 'leadershipPrompts._leadershipTimeMenu',
  state: 'leadershipPrompts._leadershipTimeState',
} as const satisfies Record<string, TimeCommand>;
export type TimeCommand = (typeof TIME_COMMAND_IDS)[number];

/**
 * The leadership-time commands (see CONTRACT.md), the status-bar menu and a state probe for
 * tests: the implementations, by id (register.ts registers them).
 */
export function createTimeCommands({ time, statusBar, openSummary, log, probe }: Deps): Record<TimeCommand, (arg?: unknown) => Promise<unknown> | unknown> {
  let lastMessage = '';
  let summary: { isOpen(): boolean } | undefined;
  const refuse = (message: string) => {
    lastMessage = message;
    log.warn(message);
    void vscode.window.showWarningMessage(l10n.t('Leadership Prompts: {0}', message));
  };
  const done = (message: string) => {
    lastMessage = message;
    vscode.window.setStatusBarMessage(message, 4000);
  };

  const start = async (arg?: unknown): Promise<void> => {
    const checked = checkBlockRequest(arg, l10n);
    if (!checked.ok) return refuse(checked.message);
    const running = time.runningBlock();
    if (running) {
      const left = formatCountdown(blockEnd(running) - time.now());
      lastMessage = l10n.t('A leadership block is already running ({0} left).', left);
      const choice = await vscode.window.showInformationMessage(`${lastMessage} ${l10n.t('Stop it first to start another.')}`, l10n.t('Stop the Block'));
      if (choice) await vscode.commands.executeCommand(C.stop);
      return;
    }
    const minutes = checked.value.minutes ?? (await pickBlockLength());
    if (minutes === undefined) return;
    // Called with minutes (a keybinding, a link, a test): start at once; from the UI, ask the focus.
    const focus = checked.value.focus ?? (checked.value.minutes === undefined ? await askFocus() : '');
    if (focus === undefined) return;
    await time.start(minutes, focus.trim() || undefined);
    done(focus.trim()
      ? l10n.t('$(watch) Leadership block started: {0} — {1}', formatMinutes(minutes, l10n), focus.trim())
      : l10n.t('$(watch) Leadership block started: {0}', formatMinutes(minutes, l10n)));
  };

  const stop = async (): Promise<number> => {
    const result = await time.stop('stopped');
    if (!result) {
      lastMessage = l10n.t('No leadership block is running.');
      void vscode.window.showInformationMessage(l10n.t('Leadership Prompts: {0}', lastMessage));
      return 0;
    }
    const minutes = result.record?.minutes ?? 0;
    done(minutes > 0 ? l10n.t('$(check) Leadership block stopped: {0} logged', formatMinutes(minutes, l10n)) : l10n.t('$(check) Leadership block stopped before a minute passed; nothing logged'));
    return minutes;
  };

  const logTime = async (arg?: unknown): Promise<number | undefined> => {
    const now = time.now();
    const thatDay = (date: string) => dayMinutes(time.ledger(), date);
    let checked = checkLogRequest(arg, now, thatDay, l10n);
    if (checked === 'ask') {
      const minutes = await askLogMinutes();
      if (minutes === undefined) return undefined;
      const given = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>) : {};
      const note = given.note ?? (await askLogNote());
      if (note === undefined) return undefined;
      checked = checkLogRequest({ ...given, minutes, note }, now, thatDay, l10n);
    }
    if (checked === 'ask' || !checked.ok) {
      refuse(checked === 'ask' ? l10n.t('Minutes are missing. Nothing was logged.') : checked.message);
      return undefined;
    }
    await time.logTime(checked.value);
    const logged = formatMinutes(checked.value.minutes, l10n);
    done(checked.value.date === time.today()
      ? l10n.t('$(check) Logged {0} of leadership time', logged)
      : l10n.t('$(check) Logged {0} of leadership time on {1}', logged, checked.value.date));
    return checked.value.minutes;
  };

  const snooze = async (arg?: unknown): Promise<string | undefined> => {
    const checked = checkSnoozeRequest(arg, l10n);
    if (!checked.ok) {
      refuse(checked.message);
      return undefined;
    }
    const now = time.now();
    let until: number | undefined;
    if (checked.value.minutes !== undefined) until = checked.value.minutes > 0 ? now + checked.value.minutes * 60_000 : undefined;
    else {
      const choice = await pickSnooze(time.snoozedUntil());
      if (!choice) return undefined;
      until = choice === 'resume' ? undefined : snoozeEnd(choice, now);
    }
    await time.snooze(until);
    done(until ? l10n.t('$(bell-slash) Leadership reminders snoozed until {0}', whenText(until, l10n, now)) : l10n.t('$(bell) Leadership reminders resumed'));
    return until ? new Date(until).toISOString() : undefined;
  };

  const showSummary = async () => {
    summary = await openSummary();
  };

  return {
    [C.start]: start,
    [C.stop]: stop,
    [C.log]: logTime,
    [C.snooze]: snooze,
    [C.summary]: showSummary,
    [C.menu]: () => showMenu(time),
    // Internal (not in the palette): what the status bar shows and the last message, for tests and bug reports.
    [C.state]: () => {
      const running = time.runningBlock();
      return {
        ...time.reading(),
        running: running ? { plannedMinutes: running.plannedMinutes, focus: running.focus, endsAt: blockEnd(running) } : undefined,
        snoozedUntil: time.snoozedUntil(),
        statusBarText: time.settings.statusBarEnabled() ? statusBar.text() : undefined,
        statusBarTooltip: time.settings.statusBarEnabled() ? statusBar.tooltipText() : undefined,
        lastMessage,
        problems: time.settings.problems(),
        summaryOpen: summary?.isOpen() ?? false,
        ...probe(),
      };
    },
  };
}

/** What a click on the status-bar item offers. */
async function showMenu(time: LeadershipTime): Promise<void> {
  type Item = vscode.QuickPickItem & { run?: () => Thenable<unknown> };
  const running = time.runningBlock();
  const snoozed = time.snoozedUntil();
  const items: Item[] = [];
  const offer = time.meetingOffer();
  if (offer) {
    const { action, sentence } = meetingOfferText(offer, l10n);
    items.push({ label: `$(calendar) ${action}`, description: sentence, run: () => vscode.commands.executeCommand('leadershipPrompts._countMeeting' satisfies CommandId) });
  }
  if (running) {
    const left = formatCountdown(blockEnd(running) - time.now());
    const leftText = l10n.t('{0} left', left);
    items.push({ label: l10n.t('$(debug-stop) Stop the leadership block'), description: running.focus ? `${leftText} · ${running.focus}` : leftText, run: () => vscode.commands.executeCommand(C.stop) });
  } else {
    items.push({ label: l10n.t('Start a block'), kind: vscode.QuickPickItemKind.Separator });
    for (const b of blockLengths()) items.push({ label: `$(play) ${b.label}`, description: b.detail, run: () => startFromMenu(b.minutes) });
    items.push({ label: `$(play) ${l10n.t('Custom length…')}`, description: l10n.t('your own length, up to {0}', formatMinutes(MAX_BLOCK_MINUTES, l10n)), run: async () => startFromMenu(await askCustomLength()) });
  }
  items.push(
    { label: l10n.t('More'), kind: vscode.QuickPickItemKind.Separator },
    { label: l10n.t('$(add) Log time done elsewhere'), description: l10n.t('a 1:1, a coaching talk, planning away from the editor'), run: () => vscode.commands.executeCommand(C.log) },
    { label: snoozed ? l10n.t('$(bell) Snooze or resume reminders') : l10n.t('$(bell-slash) Snooze reminders'), description: snoozed ? l10n.t('snoozed until {0}', whenText(snoozed, l10n)) : l10n.t('an hour, the rest of today, this week'), run: () => vscode.commands.executeCommand(C.snooze) },
    { label: l10n.t("$(graph) This week's summary"), description: weekSummaryLine(time.ledger(), time.now(), time.settings.target(), l10n), run: () => vscode.commands.executeCommand(C.summary) },
    { label: l10n.t('$(gear) Settings'), description: l10n.t('target, weekly rhythm, reminders, quiet hours'), run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'leadershipPrompts') },
  );
  const choice = await vscode.window.showQuickPick(items, { title: l10n.t('Leadership Time'), placeHolder: l10n.t('Start a block, log time, snooze reminders, see the week'), matchOnDescription: true });
  await choice?.run?.();
}

async function startFromMenu(minutes: number | undefined): Promise<void> {
  if (minutes === undefined) return;
  const focus = await askFocus();
  if (focus === undefined) return;
  await vscode.commands.executeCommand(C.start, { minutes, ...(focus.trim() ? { focus: focus.trim() } : {}) });
}

