import type { Grid } from '../grid';
import { readChannelTable } from './readChannelTable';
import type { ChannelTable, SalesTable } from './types';

/**
 * The channel table the figures read: on the sheet the caller names, else below the sales data on
 * the same sheet (never inside it); null when there is none.
 * @example findChannels(sales, table, channelsGrid)?.sameSheet // false
 */
export function findChannels(
  grid: Grid,
  sales: SalesTable,
  other: Grid | undefined,
): { readonly grid: Grid; readonly table: ChannelTable; readonly sameSheet: boolean } | null {
  const channelGrid = other ?? grid;
  const from = channelGrid === grid ? sales.rows.dataEnd + 1 : channelGrid.origin.row;
  const table = readChannelTable(channelGrid, from);
  return table && { grid: channelGrid, table, sameSheet: table.sheet === grid.sheet };
}
