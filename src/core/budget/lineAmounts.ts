import { valueAt, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import type { BudgetLine, BudgetMapping } from './types';

/**
 * A line's planned amount as its 预算小计 formula computes it: the amount typed, else 单价 ×
 * 数量 × 天数 with a blank factor counting 1; null when the line has neither.
 * @example lineAmount(grid, mapping, line) // 1500 for 50 × 6 × 5
 */
export function lineAmount(grid: Grid, m: BudgetMapping, line: BudgetLine): number | null {
  const at = (col: number | undefined) =>
    col === undefined ? null : valueAt(grid, { row: line.row, col });
  const typed = numberIn(at(m.amount));
  if (typed !== null) return typed;
  const price = numberIn(at(m.price));
  if (price === null) return null;
  const factor = (col: number | undefined) => {
    const v = at(col);
    return v === null || v === '' ? 1 : (numberIn(v) ?? 0);
  };
  return price * factor(m.quantity) * factor(m.days);
}

/**
 * The sum of the cost lines (deposits out) in a column of the team, as numbers typed or pasted
 * as text.
 * @example actualSum(grid, budget.lines, mapping.actual) // 155300
 */
export function columnSum(grid: Grid, lines: readonly BudgetLine[], col: number): number {
  return lines
    .filter((l) => !l.deposit)
    .reduce((sum, l) => sum + (numberIn(valueAt(grid, { row: l.row, col })) ?? 0), 0);
}
