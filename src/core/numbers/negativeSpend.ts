import { cellAddress } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { numberIn } from './parseNumberText';

/**
 * A warning on each negative amount among spend cells: a refund or rebate typed as negative spend
 * quietly lowers the totals and raises ROI.
 * @example negativeSpend(grid, [5, 6], [3]) // [{ code: 'NEGATIVE_SPEND', cell: 'D6' … }]
 */
export function negativeSpend(
  grid: Grid,
  rows: Iterable<number>,
  cols: readonly number[],
): Issue[] {
  const out: Issue[] = [];
  for (const row of rows) {
    for (const col of cols) {
      const n = numberIn(valueAt(grid, { row, col }));
      if (n !== null && n < 0)
        out.push(
          issue(
            'NEGATIVE_SPEND',
            'warning',
            { sheet: grid.sheet, address: cellAddress({ row, col }) },
            { value: n },
          ),
        );
    }
  }
  return out;
}
