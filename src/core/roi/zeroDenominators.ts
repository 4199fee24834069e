import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import { SALES_ROLES, type SalesRole } from './columns';
import type { SalesTable } from './types';

/** Each ratio among the figures, by its numerator and denominator. */
const RATIOS: readonly (readonly [figure: string, numerator: SalesRole, denominator: SalesRole])[] =
  [
    ['支付转化率', 'buyers', 'visitors'],
    ['客单价', 'gmv', 'buyers'],
    ['退款率', 'refund', 'gmv'],
  ];

/**
 * Figures whose denominator sums to 0 in the data now: they show 0 until the data is in, and the
 * warning says why.
 * @example zeroDenominators(grid, table, at).map((i) => i.params.figure) // ['支付转化率', '客单价']
 */
export function zeroDenominators(
  grid: Grid,
  sales: SalesTable,
  at: { sheet: string; address: string },
): Issue[] {
  if (sales.dataRows.length === 0) return [];
  const m = sales.mapping;
  const sum = (role: SalesRole) => {
    const col = m[role];
    if (col === undefined) return null;
    return sales.dataRows.reduce((s, row) => s + (numberIn(valueAt(grid, { row, col })) ?? 0), 0);
  };
  return RATIOS.filter(
    ([, numerator, denominator]) => m[numerator] !== undefined && sum(denominator) === 0,
  ).map(([figure, , denominator]) =>
    issue('ZERO_DENOMINATOR', 'warning', at, {
      figure,
      denominator: SALES_ROLES.find((r) => r.role === denominator)?.words[0] ?? denominator,
    }),
  );
}
