import { cellAddress, overlaps, rangeAddress, type RangeBox } from '../a1';
import { InvalidPlanError } from '../errors';
import { assertAllowedFormula } from '../formula/allowList';
import { blockBox } from './blockBox';
import { lookWrites } from './lookWrites';
import type { DataRule, SheetPlan, WorkbookPlan } from './types';
import { VALIDATION_LIMITS } from './validationLimits';

/**
 * Checks a plan before any host writes it: rectangular non-empty blocks that do not overlap,
 * formulas on the allow-list (block cells and conditional formats), validation texts Excel keeps
 * whole. Throws InvalidPlanError or FormulaNotAllowedError.
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
  for (const { at, look } of lookWrites(sp)) {
    const tooLong = look.validation && overLimit(look.validation);
    if (tooLong)
      throw new InvalidPlanError(sp.sheet, `the validation of ${cellAddress(at)} has ${tooLong}`);
  }
}

/** Which text of a rule Excel would not keep whole, if any. */
function overLimit(rule: DataRule): string | null {
  const { title, prompt, error } = VALIDATION_LIMITS;
  const texts: [string | undefined, number, string][] = [
    [rule.prompt?.title, title, 'a prompt title'],
    [rule.prompt?.message, prompt, 'a prompt'],
    [rule.error?.title, title, 'an error title'],
    [rule.error?.message, error, 'an error message'],
  ];
  const over = texts.find(([text, max]) => (text?.length ?? 0) > max);
  return over ? `${over[2]} over ${over[1]} characters` : null;
}
