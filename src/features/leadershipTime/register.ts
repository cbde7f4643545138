import { DAY_KEYS } from '../../core/calendar';
import { ReminderScheduler } from '../../core/reminderScheduler';
import { formatMinutes } from '../../core/timeOfDay';
import { weekSummary } from '../../core/weekSummary';
import type * as vscode from 'vscode';
import { l10n } from 'vscode';
import { registerCommands } from '../../platform/commands';
import { leadershipTimeModule } from '../../platform/deferredModules';
import { TIME_COMMAND_IDS, handlersFor } from '../../shared/ids';
import type { ContextService } from '../../services/context/contextService';
import type { NotesFolder } from '../../platform/notesFolder';
import { markWalkthroughStep } from '../../platform/walkthroughProgress';
import type { LeadershipTime } from '../../services/leadershipTime/leadershipTimeService';
import type * as LeadershipTimeModule from './timeModule';
import { LeadershipStatusBar } from './statusBarItem';
import type { TimeCommand } from './timeCommands';

export interface LeadershipTimeDeps {
  time: LeadershipTime;
  context: ContextService;
  /** Where the weekly summary looks for this week's self-check. */
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** The first "For you now" tip for the tooltip, when the library is loaded (see services/context/topSuggestion.ts). */
  suggestion?: () => { id: string; title: string; reason: string } | undefined;
  /** The calendar's lines for the tooltip, and when they change. */
  calendar?: { lines: () => string[]; onDidChange: vscode.Event<void> };
}

/** First reminder check a few seconds after start-up. */
const FIRST_CHECK_MS = 3000;

/**
 * The status-bar companion, the leadership-time commands and the scheduled nudges. The status
 * bar, the settings check, a block to resume and the scheduler start in the turn after
 * activation, so activation itself only registers. The commands, nudges, block notes and the
 * weekly summary are dist/leadershipTime.js, loaded when first needed.
 */
export function registerLeadershipTime(context: vscode.ExtensionContext, { time, context: leadershipContext, notesFolder, log, suggestion, calendar }: LeadershipTimeDeps): vscode.Disposable[] {
  const statusBar = new LeadershipStatusBar(time, suggestion, calendar?.lines);
  const shown: { nudge?: string; nudges: number; blockNote?: string } = { nudges: 0 };
  const scheduler = new ReminderScheduler({
    // Made when first needed: a window's first random UUID costs a few tenths of a millisecond.
    windowId: () => time.windowId,
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
      return leadershipTimeModule().showNudge(o, time);
    },
    onTick: () => {
      time.check();
      statusBar.update();
    },
    log: (m) => log.info(m),
  });

  const openSummary = async () =>
    leadershipTimeModule().WeeklySummaryPanel.show({
      model: () => weekSummary(time.ledger(), time.now(), time.settings.target(), time.settings.reminders().rhythm, time.today(), l10n),
      onDidChange: time.onDidChange,
      notesFolder,
      log,
      now: () => new Date(time.now()),
    });

  // On a lead day short of the target, "For you now" offers a block (in the sidebar, never a notification).
  leadershipContext.addPromptSource(() => {
    const { weekMinutes, targetMinutes, inBlock } = time.reading();
    const today = new Date(time.now());
    if (!leadershipContext.enabled('leadershipTime') || inBlock || weekMinutes >= targetMinutes || time.settings.reminders().rhythm[DAY_KEYS[today.getDay()]] !== 'lead') return [];
    return [{
      id: 'leadership-block',
      text: l10n.t('Lead day: {0} of your {1} leadership time so far this week', formatMinutes(weekMinutes, l10n), formatMinutes(targetMinutes, l10n)),
      actionLabel: l10n.t('Start a 50-minute block'),
      command: 'leadershipPrompts.startLeadershipBlock',
      args: { minutes: 50 },
    }];
  });

  // In the next turn: the status bar's first paint, warnings about the settings, a block to resume, and the scheduler.
  const timeLogged = () => {
    const ledger = time.ledger();
    markWalkthroughStep('hasLeadershipTime', ledger.blocks.length > 0 || Object.keys(ledger.days).length > 0 || !!ledger.running);
  };
  const startUp = setTimeout(() => {
    statusBar.update();
    timeLogged();
    time.settings.report();
    void time.resume().catch((e) => log.error(`Could not resume the leadership block: ${e}`));
    scheduler.start(FIRST_CHECK_MS);
  }, 0);

  let commands: ReturnType<typeof LeadershipTimeModule.createTimeCommands> | undefined;
  const run = (id: TimeCommand, arg?: unknown) => (commands ??= leadershipTimeModule().createTimeCommands({
    time, statusBar, openSummary, log, probe: () => ({ lastNudge: shown.nudge, nudgesShown: shown.nudges, lastBlockNote: shown.blockNote }),
  }))[id](arg);

  return [
    ...registerCommands(context, handlersFor(TIME_COMMAND_IDS, (id) => (arg?: unknown) => run(id, arg))),
    { dispose: () => clearTimeout(startUp) },
    statusBar,
    { dispose: () => scheduler.stop() },
    time.onDidFinishBlock(async ({ record, how }) => {
      if (!record) return;
      shown.blockNote = `${record.id} ${how} ${record.minutes}`;
      const note = await leadershipTimeModule().askBlockNote(record, how);
      if (note) await time.noteBlock(record, note);
    }),
    time.settings.onDidChange(() => scheduler.poke()),
    time.onDidChange(() => {
      leadershipContext.schedule();
      timeLogged();
    }),
    leadershipContext.onDidChange(() => statusBar.update()),
    ...(calendar ? [calendar.onDidChange(() => statusBar.update())] : []),
  ];
}
