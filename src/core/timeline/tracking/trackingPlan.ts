import { sheetPlan, type SheetPlan } from '../../plan';
import type { GanttSpan, TrackingLayout, TrackingOptions } from '../types';
import { ganttPlan } from './ganttPlan';
import { statusRules } from './statusRules';
import { summaryBlock } from './summaryBlock';

export type { TrackingOptions } from '../types';

/** Status, summaries and the Gantt, all on. */
export const DEFAULT_TRACKING: TrackingOptions = { gantt: true, ganttMaxDays: 70 };

/**
 * Status drop-downs, the overdue rule, per-phase and per-department summaries, the owner-load
 * flag and the Gantt, as one plan fragment for the team's sheet. All native: a colleague without
 * the add-in sees the same picture.
 * @example trackingPlan(layout, { gantt: false, ganttMaxDays: 0 }).needsCalendar // false
 */
export function trackingPlan(
  layout: TrackingLayout,
  options: TrackingOptions = DEFAULT_TRACKING,
): {
  readonly plan: SheetPlan;
  /** Whether the Gantt shades days off from the 工作日历 sheet. */
  readonly needsCalendar: boolean;
  readonly gantt: GanttSpan | null;
  /** The last row anything of the plan reaches, for the print area. */
  readonly lastRow: number;
} {
  const summary = summaryBlock(layout);
  const status = statusRules(layout, summary.limit?.ref ?? null);
  const plan: SheetPlan = {
    ...sheetPlan(layout.ts.sheet),
    // The summary's rows move as phases come and go: a look an earlier run gave goes first.
    clearFormats: [...status.clearFormats, summary.box],
    blocks: [summary.block],
    numberFormats: summary.numberFormats,
    conditionalFormats: status.conditionalFormats,
    validations: status.validations,
    inputs: summary.limit ? [summary.limit.input] : [],
    styles: summary.styles,
    owned: [summary.box],
    columnWidths: summary.widths,
  };
  const lastRow = Math.max(layout.extent, summary.box.row + summary.box.rows - 1);
  if (!options.gantt) return { plan, needsCalendar: false, gantt: null, lastRow };
  const gantt = ganttPlan(layout, options);
  return {
    plan: {
      ...plan,
      clearFormats: [...plan.clearFormats, gantt.clear],
      blocks: [...plan.blocks, ...gantt.blocks],
      numberFormats: [...plan.numberFormats, ...gantt.numberFormats],
      // Bars first: they win over the today and non-working-day shading (first rule = top priority).
      conditionalFormats: [...gantt.conditionalFormats, ...plan.conditionalFormats],
      columnWidths: [...plan.columnWidths, ...gantt.columnWidths],
      owned: [...plan.owned, gantt.box],
      styles: [...plan.styles, ...gantt.styles],
    },
    needsCalendar: true,
    gantt: { col: gantt.box.col, days: gantt.days },
    lastRow,
  };
}
