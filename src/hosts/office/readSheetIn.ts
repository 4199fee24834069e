import { emptyGrid, type Grid } from '../../core/grid';
import { formulaOf, fromOfficeValue } from './officeValues';
import { readBands, type AreaCells, type UsedArea } from './readBands';
import { readMerges } from './readMerges';

/**
 * Several sheets' used ranges in bounded requests, null for a name that is no sheet: one sync
 * finds the sheets, one learns every used range's place and size, then values and formulas come
 * in row bands under 4 MB a response (more syncs only for big sheets), and merged areas, where
 * ExcelApi 1.13 reads them, in a request of their own.
 */
export async function readSheetsIn(
  context: Excel.RequestContext,
  names: readonly string[],
  mergedAreas: boolean,
): Promise<(Grid | null)[]> {
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  await context.sync();
  const used = sheets.map((ws) => {
    if (ws.isNullObject) return null;
    const range = ws.getUsedRangeOrNullObject(true);
    return range.load('rowIndex,columnIndex,rowCount,columnCount');
  });
  await context.sync();
  const areas: UsedArea[] = [];
  names.forEach((sheet, i) => {
    const r = used[i];
    if (!r || r.isNullObject) return;
    const box = { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
    areas.push({ sheet, box });
  });
  const cells = await readBands(context, areas);
  const merges = mergedAreas ? await readMerges(context, areas) : [];
  return names.map((sheet, i) => {
    if (sheets[i]?.isNullObject) return null;
    const at = areas.findIndex((a) => a.sheet === sheet);
    const area = areas[at];
    const read = cells[at];
    if (!area || !read) return emptyGrid(sheet);
    return { ...gridOf(sheet, area, read), merges: merges[at] ?? [] };
  });
}

/** The used range of one sheet, or null when there is no such sheet. */
export async function readSheetIn(
  context: Excel.RequestContext,
  name: string,
  mergedAreas: boolean,
): Promise<Grid | null> {
  return (await readSheetsIn(context, [name], mergedAreas))[0] ?? null;
}

function gridOf(sheet: string, area: UsedArea, read: AreaCells): Grid {
  const { values, formulas } = read;
  return {
    sheet,
    origin: { row: area.box.row, col: area.box.col },
    values: values.map((r) => r.map((v) => fromOfficeValue(v))),
    formulas: formulas.map((r, i) => r.map((f, j) => formulaOf(f, values[i]?.[j]))),
    merges: [],
  };
}
