import type { CellRef } from '../a1';
import type { Grid } from '../grid';
import type { FoundMilestones } from './milestoneCells';
import { KNOWN_MILESTONES } from './milestones';
import type { TaskSheet } from './readTaskSheet';
import type { TimelinePlace } from './types';

/**
 * Where the add-in's two planned columns, its 偏差天数 column and its milestone block go: where an earlier run put
 * them, so a re-run overwrites its own cells only; else right of the team's table, the block a
 * column further so it does not read as part of the table.
 * @example placeTimeline(grid, ts, found) // { startCol: 8, dueCol: 9, blockAt: { row: 1, col: 11 } }
 */
export function placeTimeline(grid: Grid, ts: TaskSheet, found: FoundMilestones): TimelinePlace {
  const startCol = ts.owned.start ?? ts.lastCol + 1;
  const dueCol = ts.owned.due ?? Math.max(startCol, ts.lastCol) + 1;
  // 偏差天数 only where the team records an actual finish; beside the planned columns, as theirs.
  const deviationCol =
    ts.mapping.actualFinish === undefined
      ? null
      : (ts.owned.deviation ?? Math.max(startCol, dueCol) + 1);
  const lastOwn = lastOwnCol({ startCol, dueCol, deviationCol });
  const blockAt =
    found.block ?? blockPlace(grid, ts.headerRow, lastOwn + 2, 1 + 2 * KNOWN_MILESTONES.length);
  return { startCol, dueCol, blockAt, ...(deviationCol !== null && { deviationCol }) };
}

/** Where a new block goes: the row above the header when its cells are free, else the header row. */
function blockPlace(grid: Grid, headerRow: number, col: number, width: number): CellRef {
  const free = (row: number) =>
    row >= 0 &&
    Array.from(
      { length: width },
      (_, i) => grid.values[row - grid.origin.row]?.[col + i - grid.origin.col] ?? null,
    ).every((v) => v === null || v === '');
  return { row: free(headerRow - 1) ? headerRow - 1 : headerRow, col };
}

/**
 * The add-in's rightmost column beside the table: 计划截止, or 偏差天数 when there is one.
 * @example lastOwnCol({ startCol: 7, dueCol: 8, deviationCol: 9 }) // 9
 */
export const lastOwnCol = (
  p: Pick<TimelinePlace, 'startCol' | 'dueCol' | 'deviationCol'>,
): number => Math.max(p.startCol, p.dueCol, p.deviationCol ?? -1);
