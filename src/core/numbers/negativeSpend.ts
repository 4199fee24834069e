import { cellAddress } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { parseNumberText } from './parseNumberText';

/**
 * A warning on each negative amount among spend cells: a refund or rebate typed as negative spend
 * quietly lowers the totals and raises ROI.
 * @example negativeSpend(grid, [5, 6], [3]) // [{ code: 'NEGATIVE_SPEND', cell: 'D6' … }]
 */
export function negativeSpend(grid: Grid, rows: Iterable<number>, cols: readonly number[]): Issue[] {
  const out: Issue[] = [];
  for (const row of rows) {
    for (const col of cols) {
      const v = valueAt(grid, { row, col });
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
      if (n !== null && n < 0) out.push(issue('NEGATIVE_SPEND', 'warning', { sheet: grid.sheet, address: cellAddress({ row, col }) }, { value: n }));
    }
  }
  return out;
}
