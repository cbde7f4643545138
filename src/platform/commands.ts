import type * as vscode from 'vscode';
import { ExtensionMode, commands } from 'vscode';
import { TEST_COMMAND_IDS, type CommandHandlers, type CommandId } from '../shared/ids';

/**
 * Registers a feature's commands. The test-only ones (TEST_COMMAND_IDS) exist only when VS Code
 * runs the extension's tests: a user and other extensions never see them.
 */
export function registerCommands<Id extends CommandId>(context: vscode.ExtensionContext, handlers: CommandHandlers<Id>): vscode.Disposable[] {
  const testing = context.extensionMode === ExtensionMode.Test;
  return (Object.keys(handlers) as Id[])
    .filter((id) => testing || !TEST_COMMAND_IDS.includes(id))
    .map((id) => commands.registerCommand(id, handlers[id]));
}
