import type { RangeBox } from '../../a1';
import type { SummaryLayout } from '../types';

/**
 * Cells of the summary block, counted from its top-left corner.
 * @example summaryBox(layout, 2, 1, 3) // the 预算 of the first three categories
 */
export function summaryBox(s: SummaryLayout, r: number, c: number, rows = 1, cols = 1): RangeBox {
  return { row: s.top + r, col: s.col + c, rows, cols };
}
