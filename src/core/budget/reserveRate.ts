import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import type { SummaryLayout } from './types';

export const DEFAULT_RESERVE_RATE = 0.1;
/** The label of the rate's input cell in the summary. */
export const RATE_LABEL = '风险备用金比例';

/**
 * The reserve rate: the one set in the task pane, else what the team left in the summary's input
 * cell, else 10%; a warning outside the 10–15% the documents advise, and 10% with an error for a
 * rate below 0 or from 100% up.
 * @example reserveRate(grid, layout, 0.2).issues[0].params // { rate: '20%' }
 */
export function reserveRate(
  grid: Grid,
  s: SummaryLayout,
  option: number | undefined,
): { rate: number; issues: Issue[] } {
  const given = option ?? rateIn(grid, s.col) ?? DEFAULT_RESERVE_RATE;
  const at = {
    sheet: grid.sheet,
    address: cellAddress({ row: s.top + s.totalRow + 1, col: s.col + 1 }),
  };
  const percent = (r: number) => `${Math.round(r * 1000) / 10}%`;
  // A negative reserve would lower 预算总额 below 合计: refused, never written.
  if (given < 0 || given >= 1) {
    const params = { rate: percent(given), used: percent(DEFAULT_RESERVE_RATE) };
    return {
      rate: DEFAULT_RESERVE_RATE,
      issues: [issue('RESERVE_RATE_INVALID', 'error', at, params)],
    };
  }
  // The bounds are compared with a tolerance: 0.15 typed in a cell may not be 0.15 exactly.
  const unusual = given < 0.1 - 1e-9 || given > 0.15 + 1e-9;
  if (!unusual) return { rate: given, issues: [] };
  return {
    rate: given,
    issues: [issue('RESERVE_RATE_UNUSUAL', 'warning', at, { rate: percent(given) })],
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
