import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { budgetColumns } from '../budget/budgetColumns';
import { lineColumns } from '../budget/lineColumns';
import { readBudget } from '../budget/readBudget';
import { SUMMARY_TITLE } from '../budget/summaryBlock';
import { summaryLayout } from '../budget/summaryLayout';
import type { BudgetSource } from './types';

/**
 * The first budget that 预算表 has summed (its 预算汇总 block is where 预算表 puts it), read the
 * way 预算表 reads it: its categories, its cost lines and their columns. Undefined when none.
 * @example budgetSource(grids).source?.categories // ['流量采买', …]
 */
export function budgetSource(grids: readonly Grid[]): { source?: BudgetSource; issues: Issue[] } {
  for (const grid of grids) {
    const b = readBudget(grid);
    if (!b) continue;
    const cols = budgetColumns(grid, b);
    const s = summaryLayout(b, cols, lineColumns(b, cols));
    if (valueAt(grid, { row: s.top, col: s.col }) !== SUMMARY_TITLE) continue;
    const source: BudgetSource = {
      sheet: grid.sheet,
      top: s.top,
      col: s.col,
      categories: s.categories,
      totalRow: s.totalRow,
      hasActuals: s.actuals !== null,
      lines: b.lines.filter((l) => !l.deposit).map((l) => l.row),
      itemCol: b.mapping.item ?? null,
      categoryCol: cols.category ?? b.mapping.category ?? null,
      amountCol: cols.amount,
      actualCol: cols.actual?.col ?? null,
    };
    return { source, issues: [] };
  }
  return { issues: [issue('REVIEW_NO_BUDGET', 'warning', undefined, {})] };
}
