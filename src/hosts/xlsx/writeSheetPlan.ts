import type ExcelJS from 'exceljs';
import { rangeAddress } from '../../core/a1';
import { lookWrites, type PlanCell, type SheetPlan, type Style } from '../../core/plan';
import { clearFormats } from './clearFormats';
import { writeConditionalFormats } from './conditionalFormats';
import { writeLook } from './looks';
import { mergesOf } from './readCells';
import { argb, eachCell } from './styleCells';

/** Writes a sheet plan on an ExcelJS sheet; charts are left out (ExcelJS cannot write them). */
export function writeSheetPlan(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
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
  for (const s of sp.styles) eachCell(ws, s.range, (c) => styleCell(c, s));
  writeConditionalFormats(ws, sp.conditionalFormats);
  for (const v of sp.validations) {
    const list = `"${v.list.join(',')}"`;
    eachCell(
      ws,
      v.range,
      (c) => (c.dataValidation = { type: 'list', allowBlank: true, formulae: [list] }),
    );
  }
  writeLayout(ws, sp);
  for (const { at, look } of lookWrites(sp)) writeLook(ws, at, look);
}

function styleCell(c: ExcelJS.Cell, s: Style): void {
  if (s.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.fontColor !== undefined || s.bold !== undefined) {
    c.font = {
      ...c.font,
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.fontColor && { color: { argb: argb(s.fontColor) } }),
    };
  }
  if (s.align) c.alignment = { ...c.alignment, horizontal: s.align };
}

/** Column widths, frozen panes, print setup and merges. */
function writeLayout(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
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
  const merged = new Set(mergesOf(ws));
  for (const m of sp.merges ?? []) if (!merged.has(rangeAddress(m))) ws.mergeCells(rangeAddress(m));
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
