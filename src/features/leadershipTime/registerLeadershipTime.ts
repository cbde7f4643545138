import type * as vscode from 'vscode';
import { DAY_KEYS } from '../../core/calendar';
import { ReminderScheduler } from '../../core/reminderScheduler';
import { formatMinutes } from '../../core/timeOfDay';
import { weekSummary } from '../../core/weekSummary';
import { weeklySummaryModule } from '../../platform/lazyModules';
import type { ContextService } from '../context/contextService';
import type { LeadershipTime } from './leadershipTimeService';
import { showNudge } from './nudges';
import { LeadershipStatusBar } from './statusBarItem';
import { registerTimeCommands } from './timeCommands';
import { askBlockNote } from './timePrompts';

export interface LeadershipTimeDeps {
  time: LeadershipTime;
  context: ContextService;
  log: vscode.LogOutputChannel;
}

/** First reminder check a few seconds after activation, off the startup path. */
const FIRST_CHECK_MS = 3000;

/**
 * The status-bar companion, the leadership-time commands and the scheduled nudges. Light at
 * activation: a status-bar item and one timer; the weekly summary panel loads on first use.
 */
export function registerLeadershipTime(_context: vscode.ExtensionContext, { time, context, log }: LeadershipTimeDeps): vscode.Disposable[] {
  const statusBar = new LeadershipStatusBar(time);
  const shown: { nudge?: string; nudges: number; blockNote?: string } = { nudges: 0 };
  const scheduler = new ReminderScheduler({
    windowId: time.windowId,
    now: time.now,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    random: Math.random,
    config: () => time.settings.reminders(),
    inBlock: () => time.reading().inBlock,
    readState: () => time.store.reminders(),
    writeState: (s) => time.store.setReminders(s, time.now()),
    show: (o) => {
      shown.nudge = o.key;
      shown.nudges++;
      return showNudge(o, time);
    },
    onTick: () => {
      time.check();
      statusBar.update();
    },
    log: (m) => log.info(m),
  });

  const openSummary = async () =>
    weeklySummaryModule().openWeeklySummary({
      model: () => weekSummary(time.ledger(), time.now(), time.settings.target(), time.settings.reminders().rhythm, time.today()),
      onDidChange: time.onDidChange,
      log,
    });

  // On a lead day short of the target, "For you now" offers a block (in the sidebar, never a notification).
  context.addPromptSource(() => {
    const { weekMinutes, targetMinutes, inBlock } = time.reading();
    const today = new Date(time.now());
    if (!context.enabled('leadershipTime') || inBlock || weekMinutes >= targetMinutes || time.settings.reminders().rhythm[DAY_KEYS[today.getDay()]] !== 'lead') return [];
    return [{
      id: 'leadership-block',
      text: `Lead day: ${formatMinutes(weekMinutes)} of your ${formatMinutes(targetMinutes)} leadership time so far this week`,
      actionLabel: 'Start a 50-minute block',
      command: 'leadershipPrompts.startLeadershipBlock',
      args: { minutes: 50 },
    }];
  });

  time.settings.report();
  void time.resume().catch((e) => log.error(`Could not resume the leadership block: ${e}`));
  scheduler.start(FIRST_CHECK_MS);

  return [
    statusBar,
    { dispose: () => scheduler.stop() },
    ...registerTimeCommands({ time, statusBar, openSummary, log, probe: () => ({ lastNudge: shown.nudge, nudgesShown: shown.nudges, lastBlockNote: shown.blockNote }) }),
    time.onDidFinishBlock(async ({ record, how }) => {
      if (!record) return;
      shown.blockNote = `${record.id} ${how} ${record.minutes}`;
      const note = await askBlockNote(record, how);
      if (note) await time.noteBlock(record, note);
    }),
    time.settings.onDidChange(() => scheduler.poke()),
    time.onDidChange(() => context.schedule()),
  ];
}
