import type { Grid } from '../grid';
import { findHeader, type HeaderRow } from '../grid/header';
import { SALES_OWNED, SALES_ROLES, type SalesRole } from './columns';

/**
 * The header row of a sales table: 支付金额 with 访客数 or 支付买家数; null when the grid has none.
 * @example salesHeader(grid)?.mapping.gmv // 5
 */
export function salesHeader(grid: Grid): HeaderRow<SalesRole> | null {
  return findHeader(
    grid,
    SALES_ROLES,
    Object.values(SALES_OWNED),
    (m) => m.gmv !== undefined && (m.visitors !== undefined || m.buyers !== undefined),
  );
}
