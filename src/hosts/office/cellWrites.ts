import { rangeAddress } from '../../core/a1';
import { blockBox, type Block } from '../../core/plan';
import { typedInput } from '../_lib/typedInput';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './requestBudget';
import type { Write } from './types';

/**
 * The writes of one block's cells through `range.formulas` (text typed with a leading
 * apostrophe), a big block cut into row bands whose payload stays under the request budget.
 */
export function cellWrites(sheet: string, b: Block): Write[] {
  return bands(b).map((band) => cellsWrite(sheet, band));
}

function cellsWrite(sheet: string, b: Block): Write {
  const rows = b.cells.map((r) => r.map((c) => typedInput(c, '')));
  const box = blockBox(b);
  return {
    bytes: jsonBytes(rows),
    run: (c) =>
      void (c.workbook.worksheets.getItem(sheet).getRange(rangeAddress(box)).formulas = rows),
  };
}

/** Cuts a block into row bands whose payload stays under half the request budget. */
function bands(b: Block): Block[] {
  const size = jsonBytes(b.cells.map((r) => r.map((c) => typedInput(c, ''))));
  if (size <= REQUEST_BUDGET_BYTES / 2) return [b];
  const perBand = Math.max(1, Math.floor((b.cells.length * (REQUEST_BUDGET_BYTES / 2)) / size));
  const out: Block[] = [];
  for (let i = 0; i < b.cells.length; i += perBand) {
    out.push({ at: { row: b.at.row + i, col: b.at.col }, cells: b.cells.slice(i, i + perBand) });
  }
  return out;
}
