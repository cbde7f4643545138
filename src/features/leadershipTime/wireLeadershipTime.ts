import { DAY_KEYS } from '../../core/calendar';
import { ReminderScheduler } from '../../core/reminderScheduler';
import { formatMinutes } from '../../core/timeOfDay';
import { weekSummary } from '../../core/weekSummary';
import type * as vscode from 'vscode';
import { l10n } from 'vscode';
import { leadershipTimeToolsModule } from '../../platform/lazyModules';
import { markWalkthroughStep } from '../../platform/walkthroughProgress';
import { TIME_COMMAND_IDS, handlersFor, type CommandHandlers } from '../../shared/ids';
import type { ContextService } from '../context/contextService';
import type { LeadershipTime } from './leadershipTimeService';
import { showNudge } from './nudges';
import { LeadershipStatusBar } from './statusBarItem';
import type { TimeCommand, createTimeCommands } from './timeCommands';

export interface LeadershipTimeDeps {
  time: LeadershipTime;
  context: ContextService;
  log: vscode.LogOutputChannel;
  /** The first "For you now" tip for the tooltip, when the library is loaded (see features/context/topSuggestion.ts). */
  suggestion?: () => { id: string; title: string; reason: string } | undefined;
}

/** First reminder check a few seconds after start-up. */
const FIRST_CHECK_MS = 3000;

/**
 * The status-bar companion, the leadership-time commands (for src/extension.ts to register)
 * and the scheduled nudges. Starts the status bar and the scheduler's timer; the commands'
 * prompts and the weekly summary panel load on first use (dist/leadershipTimeTools.js).
 */
export function wireLeadershipTime({ time, context, log, suggestion }: LeadershipTimeDeps): { commands: CommandHandlers<TimeCommand>; disposables: vscode.Disposable[] } {
  const statusBar = new LeadershipStatusBar(time, suggestion);
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
    leadershipTimeToolsModule().openWeeklySummary({
      model: () => weekSummary(time.ledger(), time.now(), time.settings.target(), time.settings.reminders().rhythm, time.today(), l10n),
      onDidChange: time.onDidChange,
      log,
      now: () => new Date(time.now()),
    });

  // On a lead day short of the target, "For you now" offers a block (in the sidebar, never a notification).
  context.addPromptSource(() => {
    const { weekMinutes, targetMinutes, inBlock } = time.reading();
    const today = new Date(time.now());
    if (!context.enabled('leadershipTime') || inBlock || weekMinutes >= targetMinutes || time.settings.reminders().rhythm[DAY_KEYS[today.getDay()]] !== 'lead') return [];
    return [{
      id: 'leadership-block',
      text: l10n.t('Lead day: {0} of your {1} leadership time so far this week', formatMinutes(weekMinutes, l10n), formatMinutes(targetMinutes, l10n)),
      actionLabel: l10n.t('Start a 50-minute block'),
      command: 'leadershipPrompts.startLeadershipBlock',
      args: { minutes: 50 },
    }];
  });

  // The status bar's first paint, warnings about the settings, a block to resume, and the scheduler.
  statusBar.update();
  const timeLogged = () => {
    const ledger = time.ledger();
    markWalkthroughStep('hasLeadershipTime', ledger.blocks.length > 0 || Object.keys(ledger.days).length > 0 || !!ledger.running);
  };
  timeLogged();
  time.settings.report();
  void time.resume().catch((e) => log.error(`Could not resume the leadership block: ${e}`));
  scheduler.start(FIRST_CHECK_MS);

  // The commands are implemented in dist/leadershipTimeTools.js, loaded on first use.
  let made: ReturnType<typeof createTimeCommands> | undefined;
  const command = (id: TimeCommand) => (made ??= leadershipTimeToolsModule().createTimeCommands({
    time, statusBar, openSummary, log, probe: () => ({ lastNudge: shown.nudge, nudgesShown: shown.nudges, lastBlockNote: shown.blockNote }),
  }))[id];

  return { commands: handlersFor(TIME_COMMAND_IDS, (id) => (arg?: unknown) => command(id)(arg)), disposables: [
    statusBar,
    { dispose: () => scheduler.stop() },
    time.onDidFinishBlock(async ({ record, how }) => {
      if (!record) return;
      shown.blockNote = `${record.id} ${how} ${record.minutes}`;
      const note = await leadershipTimeToolsModule().askBlockNote(record, how);
      if (note) await time.noteBlock(record, note);
    }),
    time.settings.onDidChange(() => scheduler.poke()),
    time.onDidChange(() => {
      context.schedule();
      timeLogged();
    }),
    context.onDidChange(() => statusBar.update()),
  ] };
}
