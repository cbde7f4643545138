/** How often, in days, a manager means to meet a person: the setting's and a profile's bounds (CONTRACT.md: 1–90). */
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 90;
export const DEFAULT_CADENCE_DAYS = 14;
