import { labelIn, type Grid } from './index';

/** One column's header as read from one row, or from two read as one. */
export interface HeaderLabel {
  /** Sheet column. */
  readonly col: number;
  /** The text in the column's own cell (a sub-header under a group): what the add-in's own are. */
  readonly own: string;
  /** The group cell merged over it on the row above (`时间` over 开始/结束), or ''. */
  readonly group: string;
  /** A formula with no value to show stands in this column (it still belongs to the table). */
  readonly formula: boolean;
}

/**
 * The group cells of a header's top row: areas merged across columns from that row whose row
 * below has a sub-header. A title merged across the whole table is no group: a group shares its
 * row with other headers (序号 beside 时间, or a second group).
 */
function groupsOf(grid: Grid, r: number) {
  const row = grid.origin.row + r;
  const sub = (c: number) => labelIn(grid.values[r + 1]?.[c - grid.origin.col]) !== '';
  const groups = grid.merges
    .filter((m) => m.row === row && m.cols > 1 && m.rows === 1)
    .filter((m) => labelIn(grid.values[r]?.[m.col - grid.origin.col]) !== '')
    .filter((m) => Array.from({ length: m.cols }, (_, i) => m.col + i).some(sub));
  const inGroup = (c: number) => groups.some((m) => c >= m.col && c < m.col + m.cols);
  const others = (grid.values[r] ?? []).some(
    (v, c) => labelIn(v) !== '' && !inGroup(grid.origin.col + c),
  );
  return groups.length > 1 || (groups.length === 1 && others) ? groups : [];
}

/**
 * The header labels of row `r` (grid-relative), read alone (`depth` 1) or with the row below as
 * one two-row header (`depth` 2): under a group cell the sub-header is the column's own text and
 * the group says what it is part of (`实际` over `结束`); elsewhere the top cell, or the cell below
 * when the top is empty. Null when `depth` is 2 and the row has no group cell.
 * @example headerLabels(grid, 0, 2)?.[2] // { col: 2, own: '开始', group: '时间', formula: false }
 */
export function headerLabels(grid: Grid, r: number, depth: 1 | 2): HeaderLabel[] | null {
  const groups = depth === 2 ? groupsOf(grid, r) : [];
  if (depth === 2 && groups.length === 0) return null;
  const top = grid.values[r] ?? [];
  const below = depth === 2 ? (grid.values[r + 1] ?? []) : [];
  const width = Math.max(top.length, below.length);
  const out: HeaderLabel[] = [];
  for (let c = 0; c < width; c++) {
    const col = grid.origin.col + c;
    const group = groups.find((m) => col >= m.col && col < m.col + m.cols);
    const upper = labelIn(top[c]);
    const lower = labelIn(below[c]);
    const groupText = group ? labelIn(top[group.col - grid.origin.col]) : '';
    const own = group ? lower || (col === group.col ? upper : '') : upper || lower;
    const formula = Boolean(grid.formulas[r]?.[c] ?? (depth === 2 && grid.formulas[r + 1]?.[c]));
    out.push({ col, own, group: group && lower ? groupText : '', formula });
  }
  return out;
}
