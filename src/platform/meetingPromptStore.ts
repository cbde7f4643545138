import type * as vscode from 'vscode';
import { emptyMeetingPromptState, pruneMeetingPromptState, readMeetingPromptState, type MeetingPromptState } from '../core/meetingPrompts';
import { readStored } from './storedValue';

const KEY = 'leadershipPrompts.calendar.prompts';
/** Windows re-read a claim after a random pause in this range, so their writes have settled. */
const RECHECK_MIN_MS = 1500;
const RECHECK_SPREAD_MS = 2000;

/**
 * Which calendar occurrences were reminded of and counted, in global state: shared by every
 * window (VS Code hands each window the others' writes) and kept across reloads. Read afresh on
 * every call, since another window may just have written it.
 */
export class MeetingPromptStore {
  constructor(private readonly memento: vscode.Memento, private readonly log?: vscode.LogOutputChannel) {}

  read(): MeetingPromptState {
    return readStored(this.memento, KEY, readMeetingPromptState, emptyMeetingPromptState(), this.log);
  }

  async write(state: MeetingPromptState, now: number): Promise<void> {
    await this.memento.update(KEY, pruneMeetingPromptState(state, now));
  }

  /** The pause between writing a claim and reading it back, random so that two windows do not keep colliding. */
  settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, RECHECK_MIN_MS + Math.floor(Math.random() * RECHECK_SPREAD_MS)));
  }
}
