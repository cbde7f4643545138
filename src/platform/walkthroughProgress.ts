import { commands, workspace } from 'vscode';
import { SETTINGS_SECTION } from '../shared/settings';

/**
 * Context keys the Get Started walkthrough completes its steps on (`onContext:` in
 * package.json), so a step already done (a 1:1 written before, time already logged, a role
 * already chosen) shows ticked, not only one done while the walkthrough is watching.
 */
export type WalkthroughStep = 'hasOneOnOne' | 'hasLeadershipTime' | 'roleAndRhythmSet';

const shown = new Map<WalkthroughStep, boolean>();

export function markWalkthroughStep(step: WalkthroughStep, done: boolean): void {
  if (shown.get(step) === done) return;
  shown.set(step, done);
  void commands.executeCommand('setContext', `leadershipPrompts.walkthrough.${step}`, done);
}

/** Whether the user chose a role or a weekly rhythm (in any settings scope), rather than living with the defaults. */
export function roleOrRhythmChosen(): boolean {
  const config = workspace.getConfiguration(SETTINGS_SECTION);
  return (['role', 'weeklyRhythm'] as const).some((key) => {
    const v = config.inspect(key);
    return v?.globalValue !== undefined || v?.workspaceValue !== undefined || v?.workspaceFolderValue !== undefined;
  });
}
