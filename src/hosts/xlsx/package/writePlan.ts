import { lookWrites, type SheetPlan } from '../../../core/plan';
import {
  compactPriorities,
  removeRulesInside,
  writeConditionalFormats,
} from './conditionalFormats';
import { writeExactRules, writeExactStyles } from './exactFormats';
import { freeze, setColumnWidths } from './layout';
import { writeLook } from './looks';
import { clearValidations, writeListValidations } from './validations';
import { setSheetState } from './workbookPart';
import { writePrint } from './writePrint';
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
  if (sp.visibility) setSheetState(book.pkg, entry(), sp.visibility);
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
  if (sp.print) writePrint(ws, book.pkg, entry, sp.print);
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
