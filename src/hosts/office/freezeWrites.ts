import type { SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { Write } from './types';

/** Frozen header rows and columns (ExcelApi 1.7); none when the plan freezes nothing. */
export function freezeWrites(sp: SheetPlan): Write[] {
  const freeze = sp.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return [];
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
        else panes.freezeColumns(freeze.cols);
      },
    },
  ];
}
