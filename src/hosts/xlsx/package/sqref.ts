import { contains, overlaps, parseRange, rangeAddress, type RangeBox } from '../../../core/a1';

/** The ranges of an `sqref` ("A1:B2 D4"). */
export const parseSqref = (sqref: string): RangeBox[] =>
  sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => parseRange(ref).box);

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
