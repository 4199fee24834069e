import { cellAddress } from '../a1';
import { parseDateText } from '../calendar/serial';
import type { Grid } from '../grid';
import { issue } from '../issues';
import { num } from '../plan';
import { DATE, DATE_TIME } from '../timeline/_lib/dateFormats';
import { findMilestones } from '../timeline/milestoneCells';
import type { TaskSheet } from '../timeline/readTaskSheet';
import type { Finding } from './types';

/** A date shows as a date; one with a time of day (开团 10:00) with its time. */
const formatOf = (d: number) => (Number.isInteger(d) ? DATE : DATE_TIME);

/**
 * The milestone cells of the add-in's block (里程碑 | 日期 under the 推进表) that hold no date:
 * empty, or text. Text that reads as a date (`2026-11-23` typed as text, pasted from chat) is
 * mended by writing it as the date it reads as; other text and empty cells need the team.
 * @example milestoneProblems(grid, readTaskSheet(grid)!)[0]?.issue.code // 'CHECK_MILESTONE_TEXT'
 */
export function milestoneProblems(grid: Grid, ts: TaskSheet): Finding[] {
  const { cells } = findMilestones(grid, ts);
  return cells.flatMap((m): Finding[] => {
    if (m.source !== 'block' || typeof m.value === 'number') return [];
    const at = { row: m.label.row, col: m.label.col + 1 };
    const where = { sheet: grid.sheet, address: cellAddress(at) };
    const text = typeof m.value === 'string' ? m.value.trim() : '';
    if (text === '')
      return [{ issue: issue('CHECK_MILESTONE_EMPTY', 'warning', where, { name: m.name }) }];
    const date = parseDateText(text);
    const found = {
      issue: issue('CHECK_MILESTONE_TEXT', 'warning', where, { name: m.name, text }),
    };
    return [
      date === null
        ? found
        : { ...found, mend: { sheet: grid.sheet, at, cell: num(date), format: formatOf(date) } },
    ];
  });
}
