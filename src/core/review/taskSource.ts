import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { readTaskSheet } from '../timeline/readTaskSheet';
import { isSummarySheet } from '../timeline/tracking/summarySheet';
import type { TaskSource } from './types';

/**
 * The first 推进表 the add-in generated (it has the 计划截止 column), as the 复盘 counts it; an
 * issue when it has no actual finishes to compare with. Undefined when there is none.
 * @example taskSource(grids).source?.due // 9
 */
export function taskSource(grids: readonly Grid[]): { source?: TaskSource; issues: Issue[] } {
  for (const grid of grids) {
    if (isSummarySheet(grid)) continue;
    const ts = readTaskSheet(grid);
    const due = ts?.owned.due;
    if (!ts || due === undefined || ts.tasks.length === 0) continue;
    const deviation = ts.owned.deviation ?? null;
    const finish = ts.mapping.actualFinish ?? null;
    const source: TaskSource = {
      sheet: ts.sheet,
      tasks: ts.tasks.map((t) => ({ row: t.row, department: t.department, phase: t.phase })),
      first: ts.headerRow + 1,
      last: ts.lastRow,
      due,
      deviation: finish === null ? null : deviation,
      finish,
      task: ts.mapping.task ?? null,
      owner: ts.mapping.owner ?? null,
    };
    const noActuals = source.deviation === null;
    const issues = noActuals
      ? [issue('REVIEW_NO_ACTUALS', 'warning', { sheet: ts.sheet }, { sheet: ts.sheet })]
      : [];
    return { source, issues };
  }
  return { issues: [issue('REVIEW_NO_TASKS', 'warning', undefined, {})] };
}
