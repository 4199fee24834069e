import type { SheetPlan } from '../plan';
import type { GanttSpan } from './types';

/**
 * How the team's sheet prints: landscape and one page wide, as a Gantt reads; from A1 down past
 * the table and the summary, across to the Gantt's last day, or without a Gantt to `end`: the
 * milestone block's end, or the planned columns' when the block is left of them.
 * @example printSetup(30, { gantt: { col: 20, days: 37 }, lastRow: 30 }, 19).area // { row: 0, col: 0, rows: 31, cols: 57 }
 */
export function printSetup(
  extent: number,
  tracking: { readonly gantt: GanttSpan | null; readonly lastRow: number } | null,
  end: number,
): NonNullable<SheetPlan['print']> {
  const cols = tracking?.gantt ? tracking.gantt.col + tracking.gantt.days : end;
  return {
    landscape: true,
    fitToWidth: true,
    area: { row: 0, col: 0, rows: Math.max(extent, tracking?.lastRow ?? 0) + 1, cols },
  };
}
