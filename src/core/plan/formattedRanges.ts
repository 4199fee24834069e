import type { RangeBox } from '../a1';
import type { SheetPlan } from './types';

/**
 * The ranges whose formats (styles, conditional formats, validations) a sheet plan sets: a
 * restore clears them.
 * @example formattedRanges(plan.sheets[0])
 */
export function formattedRanges(sp: SheetPlan): RangeBox[] {
  return [
    ...sp.styles.map((s) => s.range),
    ...sp.conditionalFormats.map((c) => c.range),
    ...sp.validations.map((v) => v.range),
  ];
}
