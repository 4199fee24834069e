import type { Grid } from '../../grid';

/**
 * How many rows the backup sheet's grid uses (so a new backup can blank the rest).
 * @example backupRows(await host.readSheet(BACKUP_SHEET)) // 12
 */
export function backupRows(grid: Grid): number {
  return grid.origin.row + grid.values.length;
}
