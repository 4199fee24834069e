import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { PARAMETERS } from './columns';
import { findParameter } from './findParameter';
import type { KpiLayout, SpendChoice, SpendOrigin, SpendSource } from './types';

/**
 * 总投入, in the order tried: a budget's total, the channel table's spend, a 总投入 label on the
 * sheet, else the block's input cell with a warning. Where it comes from is said beside it.
 * @example spendSource(grid, layout, undefined, null).note // '请在 K21 填写'
 */
export function spendSource(
  grid: Grid,
  layout: KpiLayout,
  budget: SpendSource | undefined,
  channels: { readonly sheet: string; readonly total: string } | null,
): SpendChoice {
  const param = findParameter(grid, PARAMETERS.spend, layout.skip);
  const input = layout.spendInput;
  const [origin, ref, note]: [SpendOrigin, string, string] = budget
    ? ['budget', budget.ref, `取自${budget.description}`]
    : channels
      ? ['channels', channels.total, `取自渠道表“${channels.sheet}”的花费合计`]
      : param
        ? ['label', cellAddress(param.at, true), `取自 ${cellAddress(param.at)}`]
        : ['input', cellAddress(input, true), `请在 ${cellAddress(input)} 填写`];
  const at = (row: number, col: number) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col }),
  });
  const issues: Issue[] =
    origin === 'input'
      ? [issue('SPEND_MISSING', 'warning', at(input.row, input.col), { cell: cellAddress(input) })]
      : origin === 'label'
        ? []
        : [
            // Spend from another sheet is easy to miss: say where it comes from, in the
            // reader's language (the in-sheet note above is Chinese, as the sheet is).
            issue(
              origin === 'budget' ? 'SPEND_FROM_BUDGET' : 'SPEND_FROM_CHANNELS',
              'info',
              at(layout.rowOf('总投入'), layout.col + 1),
              { sheet: budget?.sheet ?? channels?.sheet ?? '' },
            ),
          ];
  return { origin, ref, note, param, issues };
}
