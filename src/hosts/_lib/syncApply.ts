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
import type { BeforeReader } from '../../core/plan/backup';
import {
  checkPlan,
  keepTeamValidations,
  type CellLook,
  type CellStyle,
  type ConditionalFormat,
  type DataRule,
  type PrintSetup,
  type SheetPlan,
  type WorkbookPlan,
} from '../../core/plan';
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
  readStyle(sheet: string, at: CellRef): CellStyle;
  /** The validation every cell of a range has, null for none, 'mixed' when they differ. */
  readValidation(sheet: string, range: RangeBox): DataRule | null | 'mixed';
  /** The conditional formats lying wholly inside a range, top priority first. */
  rulesWithin(sheet: string, range: RangeBox): ConditionalFormat[];
  /** A column's width in characters; null for the standard width. */
  readWidth(sheet: string, col: number): number | null;
  readFreeze(sheet: string): { rows: number; cols: number };
  readPrint(sheet: string): PrintSetup;
  writeSheetPlan(sp: SheetPlan): void;
  deleteSheet(sheet: string): void;
}

/** A store's reads, as the backup asks for them. */
export function readerOf(store: CellStore): BeforeReader {
  return {
    cells: (sheet, range) => store.readCells(sheet, range),
    look: (sheet, at) => store.readLook(sheet, at),
    styles: (sheet, range) =>
      Array.from({ length: range.rows }, (_, i) =>
        Array.from({ length: range.cols }, (_, j) =>
          store.readStyle(sheet, { row: range.row + i, col: range.col + j }),
        ),
      ),
    validation: (sheet, range) => store.readValidation(sheet, range),
    rulesWithin: (sheet, range) => store.rulesWithin(sheet, range),
    width: (sheet, col) => store.readWidth(sheet, col),
    freeze: (sheet) => store.readFreeze(sheet),
    print: (sheet) => store.readPrint(sheet),
  };
}

/**
 * Applies a plan to a store: checks it, leaves out the drop-downs that would replace a team's
 * own validation, keeps a backup of what it overwrites on the backup sheet, then writes it.
 */
export function applyWithBackup(store: CellStore, asked: WorkbookPlan): ApplyResult {
  checkPlan(asked);
  const existing = new Set(store.sheetNames());
  for (const sp of asked.sheets)
    if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
  const read = readerOf(store);
  const { plan, issues } = keepTeamValidations(asked, existing, read);
  const backup = backupFor(plan, existing, read);
  const previous = existing.has(BACKUP_SHEET) ? backupRows(store.readGrid(BACKUP_SHEET)) : 0;
  store.writeSheetPlan(encodeBackup(backup, previous));
  for (const sp of plan.sheets) store.writeSheetPlan(sp);
  return {
    backedUpCells: backupCellCount(backup),
    createdSheets: backup.createdSheets,
    ...(issues.length > 0 && { warnings: issues }),
  };
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
