import type { Backup } from './types';

/** A backup holding nothing. */
export const EMPTY_BACKUP: Backup = {
  createdSheets: [],
  ranges: [],
  formatted: [],
  formats: [],
  charts: [],
  looks: [],
};

/**
 * Whether a backup has nothing to restore.
 * @example isEmptyBackup(EMPTY_BACKUP) // true
 */
export function isEmptyBackup(b: Backup): boolean {
  return (
    b.ranges.length === 0 &&
    b.createdSheets.length === 0 &&
    b.formatted.length === 0 &&
    b.formats.length === 0 &&
    b.charts.length === 0 &&
    b.looks.length === 0
  );
}
