import { overlaps, rangeAddress, type RangeBox } from '../a1';
import { InvalidPlanError } from '../errors';
import { assertAllowedFormula } from '../formula/allowList';
import { blockBox } from './blockBox';
import type { SheetPlan, WorkbookPlan } from './types';

/**
 * Checks a plan before any host writes it: rectangular non-empty blocks that do not overlap,
 * formulas on the allow-list (block cells and conditional formats). Throws InvalidPlanError or
 * FormulaNotAllowedError.
 * @example checkPlan({ sheets: [sheetPlan('A')], deleteSheets: [] })
 */
export function checkPlan(plan: WorkbookPlan): void {
  for (const sp of plan.sheets) checkSheetPlan(sp);
}

function checkSheetPlan(sp: SheetPlan): void {
  const boxes: RangeBox[] = [];
  for (const b of sp.blocks) {
    const at = rangeAddress({ ...b.at, rows: 1, cols: 1 });
    const width = b.cells[0]?.length ?? 0;
    if (width === 0) throw new InvalidPlanError(sp.sheet, `empty block at ${at}`);
    if (b.cells.some((row) => row.length !== width))
      throw new InvalidPlanError(sp.sheet, `ragged block at ${at}`);
    const box = blockBox(b);
    const clash = boxes.find((o) => overlaps(o, box));
    if (clash)
      throw new InvalidPlanError(
        sp.sheet,
        `blocks ${rangeAddress(clash)} and ${rangeAddress(box)} overlap`,
      );
    boxes.push(box);
    for (const row of b.cells)
      for (const c of row) if (c.kind === 'formula') assertAllowedFormula(c.formula);
  }
  for (const cf of sp.conditionalFormats) assertAllowedFormula(cf.formula);
}
