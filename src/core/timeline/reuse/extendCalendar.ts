import { LAST_DATA_YEAR } from '../../calendar/chinaHolidays';
import { fromSerial, toSerial } from '../../calendar/serial';
import { CALENDAR_LAST_ROW, CALENDAR_SHEET, calendarRow } from '../../calendar/workCalendar';
import type { Grid } from '../../grid';
import type { Issue } from '../../issues';
import { block, sheetPlan, type SheetPlan } from '../../plan';
import { editGrid } from './editGrid';

/** What appending the next campaign's years to a workbook's 工作日历 writes and reads. */
export interface CalendarExtension {
  /** The days appended, as a plan for the 工作日历 sheet. */
  readonly plan: SheetPlan;
  /** The calendar as it reads once appended, for the timeline to count on. */
  readonly calendar: Grid;
  readonly issues: readonly Issue[];
}

/** The last date in the calendar's first column and its sheet row. */
function lastDay(calendar: Grid): { day: number; row: number } | null {
  let last: { day: number; row: number } | null = null;
  calendar.values.forEach((line, r) => {
    const v = line[0];
    if (typeof v === 'number' && (!last || v > last.day))
      last = { day: v, row: calendar.origin.row + r };
  });
  return last;
}

/**
 * The workbook's 工作日历 grown through `lastYear`, when it ends before: a finished plan's calendar
 * stops at the old campaign, and the next one's 工作日 deadlines would find no day to count on.
 * Days are appended below the last, with the running count carried on; the team's rows stay as
 * they are. Null when the calendar already reaches the year, or has no date to follow.
 * @example extendCalendar(calendar2026, 2027)?.plan.blocks[0]?.cells.length // 365
 */
export function extendCalendar(calendar: Grid, lastYear: number): CalendarExtension | null {
  const last = lastDay(calendar);
  // Never past the holiday data: those years' working days show 日历缺 and the timeline warns.
  const upTo = Math.min(lastYear, LAST_DATA_YEAR);
  if (!last || fromSerial(last.day).year >= upTo || calendar.origin.col !== 0) return null;
  const end = toSerial({ year: upTo, month: 12, day: 31 });
  const at = { row: last.row + 1, col: 0 };
  // Sheet rows are 0-based here and 1-based in the formulas; the formulas reach CALENDAR_LAST_ROW.
  const days = Array.from(
    { length: Math.min(end - Math.floor(last.day), CALENDAR_LAST_ROW - at.row) },
    (_, i) => Math.floor(last.day) + 1 + i,
  );
  if (days.length === 0) return null;
  const rows = days.map((d, i) => calendarRow(d, at.row + i + 1));
  const plan: SheetPlan = {
    ...sheetPlan(CALENDAR_SHEET),
    blocks: [block(at, rows)],
    numberFormats: [{ range: { ...at, rows: rows.length, cols: 1 }, format: 'yyyy-mm-dd' }],
  };
  const edits = days.map((d, i) => ({ row: at.row + i, col: 0, value: d }));
  return { plan, calendar: editGrid(calendar, edits), issues: [] };
}

/**
 * The last year the next campaign reaches: its latest milestone, or a moved date's distance past
 * it, plus a month for working days that step over holidays.
 */
export function reuseLastYear(
  to: Readonly<Record<string, number>>,
  moved: readonly { readonly date: number; readonly relative: { readonly milestone: string } }[],
  from: Readonly<Record<string, number>>,
): number {
  const landing = moved.map(
    (m) => (to[m.relative.milestone] ?? 0) + m.date - (from[m.relative.milestone] ?? 0),
  );
  return fromSerial(Math.max(...Object.values(to), ...landing) + 31).year;
}
