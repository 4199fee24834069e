import { isWorkingDay } from '../../calendar/chinaHolidays';
import { MINUTES_PER_DAY } from '../../calendar/serial';

/** How a reused date is counted from its milestone. */
export type ReuseUnit = 'day' | 'workday' | 'minute';

/** A date as a distance from a milestone: what `relativePhrase` writes, and what it means. */
export interface RelativeDate {
  readonly milestone: string;
  readonly unit: ReuseUnit;
  /** Signed: negative before the milestone, positive after; minutes for `minute`. */
  readonly amount: number;
  /** The deadline text, in the team's own language (`开团前12天`). */
  readonly phrase: string;
}

/** Working days strictly after `from` up to and including `to` (`from` < `to`), both whole days. */
function workdaysBetween(from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isWorkingDay(d)) n++;
  return n;
}

/**
 * The working days from a milestone's day to a date, signed, when the date is a working day and
 * not the milestone's own day: the count `evaluateDeadline` walks back, so `报名前3个工作日` lands
 * on this very date again. Null when the date is a day off (it has no working-day distance).
 */
export function workdayOffset(date: number, milestone: number): number | null {
  const day = Math.floor(date);
  const m = Math.floor(milestone);
  if (day === m || !isWorkingDay(day)) return null;
  // Before: working days in [day, m−1]; after: working days in [m+1, day].
  return day < m ? -workdaysBetween(day - 1, m - 1) : workdaysBetween(m, day);
}

const side = (amount: number) => (amount < 0 ? '前' : '后');

/**
 * A typed date as a deadline on a milestone, so it keeps its distance when the milestone moves:
 * a date with a time of day counts minutes (whole hours as 小时), since the gap to a 20:00 开团 is
 * what the team planned; a whole day counts calendar days, or working days when `workdays` is set
 * and the date is a working day (a day off has no working-day distance, so it stays in days).
 * @example relativePhrase(46325, '开团', 46337.8333, false).phrase // '开团前12天'
 */
export function relativePhrase(
  date: number,
  milestone: string,
  at: number,
  workdays: boolean,
): RelativeDate {
  if (!Number.isInteger(roundMinutes(date) / MINUTES_PER_DAY)) {
    const minutes = roundMinutes(date) - roundMinutes(at);
    const abs = Math.abs(minutes);
    // At the milestone itself: 0分钟 counts from its time; 当天 would drop the time of day.
    const phrase =
      abs % 60 === 0 && abs > 0
        ? `${milestone}${side(minutes)}${abs / 60}小时`
        : `${milestone}${side(minutes)}${abs}分钟`;
    return { milestone, unit: 'minute', amount: minutes, phrase };
  }
  const day = Math.floor(date);
  const work = workdays ? workdayOffset(day, at) : null;
  if (work !== null)
    return {
      milestone,
      unit: 'workday',
      amount: work,
      phrase: `${milestone}${side(work)}${Math.abs(work)}个工作日`,
    };
  const days = day - Math.floor(at);
  const phrase = days === 0 ? `${milestone}当天` : `${milestone}${side(days)}${Math.abs(days)}天`;
  return { milestone, unit: 'day', amount: days, phrase };
}

/** A serial in whole minutes: typed times are minutes, and float sums must not split one. */
const roundMinutes = (serial: number) => Math.round(serial * MINUTES_PER_DAY);
