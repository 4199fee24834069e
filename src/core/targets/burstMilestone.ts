import { cellAddress, quoteSheetName } from '../a1';
import type { Grid } from '../grid';
import { findMilestones } from '../timeline/milestoneCells';
import { readTaskSheet } from '../timeline/readTaskSheet';

/** The milestones that mark 爆发日, best first: a 大促's 爆发, a group-buy's 开团, the activity. */
const BURST_NAMES = ['爆发', '开团', '活动'] as const;

/** 爆发日 as a live reference to the 推进表's milestone, and what the sheet says of it. */
export interface BurstLink {
  readonly formula: string;
  readonly value: number;
  readonly note: string;
}

/**
 * The first 推进表 milestone that marks 爆发日, as a formula on its value cell (INT: the day, not
 * 开团's 10:00), so moving the milestone moves every phase date. Null without a dated one.
 * @example burstMilestone(grids)?.formula // "INT('聚划算推进表'!$N$2)"
 */
export function burstMilestone(grids: readonly Grid[]): BurstLink | null {
  for (const grid of grids) {
    const table = readTaskSheet(grid);
    if (!table) continue;
    const cells = findMilestones(grid, table).cells;
    for (const name of BURST_NAMES) {
      const m = cells.find((c) => c.name === name && typeof c.value === 'number');
      if (m && typeof m.value === 'number') {
        const ref = cellAddress({ row: m.label.row, col: m.label.col + 1 }, true);
        return {
          formula: `INT(${quoteSheetName(grid.sheet)}!${ref})`,
          value: Math.floor(m.value),
          note: `取自“${grid.sheet}”的${name}里程碑（公式，随里程碑变化）`,
        };
      }
    }
  }
  return null;
}
