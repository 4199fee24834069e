/**
 * The backup of the last run, kept on a very hidden sheet of the workbook: what a host snapshots
 * before it writes, how the snapshot is stored and read back, and the plan that restores it.
 */
export type {
  Backup,
  BeforeReader,
  CellsBefore,
  FormatBefore,
  FormatSnapshot,
  LookSnapshot,
  RangeSnapshot,
} from './types';
export { formatsBefore, ruleRanges } from './formatsBefore';
export { BACKUP_SHEET } from './layout';
export { EMPTY_BACKUP, isEmptyBackup } from './emptyBackup';
export { backupFor } from './backupFor';
export { snapshotCell } from './snapshotCell';
export { encodeBackup } from './encodeBackup';
export { decodeBackup } from './decodeBackup';
export { backupRows } from './backupRows';
export { restorePlan } from './restorePlan';
export { backupCellCount } from './backupCellCount';
export { matchesSnapshot } from './matchesSnapshot';
