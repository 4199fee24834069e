import { cellAddress, contains, type CellRef } from '../a1';
import { formatSerial } from '../calendar/serial';
import { formulaAt, isErrorValue, valueAt, type CellValue, type Grid } from '../grid';
import { issue } from '../issues';
import type { SheetPlan, WorkbookPlan } from '../plan';
import { sameFormula } from './sameFormula';
import type { Finding } from './types';

/**
 * Every formula cell of `plan` — what the add-in would write now, regenerated from the workbook
 * as it is — that the workbook holds differently: a typed value (someone typed over a 计划 date),
 * or another formula (pasted over, or broken by deleted rows). Regenerating from the workbook as
 * it is keeps the team's input edits out: a changed milestone date or 单价 changes no formula.
 * Empty cells are passed over: a row the team added since the last run is not a damaged one. A
 * sheet where no formula is as the add-in would write it was never generated (the team keeps its
 * budget by hand): it is passed over too. The mend writes the formula back.
 * @example formulaDrift(timeline.plan, grids)[0]?.issue.code // 'CHECK_FORMULA_TYPED_OVER'
 */
export function formulaDrift(plan: WorkbookPlan, grids: ReadonlyMap<string, Grid>): Finding[] {
  const found: Finding[] = [];
  for (const sp of plan.sheets) {
    const grid = grids.get(sp.sheet);
    if (grid) found.push(...sheetDrift(sp, grid));
  }
  return found;
}

/** The number format the plan gives a cell (the last that covers it), '' for none. */
function formatAt(sp: SheetPlan, at: CellRef): string {
  const covering = sp.numberFormats.filter((f) => contains(f.range, { ...at, rows: 1, cols: 1 }));
  return covering[covering.length - 1]?.format ?? '';
}

/** A typed value as the team sees it: a date where the add-in formats the cell as one. */
function shownValue(value: CellValue, format: string): string {
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'number' && /y|d/i.test(format)) return formatSerial(value);
  return String(value);
}

function sheetDrift(sp: SheetPlan, grid: Grid): Finding[] {
  const found: Finding[] = [];
  let matched = 0;
  for (const b of sp.blocks)
    b.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell.kind !== 'formula') return;
        const at = { row: b.at.row + i, col: b.at.col + j };
        const now = formulaAt(grid, at);
        const value = valueAt(grid, at);
        if (now === null && (value === null || value === '')) return;
        if (now !== null && sameFormula(now, cell.formula)) {
          matched++;
          return;
        }
        const address = cellAddress(at);
        const code = now === null ? 'CHECK_FORMULA_TYPED_OVER' : 'CHECK_FORMULA_CHANGED';
        const shown = now ?? shownValue(value, formatAt(sp, at));
        const params = { cell: address, now: shown, formula: cell.formula };
        found.push({
          issue: issue(code, 'warning', { sheet: sp.sheet, address }, params),
          mend: { sheet: sp.sheet, at, cell },
        });
      }),
    );
  return matched > 0 ? found : [];
}
