import { BackupUnreadableError } from '../errors';
import type { Grid } from '../grid';
import { issue } from '../issues';
import { decodeBackup } from '../plan/backup';
import type { Finding } from './types';

/**
 * What 撤销 could no longer put back: a backup sheet someone edited or cut short (restore refuses
 * it rather than write a guess over the team's cells), or records for a sheet that was renamed or
 * deleted since the run (restore cannot find it). No mend: an edited backup cannot be rebuilt;
 * the team renames the sheet back or runs the command again, which keeps a new backup.
 * @example backupProblems(backupGrid, ['推进表'])[0]?.issue.code // 'CHECK_BACKUP_SHEET_GONE'
 */
export function backupProblems(grid: Grid | null, sheets: readonly string[]): Finding[] {
  if (!grid) return [];
  let backup;
  try {
    backup = decodeBackup(grid);
  } catch (e) {
    if (!(e instanceof BackupUnreadableError)) throw e;
    const where = { sheet: e.sheet, address: e.cell };
    return [{ issue: issue('CHECK_BACKUP_UNREADABLE', 'warning', where, { reason: e.reason }) }];
  }
  if (!backup) return [];
  const created = new Set(backup.createdSheets);
  const named = [
    ...backup.ranges.map((r) => r.sheet),
    ...backup.formats.map((f) => f.sheet),
    ...backup.looks.map((l) => l.sheet),
    ...backup.formatted.map((f) => f.sheet),
  ];
  const gone = [...new Set(named)].filter((s) => !created.has(s) && !sheets.includes(s));
  return gone.map((sheet) => ({
    issue: issue('CHECK_BACKUP_SHEET_GONE', 'warning', { sheet: grid.sheet }, { sheet }),
  }));
}
