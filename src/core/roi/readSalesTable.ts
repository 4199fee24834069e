import type { Grid } from '../grid';
import { rowSpan } from '../numbers/convertTextNumbers';
import { SALES_NUMBERS } from './columns';
import { salesHeader } from './salesHeader';
import { tableRows } from './tableRows';
import type { SalesMapping, SalesTable } from './types';

/** Rows past the header the sums reach, so days appended by hand count without the add-in. */
export const SALES_ROWS = 1000;

/**
 * The sales table of a sheet: its header, its columns by role (`chosen` over the header's words),
 * and its rows, which end above a 合计 row or another table. Null when the grid holds none.
 * @example readSalesTable(grid)?.dataRows // [4, 5, 6, 7, 8]
 */
export function readSalesTable(grid: Grid, chosen: SalesMapping = {}): SalesTable | null {
  const header = salesHeader(grid);
  if (!header) return null;
  const mapping = { ...header.mapping, ...chosen };
  const gmvCol = mapping.gmv;
  if (gmvCol === undefined) return null;
  const numberCols = SALES_NUMBERS.flatMap((r) => (mapping[r] === undefined ? [] : [mapping[r]]));
  const rows = tableRows(
    grid,
    header.row,
    mapping.date === undefined ? { col: gmvCol, dates: false } : { col: mapping.date, dates: true },
    numberCols,
    { from: Math.min(...Object.keys(header.headers).map(Number)), to: header.lastCol },
    SALES_ROWS,
  );
  return {
    header,
    mapping,
    gmvCol,
    numberCols,
    rows,
    dataRows: rowSpan(rows.first, rows.dataEnd),
  };
}
