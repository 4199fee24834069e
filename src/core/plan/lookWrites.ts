import { inputLook } from './inputLook';
import type { LookAt, SheetPlan } from './types';

/**
 * Every cell a sheet plan gives a look, one cell each: its inputs' INPUT look, then the looks it
 * sets exactly. Hosts write these after everything else, so an input wins over a clear.
 * @example lookWrites({ ...sheetPlan('预算'), inputs: [rate] })[0]?.look.fill // INPUT.fill
 */
export function lookWrites(sp: SheetPlan): LookAt[] {
  const fromInputs = (sp.inputs ?? []).flatMap((input) => {
    const look = inputLook(input);
    const { row, col, rows, cols } = input.range;
    return Array.from({ length: rows * cols }, (_, i) => ({
      at: { row: row + Math.floor(i / cols), col: col + (i % cols) },
      look,
    }));
  });
  return [...fromInputs, ...(sp.looks ?? [])];
}
