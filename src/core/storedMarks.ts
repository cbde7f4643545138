import type { TipOfTheDayState } from './tipOfTheDay';
import { isRecord } from '../shared/records';

// Readers for what the extension keeps in global state (favourites, tried tips, the tip of
// the day). Stored state outlives versions and can be edited or corrupted by hand or by sync:
// each reader takes anything, never throws, and keeps what it can read.

const TIP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a reader made of a stored value: the value, and whether all of it could be read. */
export interface Reading<T> {
  value: T;
  complete: boolean;
}

function isTipId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && TIP_ID.test(x);
}

/** A list of tip ids: the readable ids (each once), or nothing when it is not a list at all. */
export function readIdList(x: unknown): Reading<string[]> | undefined {
  if (!Array.isArray(x)) return undefined;
  const ids = [...new Set(x.filter(isTipId))];
  return { value: ids, complete: ids.length === x.length };
}

/** The tip-of-the-day round; a round whose `shown` list is partly unreadable keeps the rest. */
export function readTipOfTheDay(s: unknown): Reading<TipOfTheDayState> | undefined {
  if (!isRecord(s)) return undefined;
  const keys = Object.keys(s);
  if (typeof s.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s.date) || !isTipId(s.id)) return undefined;
  const shown = readIdList(s.shown);
  if (!shown) return undefined;
  return { value: { date: s.date, id: s.id, shown: shown.value }, complete: shown.complete && keys.length === 3 };
}
