import { parseCell } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { findChannels } from '../roi/findChannels';
import { generateRoi } from '../roi/generateRoi';
import { readSalesTable } from '../roi/readSalesTable';
import { readsAsSales } from '../roi/readsAsSales';
import { roiSources } from '../roi/workbookSources';
import type { SalesSource } from './types';

/** Whether 计算ROI has written its KPI block: the 支付金额 label left of the figure's cell. */
function computed(grid: Grid, at: string | undefined): boolean {
  if (at === undefined) return false;
  const cell = parseCell(at);
  return valueAt(grid, { row: cell.row, col: cell.col - 1 }) === '支付金额';
}

/**
 * The first sales sheet 计算ROI has computed: its figures' cells (the same the ROI writes), its
 * days, and the channel table the ROI reads. Undefined when none.
 * @example salesSource(grids).source?.figures.投入产出比 // '$K$10'
 */
export function salesSource(grids: readonly Grid[]): { source?: SalesSource; issues: Issue[] } {
  for (const grid of grids.filter(readsAsSales)) {
    const sources = roiSources(grid, grids);
    const roi = generateRoi(grid, sources);
    const table = readSalesTable(grid);
    if (!roi || !table || !computed(grid, roi.figures.支付金额)) continue;
    const found = findChannels(grid, table, sources.channels);
    const source: SalesSource = {
      sheet: grid.sheet,
      figures: roi.figures,
      dateCol: table.mapping.date ?? null,
      gmvCol: table.gmvCol,
      planCol: table.mapping.plan ?? null,
      days: table.dataRows,
      channels: found && {
        sheet: found.table.sheet,
        name: found.table.cols.channel,
        spend: found.table.cols.spend,
        gmv: found.table.cols.gmv,
        rows: found.table.channelRows,
      },
    };
    return { source, issues: [] };
  }
  return { issues: [issue('REVIEW_NO_SALES', 'warning', undefined, {})] };
}
