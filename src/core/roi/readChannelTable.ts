import { valueAt, type Grid } from '../grid';
import { findHeader } from '../grid/header';
import { rowSpan } from '../numbers/convertTextNumbers';
import { CHANNEL_NUMBERS, CHANNEL_OWNED, CHANNEL_ROLES } from './columns';
import { tableRows } from './tableRows';
import type { ChannelTable } from './types';

/** Rows past its header a channel table's sums reach. */
export const CHANNEL_ROWS = 200;

/**
 * The channel table of a sheet (渠道, 花费/消耗, 成交金额, 点击, 展现), looked for from `fromRow`
 * down (below a sales table on the same sheet); null when there is none.
 * @example readChannelTable(grid)?.channelRows.length // 4
 */
export function readChannelTable(grid: Grid, fromRow = grid.origin.row): ChannelTable | null {
  const header = findHeader(
    grid,
    CHANNEL_ROLES,
    Object.values(CHANNEL_OWNED),
    (m) => m.channel !== undefined && m.spend !== undefined && m.gmv !== undefined,
    { scanRows: grid.values.length, fromRow },
  );
  const m = header?.mapping;
  if (!header || m?.channel === undefined || m.spend === undefined || m.gmv === undefined)
    return null;
  const cols = { channel: m.channel, spend: m.spend, gmv: m.gmv };
  const numberCols = CHANNEL_NUMBERS.flatMap((r) => (m[r] === undefined ? [] : [m[r]]));
  const rows = tableRows(
    grid,
    header.row,
    { col: cols.channel, dates: false },
    numberCols,
    { from: Math.min(...Object.values(m)), to: header.lastCol },
    CHANNEL_ROWS,
  );
  const channelRows = rowSpan(rows.first, rows.dataEnd).filter((row) => {
    const name = valueAt(grid, { row, col: cols.channel });
    return name !== null && name !== '';
  });
  return { sheet: grid.sheet, header, cols, rows, channelRows };
}
