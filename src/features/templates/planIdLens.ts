import * as vscode from 'vscode';

/** A `Plan ID:` line as a retro plan writes it (core/retroPlan.ts), possibly quoted or emphasised by hand. */
const PLAN_LINE = /^[>\s*_]*Plan ID:[*_\s]*(\d{2,3}m-[0-9a-z]{6})\b/i;

/**
 * A CodeLens above the `Plan ID:` line of a retro plan in any Markdown note: one click writes
 * a new retro with the same five-phase plan, `newRetro({ planId })`.
 */
export function planIdCodeLenses(): vscode.Disposable {
  return vscode.languages.registerCodeLensProvider({ language: 'markdown' }, {
    provideCodeLenses(document) {
      const lenses: vscode.CodeLens[] = [];
      const lines = Math.min(document.lineCount, 400);
      for (let i = 0; i < lines; i++) {
        const m = PLAN_LINE.exec(document.lineAt(i).text);
        if (!m) continue;
        lenses.push(new vscode.CodeLens(document.lineAt(i).range, {
          title: `$(history) ${vscode.l10n.t('Rebuild this plan in a new retro')}`,
          tooltip: vscode.l10n.t('New Retro with Plan ID {0}: the same five phases and activities', m[1].toLowerCase()),
          command: 'leadershipPrompts.newRetro',
          arguments: [{ planId: m[1].toLowerCase() }],
        }));
      }
      return lenses;
    },
  });
}
