import {
  MAX_COL,
  MAX_ROW,
  columnIndex,
  contains,
  overlaps,
  parseRange,
  rangeAddress,
  type RangeBox,
} from '../../../core/a1';

/**
 * One reference of an sqref as a box: a cell or range, or whole columns (`H:H`) and rows
 * (`3:5`), which Excel writes for a validation or format given to a selected column or row.
 */
function refBox(ref: string): RangeBox {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (cols) {
    const [a, b] = [columnIndex(cols[1] ?? ''), columnIndex(cols[2] ?? '')];
    return { row: 0, col: Math.min(a, b), rows: MAX_ROW + 1, cols: Math.abs(a - b) + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { row: Math.min(a, b), col: 0, rows: Math.abs(a - b) + 1, cols: MAX_COL + 1 };
  }
  return parseRange(ref).box;
}

/** The ranges of an `sqref` ("A1:B2 D4", "H:H", "3:5"). */
export const parseSqref = (sqref: string): RangeBox[] =>
  sqref.split(/\s+/).filter(Boolean).map(refBox);

export const sqrefOf = (boxes: readonly RangeBox[]): string =>
  boxes.map((b) => rangeAddress(b)).join(' ');

/**
 * What is left of `box` outside `cut`: up to four rectangles (above, below, left, right), so a
 * rule or validation keeps exactly the cells another one does not take over.
 * @example subtract(A1:C3, B2) // A1:C1, A3:C3, A2, C2
 */
export function subtract(box: RangeBox, cut: RangeBox): RangeBox[] {
  if (!overlaps(box, cut)) return [box];
  if (contains(cut, box)) return [];
  const top = Math.max(box.row, cut.row);
  const bottom = Math.min(box.row + box.rows, cut.row + cut.rows);
  const pieces: RangeBox[] = [
    { row: box.row, col: box.col, rows: top - box.row, cols: box.cols },
    { row: bottom, col: box.col, rows: box.row + box.rows - bottom, cols: box.cols },
    { row: top, col: box.col, rows: bottom - top, cols: Math.max(0, cut.col - box.col) },
    {
      row: top,
      col: cut.col + cut.cols,
      rows: bottom - top,
      cols: Math.max(0, box.col + box.cols - (cut.col + cut.cols)),
    },
  ];
  return pieces.filter((p) => p.rows > 0 && p.cols > 0);
}
