import type { HyperFormula } from 'hyperformula';
import type { RangeBox } from '../../core/a1';
import { ruledLooks } from './conditionalLooks';
import { readStyle, type FormatState } from './formats';

/** The colours a cell shows: its fill and font colour, null for none (the automatic colour). */
export interface ShownLook {
  readonly fill: string | null;
  readonly fontColor: string | null;
}

/**
 * The fill and font colour each cell of `box` shows, row by row: a true conditional format's
 * colour over the cell's own, as in Excel, where a rule's format overrides the cell's format
 * while the rule holds and a part the rules leave unset shows the cell's own.
 * @example shownLooks(hf, 0, extras, { row: 0, col: 0, rows: 1, cols: 1 })[0]?.[0]?.fill
 */
export function shownLooks(
  hf: HyperFormula,
  sheet: number,
  state: FormatState,
  box: RangeBox,
): ShownLook[][] {
  const ruled = ruledLooks(hf, sheet, state.conditionalFormats, box);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.cols }, (_, c) => {
      const at = { row: box.row + r, col: box.col + c };
      const own = readStyle(state, at);
      const rule = ruled.get(`${at.row},${at.col}`);
      return { fill: rule?.fill ?? own.fill, fontColor: rule?.fontColor ?? own.fontColor };
    }),
  );
}
