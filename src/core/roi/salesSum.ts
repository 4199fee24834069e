import { cellAddress } from '../a1';
import type { SalesRole } from './columns';
import type { SalesTable } from './types';

/**
 * The sum of a role's column down to where the sums reach, so days appended by hand count;
 * undefined when the table has no such column.
 * @example salesSum(table, 'gmv') // 'SUM($F$5:$F$1004)'
 */
export function salesSum(t: SalesTable, role: SalesRole): string | undefined {
  const col = t.mapping[role];
  if (col === undefined) return undefined;
  const from = cellAddress({ row: t.rows.first, col }, true);
  return `SUM(${from}:${cellAddress({ row: t.rows.rangeEnd, col }, true)})`;
}
