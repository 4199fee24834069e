import type { CellRef, RangeBox } from '../a1';

/** An error value shown in a cell (`#DIV/0!`, `#NAME?` …). */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell shows: numbers (dates are Excel serials), text, booleans, errors, or nothing. */
export type CellValue = number | string | boolean | ErrorValue | null;

/**
 * A rectangle read from a sheet: its used range with values, formulas and merged areas.
 * Hosts make it; core reads it and never sees a host object.
 */
export interface Grid {
  readonly sheet: string;
  /** Sheet position of values[0][0]. */
  readonly origin: CellRef;
  /** Row-major, `rows × cols`; null for an empty cell. */
  readonly values: readonly (readonly CellValue[])[];
  /** The formula of each cell (`=SUM(A1:A3)`), or null for a constant or empty cell. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Merged areas in sheet coordinates. */
  readonly merges: readonly RangeBox[];
}

/** A sheet of the workbook as listed by a host. */
export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

/**
 * A grid with no cells (an empty sheet).
 * @example emptyGrid('推进表').values.length // 0
 */
export function emptyGrid(sheet: string): Grid {
  return { sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], merges: [] };
}

/**
 * The trimmed text of a cell that holds text; '' for numbers, booleans, errors and blanks.
 * @example textIn('  报名 ') // '报名'
 */
export const textIn = (v: CellValue | undefined): string => (typeof v === 'string' ? v.trim() : '');

/**
 * A cell as a header or label reads: text trimmed, a number as written.
 * @example labelIn(2026) // '2026'
 */
export const labelIn = (v: CellValue | undefined): string =>
  typeof v === 'number' ? String(v) : textIn(v);

/**
 * The value cell of the first label (row by row) that is one of `labels` — a trailing colon
 * allowed — and whose right neighbour `accepts`; cells in row `skip.row` or column `skip.col`
 * are passed over (a header row, the add-in's own block using the same words).
 * @example labelledCell(grid, ['毛利率'])?.at // { row: 1, col: 1 }, the cell right of 毛利率
 */
export function labelledCell(
  grid: Grid,
  labels: readonly string[],
  accepts: (value: CellValue, formula: string | null) => boolean = () => true,
  skip: { readonly row?: number; readonly col?: number } = {},
): { at: CellRef; value: CellValue; formula: string | null } | null {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.origin.row + r;
    if (row === skip.row) continue;
    const line = grid.values[r]!;
    for (let c = 0; c < line.length; c++) {
      if (
        grid.origin.col + c === skip.col ||
        !labels.includes(textIn(line[c]).replace(/[：:]$/, ''))
      )
        continue;
      const value = line[c + 1] ?? null;
      const formula = grid.formulas[r]?.[c + 1] ?? null;
      if (accepts(value, formula))
        return { at: { row, col: grid.origin.col + c + 1 }, value, formula };
    }
  }
  return null;
}

/** Whether a value is an error value. */
export function isErrorValue(v: CellValue): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/**
 * The value at a sheet position, or null outside the grid.
 * @example valueAt(grid, { row: 2, col: 1 })
 */
export function valueAt(grid: Grid, at: CellRef): CellValue {
  return grid.values[at.row - grid.origin.row]?.[at.col - grid.origin.col] ?? null;
}

/**
 * The formula at a sheet position, or null.
 * @example formulaAt(grid, { row: 2, col: 1 }) // "=B1+1"
 */
export function formulaAt(grid: Grid, at: CellRef): string | null {
  return grid.formulas[at.row - grid.origin.row]?.[at.col - grid.origin.col] ?? null;
}

/**
 * Every error value in a grid with its sheet position: a written workbook must have none.
 * @example errorCells(grid) // [{ row: 4, col: 2, error: '#DIV/0!' }]
 */
export function errorCells(grid: Grid): (CellRef & ErrorValue)[] {
  const out: (CellRef & ErrorValue)[] = [];
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (isErrorValue(v))
        out.push({ row: grid.origin.row + r, col: grid.origin.col + c, error: v.error });
    }),
  );
  return out;
}

/**
 * The value of a cell, with a merged area's value spread over all its cells.
 * @example mergedValueAt(grid, 5, 1) // '活动前', from the merged cell above
 */
export function mergedValueAt(grid: Grid, row: number, col: number): CellValue {
  const merge = grid.merges.find(
    (m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols,
  );
  return (
    grid.values[(merge?.row ?? row) - grid.origin.row]?.[(merge?.col ?? col) - grid.origin.col] ??
    null
  );
}

/**
 * The last row, from `fromRow` on, with a value or formula in any of `cols` columns from `col`;
 * `fromRow - 1` when there is none; rows past `toRow` are not looked at. Tells how far an earlier
 * run wrote, so a shorter run blanks the rest.
 * @example lastRowWithContent(grid, 3, 8, 2) // 40: the planned columns reach row 41
 */
export function lastRowWithContent(
  grid: Grid,
  fromRow: number,
  col: number,
  cols = 1,
  toRow = Infinity,
): number {
  let last = fromRow - 1;
  grid.values.forEach((line, r) => {
    const row = grid.origin.row + r;
    if (row < fromRow || row > toRow) return;
    for (let c = col; c < col + cols; c++) {
      const v = line[c - grid.origin.col];
      if ((v !== null && v !== undefined && v !== '') || grid.formulas[r]?.[c - grid.origin.col])
        last = Math.max(last, row);
    }
  });
  return last;
}

/** The last column, from `fromCol` on, with anything in a row; `fromCol - 1` when there is none. */
export function lastColWithContent(grid: Grid, row: number, fromCol: number): number {
  const line = grid.values[row - grid.origin.row] ?? [];
  let last = fromCol - 1;
  line.forEach((v, c) => {
    if (grid.origin.col + c >= fromCol && v !== null && v !== '') last = grid.origin.col + c;
  });
  return last;
}
