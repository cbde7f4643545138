// Entry of dist/weeklySummary.js, loaded the first time the weekly summary opens (never at
// activation): the panel, its page and chart rendering.
import { WeeklySummaryPanel, type SummaryDeps } from '../features/leadershipTime/weeklySummaryPanel';

export function openWeeklySummary(deps: SummaryDeps): { isOpen(): boolean } {
  return WeeklySummaryPanel.show(deps);
}
