import type { CellRef, RangeBox } from '../a1';

/**
 * How a milestone block lies. The add-in lays it out down two columns under the planned columns
 * (里程碑 | 日期, then one name | date pair a row), so nothing of it sits among the Gantt's days;
 * a block an earlier version laid out across one row (里程碑 | 报名 | date | 竞拍 | date …) is read
 * and kept as it is.
 */
export interface BlockShape {
  /** The marker cell (里程碑). */
  readonly at: CellRef;
  readonly vertical: boolean;
}

/** The heading beside the marker in a block laid out down the sheet. */
export const BLOCK_DATE_HEADING = '日期';

/**
 * The label cell of the block's `k`-th pair (its date is the cell to the right).
 * @example pairLabel({ at: { row: 30, col: 8 }, vertical: true }, 1) // { row: 32, col: 8 }
 */
export const pairLabel = (shape: BlockShape, k: number): CellRef =>
  shape.vertical
    ? { row: shape.at.row + 1 + k, col: shape.at.col }
    : { row: shape.at.row, col: shape.at.col + 1 + 2 * k };

/**
 * The cells a block of `pairs` pairs covers, marker included.
 * @example blockBox({ at: { row: 30, col: 8 }, vertical: true }, 4) // { row: 30, col: 8, rows: 5, cols: 2 }
 */
export const blockBox = (shape: BlockShape, pairs: number): RangeBox =>
  shape.vertical
    ? { row: shape.at.row, col: shape.at.col, rows: 1 + pairs, cols: 2 }
    : { row: shape.at.row, col: shape.at.col, rows: 1, cols: 1 + 2 * pairs };
