import { lastRowWithContent, valueAt, type Grid } from '../grid';
import { ownedColumns } from '../grid/header';
import { numberIn } from '../numbers/parseNumberText';
import { BUDGET_OWNED } from './columns';
import type { BudgetColumns, BudgetSheet } from './types';

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
  // 预算小计 is written for every budget: the team's amount where typed, else 单价 × 数量 × 天数.
  const subtotal = own(BUDGET_OWNED.subtotal);
  const category = m.category === undefined ? null : own(BUDGET_OWNED.category);
  const nature = own(BUDGET_OWNED.nature);
  const actual =
    m.actual === undefined
      ? null
      : { col: m.actual, variance: own(BUDGET_OWNED.variance), rate: own(BUDGET_OWNED.rate) };
  const amount = subtotal;
  const first = b.headerRow + 1;
  const extent = Math.max(
    b.lastRow,
    ...b.excluded.map((x) => x.row),
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
    last: b.rangeEnd,
    extent,
  };
}
