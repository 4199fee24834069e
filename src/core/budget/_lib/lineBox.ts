import type { RangeBox } from '../../a1';
import type { BudgetColumns } from '../types';

/**
 * A column's cells beside the lines, from the first line to the lines' extent (one row at least).
 * @example lineBox(cols, 10) // { row: 3, col: 10, rows: 9, cols: 1 }
 */
export function lineBox(cols: BudgetColumns, col: number): RangeBox {
  return { row: cols.first, col, rows: Math.max(cols.extent - (cols.first - 1), 1), cols: 1 };
}
