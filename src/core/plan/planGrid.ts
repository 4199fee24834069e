import type { Grid } from '../grid';
import { blockBox } from './blockBox';
import type { SheetPlan } from './types';

/**
 * The grid a sheet plan would leave on an empty sheet: values of constants, formulas as text.
 * Lets core read a sheet it is about to create (a template) before any host writes it.
 * @example planGrid(templateSheet(JUHUASUAN)).values[2][3] // '工作事项'
 */
export function planGrid(sp: SheetPlan): Grid {
  const boxes = sp.blocks.map(blockBox);
  const rows = Math.max(0, ...boxes.map((b) => b.row + b.rows));
  const cols = Math.max(0, ...boxes.map((b) => b.col + b.cols));
  const values: (number | string | boolean | null)[][] = Array.from({ length: rows }, () =>
    Array<null>(cols).fill(null),
  );
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<null>(cols).fill(null),
  );
  for (const b of sp.blocks) {
    b.cells.forEach((line, i) => {
      const valueRow = values[b.at.row + i];
      const formulaRow = formulas[b.at.row + i];
      if (!valueRow || !formulaRow) return;
      line.forEach((c, j) => {
        if (c.kind === 'formula') formulaRow[b.at.col + j] = c.formula;
        else if (c.kind !== 'blank') valueRow[b.at.col + j] = c.value;
      });
    });
  }
  return { sheet: sp.sheet, origin: { row: 0, col: 0 }, values, formulas, merges: sp.merges ?? [] };
}
