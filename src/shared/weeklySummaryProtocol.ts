// Messages from the weekly-summary webview to the extension, each defined once with a guard.
// The panel's page only ever asks for an action; anything else it sends is ignored.
import { isRecord } from './records';

export const SUMMARY_ACTIONS = ['writeSelfCheck', 'startBlock', 'logTime', 'openSettings'] as const;
export type SummaryAction = (typeof SUMMARY_ACTIONS)[number];

export interface SummaryActionMessage {
  type: 'action';
  action: SummaryAction;
}

export type SummaryWebviewMessage = SummaryActionMessage;

/** Checks a message from the summary webview: exactly `{ type: 'action', action }` with a known action. */
export function isSummaryWebviewMessage(x: unknown): x is SummaryWebviewMessage {
  if (!isRecord(x)) return false;
  return x.type === 'action' && Object.keys(x).every((k) => k === 'type' || k === 'action') && SUMMARY_ACTIONS.includes(x.action as SummaryAction);
}
