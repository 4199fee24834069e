import type { CellRef, RangeBox } from '../a1';
import { INPUT_RULES } from './inputRules';
import type { InputCell, InputKind } from './types';

/**
 * An input cell of a kind, its refusal worded by the kind's rule.
 * @example inputCell({ row: 9, col: 12 }, 'rate', '毛利率', '保本ROI = 1 ÷ 毛利率').message // '毛利率是 0% 到 100% 之间的比例，例如 35%。'
 */
export function inputCell(
  at: CellRef | RangeBox,
  kind: InputKind,
  title: string,
  drives: string,
): InputCell {
  const range = 'rows' in at ? at : { row: at.row, col: at.col, rows: 1, cols: 1 };
  return { range, kind, title, drives, message: INPUT_RULES[kind].message(title) };
}
