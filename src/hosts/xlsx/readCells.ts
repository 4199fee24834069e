import type ExcelJS from 'exceljs';
import { parseRange, type RangeBox } from '../../core/a1';
import type { CellValue, Grid } from '../../core/grid';
import type { CellsRead } from '../types';
import { readCell } from './readCell';

/** Content and number formats of one rectangle of a sheet. */
export function readCells(ws: ExcelJS.Worksheet, box: RangeBox): CellsRead {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row = ws.getRow(box.row + r + 1);
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    const nr: string[] = [];
    for (let c = 0; c < box.cols; c++) {
      const cell = row.getCell(box.col + c + 1);
      const [v, f] = readCell(cell);
      vr.push(v);
      fr.push(f);
      nr.push(cell.numFmt || 'General');
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
  }
  return { values, formulas, numberFormats };
}

/** The sheet from A1 to its last row and column, with its merged areas, named `sheet`. */
export function readGrid(ws: ExcelJS.Worksheet, sheet: string): Grid {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const read =
    rows > 0 && cols > 0
      ? readCells(ws, { row: 0, col: 0, rows, cols })
      : { values: [], formulas: [] };
  return {
    sheet,
    origin: { row: 0, col: 0 },
    values: read.values,
    formulas: read.formulas,
    merges: mergesOf(ws).map((m) => parseRange(m).box),
  };
}

/** The merged areas of a sheet as ExcelJS keeps them ("B4:B6"). */
export const mergesOf = (ws: ExcelJS.Worksheet): string[] =>
  (ws.model as { merges?: string[] }).merges ?? [];
