import { isWorkingDay } from '../calendar/chinaHolidays';
import { weekday } from '../calendar/serial';
import type { Deadline } from './deadline';

/** The Nth working day before (sign −1) or after (+1) a day, as the 工作日历 formulas count. */
function workdays(day: number, sign: -1 | 1, n: number): number {
  let d = day;
  for (let left = n; left > 0;) {
    d += sign;
    // Past the holiday data the cell shows 日历缺<year>; this Monday–Friday estimate only places
    // the task for the Gantt's span and the checks, and is never written as a date.
    const wd = weekday(d);
    if (isWorkingDay(d) ?? (wd !== 0 && wd !== 6)) left--;
  }
  return d;
}

function offset(
  m: number,
  sign: -1 | 1,
  unit: 'day' | 'hour' | 'minute' | 'workday',
  n: number,
): number {
  switch (unit) {
    case 'day':
      return Math.floor(m) + sign * n;
    case 'hour':
      return m + (sign * n) / 24;
    case 'minute':
      return m + (sign * n) / 1440;
    case 'workday':
      return workdays(Math.floor(m), sign, n);
  }
}

/**
 * The start and due serials of a datable deadline on a milestone's value: what its formulas show.
 * @example evaluateDeadline(parseDeadline('开团后25分钟'), 开团) // { start: 开团 + 25/1440, due: 开团 + 25/1440 }
 */
export function evaluateDeadline(
  d: Exclude<Deadline, { kind: 'undatable' }>,
  milestone: number,
): { start: number; due: number } {
  if (d.kind === 'sameDay') {
    const v = Math.floor(milestone) + (d.hour === null ? 0 : d.hour / 24 + d.minute / 1440);
    return { start: v, due: v };
  }
  const early = d.sign < 0 ? d.high : d.low;
  const late = d.sign < 0 ? d.low : d.high;
  return {
    start: offset(milestone, d.sign, d.unit, early),
    due: offset(milestone, d.sign, d.unit, late),
  };
}
