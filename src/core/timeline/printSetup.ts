import { weekday } from '../calendar/serial';
import type { SheetPlan } from '../plan';
import type { GanttSpan } from './types';

/** Days of the Gantt a printed page holds at most: two weeks beside the repeated task columns. */
const DAYS_A_PAGE = 14;

/** What the print setup needs to know of where the run put things. */
export interface PrintPlace {
  /** The last row of the table (and of the planned columns). */
  readonly extent: number;
  readonly headerRow: number;
  /** The task column, repeated on every page with the columns left of it; none when far right. */
  readonly taskCol: number | undefined;
  /** The Gantt and the rows it reaches: its first row (legend, labels) and its last. */
  readonly tracking: {
    readonly gantt: GanttSpan | null;
    readonly firstDay: number | null;
    readonly top: number | null;
    readonly lastRow: number;
  } | null;
  /** Without a Gantt, the column after the last one the plan writes. */
  readonly end: number;
}

/**
 * How the team's sheet prints: on A4 in landscape at 100 % (never shrunk: text stays the size it
 * is on screen), the header rows (with the Gantt's labels and legend above them) and the columns
 * up to the task repeated on every page, the table on the first pages and the Gantt after it, two
 * weeks a page, broken on Mondays. From A1 down past the table, the block and the Gantt's rows.
 * @example printSetup(place).colBreaks // [10, 23, 37]
 */
export function printSetup(place: PrintPlace): NonNullable<SheetPlan['print']> {
  const { extent, headerRow, taskCol, tracking } = place;
  const gantt = tracking?.gantt ?? null;
  const cols = gantt ? gantt.col + gantt.days : place.end;
  const top = Math.min(headerRow, tracking?.top ?? headerRow);
  return {
    landscape: true,
    fitToWidth: false,
    paper: 'a4',
    area: { row: 0, col: 0, rows: Math.max(extent, tracking?.lastRow ?? 0) + 1, cols },
    titleRows: { first: top, last: headerRow },
    titleCols: taskCol !== undefined && taskCol <= 5 ? { first: 0, last: taskCol } : null,
    colBreaks: gantt && tracking?.firstDay != null ? weekBreaks(gantt, tracking.firstDay) : [],
  };
}

/**
 * Page breaks before the Gantt's first day and then on Mondays, each page at most two weeks.
 * @example weekBreaks({ col: 10, days: 37 }, 46329) // [10, 23, 37] (11-03 a Tuesday)
 */
export function weekBreaks(gantt: GanttSpan, firstDay: number): number[] {
  const breaks = [gantt.col];
  let start = 0;
  for (let i = 1; i < gantt.days; i++) {
    if (weekday(firstDay + i) !== 1 || i + 7 - start <= DAYS_A_PAGE) continue;
    breaks.push(gantt.col + i);
    start = i;
  }
  return breaks;
}
