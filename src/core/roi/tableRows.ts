import { parseDateText } from '../calendar/serial';
import { valueAt, type CellValue, type Grid } from '../grid';
import { isNoteText, isTotalText } from '../grid/rowKinds';
import { parseNumberText } from '../numbers/parseNumberText';
import type { TableRows } from './types';

const filled = (v: CellValue) => v !== null && v !== '';
// Exports mark "no data" with a dash or N/A: a placeholder, not another table's header.
const PLACEHOLDER = /^([-—–/]+|n\/?a)$/i;
const isText = (v: CellValue) =>
  typeof v === 'string' &&
  v.trim() !== '' &&
  !PLACEHOLDER.test(v.trim()) &&
  parseNumberText(v) === null;
// A date key holds dates, times or slots (`2026-11-11`, `11月11日`, `00:00-00:30`): all have
// digits, where a label typed below the data (`推广费`, `备注`) has none.
const isDateLike = (v: CellValue) =>
  typeof v === 'number' ||
  (typeof v === 'string' && (parseDateText(v) !== null || /[0-9０-９]/.test(v)));

/** How a table's key column tells its rows: a date column holds dates and nothing else. */
export interface TableKey {
  readonly col: number;
  readonly dates: boolean;
}

/**
 * The rows of a table below its header row. The table ends at the team's total row (合计 …), a
 * note or labelled parameter (`毛利率 0.35`) in its key column, text in a date key column, a row
 * with words in a number column (another table's header), or a blank-row gap followed by
 * anything that does not go on with the data. That row is `stop`: the sums reach it, and subtract
 * it by its key text, so a day inserted above a 合计 row counts at once. Without one, sums reach
 * `limit` rows past the header.
 * @example tableRows(grid, 3, { col: 0, dates: true }, [1, 5], { from: 0, to: 6 }, 1000).stop
 */
export function tableRows(
  grid: Grid,
  headerRow: number,
  key: TableKey,
  numberCols: readonly number[],
  span: { from: number; to: number },
  limit: number,
): TableRows {
  const first = headerRow + 1;
  const lastGridRow = grid.origin.row + grid.values.length - 1;
  const rowFilled = (row: number) =>
    Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i).some((col) =>
      filled(valueAt(grid, { row, col })),
    );
  let dataEnd = first - 1;
  for (let row = first; row <= Math.min(lastGridRow, headerRow + limit); row++) {
    if (!rowFilled(row)) continue;
    const k = valueAt(grid, { row, col: key.col });
    const afterGap = dataEnd >= first && row > dataEnd + 1;
    const ends =
      isTotalText(k) ||
      isNoteText(k) ||
      (key.dates && filled(k) && !isDateLike(k)) ||
      (afterGap && !(key.dates ? isDateLike(k) : filled(k))) ||
      numberCols.some((col) => isText(valueAt(grid, { row, col })));
    if (ends) {
      const text = typeof k === 'string' && k.trim() !== '' ? k : null;
      return { first, dataEnd, rangeEnd: row - 1, stop: text === null ? null : { row, text } };
    }
    dataEnd = row;
  }
  return { first, dataEnd, rangeEnd: headerRow + limit, stop: null };
}
