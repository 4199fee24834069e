import { valueAt, type CellValue, type Grid } from '../grid';
import { parseNumberText } from '../numbers/parseNumberText';
import { TOTAL_ROW } from './columns';
import type { TableRows } from './types';

const filled = (v: CellValue) => v !== null && v !== '';
const isText = (v: CellValue) =>
  typeof v === 'string' && v.trim() !== '' && parseNumberText(v) === null;

/**
 * The rows of a table below its header row. The table ends above a total row (合计 …) in its key
 * column or a row with words in a number column (another table's header); without one, sums
 * reach `limit` rows past the header.
 * @example tableRows(grid, 3, 0, [1, 5], { from: 0, to: 6 }, 1000) // { first: 4, dataEnd: 8, rangeEnd: 1003 }
 */
export function tableRows(
  grid: Grid,
  headerRow: number,
  keyCol: number,
  numberCols: readonly number[],
  span: { from: number; to: number },
  limit: number,
): TableRows {
  const first = headerRow + 1;
  const lastGridRow = grid.origin.row + grid.values.length - 1;
  let dataEnd = first - 1;
  for (let row = first; row <= Math.min(lastGridRow, headerRow + limit); row++) {
    const key = valueAt(grid, { row, col: keyCol });
    if (
      (typeof key === 'string' && TOTAL_ROW.test(key.replace(/\s+/g, ''))) ||
      numberCols.some((col) => isText(valueAt(grid, { row, col })))
    ) {
      return { first, dataEnd, rangeEnd: row - 1 };
    }
    for (let col = span.from; col <= span.to; col++)
      if (filled(valueAt(grid, { row, col }))) dataEnd = row;
  }
  return { first, dataEnd, rangeEnd: headerRow + limit };
}
