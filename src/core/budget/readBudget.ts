import type { Grid } from '../grid';
import { findHeader } from '../grid/header';
import { budgetRows } from './budgetRows';
import { BUDGET_OWNED, BUDGET_ROLES } from './columns';
import type { BudgetMapping, BudgetSheet } from './types';

/** Rows past the header the sums reach when nothing ends the table, so appended lines count. */
export const BUDGET_ROWS = 500;

/**
 * Finds a budget in a grid: a header naming an item (or category) and a price, amount or actual
 * column, and the table below it (see budgetRows): its lines, the team's own 合计/小计 rows, and
 * how far the sums reach — to the team's total row, to the note under the table, or 500 rows
 * when nothing ends it, so a line appended by hand counts at once. Null when nothing reads.
 * @example readBudget(grid)?.mapping // { category: 0, item: 1, price: 2, quantity: 3, days: 4 }
 */
export function readBudget(grid: Grid, override: BudgetMapping = {}): BudgetSheet | null {
  const found = findHeader(
    grid,
    BUDGET_ROLES,
    Object.values(BUDGET_OWNED),
    (m) =>
      (m.item !== undefined || m.category !== undefined) &&
      (m.price !== undefined || m.amount !== undefined || m.actual !== undefined),
  );
  if (!found) return null;
  const mapping: BudgetMapping = { ...found.mapping, ...override };
  const from = Math.min(...Object.keys(found.headers).map(Number));
  const rows = budgetRows(grid, found.row, mapping, { from, to: found.lastCol });
  const rangeEnd = rows.teamTotal ?? rows.stop ?? found.row + BUDGET_ROWS;
  return {
    sheet: grid.sheet,
    headerRow: found.row,
    mapping,
    owned: found.owned,
    lastCol: found.lastCol,
    lines: rows.lines,
    lastRow: rows.lastRow,
    excluded: rows.excluded.filter((x) => x.row <= rangeEnd),
    teamTotal: rows.teamTotal,
    rangeEnd,
    headers: found.headers,
  };
}
