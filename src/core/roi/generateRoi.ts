import { cellAddress, quoteSheetName } from '../a1';
import type { Grid } from '../grid';
import { issue } from '../issues';
import { convertTextNumbers } from '../numbers/convertTextNumbers';
import { mergeSheetPlans } from '../plan';
import { channelPlan } from './channelPlan';
import { channelsRead } from './channelsRead';
import { convertParameters } from './convertParameters';
import { findChannels } from './findChannels';
import { gmvChart } from './gmvChart';
import { kpiBlock } from './kpiBlock';
import { kpiLayout } from './kpiLayout';
import { KPI_LABELS } from './kpis';
import { marginSource } from './marginSource';
import { perRowColumns } from './perRow';
import { readSalesTable } from './readSalesTable';
import { roiInputs } from './roiInputs';
import { salesSheetPlan } from './salesSheetPlan';
import { spendSource } from './spendSource';
import { targetSource } from './targetSource';
import type { RoiOptions, RoiResult } from './types';
import { zeroDenominators } from './zeroDenominators';

// The task pane and src/app import these from here, where they were before the split.
export { readsAsSales } from './readsAsSales';
export type { MarginOrigin, RoiOptions, RoiResult, SpendOrigin, SpendSource } from './types';

/**
 * KPI and ROI formulas on an analyst's sales table: column sums over a range far past the data,
 * then 支付转化率, 客单价, 退款率, 投入产出比, 毛利, 净利润, 净ROI, 保本ROI, 盈亏平衡销售额 and
 * 目标达成率 in a block right of the table, each label with its number to the right; per-row 转化率,
 * 客单价 and 偏差 beside the data; the channel table's ROI and share of spend; a GMV chart. Numbers
 * pasted as text are turned into numbers in place. Null when the grid holds no sales table.
 * @example generateRoi(grid, { margin: 0.4 })?.figures.投入产出比
 */
export function generateRoi(grid: Grid, options: RoiOptions = {}): RoiResult | null {
  const sales = readSalesTable(grid, options.mapping);
  if (!sales) return null;
  const converted = convertTextNumbers(grid, sales.dataRows, sales.numberCols);
  const daily = perRowColumns(grid, sales.header, sales.dataRows);
  const found = findChannels(grid, sales, options.channels);
  const layout = kpiLayout(sales, daily.columns, found?.sameSheet ? found.table : null);
  const at = (row: number, col: number) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col }),
  });

  const margin = marginSource(grid, layout, options.margin);
  // The channel sheet's 保本ROI follows the KPI block's, so one 毛利率 drives both.
  const prefix = found && !found.sameSheet ? `${quoteSheetName(grid.sheet)}!` : '';
  const channel =
    found &&
    channelPlan(found.grid, found.table, `${prefix}${layout.ref('保本ROI')}`, margin.value);
  const spend = spendSource(
    grid,
    layout,
    options.spend?.[0],
    channel && { sheet: channel.plan.sheet, total: channel.spendTotal },
  );
  const target = targetSource(grid, layout, sales);
  const params = convertParameters(grid, [margin.param, spend.param, target.param]);
  const kpis = kpiBlock(grid, sales, layout, { margin, spend, target });

  const salesPlan = salesSheetPlan(grid.sheet, {
    blocks: [...converted.blocks, ...daily.blocks, ...params.blocks, kpis.block],
    daily,
    layout,
    blockRows: kpis.block.cells.length,
    dataRows: sales.dataRows.length,
    charts: gmvChart(sales, layout, kpis.block.cells.length),
    inputs: roiInputs(layout, { margin, spend, target }),
  });
  const sheets = !channel
    ? [salesPlan]
    : found?.sameSheet
      ? [mergeSheetPlans(salesPlan, channel.plan)]
      : [salesPlan, channel.plan];
  return {
    sheet: grid.sheet,
    headerRow: sales.header.row,
    mapping: sales.mapping,
    headers: sales.header.headers,
    lastCol: sales.header.lastCol,
    rows: sales.dataRows.length,
    issues: [
      ...converted.issues,
      ...daily.issues,
      ...margin.issues,
      ...spend.issues,
      ...params.issues,
      ...zeroDenominators(grid, sales, at(layout.rowOf('支付转化率'), layout.col + 1)),
      ...(found && channel ? [channelsRead(found.table), ...channel.issues] : []),
      issue('ROI_WRITTEN', 'info', at(layout.top, layout.col), {
        figures: kpis.formulas.size,
        rows: sales.dataRows.length,
      }),
    ],
    figures: Object.fromEntries(
      KPI_LABELS.filter((l) => kpis.formulas.has(l)).map((l) => [l, layout.ref(l)]),
    ),
    sources: { margin: margin.origin, spend: spend.origin, spendNote: spend.note },
    channels: found && { sheet: found.table.sheet, count: found.table.channelRows.length },
    plan: { sheets, deleteSheets: [] },
  };
}
