import { lastRowWithContent, valueAt, type Grid } from '../grid';
import { ownedColumns } from '../grid/header';
import { numberIn } from '../numbers/parseNumberText';
import { BUDGET_OWNED } from './columns';
import type { BudgetColumns, BudgetSheet } from './types';

/** Rows past the header the totals reach, so lines a planner appends count without the add-in. */
export const BUDGET_ROWS = 500;

/**
 * Where the add-in's columns go beside the lines (where an earlier run put them, else right of the
 * table) and which column holds each line's amount: the team's own amounts win when it keeps them.
 * @example budgetColumns(grid, budget).subtotal // 7: 预算小计 right of the team's columns
 */
export function budgetColumns(grid: Grid, b: BudgetSheet): BudgetColumns {
  const m = b.mapping;
  const teamAmount = m.amount;
  const teamAmounts =
    teamAmount !== undefined &&
    b.lines.some((l) => numberIn(valueAt(grid, { row: l.row, col: teamAmount })) !== null);
  const own = ownedColumns(b);
  const subtotal = teamAmounts || m.price === undefined ? null : own(BUDGET_OWNED.subtotal);
  const category = m.category === undefined ? null : own(BUDGET_OWNED.category);
  const nature = own(BUDGET_OWNED.nature);
  const actual =
    m.actual === undefined
      ? null
      : { col: m.actual, variance: own(BUDGET_OWNED.variance), rate: own(BUDGET_OWNED.rate) };
  const amount = subtotal ?? m.amount;
  // A budget with 实际 but neither 单价 nor 金额 has no planned amount: it has always failed here
  // (as columnLetters(undefined)); the refactor that split generateBudget kept that as it was.
  if (amount === undefined) throw new RangeError('column index out of range: undefined');
  const first = b.headerRow + 1;
  const extent = Math.max(
    b.lastRow,
    ...[subtotal, category, nature, actual?.variance, actual?.rate]
      .filter((c): c is number => c !== null && c !== undefined)
      .map((c) => lastRowWithContent(grid, first, c)),
  );
  return {
    teamAmounts,
    subtotal,
    category,
    nature,
    actual,
    amount,
    first,
    last: b.headerRow + BUDGET_ROWS,
    extent,
  };
}
