import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue } from '../issues';
import { rowSpan } from '../numbers/convertTextNumbers';
import { block, text } from '../plan';
import { budgetColumns } from './budgetColumns';
import { budgetSheetPlan } from './budgetSheetPlan';
import { convertBudgetNumbers } from './convertBudgetNumbers';
import { lineColumns } from './lineColumns';
import { lineIssues } from './lineIssues';
import { readBudget } from './readBudget';
import { reserveRate } from './reserveRate';
import { summaryBlock } from './summaryBlock';
import { summaryLayout } from './summaryLayout';
import { teamTotalIssues } from './teamTotalIssues';
import type { BudgetOptions, BudgetResult } from './types';

// The task pane and src/app import these from here, where they were before the split.
export type { BudgetOptions, BudgetResult } from './types';

/**
 * Turns a team's budget into formulas: each line's 小计 (单价 × 数量 × 天数, blanks counting 1)
 * unless the team keeps its own amounts; deposits listed but out of 合计; per-category budget,
 * share and actual; 合计, 风险备用金 at a rate in an input cell, 预算总额 and 实际合计, each label
 * with its number to the right; 差异 and 执行率 beside each line when there is an 实际 column.
 * Numbers typed as text are turned into numbers in place. Null when no budget can be read.
 * @example generateBudget(grid)?.totals.合计 // '$N$12'
 */
export function generateBudget(grid: Grid, options: BudgetOptions = {}): BudgetResult | null {
  const b = readBudget(grid, options.mapping);
  if (!b) return null;
  const converted = convertBudgetNumbers(grid, b);
  const cols = budgetColumns(grid, b);
  const lineCols = lineColumns(b, cols);
  const lineBlocks = lineCols.map((c) =>
    block({ row: b.headerRow, col: c.col }, [
      [text(c.header)],
      ...rowSpan(cols.first, c.end).map((row) => [c.cell(row)]),
    ]),
  );
  const summary = summaryLayout(b, cols, lineCols);
  const reserve = reserveRate(grid, summary, options.reserveRate);
  const summaryCells = summaryBlock(grid, summary, reserve.rate);
  const plan = budgetSheetPlan(grid.sheet, {
    cols,
    lineCols,
    summary,
    blocks: [...converted.blocks, ...lineBlocks, summaryCells],
    summaryRows: summaryCells.cells.length,
  });
  const total = (i: number) => cellAddress({ row: summary.top + i, col: summary.col + 1 }, true);
  const t = summary.totalRow;
  return {
    budget: b,
    plan: { sheets: [plan], deleteSheets: [] },
    issues: [
      ...converted.issues,
      ...lineIssues(grid, b, cols),
      ...reserve.issues,
      ...teamTotalIssues(grid, b, { amount: total(t), actual: total(t + 4) }),
      issue(
        'BUDGET_WRITTEN',
        'info',
        { sheet: grid.sheet, address: cellAddress({ row: summary.top + t, col: summary.col + 1 }) },
        { lines: b.lines.length, categories: summary.categories.length },
      ),
    ],
    totals: {
      合计: total(t),
      风险备用金: total(t + 2),
      预算总额: total(t + 3),
      实际合计: total(t + 4),
    },
  };
}
