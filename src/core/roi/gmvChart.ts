import type { RangeBox } from '../a1';
import type { ChartSpec } from '../plan';
import { CHART_COLS, CHART_ROWS } from './columns';
import type { KpiLayout, SalesTable } from './types';

export const GMV_CHART = '推进表助手·GMV走势';

/**
 * 支付金额 by day (or hour) as a line, with the 计划 column beside it when the table has one, below
 * the KPI block's `blockRows` rows; none without a date column or data. The 爆发日 sheet's chart
 * (targets) has this name, so 计算ROI there replaces it rather than adding a second one.
 * @example gmvChart(table, layout, 20)[0].series[0].values // { row: 4, col: 5, rows: 5, cols: 1 }
 */
export function gmvChart(sales: SalesTable, layout: KpiLayout, blockRows: number): ChartSpec[] {
  const { date, plan } = sales.mapping;
  if (date === undefined || sales.dataRows.length === 0) return [];
  const column = (col: number): RangeBox => ({
    row: sales.rows.first,
    col,
    rows: Math.max(sales.dataRows.length, 1),
    cols: 1,
  });
  const planned = plan === undefined ? [] : [{ name: '计划', values: column(plan) }];
  return [
    {
      name: GMV_CHART,
      kind: 'line',
      title: planned.length > 0 ? '支付金额与计划' : '支付金额走势',
      categories: column(date),
      series: [{ name: '支付金额', values: column(sales.gmvCol) }, ...planned],
      at: { row: layout.top + blockRows + 1, col: layout.col, rows: CHART_ROWS, cols: CHART_COLS },
    },
  ];
}
