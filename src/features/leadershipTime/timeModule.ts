// Entry of dist/leadershipTime.js (required by platform/deferredModules.ts when a leadership-time
// command first runs, a nudge is due or a block ends): the commands and their prompts, the
// nudges, and the weekly summary. Activation holds only the service, the status-bar item, the
// reminder scheduler and leadershipTime/register.ts, which loads this.
export { createTimeCommands } from './timeCommands';
export { askBlockNote } from './timePrompts';
export { showNudge } from './nudges';
export { WeeklySummaryPanel } from './weeklySummaryPanel';
