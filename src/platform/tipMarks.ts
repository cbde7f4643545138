import type * as vscode from 'vscode';
import { EventEmitter } from 'vscode';
import { readIdList, readTipOfTheDay } from '../core/storedMarks';
import type { TipOfTheDayState } from '../core/tipOfTheDay';
import { readStoredPartly } from './storedValue';

const FAVOURITES = 'leadershipPrompts.favourites';
const TRIED = 'leadershipPrompts.tried';
const TIP_OF_THE_DAY = 'leadershipPrompts.tipOfTheDay';

/** Favourites, tried tips and the tip-of-the-day round, in global state synced by Settings Sync. */
export class TipMarks {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }, private readonly log?: vscode.LogOutputChannel) {
    state.setKeysForSync([FAVOURITES, TRIED, TIP_OF_THE_DAY]);
  }

  favourites(): string[] {
    return readStoredPartly(this.state, FAVOURITES, readIdList, [], this.log);
  }
  tried(): string[] {
    return readStoredPartly(this.state, TRIED, readIdList, [], this.log);
  }
  async toggleFavourite(id: string): Promise<boolean> {
    return this.toggle(FAVOURITES, this.favourites(), id);
  }
  async toggleTried(id: string): Promise<boolean> {
    return this.toggle(TRIED, this.tried(), id);
  }
  tipOfTheDay(): TipOfTheDayState | undefined {
    return readStoredPartly<TipOfTheDayState | undefined>(this.state, TIP_OF_THE_DAY, readTipOfTheDay, undefined, this.log);
  }
  async setTipOfTheDay(value: TipOfTheDayState): Promise<void> {
    await this.state.update(TIP_OF_THE_DAY, value);
  }

  private async toggle(key: string, list: string[], id: string): Promise<boolean> {
    const on = !list.includes(id);
    await this.state.update(key, on ? [...list, id] : list.filter((x) => x !== id));
    this.changed.fire();
    return on;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
