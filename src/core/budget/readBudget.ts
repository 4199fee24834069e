import { mergedValueAt, textIn, type CellValue, type Grid } from '../grid';
import { findHeader } from '../grid/header';
import { BUDGET_OWNED, BUDGET_ROLES, DEPOSIT, TEAM_TOTAL, type BudgetRole } from './columns';
import type { BudgetLine, BudgetMapping, BudgetSheet } from './types';

const filled = (v: CellValue) => v !== null && v !== '';

/**
 * Finds a budget in a grid: a header naming an item (or category) and a price, amount or actual
 * column; the lines below it, categories spread down merged or blank cells, a lone category
 * text taken as a sub-title, the team's own 合计 rows skipped. Null when nothing reads as one.
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
  const at = (row: number, role: BudgetRole): CellValue =>
    mapping[role] === undefined ? null : mergedValueAt(grid, row, mapping[role]);
  const numbers: BudgetRole[] = ['price', 'quantity', 'days', 'amount', 'actual'];
  const lines: BudgetLine[] = [];
  let category = '';
  let lastRow = found.row;
  for (let r = found.row - grid.origin.row + 1; r < grid.values.length; r++) {
    const row = grid.origin.row + r;
    const cat = textIn(at(row, 'category'));
    const item = textIn(at(row, 'item'));
    const anyNumber = numbers.some((role) => filled(at(row, role)));
    if (!cat && !item && !anyNumber) continue;
    lastRow = row;
    if (TEAM_TOTAL.test(cat) || TEAM_TOTAL.test(item)) continue;
    if (cat) category = cat;
    // A category written alone on its row heads the lines below it.
    if (!item && !anyNumber) continue;
    const notes = textIn(at(row, 'notes'));
    lines.push({ row, category, item, deposit: DEPOSIT.test(`${item} ${cat} ${notes}`) });
  }
  return {
    sheet: grid.sheet,
    headerRow: found.row,
    mapping,
    owned: found.owned,
    lastCol: found.lastCol,
    lines,
    lastRow,
    headers: found.headers,
  };
}
