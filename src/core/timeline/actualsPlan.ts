import { columnLetters } from '../a1';
import { labelIn, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { issueCell } from './_lib/issueCell';
import { mergeSheetPlans, type SheetPlan } from '../plan';
import { readActuals, type Actuals } from './actuals';
import { deviationColumn } from './deviationColumn';
import type { TaskSheet } from './readTaskSheet';
import { isDateSerial } from './typedDate';
import type { TimelinePlace } from './types';

/**
 * What the team's actuals add to a timeline: the actual columns for the tracking rules and
 * summaries, and the planned columns' plan with the 偏差天数 column beside them (as it was without
 * an actual finish column).
 * @example actualsPlan(grid, ts, place, columns).actuals // { finish: 6, deviationCol: 9 }
 */
export function actualsPlan(
  grid: Grid,
  ts: TaskSheet,
  place: TimelinePlace,
  planned: { readonly plan: SheetPlan; readonly extent: number },
): { readonly actuals: Actuals; readonly plan: SheetPlan; readonly issues: readonly Issue[] } {
  const actuals = readActuals(grid, ts, place.deviationCol ?? null);
  const issues = actualIssues(grid, ts, actuals);
  const { finish, deviationCol } = actuals;
  if (finish === undefined || deviationCol === undefined)
    return { actuals, plan: planned.plan, issues };
  const at = { col: deviationCol, dueCol: place.dueCol, finishCol: finish, extent: planned.extent };
  return { actuals, plan: mergeSheetPlans(planned.plan, deviationColumn(grid, ts, at)), issues };
}

/**
 * What the team should know of its actuals: a 进度 column read as progress, and actual dates that
 * are no dates (text, or a number outside 2000–2099), which every formula leaves out.
 */
function actualIssues(grid: Grid, ts: TaskSheet, actuals: Actuals): Issue[] {
  const out: Issue[] = [];
  const p = actuals.progress;
  if (p && ts.progressFromStatus)
    out.push(
      issue('PROGRESS_FROM_STATUS', 'info', issueCell(ts.sheet, ts.headerRow, p.col), {
        column: columnLetters(p.col),
        header: ts.headers[p.col] ?? '',
      }),
    );
  for (const col of [actuals.start, actuals.finish]) {
    if (col === undefined) continue;
    for (const t of ts.tasks) {
      const v = grid.values[t.row - grid.origin.row]?.[col - grid.origin.col] ?? null;
      if (v === null || v === '' || (typeof v === 'number' && isDateSerial(v))) continue;
      const params = { header: ts.headers[col] ?? '', text: labelIn(v) };
      out.push(issue('ACTUAL_NOT_DATE', 'warning', issueCell(ts.sheet, t.row, col), params));
    }
  }
  return out;
}
