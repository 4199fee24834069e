import { rangeAddress } from '../../../core/a1';
import { lookWrites, type SheetPlan } from '../../../core/plan';
import {
  compactPriorities,
  removeRulesInside,
  writeConditionalFormats,
} from './conditionalFormats';
import { writeExactRules, writeExactStyles } from './exactFormats';
import { readPrint } from './layoutReads';
import { freeze, setColumnWidths, setPrint } from './layout';
import { writeLook } from './looks';
import { clearValidations, writeListValidations } from './validations';
import { setPrintArea, setSheetState } from './workbookPart';
import type { Worksheet } from './worksheet';
import type { XlsxBook } from './xlsxBook';

/**
 * Writes a sheet plan into the package: only what the plan names changes on the sheet, in the
 * order every host follows (clear, cells, number formats, styles, exact styles, rules, lists,
 * exact validations, layout, looks).
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
  writeExactStyles(ws, sp.exactStyles ?? []);
  for (const box of sp.removeRules ?? []) removeRulesInside(ws, box);
  if (sp.removeRules?.length) compactPriorities(ws);
  writeConditionalFormats(ws, sp.conditionalFormats);
  writeListValidations(ws, sp.validations);
  writeExactRules(ws, sp.exactRules ?? []);
  setColumnWidths(ws, sp.columnWidths);
  if (sp.freeze) freeze(ws, sp.freeze.rows, sp.freeze.cols);
  if (sp.print) {
    setPrint(ws, sp.print.landscape, sp.print.fitToWidth);
    // An area of null takes the print area away (restore, where the sheet had none); an area the
    // sheet has already is left as written (LibreOffice's unquoted 推进表!$A$1:$H$20 stays).
    const { area } = sp.print;
    const now = readPrint(ws, book.pkg, entry()).area;
    if (area !== undefined && JSON.stringify(area) !== JSON.stringify(now))
      setPrintArea(book.pkg, entry(), area ? rangeAddress(area, true) : null);
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
