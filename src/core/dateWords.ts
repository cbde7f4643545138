// Names of days and months in the display language, through the Localizer port: the same
// words the status bar, the weekly summary, the ranking's reasons and the notes use.
import type { Localizer } from '../shared/localizer';
import type { DayKey, RhythmDay } from '../shared/settings';
import { DAY_KEYS } from './calendar';

/** `Thursday`: a day's full name. */
export function dayName(day: DayKey, l10n: Localizer): string {
  switch (day) {
    case 'mon': return l10n.t('Monday');
    case 'tue': return l10n.t('Tuesday');
    case 'wed': return l10n.t('Wednesday');
    case 'thu': return l10n.t('Thursday');
    case 'fri': return l10n.t('Friday');
    case 'sat': return l10n.t('Saturday');
    case 'sun': return l10n.t('Sunday');
  }
}

/** `Thu`: a day's short name. */
export function dayLabel(day: DayKey, l10n: Localizer): string {
  switch (day) {
    case 'mon': return l10n.t('Mon');
    case 'tue': return l10n.t('Tue');
    case 'wed': return l10n.t('Wed');
    case 'thu': return l10n.t('Thu');
    case 'fri': return l10n.t('Fri');
    case 'sat': return l10n.t('Sat');
    case 'sun': return l10n.t('Sun');
  }
}

/** `Nov`: a month's short name; `month` counts from 0, as Date.getMonth() does. */
function monthLabel(month: number, l10n: Localizer): string {
  switch (month) {
    case 0: return l10n.t('Jan');
    case 1: return l10n.t('Feb');
    case 2: return l10n.t('Mar');
    case 3: return l10n.t('Apr');
    case 4: return l10n.t('May');
    case 5: return l10n.t('Jun');
    case 6: return l10n.t('Jul');
    case 7: return l10n.t('Aug');
    case 8: return l10n.t('Sep');
    case 9: return l10n.t('Oct');
    case 10: return l10n.t('Nov');
    default: return l10n.t('Dec');
  }
}

/** `Thu 19 Nov` in English: weekday, day of the month and month, in the order the language writes them. */
export function shortDateOf(d: Date, l10n: Localizer): string {
  return l10n.t({
    message: '{0} {1} {2}',
    args: [dayLabel(DAY_KEYS[d.getDay()], l10n), d.getDate(), monthLabel(d.getMonth(), l10n)],
    comment: ['A short date: weekday, day of the month, month, e.g. "Thu 19 Nov"'],
  });
}

/** The name of the rhythm a day follows, as the weekly summary shows it under the day. */
export function rhythmLabel(rhythm: RhythmDay, l10n: Localizer): string {
  switch (rhythm) {
    case 'manage': return l10n.t({ message: 'manage', comment: ['A day of the weekly rhythm for execution and process'] });
    case 'lead': return l10n.t({ message: 'lead', comment: ['A day of the weekly rhythm for vision, coaching and team health'] });
    case 'off': return l10n.t({ message: 'off', comment: ['A day off in the weekly rhythm'] });
  }
}
