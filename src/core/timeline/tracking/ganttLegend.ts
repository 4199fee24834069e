import { blank, text, type PlanCell, type Style } from '../../plan';
import {
  DAY_OFF_FILL,
  GANTT_ACTUAL_ON_PLAN,
  GANTT_BARS,
  GANTT_OTHER_BAR,
  TODAY_FILL,
} from '../../plan/palette';
import { CRITICAL_BAR } from '../criticalPath';
import type { TrackingLayout } from '../types';
import { dayColumns } from './_lib/dayColumns';
import { barGroups } from './ganttRules';
import { LEGEND_MARKER } from './ganttRows';

/**
 * What each colour of the Gantt means, as the planner reads it: one swatch a department (or
 * phase), then today, days off, actual work and the critical path where the sheet has them.
 */
function legendItems(layout: TrackingLayout): { name: string; fill: string }[] {
  const { groups } = barGroups(layout);
  const bars = groups
    .slice(0, GANTT_BARS.length)
    .map((name, i) => ({ name, fill: GANTT_BARS[i]! }));
  const other = groups.length === 0 ? '计划' : groups.length > GANTT_BARS.length ? '其他' : null;
  const a = layout.actuals;
  return [
    ...bars,
    ...(other ? [{ name: other, fill: GANTT_OTHER_BAR }] : []),
    { name: '今天', fill: TODAY_FILL },
    { name: '休息日', fill: DAY_OFF_FILL },
    ...(a?.start !== undefined || a?.finish !== undefined
      ? [{ name: '实际', fill: GANTT_ACTUAL_ON_PLAN }]
      : []),
    ...(layout.ts.mapping.predecessors !== undefined
      ? [{ name: '关键路径', fill: CRITICAL_BAR }]
      : []),
  ];
}

/**
 * The legend row over the Gantt's columns: 图例, then a coloured cell and its name for each
 * colour, the name running over the empty cells after it. Items that do not fit the Gantt's width
 * are left out. The fills are plain styles: the legend never changes with the dates.
 * @example ganttLegend(layout, { row: 0, col: 10, width: 40 }).cells[0] // { kind: 'text', value: '图例' }
 */
export function ganttLegend(
  layout: TrackingLayout,
  at: { readonly row: number; readonly col: number; readonly width: number },
): { readonly cells: PlanCell[]; readonly styles: Style[] } {
  const cells: PlanCell[] = Array<PlanCell>(at.width).fill(blank);
  const styles: Style[] = [];
  cells[0] = text(LEGEND_MARKER);
  let i = dayColumns(LEGEND_MARKER) + 1;
  for (const item of legendItems(layout)) {
    const span = 1 + dayColumns(item.name);
    if (i + span > at.width) break;
    styles.push({ range: { row: at.row, col: at.col + i, rows: 1, cols: 1 }, fill: item.fill });
    cells[i + 1] = text(item.name);
    i += span + 1;
  }
  return { cells, styles };
}
