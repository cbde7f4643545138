// Entry of dist/leadershipTimeTools.js, loaded on the first leadership-time command or the
// first finished block (never at activation): the commands with their prompts and the
// status-bar menu, the block-note question, and the weekly summary panel.
import { WeeklySummaryPanel, type SummaryDeps } from '../features/leadershipTime/weeklySummaryPanel';

export { createTimeCommands } from '../features/leadershipTime/timeCommands';
export { askBlockNote } from '../features/leadershipTime/timePrompts';

export function openWeeklySummary(deps: SummaryDeps): { isOpen(): boolean } {
  return WeeklySummaryPanel.show(deps);
}
