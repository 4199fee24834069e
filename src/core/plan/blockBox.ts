import type { RangeBox } from '../a1';
import type { Block } from './types';

/**
 * The rectangle a block covers (its first row gives the width).
 * @example blockBox(block({ row: 2, col: 7 }, [[num(1), num(2)]])) // { row: 2, col: 7, rows: 1, cols: 2 }
 */
export function blockBox(b: Block): RangeBox {
  return { row: b.at.row, col: b.at.col, rows: b.cells.length, cols: b.cells[0]?.length ?? 0 };
}
