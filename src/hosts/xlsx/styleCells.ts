import type ExcelJS from 'exceljs';
import type { RangeBox } from '../../core/a1';

/**
 * Calls `fn` on every cell of a box, creating the cells that do not exist yet. Each cell gets its
 * own copy of its style first: ExcelJS shares one style object between the cells of a file that
 * had the same format, so a number format or fill set on one would change them all.
 */
export function eachCell(
  ws: ExcelJS.Worksheet,
  box: RangeBox,
  fn: (c: ExcelJS.Cell) => void,
): void {
  for (let r = 0; r < box.rows; r++) {
    const row = ws.getRow(box.row + r + 1);
    for (let c = 0; c < box.cols; c++) {
      const cell = row.getCell(box.col + c + 1);
      cell.style = { ...cell.style };
      fn(cell);
    }
  }
}

/** A plan colour (`#RRGGBB`) as ExcelJS's opaque ARGB. */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
