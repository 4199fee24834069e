import { valueAt, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import { readSalesTable } from '../roi/readSalesTable';
import type { Sourced } from './types';

/** 客单价 and 转化率 of the last campaign, when its sales sheet has the columns. */
export interface SalesHistory {
  readonly aov?: Sourced;
  readonly conversion?: Sourced;
}

/**
 * The last campaign's 客单价 (支付金额 ÷ 支付买家数) and 转化率 (支付买家数 ÷ 访客数), each over the
 * whole table's sums, so a big day weighs as much as it sold. Empty when the columns are missing
 * or their sums are 0.
 * @example salesHistory(grid).aov?.value // 180
 */
export function salesHistory(grid: Grid): SalesHistory {
  const table = readSalesTable(grid);
  if (!table) return {};
  const sum = (col: number | undefined): number =>
    col === undefined
      ? 0
      : table.dataRows.reduce((s, row) => s + (numberIn(valueAt(grid, { row, col })) ?? 0), 0);
  const gmv = sum(table.gmvCol);
  const buyers = sum(table.mapping.buyers);
  const visitors = sum(table.mapping.visitors);
  const from = `取自“${grid.sheet}”上次活动`;
  return {
    ...(buyers > 0 && gmv > 0
      ? { aov: { value: gmv / buyers, note: `${from}：支付金额合计 ÷ 支付买家数合计` } }
      : {}),
    ...(visitors > 0 && buyers > 0
      ? { conversion: { value: buyers / visitors, note: `${from}：支付买家数合计 ÷ 访客数合计` } }
      : {}),
  };
}
