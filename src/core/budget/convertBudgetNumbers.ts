import type { Grid } from '../grid';
import type { Issue } from '../issues';
import { convertTextNumbers } from '../numbers/convertTextNumbers';
import { negativeSpend } from '../numbers/negativeSpend';
import type { Block } from '../plan';
import type { BudgetMapping, BudgetSheet } from './types';

const columnsOf = (m: BudgetMapping, roles: readonly (keyof BudgetMapping)[]) =>
  roles.flatMap((role) => (m[role] === undefined ? [] : [m[role]]));

/**
 * The lines' numbers typed as text turned into numbers in place (the backup keeps the text), and
 * a warning on each negative price, amount or actual spend.
 * @example convertBudgetNumbers(grid, budget).issues[0].code // 'NUMBER_CONVERTED'
 */
export function convertBudgetNumbers(
  grid: Grid,
  b: BudgetSheet,
): { blocks: Block[]; issues: Issue[] } {
  const rows = b.lines.map((l) => l.row);
  const converted = convertTextNumbers(
    grid,
    rows,
    columnsOf(b.mapping, ['price', 'quantity', 'days', 'amount', 'actual']),
  );
  const negative = negativeSpend(grid, rows, columnsOf(b.mapping, ['price', 'amount', 'actual']));
  return { blocks: converted.blocks, issues: [...converted.issues, ...negative] };
}
