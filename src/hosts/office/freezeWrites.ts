import type { SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { Write } from './types';

/**
 * Frozen header rows and columns (ExcelApi 1.7); 0 and 0 unfreezes (restore, where nothing was
 * frozen); nothing when the plan says nothing of panes.
 */
export function freezeWrites(sp: SheetPlan): Write[] {
  const freeze = sp.freeze;
  if (!freeze) return [];
  return [
    {
      bytes: 60,
      run: (c) => {
        const panes = sheetIn(c, sp.sheet).freezePanes;
        if (freeze.rows > 0 && freeze.cols > 0)
          panes.freezeAt(
            rangeIn(c, sp.sheet, { row: 0, col: 0, rows: freeze.rows, cols: freeze.cols }),
          );
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else if (freeze.cols > 0) panes.freezeColumns(freeze.cols);
        else panes.unfreeze();
      },
    },
  ];
}
