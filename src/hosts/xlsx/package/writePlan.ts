import { rangeAddress } from '../../../core/a1';
import { lookWrites, type SheetPlan } from '../../../core/plan';
import { removeRulesInside, writeConditionalFormats } from './conditionalFormats';
import { freeze, setColumnWidths, setPrint } from './layout';
import { writeLook } from './looks';
import { clearValidations, writeListValidations } from './validations';
import { setPrintArea, setSheetState } from './workbookPart';
import type { Worksheet } from './worksheet';
import type { XlsxBook } from './xlsxBook';

/**
 * Writes a sheet plan into the package: only what the plan names changes on the sheet, in the
 * order every host follows (clear, cells, formats, styles, rules, validations, layout, looks).
 * Charts are left out: the file keeps the team's charts, and the add-in's charts are Excel's.
 */
export function writeSheetPlan(book: XlsxBook, sp: SheetPlan): void {
  const ws = book.worksheet(sp.sheet) ?? book.addSheet(sp.sheet);
  const entry = () => book.entry(sp.sheet)!;
  if (sp.hidden !== undefined)
    setSheetState(book.pkg, entry(), sp.hidden ? 'veryHidden' : 'visible');
  for (const box of sp.clearFormats) {
    removeRulesInside(ws, box);
    clearValidations(ws, box);
    ws.restyleExisting(box, { plain: true });
  }
  writeBlocks(book, ws, sp);
  for (const f of sp.numberFormats) ws.restyle(f.range, { numFmt: f.format });
  for (const s of sp.styles)
    ws.restyle(s.range, {
      ...(s.fill !== undefined && { fill: s.fill }),
      ...(s.fontColor !== undefined && { fontColor: s.fontColor }),
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.align !== undefined && { align: s.align }),
    });
  writeConditionalFormats(ws, sp.conditionalFormats);
  writeListValidations(ws, sp.validations);
  setColumnWidths(ws, sp.columnWidths);
  if (sp.freeze) freeze(ws, sp.freeze.rows, sp.freeze.cols);
  if (sp.print) {
    setPrint(ws, sp.print.landscape, sp.print.fitToWidth);
    if (sp.print.area) setPrintArea(book.pkg, entry(), rangeAddress(sp.print.area, true));
  }
  for (const m of sp.merges ?? []) ws.merge(m);
  for (const { at, look } of lookWrites(sp)) writeLook(ws, at, look);
}

function writeBlocks(book: XlsxBook, ws: Worksheet, sp: SheetPlan): void {
  for (const b of sp.blocks)
    b.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const at = { row: b.at.row + i, col: b.at.col + j };
        ws.writeCell(at.row, at.col, cell);
        if (cell.kind === 'formula') book.wroteFormula(sp.sheet, at);
      }),
    );
}
