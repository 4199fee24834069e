import { rangeAddress } from '../../../core/a1';
import type { PrintSetup } from '../../../core/plan';
import { printTitlesText } from '../../_lib/printTitles';
import { readPrint } from './layoutReads';
import { setPrint } from './layout';
import { setColBreaks } from './pageBreaks';
import { setPrintArea, setSheetBuiltin, type SheetEntry } from './workbookPart';
import type { Worksheet } from './worksheet';
import type { ZipPackage } from './zipPackage';

/**
 * Writes how a sheet prints: the page setup, then the parts a setup names (absent ones stay as
 * the sheet has them). The print area and the print titles are the sheet's built-in names
 * `_xlnm.Print_Area` and `_xlnm.Print_Titles`; each is rewritten only when it changes, so a name
 * the sheet has already is left as written (LibreOffice's unquoted 推进表!$A$1:$H$20 stays).
 */
export function writePrint(
  ws: Worksheet,
  pkg: ZipPackage,
  entry: () => SheetEntry,
  print: PrintSetup,
): void {
  setPrint(ws, print);
  const now = readPrint(ws, pkg, entry());
  const changed = <T>(want: T | undefined, had: T) =>
    want !== undefined && JSON.stringify(want) !== JSON.stringify(had);
  // An area of null takes the print area away (restore, where the sheet had none).
  if (changed(print.area, now.area))
    setPrintArea(pkg, entry(), print.area ? rangeAddress(print.area, true) : null);
  if (changed(print.titleRows, now.titleRows) || changed(print.titleCols, now.titleCols)) {
    const rows = print.titleRows === undefined ? (now.titleRows ?? null) : print.titleRows;
    const cols = print.titleCols === undefined ? (now.titleCols ?? null) : print.titleCols;
    setSheetBuiltin(pkg, entry(), 'Print_Titles', printTitlesText(entry().name, { rows, cols }));
  }
  if (changed(print.colBreaks, now.colBreaks)) setColBreaks(ws, print.colBreaks ?? []);
}
