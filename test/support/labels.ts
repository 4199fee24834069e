import type { CellValue, Grid } from '../../src/core/grid';

/**
 * The value to the right of a label, searching each row from column `fromCol` on (so the team's
 * own cells left of the add-in's block, which may hold the same words, are passed over).
 */
export function valueRightOf(grid: Grid, label: string, fromCol: number): CellValue | undefined {
  for (const line of grid.values) {
    const i = line.indexOf(label, fromCol - grid.origin.col);
    if (i >= 0) return line[i + 1];
  }
  return undefined;
}
