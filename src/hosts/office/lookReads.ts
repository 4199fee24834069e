import { cellAddress, type CellRef } from '../../core/a1';
import { lookWrites, type CellLook, type SheetPlan } from '../../core/plan';
import { fromOffice } from './officeRule';

/**
 * Queues the reads of every cell a plan gives a look, on sheets that exist, and answers the
 * function that tells each cell's look once the request is synced. `color` reads "#FFFFFF" for
 * no fill as for white (office-js issues 4900 and 6218); `tintAndShade` (ExcelApi 1.9) is null
 * only for no fill, so where it is missing "#FFFFFF" is taken for none, the far likelier case.
 */
export function loadLooks(
  context: Excel.RequestContext,
  sheets: readonly SheetPlan[],
  fillTint: boolean,
): (sheet: string, at: CellRef) => CellLook {
  const reads = new Map<string, Excel.Range>();
  const key = (sheet: string, at: CellRef) => `${sheet}!${cellAddress(at)}`;
  for (const sp of sheets) {
    for (const { at } of lookWrites(sp)) {
      const r = context.workbook.worksheets.getItem(sp.sheet).getRange(cellAddress(at));
      if (fillTint) r.format.fill.load('color,tintAndShade');
      else r.format.fill.load('color');
      r.dataValidation.load('type,rule,prompt,errorAlert,ignoreBlanks');
      reads.set(key(sp.sheet, at), r);
    }
  }
  return (sheet, at) => {
    const r = reads.get(key(sheet, at))!;
    const { color } = r.format.fill;
    const none = fillTint ? r.format.fill.tintAndShade === null : color === '#FFFFFF';
    return {
      fill: none ? null : color.toUpperCase(),
      validation: fromOffice(r.dataValidation),
    };
  };
}
