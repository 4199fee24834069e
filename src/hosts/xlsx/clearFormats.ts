import type ExcelJS from 'exceljs';
import type { RangeBox } from '../../core/a1';
import { removeRulesInside } from './conditionalFormats';
import { removeValidation } from './looks';

/** Clears rules, validations, fills and fonts in a box, touching only cells that exist. */
export function clearFormats(ws: ExcelJS.Worksheet, box: RangeBox): void {
  removeRulesInside(ws, box);
  ws.eachRow((row, r) => {
    if (r - 1 < box.row || r - 1 >= box.row + box.rows) return;
    row.eachCell((c, col) => {
      if (col - 1 < box.col || col - 1 >= box.col + box.cols) return;
      c.style = { ...(c.numFmt && { numFmt: c.numFmt }) };
      removeValidation(ws, { row: r - 1, col: col - 1 });
    });
  });
}
