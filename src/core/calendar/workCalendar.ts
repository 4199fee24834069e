import { quoteSheetName } from '../a1';
import { block, formula, num, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';
import { dayKind } from './chinaHolidays';
import { fromSerial, toSerial, weekday } from './serial';

/** The helper sheet of working days that 工作日 formulas look up. */
export const CALENDAR_SHEET = '工作日历';
/** Rows the formulas reach, far past the data so a team can append next years by hand. */
export const CALENDAR_LAST_ROW = 8000;

const HEADER = ['日期', '工作日', '累计工作日', '说明'];

/** Absolute ranges of the calendar's date, working-day flag and running-count columns, for INDEX/MATCH. */
export function calendarRanges(): { dates: string; flags: string; counts: string } {
  const s = quoteSheetName(CALENDAR_SHEET);
  const column = (c: string) => `${s}!$${c}$2:$${c}$${CALENDAR_LAST_ROW}`;
  return { dates: column('A'), flags: column('B'), counts: column('C') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One day of the 工作日历 on its sheet row `r` (1-based): date, working-day flag, running count
 * and why. Shared with whatever appends days to a calendar, so both count alike.
 * @example calendarRow(46023, 2)[2] // { kind: 'formula', formula: '=B2', … }
 */
export function calendarRow(d: number, r: number): PlanCell[] {
  const p = fromSerial(d);
  // Only days of the holiday data: a guessed year would count 元旦 2027 as a working day.
  const kind = dayKind(`${p.year}-${pad(p.month)}-${pad(p.day)}`, weekday(d));
  return [
    num(d),
    num(kind.working ? 1 : 0),
    formula(r === 2 ? '=B2' : `=C${r - 1}+B${r}`),
    text(kind.note),
  ];
}

/**
 * The 工作日历 sheet for whole years: date, working-day flag (1/0, from the holiday data and
 * editable by the team), a running count of working days as a formula (so an edited flag moves
 * every 工作日 deadline), and why the day is off or on. Only years of the holiday data: a team
 * extends it by adding rows below, which the formulas reach up to `CALENDAR_LAST_ROW`. The sheet
 * is hidden so that printing the workbook prints the team's sheets only.
 * @example workCalendarPlan(2026, 2026).blocks[0].cells.length // 366: header and 365 days
 */
export function workCalendarPlan(firstYear: number, lastYear: number): SheetPlan {
  const start = toSerial({ year: firstYear, month: 1, day: 1 });
  const end = toSerial({ year: lastYear, month: 12, day: 31 });
  const rows: PlanCell[][] = [HEADER.map(text)];
  for (let d = start; d <= end; d++) {
    rows.push(calendarRow(d, rows.length + 1));
  }
  return {
    ...sheetPlan(CALENDAR_SHEET, true),
    // Hidden, not very hidden: a helper never prints with the workbook (Excel and LibreOffice
    // print visible sheets only), yet a team can unhide it (取消隐藏) to add next year's days.
    visibility: 'hidden',
    blocks: [block({ row: 0, col: 0 }, rows)],
    numberFormats: [
      { range: { row: 1, col: 0, rows: rows.length - 1, cols: 1 }, format: 'yyyy-mm-dd' },
    ],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: HEADER.length }, fill: '#DDEBF7', bold: true },
    ],
    conditionalFormats: [
      {
        range: { row: 1, col: 0, rows: rows.length - 1, cols: 4 },
        formula: '=$B2=0',
        fill: '#F2F2F2',
        fontColor: '#808080',
      },
    ],
    columnWidths: [
      { col: 0, width: 12 },
      { col: 1, width: 8 },
      { col: 2, width: 12 },
      { col: 3, width: 24 },
    ],
    freeze: { rows: 1, cols: 0 },
    owned: [],
  };
}
