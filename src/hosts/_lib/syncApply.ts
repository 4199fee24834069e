import type { CellRef, RangeBox } from '../../core/a1';
import type { Grid } from '../../core/grid';
import {
  BACKUP_SHEET,
  EMPTY_BACKUP,
  backupCellCount,
  backupFor,
  backupRows,
  encodeBackup,
  restorePlan,
} from '../../core/plan/backup';
import { checkPlan, type CellLook, type SheetPlan, type WorkbookPlan } from '../../core/plan';
import { MissingSheetError } from '../errors';
import type { ApplyResult, CellsRead, RestoreResult } from '../types';
import { storedBackup } from './storedBackup';

/**
 * The primitive operations of a host that works on an in-process workbook (HyperFormula,
 * ExcelJS). The backup-then-write flow over them is shared.
 */
export interface CellStore {
  sheetNames(): string[];
  readGrid(sheet: string): Grid;
  readCells(sheet: string, box: RangeBox): CellsRead;
  /** A cell's fill and validation, which an input changes and restore gives back. */
  readLook(sheet: string, at: CellRef): CellLook;
  writeSheetPlan(sp: SheetPlan): void;
  deleteSheet(sheet: string): void;
}

/**
 * Applies a plan to a store: checks it, keeps a backup of what it overwrites on the backup
 * sheet, then writes it.
 */
export function applyWithBackup(store: CellStore, plan: WorkbookPlan): ApplyResult {
  checkPlan(plan);
  const existing = new Set(store.sheetNames());
  for (const sp of plan.sheets)
    if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
  const backup = backupFor(
    plan,
    existing,
    (sheet, range) => store.readCells(sheet, range),
    (sheet, at) => store.readLook(sheet, at),
  );
  const previous = existing.has(BACKUP_SHEET) ? backupRows(store.readGrid(BACKUP_SHEET)) : 0;
  store.writeSheetPlan(encodeBackup(backup, previous));
  for (const sp of plan.sheets) store.writeSheetPlan(sp);
  return { backedUpCells: backupCellCount(backup), createdSheets: backup.createdSheets };
}

/**
 * Restores the last backup of a store and empties it; null when there is none. An unreadable
 * backup is a HostError (BACKUP_UNREADABLE) and nothing is written.
 */
export function restoreFromBackup(store: CellStore): RestoreResult | null {
  if (!store.sheetNames().includes(BACKUP_SHEET)) return null;
  const grid = store.readGrid(BACKUP_SHEET);
  const backup = storedBackup(grid);
  if (!backup) return null;
  const plan = restorePlan(backup);
  const existing = new Set(store.sheetNames());
  for (const sp of plan.sheets) if (existing.has(sp.sheet)) store.writeSheetPlan(sp);
  const deletedSheets = plan.deleteSheets.filter((s) => existing.has(s));
  for (const s of deletedSheets) store.deleteSheet(s);
  store.writeSheetPlan(encodeBackup(EMPTY_BACKUP, backupRows(grid)));
  return { restoredCells: backupCellCount(backup), deletedSheets };
}
