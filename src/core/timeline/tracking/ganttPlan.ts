import { lastColWithContent } from '../../grid';
import type { RangeBox } from '../../a1';
import type { Block, ColumnWidth, ConditionalFormat, NumberFormat, Style } from '../../plan';
import type { TrackingLayout, TrackingOptions } from '../types';
import { RULE_ROWS } from './_lib/ranges';
import { actualDates } from './actualRules';
import { ganttHeader } from './ganttHeader';
import { ganttRules } from './ganttRules';
import { summaryColumn, summaryWidth } from './summaryBlock';

/** The in-sheet Gantt: its cells, formats and rules, where it sits, and what a run clears first. */
export interface GanttPart {
  readonly blocks: readonly Block[];
  /** The region it owns: the month row (or the header row) down to the last planned row. */
  readonly box: RangeBox;
  /** Rules cleared first, over the widest Gantt, so a narrower run leaves nothing of a wider one. */
  readonly clear: RangeBox;
  readonly days: number;
  readonly numberFormats: readonly NumberFormat[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly styles: readonly Style[];
}

/**
 * Where the Gantt's first day goes: one blank column right of everything else the plan or the
 * team's table uses (the table, the planned columns, the milestone block and the summary). A
 * block the team typed in column A is not what the Gantt is placed from.
 * @example ganttColumn({ ...layout, ts: { lastCol: 6 }, startCol: 7, dueCol: 8, blockAt: { row: 1, col: 0 }, blockWidth: 5 }) // 17
 */
export function ganttColumn(
  layout: Pick<TrackingLayout, 'ts' | 'startCol' | 'dueCol' | 'blockAt' | 'blockWidth' | 'actuals'>,
): number {
  const { ts, startCol, dueCol, blockAt, blockWidth } = layout;
  const lastUsed = Math.max(
    ts.lastCol,
    startCol,
    dueCol,
    layout.actuals?.deviationCol ?? -1,
    blockAt.col + blockWidth - 1,
    summaryColumn(layout) + summaryWidth(layout) - 1,
  );
  return lastUsed + 2;
}

/**
 * Day columns right of the milestone block and the summary, headed by formulas off the main
 * milestone, with bar rules. As many days as the plan spans (a day either side), at most
 * `ganttMaxDays`.
 * @example ganttPlan(layout, { gantt: true, ganttMaxDays: 70 }).days // 37
 */
export function ganttPlan(layout: TrackingLayout, options: TrackingOptions): GanttPart {
  const { grid, ts, extent, schedule, main } = layout;
  const gcol = ganttColumn(layout);
  const planned = schedule.flatMap((t) => [t.start, t.due]).filter((v): v is number => v !== null);
  // A late finish shows in full: the days reach the actual dates too.
  const dates = [...planned, ...actualDates(layout)];
  const firstDay = Math.floor(Math.min(main.value, ...dates)) - 1;
  const lastDay = Math.floor(Math.max(main.value, ...dates)) + 1;
  const days = Math.max(1, Math.min(lastDay - firstDay + 1, options.ganttMaxDays));
  const head = ts.headerRow;
  const stale = Math.max(0, lastColWithContent(grid, head, gcol) - (gcol + days - 1));
  const offset = Math.floor(main.value) - firstDay;
  const headerRange: RangeBox = { row: head, col: gcol, rows: 1, cols: days };
  const bars: RangeBox = { row: head + 1, col: gcol, rows: Math.max(extent - head, 1), cols: days };
  const top = Math.max(head - 1, 0);
  return {
    blocks: ganttHeader(
      grid,
      { row: head, col: gcol, days, stale },
      { address: main.address, offset },
    ),
    box: { row: top, col: gcol, rows: extent - top + 1, cols: days },
    clear: {
      row: head,
      col: gcol,
      rows: RULE_ROWS,
      cols: Math.max(options.ganttMaxDays, days + stale),
    },
    days,
    numberFormats: [{ range: headerRange, format: 'd' }],
    conditionalFormats: ganttRules(layout, bars, headerRange),
    columnWidths: Array.from({ length: days }, (_, i) => ({ col: gcol + i, width: 3.3 })),
    styles: [{ range: headerRange, align: 'center' as const }],
  };
}
