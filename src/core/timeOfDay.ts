import type { Localizer } from '../shared/localizer';

const HH_MM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** 'HH:MM' (24-hour) as minutes after midnight; undefined for anything else. */
export function parseTimeOfDay(x: unknown): number | undefined {
  if (typeof x !== 'string') return undefined;
  const m = HH_MM.exec(x.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function formatTimeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A duration for people: `0m`, `45m`, `6h`, `2h 10m` (in English). */
export function formatMinutes(minutes: number, l10n: Localizer): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return l10n.t({ message: '{0}m', args: [rest], comment: ['A duration in minutes, short: "45m"'] });
  return rest === 0
    ? l10n.t({ message: '{0}h', args: [h], comment: ['A duration in whole hours, short: "6h"'] })
    : l10n.t({ message: '{0}h {1}m', args: [h, rest], comment: ['A duration in hours and minutes, short: "2h 10m"'] });
}

/** A countdown: `24:05`, or `1:02:05` past an hour. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * What a person types for a duration: `90`, `45m`, `1h`, `1h 30m`, `1:30`, `1.5h`.
 * Whole minutes, or undefined when it cannot be read.
 */
export function parseDurationText(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,5})\s*(m|min|mins|minutes?)?$/.exec(s))) return Number(m[1]);
  if ((m = /^(\d{1,3}):([0-5]\d)$/.exec(s))) return Number(m[1]) * 60 + Number(m[2]);
  if ((m = /^(\d{1,3}(?:\.\d{1,2})?)\s*(h|hr|hrs|hours?)$/.exec(s))) {
    const minutes = Number(m[1]) * 60;
    return Number.isInteger(minutes) ? minutes : undefined;
  }
  if ((m = /^(\d{1,3})\s*(?:h|hr|hrs|hours?)\s*(\d{1,2})\s*(m|min|mins|minutes?)?$/.exec(s)) && Number(m[2]) < 60) return Number(m[1]) * 60 + Number(m[2]);
  return undefined;
}
