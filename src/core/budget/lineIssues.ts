import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { lineAmount } from './lineAmounts';
import type { BudgetColumns, BudgetSheet } from './types';

/**
 * What the user should know about the lines: 预算小计 takes the team's own amounts where typed,
 * a line with neither amount nor price counts nothing, and each deposit is left out of 合计.
 * @example lineIssues(grid, budget, cols).map((i) => i.code) // ['DEPOSIT_EXCLUDED']
 */
export function lineIssues(grid: Grid, b: BudgetSheet, cols: BudgetColumns): Issue[] {
  const at = (row: number, col: number) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col }),
  });
  const amount = b.mapping.amount;
  const kept =
    cols.teamAmounts && amount !== undefined
      ? [
          issue('BUDGET_KEEPS_AMOUNT', 'info', at(b.headerRow, amount), {
            header: b.headers[amount] ?? '',
          }),
        ]
      : [];
  const noAmount = b.lines
    .filter((l) => lineAmount(grid, b.mapping, l) === null)
    .map((l) =>
      issue('LINE_WITHOUT_AMOUNT', 'warning', at(l.row, cols.subtotal), {
        item: l.item || l.category,
      }),
    );
  const deposits = b.lines
    .filter((l) => l.deposit)
    .map((l) =>
      issue('DEPOSIT_EXCLUDED', 'info', at(l.row, cols.nature), { item: l.item || l.category }),
    );
  return [...kept, ...noAmount, ...deposits];
}
