import type { CellValue, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { parseRange } from '../../src/core/a1';
import type { MemoryHost } from '../../src/hosts/memory/MemoryHost';

/**
 * HyperFormula's address of one cell written in A1 ("B4", "$AB$4", "'预算'!$B$1") on `sheet`; a
 * sheet named in the address wins. Parsed by the project's own A1 code, so any column works.
 * @example hfAddress(host, '表', '$AB$4') // { sheet: 0, row: 3, col: 27 }
 */
export function hfAddress(host: MemoryHost, sheet: string, a1: string): SimpleCellAddress {
  const { sheet: named, box } = parseRange(a1);
  if (box.rows !== 1 || box.cols !== 1) throw new RangeError(`not one cell: ${a1}`);
  const id = host.hf.getSheetId(named ?? sheet);
  if (id === undefined) throw new Error(`no sheet named ${named ?? sheet}`);
  return { sheet: id, row: box.row, col: box.col };
}

/** The value HyperFormula computes in one A1 cell of `sheet`. */
export function hfCell(host: MemoryHost, sheet: string, a1: string): CellValue {
  return host.hf.getCellValue(hfAddress(host, sheet, a1));
}

/** Types one value into one A1 cell of `sheet`, as a user would. */
export function hfSet(host: MemoryHost, sheet: string, a1: string, value: RawCellContent): void {
  host.hf.setCellContents(hfAddress(host, sheet, a1), [[value]]);
}
