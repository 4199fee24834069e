import { cellAddress } from '../a1';
import type { SalesRole } from './columns';
import type { SalesTable } from './types';

/**
 * The sum of a role's column down to where the sums reach, so days appended by hand count;
 * undefined when the table has no such column. When the team's own row ends the table (合计, a
 * note, a parameter), the sum reaches it and takes it out by its key text: a day inserted above
 * it counts at once, and the row itself never does.
 * @example salesSum(table, 'gmv') // 'SUM($F$5:$F$1004)', or 'SUM($F$5:$F$10)-SUMIFS($F$5:$F$10,$A$5:$A$10,"合计")'
 */
export function salesSum(t: SalesTable, role: SalesRole): string | undefined {
  const col = t.mapping[role];
  if (col === undefined) return undefined;
  const { first, rangeEnd, stop } = t.rows;
  const range = (c: number, end: number) =>
    `${cellAddress({ row: first, col: c }, true)}:${cellAddress({ row: end, col: c }, true)}`;
  if (!stop) return `SUM(${range(col, rangeEnd)})`;
  const key = t.mapping.date ?? t.gmvCol;
  // SUMIFS criteria treat * ? ~ as wildcards: escape them so the team's text matches itself.
  const text = stop.text.replace(/[~*?]/g, '~$&').replace(/"/g, '""');
  const values = range(col, stop.row);
  return `SUM(${values})-SUMIFS(${values},${range(key, stop.row)},"${text}")`;
}
