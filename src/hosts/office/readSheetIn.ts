import { emptyGrid, type Grid } from '../../core/grid';
import { formulaOf, fromOfficeValue } from './officeValues';
import { readBands, type AreaCells, type UsedArea } from './readBands';
import { readMerges } from './readMerges';

/** Rows of a long sheet read first to tell whether it is worth reading in full. */
export const HEAD_ROWS = 200;

/**
 * Several sheets' used ranges in bounded requests, null for a name that is no sheet: one sync
 * finds the sheets, one learns every used range's place and size, then values and formulas come
 * in row bands under 4 MB a response (more syncs only for big sheets), and merged areas, where
 * ExcelApi 1.13 reads them, in a request of their own. With `worthReading`, a sheet longer than
 * HEAD_ROWS is read in its first rows with the rest, and in full only when they are worth it.
 */
export async function readSheetsIn(
  context: Excel.RequestContext,
  names: readonly string[],
  mergedAreas: boolean,
  worthReading?: (head: Grid) => boolean,
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
  const cells = worthReading
    ? await readWorthIt(context, areas, worthReading)
    : await readBands(context, areas);
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

/**
 * Reads the head of each long area with the short ones whole, then the rest of the long areas
 * whose head is worth it; an area turned down keeps its head only (and its box shrinks to it).
 */
async function readWorthIt(
  context: Excel.RequestContext,
  areas: UsedArea[],
  worthReading: (head: Grid) => boolean,
): Promise<AreaCells[]> {
  const heads = areas.map((a) => ({
    ...a,
    box: { ...a.box, rows: Math.min(a.box.rows, HEAD_ROWS) },
  }));
  const first = await readBands(context, heads);
  const rest = areas.flatMap((a, i) => {
    const head = first[i];
    if (!head || a.box.rows <= HEAD_ROWS) return [];
    if (!worthReading(gridOf(a.sheet, heads[i]!, head))) {
      areas[i] = heads[i]!;
      return [];
    }
    const box = { ...a.box, row: a.box.row + HEAD_ROWS, rows: a.box.rows - HEAD_ROWS };
    return [{ at: i, area: { sheet: a.sheet, box } }];
  });
  const more =
    rest.length > 0
      ? await readBands(
          context,
          rest.map((r) => r.area),
        )
      : [];
  rest.forEach(({ at }, k) => {
    const head = first[at];
    const tail = more[k];
    if (!head || !tail) return;
    head.values.push(...tail.values);
    head.formulas.push(...tail.formulas);
  });
  return first;
}
