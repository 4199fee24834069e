import { LAST_DATA_YEAR } from '../calendar/chinaHolidays';
import { fromSerial } from '../calendar/serial';
import { CALENDAR_SHEET, workCalendarPlan } from '../calendar/workCalendar';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import type { SheetPlan } from '../plan';

/** The first year of the holiday data: a calendar starting earlier would hold guesses only. */
const FIRST_CALENDAR_YEAR = 2004;

/**
 * The 工作日历 sheet a timeline needs when its formulas count working days or its Gantt shades
 * days off: written by the add-in when the workbook has none, from the year before the first
 * milestone to the last year of the holiday data (one package update of `chinese-days` brings
 * the next); a calendar the team has is theirs and is only read. Either way a warning names the
 * milestone years past the calendar's last date, where working-day dates show `日历缺2027`.
 * @example calendarNeed({ countsWorkdays: true, dates: [46337], teamCalendar: null }).sheets[0]?.sheet // '工作日历'
 */
export function calendarNeed(need: {
  readonly countsWorkdays: boolean;
  /** The milestones' dates. */
  readonly dates: readonly number[];
  readonly teamCalendar: Grid | null | undefined;
}): { readonly sheets: readonly SheetPlan[]; readonly issues: readonly Issue[] } {
  if (!need.countsWorkdays) return { sheets: [], issues: [] };
  const years = need.dates.map((d) => fromSerial(d).year);
  const last = Math.max(...years);
  if (need.teamCalendar) {
    const lastCalendarYear = calendarLastYear(need.teamCalendar);
    return {
      sheets: [],
      issues: last > lastCalendarYear ? [pastData(lastCalendarYear, last)] : [],
    };
  }
  // No row is a guess: a year the holiday data lacks stays out of the calendar, so its working
  // days show 日历缺 rather than count 元旦 as a working day.
  const firstYear = Math.max(FIRST_CALENDAR_YEAR, Math.min(Math.min(...years) - 1, LAST_DATA_YEAR));
  return {
    sheets: [workCalendarPlan(firstYear, LAST_DATA_YEAR)],
    issues: last > LAST_DATA_YEAR ? [pastData(LAST_DATA_YEAR, last)] : [],
  };
}

const pastData = (year: number, last: number) =>
  issue(
    'CALENDAR_YEAR_MISSING',
    'warning',
    { sheet: CALENDAR_SHEET },
    { year, years: yearsAfter(year, last) },
  );

const yearsAfter = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => from + 1 + i).join('、');

/** The year of the last date in a 工作日历 sheet's first column. */
function calendarLastYear(calendar: Grid): number {
  let last = 0;
  for (const line of calendar.values)
    if (typeof line[0] === 'number' && line[0] > last) last = line[0];
  return last > 0 ? fromSerial(last).year : 0;
}
