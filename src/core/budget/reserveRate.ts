import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import type { SummaryLayout } from './types';

export const DEFAULT_RESERVE_RATE = 0.1;
/** The label of the rate's input cell in the summary. */
export const RATE_LABEL = '风险备用金比例';

/**
 * The reserve rate: the one set in the task pane, else what the team left in the summary's input
 * cell, else 10%; a warning outside the 10–15% the documents advise.
 * @example reserveRate(grid, layout, 0.2).issues[0].params // { rate: '20%' }
 */
export function reserveRate(
  grid: Grid,
  s: SummaryLayout,
  option: number | undefined,
): { rate: number; issues: Issue[] } {
  const rate = option ?? rateIn(grid, s.col) ?? DEFAULT_RESERVE_RATE;
  // The bounds are compared with a tolerance: 0.15 typed in a cell may not be 0.15 exactly.
  const unusual = rate < 0.1 - 1e-9 || rate > 0.15 + 1e-9;
  if (!unusual) return { rate, issues: [] };
  const at = { row: s.top + s.totalRow + 1, col: s.col + 1 };
  return {
    rate,
    issues: [
      issue(
        'RESERVE_RATE_UNUSUAL',
        'warning',
        { sheet: grid.sheet, address: cellAddress(at) },
        { rate: `${Math.round(rate * 1000) / 10}%` },
      ),
    ],
  };
}

/** The reserve rate the team left in the summary's input cell, if any. */
function rateIn(grid: Grid, col: number): number | null {
  for (const line of grid.values) {
    const label = line[col - grid.origin.col];
    const v = line[col + 1 - grid.origin.col];
    if (label === RATE_LABEL && typeof v === 'number') return v;
  }
  return null;
}
