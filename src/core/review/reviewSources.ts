import { sheetRef } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue } from '../issues';
import { DAILY } from '../targets/dailySection';
import { HOURLY_SHEET } from '../targets/hourlySheet';
import { TARGETS_TITLE } from '../targets/inputsSection';
import { inputAt, ROWS as TARGET_ROWS, TARGETS_SHEET } from '../targets/layout';
import { budgetSource } from './budgetSource';
import { REVIEW_SHEET } from './layout';
import { salesSource } from './salesSource';
import { taskSource } from './taskSource';
import type { ReviewSources, TargetSource } from './types';

/** The 目标 sheet 目标拆解 wrote: its chosen 销售额, 转化率, 客单价 and the day-by-day plan. */
function targetSource(grids: readonly Grid[]): TargetSource | undefined {
  const grid = grids.find((g) => g.sheet === TARGETS_SHEET);
  if (!grid || valueAt(grid, { row: 0, col: 0 }) !== TARGETS_TITLE) return undefined;
  const at = (row: number, col: number) => sheetRef(TARGETS_SHEET, { row, col }, true);
  const daily = (col: number) =>
    sheetRef(TARGETS_SHEET, { row: DAILY.head + 1, col, rows: DAILY.rows, cols: 1 }, true);
  const input = (name: 'conversion' | 'aov') => at(inputAt(name).row, inputAt(name).col);
  return {
    sheet: TARGETS_SHEET,
    gmv: at(TARGET_ROWS.chosenRow, 1),
    conversion: input('conversion'),
    aov: input('aov'),
    dailyDates: daily(DAILY.col),
    dailyGmv: daily(DAILY.col + 2),
  };
}

/**
 * What the 复盘 reads from a workbook's sheets: the generated 推进表, the summed budget, the
 * computed sales sheet and the 目标 sheet, each through the reader its own command uses, and
 * an issue for each that is missing. Pure.
 * @example reviewSources(grids).tasks?.sheet // '聚划算推进表'
 */
export function reviewSources(grids: readonly Grid[]): ReviewSources {
  const own = new Set([REVIEW_SHEET, TARGETS_SHEET, HOURLY_SHEET]);
  const team = grids.filter((g) => !own.has(g.sheet));
  const tasks = taskSource(team);
  const budget = budgetSource(team);
  const sales = salesSource(team);
  const target = targetSource(grids);
  const noTarget =
    sales.source && !target ? [issue('REVIEW_NO_TARGET', 'info', undefined, {})] : [];
  return {
    ...(tasks.source && { tasks: tasks.source }),
    ...(budget.source && { budget: budget.source }),
    ...(sales.source && { sales: sales.source }),
    ...(target && { target }),
    missing: [...tasks.issues, ...budget.issues, ...sales.issues, ...noTarget],
  };
}
