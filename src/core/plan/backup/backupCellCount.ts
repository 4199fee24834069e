import type { Backup } from './types';

/**
 * How many cells a backup restores.
 * @example backupCellCount(EMPTY_BACKUP) // 0
 */
export function backupCellCount(backup: Backup): number {
  return backup.ranges.reduce((n, r) => n + r.range.rows * r.range.cols, 0);
}
