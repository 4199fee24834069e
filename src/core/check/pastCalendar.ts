import { cellAddress, parseCell } from '../a1';
import { LAST_DATA_YEAR } from '../calendar/chinaHolidays';
import { formatSerial, fromSerial, toSerial } from '../calendar/serial';
import type { Grid } from '../grid';
import { issue } from '../issues';
import type { TimelineResult } from '../timeline/generateTimeline';
import type { Finding } from './types';

/**
 * The last day the working-day calendar knows: the last date in the team's 工作日历 sheet, or
 * 31 December of the last year of the holiday data the add-in ships.
 * @example calendarEnd(null) // 31 December of LAST_DATA_YEAR, as a serial
 */
export function calendarEnd(calendar: Grid | null): number {
  let last = 0;
  for (const line of calendar?.values ?? [])
    if (typeof line[0] === 'number' && line[0] > last) last = line[0];
  return last > 0 ? Math.floor(last) : toSerial({ year: LAST_DATA_YEAR, month: 12, day: 31 });
}

/**
 * Milestones and planned dates past the calendar's data: working days after its last day cannot
 * be counted (Excel's WORKDAY cannot know next year's 调休), so such a date may be wrong. One
 * finding a cell: each milestone past it, each 计划开始 / 计划截止 past it. No mend: the team
 * extends the 工作日历 once the official holidays are out, or moves the date.
 * @example pastCalendar(timeline, calendarEnd(null))[0]?.issue.code // 'CHECK_PAST_CALENDAR'
 */
export function pastCalendar(t: TimelineResult, end: number): Finding[] {
  const sheet = t.taskSheet.sheet;
  const past = (address: string, date: number): Finding => ({
    issue: issue(
      'CHECK_PAST_CALENDAR',
      'warning',
      { sheet, address },
      { date: formatSerial(Math.floor(date)), last: formatSerial(end), year: fromSerial(end).year },
    ),
  });
  const beyond = (d: number | null): d is number => d !== null && Math.floor(d) > end;
  const milestones = t.milestones.flatMap((m) =>
    m.source === 'block' && m.address && beyond(m.value)
      ? [past(cellAddress(parseCell(m.address)), m.value)]
      : [],
  );
  const planned = t.schedule.flatMap((s) =>
    (
      [
        [t.columns.start, s.start],
        [t.columns.due, s.due],
      ] as const
    ).flatMap(([col, d]) => (beyond(d) ? [past(cellAddress({ row: s.task.row, col }), d)] : [])),
  );
  return [...milestones, ...planned];
}
