import { sheetPlan, type SheetPlan } from '../../plan';
import type { GanttSpan, TrackingLayout, TrackingOptions } from '../types';
import { ganttPlan } from './ganttPlan';
import { sameDayLimit } from './sameDayLimit';
import { statusRules } from './statusRules';
import { summarySheet } from './summarySheet';

export type { TrackingOptions } from '../types';

/** Status, summaries and the Gantt, all on. */
export const DEFAULT_TRACKING: TrackingOptions = { gantt: true, ganttMaxDays: 70 };

/**
 * Status drop-downs, the overdue rule, the owner-load flag against the same-day limit (the
 * milestone block's last row), the Gantt on the team's sheet, and the per-phase and
 * per-department summary on its own sheet. All native: a colleague without the add-in sees the
 * same picture.
 * @example trackingPlan(layout, { gantt: false, ganttMaxDays: 0 }).needsCalendar // false
 */
export function trackingPlan(
  layout: TrackingLayout,
  options: TrackingOptions = DEFAULT_TRACKING,
): {
  readonly plan: SheetPlan;
  /** The summary sheet; null when no task has a phase or a department. */
  readonly summary: SheetPlan | null;
  /** Whether the Gantt shades days off from the 工作日历 sheet. */
  readonly needsCalendar: boolean;
  readonly gantt: GanttSpan | null;
  /** The Gantt's first row (its legend or labels above the day row), for the print titles. */
  readonly top: number | null;
  /** The serial of the Gantt's first day, for the page breaks by weeks. */
  readonly firstDay: number | null;
  /** The last row anything of the plan reaches, for the print area. */
  readonly lastRow: number;
} {
  const limit =
    layout.ts.mapping.owner === undefined
      ? null
      : sameDayLimit(layout.grid, layout.limitAt, layout.limitBefore ? [layout.limitBefore] : []);
  const status = statusRules(layout, limit?.ref ?? null);
  const plan: SheetPlan = {
    ...sheetPlan(layout.ts.sheet),
    clearFormats: status.clearFormats,
    blocks: limit ? [limit.block] : [],
    conditionalFormats: status.conditionalFormats,
    validations: status.validations,
    inputs: limit ? [limit.input] : [],
    styles: limit ? [limit.style] : [],
    // The limit's row (同日上限 | 3) is the add-in's, as the block above it is.
    owned: limit ? [{ ...layout.limitAt, rows: 1, cols: 2 }] : [],
  };
  const summary = summarySheet(layout);
  const lastRow = Math.max(layout.extent, layout.blockBox.row + layout.blockBox.rows - 1);
  if (!options.gantt)
    return { plan, summary, needsCalendar: false, gantt: null, top: null, firstDay: null, lastRow };
  const gantt = ganttPlan(layout, options);
  return {
    plan: {
      ...plan,
      clearFormats: [...plan.clearFormats, ...gantt.clears],
      blocks: [...plan.blocks, ...gantt.blocks],
      numberFormats: gantt.numberFormats,
      // Bars first: they win over the today and non-working-day shading (first rule = top priority).
      conditionalFormats: [...gantt.conditionalFormats, ...plan.conditionalFormats],
      columnWidths: gantt.columnWidths,
      owned: [...plan.owned, gantt.box],
      styles: [...plan.styles, ...gantt.styles],
    },
    summary,
    needsCalendar: true,
    gantt: { col: gantt.box.col, days: gantt.days },
    top: gantt.top,
    firstDay: gantt.firstDay,
    lastRow: Math.max(lastRow, gantt.box.row + gantt.box.rows - 1),
  };
}
