import type { Grid } from '../../grid';

/** The marker the Gantt's legend starts with, so a re-run knows the row is the add-in's. */
export const LEGEND_MARKER = '图例';

/** Where the Gantt's label row (weeks, months, milestones) and its legend go. */
export interface GanttRows {
  readonly labels: number | null;
  readonly legend: number | null;
}

/**
 * The rows above the day row the Gantt may write: the label row right above it and the legend
 * above that, each when it is free over the Gantt's columns or the add-in's from an earlier run.
 * Where a sheet has no such rows (a header on row 1 or 2, or the team's cells there) they go
 * below the table instead, the labels first, as an axis under the bars.
 * @example ganttRows(grid, { head: 2, extent: 29, col: 10, width: 40 }) // { labels: 1, legend: 0 }
 */
export function ganttRows(
  grid: Grid,
  at: {
    readonly head: number;
    readonly extent: number;
    readonly col: number;
    readonly width: number;
  },
): GanttRows {
  const { head, extent, col, width } = at;
  const ok = (row: number) => row >= 0 && rowIsOurs(grid, row, col, width);
  const below = [extent + 1, extent + 2, extent + 3].filter(ok);
  const labels = ok(head - 1) ? head - 1 : (below.shift() ?? null);
  const legend = ok(head - 2) && labels === head - 1 ? head - 2 : (below.shift() ?? null);
  return { labels, legend };
}

/**
 * Whether a row's cells over the Gantt's columns are empty, or hold the add-in's labels or legend
 * from an earlier run (formulas on the day row, or the legend's marker first), and lie in no
 * merged area (a title merged across the sheet).
 */
export function rowIsOurs(grid: Grid, row: number, col: number, width: number): boolean {
  if (
    grid.merges.some(
      (m) => row >= m.row && row < m.row + m.rows && m.col + m.cols > col && m.col < col + width,
    )
  )
    return false;
  const r = row - grid.origin.row;
  const value = (c: number) => grid.values[r]?.[c - grid.origin.col] ?? null;
  if (value(col) === LEGEND_MARKER) return true;
  for (let c = col; c < col + width; c++) {
    const v = value(c);
    const f = grid.formulas[r]?.[c - grid.origin.col] ?? null;
    if (v !== null && v !== '' && !(f && /^=(MONTH|IF)\(/.test(f))) return false;
  }
  return true;
}
