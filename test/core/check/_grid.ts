import type { CellValue, Grid } from '../../../src/core/grid';

/** A grid from rows at A1: a string starting with `=` is a formula (its value left null). */
export function gridOf(sheet: string, rows: readonly (readonly CellValue[])[]): Grid {
  const isFormula = (v: CellValue) => typeof v === 'string' && v.startsWith('=');
  return {
    sheet,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => r.map((v) => (isFormula(v) ? null : v))),
    formulas: rows.map((r) => r.map((v) => (isFormula(v) ? (v as string) : null))),
    merges: [],
  };
}
