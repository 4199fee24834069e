import ExcelJS from 'exceljs';
import type { CellRef, RangeBox } from '../../core/a1';
import type { Grid, SheetInfo } from '../../core/grid';
import type { CellLook, SheetPlan, WorkbookPlan } from '../../core/plan';
import { NoSuchSheetError } from '../errors';
import { applyWithBackup, restoreFromBackup, type CellStore } from '../_lib/syncApply';
import type { ApplyResult, CellsRead, RestoreResult, WorkbookHost } from '../types';
import { readLook } from './looks';
import { openWorkbook } from './openWorkbook';
import { readCells, readGrid } from './readCells';
import { saveWorkbook } from './saveWorkbook';
import { selectCell } from './selectCell';
import { writeSheetPlan } from './writeSheetPlan';

/**
 * A workbook in an .xlsx file, read and written with ExcelJS: the CLI's host, and the one that
 * serves WPS and LibreOffice users. Written files ask Excel to recalculate fully on open.
 */
export class XlsxHost implements WorkbookHost, CellStore {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** An empty workbook. */
  static create(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook());
  }

  /**
   * Opens an .xlsx file; a missing, non-xlsx, damaged or encrypted file is a HostError whose
   * message names the file.
   */
  static async open(file: string): Promise<XlsxHost> {
    return new XlsxHost(await openWorkbook(file));
  }

  /** Writes the workbook to a file, asking spreadsheet programs to recalculate on open. */
  async save(file: string): Promise<void> {
    await saveWorkbook(this.workbook, file);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new NoSuchSheetError(name, 'xlsx');
    return ws;
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      visible: ws.state === 'visible',
    }));
  }

  async readSheet(name: string): Promise<Grid | null> {
    return this.workbook.getWorksheet(name) ? this.readGrid(name) : null;
  }

  readGrid(sheet: string): Grid {
    return readGrid(this.sheet(sheet), sheet);
  }

  readCells(sheet: string, box: RangeBox): CellsRead {
    return readCells(this.sheet(sheet), box);
  }

  readLook(sheet: string, at: CellRef): CellLook {
    return readLook(this.sheet(sheet), at);
  }

  writeSheetPlan(sp: SheetPlan): void {
    writeSheetPlan(
      this.workbook.getWorksheet(sp.sheet) ?? this.workbook.addWorksheet(sp.sheet),
      sp,
    );
  }

  deleteSheet(sheet: string): void {
    this.workbook.removeWorksheet(this.sheet(sheet).id);
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    return applyWithBackup(this, plan);
  }

  async restore(): Promise<RestoreResult | null> {
    return restoreFromBackup(this);
  }

  /** Makes the cell the active one when the file is next opened. */
  async select(sheet: string, address: string): Promise<void> {
    selectCell(this.workbook, this.sheet(sheet), address);
  }
}
