/** What is remembered between days: today's pick and every tip shown in the current round. */
export interface TipOfTheDayState {
  date: string;
  id: string;
  shown: string[];
}

/**
 * Today's tip: the same all day; a new day picks a tip not yet shown in this round, and a
 * round ends only when every tip has been shown. `random` is injected so tests are exact.
 */
export function pickTipOfTheDay(ids: readonly string[], today: string, previous: TipOfTheDayState | undefined, random: () => number = Math.random): TipOfTheDayState | undefined {
  if (ids.length === 0) return undefined;
  const known = new Set(ids);
  if (previous && previous.date === today && known.has(previous.id)) return previous;
  let shown = (previous?.shown ?? []).filter((id) => known.has(id));
  let candidates = ids.filter((id) => !shown.includes(id));
  if (candidates.length === 0) {
    shown = [];
    // A new round never opens with yesterday's tip.
    candidates = ids.length > 1 ? ids.filter((id) => id !== previous?.id) : [...ids];
  }
  const id = candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))];
  return { date: today, id, shown: [...shown, id] };
}
