import type { RangeBox } from '../a1';
import type { ChartSpec } from '../plan';
import { CHART_COLS, CHART_ROWS } from './columns';
import type { KpiLayout, SalesTable } from './types';

export const GMV_CHART = '推进表助手·GMV走势';

/**
 * 支付金额 by day (or hour) as a line, below the KPI block's `blockRows` rows; none without a date
 * column or data.
 * @example gmvChart(table, layout, 20)[0].values // { row: 4, col: 5, rows: 5, cols: 1 }
 */
export function gmvChart(sales: SalesTable, layout: KpiLayout, blockRows: number): ChartSpec[] {
  const date = sales.mapping.date;
  if (date === undefined || sales.dataRows.length === 0) return [];
  const column = (col: number): RangeBox => ({
    row: sales.rows.first,
    col,
    rows: Math.max(sales.dataRows.length, 1),
    cols: 1,
  });
  return [
    {
      name: GMV_CHART,
      kind: 'line',
      title: '支付金额走势',
      seriesName: '支付金额',
      categories: column(date),
      values: column(sales.gmvCol),
      at: { row: layout.top + blockRows + 1, col: layout.col, rows: CHART_ROWS, cols: CHART_COLS },
    },
  ];
}
