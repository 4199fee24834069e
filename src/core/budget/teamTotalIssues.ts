import { cellAddress } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import { columnSum, lineAmount } from './lineAmounts';
import type { BudgetSheet } from './types';

/** Two sums agree when they differ by less than a fen: teams round to the yuan or the fen. */
const AGREE = 0.005;
const shown = (n: number) => (Math.round(n * 100) / 100).toLocaleString('en-US');

/**
 * The team's own 合计 row checked against its lines: its planned total against the lines'
 * amounts, its actual total against the lines' actuals (deposits out, as the add-in's 合计).
 * One issue for each that disagrees, naming both cells.
 * @example teamTotalIssues(grid, budget, { amount: '$N$12', actual: '$N$16' })
 */
export function teamTotalIssues(
  grid: Grid,
  b: BudgetSheet,
  ours: { readonly amount: string; readonly actual: string },
): Issue[] {
  const row = b.teamTotal;
  if (row === null) return [];
  const m = b.mapping;
  const planned = b.lines
    .filter((l) => !l.deposit)
    .reduce((sum, l) => sum + (lineAmount(grid, m, l) ?? 0), 0);
  const checks = [
    { col: m.amount, sum: planned, ourCell: ours.amount },
    {
      col: m.actual,
      sum: m.actual === undefined ? 0 : columnSum(grid, b.lines, m.actual),
      ourCell: ours.actual,
    },
  ];
  return checks.flatMap(({ col, sum, ourCell }) => {
    if (col === undefined) return [];
    const team = numberIn(valueAt(grid, { row, col }));
    if (team === null || Math.abs(team - sum) < AGREE) return [];
    const teamCell = cellAddress({ row, col });
    return [
      issue(
        'TEAM_TOTAL_DIFFERS',
        'warning',
        { sheet: b.sheet, address: teamCell },
        {
          column: b.headers[col] ?? '',
          teamCell,
          team: shown(team),
          ours: shown(sum),
          ourCell: ourCell.replace(/\$/g, ''),
        },
      ),
    ];
  });
}
