import { parseDateText } from '../calendar/serial';
import type { FoundMilestones } from './milestoneCells';
import type { TaskSheet } from './readTaskSheet';

/**
 * The milestones as found, or, when the team's table has grown into the block below it (tasks
 * typed on its rows), without the block: its dates become given values, so the run lays a new
 * block out below the grown table and the task rows get their planned dates. The old block's cells
 * past the table are then blanked with the planned columns' stale cells.
 * @example outgrownBlock(found, ts).anchors // { 开团: 46337.4167 } when row 31 now holds a task
 */
export function outgrownBlock(
  found: FoundMilestones,
  ts: TaskSheet,
  anchors: Readonly<Record<string, number>>,
): { readonly found: FoundMilestones; readonly anchors: Readonly<Record<string, number>> } {
  const block = found.block;
  if (!block?.vertical || block.at.row > ts.lastRow || block.at.row <= ts.headerRow)
    return { found, anchors };
  const dates: Record<string, number> = {};
  for (const c of found.cells.filter((cell) => cell.source === 'block')) {
    const value = typeof c.value === 'string' ? parseDateText(c.value) : c.value;
    if (typeof value === 'number') dates[c.name] = value;
  }
  const cells = found.cells.filter((c) => c.source !== 'block');
  return { found: { block: null, cells }, anchors: { ...dates, ...anchors } };
}
