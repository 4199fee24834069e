import { BackupUnreadableError } from '../../core/errors';
import type { Grid } from '../../core/grid';
import { decodeBackup, isEmptyBackup, type Backup } from '../../core/plan/backup';
import { HostError } from '../errors';

/**
 * The backup the backup sheet holds; null when it holds none or an empty one. A sheet someone
 * edited into something unreadable is a HostError (BACKUP_UNREADABLE) naming the cell, raised
 * before anything is written, never a silent "nothing to restore".
 * @example storedBackup(store.readGrid(BACKUP_SHEET))
 */
export function storedBackup(grid: Grid): Backup | null {
  try {
    const backup = decodeBackup(grid);
    return backup && !isEmptyBackup(backup) ? backup : null;
  } catch (e) {
    if (e instanceof BackupUnreadableError)
      throw new HostError('BACKUP_UNREADABLE', { sheet: e.sheet, cell: e.cell }, { cause: e });
    throw e;
  }
}
