import { rangeAddress, type RangeBox } from '../../core/a1';

/** A sheet of the workbook, by name, in a request. */
export const sheetIn = (c: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  c.workbook.worksheets.getItem(sheet);

/** A rectangle of a sheet, in a request. */
export const rangeIn = (c: Excel.RequestContext, sheet: string, box: RangeBox): Excel.Range =>
  sheetIn(c, sheet).getRange(rangeAddress(box));
