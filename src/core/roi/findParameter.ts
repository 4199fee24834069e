import { labelledCell, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import type { Parameter } from './types';

/**
 * A label/value pair anywhere on the sheet but in the header row and the KPI block (whose labels
 * use the same words): its value's cell and number.
 * @example findParameter(grid, ['毛利率'], { row: 3, col: 9 }) // { at: { row: 1, col: 1 }, value: 0.4 }
 */
export function findParameter(
  grid: Grid,
  labels: readonly string[],
  skip: { readonly row: number; readonly col: number },
): Parameter | null {
  const found = labelledCell(grid, labels, undefined, skip);
  return found && { at: found.at, value: numberIn(found.value) };
}
