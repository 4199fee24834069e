import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { PARAMETERS } from './columns';
import { findParameter } from './findParameter';
import { salesSum } from './salesSum';
import type { KpiLayout, SalesTable, TargetSource } from './types';

/**
 * 销售额目标: a labelled target on the sheet when it holds a number other than 0, else the sum of
 * the 计划 column; no 目标达成率 without either.
 * @example targetSource(grid, layout, table).note // '目标取自 D2'
 */
export function targetSource(grid: Grid, layout: KpiLayout, sales: SalesTable): TargetSource {
  const param = findParameter(grid, PARAMETERS.target, layout.skip);
  const labelled = param?.value ? param.at : null;
  return {
    param,
    ref: labelled ? cellAddress(labelled, true) : salesSum(sales, 'plan'),
    note: labelled ? `目标取自 ${cellAddress(labelled)}` : '目标 = 计划列合计',
  };
}
