import type { CellValue, Grid } from '../grid';
import type { HeaderContest } from '../grid/header';
import type { ColumnRole } from './columns';
import { readsAsProgress } from './progress';
import type { ColumnMapping } from './readTaskSheet';

/** The values of one column below the header, as read. */
export function columnValues(grid: Grid, headerRow: number, col: number): CellValue[] {
  const c = col - grid.origin.col;
  return grid.values.slice(headerRow - grid.origin.row + 1).map((line) => line[c] ?? null);
}

/**
 * A progress column named like a status. A bare 进度 (and English Progress) names the 状态 role by
 * its words, yet teams fill it with 80% or 已完成80%: when the status column's values are mostly
 * such figures it is read as progress, and no column is the team's 状态 (so the add-in puts no
 * 状态 drop-down over their percentages). Where two columns named the status, the one passed over
 * is looked at too: Status and Progress side by side keep their own meanings. A column the user
 * chose as 状态 stays one.
 * @example withProgress(grid, { row: 1, mapping: { task: 0, status: 3 }, contests: [] }, {}).mapping // { task: 0, progress: 3 }
 */
export function withProgress(
  grid: Grid,
  found: {
    readonly row: number;
    readonly mapping: ColumnMapping;
    readonly contests: readonly HeaderContest<ColumnRole>[];
  },
  override: ColumnMapping,
): {
  readonly mapping: ColumnMapping;
  readonly contests: readonly HeaderContest<ColumnRole>[];
  /** Whether the progress column is one whose header named the status. */
  readonly fromStatus?: boolean;
} {
  const mapping: ColumnMapping = { ...found.mapping, ...override };
  const { contests, row: headerRow } = found;
  if (mapping.progress !== undefined) return { mapping, contests };
  const reads = (col: number) => readsAsProgress(columnValues(grid, headerRow, col));
  const status = mapping.status;
  const rivals = contests.filter((c) => c.role === 'status');
  if (status !== undefined && override.status === undefined && reads(status)) {
    const rest = { ...mapping };
    delete rest.status;
    // A passed-over status column of words becomes the status once the figures are progress.
    const words = rivals.find((c) => !reads(c.passed.col));
    return {
      mapping: { ...rest, progress: status, ...(words && { status: words.passed.col }) },
      contests: contests.filter((c) => c.role !== 'status'),
      fromStatus: true,
    };
  }
  const figures = rivals.find((c) => reads(c.passed.col));
  if (!figures) return { mapping, contests };
  return {
    mapping: { ...mapping, progress: figures.passed.col },
    contests: contests.filter((c) => c !== figures),
    fromStatus: true,
  };
}
