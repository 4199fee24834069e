import type { CellRef, RangeBox } from '../../core/a1';
import type { Grid, SheetInfo } from '../../core/grid';
import type {
  CellLook,
  CellStyle,
  ConditionalFormat,
  DataRule,
  PrintSetup,
  SheetPlan,
  WorkbookPlan,
} from '../../core/plan';
import { NoSuchSheetError } from '../errors';
import { applyWithBackup, restoreFromBackup, type CellStore } from '../_lib/syncApply';
import type { ApplyResult, CellsRead, RestoreResult, WorkbookHost } from '../types';
import { emptyPackage } from './package/emptyPackage';
import { selectCell, unselectTab } from './package/layout';
import { readFreeze, readPrint, readWidth } from './package/layoutReads';
import { readLook } from './package/looks';
import { readValidation, rulesWithin } from './package/ruleReads';
import { setActiveTab } from './package/workbookPart';
import type { Worksheet } from './package/worksheet';
import { writeSheetPlan } from './package/writePlan';
import { XlsxBook } from './package/xlsxBook';
import { corrupt, openWorkbook } from './openWorkbook';
import { saveWorkbook } from './saveWorkbook';

/**
 * A workbook in an .xlsx file, edited as its package (see ./package): the CLI's host, and the one
 * that serves WPS and LibreOffice users. Every part a plan does not touch leaves the file as it
 * came in; formulas it writes carry cached values, and the file asks for recalculation on open.
 */
export class XlsxHost implements WorkbookHost, CellStore {
  private constructor(
    readonly book: XlsxBook,
    private readonly file = '(new workbook)',
  ) {}

  /** An empty workbook. */
  static create(): XlsxHost {
    return new XlsxHost(XlsxBook.read(emptyPackage()));
  }

  /** A workbook from a package's bytes (tests build packages as other writers do). */
  static fromBytes(bytes: Uint8Array, file?: string): XlsxHost {
    return new XlsxHost(XlsxBook.read(bytes), file);
  }

  /**
   * Opens an .xlsx file; a missing, unreadable, non-xlsx, damaged or encrypted file is a
   * HostError whose message names the file.
   */
  static async open(file: string): Promise<XlsxHost> {
    return new XlsxHost(await openWorkbook(file), file);
  }

  /** The package as it would be saved. */
  bytes(): Uint8Array {
    return this.book.write();
  }

  /** Writes the workbook to exactly this path. */
  async save(file: string): Promise<void> {
    await saveWorkbook(this.bytes(), file);
  }

  /** A sheet's part, parsed when first asked for: a part that is not XML is FILE_CORRUPT. */
  private sheet(name: string): Worksheet {
    let ws: Worksheet | null;
    try {
      ws = this.book.worksheet(name);
    } catch (e) {
      throw corrupt(this.file, e);
    }
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
    return this.book.entry(name)?.part ? this.readGrid(name) : null;
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

  readStyle(sheet: string, at: CellRef): CellStyle {
    const ws = this.sheet(sheet);
    return ws.styles.cellStyle(ws.styleAt(at.row, at.col));
  }

  readValidation(sheet: string, range: RangeBox): DataRule | null | 'mixed' {
    return readValidation(this.sheet(sheet), range);
  }

  rulesWithin(sheet: string, range: RangeBox): ConditionalFormat[] {
    return rulesWithin(this.sheet(sheet), range);
  }

  readWidth(sheet: string, col: number): number | null {
    return readWidth(this.sheet(sheet), col);
  }

  readFreeze(sheet: string): { rows: number; cols: number } {
    return readFreeze(this.sheet(sheet));
  }

  readPrint(sheet: string): PrintSetup {
    const ws = this.sheet(sheet);
    const entry = this.book.entry(sheet);
    if (!entry) throw new NoSuchSheetError(sheet, 'xlsx');
    return readPrint(ws, this.book.pkg, entry);
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
    for (const s of this.book.sheets())
      if (s.part && s.name !== sheet) unselectTab(this.sheet(s.name));
    selectCell(ws, address);
    setActiveTab(this.book.pkg, this.book.entry(sheet)!);
  }
}
