import type { CellRef, RangeBox } from '../../../core/a1';
import type { Grid, SheetInfo } from '../../../core/grid';
import type { CellLook, SheetPlan, WorkbookPlan } from '../../../core/plan';
import { NoSuchSheetError } from '../../errors';
import { applyWithBackup, restoreFromBackup, type CellStore } from '../../_lib/syncApply';
import type { ApplyResult, CellsRead, RestoreResult, WorkbookHost } from '../../types';
import { emptyPackage } from './emptyPackage';
import { selectCell, unselectTab } from './layout';
import { readLook } from './looks';
import { setActiveTab } from './workbookPart';
import type { Worksheet } from './worksheet';
import { writeSheetPlan } from './writePlan';
import { XlsxBook } from './xlsxBook';

/**
 * A workbook in an .xlsx file, edited as its package: the CLI's host, and the one that serves WPS
 * and LibreOffice users. Every part a plan does not touch leaves the file as it came in.
 */
export class PackageHost implements WorkbookHost, CellStore {
  constructor(readonly book: XlsxBook) {}

  static create(): PackageHost {
    return new PackageHost(XlsxBook.read(emptyPackage()));
  }

  bytes(): Uint8Array {
    return this.book.write();
  }

  private sheet(name: string): Worksheet {
    const ws = this.book.worksheet(name);
    if (!ws) throw new NoSuchSheetError(name, 'xlsx');
    return ws;
  }

  sheetNames(): string[] {
    return this.book.sheets().map((s) => s.name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book
      .sheets()
      .filter((s) => s.part)
      .map((s) => ({ name: s.name, visible: s.state === 'visible' }));
  }

  async readSheet(name: string): Promise<Grid | null> {
    return this.book.worksheet(name) ? this.readGrid(name) : null;
  }

  readGrid(sheet: string): Grid {
    return this.sheet(sheet).readGrid(sheet);
  }

  readCells(sheet: string, box: RangeBox): CellsRead {
    return this.sheet(sheet).readCells(box);
  }

  readLook(sheet: string, at: CellRef): CellLook {
    return readLook(this.sheet(sheet), at);
  }

  writeSheetPlan(sp: SheetPlan): void {
    writeSheetPlan(this.book, sp);
  }

  deleteSheet(sheet: string): void {
    this.sheet(sheet);
    this.book.deleteSheet(sheet);
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    return applyWithBackup(this, plan);
  }

  async restore(): Promise<RestoreResult | null> {
    return restoreFromBackup(this);
  }

  /** Makes the cell the active one, on the active tab, when the file is next opened. */
  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    for (const s of this.book.sheets()) if (s.name !== sheet) unselectTab(this.sheet(s.name));
    selectCell(ws, address);
    setActiveTab(this.book.pkg, this.book.entry(sheet)!);
  }
}
