import { cellAddress, type CellRef } from '../../a1';
import { textIn, type Grid } from '../../grid';
import { block, inputCell, num, text, type Block, type InputCell, type Style } from '../../plan';
import { LIMIT_LABEL } from '../milestoneCells';

/** Tasks due the same day one owner may carry before the owner column flags it. */
export const DEFAULT_SAME_DAY_LIMIT = 3;

/** What the same-day limit drives, shown when its cell is selected. */
const LIMIT_DRIVES = '同一负责人同一天截止的事项多于这个数时，这些事项的计划截止标黄。';

/**
 * The same-day limit, the milestone block's last row (同日上限 | 3): an input the team sets
 * beside the dates it plans from. A value the team changed is kept, wherever an earlier run put it
 * (a new milestone pair pushes the limit one row down).
 * @example sameDayLimit(grid, { row: 35, col: 8 }, [{ row: 34, col: 8 }]).ref // '$J$36'
 */
export function sameDayLimit(
  grid: Grid,
  at: CellRef,
  earlier: readonly CellRef[],
): {
  readonly ref: string;
  readonly block: Block;
  readonly input: InputCell;
  readonly style: Style;
} {
  const value = (c: CellRef) => grid.values[c.row - grid.origin.row]?.[c.col - grid.origin.col];
  const kept = [at, ...earlier]
    .filter((c) => textIn(value(c)) === LIMIT_LABEL)
    .map((c) => value({ row: c.row, col: c.col + 1 }))
    .find((v): v is number => typeof v === 'number');
  const valueAt = { row: at.row, col: at.col + 1 };
  return {
    ref: cellAddress(valueAt, true),
    block: block(at, [[text(LIMIT_LABEL), num(kept ?? DEFAULT_SAME_DAY_LIMIT)]]),
    input: inputCell(valueAt, 'count', LIMIT_LABEL, LIMIT_DRIVES),
    style: { range: { ...at, rows: 1, cols: 1 }, bold: true },
  };
}
