import type { CellValue, Grid } from '../../grid';

/** One cell to change, in sheet coordinates: a deadline or note text, or a date. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

/**
 * A copy of a grid with some cells changed, grown to reach them: what the sheet will hold once a
 * plan's team cells are written, so the timeline can be generated on it in the same run.
 * @example editGrid(grid, [{ row: 4, col: 5, value: '开团前3天' }]).values[4][5] // '开团前3天'
 */
export function editGrid(grid: Grid, edits: readonly CellEdit[]): Grid {
  const { origin } = grid;
  const rows = Math.max(grid.values.length, ...edits.map((e) => e.row - origin.row + 1));
  const cols = Math.max(
    ...grid.values.map((r) => r.length),
    ...edits.map((e) => e.col - origin.col + 1),
    0,
  );
  const pad = <T>(line: readonly T[] | undefined, empty: T): T[] =>
    Array.from({ length: cols }, (_, c) => line?.[c] ?? empty);
  const values = Array.from({ length: rows }, (_, r) => pad(grid.values[r], null as CellValue));
  const formulas = Array.from({ length: rows }, (_, r) =>
    pad(grid.formulas[r], null as string | null),
  );
  for (const e of edits) {
    const r = e.row - origin.row;
    const c = e.col - origin.col;
    // Edits above or left of the used range cannot happen here: every edit is in the table or right of it.
    if (r < 0 || c < 0) continue;
    values[r]![c] = e.value;
    formulas[r]![c] = null;
  }
  return { ...grid, values, formulas };
}
