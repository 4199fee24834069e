import { parseRange } from '../../core/a1';
import type { Grid } from '../../core/grid';
import { formulaOf, fromOfficeValue } from './officeValues';

/**
 * The used range of a sheet in two syncs, or null when there is no such sheet; merged areas only
 * where ExcelApi 1.13 is there to read them.
 */
export async function readSheetIn(
  context: Excel.RequestContext,
  name: string,
  mergedAreas: boolean,
): Promise<Grid | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,formulas,rowIndex,columnIndex');
  const merged = mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  await context.sync();
  if (used.isNullObject)
    return { sheet: name, origin: { row: 0, col: 0 }, values: [], formulas: [], merges: [] };
  const merges =
    merged && !merged.isNullObject ? merged.address.split(',').map((a) => parseRange(a).box) : [];
  return {
    sheet: name,
    origin: { row: used.rowIndex, col: used.columnIndex },
    values: used.values.map((r) => r.map(fromOfficeValue)),
    formulas: used.formulas.map((r, i) => r.map((f, j) => formulaOf(f, used.values[i]?.[j]))),
    merges,
  };
}
