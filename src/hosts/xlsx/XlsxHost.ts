import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { contains, parseRange, rangeAddress, type RangeBox } from '../../core/a1';
import type { CellValue, Grid, SheetInfo } from '../../core/grid';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../core/plan';
import { HostError } from '../errors';
import { applyWithBackup, restoreFromBackup, type CellStore } from '../_lib/syncApply';
import type { ApplyResult, CellsRead, RestoreResult, WorkbookHost } from '../types';

// ExcelJS turns date-formatted cells into JS Dates built from UTC milliseconds; this turns them
// back into serials with UTC arithmetic only, so the machine's time zone never matters.
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;
const serialOfDate = (d: Date) => d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file header: an old .xls, or an .xlsx wrapped by password encryption. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

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
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch {
      throw new HostError('FILE_NOT_FOUND', { file });
    }
    const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
    if (!isZip) {
      const ext = path.extname(file).toLowerCase();
      // An encrypted .xlsx is an OLE container like an old .xls: tell the two apart by name.
      const ole = OLE_MAGIC.every((b, i) => bytes[i] === b);
      if (ole) throw new HostError(ext === '.xls' ? 'FILE_OLD_XLS' : 'FILE_ENCRYPTED', { file });
      throw ext === '.xlsx' || ext === '.xlsm'
        ? new HostError('FILE_CORRUPT', { file, reason: 'not a zip package' })
        : new HostError('FILE_NOT_XLSX', { file });
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new HostError(
        'FILE_CORRUPT',
        { file, reason: e instanceof Error ? e.message : String(e) },
        { cause: e },
      );
    }
    return new XlsxHost(wb);
  }

  /** Writes the workbook to a file, asking spreadsheet programs to recalculate on open. */
  async save(file: string): Promise<void> {
    const dir = path.dirname(path.resolve(file));
    try {
      await fs.access(dir);
    } catch {
      throw new HostError('OUTPUT_DIR_MISSING', { dir });
    }
    this.workbook.calcProperties.fullCalcOnLoad = true;
    // ExcelJS writes the print area of a sheet named with an apostrophe undoubled ('Tom's'!A1),
    // which Excel reports as damaged: such a sheet goes without one (it prints its used range).
    for (const ws of this.workbook.worksheets)
      if (ws.name.includes("'") && ws.pageSetup.printArea) delete ws.pageSetup.printArea;
    await this.workbook.xlsx.writeFile(file);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
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
    const ws = this.sheet(sheet);
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    const read =
      rows > 0 && cols > 0
        ? this.readCells(sheet, { row: 0, col: 0, rows, cols })
        : { values: [], formulas: [] };
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRange(m).box);
    return {
      sheet,
      origin: { row: 0, col: 0 },
      values: read.values,
      formulas: read.formulas,
      merges,
    };
  }

  readCells(sheet: string, box: RangeBox): CellsRead {
    const ws = this.sheet(sheet);
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const row = ws.getRow(box.row + r + 1);
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      const nr: string[] = [];
      for (let c = 0; c < box.cols; c++) {
        const cell = row.getCell(box.col + c + 1);
        const [v, f] = readCell(cell);
        vr.push(v);
        fr.push(f);
        nr.push(cell.numFmt || 'General');
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
    return { values, formulas, numberFormats };
  }

  writeSheetPlan(sp: SheetPlan): void {
    const ws = this.workbook.getWorksheet(sp.sheet) ?? this.workbook.addWorksheet(sp.sheet);
    if (sp.hidden !== undefined) ws.state = sp.hidden ? 'veryHidden' : 'visible';
    for (const box of sp.clearFormats) clearFormats(ws, box);
    for (const b of sp.blocks) {
      b.cells.forEach((line, i) => {
        const row = ws.getRow(b.at.row + i + 1);
        line.forEach((cell, j) => {
          row.getCell(b.at.col + j + 1).value = toExcelJs(cell);
        });
      });
    }
    for (const f of sp.numberFormats) eachCell(ws, f.range, (c) => (c.numFmt = f.format));
    for (const s of sp.styles) {
      eachCell(ws, s.range, (c) => {
        if (s.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
        if (s.fontColor !== undefined || s.bold !== undefined) {
          c.font = {
            ...c.font,
            ...(s.bold !== undefined && { bold: s.bold }),
            ...(s.fontColor && { color: { argb: argb(s.fontColor) } }),
          };
        }
        if (s.align) c.alignment = { ...c.alignment, horizontal: s.align };
      });
    }
    // As Excel's clearAll: rules inside a range the plan rules anew go first, so applying twice equals once.
    for (const cf of sp.conditionalFormats) removeRulesInside(ws, cf.range);
    // The plan's first rule gets the top priority; the sheet's other rules keep their order below.
    const n = sp.conditionalFormats.length;
    for (const old of (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings) {
      for (const r of old.rules) r.priority = (r.priority ?? 0) + n;
    }
    sp.conditionalFormats.forEach((cf, i) => {
      ws.addConditionalFormatting({
        ref: rangeAddress(cf.range),
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [cf.formula.replace(/^=/, '')],
            style: {
              ...(cf.fill && {
                fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
              }),
              ...(cf.fontColor && { font: { color: { argb: argb(cf.fontColor) } } }),
            },
          },
        ],
      });
    });
    for (const v of sp.validations) {
      const list = `"${v.list.join(',')}"`;
      eachCell(
        ws,
        v.range,
        (c) => (c.dataValidation = { type: 'list', allowBlank: true, formulae: [list] }),
      );
    }
    for (const w of sp.columnWidths) ws.getColumn(w.col + 1).width = w.width;
    if (sp.freeze) ws.views = [{ state: 'frozen', xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }];
    if (sp.print) {
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: sp.print.landscape ? 'landscape' : 'portrait',
        ...(sp.print.fitToWidth && { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
        // ExcelJS puts a "$" before each end itself: give it the rows absolute only (A$1:R$15).
        ...(sp.print.area && {
          printArea: rangeAddress(sp.print.area, true).replace(/\$([A-Z]+)/g, '$1'),
        }),
      };
    }
    const merged = new Set((ws.model as { merges?: string[] }).merges ?? []);
    for (const m of sp.merges ?? [])
      if (!merged.has(rangeAddress(m))) ws.mergeCells(rangeAddress(m));
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
    const ws = this.sheet(sheet);
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: address }];
    const view = this.workbook.views?.[0] ?? {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: 'visible',
    };
    this.workbook.views = [{ ...view, activeTab: this.workbook.worksheets.indexOf(ws) }];
  }
}

function eachCell(ws: ExcelJS.Worksheet, box: RangeBox, fn: (c: ExcelJS.Cell) => void): void {
  for (let r = 0; r < box.rows; r++) {
    const row = ws.getRow(box.row + r + 1);
    for (let c = 0; c < box.cols; c++) fn(row.getCell(box.col + c + 1));
  }
}

/** Removes the conditional formats whose range lies wholly inside a box. */
function removeRulesInside(ws: ExcelJS.Worksheet, box: RangeBox): void {
  ws.removeConditionalFormatting((old: ExcelJS.ConditionalFormattingOptions) =>
    old.ref.split(/\s+/).every((ref) => contains(box, parseRange(ref).box)),
  );
}

/** Clears rules, validations, fills and fonts in a box, touching only cells that exist. */
function clearFormats(ws: ExcelJS.Worksheet, box: RangeBox): void {
  removeRulesInside(ws, box);
  ws.eachRow((row, r) => {
    if (r - 1 < box.row || r - 1 >= box.row + box.rows) return;
    row.eachCell((c, col) => {
      if (col - 1 < box.col || col - 1 >= box.col + box.cols) return;
      c.style = { ...(c.numFmt && { numFmt: c.numFmt }) };
      c.dataValidation = undefined as unknown as ExcelJS.DataValidation;
    });
  });
}

// ExcelJS keeps strings as strings (never parses "=…"), and formulas go without their "=".
function toExcelJs(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'number':
    case 'boolean':
    case 'text':
      return cell.value;
    case 'formula':
      return { formula: cell.formula.replace(/^=/, '') };
    case 'blank':
      return null;
  }
}

function readCell(cell: ExcelJS.Cell): [CellValue, string | null] {
  const v = cell.value;
  if (v === null || v === undefined) return [null, null];
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return [v, null];
  if (v instanceof Date) return [serialOfDate(v), null];
  if (typeof v === 'object') {
    if ('error' in v) return [{ error: String(v.error) }, null];
    if ('richText' in v) return [v.richText.map((t) => t.text).join(''), null];
    if ('formula' in v || 'sharedFormula' in v) {
      const f = cell.formula;
      // `cell.value` drops a result of 0; `cell.result` keeps it.
      const result: unknown = cell.result;
      const value: CellValue =
        result instanceof Date
          ? serialOfDate(result)
          : typeof result === 'object' && result !== null && 'error' in result
            ? { error: String(result.error) }
            : typeof result === 'number' ||
                typeof result === 'string' ||
                typeof result === 'boolean'
              ? result
              : null;
      return [value, f ? `=${f}` : null];
    }
    if ('text' in v) return [String((v as { text: unknown }).text), null];
  }
  return [String(v), null];
}
