import * as vscode from 'vscode';
import type { TipOfTheDayState } from '../core/tipOfTheDay';
import { readStored } from './storedValue';

const FAVOURITES = 'leadershipPrompts.favourites';
const TRIED = 'leadershipPrompts.tried';
const TIP_OF_THE_DAY = 'leadershipPrompts.tipOfTheDay';

function idList(x: unknown): string[] | undefined {
  if (!Array.isArray(x)) return undefined;
  // Keep the ids that can be read; drop the rest rather than losing the whole list.
  return x.filter((i): i is string => typeof i === 'string' && /^[a-z0-9-]{1,100}$/.test(i));
}

function tipOfTheDayState(x: unknown): TipOfTheDayState | undefined {
  const s = x as TipOfTheDayState;
  return typeof s === 'object' && s !== null && typeof s.date === 'string' && typeof s.id === 'string' && Array.isArray(s.shown) ? { date: s.date, id: s.id, shown: idList(s.shown) ?? [] } : undefined;
}

/** Favourites, tried tips and the tip-of-the-day round, in global state synced by Settings Sync. */
export class TipMarks {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }, private readonly log?: vscode.LogOutputChannel) {
    state.setKeysForSync([FAVOURITES, TRIED, TIP_OF_THE_DAY]);
  }

  favourites(): string[] {
    return readStored(this.state, FAVOURITES, idList, [], this.log);
  }
  tried(): string[] {
    return readStored(this.state, TRIED, idList, [], this.log);
  }
  async toggleFavourite(id: string): Promise<boolean> {
    return this.toggle(FAVOURITES, this.favourites(), id);
  }
  async toggleTried(id: string): Promise<boolean> {
    return this.toggle(TRIED, this.tried(), id);
  }
  tipOfTheDay(): TipOfTheDayState | undefined {
    return readStored<TipOfTheDayState | undefined>(this.state, TIP_OF_THE_DAY, tipOfTheDayState, undefined, this.log);
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
