import type { CellRef } from '../a1';
import { lastRowWithContent, type Grid } from '../grid';
import type { FoundMilestones } from './milestoneCells';
import type { TaskSheet } from './readTaskSheet';
import type { TimelinePlace } from './types';

/**
 * Where the add-in's two planned columns, its 偏差天数 column and its milestone block go: where an
 * earlier run put them, so a re-run overwrites its own cells only; else the columns right of the
 * team's table and the block below the table under the planned columns (see `blockPlace`).
 * @example placeTimeline(grid, ts, found) // { startCol: 8, dueCol: 9, block: { at: { row: 31, col: 8 }, vertical: true } }
 */
export function placeTimeline(grid: Grid, ts: TaskSheet, found: FoundMilestones): TimelinePlace {
  const startCol = ts.owned.start ?? ts.lastCol + 1;
  const dueCol = ts.owned.due ?? Math.max(startCol, ts.lastCol) + 1;
  // 偏差天数 only where the team records an actual finish; beside the planned columns, as theirs.
  const deviationCol =
    ts.mapping.actualFinish === undefined
      ? null
      : (ts.owned.deviation ?? Math.max(startCol, dueCol) + 1);
  const block = found.block ?? {
    at: blockPlace(grid, ts, Math.min(startCol, dueCol)),
    vertical: true,
  };
  return { startCol, dueCol, block, ...(deviationCol !== null && { deviationCol }) };
}

/**
 * Where a new block goes: under the planned columns, a blank row below the table and below
 * anything an earlier, longer run left in those columns. There its dates sit in columns the
 * add-in already sized for dates, nothing of it stands among the Gantt's days or the team's
 * columns, and no task row reads it.
 */
function blockPlace(grid: Grid, ts: TaskSheet, col: number): CellRef {
  const below = lastRowWithContent(grid, ts.headerRow + 1, col, 2);
  return { row: Math.max(ts.lastRow, below) + 2, col };
}

/**
 * The add-in's rightmost column beside the table: 计划截止, or 偏差天数 when there is one.
 * @example lastOwnCol({ startCol: 7, dueCol: 8, deviationCol: 9 }) // 9
 */
export const lastOwnCol = (
  p: Pick<TimelinePlace, 'startCol' | 'dueCol' | 'deviationCol'>,
): number => Math.max(p.startCol, p.dueCol, p.deviationCol ?? -1);
