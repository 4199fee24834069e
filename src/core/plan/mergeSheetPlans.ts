import type { SheetPlan } from './types';
import { widest } from './widest';

/**
 * Two plans for one sheet as one: everything of both, `b`'s freeze winning. Their blocks must
 * not overlap (checkPlan says so).
 * @example mergeSheetPlans(templateSheet(JUHUASUAN), timeline.plan.sheets[0])
 */
export function mergeSheetPlans(a: SheetPlan, b: SheetPlan): SheetPlan {
  const freeze = b.freeze ?? a.freeze;
  const visibility = b.visibility ?? a.visibility;
  const print = b.print ?? a.print;
  return {
    sheet: a.sheet,
    createIfMissing: a.createIfMissing || b.createIfMissing,
    ...(visibility && { visibility }),
    clearFormats: [...a.clearFormats, ...b.clearFormats],
    blocks: [...a.blocks, ...b.blocks],
    numberFormats: [...a.numberFormats, ...b.numberFormats],
    styles: [...a.styles, ...b.styles],
    conditionalFormats: [...a.conditionalFormats, ...b.conditionalFormats],
    validations: [...a.validations, ...b.validations],
    inputs: [...(a.inputs ?? []), ...(b.inputs ?? [])],
    looks: [...(a.looks ?? []), ...(b.looks ?? [])],
    columnWidths: widest([...a.columnWidths, ...b.columnWidths]),
    ...(freeze && { freeze }),
    ...(print && { print }),
    merges: [...(a.merges ?? []), ...(b.merges ?? [])],
    charts: [...(a.charts ?? []), ...(b.charts ?? [])],
    owned: [...a.owned, ...b.owned],
  };
}
