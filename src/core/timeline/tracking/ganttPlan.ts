import { lastColWithContent } from '../../grid';
import type { RangeBox } from '../../a1';
import {
  blank,
  block,
  type Block,
  type PlanCell,
  type ColumnWidth,
  type ConditionalFormat,
  type NumberFormat,
  type Style,
} from '../../plan';
import type { TrackingLayout, TrackingOptions } from '../types';
import { DAY_WIDTH } from './_lib/dayColumns';
import { RULE_ROWS } from './_lib/ranges';
import { actualDates } from './actualRules';
import { ganttHeader } from './ganttHeader';
import { ganttLabels } from './ganttLabels';
import { ganttLegend } from './ganttLegend';
import { ganttRows } from './ganttRows';
import { ganttRules } from './ganttRules';

/** The in-sheet Gantt: its cells, formats and rules, where it sits, and what a run clears first. */
export interface GanttPart {
  readonly blocks: readonly Block[];
  /** The region it owns: its label and legend rows, the day row and the task rows. */
  readonly box: RangeBox;
  /** Rules and fills cleared first, over the widest Gantt, so a narrower run leaves nothing of a wider one. */
  readonly clears: readonly RangeBox[];
  readonly days: number;
  /** The serial of the first day shown. */
  readonly firstDay: number;
  /** The rows above the day row it writes (labels, legend), for the print titles. */
  readonly top: number;
  readonly numberFormats: readonly NumberFormat[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly styles: readonly Style[];
}

/**
 * Where the Gantt's first day goes: right after the team's table and the planned columns, so the
 * bars sit beside the tasks. A milestone block an earlier version laid out across a row right of
 * the table keeps its place, and the days start after it (narrow day columns would cut its dates).
 * @example ganttColumn({ ...layout, ts: { lastCol: 6 }, startCol: 7, dueCol: 8, blockBox: { row: 30, col: 7, rows: 4, cols: 2 } }) // 9
 */
export function ganttColumn(
  layout: Pick<TrackingLayout, 'ts' | 'startCol' | 'dueCol' | 'blockBox' | 'actuals'>,
): number {
  const { ts, startCol, dueCol, blockBox } = layout;
  const acrossRow = blockBox.cols > 2 && blockBox.col > ts.lastCol;
  return (
    Math.max(
      ts.lastCol,
      startCol,
      dueCol,
      layout.actuals?.deviationCol ?? -1,
      ts.owned.original ?? -1,
      acrossRow ? blockBox.col + blockBox.cols - 1 : -1,
    ) + 1
  );
}

/**
 * Day columns beside the planned columns, headed by formulas off the main milestone, with bar
 * rules, a label row (weeks, months, milestones) and a legend. As many days as the plan spans (a
 * day either side), at most `ganttMaxDays`.
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
  // Columns the add-in took since an earlier run put its days there (原时间): their label,
  // legend and rules go too.
  const from = Math.min(
    gcol,
    Math.max(layout.startCol, layout.dueCol, layout.actuals?.deviationCol ?? -1) + 1,
  );
  const lead = Array<PlanCell>(gcol - from).fill(blank);
  const width = days + stale;
  const rows = ganttRows(grid, { head, extent, col: from, width: width + lead.length });
  const headerRange: RangeBox = { row: head, col: gcol, rows: 1, cols: days };
  const bars: RangeBox = { row: head + 1, col: gcol, rows: Math.max(extent - head, 1), cols: days };
  const offset = Math.floor(main.value) - firstDay;
  const blocks = [ganttHeader({ row: head, col: gcol, days, stale }, { ...main, offset })];
  if (rows.labels !== null) {
    const at = { head, col: gcol, days, firstDay, stale };
    const labels = ganttLabels(at, layout.milestones);
    blocks.push(block({ row: rows.labels, col: from }, [[...lead, ...labels]]));
  }
  const legend =
    rows.legend === null ? null : ganttLegend(layout, { row: rows.legend, col: gcol, width });
  if (legend && rows.legend !== null)
    blocks.push(block({ row: rows.legend, col: gcol }, [legend.cells]));
  const used = [head, extent, rows.labels ?? head, rows.legend ?? head];
  const top = Math.min(...used);
  const wide = Math.max(options.ganttMaxDays, width) + lead.length;
  return {
    blocks,
    box: { row: top, col: gcol, rows: Math.max(...used) - top + 1, cols: days },
    clears: [
      { row: head, col: from, rows: RULE_ROWS, cols: wide },
      ...(rows.legend === null ? [] : [{ row: rows.legend, col: from, rows: 1, cols: wide }]),
    ],
    days,
    firstDay,
    top,
    numberFormats: [{ range: headerRange, format: 'd' }],
    conditionalFormats: ganttRules(layout, bars, headerRange),
    columnWidths: Array.from({ length: days }, (_, i) => ({ col: gcol + i, width: DAY_WIDTH })),
    styles: [{ range: headerRange, align: 'center' as const }, ...(legend?.styles ?? [])],
  };
}
